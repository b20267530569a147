"""Named units as shooters, gangs, country names inside country names, and owners of losses told in passing.

Invented phrasings (several per rule, with negatives), run through the real parse where the rule needs it.
"""

import pytest

from sitrep.evaluate import predicted_values, same
from sitrep.extract.mentions import extract_mentions
from sitrep.extract.parties import claiming_unit, party_name, same_party, state_of
from sitrep.models import Article
from sitrep.nlp import analyze


def summaries(text: str) -> dict[str, list[dict]]:
    article = Article(id="case.txt", raw_text=text, clean_text=text, published="2024-05-10")
    found: dict[str, list[dict]] = {"main": [], "background": []}
    for mention in extract_mentions(article, analyze(text)):
        found[mention.role].append(predicted_values(mention))
    return found


def main_summary(text: str) -> dict:
    return summaries(text)["main"][0]


# --- a numbered unit is named as the shooter, with its state's demonym when the phrase gives it ---------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ukraine's 80th Air Assault Brigade", "Ukrainian 80th Air Assault Brigade"),
        ("the Russian 3rd Motor Rifle Regiment", "Russian 3rd Motor Rifle Regiment"),
        ("the 155th Marine Brigade of Russia", "Russian 155th Marine Brigade"),
        ("The 47th Separate Mechanized Brigade", "47th Separate Mechanized Brigade"),
        ("Israel's 12th Air Defence Battery", "Israeli 12th Air Defence Battery"),
    ],
)
def test_numbered_unit_is_the_party(phrase: str, expected: str) -> None:
    assert party_name(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("A Ukrainian air assault brigade", "Ukraine"),  # no name: the state
        ("Ukrainian forces", "Ukraine"),
        ("a Hezbollah 3rd Brigade", None),  # a group's unit is not a state's
    ],
)
def test_unnamed_unit_or_group_unit_is_not_a_state_unit(phrase: str, expected: str | None) -> None:
    name = party_name(phrase)
    if expected is None:
        assert name is None or state_of(name) is None
    else:
        assert name == expected


def test_a_state_unit_keeps_its_side() -> None:
    assert state_of("Ukrainian 80th Air Assault Brigade") == "Ukraine"
    assert state_of("Russian 3rd Motor Rifle Regiment") == "Russia"
    assert state_of("47th Brigade") is None  # no state named


def test_claiming_unit_joins_its_state() -> None:
    assert claiming_unit({"Ukraine"}, ["The 92nd Assault Brigade", "Ukrainian troops"]) == "Ukrainian 92nd Assault Brigade"
    assert claiming_unit({"Russia"}, ["Russia's 20th Guards Army"]) == "Russian 20th Guards Army"
    assert claiming_unit({"Ukraine"}, ["Russia's 20th Guards Army"]) is None  # another state's unit
    assert claiming_unit({"Ukraine"}, ["the 92nd Assault Brigade", "the 47th Brigade"]) is None  # which one?
    assert claiming_unit({"Hezbollah"}, ["the 92nd Assault Brigade"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's 58th Motorised Brigade said its gunners shot down a Russian Su-34 bomber near Avdiivka in "
        "the Donetsk region on Monday. Moscow did not comment.",
        "A Russian Ka-52 helicopter was downed near Robotyne in Zaporizhzhia on Monday by the Ukrainian 65th "
        "Mechanized Brigade, the brigade said.",
        "Ukrainian troops said they brought down a Russian Su-25 near Marinka in the Donetsk region on Monday. "
        "The 79th Air Assault Brigade said the jet had been hit by a shoulder-fired missile.",
    ],
)
def test_unit_named_as_the_shooter(text: str) -> None:
    found = main_summary(text)["perpetrator"] or ""
    assert any(n in found for n in ("58th", "65th", "79th")), found
    assert state_of(found) == "Ukraine"


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("80th Air Assault Brigade", "Ukrainian 80th Air Assault Brigade", True),
        ("Ukraine", "Ukrainian 80th Air Assault Brigade", True),
        ("80th Air Assault Brigade", "Ukraine", False),  # the gold's unit names no side
        ("Russian 80th Air Assault Brigade", "Ukrainian 80th Air Assault Brigade", False),
        ("80th Air Assault Brigade", "81st Air Assault Brigade", False),
    ],
)
def test_eval_compares_units_fairly(gold: str, predicted: str, expected: bool) -> None:
    assert same("perpetrator", gold, predicted) is expected


# --- gangs and their coalitions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said a helicopter carrying officers came down near Croix-des-Bouquets in Haiti on Monday after "
        "it was hit by gang gunfire. Investigators said the shots came from gangs of the Viv Ansanm coalition.",
        "Gangs of the Viv Ansanm alliance shot down a police helicopter over Port-au-Prince on Monday, Haitian "
        "police said.",
        "Haiti's police said gang members brought down one of their helicopters near Cabaret on Monday. The "
        "Viv Ansanm coalition controls the area.",
    ],
)
def test_gang_coalition_is_the_perpetrator(text: str) -> None:
    found = main_summary(text)["perpetrator"]
    assert same("perpetrator", "Viv Ansanm", found), found


def test_gang_words_name_a_generic_group() -> None:
    assert party_name("gang gunfire") == "gangs"
    assert party_name("bandits of the Viv Ansanm coalition") == "Viv Ansanm coalition"
    assert party_name("gangsters loyal to the G9 federation") == "G9 federation"
    assert party_name("the gang leader's lawyer") is None or state_of(party_name("the gang leader's lawyer") or "") is None


# --- a country name inside another's: South Sudan is not Sudan, Nigeria is not Niger -------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("South Sudanese troops", "South Sudan"),
        ("South Sudan's army", "South Sudan"),
        ("the Equatorial Guinean navy", "Equatorial Guinea"),
        ("Papua New Guinea Defence Force", "Papua New Guinea"),
        ("the Sri Lankan air force", "Sri Lanka"),
        ("Nigerien soldiers", "Niger"),
        ("the Dominican Republic's air force", "Dominican Republic"),
    ],
)
def test_country_of_several_words(phrase: str, expected: str) -> None:
    assert party_name(phrase) == expected


def test_country_inside_a_country_is_another_side() -> None:
    assert not same_party("South Sudanese army", "Sudan")
    assert same_party("South Sudanese army", "South Sudan")
    assert not same_party("Guinea-Bissau's army", "Guinea")
    assert state_of("the Papua New Guinea Defence Force") == "Papua New Guinea"


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Two crew died when an An-26 transport plane hired by the South Sudan People's Defence Forces crashed "
         "on landing at Malakal on Monday, officials said.", "South Sudan"),
        ("A South Sudanese army Mi-17 helicopter crashed near Bor on Monday, killing three soldiers.", "South Sudan"),
        ("An Equatorial Guinean navy helicopter crashed into the sea off Malabo on Monday, the ministry said.",
         "Equatorial Guinea"),
        ("A Papua New Guinea Defence Force Bell 212 crashed near Wewak on Monday, killing two crew.", "Papua New Guinea"),
    ],
)
def test_operator_named_in_several_words(text: str, operator: str) -> None:
    assert main_summary(text)["operator_country"] == operator


def test_denial_of_a_shootdown_keeps_the_operator() -> None:
    text = (
        "Rebels said on Thursday they had shot down a government An-26 cargo plane near Bor in South Sudan on "
        "Tuesday. An SSPDF spokesman rejected the claim, saying the aircraft, which had been hired by the army, "
        "crashed because of an engine failure."
    )
    assert main_summary(text)["operator_country"] == "South Sudan"


# --- the owner of an earlier loss told in passing ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops shot down a Russian Su-34 bomber near Kupiansk in the Kharkiv region on Monday, the "
        "general staff said. Ukrainian forces also said they had shot down a Ka-52 helicopter near Bakhmut in "
        "March 2023.",
        "Ukraine's air defences downed a Russian Su-25 near Avdiivka in the Donetsk region on Monday. Last year "
        "Ukrainian gunners said they shot down an Mi-28 near Kreminna, a claim Moscow never confirmed.",
        "Israeli jets shot down a Syrian MiG-23 near Quneitra on Monday, the army said. In 2014 Israel said it "
        "shot down a Su-24 that had strayed over the Golan Heights.",
    ],
)
def test_earlier_downing_by_the_same_side_hit_the_same_foe(text: str) -> None:
    found = summaries(text)
    main = found["main"][0]
    assert found["background"], "no background mention"
    assert found["background"][0]["operator_country"] == main["operator_country"]
