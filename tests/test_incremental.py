"""Incremental linking: batches in two halves, merges when a report bridges two incidents, splits
when an article that held an incident together changes."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitrep.models import Article, Evidence, Mention
from sitrep.pipeline import IngestSummary, Processed, ingest, store_processed
from sitrep.read import content_hash
from sitrep.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def partition(store: Store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in store.db.execute("SELECT id, incident_id FROM mentions"):
        groups.setdefault(row["incident_id"], set()).add(row["id"])
    return {frozenset(g) for g in groups.values()}


def records_without_ids(store: Store) -> list[str]:
    import json

    return sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True) for r in store.incidents())


def test_two_halves_give_the_same_incidents_as_one_batch(tmp_path):
    files = sorted(p for p in SAMPLES.rglob("*") if p.is_file())
    halves = files[: len(files) // 2], files[len(files) // 2 :]
    folders = []
    for number, half in enumerate(halves):
        folder = tmp_path / f"half{number}"
        for path in half:
            target = folder / path.relative_to(SAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        folders.append(folder)
    with Store(tmp_path / "once.db") as once:
        ingest([SAMPLES], once)
        expected_partition, expected_records = partition(once), records_without_ids(once)
    with Store(tmp_path / "halves.db") as halves_store:
        ingest([folders[0]], halves_store)
        first_ids = {r["id"] for r in halves_store.incidents()}
        ingest([folders[1]], halves_store)
        assert partition(halves_store) == expected_partition
        assert records_without_ids(halves_store) == expected_records
        live = {r["id"] for r in halves_store.incidents()}
        for incident_id in first_ids:  # every first-half id is still there, or points to where it went
            assert incident_id in live or halves_store.successor(incident_id) in live


JET = "An Su-25 attack jet was lost with its pilot."
PLACE = "A warplane was downed near Kherson, officials said."


def report(article_id: str, text: str, **facts) -> Processed:
    """An article with one main mention stating `facts` (the extractors are not involved)."""
    article = Article(id=article_id, raw_text=text, clean_text=text, content_hash=content_hash(text + str(facts)))
    mention = Mention(article_id=article_id, index=0, role="main", sentences=[(0, len(text))])
    for name, value in facts.items():
        mention.add(name, value, Evidence(text, 0, 5))
    return Processed(article, [mention])


SU25 = {"model": "Su-25", "family": "Su-25", "category": "fighter"}
MARCH_1 = {"value": "2022-03-01", "precision": "day"}
UKRAINE = {"country": "Ukraine", "admin1": "Kherson", "place": None, "lat": 46.6, "lon": 32.6, "precision": "admin1"}


def events(store: Store) -> list[tuple[str, str, str | None]]:
    rows = store.db.execute("SELECT incident_id, event, other_id FROM incident_events ORDER BY id")
    return [(r["incident_id"], r["event"], r["other_id"]) for r in rows]


def add(store: Store, processed: Processed, state: str = "new") -> IngestSummary:
    summary = IngestSummary()
    store_processed(processed, state, store, summary)
    return summary


def test_a_bridging_report_merges_incidents_and_a_changed_one_splits_them(tmp_path):
    with Store(tmp_path / "s.db") as store:
        # Two thin reports of the same day: one names the jet, the other the place and cause.
        add(store, report("jet.txt", JET, aircraft=SU25, date=MARCH_1))
        add(store, report("place.txt", PLACE, aircraft={"model": None, "family": None, "category": "fighter"},
                          date=MARCH_1, location=UKRAINE, cause="shot_down"))  # fmt: skip
        (older,), (younger,) = (store.incident_profiles(i) for i in sorted(
            {r["id"] for r in store.incidents()}, key=store.incident_age))  # fmt: skip
        older_id, younger_id = older["incident_id"], younger["incident_id"]
        assert older_id != younger_id

        summary = add(store, report("full.txt", JET + " " + PLACE, aircraft=SU25, date=MARCH_1, location=UKRAINE, cause="shot_down"))
        assert summary.merged == {younger_id}
        assert [r["id"] for r in store.incidents()] == [older_id]
        assert store.successor(younger_id) == older_id
        assert (younger_id, "merged_into", older_id) in events(store)
        assert (older_id, "absorbed", younger_id) in events(store)
        assert len(store.incident(older_id)["mention_ids"]) == 3

        # The bridging article is corrected: now it tells of a helicopter a week later.
        changed = report("full.txt", "A Mi-8 helicopter crashed a week later.", aircraft={"model": "Mi-8", "family": "Mi-8", "category": "helicopter"},
                         date={"value": "2022-03-08", "precision": "day"})  # fmt: skip
        add(store, changed, state="changed")
        ids = sorted(r["id"] for r in store.incidents())
        assert len(ids) == 3
        assert older_id in ids  # the part holding the oldest mention keeps its id
        split_off = [e for e in events(store) if e[1] == "split_into"]
        assert [(e[0]) for e in split_off] == [older_id]
        assert store.incident(split_off[0][2])["mention_ids"] == ["place.txt#0"]
