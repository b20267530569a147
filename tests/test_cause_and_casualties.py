"""Cause, weapon, perpetrator and casualty cues on sentences written for these tests."""

import pytest

from sitrep.extract.casualties import casualty_cues, count_value
from sitrep.extract.cause import cause_cues, is_background, perpetrator_cues, weapon_cue
from sitrep.nlp import analyze


def causes(text):
    return [(c.value, c.negated) for c in cause_cues(text)]


def casualties(text):
    return {(c.field, c.value) for c in casualty_cues(text)}


def perpetrators(text):
    doc = analyze(text)
    return [c.value for sentence in doc.sents for c in perpetrator_cues(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials said the Su-25 was shot down by a missile near the front.", [("shot_down", False)]),
        ("The army denied that the transport plane had been downed.", [("shot_down", True)]),
        ("A military spokesman said the gunship was not shot down but crashed in fog.",
         [("shot_down", True), ("crashed", False)]),
        ("The trainer jet crashed shortly after take-off from the base.", [("crashed", False)]),
        ("Two helicopters collided during a night exercise over the lake.", [("collision", False)]),
        ("The drone was brought down by friendly fire, a navy official admitted.",
         [("shot_down", False), ("friendly_fire", False)]),
        ("Investigators reached the crash site on foot.", []),
    ],
)
def test_cause_cues_with_negation(sentence, expected):
    assert causes(sentence) == expected


def test_weapon_prefers_the_most_specific_class():
    text = "It came under fire from the ground and was hit by a shoulder-fired missile."
    assert weapon_cue(text).value == "MANPADS"
    assert weapon_cue("The jet was downed by an S-300 battery, the ministry said.").value == "surface-to-air missile"
    assert weapon_cue("Militants opened up with a ZU-23 anti-aircraft gun.").value == "anti-aircraft gun"
    assert weapon_cue("It was struck by ground fire while landing.").value == "ground fire"
    assert weapon_cue("The plane crashed in bad weather.") is None


def test_background_pointers():
    assert is_background("Last month a Mi-8 was also lost near the border.")
    assert is_background("The air force had previously lost two Su-24s in the region.")
    assert is_background("Earlier this year, a drone went down over the bay.")
    assert not is_background("The helicopter was shot down on Monday, officials said.")


def test_perpetrator_from_agent_subject_and_apology():
    assert perpetrators("The bomber was shot down by Ukrainian forces over the Sea of Azov.") == ["Ukraine"]
    assert "Houthi rebels" in perpetrators("Houthi rebels shot down an American MQ-9 Reaper over Marib.")
    assert perpetrators("Iran has apologised for the downing of the airliner near Tehran.") == ["Iran"]


def test_weapons_and_aircraft_are_not_perpetrators():
    assert perpetrators("The helicopter was shot down by a surface-to-air missile.") == []
    assert perpetrators("The jet was downed by ground fire near the village.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The crash killed three crew members and two officers.", {("killed", 5)}),
        ("A pilot and a navigator were killed when the bomber went down.", {("killed", 2)}),
        ("The transport plane, carrying 12 passengers and four crew, crashed in the hills.", {("on_board", 16)}),
        ("Two soldiers were killed and another wounded in the crash.", {("killed", 2), ("wounded", 1)}),
        ("The downing left four crew members dead and one injured.", {("killed", 4), ("wounded", 1)}),
        ("All eleven people on board died when the helicopter came down.", {("on_board", 11), ("killed", 11)}),
        ("Both pilots were captured by insurgents after ejecting.", {("captured", 2)}),
        # "the three ... on board" are everyone aboard; "three ... on board" need not be
        ("A monitoring group said the three airmen on board had been killed.", {("killed", 3), ("on_board", 3)}),
        ("Three airmen on board were killed, the monitoring group said.", {("killed", 3)}),
    ],
)
def test_casualty_counts(sentence, expected):
    assert casualties(sentence) == expected


def test_running_totals_are_not_incident_tolls():
    assert casualties("The deaths bring the number of pilots killed since March to at least nine.") == set()


def test_count_value_adds_joined_counts():
    assert count_value("three crew members and two officers") == 5
    assert count_value("twenty-one passengers") == 21


def _toll_mention(article: str, *figures: int) -> "Mention":
    from sitrep.models import Evidence, Mention

    mention = Mention(article_id=article, index=0, role="main")
    for n, value in enumerate(figures):
        mention.add("killed", value, Evidence(text=f"{value} died.", start=n, end=n + 1, attributed_to=None, stance="asserted"))
    return mention


@pytest.mark.parametrize(
    "figures, expected",
    [
        ((4, 6), 6),  # "state TV said four died" ... "six aboard, nobody survived": the update
        ((3, 9), 9),  # "three other passengers were flown to hospital" ... "nine are in hospital": the whole
        ((5, 5, 7), 5),  # the most stated figure still wins
        ((120, 8, 128, 120), 128),  # 120 aboard + 8 on the ground = "128 have now died"
    ],
)
def test_one_articles_figures_keep_the_whole_or_the_update(figures: tuple[int, ...], expected: int) -> None:
    from sitrep.reconcile import summarise

    assert summarise([_toll_mention("a.txt", *figures)])["killed"] == expected


def test_figures_of_different_articles_keep_the_lower_on_a_tie() -> None:
    from sitrep.reconcile import summarise

    assert summarise([_toll_mention("a.txt", 4), _toll_mention("b.txt", 6)])["killed"] == 4
