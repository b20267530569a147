"""Shared fixtures: a small corpus written for these tests, a hand-built store and an ingested one.

The ingested store needs the whole extraction pipeline (spaCy, aircraft, gazetteer); it is built once
per session so the spaCy model loads once. The hand-built store needs none of it, so the export and
CLI tests that only read a store run even before the extractors exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Property tests (tests/test_properties.py): no deadline on a slow or busy machine, and a failure prints
# the blob that replays it (@reproduce_failure). Each test sets its own max_examples.
settings.register_profile("ci", deadline=None, print_blob=True)
settings.load_profile("ci")

# Two outlets report one helicopter shoot-down; a third article is an unrelated light-aircraft crash.
CORPUS = {
    "sudan/helicopter_courier.txt": """\
Army helicopter shot down over Darfur, four crew killed
By Sara Malik, Africa Correspondent
Published 14 March 2023
Share this article
A Sudanese army Mi-17 helicopter was shot down by a surface-to-air missile near El Fasher in North Darfur on 12 March 2023, killing all four crew members, the army said.
Advertisement
The helicopter had been carrying supplies to a besieged garrison when it was hit shortly after take-off, according to an army statement.
Help arrived hours later, when a ground patrol reached the burning wreckage.
Read more: Fighting Spreads Across Western Sudan as Talks Stall
Residents said they saw a trail of smoke rise from the ground before the aircraft fell.
Your support helps us keep our reporters in the field. Please subscribe today.
""",
    "sudan/helicopter_wire.txt": """\
Sudan says rebels downed military helicopter near El Fasher
The Sudanese army said on Tuesday that rebel fighters shot down one of its Mi-17 helicopters near El Fasher in North Darfur on 12 March 2023.
Four crew members were killed, a military spokesman told reporters in Khartoum.
"We will answer this attack," the spokesman said.
Sign up for our newsletter and get the top stories in your inbox every morning.
The rebel group did not immediately comment on the claim.
""",
    "australia/light_aircraft_crash.txt": """\
Pilot killed as light aircraft crashes near Toowoomba
A light aircraft crashed into a paddock near Toowoomba in Queensland on 2 June 2022, killing the pilot, police said.
The Cessna 172 had taken off from a nearby airfield about twenty minutes before the crash.
Investigators from the transport safety bureau are expected to examine the wreckage on Friday.
""",
}
UNRELATED_JSONL_LINE = (
    '{"id": "council-budget", "title": "Council approves budget", "url": "https://www.towncrier.example/budget", '
    '"text": "Council approves budget\\nThe town council approved its annual budget on Monday after a long debate '
    'about road repairs and library opening hours."}'
)
BAD_INPUTS = {
    "inbox/empty.txt": b"",
    "inbox/binary.txt": bytes(range(256)) * 8,
    "inbox/garbled.txt": bytes(range(128, 256)) * 4,  # no character set reads it (Latin-1 text is read)
    "inbox/feed.jsonl": (UNRELATED_JSONL_LINE + "\n" + '{"id": "half-written", "text": "The helicopter\n').encode(),
}


def write_corpus(folder: Path, bad: bool = True) -> Path:
    for name, text in CORPUS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in (BAD_INPUTS.items() if bad else ()):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def require_pipeline() -> None:
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold.json").is_file():
        pytest.skip(f"seed articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def ingested(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """(db path, ingest summary) for the corpus with its bad inputs, ingested once."""
    require_pipeline()
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    db = tmp_path_factory.mktemp("ingested") / "sitrep.db"
    with Store(db) as store:
        summary = ingest([corpus_dir], store)
    return db, summary


# A store filled by hand (no extractors needed): two incidents, one with two sources that disagree on
# the toll and known coordinates, one with no location; one recorded skip; one merged-away incident id.
MANUAL_ARTICLES = {
    "courier.txt": ("https://www.valleycourier.example/world/helicopter", CORPUS["sudan/helicopter_courier.txt"]),
    "wire.txt": ("https://wire.example/sudan-helicopter", CORPUS["sudan/helicopter_wire.txt"].replace("Four", "Five")),
    "crash.txt": (None, CORPUS["australia/light_aircraft_crash.txt"]),
}
MI17 = {"model": "Mi-17", "family": "Mi-8", "category": "helicopter", "nato_name": "Hip"}
FASHER = {"country": "Sudan", "admin1": "North Darfur", "place": "El Fasher", "lat": 13.63, "lon": 25.35, "precision": "place"}
DAY = {"value": "2023-03-12", "precision": "day"}
MANUAL_MENTIONS = {  # incident -> article -> field -> [(value, words that state it, stance)]
    "helicopter": {
        "courier.txt": {
            "aircraft": [(MI17, "Mi-17", "asserted")], "date": [(DAY, "12 March 2023", "asserted")],
            "location": [(FASHER, "El Fasher", "asserted")], "cause": [("shot_down", "shot down", "asserted")],
            "weapon": [("surface-to-air missile", "surface-to-air missile", "asserted")],
            "operator": [("Sudan", "Sudanese", "asserted")], "killed": [(4, "all four crew members", "asserted")],
        },
        "wire.txt": {
            "aircraft": [(MI17, "Mi-17", "asserted")], "date": [(DAY, "12 March 2023", "asserted")],
            "location": [(FASHER, "El Fasher", "asserted")], "cause": [("shot_down", "shot down", "claimed")],
            "killed": [(5, "Five crew members", "asserted")],
        },
    },
    "crash": {
        "crash.txt": {
            "aircraft": [({"model": "Cessna 172", "family": "Cessna 172", "category": "light"}, "Cessna 172", "asserted")],
            "date": [({"value": "2022-06-02", "precision": "day"}, "2 June 2022", "asserted")],
            "cause": [("crashed", "crashed", "asserted")], "killed": [(1, "killing the pilot", "asserted")],
        },
    },
}


@pytest.fixture(scope="session")
def manual_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sitrep.clean import clean
    from sitrep.link import incident_id_for
    from sitrep.models import Evidence, Mention
    from sitrep.pipeline import refresh_incident
    from sitrep.read import from_text
    from sitrep.store import Store

    db = tmp_path_factory.mktemp("manual") / "manual.db"
    with Store(db) as store:
        run = store.start_run()
        store.add_skip(run, "inbox/empty.txt", "empty file")
        store.finish_run(run, {"read": 1})
        articles = {}
        with store.transaction():
            for article_id, (url, raw) in MANUAL_ARTICLES.items():
                article = from_text(raw, article_id=article_id, origin=article_id, url=url)
                result = clean(article.raw_text)
                article.clean_text, article.offset_map, article.title = result.text, result.offset_map, result.headline
                store.insert_article(article, relevant=True, note=None)
                articles[article_id] = article
            for key, by_article in MANUAL_MENTIONS.items():
                incident_id = None
                for article_id, fields in by_article.items():
                    text = articles[article_id].clean_text
                    mention = Mention(article_id=article_id, index=0, role="main")
                    incident_id = incident_id or incident_id_for(mention.id)
                    for field, statements in fields.items():
                        for value, words, stance in statements:
                            start = text.index(words)
                            line_start = text.rfind("\n", 0, start) + 1
                            line_end = text.find("\n", start)
                            line_end = len(text) if line_end < 0 else line_end
                            sentence = text[line_start:line_end]
                            mention.add(field, value, Evidence(sentence, start, start + len(words), stance=stance))
                            if (line_start, line_end) not in mention.sentences:
                                mention.sentences.append((line_start, line_end))
                    date = mention.best("date")
                    store.insert_mention(
                        mention, {"category": mention.best("aircraft")["category"], "date_lo": date["value"],
                                  "date_hi": date["value"]}, incident_id,
                    )  # fmt: skip
                store.record_event(incident_id, "created")
                refresh_incident(store, incident_id)
            store.record_event("inc-00000000aa", "merged_into", incident_id_for("courier.txt#0"))
    return db
