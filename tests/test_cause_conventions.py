"""The `cause` convention of gold/README.md, on short articles written for these tests.

Each case runs the real pipeline (parse, mentions, reconcile) and checks the main incident's cause.
"""

import pytest

from harness import main_mention
from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article
from sitrep.nlp import analyze
from sitrep.reconcile import summarise


def main_cause(text: str) -> str | None:
    return summarise([main_mention(text)])["cause"]


CASES = [
    # claim only by the shooter
    ("claim-only-rebels",
     "Rebels say they shot down army helicopter\nThe rebel movement said on Wednesday its fighters shot down "
     "a Mi-24 helicopter gunship over the hills east of the capital. The claim could not be independently verified.",
     "disputed"),
    ("claim-only-ministry",
     "Moscow says it downed a Ukrainian Su-27\nThe Russian defence ministry said its air defences downed a "
     "Ukrainian Su-27 fighter near Kupiansk on Tuesday. Kyiv has not commented.",
     "disputed"),
    ("claim-only-group-statement",
     "Militants claim downing of drone\nIn a statement posted online, the militant group claimed to have shot down "
     "a Bayraktar TB2 drone over the province on Monday.",
     "disputed"),
    # claim then the operator's confirmation
    ("claim-then-confirmed",
     "Army confirms helicopter was shot down\nInsurgents claimed on Sunday they had brought down an army Mi-17 near "
     "the border. The army later confirmed that the helicopter had been hit by ground fire, killing two crew.",
     "shot_down"),
    ("confirmed-by-air-force",
     "Air force admits loss of Su-25 to enemy missile\nThe air force said on Friday that one of its Su-25 jets was "
     "shot down by an enemy surface-to-air missile during a sortie over the front. The pilot ejected and was rescued.",
     "shot_down"),
    # operator denies
    ("claim-denied",
     "Ministry denies rebel claim\nSeparatists said they had shot down a government L-39 jet over the northern "
     "district on Thursday. The defence ministry denied the claim and said the aircraft crashed after an engine failure.",
     "disputed"),
    ("claim-denied-no-fault",
     "Military rejects shoot-down claim\nA jihadist group claimed it shot down a military helicopter in the desert. "
     "The military rejected the claim as false and said the Mi-35 made a forced landing that destroyed it.",
     "disputed"),
    # the outlet states it as fact
    ("fact-by-outlet",
     "Drone shot down over the Black Sea\nA US MQ-9 Reaper drone was shot down by a surface-to-air missile over the "
     "Black Sea on Tuesday. It was the third such loss this year.",
     "shot_down"),
    ("fact-hit-by-missile",
     "Fighter jet hit by missile near the front\nA Sudanese air force MiG-29 was hit by a shoulder-fired missile "
     "on Saturday and crashed near the city, killing its pilot.",
     "shot_down"),
    # no sign of hostile fire
    ("no-hostile-fire",
     "Army helicopter crashes in mountains\nAn army Black Hawk helicopter crashed in the mountains on Monday, "
     "killing three soldiers. A spokesman said there was no sign of hostile fire.",
     "crashed"),
    ("ruled-out-attack",
     "Police helicopter crashes in storm\nA police Bell 407 helicopter crashed in heavy rain on Sunday, killing the "
     "pilot. Officials ruled out an attack and blamed the weather.",
     "crashed"),
    # technical fault blamed by operator vs a claim by the enemy
    ("fault-only",
     "Trainer jet crashes after engine failure\nAn air force Hawk trainer crashed shortly after take-off on "
     "Thursday because of an engine failure, the air force said. Both pilots ejected safely.",
     "crashed"),
    ("fault-vs-claim",
     "Conflicting accounts over lost jet\nThe army said its Su-24 bomber crashed because of a technical fault on "
     "Monday. Rebel commanders said their fighters had shot the jet down with a heavy machine gun.",
     "disputed"),
    # missing aircraft
    ("missing",
     "Search for missing military plane\nA navy Dornier 228 patrol aircraft with three crew went missing over the "
     "sea on Wednesday evening, officials said. Ships are searching the area.",
     "unknown"),
    ("lost-contact",
     "Contact lost with transport plane\nAir traffic controllers lost contact with an air force C-295 transport "
     "aircraft over the jungle on Friday. A search operation has been launched.",
     "unknown"),
    ("vanished-radar",
     "Helicopter vanishes from radar\nA coast guard AW139 helicopter disappeared from radar during a night rescue "
     "mission on Saturday. Its fate is not known.",
     "unknown"),
    # wreck found, cause under investigation
    ("wreck-found-investigation",
     "Wreckage of missing helicopter found\nRescuers on Tuesday found the wreckage of an army Mi-8 helicopter that "
     "lost contact a day earlier, with all five crew dead at the site. The cause of the crash is under investigation.",
     "crashed"),
    ("crash-under-investigation",
     "Air ambulance crash kills four\nAn air ambulance King Air crashed near a village on Sunday night, killing all "
     "four people aboard. Investigators are trying to establish the cause.",
     "crashed"),
    ("debris-still-missing",
     "Debris found as search for navy helicopter goes on\nA navy SH-60 helicopter with four crew went missing over "
     "the sea on Monday. Ships found pieces of a rotor blade, but the crew have not been found and the cause is not known.",
     "unknown"),
    # training flight
    ("training-flight",
     "Two pilots killed in training crash\nTwo pilots were killed when their K-8 trainer aircraft crashed during a "
     "training flight near the air academy on Tuesday, the air force said.",
     "crashed"),
    ("training-sortie-jet",
     "Fighter jet crashes on training sortie\nA Pakistani air force F-7 fighter crashed during a routine training "
     "mission on Thursday. The pilot ejected safely.",
     "crashed"),
    # ditching
    ("ditching",
     "Helicopter ditches off the coast\nA navy MH-60R helicopter ditched in the sea off the coast on Friday after an "
     "engine problem. All four crew were rescued.",
     "crashed"),
    ("ditching-floatplane",
     "Floatplane ditched in lake\nA charter Cessna 208 floatplane ditched in a lake on Saturday. The pilot and six "
     "passengers swam to shore.",
     "crashed"),
    # mid-air collision
    ("midair-collision",
     "Two training jets collide in mid-air\nTwo air force T-6 trainers collided in mid-air over the base on "
     "Wednesday. One pilot was killed and the other ejected.",
     "collision"),
    ("collision-with-light-plane",
     "Helicopter and plane collide\nA police helicopter and a small Piper plane collided over the river on Sunday, "
     "killing everyone on both aircraft.",
     "collision"),
    ("ground-collision",
     "Jet hits parked helicopter\nA taxiing Learjet crashed into a parked helicopter at the airport on Monday, "
     "destroying both aircraft. No one was hurt.",
     "collision"),
    # hitting terrain, power lines, a building: crashed, not collision
    ("terrain",
     "Transport plane crashes into mountain\nAn army CASA C-212 transport plane crashed into a mountain in thick fog "
     "on Tuesday, killing all eleven people on board.",
     "crashed"),
    ("power-lines",
     "Crop-duster hits power lines\nA crop-spraying Air Tractor plane hit power lines and crashed in a field on "
     "Monday morning. The pilot was killed.",
     "crashed"),
    ("building",
     "Light plane crashes into building\nA Beechcraft Bonanza crashed into a warehouse shortly after take-off on "
     "Friday, killing the pilot and a worker inside.",
     "crashed"),
    ("trees",
     "Helicopter strikes trees\nA medical helicopter struck trees on approach to a hospital helipad on Wednesday "
     "and crashed, injuring its three crew.",
     "crashed"),
    # hit by its own side
    ("friendly-fire-own-defences",
     "Fighter downed by own air defences\nA Syrian MiG-23 was shot down by its own air defences on Thursday as it "
     "returned from a raid, the military admitted.",
     "friendly_fire"),
    ("friendly-fire-ally",
     "Allied warship downs friendly jet\nA Navy F/A-18 was shot down in a friendly fire incident over the gulf on "
     "Sunday when an allied destroyer fired on it. Both crew ejected.",
     "friendly_fire"),
    # hedged words
    ("reportedly",
     "Jet reportedly shot down over border\nA government Su-25 jet was reportedly shot down over the border region "
     "on Monday, local media said.",
     "disputed"),
    ("allegedly",
     "Drone allegedly downed by militia\nA military Wing Loong drone was allegedly shot down by a militia on Saturday "
     "over the eastern desert.",
     "disputed"),
    ("unconfirmed-reports",
     "Unconfirmed reports of helicopter downing\nUnconfirmed reports said an army Mi-17 helicopter had been shot down "
     "near the town on Tuesday. The army has not commented.",
     "disputed"),
    # a later sentence correcting an earlier one
    ("correction-confirms-shoot-down",
     "Army now says helicopter was shot down\nThe army first said its Mi-8 helicopter crashed because of a "
     "technical fault. On Thursday it confirmed the helicopter had been shot down by insurgents.",
     "shot_down"),
    ("correction-not-shot-down",
     "Jet was not shot down, air force says\nEarly reports said a Su-30 fighter had been shot down over the region on "
     "Monday. The air force said the jet was not shot down and had crashed because of a bird strike.",
     "disputed"),
    ("correction-retracts-shoot-down",
     "Navy revises account of helicopter loss\nThe navy initially said its Ka-27 helicopter had been shot down by a "
     "rebel missile. On Friday the navy said the helicopter had not been shot down and had crashed after a gearbox failure.",
     "crashed"),
    ("operator-admits-loss",
     "Ministry admits drone loss\nThe defence ministry said two of its Orion drones were downed by enemy air "
     "defences over the border area on Sunday.",
     "shot_down"),
    # went down / came down / emergency landing
    ("destroyed-by-fire",
     "Helicopter burns after hard landing\nA forestry Mi-2 helicopter made a hard landing in a clearing on Monday and "
     "was later destroyed by a fire. The pilot was unhurt.",
     "crashed"),
    ("came-down-inquiry",
     "Air force helicopter comes down\nAn air force Mi-17 helicopter came down during an operation on Wednesday. "
     "The air force said a board of inquiry would establish the cause, and did not say whether it came under fire.",
     "unknown"),
    ("went-down-weather",
     "Helicopter goes down in bad weather\nAn army Gazelle helicopter went down in bad weather on Friday. The two "
     "pilots were taken to hospital.",
     "unknown"),
    ("emergency-landing-wrecked",
     "Helicopter destroyed in emergency landing\nA military Bell 212 helicopter crash-landed in a field after an "
     "engine failure on Sunday and was destroyed by fire. The crew escaped.",
     "crashed"),
    ("crash-landed-airliner",
     "Cargo plane crash-lands\nA cargo Antonov An-26 crash-landed short of the runway on Tuesday night, injuring "
     "two of its crew.",
     "crashed"),
    ("fell-into-sea",
     "Fighter plunges into sea\nA Taiwanese air force F-16 plunged into the sea off the east coast on Tuesday "
     "during a night exercise. The pilot was rescued.",
     "crashed"),
    ("hit-by-drone",
     "Helicopter destroyed by drone\nA Ukrainian Mi-8 helicopter was struck by a drone on Friday near the front "
     "line, the outlet's correspondent reported.",
     "shot_down"),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_cause_convention(text: str, expected: str) -> None:
    assert main_cause(text) == expected


def _main(article_id: str, text: str):
    article = Article(id=article_id, raw_text=text, clean_text=text, published="2024-05-10")
    return next(m for m in extract_mentions(article, analyze(text)) if m.role == "main")


def test_a_speaker_takes_a_statement_back_only_within_one_article():
    # one article: the army's later word stands
    one = ("Army now says helicopter was shot down\nThe army first said a technical fault brought down its Mi-17 "
           "near the border on Monday. The army later confirmed that the helicopter had been shot down by rebels.")
    assert summarise([_main("one.txt", one)])["cause"] == "shot_down"
    # two outlets, each quoting the army once: neither report takes the other back, the conflict stays
    early = ("Army says helicopter was shot down\nPadding. " * 3) + "The army said rebels shot down its Mi-17 near the border on Monday."
    late = "Army denies shoot-down\nThe army said its Mi-17 was not shot down near the border on Monday."
    assert summarise([_main("late.txt", late), _main("early.txt", early)])["cause"] == "disputed"
    assert summarise([_main("early.txt", early), _main("late.txt", late)])["cause"] == "disputed"
