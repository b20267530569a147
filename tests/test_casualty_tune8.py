"""Casualty phrasings behind the tune8 misses, in new words: martyrdom, how badly hurt ("badly hurt",
injuries in several degrees that add up), care that says hurt ("under treatment", "recovering from a broken
leg"), a crew left hurt, "neither" and "no people" hurt, the only N aboard, the Nth member of the crew, a
toll that rose, people named in apposition, and a safe ejection (unhurt)."""

import pytest
from test_casualty_conventions import B, K, W, main_tolls

CASES = [
    # martyrdom is death
    ("embraced-martyrdom",
     "Army helicopter crash\nAn army Mi-17 crashed in the mountains on Sunday. The military said its pilot and "
     "two soldiers embraced martyrdom.", {K: 3}),
    ("attained-martyrdom",
     "Trainer jet crash\nA K-8 trainer jet crashed near the academy on Monday and both pilots attained "
     "martyrdom, the air force said.", {K: 2}),
    ("four-embraced-shahadat",
     "Gunship crash\nA Bell 412 went down during a night sortie on Friday. Four crew members embraced shahadat.",
     {K: 4}),
    # how badly hurt is still hurt
    ("others-badly-hurt",
     "Plane crash\nA Piper Seneca crashed after take-off on Saturday. Two people were killed and three others "
     "badly hurt.", {K: 2, W: 3}),
    ("seriously-injured-count",
     "Helicopter crash\nAn AS350 came down in a vineyard on Tuesday. Two occupants were seriously injured.",
     {W: 2}),
    ("critically-wounded",
     "Transport shot down\nAn An-26 was shot down near the front on Thursday; four soldiers were critically "
     "wounded.", {W: 4}),
    # injuries told in degrees add up, in one sentence
    ("degrees-other-two",
     "Helicopter crash\nA UH-1H crashed in a forest on Monday. Two crew members suffered serious injuries and "
     "the other two had cuts and bruises.", {W: 4}),
    ("degrees-three-clauses",
     "Sightseeing plane accident\nA DHC-2 Beaver struck a ridge on Wednesday. One tourist sustained critical "
     "injuries, the pilot was badly injured, and three other tourists received minor injuries.", {W: 5}),
    ("degrees-severe-and-light",
     "Ambulance plane crash\nA King Air crash-landed on Friday. Three people were seriously injured, while two "
     "suffered minor injuries.", {W: 5}),
    # ... and in separate sentences
    ("degrees-two-sentences",
     "Air ambulance crash\nAn EC135 air ambulance crashed in fog on Sunday, killing its pilot. The nurse on "
     "board was critically injured. The doctor suffered minor injuries.", {K: 1, W: 2}),
    # a part of the hurt adds nothing
    ("degree-part-of-them",
     "Plane crash\nA Cessna 210 crashed near the lake on Sunday. Three people were injured, one of them "
     "seriously.", {W: 3}),
    ("degree-same-group",
     "Helicopter crash\nA Robinson R44 crashed in a field on Monday. Two people were injured. One of them was in "
     "a serious condition.", {W: 2}),
    ("light-aircraft-no-degree",
     "Light aircraft crash\nA light aircraft crashed in bad weather on Sunday and its pilot was injured. The pilot "
     "was in a serious condition last night.", {W: 1}),
    # care that says hurt
    ("remain-under-treatment",
     "Crew member dies\nA crew member of the Mi-8 that crashed on Friday died in hospital. The four other crew "
     "members remain under treatment.", {W: 4}),
    ("receiving-treatment",
     "Plane crash\nA Cessna 172 crashed in a field on Sunday. Both occupants are receiving treatment in hospital.",
     {W: 2}),
    ("recovering-from-fractures",
     "Glider crash\nA two-seat glider crashed on landing on Saturday. The instructor is recovering from a broken "
     "leg.", {W: 1}),
    ("fourth-recovering",
     "Toll rises\nA passenger of the Cessna 206 that crashed on Friday died on Monday. The fourth person on "
     "board is recovering from burns.", {W: 1, B: 4}),
    ("recovering-from-shock-no",
     "Hard landing\nA Cessna 152 made a hard landing in a field on Tuesday. The pilot is recovering from the "
     "shock.", {W: None}),
    # "the other" hurt is one more
    ("the-other-injured",
     "Gunship crash\nAn Mi-24 crashed on Monday; one pilot was killed and the other injured.", {K: 1, W: 1}),
    ("the-other-was-hurt",
     "Trainer crash\nA Yak-52 came down in a field on Saturday. One crewman died and the other was hurt.", {K: 1, W: 1}),
    ("while-the-other-wounded",
     "Helicopter downed\nAn army Gazelle was shot down on Friday. The gunner was killed, while the other was "
     "wounded.", {K: 1, W: 1}),
    # a crew left hurt: hurt, so alive
    ("leaving-crew-of-four-injured",
     "Helicopter crash\nAn army Bell 212 crashed in a jungle clearing on Thursday, leaving its crew of four "
     "injured.", {K: 0, W: 4, B: 4}),
    ("left-three-man-crew-hurt",
     "Gunship crash\nThe Mi-35 hit trees on approach on Monday, which left the three-man crew seriously hurt.",
     {K: 0, W: 3, B: 3}),
    ("left-crew-of-two-dead",
     "Trainer crash\nA Yak-130 trainer crashed near the base on Friday, leaving its crew of two dead.", {K: 2, B: 2}),
    # neither hurt, no people hurt
    ("neither-occupant-hurt",
     "Microlight forced landing\nA microlight came down in a field on Sunday after engine failure. Neither "
     "occupant was hurt.", {K: 0, W: 0}),
    ("neither-of-them-injured",
     "Trainer crash-lands\nA Cessna 152 crash-landed short of the runway on Monday. The instructor and student "
     "got out; neither of them was injured.", {K: 0, W: 0}),
    ("no-people-hurt",
     "Drone crash\nA military drone crashed on farmland on Tuesday. No people were hurt, police said.",
     {W: 0}),
    # the only N aboard
    ("only-two-people-on-board",
     "Trainer crash\nA Pilatus PC-7 trainer crashed on Monday, killing the instructor and injuring the cadet, the only two "
     "people on board.", {K: 1, W: 1, B: 2}),
    ("only-three-occupants-aboard",
     "Helicopter crash\nA Bell 206 crashed on Sunday. The pilot and two passengers, the only three occupants "
     "aboard, were killed.", {K: 3, B: 3}),
    ("were-only-two-aboard",
     "Crop-spraying plane crash\nAn Air Tractor AT-502 crashed on Friday. The pilot and a mechanic were the only two people "
     "aboard; both died.", {B: 2}),
    # the Nth member of the crew
    ("third-member-of-the-crew",
     "Air ambulance crash\nAn air ambulance crashed on Sunday. The paramedic, the third member of the crew, got "
     "away with slight injuries.", {W: 1, B: 3}),
    ("fourth-member-of-its-crew",
     "Patrol plane crash\nA patrol plane crashed at sea on Monday. The navigator, the fourth member of its crew, "
     "was rescued with burns.", {B: 4}),
    ("escaped-with-minor-injuries",
     "Helicopter crash\nA Robinson R22 crashed on Tuesday. The student pilot escaped with minor injuries.",
     {W: 1}),
    # a toll that rose after the crash
    ("toll-from-last-fridays-crash",
     "Toll rises to five\nThe death toll from last Friday's air taxi crash near the coast has risen to five after "
     "a passenger died in hospital. The pilot and three passengers were killed at the scene.", {K: 5}),
    ("toll-of-the-crash-in",
     "Toll rises\nThe toll of the helicopter crash in the hills has now climbed to three, officials said. Two "
     "soldiers were killed in the crash.", {K: 3}),
    ("toll-from-mondays-accident",
     "Cessna crash toll rises\nThe death toll from Monday's plane accident outside the capital has risen to seven. "
     "The Cessna 402 came down after take-off; six people died at the scene.", {K: 7}),
    # people named in apposition, each counted
    ("killing-our-pilot-and-cameraman",
     "Station mourns\nOur helicopter crashed last year, killing our pilot Juan Ruiz and our cameraman Pedro "
     "Gomez, the director said.", {K: 2}),
    ("killing-the-pilot-name-and-the-nurse",
     "Air ambulance crash\nThe air ambulance crashed in the hills, killing the pilot Anna Berg and the nurse "
     "Maria Lind.", {K: 2}),
    ("killing-one-named",
     "Crop duster crash\nThe crop duster crashed in a field, killing its pilot Jose Silva.", {K: 1}),
    # a safe ejection is an unhurt one
    ("ejected-safely-unhurt",
     "Fighter crash\nA JF-17 crashed during a training flight on Monday. The pilot ejected safely.", {K: 0, W: 0}),
    ("recovered-safely",
     "Jet crash\nA Hawk trainer crashed into the sea on Tuesday. Both crew ejected and were recovered safely.",
     {K: 0, W: 0}),
    ("safely-ejected-two",
     "Jet crash\nAn F-16 went down over the desert on Friday after both pilots safely ejected.", {K: 0, W: 0}),
    ("ejected-safely-then-hurt",
     "Fighter crash\nA MiG-29 crashed on Sunday. The pilot ejected safely but suffered a back injury on landing.",
     {K: 0, W: 1}),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_casualty_tune8(text: str, expected: dict) -> None:
    got = main_tolls(text)
    assert {k: got[k] for k in expected} == expected
