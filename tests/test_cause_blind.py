"""A blind check of the `cause` convention (gold/README.md) on short invented reports.

The cases were written before reading the cause extractor, in varied newsroom styles. Each runs the
real pipeline (parse, mentions, reconcile) and checks the main incident's cause, and where a case
states them, the weapon category and the perpetrator (a word it must contain, and whether it is
marked ' (claimed)').
"""

import pytest

from harness import main_mention
from sitrep.reconcile import summarise


def main_summary(text: str) -> dict:
    return summarise([main_mention(text)])


# (id, text, cause, weapon or None when not checked, perpetrator word or None, perpetrator claimed?)
CASES = [
    # --- claims told by the shooter's own side -------------------------------------------------
    ("houthi-spokesman-claim",
     "Houthis say they downed US drone\nYemen's Houthi rebels shot down an American MQ-9 Reaper drone over "
     "Marib province, their military spokesman said in a televised statement on Monday.",
     "disputed", None, "houthi", True),
    ("taliban-spokesman-claim",
     "Taliban claim helicopter shot down\nA Taliban spokesman said on Thursday that the group's fighters had "
     "shot down an Afghan army Mi-17 helicopter in Helmand province.",
     "disputed", None, "taliban", True),
    ("state-media-claim",
     "Iran says it shot down US drone\nIranian state television said on Wednesday that the Revolutionary Guards "
     "had shot down an American RQ-4 Global Hawk drone over the Strait of Hormuz.",
     "disputed", None, None, None),
    ("telegram-claim",
     "Pro-Kremlin channels claim Su-24 downed\nA Russian Telegram channel close to the defence ministry claimed "
     "on Sunday that Russian air defences had downed a Ukrainian Su-24 bomber over the Black Sea.",
     "disputed", None, None, None),
    ("rebel-commander-quote",
     "Rebels: 'we brought down the helicopter'\n\"We brought down the enemy helicopter with a missile,\" a rebel "
     "commander told reporters on Friday, referring to an army Mi-24 that fell near the river.",
     "disputed", None, None, None),
    ("group-radio-claim",
     "Militants claim downing of army plane\nThe al-Shabaab militant group said on its radio station that its "
     "fighters had shot down a Kenyan army Cessna over Lower Juba on Saturday.",
     "disputed", None, "shabaab", True),
    ("claimed-responsibility",
     "Group claims attack on police helicopter\nAn armed group claimed responsibility on Tuesday for downing a "
     "police Bell 206 helicopter in the mountains west of the city.",
     "disputed", None, None, None),
    ("list-of-claimed-jets",
     "Ukraine says it shot down three Russian jets\nThe Ukrainian air force said on Friday it had shot down two "
     "Russian Su-34 bombers and a Su-35 fighter over the southern front.",
     "disputed", None, "ukrain", True),
    ("passive-claim-by-group",
     "Turkish drone downed, Kurdish fighters say\nA Turkish Bayraktar drone was shot down by Kurdish fighters "
     "over the mountains of northern Iraq on Monday, the group said in a statement.",
     "disputed", None, None, True),
    ("claim-non-native",
     "Resistance forces announce shooting of junta jet\nThe People's Defence Force has announced that its "
     "members has shot down one military jet fighter of the junta in Sagaing region on 3 May.",
     "disputed", None, None, True),
    ("claim-via-sources",
     "Drone downed over border, sources say\nSources in the armed movement said its air defence unit downed a "
     "government Wing Loong drone near the border on Thursday.",
     "disputed", None, None, None),
    # --- hedges ---------------------------------------------------------------------------------
    ("reportedly",
     "Russian helicopter reportedly shot down\nA Russian Ka-52 attack helicopter was reportedly shot down near "
     "Robotyne on Tuesday, according to Ukrainian media.",
     "disputed", None, None, None),
    ("purportedly-footage",
     "Video appears to show jet being hit\nFootage circulating online purportedly shows a Syrian air force "
     "MiG-23 being hit by a missile and falling near Idlib on Monday.",
     "disputed", None, None, None),
    ("unverified-footage",
     "Jet downed over Sagaing?\nAccording to unverified footage shared on social media, a Myanmar air force "
     "K-8 jet was shot down by resistance fighters on Wednesday.",
     "disputed", None, None, None),
    ("allegedly",
     "Helicopter allegedly downed by rebels\nA Sudanese army helicopter was allegedly shot down by the Rapid "
     "Support Forces near El Obeid on Saturday.",
     "disputed", None, None, None),
    ("unconfirmed-reports",
     "Unconfirmed reports of shoot-down\nUnconfirmed reports said a Nigerian air force Alpha Jet was shot down "
     "by insurgents over Borno State on Sunday. The air force has not commented.",
     "disputed", None, None, None),
    ("local-media-witnesses",
     "Drone falls near village\nLocal media, citing witnesses, reported that a military drone had apparently "
     "been shot down near the village of Kafr Nabl on Friday.",
     "disputed", None, None, None),
    ("not-immediately-clear",
     "Army helicopter crashes in restive province\nAn army Mi-17 helicopter crashed in the restive province on "
     "Monday, killing four soldiers. It was not immediately clear whether it had been shot down.",
     "crashed", None, None, None),
    # --- denials and counter-claims ------------------------------------------------------------
    ("claim-dismissed",
     "Army dismisses rebel claim\nRebels said they shot down an army Mi-8 helicopter near the lake on Tuesday. "
     "The defence ministry dismissed the claim as propaganda.",
     "disputed", None, None, True),
    ("counter-claim-pilot-error",
     "Kyiv claims Su-25, Moscow blames pilot\nUkraine's army said its troops had downed a Russian Su-25 near "
     "Avdiivka on Thursday. Russia denied the jet had been shot down, saying it crashed because of pilot error.",
     "disputed", None, None, True),
    ("fault-vs-claim-order",
     "Conflicting accounts over lost helicopter\nThe army said its Mi-35 helicopter crashed because of a "
     "technical problem on Sunday. Insurgents claimed on social media that they had shot it down.",
     "disputed", None, None, True),
    # --- corrections -----------------------------------------------------------------------------
    ("initially-blamed-later-admitted",
     "Military admits jet was shot down\nThe military initially blamed bad weather for the loss of its Su-22 "
     "on Monday, but later admitted the jet had been hit by a surface-to-air missile.",
     "shot_down", "surface-to-air missile", None, False),
    ("first-said-fault-then-confirmed",
     "Army revises account\nThe army first said its Mi-8 helicopter had crashed after a technical failure on "
     "Wednesday. On Friday it confirmed the aircraft was brought down by militants.",
     "shot_down", None, None, False),
    # an unattributed first report against the operator's account stays disputed (as correction-not-shot-down
    # in test_cause_conventions.py); only the same speaker taking its word back settles it
    ("media-shootdown-corrected",
     "Ministry: helicopter not shot down\nThe helicopter was initially reported to have been shot down. The "
     "ministry said on Saturday that its Mi-2 crashed after striking a power line and no attack took place.",
     "disputed", None, None, None),
    # --- operator confirms / outlet states as fact -------------------------------------------------
    ("army-officers-anonymity",
     "Militants down army helicopter\nTwo army officers, speaking on condition of anonymity, said the army's "
     "Mi-17 helicopter had been shot down by militants in the north-west on Tuesday.",
     "shot_down", None, None, False),
    ("operator-quote",
     "Air force chief: jet hit by missile\n\"Our jet was hit by a missile fired from the ground,\" the air "
     "force chief said on Thursday of the Su-25 lost over the eastern front.",
     "shot_down", None, None, False),
    ("claim-confirmed-by-government",
     "Government confirms loss of drone\nThe rebels said they had shot down a military Bayraktar drone on "
     "Monday. The government confirmed the drone was shot down.",
     "shot_down", None, None, False),
    ("fact-downed-active",
     "Su-25 downed near Bakhmut\nUkrainian forces downed a Russian Su-25 attack jet near Bakhmut on Sunday, "
     "killing the pilot.",
     "shot_down", None, "ukrain", False),
    ("brought-down-stinger",
     "Army loses gunship to Stinger\nThe army said its Mi-24 gunship was brought down by a shoulder-fired "
     "Stinger missile near the border on Friday. Both pilots were killed.",
     "shot_down", "MANPADS", None, False),
    ("crashed-after-being-hit",
     "Helicopter crashes after being hit\nAn army helicopter crashed after being hit by ground fire near the "
     "town of Kidal on Wednesday, killing two crew members.",
     "shot_down", None, None, False),
    ("went-down-after-missile",
     "F-16 lost\nThe F-16 went down on Saturday after it was struck by a surface-to-air missile over the "
     "Donetsk region, the Ukrainian air force said. The pilot was killed.",
     "shot_down", "surface-to-air missile", None, False),
    ("lost-to-enemy-fire",
     "US jet lost to enemy fire\nThe US Air Force said an F-15E Strike Eagle was lost to enemy fire over "
     "western Iraq on Tuesday. Both crew members ejected and were recovered.",
     "shot_down", None, None, False),
    ("buk-missile",
     "Transport plane downed by Buk\nA Ukrainian Il-76 transport plane was downed by a Buk missile over "
     "Luhansk on Sunday, killing all 49 people on board.",
     "shot_down", "surface-to-air missile", None, False),
    ("igla-manpads",
     "Helicopter hit by Igla\nA Russian Mi-8 helicopter was hit by an Igla missile fired by Ukrainian troops "
     "near Kherson on Monday and crashed.",
     "shot_down", "MANPADS", "ukrain", False),
    ("heavy-machine-guns",
     "Rebels down jet with machine guns\nA government L-39 jet was shot down by rebels using heavy anti-aircraft "
     "machine guns over the Nuba Mountains on Thursday.",
     "shot_down", "anti-aircraft gun", None, False),
    ("bandits-gunfire",
     "Police helicopter forced down by bandits\nBandits opened fire on a police helicopter in Zamfara State on "
     "Friday, forcing it down. The aircraft crashed and the pilot was killed.",
     "shot_down", "ground fire", "bandit", False),
    ("air-to-air",
     "Indian jet downed in dogfight\nAn Indian MiG-21 was shot down by an air-to-air missile fired by a "
     "Pakistani F-16 over Kashmir on Wednesday. The pilot was captured.",
     "shot_down", "air-to-air missile", "pakistan", False),
    ("fpv-drone",
     "Drone hits helicopter on the ground\nA Russian Mi-8 helicopter was destroyed on Saturday when an FPV drone "
     "struck it at a landing site near Kursk.",
     "shot_down", "drone", None, None),
    ("airliner-mistaken-enemy",
     "Iran admits downing Ukrainian airliner\nIran admitted on Saturday that its military had mistakenly shot "
     "down a Ukrainian Boeing 737 airliner near Tehran, killing all 176 people on board.",
     "shot_down", None, "iran", False),
    # --- friendly fire ---------------------------------------------------------------------------
    ("ff-mistakenly-cruiser",
     "US Navy jet shot down by own cruiser\nA US Navy F/A-18 fighter was mistakenly shot down by a US cruiser "
     "over the Red Sea on Sunday. Both pilots ejected safely.",
     "friendly_fire", None, None, False),
    ("ff-own-air-defences",
     "Su-34 downed by own air defences\nA Russian Su-34 bomber was downed by its own air defences over the "
     "Belgorod region on Tuesday, a Russian official said.",
     "friendly_fire", None, None, False),
    ("ff-allied-frigate",
     "Coalition helicopter hit by allied ship\nA coalition Lynx helicopter was shot down by an allied frigate "
     "in the Gulf on Monday in what officials called a tragic error.",
     "friendly_fire", None, None, False),
    ("ff-by-mistake-army",
     "Army confirms friendly fire\nThe army confirmed that one of its Mi-17 helicopters was hit by its own "
     "troops by mistake near the front line on Thursday. Three crew died.",
     "friendly_fire", None, None, False),
    # --- terrain and obstacles are crashes --------------------------------------------------------
    ("collided-hillside",
     "Air ambulance crashes in fog\nAn air ambulance helicopter collided with a hillside in thick fog on "
     "Saturday, killing all three people on board.",
     "crashed", None, None, None),
    ("struck-power-lines",
     "Crop duster hits power lines\nA crop-dusting Air Tractor struck power lines near the farm on Tuesday and "
     "crashed into a field. The pilot was killed.",
     "crashed", None, None, None),
    ("hit-a-mountain",
     "Transport plane hits mountain\nA military An-32 transport plane hit a mountain while approaching the "
     "airport on Monday, killing all 13 aboard.",
     "crashed", None, None, None),
    ("clipped-trees",
     "Light aircraft clips trees\nA Cessna 172 clipped trees on approach to a rural airstrip on Sunday and "
     "crashed, injuring the pilot.",
     "crashed", None, None, None),
    ("hit-building",
     "Helicopter slams into building\nA private helicopter slammed into an apartment building in heavy rain on "
     "Wednesday, killing the pilot and one resident.",
     "crashed", None, None, None),
    # --- collisions ------------------------------------------------------------------------------
    ("midair-two-trainers",
     "Two jets collide\nTwo air force Hawk training jets collided in mid-air during a display rehearsal on "
     "Thursday. One pilot was killed.",
     "collision", None, None, None),
    ("ground-collision",
     "Planes collide on runway\nA cargo Boeing 737 collided with a small Beechcraft on the runway at the city's "
     "airport on Friday night, destroying both aircraft and killing two.",
     "collision", None, None, None),
    ("helicopters-collide-landing",
     "Two army helicopters collide at base\nTwo army AH-64 Apache helicopters collided while landing at a base "
     "in Alaska on Thursday, killing three soldiers.",
     "collision", None, None, None),
    # --- accidents ---------------------------------------------------------------------------------
    ("has-fallen-non-native",
     "Military helicopter has fallen in northern region\nA Mi-17 helicopter of the national air force has "
     "fallen near the town on 5 May, the ministry of defence informed. Two crew members are died.",
     "crashed", None, None, None),
    ("was-crashed-non-native",
     "Trainer aircraft crashed\nOne trainer aircraft of the Air Force was crashed due to technical malfunction "
     "during routine flying on Tuesday. The both pilots ejected safely.",
     "crashed", None, None, None),
    ("crash-landed-fuel",
     "Plane crash-lands in field\nA light aircraft crash-landed in a maize field on Saturday after running out "
     "of fuel, seriously injuring its two occupants.",
     "crashed", None, None, None),
    ("ditched-gearbox",
     "Helicopter ditches in North Sea\nAn offshore transport helicopter ditched in the North Sea on Monday after "
     "a gearbox failure. All 12 people on board were rescued.",
     "crashed", None, None, None),
    ("engine-failure",
     "Fighter jet crashes\nAn air force F-7 fighter crashed near the base on Wednesday after an engine failure, "
     "the military said. The pilot ejected.",
     "crashed", None, None, None),
    ("bird-strike",
     "Bird strike brings down trainer\nA military trainer jet crashed shortly after take-off on Friday after "
     "hitting a flock of birds, officials said. Both pilots survived.",
     "crashed", None, None, None),
    ("weather-snowstorm",
     "Plane crashes in snowstorm\nA small passenger plane crashed in a snowstorm in the mountains on Sunday, "
     "killing all six people on board.",
     "crashed", None, None, None),
    ("no-evidence-hostile-fire",
     "No hostile fire in helicopter crash\nA US Army UH-60 crashed during a night mission on Tuesday, killing "
     "two soldiers. Officials said there was no indication of hostile fire.",
     "crashed", None, None, None),
    ("training-flight",
     "Jet crashes during training\nA Pakistani air force Mirage crashed during a routine training flight near "
     "Mianwali on Thursday. The pilot ejected safely, the military said.",
     "crashed", None, None, None),
    ("under-investigation",
     "Army plane crashes\nAn army Casa C-212 crashed near the air base on Monday. The cause of the crash is "
     "under investigation.",
     "crashed", None, None, None),
    ("press-release-technical",
     "PRESS RELEASE\nThe Joint Task Force regrets to announce that one of its Mi-35 helicopters crashed "
     "during an operation on 3 May due to a technical problem. The crew of four died.",
     "crashed", None, None, None),
    ("local-tv-medical",
     "Medical helicopter down near Route 9\nChannel 7 has learned that a medical helicopter went down in a "
     "wooded area Tuesday night. The pilot and a flight nurse were killed when the aircraft crashed.",
     "crashed", None, None, None),
    ("no-claim-weather",
     "Air force blames weather\nAn air force Y-12 transport plane crashed on Saturday. No group claimed "
     "responsibility, and the air force said bad weather caused the crash.",
     "crashed", None, None, None),
    ("lightning",
     "Helicopter struck by lightning\nA police helicopter crashed on Sunday after it was struck by lightning "
     "over the coast, killing the crew of two.",
     "crashed", None, None, None),
    ("wreck-found",
     "Wreckage of missing helicopter found\nRescuers on Thursday found the wreckage of a military Mi-8 that lost "
     "contact on Wednesday; all five crew were found dead at the site.",
     "crashed", None, None, None),
    # --- variants of the rules the first run exposed -------------------------------------------------
    ("admission-negated",
     "Ukraine says gunners downed Su-34\nUkraine's air force said its gunners downed a Russian Su-34 bomber over "
     "Zaporizhzhia on Monday, a loss Moscow has not acknowledged.",
     "disputed", None, "ukrain", True),
    ("said-to-have-been",
     "Army drone lost in the north\nAn army Bayraktar drone is said to have been shot down by insurgents in "
     "the north on Wednesday; the army has given no details.",
     "disputed", None, None, None),
    ("collided-tower-block",
     "Helicopter hits tower block\nA police helicopter collided with a tower block in thick fog on Tuesday "
     "and fell into the street, killing the pilot.",
     "crashed", None, None, None),
    ("lost-to-missiles",
     "Two jets lost to missiles\nTwo Su-25 attack jets were lost to surface-to-air missiles over the front on "
     "Thursday, the Russian defence ministry said.",
     "shot_down", None, None, None),
    ("headline-over-insurgent-claim",
     "Police helicopter shot down in north\nInsurgents said on Tuesday they had shot down a police Bell 412 "
     "helicopter in the north of the country. Police have not commented.",
     "disputed", None, None, True),
    ("headline-friendly-fire-kept",
     "Rebel jet downed by own side\nAn opposition spokesman said the rebels' MiG-21 was shot down by its own "
     "forces by mistake over the city on Sunday.",
     "friendly_fire", None, None, None),
    ("first-claim-then-denied",
     "Rebels claim jet, army denies\nRebels first claimed they had shot down an army L-39 near the lake on "
     "Monday. The army denied that the jet had been shot down and blamed an engine failure.",
     "disputed", None, None, True),
    # --- missing / unknown -------------------------------------------------------------------------
    ("missing-cessna",
     "Plane with 12 aboard missing\nA Cessna 208 Caravan carrying 12 people went missing over the jungle on "
     "Friday. Search teams have found no trace of the aircraft.",
     "unknown", None, None, None),
    ("vanished-debris-only",
     "Patrol plane vanishes from radar\nA navy patrol aircraft vanished from radar over the sea on Monday. "
     "Floating debris was found, but the crew of three is still missing and the cause is not known.",
     "unknown", None, None, None),
    ("came-down-no-word",
     "Helicopter comes down in desert\nA military helicopter came down in the desert on Tuesday. The army did "
     "not say whether it came under fire.",
     "unknown", None, None, None),
]


def _case(c):
    """A plain case, or one wrapped in pytest.param for its marks; the first value is the id."""
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())
    return pytest.param(*values[1:], id=values[0], marks=marks)


@pytest.mark.parametrize("text,cause,weapon,perp,claimed", [_case(c) for c in CASES])
def test_cause_blind(text: str, cause: str, weapon: str | None, perp: str | None, claimed: bool | None) -> None:
    got = main_summary(text)
    assert got["cause"] == cause
    if weapon is not None:
        assert got["weapon"] == weapon
    if perp is not None:
        assert perp in (got["perpetrator"] or "").lower()
    if claimed:
        # the record keeps the claim in its stance; gold's ' (claimed)' suffix is not part of the value
        assert got["perpetrator"], "a claim names who claims it"
