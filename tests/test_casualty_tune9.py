"""Casualty phrasings behind the tune9 misses, in new words: a toll told as "the number of people killed ...
has risen to N" or "crash toll climbs to N", more of the toll told by "another N", a part of the dead told by
kind ("most of the dead were students"), nobody of a kind hurt ("no spectators or ground staff"), a zero
toll of some other event, an aircraft's whole crew ("its eight crew got out unhurt"), and care that says hurt
unless it was a check-up (the lead's hospital decision)."""

import pytest
from test_casualties import parsed_counts
from test_casualty_conventions import B, K, W, main_tolls

CASES = [
    # a toll of one loss that rose, with the people on the ground counted
    ("number-killed-risen",
     "Jet crash toll rises\nThe number of people killed when a training jet crashed onto a market in Koroni on "
     "Saturday has risen to 27, health officials said on Monday.", {K: 27}),
    ("number-of-dead-climbed",
     "Helicopter toll\nThe number of dead from Friday's crash of a police helicopter on a housing block in "
     "Tarsal climbed to 12 on Sunday, the governor said.", {K: 12}),
    ("deaths-have-risen",
     "Cargo plane crash\nDeaths from the crash of an An-32 cargo plane into homes near the airport have risen "
     "to nine, the ministry said on Thursday.", {K: 9}),
    ("headline-crash-toll-climbs",
     "Village jet crash toll climbs to 8 as two more die\nA Mirage 2000 trainer crashed on a village near the base "
     "on Tuesday.", {K: 8}),
    # "another N" hurt after the toll, a sentence between
    ("another-n-injured",
     "Jet hits school\nA fighter jet crashed into a school in Vello on Monday, killing 20 people. The pilot "
     "was among the dead. Another 80 people were injured, many of them children.", {K: 20, W: 80}),
    ("a-further-n-hurt",
     "Cargo plane hits homes\nAn Il-76 cargo plane slammed into houses near the airport on Friday, killing "
     "nine people. Its crew were among them. A further 14 residents were hurt, police said.", {K: 9, W: 14}),
    ("another-n-wounded-after-toll",
     "Helicopter falls on market\nTwelve people died when a Mi-8 helicopter came down on a busy market in "
     "Rusko on Sunday. The two pilots were among them. Another 31 people were injured.", {K: 12, W: 31}),
    ("another-n-separate-accident",
     "Plane crash\nA Cessna 208 crashed near the airport on Friday, killing its pilot. The road was closed "
     "for hours. Another 20 people were injured in a separate bus accident.", {K: 1, W: None}),
    # a part of the dead told by kind is not a toll
    ("most-of-dead-were-students",
     "Trainer crash kills 15\nA trainer jet crashed into a college on Monday, killing 15 people. Most of the "
     "dead were students of Harlow Technical School and College, where the jet fell.", {K: 15}),
    ("many-victims-children",
     "Transport crash\nA C-130 crashed into a residential area on Tuesday, killing 11 people. Many of the "
     "victims were children from Orrin Primary School and nearby homes.", {K: 11}),
    # nobody of a kind hurt: a zero for the hurt, not for the dead
    ("no-spectators-or-staff-hurt",
     "Display jet crash\nA pilot was killed when his Gripen crashed during an air show rehearsal on Saturday. "
     "No spectators or ground staff were hurt.", {K: 1, W: 0}),
    ("no-bystanders-injured",
     "Helicopter crash\nAn AW139 crashed in a car park on Monday and both crew members died. No bystanders "
     "were injured, police said.", {K: 2, W: 0}),
    ("no-residents-or-passers-by",
     "Plane crash\nA Piper Seneca crashed onto a street on Sunday, killing the pilot. No residents or "
     "passers-by were hurt.", {K: 1, W: 0}),
    # a zero told of some other event is not the loss's
    ("nobody-hurt-other-event",
     "Live updates\nThe army said a Y-8 transport crashed while landing at the air base on Monday, killing all "
     "five crew.\n\n10:15\nRockets struck a fuel depot in the port overnight, officials said. Nobody was hurt.",
     {K: 5, W: None}),
    ("no-one-injured-after-shelling",
     "Frontline\nAn army Mi-17 crashed in the hills on Tuesday, killing its three crew. Artillery shelled a "
     "market in the east on Wednesday. No one was injured.", {K: 3, W: None}),
    ("nobody-hurt-same-loss",
     "Light plane crash\nA Cessna 152 crashed into a field near the airfield on Sunday. Nobody was hurt.", {W: 0}),
    # an aircraft's whole crew, unhurt
    ("its-crew-got-out-unhurt",
     "Tanker burns out\nA KC-390 tanker ran off the runway and burned out on Monday; its six crew got out "
     "unhurt.", {K: 0, W: 0, B: 6}),
    ("its-crew-members-walked-away",
     "Helicopter rolls over\nAn army Lynx crashed on landing on Friday; its three crew members walked "
     "away unharmed.", {K: 0, W: 0, B: 3}),
    ("their-crew-escaped",
     "Transport fire\nA C-295 caught fire after landing at the base on Sunday, but its five crew escaped.",
     {K: 0, B: 5}),
    ("its-passengers-not-all-aboard",
     "Bush plane accident\nA Beaver crash-landed on a lake on Tuesday; its four passengers were unhurt.",
     {W: 0, B: None}),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_casualty_tune9(text: str, expected: dict) -> None:
    got = main_tolls(text)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # taken to hospital: hurt (news use it of the injured)
        ("Two passengers were taken to hospital.", {("wounded", 2)}),
        ("The 40 survivors were flown to hospitals in the capital.", {("wounded", 40)}),
        ("The pilot ejected. He was rushed to hospital.", {("killed", 0), ("wounded", 1)}),
        # ... unless the visit was a check-up with no injury stated
        ("Both crew were taken to hospital as a precaution.", set()),
        ("The three passengers were flown to hospital for observation.", set()),
        ("Four soldiers were taken to hospital for checks.", set()),
        ("The pilot ejected. He was taken to hospital to be examined.", {("killed", 0)}),
        ("The two pilots were taken to a military hospital in stable condition.", set()),
        # an injury stated counts, check-up or not
        ("Both crew were taken to hospital with minor injuries as a precaution.", {("wounded", 2), ("on_board", 2), ("killed", 0)}),
        ("Two passengers were hurt and taken to hospital for checks.", {("wounded", 2)}),
    ],
)
def test_care_is_hurt_unless_a_check_up(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The number of people killed in air accidents this year has risen to 40.", set()),  # a tally
        ("The number of dead in the war since March has climbed to 3,000.", set()),
        ("Most of the dead were students of the village school, where the jet came down.", set()),
        ("The dead were Captain Ana Ruiz, First Officer Ben Lam and engineer Carl Ode.", {("killed", 3)}),
        ("No spectators or ground staff were hurt.", {("wounded", 0)}),  # says nothing of the crew's deaths
        ("No passengers were injured.", {("wounded", 0), ("killed", 0)}),
    ],
)
def test_tallies_kinds_and_ground_people(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected
