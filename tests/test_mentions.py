"""Grouping sentences into incident mentions, on articles written for these tests."""

from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article
from sitrep.nlp import analyze
from sitrep.reconcile import summarise


def mentions_of(text, published=None):
    article = Article(id="test.txt", raw_text=text, clean_text=text, published=published)
    return extract_mentions(article, analyze(text))


def summary(mention):
    return summarise([mention])


BORDER_STORY = """Ukrainian Su-25 attack jet shot down near Bakhmut, pilot killed
A Ukrainian Su-25 attack jet was shot down near Bakhmut on Tuesday, the Russian defence ministry said.
The ministry said the aircraft was hit by a Russian S-300 surface-to-air missile, killing the pilot.
Kyiv denied that the jet had been shot down and said it crashed because of a technical fault.
Last month another Su-25 was lost over the Zaporizhzhia region, according to Ukrainian media.
Fighting around the town has killed hundreds of soldiers in recent weeks.
"""


def test_main_and_background_mentions_with_fields():
    mentions = mentions_of(BORDER_STORY, published="2023-03-09")
    assert [m.role for m in mentions] == ["main", "background"]
    main = summary(mentions[0])
    assert main["aircraft"] == {"model": "Su-25", "family": "Su-25", "category": "fighter"}
    assert main["date"] == {"value": "2023-03-07", "precision": "day"}
    assert main["location"]["country"] == "Ukraine"
    assert main["operator"] == "Ukraine"
    assert main["weapon"] == "surface-to-air missile"
    assert main["killed"] == 1
    assert main["cause"] == "disputed"  # asserted by Moscow, denied by Kyiv
    background = summary(mentions[1])
    assert background["date"] == {"value": "2023-02", "precision": "month"}
    assert background["aircraft"]["family"] == "Su-25"


def test_denial_is_kept_with_its_source():
    mention = mentions_of(BORDER_STORY, published="2023-03-09")[0]
    denied = [s for s in mention.fields["cause"] if s.evidence.stance == "denied"]
    assert denied and denied[0].value == "shot_down"
    assert denied[0].evidence.attributed_to == "Kyiv"
    assert "technical fault" in denied[0].evidence.text


def test_ground_fighting_toll_is_not_the_crew():
    mentions = mentions_of(BORDER_STORY, published="2023-03-09")
    assert all(summary(m)["killed"] != 100 for m in mentions)
    assert "killed" not in mentions[1].fields


TWO_AIRCRAFT = """Two helicopters lost in one day
A military helicopter crashed in Kaduna state on Monday, killing all four people on board, officials said.
Hours later another helicopter was shot down by gunmen near Birnin Gwari, police said.
"""


def test_another_aircraft_opens_a_second_main_mention():
    mentions = mentions_of(TWO_AIRCRAFT, published="2022-06-08")
    assert [m.role for m in mentions] == ["main", "main"]
    first, second = summary(mentions[0]), summary(mentions[1])
    assert first["cause"] == "crashed" and first["killed"] == 4 and first["on_board"] == 4
    assert second["cause"] == "shot_down"
    assert first["date"]["value"] == "2022-06-06"


def test_destination_and_speech_places_are_not_the_crash_site():
    text = (
        "A transport plane flying to Juba crashed near Kapoeta on Sunday, a spokesman told reporters in Nairobi.\n"
    )
    mention = mentions_of(text, published="2021-05-04")[0]
    places = {s.value.get("place") or s.value.get("admin1") or s.value["country"] for s in mention.fields["location"]}
    assert "Juba" not in places and "Nairobi" not in places
    assert any("Kapoeta" in str(p) for p in places)


def test_an_article_with_no_loss_gives_no_mention():
    text = (
        "Air force takes delivery of six new Mi-17 helicopters\n"
        "The helicopters were handed over at a ceremony at the capital's airport on Friday.\n"
        "Officials said the aircraft would be used for transport and medical evacuation.\n"
    )
    assert mentions_of(text, published="2024-01-12") == []


def test_every_evidence_span_lies_inside_its_sentence():
    for mention in mentions_of(BORDER_STORY, published="2023-03-09"):
        for statements in mention.fields.values():
            for statement in statements:
                evidence = statement.evidence
                assert 0 <= evidence.start <= evidence.end <= len(BORDER_STORY)
                assert BORDER_STORY[evidence.start : evidence.end] in evidence.text
