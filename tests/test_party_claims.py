"""Registration marks as the owner's state, groups' claims told in passing, insurgents downing their state's aircraft.

Invented phrasings (several per rule, with negatives), run through the real parse where the rule needs it.
"""

import pytest
from test_party_units import summaries  # the same harness: parse, then mentions

from sitrep.extract.parties import body_before, country_of, insurgents_at_home, pronoun_owner, registration_country


# --- a civil registration names its state of registry, never an ISO territory -------------------------


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        ("TF-ABC", "Iceland"),
        ("5Y-KQM", "Kenya"),
        ("G-WXYZ", "United Kingdom"),
        ("EC-MNB", "Spain"),
        ("VH-PQR", "Australia"),
        ("9N-AKL", "Nepal"),
    ],
)
def test_registration_mark_gives_state_of_registry(mark: str, expected: str) -> None:
    assert registration_country(mark) == expected
    assert country_of(mark) == expected


@pytest.mark.parametrize("word", ["G-LOC", "KC-130", "AT-802F", "PT-6", "MH-60R", "US-NATO", "F-16"])
def test_designations_and_short_marks_are_no_registration(word: str) -> None:
    assert registration_country(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday 4 May 2025 a Bell 407 helicopter, registration TF-QWE, flying a tourist charter from Akureyri, "
            "struck a ridge in poor visibility. Three people were on board.",
            "Iceland",
        ),
        (
            "A Cessna 208 Caravan registered 5Y-BTX hit trees shortly after take-off on 2 May 2025 and burned. "
            "The pilot was killed.",
            "Kenya",
        ),
        (
            "The Robinson R44 (G-HKLM) came down in a field on 3 May 2025 during a private flight; both occupants "
            "were hurt.",
            "United Kingdom",
        ),
    ],
)
def test_registration_in_the_loss_sentence_names_the_operator(text: str, expected: str) -> None:
    assert summaries(text)["main"][0]["operator_country"] == expected


def test_registration_does_not_override_a_named_operator() -> None:
    text = "A Kenya Air Force Y-12, registered TF-KLM before its sale, crashed on 2 May 2025 near Garissa."
    assert summaries(text)["main"][0]["operator_country"] == "Kenya"


# --- a group's claim told in passing: "it said it had brought down ...", "the group claimed ..." -----------


@pytest.mark.parametrize(
    ("speaker", "before", "expected"),
    [
        ("it", "The Tigray Defense Forces have said so before. The TPLF has made similar boasts.", "TPLF"),
        ("they", "Fighters of Hezbollah were seen in the valley.", "Hezbollah"),
        ("the group", "Al-Shabaab put out a statement on Friday.", "Al-Shabaab"),
    ],
)
def test_bare_pronoun_points_to_the_group_just_named(speaker: str, before: str, expected: str) -> None:
    assert pronoun_owner(speaker, before) == expected


@pytest.mark.parametrize(
    ("speaker", "before"),
    [
        ("it", "The weather was poor over the hills."),  # no group
        ("it", "The BLA attacked a convoy; the Pakistan Army said the attack was repelled."),  # a state's force after
        ("the spokesman", "The BLA put out a statement."),  # no pronoun
    ],
)
def test_pronoun_without_a_lone_group_is_nobody(speaker: str, before: str) -> None:
    assert pronoun_owner(speaker, before) is None


@pytest.mark.parametrize(
    "text",
    [
        "The ELN has boasted of such attacks for years. In March 2022 it said it had shot down a surveillance drone "
        "over Arauca department, which the army never confirmed.",
        "Al-Shabaab often makes such statements. In June 2021 the group claimed it had downed a reconnaissance drone "
        "near Jilib, a loss the army has never acknowledged.",
        "The BLA has issued claims like this before. Last August it said its fighters had brought down a drone over "
        "Kech district, which the military did not acknowledge.",
    ],
)
def test_groups_claim_in_passing_is_a_disputed_loss_of_the_state(text: str) -> None:
    found = summaries(text)
    mention = (found["background"] or found["main"])[0]
    assert mention["cause"] == "disputed"
    assert mention["perpetrator"] and mention["perpetrator"].split()[0] in ("ELN", "Al-Shabaab", "BLA")
    assert mention["operator_country"] in ("Colombia", "Somalia", "Pakistan")


@pytest.mark.parametrize(
    ("shooters", "country", "sentences", "expected"),
    [
        (["BLA (claimed)"], "Pakistan", ["It said it had downed a drone, which the army denied."], True),
        (["ELN"], "Colombia", ["The military never confirmed that the ELN shot down its drone."], True),
        (["Taliban"], "Afghanistan", ["The Taliban said they shot down a helicopter in Helmand."], False),  # no army told
        (["Houthis"], "Yemen", ["The Houthis said they downed a US drone; the US military did not comment."], False),
        (["BLA"], "Iran", ["The BLA said it shot down a drone, which the army denied."], False),  # not its country
    ],
)
def test_insurgents_at_home(shooters: list[str], country: str, sentences: list[str], expected: bool) -> None:
    assert insurgents_at_home(shooters, country, sentences) is expected


# --- a regional brand flown for a mainline carrier is the carrier's country, wherever it lands -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An American Eagle regional jet skidded off the runway at Montreal on 3 May 2025; nobody was hurt.", "United States"),
        ("A United Express Embraer 175 crashed short of the runway in Calgary on 3 May 2025, injuring 12 people.", "United States"),
        ("An Air Canada Express Dash 8 crashed on landing at Boston on 3 May 2025, injuring four passengers.", "Canada"),
    ],
)
def test_regional_brand_names_its_carriers_country(text: str, expected: str) -> None:
    assert summaries(text)["main"][0]["operator_country"] == expected


# --- "their <aircraft>" after a service named without its country: the country the sentence names ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's deadliest military accident came in 2019: three Air Wing officers died when their Y-12 crashed.", "Kenya"),
        ("For Chile the blow was heavy, as two Naval Aviation pilots were killed when their C-212 hit a hill.", "Chile"),
        ("Peru lost more than a plane that day: four Army Aviation crewmen died when their Mi-17 went down.", "Peru"),
    ],
)
def test_their_aircraft_after_a_countryless_service(text: str, expected: str) -> None:
    found = body_before(text[: text.index(" their ")])
    assert found is not None and found[2] == expected


def test_countryless_service_between_two_countries_is_nobody() -> None:
    assert body_before("After talks between Chile and Peru, two Naval Aviation pilots died when") is None
