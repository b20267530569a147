"""The five seed articles end to end: the acceptance check of the foundation issue.

The seed texts live beside the project (../shared/seeds) and are read here, never copied.
"""

import json
from pathlib import Path

import pytest

from sitrep.evaluate import evaluate, load_gold
from sitrep.pipeline import ingest
from sitrep.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("seeds") / "sitrep.db")
    summary = ingest([SEEDS], store)
    yield store, summary, json.loads((SEEDS / "gold.json").read_text())
    store.close()


def articles_of(store, incident_id):
    return store.incident_article_ids(incident_id)


def test_eight_incidents_and_only_the_armenia_reports_merge(seeded):
    store, summary, gold = seeded
    assert summary.new_articles == 5 and not summary.skipped
    incidents = store.incidents()
    assert len(incidents) == gold["incidents_expected"]["distinct_incidents"] == 8
    shared = [sorted(articles_of(store, i["id"])) for i in incidents if len(articles_of(store, i["id"])) > 1]
    assert shared == [["002_e116d4544822caf4.txt", "003_c999dd41f73cb437.txt"]]


def test_main_incidents_carry_the_gold_fields(seeded):
    store, _, gold = seeded
    incidents = store.incidents()
    for article_id, article in gold["articles"].items():
        for expected in (i for i in article["incidents"] if i["role"] == "main"):
            candidates = [i for i in incidents if article_id in articles_of(store, i["id"])]
            matches = [
                i for i in candidates
                if (i["aircraft"] or {}).get("model") == expected["aircraft_model"]
                and i["cause"] == expected["cause"]
                and (i["location"] or {}).get("country") == expected["location_country"]
                and i["killed"] == expected["killed"]
                and i["wounded"] == expected["wounded"]
            ]  # fmt: skip
            assert matches, f"{article_id}: no incident matches {expected['incident_key']}"


def test_no_gold_boilerplate_line_is_left(seeded):
    store, _, gold = seeded
    for article_id, article in gold["articles"].items():
        lines = store.article(article_id)["clean_text"].splitlines()
        for start in article.get("boilerplate_lines_start_with", []):
            assert not any(line.startswith(start) for line in lines), (article_id, start)


def test_contradictions_stay_visible(seeded):
    store, _, _ = seeded
    by_article = {}
    for incident in store.incidents():
        for article_id in articles_of(store, incident["id"]):
            by_article.setdefault(article_id, []).append(incident)
    crash = next(i for i in by_article["000_c80f0209f0d85d2d.txt"] if (i["aircraft"] or {}).get("model") == "Mi-28N")
    denials = [s for s in crash["values"]["cause"] if s["value"] == "shot_down"]
    assert denials and all(src["stance"] == "denied" for src in denials[0]["sources"])
    idlib = next(i for i in by_article["001_cbc346578c6db425.txt"] if (i["aircraft"] or {}).get("model") == "Mi-8")
    assert idlib["location"]["admin1"] == "Idlib"
    assert any(c["field"] == "location" and {"Aleppo", "Idlib"} <= set(c["values"]) for c in idlib["conflicts"])
    rumour = next(i for i in by_article["004_9d1b0c38ef282b87.txt"] if i["aircraft"]["category"] == "fighter")
    assert rumour["status"] == "unconfirmed" and rumour["cause"] == "disputed"


def test_reingesting_changes_nothing(seeded):
    store, _, _ = seeded
    before = [(i["id"], i["status"]) for i in store.incidents()]
    again = ingest([SEEDS], store)
    assert again.new_articles == 0 and again.unchanged == 5 and not again.created
    assert [(i["id"], i["status"]) for i in store.incidents()] == before


def test_eval_on_the_seeds():
    report = evaluate(load_gold(SEEDS / "gold.json"), [SEEDS])
    assert report["incidents"] == {"predicted": 8, "gold": 8}
    assert report["grouping"]["articles"]["b_cubed"]["f1"] == 1.0
    assert report["relevance"]["f1"] == 1.0
    assert report["fields"]["main"]["aircraft_model"]["f1"] == 1.0
    assert report["fields"]["main"]["cause"]["f1"] == 1.0
    assert report["boilerplate"]["left_in_clean_text"] == 0


def test_gold_as_jsonl_scores_the_same(tmp_path):
    gold = load_gold(SEEDS / "gold.json")
    lines = [json.dumps({"id": article_id, **article}) for article_id, article in gold["articles"].items()]
    jsonl = tmp_path / "gold.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    as_jsonl = load_gold(jsonl)
    assert set(as_jsonl["articles"]) == set(gold["articles"])
    report = evaluate(as_jsonl, [SEEDS])
    assert report["grouping"]["articles"]["b_cubed"]["f1"] == 1.0
    assert report["fields"]["main"]["cause"]["f1"] == 1.0
