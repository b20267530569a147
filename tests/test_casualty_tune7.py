"""Casualty phrasings behind the tune7 misses, in new words: open questions, "a dozen", getting out,
safe ejections (alive), survivors as a subgroup injuries told by what was broken, the people named
"who were on board", "to fly" people, the Nth person aboard and the hurt who later died."""

import pytest
from test_casualty_conventions import B, K, W, main_tolls

CASES = [
    # an open question is no finding: "whether the pilot ejected" gives no zero
    ("unclear-eject",
     "Fighter downed, claim says\nA Su-34 bomber was shot down near the river on Monday, the brigade said. It is "
     "unclear whether the crew managed to eject.", {K: None}),
    ("not-known-if-survived",
     "Helicopter lost\nAn Mi-24 helicopter went down over the hills on Friday. Officials did not say if the two "
     "pilots survived.", {K: None}),
    ("whether-anyone-got-out",
     "Cargo plane burns\nAn An-12 cargo plane crashed and burned near the airstrip on Sunday. Rescuers could not "
     "say whether anyone got out.", {K: None}),
    # "a dozen" is twelve, "half a dozen" six
    ("a-dozen-hurt",
     "Airliner skids off runway\nA Boeing 737 skidded off the runway in heavy rain on Tuesday. All 150 people on "
     "board got out, though a dozen were hurt.", {K: 0, W: 12, B: 150}),
    ("half-a-dozen-injured",
     "Turboprop hard landing\nAn ATR 72 landed hard in a crosswind on Monday. Half a dozen passengers were "
     "injured.", {W: 6}),
    ("dozen-wounded-after-dead",
     "Helicopter shot down\nAn army Mi-17 was shot down over the valley on Friday. Two soldiers died, and a dozen "
     "were wounded.", {K: 2, W: 12}),
    # getting out alive is surviving
    ("everyone-got-out",
     "Regional jet overturns\nA CRJ700 overturned while landing in strong winds on Sunday. Everyone aboard "
     "climbed out of the wreck, the airport said.", {K: 0}),
    ("scrambled-out",
     "Seaplane flips\nA DHC-2 Beaver flipped on landing on the lake on Saturday. Its four occupants scrambled out "
     "before it sank.", {K: 0}),
    ("nobody-got-out",
     "Small plane fire\nA Piper PA-34 crashed into a hangar on Monday and burst into flames. Nobody got out of "
     "the cabin.", {K: None}),
    # a safe ejection: alive (whether unhurt is left open, as in gold/tune)
    ("ejected-safely",
     "Jet crash\nA Mirage 2000 crashed in farmland on Wednesday. Its pilot ejected safely.", {K: 0}),
    # survivors are a part of those aboard, not all of them
    ("one-of-surviving-died",
     "Cargo plane toll rises\nAn Antonov cargo plane crashed near the airstrip on Tuesday, killing three. One of "
     "the two surviving crew members died of his burns on Thursday.", {B: None}),
    ("two-of-remaining-passengers",
     "Bush plane crash\nA Cessna 206 crashed in the hills on Sunday. Two of the three remaining passengers are "
     "in hospital with burns.", {B: None}),
    ("of-injured-died",
     "Helicopter crash toll\nAn Mi-8 crashed in fog on Monday. One of the five injured soldiers died later in "
     "hospital.", {B: None}),
    # an injury told by what was broken or cut
    ("suffered-broken-leg",
     "Glider crash\nA glider crashed into a field near the club on Saturday. The pilot suffered a broken leg.",
     {W: 1}),
    ("sustained-cuts",
     "Microlight crash\nA microlight came down in a meadow on Sunday. Its pilot sustained cuts and bruises, "
     "police said.", {W: 1}),
    ("received-fractured-arm",
     "Crop duster crash\nAn Air Tractor crashed in a cotton field on Monday. The pilot received a fractured arm "
     "and was flown to hospital.", {W: 1}),
    # the people named "who were on board" are everyone aboard
    ("roles-who-were-on-board",
     "Police helicopter crash\nA police Bell 407 crashed on the edge of the town on Monday. The pilot and a "
     "paramedic who were on board were pulled out by neighbours and taken to hospital.", {B: 2}),
    ("roles-who-were-aboard-died",
     "Trainer crash\nA Tucano trainer crashed near the academy on Friday. The instructor and the cadet, who were "
     "aboard, died at the scene.", {K: 2, B: 2}),
    ("roles-that-were-on-board",
     "Air ambulance crash\nAn air ambulance came down in a field on Sunday. The pilot, the nurse and the doctor "
     "that were on board were all injured.", {B: 3}),
    ("roles-on-board-not-named-all",
     "Helicopter crash\nA Robinson R44 crashed near the lake on Tuesday. The pilot was injured.", {B: None}),
    # "to fly" people is to carry them
    ("chartered-to-fly",
     "Charter plane crash\nThe Islander, chartered to fly a pilot and three tourists to the island, crashed on "
     "landing on Monday.", {B: 4}),
    ("was-flying-passengers",
     "Seaplane crash\nA Twin Otter seaplane crashed into the lagoon on Saturday. It was flying 14 passengers "
     "and two crew members to a resort.", {B: 16}),
    ("flew-sorties-not-people",
     "Fighter crash\nA MiG-29 crashed near the base on Friday after its pilot flew two sorties.", {B: None}),
    # the last of those aboard, told by an ordinal
    ("third-man-aboard",
     "Police helicopter down\nA police AS350 was hit by gunfire and crashed on Tuesday. The pilot and a police "
     "officer were hurt. The third man aboard, a sniper, was unhurt.", {B: 3}),
    ("fourth-person-on-board",
     "Survey plane crash\nA survey plane crashed into a ridge on Wednesday. The fourth person on board, a "
     "geologist, is still missing.", {B: 4}),
    ("second-occupant-aboard",
     "Microlight collision\nA two-seat microlight crashed in a field on Sunday. The pilot died; the second "
     "occupant aboard survived with burns.", {B: 2}),
    # hurt first and dead in the end is a death, not a wounded
    ("injured-then-died",
     "Plane crash toll rises\nA Cessna 208 crashed on Friday. A passenger injured in the crash died in hospital "
     "on Monday, police said.", {W: None}),
    ("who-were-hurt-died",
     "Helicopter crash\nAn army Mi-8 crashed on landing on Sunday. Two soldiers who were badly wounded in the "
     "crash have died since.", {K: 2, W: None}),
    ("hurt-not-died",
     "Glider crash\nA glider crashed on take-off on Saturday. A spectator injured in the crash was taken to "
     "hospital.", {W: 1}),
    # one person named first in a list of counts is one more
    ("pilot-comma-count-and-nurse",
     "Air ambulance crash\nAn air ambulance crashed in fog on Friday. The pilot, two paramedics and a nurse were "
     "killed.", {K: 4}),
    ("captain-comma-count-and-doctor",
     "Medevac helicopter crash\nA medevac helicopter crashed into a hill on Monday. The captain, three patients "
     "and a doctor died.", {K: 5}),
    # everyone aboard told hurt and nobody dead: all alive
    ("both-aboard-injured",
     "Police helicopter crash\nA police helicopter crashed on the outskirts of the town on Tuesday. The pilot and "
     "an officer who were on board were taken to hospital. Both were injured but conscious.", {K: 0, W: 2, B: 2}),
    ("all-four-aboard-hurt",
     "Air taxi crash\nAn air taxi with four people on board crashed on take-off on Monday. All four were injured.",
     {K: 0, W: 4, B: 4}),
    ("three-aboard-hurt-crew-of-three",
     "Transport helicopter crash-lands\nAn Mi-17 with a crew of three crash-landed in a field on Friday. All three "
     "crew members suffered injuries.", {K: 0, W: 3, B: 3}),
    ("some-aboard-hurt-killed-open",
     "Plane crash\nA Cessna 172 carrying three people crashed on Sunday. Two were injured.", {K: None, W: 2}),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_casualty_tune7(text: str, expected: dict) -> None:
    got = main_tolls(text)
    assert {k: got[k] for k in expected} == expected
