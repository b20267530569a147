"""Blind check, round 2, of the main incident's cause on whole short articles (gold/README.md conventions).

Each article (4-10 sentences) was written for this test, in varied newsroom styles, before the cause
extractor was read; the cause is built across sentences (claims, denials, corrections, confirmations,
background incidents). Each runs the real pipeline (parse, mentions, reconcile). ANY leaves a field
unchecked. A perpetrator is checked by a fragment of its name (the " (claimed)" mark is the export's and
evaluation ignores it).
First-contact pass rate 31/43 (the harness first also required a " (claimed)" mark that only the export
writes: 21/43 with it); after the fixes of this round 36/43, the rest marked xfail with their reasons.
"""

import pytest

from harness import main_mention
from sitrep.reconcile import summarise

ANY = object()


def main_cause(text: str) -> dict:
    return summarise([main_mention(text)])


CASES = [
    # headline claim, body denial by the operator
    ("headline-claim-body-fault",
     "Rebels say they downed army helicopter\n"
     "Rebel fighters in the north claimed on Tuesday that they had shot down a Mi-17 helicopter of the national army "
     "near the town of Kidal. The army rejected the claim. A spokesman said the helicopter crashed because of an "
     "engine failure during a supply flight. Two crew members were killed. The spokesman added that an inquiry "
     "had been opened.",
     "disputed", "rebel", ANY),
    ("insurgent-claim-army-silent",
     "Insurgents claim downing of Nigerian jet\n"
     "Boko Haram released a video on Sunday which it said showed its fighters shooting down a Nigerian Air Force "
     "Alpha Jet over Borno state. The air force has not commented on the claim. The jet had been flying a "
     "strike mission, according to local residents. The fate of the two pilots is unknown.",
     "disputed", "Boko Haram", ANY),
    ("claim-could-not-be-verified",
     "A militia group said on Friday it had shot down a government Mi-24 gunship with a shoulder-fired missile "
     "east of the capital. The claim could not be independently verified. The defence ministry did not respond "
     "to requests for comment. Social media footage showed a column of smoke over farmland.",
     "disputed", "militia", ANY),
    # first report of a crash, later confirmation of a shoot-down by the operator's side
    ("crash-then-confirmed-shootdown",
     "Military plane crashes in the east\n"
     "A military transport plane crashed on Wednesday near the front line, officials said initially. On "
     "Thursday the defence ministry confirmed that the An-26 had been shot down by separatist forces using a "
     "surface-to-air missile. All six crew died. The ministry vowed to punish those responsible.",
     "shot_down", "separatist", "surface-to-air missile"),
    ("accident-first-then-army-admits",
     "The army had first described the loss of the helicopter on Monday as an accident caused by bad weather. "
     "On Wednesday, however, an army spokesman admitted that the UH-1H had been hit by ground fire from "
     "cartel gunmen while landing troops. Three soldiers were killed. It was the first time the army had lost "
     "an aircraft to hostile fire in the region.",
     "shot_down", "cartel", "ground fire"),
    # claim repeated by the shooter's state media
    ("state-media-repeats-claim",
     "Iranian state television said on Saturday that air defences had shot down a US MQ-9 Reaper drone over "
     "the Strait of Hormuz. The report was repeated by the semi-official Tasnim news agency. The US Central "
     "Command said no American drone was missing. Analysts said the images aired by television were unclear.",
     "disputed", "Iran", ANY),
    ("shooter-ministry-claim-only",
     "Russia's defence ministry said its air defence systems had shot down a Ukrainian Su-24 bomber over the "
     "Kherson region on Sunday. Ukraine's air force did not comment on the report. Reuters could not "
     "independently confirm the statement. The ministry gave no details of the crew.",
     "disputed", "Russia", ANY),
    # operator blames a fault, a claim is only referred to
    ("operator-fault-dismissing-claims",
     "Air force blames technical fault for jet loss\n"
     "The air force said on Monday that a Mirage F1 was lost because of a technical failure, dismissing rebel "
     "claims that the plane had been brought down. The pilot ejected and was rescued by a patrol. An inquiry "
     "into the cause has begun.",
     "disputed", ANY, ANY),
    ("mechanical-problem-militants-boast",
     "A Pakistani army Mi-17 helicopter crash-landed in Balochistan on Saturday because of a mechanical "
     "problem, the military's media wing said. Four soldiers were killed. Separately, a banned separatist group "
     "said in a statement that its fighters had fired on the helicopter and brought it down. The military did "
     "not respond to that statement.",
     "disputed", ANY, ANY),
    # two claimants
    ("two-claimants",
     "Two armed groups have each claimed responsibility for shooting down a military helicopter in the "
     "Sahel on Thursday. JNIM said its fighters downed the aircraft with heavy machine guns, while a rival "
     "Islamic State branch said it was behind the attack. The army said only that the helicopter crashed and "
     "that an investigation was under way. Both pilots died.",
     "disputed", ANY, ANY),
    # outlet's own voice against a ministry's 'crashed'
    ("outlet-voice-vs-ministry-crashed",
     "Jet shot down near border\n"
     "A Syrian MiG-23 was shot down on Tuesday near the Turkish border, witnesses and a monitoring group "
     "said. The Syrian defence ministry said in a brief statement that the plane crashed during a training "
     "flight. The pilot ejected and was captured by rebels. Footage showed the jet trailing smoke before it "
     "hit the ground.",
     "disputed", ANY, ANY),
    ("outlet-fact-shot-down",
     "Helicopter shot down over Darfur, crew killed\n"
     "A Sudanese army Mi-24 helicopter was shot down by Rapid Support Forces fighters over North Darfur on "
     "Friday, killing its three crew. The helicopter was hit by a missile shortly after take-off. The RSF "
     "later posted footage of the wreckage. The army has not commented.",
     "shot_down", "Rapid Support Forces", ANY),
    # witness quotes
    ("witness-heard-shots-no-claim",
     "A police helicopter crashed on a hillside outside the city on Monday evening, killing the pilot and a "
     "police officer. \"We heard shots and then the helicopter started spinning,\" one resident told local "
     "television. Police said the cause of the crash was under investigation and declined to comment on the "
     "reports of gunfire.",
     "crashed", ANY, ANY),
    ("witness-fire-no-crash-described",
     "Contact was lost with an army helicopter on Sunday over the jungle, the armed forces said. \"There was "
     "shooting from the hills, we heard it all afternoon,\" a farmer said. The armed forces said they did not "
     "know what had happened to the aircraft. Search teams have been sent.",
     "unknown", ANY, ANY),
    # investigation finding months later
    ("investigation-finds-missile",
     "Probe finds airliner was hit by missile\n"
     "Investigators said on Tuesday that a passenger jet that crashed in March had been brought down by a "
     "surface-to-air missile. The Boeing 737 came down shortly after take-off, killing all 62 people on "
     "board. At the time the government blamed engine trouble. The final report said fragments of the "
     "missile were found in the wreckage.",
     "shot_down", ANY, "surface-to-air missile"),
    ("investigation-rules-out-attack",
     "An investigation into the crash of a military Cessna 208 in January has ruled out an attack, the air "
     "force said on Friday. Some villagers had reported hearing gunfire that morning. The report found "
     "that the pilot flew into a mountain in fog. All four on board were killed.",
     "crashed", ANY, ANY),
    ("investigation-pilot-error",
     "A report published on Wednesday found that pilot error caused the crash of a navy Seahawk helicopter "
     "off the coast in June. The helicopter hit the water during a night training exercise. Two crew died "
     "and three were rescued. The navy said it accepted the findings.",
     "crashed", ANY, ANY),
    # correction at the end
    ("correction-at-end-crash",
     "A military drone crashed in a field near the base on Thursday, the air force said. No one was hurt on "
     "the ground. The cause is being investigated. An earlier version of this article said the drone had been "
     "shot down; the air force said it crashed.",
     "crashed", ANY, ANY),
    # friendly fire admitted late
    ("friendly-fire-admitted-late",
     "Navy admits its own ship downed jet\n"
     "The navy said on Sunday that an F/A-18 lost over the Gulf last week was mistakenly shot down by one of "
     "its own cruisers, the USS Lake Erie. The navy had first said only that the jet went down during "
     "operations. Both aviators ejected and were recovered alive. An investigation is under way.",
     "friendly_fire", "Lake Erie", ANY),
    ("friendly-fire-ally-battery",
     "A British Tornado jet returning from a mission was shot down by a US Patriot missile battery, the "
     "Ministry of Defence confirmed on Monday. Both crew members were killed. The MoD said the jet had been "
     "wrongly identified as an enemy missile. Washington expressed its regret.",
     "friendly_fire", "Patriot", ANY),
    ("friendly-fire-own-air-defence",
     "Ukraine's air force said one of its own Su-27 fighters was mistakenly shot down by Ukrainian air "
     "defences over the Zhytomyr region on Friday. The pilot was killed. An investigation into the incident "
     "was opened by prosecutors.",
     "friendly_fire", ANY, ANY),
    # loss told only in a quote
    ("loss-in-quote-shot-down",
     "\"Our helicopter was shot down by terrorists this morning near Tal Afar, and both pilots are martyrs,\" "
     "the army spokesman told reporters on Saturday. He said the aircraft, a Bell 407, had been supporting "
     "ground troops. The army did not name the group responsible.",
     "shot_down", ANY, ANY),
    ("loss-in-quote-crashed",
     "\"The helicopter crashed in heavy fog while trying to land, and we lost all four of our colleagues,\" the "
     "regional governor said on Tuesday. The Mi-8 belonged to the Emergencies Ministry. A criminal case over "
     "breaches of flight safety rules was opened.",
     "crashed", ANY, ANY),
    # background incidents with their own causes
    ("background-shootdown-main-crash",
     "Army helicopter crashes in training\n"
     "A Colombian army Black Hawk crashed during a training flight near Melgar on Wednesday, killing four "
     "soldiers. The army said the cause was being investigated. In 2021, a police helicopter was shot down "
     "by FARC dissidents in the same region. Officials said there was no indication of hostile action this "
     "time.",
     "crashed", None, None),
    ("background-crash-main-shootdown",
     "Houthis shoot down US drone\n"
     "Yemen's Houthi rebels shot down an American MQ-9 Reaper drone over Marib province on Monday, US "
     "officials confirmed. It was the third such drone lost this year. In February another MQ-9 crashed off "
     "the coast because of a technical fault, the Pentagon said at the time.",
     "shot_down", "Houthi", ANY),
    ("background-friendly-fire-main-unknown",
     "A military transport plane with 12 people on board went missing over the sea on Friday, the navy said. "
     "Search vessels found no trace of it by nightfall. The navy did not say what might have caused the "
     "loss. Last year a navy jet was mistakenly shot down by the country's own coastal air defences.",
     "unknown", None, ANY),
    ("background-claim-main-collision",
     "Two air force trainers collided in mid-air during a formation exercise on Thursday, the air force said. "
     "Both instructors ejected safely. In a separate incident last month, insurgents claimed to have shot "
     "down an army helicopter, which the army denied.",
     "collision", None, ANY),
    # hedged reports
    ("reportedly-shot-down",
     "A Russian Ka-52 helicopter was reportedly shot down over the Zaporizhzhia region on Saturday, according "
     "to unconfirmed posts on social media. Russian officials made no comment. Ukraine's military did not "
     "claim the loss either.",
     "disputed", ANY, ANY),
    ("allegedly-downed-by-group",
     "Local media said a government transport plane was allegedly downed by Al-Shabaab fighters as it "
     "approached an airstrip in southern Somalia. The government said the plane crash-landed after a "
     "technical problem. Five people aboard survived with injuries.",
     "disputed", "Shabaab", ANY),
    # operator confirms a shoot-down against an enemy's different version
    ("operator-confirms-loss-to-missile",
     "Israel's military confirmed on Monday that one of its Hermes 450 drones had been shot down by a "
     "surface-to-air missile over southern Lebanon. Hezbollah said it had fired the missile. The army said "
     "there was no risk of information being leaked.",
     "shot_down", "Hezbollah", "surface-to-air missile"),
    ("non-native-crash",
     "Plane of the air force has fallen down\n"
     "The plane of Air Force of Bangladesh, Yak-130 trainer, has fallen down into the sea near Chittagong on "
     "Sunday morning. Both the pilots have been rescued by fishermen boat. Air force has formed committee "
     "for find out reason of accident.",
     "crashed", None, None),
    ("press-release-mishap",
     "PRESS RELEASE - The Royal Thai Air Force regrets to announce that an F-5E aircraft was involved in a "
     "mishap during a routine training sortie on 12 May. The aircraft impacted terrain near the base. The "
     "pilot ejected and is receiving medical care. A board of inquiry has been convened.",
     "crashed", None, None),
    ("local-tv-small-plane",
     "BREAKING: Small plane goes down in field\n"
     "A small single-engine plane crashed into a cornfield south of town Saturday afternoon, deputies say. "
     "The pilot, the only person aboard, was taken to hospital. The FAA and NTSB will investigate. Neighbours "
     "said the engine sounded rough before the crash.",
     "crashed", None, None),
    ("ditched-fuel",
     "A coast guard helicopter ditched in the sea off the island after running out of fuel on Tuesday "
     "night. All five crew were rescued. Officials said the helicopter would be salvaged. Nobody suggested "
     "foul play.",
     "crashed", None, None),
    ("missing-then-wreck-found",
     "Rescuers on Thursday found the wreckage of an army helicopter that lost contact on Tuesday over the "
     "mountains. All three crew were found dead at the site. The army said bad weather was the likely cause. "
     "There was no sign of hostile fire.",
     "crashed", None, None),
    ("missing-debris-only",
     "A navy maritime patrol aircraft disappeared from radar over the sea on Monday with eight crew on board. "
     "Debris was spotted floating near its last known position, but the crew are still missing. The navy said "
     "the cause was not known.",
     "unknown", None, None),
    # collision built across sentences
    ("collision-across-sentences",
     "Two helicopters went down during a night exercise on Friday, the army said. The aircraft, both AH-64 "
     "Apaches, struck each other while flying in formation. Four soldiers were killed. An inquiry was opened.",
     "collision", None, None),
    # shoot-down by outlet, then claim by group adds the perpetrator
    ("outlet-fact-then-group-claims",
     "Army helicopter downed in Mali\n"
     "A Malian army helicopter was shot down near Gao on Tuesday, killing two crew, security sources said. "
     "The army confirmed the loss of the aircraft to enemy fire. JNIM later claimed the attack in a "
     "statement.",
     "shot_down", "JNIM", ANY),
    # later sentence: claimant's earlier version vs operator's confirmation
    ("operator-confirms-after-claimant",
     "Hamas said on Monday its fighters had downed an Israeli drone over Gaza. Later on Monday, the Israeli "
     "military acknowledged that a drone had been shot down during operations in the area and said it was "
     "investigating. No injuries were reported.",
     "shot_down", ANY, ANY),
    ("headline-downs-body-claim-vs-hard-landing",
     "Rebels down army helicopter in the south\n"
     "Rebel fighters said on Monday they had shot down an army Mi-8 helicopter in the south of the country. "
     "The army said the helicopter made a hard landing after a technical malfunction and was destroyed by "
     "fire, and that its three crew escaped with minor injuries. The rebels did not provide evidence.",
     "disputed", "rebel", ANY),
    ("government-later-confirms-drone-strike",
     "A cargo plane crashed on approach to the regional airport on Saturday night, killing all five crew, "
     "officials said. Separatist fighters claimed on Sunday that one of their drones had struck the plane. "
     "On Tuesday the transport ministry confirmed that the aircraft had been hit by a drone launched by "
     "separatists. The airport has been closed since.",
     "shot_down", "separatist", ANY),
    ("fault-blamed-no-claim",
     "A Kenyan military Z-9 helicopter came down in a farm near Nairobi on Saturday after a hydraulic "
     "failure, the Kenya Defence Forces said. Two soldiers were injured. Nobody has suggested the helicopter "
     "was attacked.",
     "crashed", None, None),
    ("claimed-shot-down-self-contradicting",
     "Ukraine's military said its forces shot down a Russian Su-25 attack jet near Bakhmut on Thursday. The "
     "Russian defence ministry said the same day that the plane crashed because of a technical fault on the "
     "way back to base and that the pilot died. Neither version could be verified.",
     "disputed", "Ukraine", ANY),
]


# Cases the fixes of this round did not reach; strict, so they fail loudly once they pass.
XFAIL = {
    "outlet-voice-vs-ministry-crashed": "a trailing 'witnesses and a monitoring group said' is read as the outlet's "
    "voice, and a third party's shoot-down against the operator's 'crashed during training' is not yet a dispute",
    "friendly-fire-admitted-late": "the unit named in apposition ('one of its own cruisers, the USS ...') is no perpetrator",
    "friendly-fire-ally-battery": "an ally's battery is friendly fire only with knowledge of alliances",
    "operator-confirms-loss-to-missile": "'X said it had fired the missile' names no perpetrator",
    "outlet-fact-then-group-claims": "'JNIM later claimed the attack' in a sentence with no aircraft gives no perpetrator",
}
PARAMS = [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=XFAIL[case[0]])) if case[0] in XFAIL else case
    for case in CASES
]


def _check_perpetrator(got: str | None, expected: object) -> None:
    if expected is ANY:
        return
    if expected is None:
        assert got is None, got
        return
    assert got, "no perpetrator"
    assert str(expected).lower() in got.lower(), got


@pytest.mark.parametrize("name,text,cause,perpetrator,weapon", PARAMS, ids=[c[0] for c in CASES])
def test_main_incident_cause(name: str, text: str, cause: str, perpetrator: object, weapon: object) -> None:
    summary = main_cause(text)
    assert summary["cause"] == cause
    _check_perpetrator(summary["perpetrator"], perpetrator)
    if weapon is not ANY:
        assert summary["weapon"] == weapon


# Further phrasings of the rules this round added (written after the fixes, so not part of the rate above).
RULE_CASES = [
    ("A navy helicopter went down off the coast on Friday after an engine failure, the navy said. Its two crew were "
     "rescued.", "crashed"),
    ("An army drone came down in a field because of an electrical fault, officials said. Nobody was hurt.", "crashed"),
    ("The defence ministry said the Su-25 was lost to a technical malfunction, rejecting claims by militants that they "
     "had downed it. The pilot was killed.", "disputed"),
    ("The military said the helicopter crashed in bad weather. It denied accusations that the aircraft had been shot "
     "down by tribal fighters.", "disputed"),
    ("A police helicopter crashed into a river on Monday, police said. A previous version of this story wrongly said "
     "it was shot down.", "crashed"),
    ("Two army Gazelle helicopters were lost at a forward base on Sunday, killing a pilot. The helicopters hit one "
     "another while landing.", "collision"),
    ("The army said a Hermes drone was mistakenly shot down by one of its own destroyers during an exercise.",
     "friendly_fire"),
]


@pytest.mark.parametrize("text,cause", RULE_CASES)
def test_rule_phrasings(text: str, cause: str) -> None:
    assert main_cause(text)["cause"] == cause
