"""Casualty counts, on sentences written for these tests."""

import pytest

from sitrep.extract.casualties import casualty_cues, count_value


def counts(text: str) -> set[tuple[str, int]]:
    cues = casualty_cues(text)
    for cue in cues:
        assert 0 <= cue.start < cue.end <= len(text)
    return {(c.field, c.value) for c in cues}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # words and numerals
        ("Seventeen passengers and four crew were killed when the airliner came down.", {("killed", 21)}),
        ("The helicopter crashed, killing twenty-three soldiers.", {("killed", 23)}),
        ("Army plane crashes near the airfield, killing all six crew", {("killed", 6), ("on_board", 6)}),
        ("Helicopter crashes in the hills, killing four", {("killed", 4)}),
        ("Seven killed as cargo plane crashes on landing", {("killed", 7)}),
        ("The drone strike on the convoy killed dozens of soldiers.", {("killed", 12)}),  # ACLED: dozens = 12
        # "all" and "both" make the whole crew
        ("A gunship went down, killing both pilots.", {("killed", 2), ("on_board", 2)}),
        ("The jet was shot down, killing its two crew.", {("killed", 2), ("on_board", 2)}),
        ("Four people on board were killed, the airline said.", {("killed", 4)}),  # maybe not everyone aboard
        ("Nine people were on board the small plane.", {("on_board", 9)}),
        ("There were eleven passengers on board.", {("on_board", 11)}),
        # a part of a whole
        ("Twelve of the 40 people on board were killed.", {("killed", 12), ("on_board", 40)}),
        ("One of its three crew members was taken to hospital.", {("wounded", 1), ("on_board", 3)}),
        ("Searchers found two members of the five-man crew alive.", {("on_board", 5)}),
        ("The bomber's three-man crew ejected over the sea.", {("on_board", 3)}),
        # a count and its breakdown
        ("All 58 people on board, 52 passengers and six crew, were killed.", {("killed", 58), ("on_board", 58)}),
        ("All five crew - three pilots and two loadmasters - were found dead.", {("killed", 5), ("on_board", 5)}),
        (
            "The helicopter crashed, killing all four soldiers on board and a farmer on the ground.",
            {("killed", 5), ("on_board", 4)},
        ),
        # survivors, the injured, a rising toll
        ("Both pilots ejected safely and were picked up by a patrol.", {("on_board", 2), ("killed", 0)}),
        ("Both crew were rescued alive, one with light injuries.", {("on_board", 2), ("killed", 0), ("wounded", 1)}),
        ("Three other marines remain in hospital.", {("wounded", 3)}),
        ("The navigator was injured and the pilot was killed.", {("killed", 1), ("wounded", 1)}),
        ("A third soldier has died of his wounds, the army said.", {("killed", 3)}),
        ("Rescuers recovered eight bodies from the wreck.", {("killed", 8)}),
        ("They published the names of the three airmen, all of whom died in the crash.", {("killed", 3), ("on_board", 3)}),
        # nobody
        ("Nobody was killed, officials said.", {("killed", 0)}),
        ("No one on the ground was injured.", {("wounded", 0)}),
        ("The pilot ejected and was unhurt.", {("killed", 0), ("wounded", 0)}),
        ("There were no casualties, the ministry said.", {("killed", 0)}),
        (
            "The airliner, carrying 88 people, crashed on take-off, killing everyone on board.",
            {("on_board", 88), ("killed", 88)},
        ),
        # "both" of a crew is the whole crew; "none ... survived" is everyone dead
        ("Both members of the crew died when the trainer hit the ridge.", {("killed", 2), ("on_board", 2)}),
        ("None of the 14 people aboard survived, the regional governor said.", {("killed", 14), ("on_board", 14)}),
        # a named person and "N other(s)", a list of crew roles
        ("The commander, Colonel Ivan Petrov, and six other servicemen died in the crash.", {("killed", 7)}),
        ("The blast killed the pilot and three others.", {("killed", 4)}),
        ("Its pilot and co-pilot bailed out before the jet hit the sea.", {("on_board", 2)}),
        ("Four marines were killed and two others were hurt.", {("killed", 4), ("wounded", 2)}),
        # one more, the wounded pilot, survivors taken to hospital
        ("Four marines were killed and a fifth was wounded when the tiltrotor went down.", {("killed", 4), ("wounded", 1)}),
        ("The navigator ejected over the lake and suffered burns to his hands.", {("wounded", 1), ("killed", 0)}),
        ("The co-pilot was later found injured in a field.", {("wounded", 1)}),
        ("The co-pilot ejected but was not hurt.", {("killed", 0), ("wounded", 0)}),
        ("Three passengers survived and were flown to hospital in the capital.", {("wounded", 3), ("killed", 0)}),
        ("The strike forced its pilot to eject over friendly lines.", {("killed", 0)}),
    ],
)
def test_casualty_counts(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At least eight servicemen have died in such crashes since September.",
        "The toll has risen to 14 soldiers in the district.",
        "The crash brings the number of pilots killed this year to six.",
        "Fighting near the town has killed 40 soldiers in recent weeks.",
        # the toll of ground fighting or of another loss
        "The drone fell near the village, where shelling killed nine civilians on Sunday.",
        "Eleven soldiers were killed in fierce fighting around the airfield that day.",
        "The gunship went down two days after an earlier crash that killed six crew.",
    ],
)
def test_running_totals_and_other_tolls_are_not_an_incident_toll(sentence):
    assert counts(sentence) == set()


def test_a_superlative_since_is_not_a_running_total():
    text = "The crash killed all 19 people on board, the deadliest accident in the region since 2011."
    assert counts(text) == {("killed", 19), ("on_board", 19)}


def test_model_numbers_and_names_are_not_counts():
    assert counts("A Su-25 pilot killed on a combat sortie, the air force said.") == {("killed", 1)}
    assert counts("Its pilot, Major Anna Kovacs, was killed.") == {("killed", 1)}


def test_count_value_adds_joined_counts_but_not_a_breakdown():
    assert count_value("three crew members and two officers") == 5
    assert count_value("58 people, 52 passengers and six crew") == 58


def test_nobody_survived_is_no_zero_toll():
    assert ("killed", 0) not in counts("No one on board survived the impact.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a crew named by roles, with or without a determiner, and a relative clause
        ("Police named the pilot and navigator who were killed when the jet hit the ridge.", {("killed", 2)}),
        ("Gunner and pilot killed as attack helicopter crashes in desert", {("killed", 2)}),
        ("The pilot and navigator who survived the crash were questioned.", {("killed", 0)}),
        # "with injuries" after a verb phrase; "with no injuries" is nobody hurt
        ("Three soldiers were flown out of the valley with serious injuries.", {("wounded", 3)}),
        ("Three soldiers were flown out of the valley with no injuries.", {("wounded", 0)}),
        # one person on the ground, named by a word for anyone
        ("The glider hit a barn, killing a farmer who was feeding cattle.", {("killed", 1)}),
        ("The glider hit a barn, killing a calf in the yard.", set()),
        # a count used as a noun, and a determiner after "injuring"
        ("Doctors said the four wounded were in a stable condition.", {("wounded", 4)}),
        ("The rotor blade broke off, injuring the two mechanics.", {("wounded", 2)}),
        ("The four wounded soldiers were in a stable condition.", set()),
    ],
)
def test_crew_roles_relative_clauses_and_nominal_counts(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dead and the survivors together are everyone aboard
        ("Four of them died and two others survived after the floatplane flipped.", {("killed", 4), ("on_board", 6)}),
        ("Two soldiers died and three were wounded.", {("killed", 2), ("wounded", 3)}),
        # a relative clause between the count and its verb
        ("All four crew members of the trainer that went down near the ridge were injured.", {("wounded", 4)}),
        ("Three of the crew were treated for shock.", set()),
        # "treated for" an injury is being wounded; a bare "Both" subject is two people
        ("Both were treated for fractured legs at a regional clinic.", {("wounded", 2)}),
        ("Both were grounded after the inspection.", set()),
    ],
)
def test_split_outcomes_relative_clause_and_treated(text: str, expected: set[tuple[str, int]]) -> None:
    assert counts(text) == expected
