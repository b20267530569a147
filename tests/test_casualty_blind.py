"""Blind check of killed / wounded / on_board on short multi-sentence articles written for this test.

The cases were written before reading the casualty extractor, in varied news styles (wire, local TV,
press release, non-native English). Each runs the real pipeline (parse, mentions, reconcile) and checks
the main incident's tolls by the conventions of gold/README.md. Only the fields a case names are
checked; ``None`` means the text gives no such number (or only a vague or feared one).
"""

import pytest
from test_casualty_conventions import B, K, W, main_tolls  # the same harness: parse, mentions, reconcile

CASES = [
    # tolls told in pieces across sentences
    ("pieces-two-died-third-survived",
     "Army helicopter crashes in the north\nAn army Mi-8 helicopter crashed on Tuesday during a supply flight to a "
     "remote outpost. Two pilots died. A third crew member, the flight engineer, survived with burns.",
     {K: 2, W: 1}),
    ("pieces-pilot-then-passenger-in-hospital",
     "Light plane crash\nA Piper Seneca crashed into woods near the airfield on Saturday. The pilot died at the "
     "scene. Two passengers were pulled from the wreck alive, but one of them died later in hospital.",
     {K: 2}),
    ("pieces-navigator-parachute",
     "Bomber lost on training flight\nA Su-24 bomber with a crew of two crashed over the steppe on Thursday. "
     "Both airmen ejected, but the navigator was killed when his parachute failed to open.",
     {K: 1, B: 2}),
    ("pieces-names-and-ranks",
     "Air force names crew\nA C-130 transport crashed into a hillside on Thursday. The air force named the dead as "
     "Major Tomas Reyes, Captain Leila Haddad, Sergeant Omar Bakri and Corporal Jan Novak.",
     {K: 4}),
    ("pieces-dead-included-list",
     "Helicopter goes down in swamp\nA police Bell 412 came down in a swamp on Monday evening. The dead included "
     "the pilot, the co-pilot and a flight mechanic, a police statement said.",
     {K: 3}),
    # tolls revised within the article
    ("revised-up",
     "Death toll in plane crash rises to 14\nA commuter plane crashed shortly after take-off on Saturday. Officials "
     "initially said nine people had been killed, but the toll rose to 14 on Sunday after five of the injured "
     "died in hospital.",
     {K: 14}),
    ("revised-down",
     "Ministry corrects helicopter toll\nAn air force Mi-17 crashed on landing at a base on Wednesday. Local media "
     "first reported five dead, but the ministry later corrected the toll to three.",
     {K: 3}),
    # survivors
    ("all-survived-some-injured",
     "Six survive plane crash\nAll six people aboard a Piper PA-32 survived when it crash-landed in a maize field "
     "on Sunday. Three of them were taken to hospital with injuries.",
     {K: 0, W: 3, B: 6}),
    ("of-n-aboard-killed-survived",
     "Commuter plane crash\nA Dornier 228 crashed on approach to the island on Friday. Of the 18 people aboard, "
     "15 were killed and three survived with serious injuries.",
     {K: 15, W: 3, B: 18}),
    ("two-of-six-survived",
     "Helicopter crash in the mountains\nOnly two of the six crew members survived when an army Mi-171 hit a ridge "
     "in fog on Tuesday, the army said.",
     {K: 4, B: 6}),
    ("crew-of-three-survived",
     "Transport helicopter crash-lands\nAn air force Mi-8 crash-landed near the base on Monday. Its crew of three "
     "survived. In 2021 a Mi-8 of the same unit crashed and killed 12 people.",
     {K: 0, B: 3}),
    # missing and captured crew: not killed
    ("missing-crew",
     "Navy helicopter missing\nA navy SH-60 helicopter carrying five crew went missing off the coast on Thursday. "
     "Search teams recovered debris, but the crew have not been found.",
     {K: None, B: 5}),
    ("ditched-one-missing",
     "Patrol plane ditches\nA maritime patrol Dornier 228 with a crew of four ditched off the coast on Wednesday. "
     "Fishermen rescued three of the crew; the fourth is still missing.",
     {K: None, B: 4}),
    ("captured-and-killed",
     "Rebels down helicopter\nRebels shot down an army Mi-24 gunship near the border on Friday. Two crew members "
     "were killed and two others were captured, a rebel spokesman said.",
     {K: 2}),
    ("both-ejected-one-captured",
     "Fighter shot down\nInsurgents shot down an air force L-39 jet on Monday. Both pilots ejected; one was captured "
     "by the insurgents and the other was picked up by a rescue helicopter.",
     {K: 0}),
    # ground casualties count in killed
    ("ground-plus-crew",
     "Trainer jet crashes into market\nA military trainer jet crashed into a busy market on Wednesday, killing at "
     "least five people on the ground. The two pilots also died.",
     {K: 7}),
    ("highway-motorists",
     "Plane hits highway\nA cargo plane crashed onto a highway on Tuesday, killing both pilots and three motorists.",
     {K: 5}),
    ("ground-only-pilot-ejected",
     "Jet falls on houses\nA MiG-29 crashed into a residential area on Sunday. The pilot ejected safely, but two "
     "residents were killed and four were injured when the jet hit their homes.",
     {K: 2, W: 4}),
    # competing tolls that must not be taken
    ("competing-ground-fighting",
     "Helicopter shot down as clashes rage\nFighting between the army and rebels around the town has killed more "
     "than 40 people this week. On Friday rebels shot down an army Mi-24, killing its two crew.",
     {K: 2}),
    ("competing-wider-war",
     "Ukraine loses Su-25 attack jet\nThe war has killed tens of thousands of soldiers on both sides. On Tuesday "
     "a Ukrainian Su-25 crashed during a combat mission in the east and its pilot was killed.",
     {K: 1}),
    ("competing-earlier-crash",
     "Police helicopter crashes, three dead\nA police Bell 407 crashed in the hills on Saturday, killing all three "
     "people on board. It is the third crash this year, after one in March killed four.",
     {K: 3, B: 3}),
    ("competing-running-total",
     "Another trainer jet lost\nAn air force Hawk trainer crashed during a training flight on Monday; the pilot "
     "ejected safely. At least eight servicemen have died in military air accidents since September.",
     {K: 0}),
    ("competing-rescue-teams",
     "Wreckage found\nMore than 200 rescue workers and 30 soldiers took part in the search for the missing An-28. "
     "The wreckage was found on Thursday and all six people on board were dead.",
     {K: 6, B: 6}),
    ("competing-evacuated",
     "Drone crash sparks fire\nA military Heron drone crashed into a forest on Monday and set it alight. Some 300 "
     "residents were evacuated from nearby villages. No one was hurt.",
     {K: 0, W: 0}),
    ("competing-earlier-air-strike",
     "Jet crashes after strike mission\nA Sudanese air force MiG-29 crashed on Tuesday after a strike mission and "
     "its pilot died. Last month an air strike killed 30 civilians in the same district.",
     {K: 1}),
    ("competing-ground-shelling",
     "Helicopter hit at airfield\nAn army Mi-8 was destroyed by a drone at an airfield on Sunday, wounding one "
     "technician. Shelling elsewhere in the province killed nine civilians the same day.",
     {K: None, W: 1}),
    # nobody hurt / ejected safely
    ("no-one-hurt",
     "Military drone crashes in field\nAn air force Heron drone crashed in a farm field on Saturday. No one was hurt, "
     "police said.",
     {K: 0, W: 0}),
    ("both-ejected-safely",
     "Two-seat fighter crashes\nA Su-30 fighter crashed during a night training flight on Thursday. Both pilots "
     "ejected safely and were recovered by a search team.",
     {K: 0}),
    ("instructor-student-unhurt",
     "Trainer crash-lands\nA Grob G 120 trainer crash-landed short of the runway on Tuesday. The instructor and his "
     "student escaped unhurt.",
     {K: 0, W: 0}),
    ("nobody-injured-variant",
     "Helicopter overturns\nA Robinson R44 overturned while landing at a farm on Sunday. Nobody was injured, "
     "according to the fire brigade.",
     {K: 0, W: 0}),
    # sole occupant, all on board including
    ("sole-occupant",
     "Crop duster crashes\nAn Air Tractor crop-spraying plane crashed into a field on Tuesday. The pilot, the sole "
     "occupant, was killed.",
     {K: 1, B: 1}),
    ("all-12-including",
     "Charter plane crash\nAll 12 people on board, including 9 passengers and 3 crew, were killed when the Let "
     "L-410 flew into a mountain on Friday.",
     {K: 12, B: 12}),
    ("everyone-on-board-count-earlier",
     "Business jet crash\nThe Beechcraft King Air was carrying seven people. It crashed after take-off on Monday, "
     "killing everyone on board.",
     {K: 7, B: 7}),
    ("claimed-lives-all-crew",
     "Transport helicopter lost\nA navy Sea King crashed into the sea on Wednesday. The crash claimed the lives of "
     "all four crew members.",
     {K: 4, B: 4}),
    ("treated-minor-injuries",
     "Training plane crash-lands\nA flying school Cessna 152 crash-landed in a field on Sunday. The pilot and a "
     "student were treated for minor injuries.",
     {W: 2}),  # killed dropped from the case: the text never says the two were everyone aboard
    ("crew-of-four-killed",
     "Surveillance plane crashes\nA King Air surveillance plane with a crew of four crashed in the desert on "
     "Monday. None of them survived.",
     {K: 4, B: 4}),
    # word numbers, vague numbers, bounds
    ("word-number-eleven",
     "Eleven die in helicopter crash\nEleven people, including four crew members, died when a Mi-17 crashed in "
     "fog on Monday.",
     {K: 11}),
    ("dozens",
     "Military plane crashes after take-off\nDozens of soldiers were killed when an Il-76 transport crashed after "
     "take-off on Wednesday, officials said.",
     {K: 12}),  # project convention (ACLED): "dozens" counts as 12
    ("more-than-20",
     "Plane crashes into homes\nMore than 20 people were killed when a military transport plane crashed into a "
     "residential area on Tuesday.",
     {K: 20}),
    ("nearly-100-bodies",
     "Transport crash\nAn Il-76 carrying nearly 100 people crashed near the border on Wednesday. Officials said 74 "
     "bodies had been recovered by evening.",
     {K: 74, B: None}),
    ("feared-dead",
     "Airliner missing\nAll 30 people aboard a Dash 8 that vanished over the mountains on Friday are feared dead, "
     "officials said.",
     {K: None, B: 30}),
    ("declared-dead",
     "Navy declares crew dead\nThe navy said on Friday it had declared dead all four crew of the helicopter that went "
     "missing on Monday.",
     {K: 4}),
    ("left-dead-injured",
     "Helicopter crash\nThe ambulance helicopter crashed in a car park on Thursday. The crash left three dead and "
     "five injured, police said.",
     {K: 3, W: 5}),
    ("hospitalised-burns",
     "Fire after hard landing\nA firefighting Be-200 made a hard landing on a lake on Saturday and caught fire. "
     "Four crew members were hospitalised with burns.",
     {W: 4}),
    ("injured-dozens",
     "Plane overruns runway\nA military transport plane overran the runway and hit a bus on Monday, injuring dozens "
     "of people. One person was killed.",
     {K: 1, W: 12}),  # "dozens" counts as 12
    ("wounded-no-one-killed",
     "Helicopter rolls over\nSeven soldiers were wounded when an army helicopter made a hard landing and rolled "
     "over on Friday. No one was killed.",
     {K: 0, W: 7}),
    # numbers that are not tolls
    ("age-not-toll",
     "Pilot dies in crash\nA 47-year-old pilot died when his light plane crashed near the river on Sunday.",
     {K: 1}),
    ("flight-number-not-toll",
     "Cargo jet crash\nA Boeing 737-400 freighter operating as Flight 214 crashed into the sea on Tuesday. The "
     "six crew on board were killed.",
     {K: 6, B: 6}),
    ("carrying-soldiers-and-crew",
     "Army helicopter crash\nA Mi-171 carrying 18 soldiers and three crew crashed on Sunday. Ten of those on board "
     "were killed and the rest were injured.",
     {K: 10, W: 11, B: 21}),
    # styles: press release, local TV, quotes, passive and active
    ("press-release",
     "Statement on aircraft accident\nThe Ministry of Defence regrets to announce that a Tucano aircraft crashed "
     "at 10:40 on 3 May during a routine training sortie. The two crew members lost their lives. Next of kin have "
     "been informed.",
     {K: 2}),
    ("local-tv",
     "BREAKING: small plane down in Lake County\nSheriff's deputies say two people were on board the plane. One "
     "person has died and another was taken to hospital with serious injuries.",
     {K: 1, W: 1, B: 2}),
    ("quote-lost-men",
     "Three soldiers die in Black Hawk crash\n\"We lost three brave men today,\" the commander said after the "
     "UH-60 crashed during a training exercise on Wednesday.",
     {K: 3}),
    ("active-killed-injured-ground",
     "Air show crash\nA vintage Spitfire crashed at an air show on Sunday. The crash killed the pilot and injured "
     "two spectators.",
     {K: 1, W: 2}),
    ("apposition-pilot",
     "Helicopter crash\nA Bell 206 crashed into a power line on Friday. The pilot, a 34-year-old captain, died at the "
     "scene; his co-pilot was seriously injured.",
     {K: 1, W: 1}),
    ("perished",
     "Transport plane crash\nAn An-32 transport plane crashed in the jungle on Tuesday. All 13 people on board "
     "perished, the air force said.",
     {K: 13, B: 13}),
    ("body-found",
     "Pilot's body found\nThe body of the pilot of a fighter jet that crashed into the sea on Monday was found on "
     "Wednesday, the navy said.",
     {K: 1}),
    # non-native English
    ("non-native-peoples",
     "Two peoples died in crash of helicopter\nThe helicopter of police is crash on Sunday in mountain area. Two "
     "peoples died and three peoples get injured.",
     {K: 2, W: 3}),
    ("non-native-pilots-is-dead",
     "Army plane fall in river\nThe army aircraft type An-32 fall in the river yesterday. The two pilots is dead, "
     "said the commander.",
     {K: 2}),
    ("non-native-was-died",
     "Training aircraft accident\nOne training aircraft of air force was crash near the base. The pilot was died "
     "and the student pilot was injured seriously.",
     {K: 1, W: 1}),
]


# Written after the first run, for the rules that run led to: more phrasings of each, not the cases above.
LATER_CASES = [
    ("also-died-ground-first",
     "Cargo plane hits warehouse\nAn An-12 crashed into a warehouse on Monday, killing three workers. Its four crew "
     "also died.",
     {K: 7}),
    ("also-killed-passive",
     "Helicopter crash\nTwo soldiers waiting at the landing zone were killed when the Mi-8 crashed on Friday. The "
     "pilot was also killed.",
     {K: 3}),
    ("third-also-died-is-toll",
     "Soldier dies of wounds\nTwo crew were killed when the Gazelle was shot down on Sunday. A third soldier also "
     "died in hospital on Monday.",
     {K: 3}),
    ("toll-revised-to",
     "Ministry revises crash toll\nAn air force Y-12 crashed on landing on Tuesday. The ministry said six people were "
     "killed, but later revised the toll to four.",
     {K: 4}),
    ("toll-fell-to",
     "Fewer dead than feared\nA Mi-17 crashed in the hills on Friday. Early reports said eight people had died, but "
     "the toll fell to five after three crew were found alive.",
     {K: 5}),
    ("pronounced-dead-order",
     "Crew declared dead\nThe coast guard pronounced dead all three crew of the helicopter that ditched on Sunday.",
     {K: 3}),
    ("body-of-co-pilot",
     "Search ends\nDivers recovered the body of the co-pilot on Thursday, two days after the Seahawk crashed into "
     "the bay.",
     {K: 1}),
    ("two-survived-with-injuries",
     "Plane crash in jungle\nA Cessna 208 crashed in the jungle on Monday. Four people died, and two survived with "
     "serious injuries.",
     {K: 4, W: 2}),
    ("rest-were-hurt",
     "Transport helicopter crash\nThe Mi-8 was carrying 14 soldiers and two crew when it crashed on Sunday. Three "
     "people were killed and the rest were hurt.",
     {K: 3, W: 13, B: 16}),
    ("had-on-board-then-killing-all",
     "Air ambulance crash\nThe air ambulance had four people on board. It crashed into a hillside in fog, killing "
     "all those on board.",
     {K: 4, B: 4}),
    ("survived-but-killed",
     "Trainer crash\nThe Hawk trainer crashed on Tuesday. Both pilots ejected, but the instructor died of his "
     "injuries in hospital.",
     {K: 1}),
]

NOT_CASUALTY = "no main mention is built: aircraft or loss reading, outside the casualty extractor"
XFAIL = {
    "competing-rescue-teams": NOT_CASUALTY,
    "local-tv": NOT_CASUALTY,
    "non-native-pilots-is-dead": NOT_CASUALTY,
    "pieces-pilot-then-passenger-in-hospital": "a death in a later sentence without 'also' is not added to the first",
}


def _param(case_id: str, text: str, expected: dict) -> object:
    reason = XFAIL.get(case_id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, expected, id=case_id, marks=marks)


@pytest.mark.parametrize("text,expected", [_param(i, t, e) for i, t, e in CASES + LATER_CASES])
def test_casualty_blind(text: str, expected: dict) -> None:
    got = main_tolls(text)
    assert {k: got[k] for k in expected} == expected
