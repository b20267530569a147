"""An aircraft attacked (by a drone or otherwise), contact lost with an aircraft, a denied claim about
something other than an attack, fire at something that is no aircraft, and a group named after its
country that is not that country's forces; each in invented phrasings, with negatives."""

import pytest

from harness import main_mention
from sitrep.extract.cause import weapon_cue
from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article
from sitrep.nlp import analyze
from sitrep.reconcile import summarise


def main_summary(text: str) -> dict:
    return summarise([main_mention(text)])


@pytest.mark.parametrize("text", [
    "Police helicopter lost in the hills\nSix police officers were killed on Tuesday when a police UH-60 helicopter "
    "came down in a rural district, the governor said. He said the aircraft had been attacked with a drone while it "
    "was hovering over a field. \"This was not an accident. The helicopter was attacked,\" he said.",
    "Gunship lost in drone attack\nInsurgents attacked a military Mi-35 helicopter with explosive-laden drones as it "
    "landed troops near the border on Monday, killing two crew, the army said.",
    "Army helicopter lost\nAn army Mi-17 crashed in the north on Friday after rebels attacked it with an armed "
    "drone, the defence ministry said. Four soldiers died.",
])
def test_an_aircraft_attacked_with_a_drone_is_shot_down(text):
    summary = main_summary(text)
    assert summary["cause"] == "shot_down"
    assert summary["weapon"] == "drone"


@pytest.mark.parametrize("text, cause", [
    # the aircraft attacks, it is not attacked
    ("Helicopter crashes after raid\nAn army Mi-17 helicopter attacked rebel positions on Sunday and later crashed "
     "because of an engine failure, the army said. Two crew died.", "crashed"),
    # an attack no one suggests
    # attacks told as a pattern, or ruled out for want of information
    ("Jet crashes in the north\nAn air force L-39 crashed near Kano on Monday, the air force said. Military aircraft "
     "have been attacked by bandits before.", "crashed"),
    ("Helicopter crashes at sea\nA navy Lynx crashed into the sea on Monday, killing one crew member. The navy said "
     "it had no information suggesting the helicopter had been attacked.", "crashed"),
    # a place attacked, not the aircraft
    ("Police helicopter crashes\nA helicopter working for the police crashed on Tuesday outside Kenscoff. It had "
     "been supporting police units against gangs, which attacked Kenscoff on Monday night.", "crashed"),
    ("Helicopter comes down on farm\nA Kenyan military Z-9 helicopter came down in a farm on Saturday after a "
     "hydraulic failure, the defence forces said. Nobody has suggested the helicopter was attacked.", "crashed"),
    ("Jet lost in training\nAn air force K-8 crashed during a training flight on Monday after an engine failure, "
     "the air force said. No one has claimed the jet was shot down.", "crashed"),
])
def test_an_attack_by_the_aircraft_or_one_nobody_tells_is_no_shoot_down(text, cause):
    assert main_summary(text)["cause"] == cause


@pytest.mark.parametrize("text", [
    "Contact was lost with a navy helicopter on Monday over the sea, the navy said. Search ships were sent.",
    "The coast guard lost contact with a Cessna 208 carrying four people on Friday evening, officials said.",
    "Radio contact with an air force transport plane was lost on Sunday over the mountains, the ministry said.",
])
def test_contact_lost_with_an_aircraft_is_a_loss_of_unknown_cause(text):
    assert main_summary(text)["cause"] == "unknown"


@pytest.mark.parametrize("text", [
    "Two air force trainers collided in mid-air during a formation drill on Tuesday, the air force said.",
    "Two Air Force trainers collided over the academy on Friday; both instructors ejected.",
])
def test_air_force_trainers_collide(text):
    assert main_summary(text)["cause"] == "collision"


@pytest.mark.parametrize("text, cause", [
    ("Army plane crash\nAn army Cessna 208 crashed near the border on Monday, killing two crew, the army said. The "
     "army blamed bad weather, denying earlier claims that the crew was drunk.", "crashed"),
    ("Police helicopter crash\nA police Bell 407 crashed into a hillside on Friday, killing the pilot. Police "
     "dismissed allegations that the helicopter had been overloaded.", "crashed"),
    ("Air ambulance crash\nAn air ambulance King Air crashed on take-off on Sunday, killing three. The operator "
     "rejected accusations that its pilots were overworked.", "crashed"),
    # a denied claim of an attack is still someone's claim
    ("Rebels down jet\nAn air force L-39 crashed near the front on Sunday, killing the pilot, the air force said. The "
     "air force rejected claims that rebels had shot down the jet.", "disputed"),
    ("Army helicopter lost\nAn army Mi-17 crashed on Tuesday, killing four soldiers. The army said it was a technical "
     "fault, dismissing rebel claims.", "disputed"),
])
def test_only_a_claim_of_an_attack_makes_a_denial_a_dispute(text, cause):
    assert main_summary(text)["cause"] == cause


@pytest.mark.parametrize("text, aircraft, weapon", [
    ("Some posts say the jihadists fired on the airport earlier, but nothing about this plane.", [(77, 87)], None),
    ("Gunmen fired on the airport, and a Mi-8 was later lost.", [(35, 39)], None),
    ("Rebels opened fire on a convoy before the helicopter went down.", [(42, 52)], None),
    ("Gunmen fired on the helicopter as it landed.", [(20, 30)], "ground fire"),
    ("Militants opened fire on a police Mi-17 near the village.", [(34, 39)], "ground fire"),
    ("Bandits opened fire on it from the ridge.", [], "ground fire"),
])
def test_fire_counts_only_at_an_aircraft(text, aircraft, weapon):
    found = weapon_cue(text, aircraft)
    assert (found.value if found else None) == weapon


@pytest.mark.parametrize("text", [
    "Guerrillas down police helicopter\nThe Paraguayan People's Army shot down a police UH-1H helicopter in the north "
    "of Paraguay on Monday, killing two officers, the police said.",
    "Rebels down army helicopter\nFighters of the Free Syrian Army shot down a Syrian army Mi-8 near Idlib on "
    "Friday, the group said, and the army confirmed the loss.",
    "Helicopter downed\nA Colombian police UH-60 was shot down on Sunday by the Gaitanist Army of Colombia, the "
    "police said. Three officers died.",
])
def test_a_group_named_after_its_country_is_no_friendly_fire(text):
    assert main_summary(text)["cause"] == "shot_down"


@pytest.mark.parametrize("text", [
    "Army says rebels downed gunship\nThe army said on Tuesday that one of its Mi-24 helicopters was shot down near "
    "Kadugli on Saturday, killing its crew. In 2022 another Mi-24 crashed near El Obeid after an engine failure. "
    "Rebel commanders said their fighters had shot down a Mi-24 near Kadugli.",
    "Russia admits Ka-52 loss\nRussia's defence ministry admitted on Monday that a Ka-52 was shot down near Bakhmut "
    "on Friday. Last year another Ka-52 crashed near Pokrovsk because of a technical fault. Ukrainian troops said "
    "they had downed the Ka-52 near Bakhmut with a Stinger.",
    "Syria says helicopter downed\nThe Syrian army said on Thursday that one of its Mi-8 helicopters was brought down "
    "near Saraqib on Wednesday. In 2019 another Mi-8 crashed near Palmyra in bad weather. Rebel groups said they "
    "had shot down the Mi-8 near Saraqib.",
])
def test_a_claim_naming_the_news_town_joins_the_news_not_the_background(text):
    article = Article(id="t.txt", raw_text=text, clean_text=text, published="2024-05-10")
    mentions = extract_mentions(article, analyze(text))
    background = [m for m in mentions if m.role == "background"]
    assert background
    assert summarise([background[0]])["cause"] == "crashed"
    assert main_summary(text)["cause"] == "shot_down"
