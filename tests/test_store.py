import sqlite3

import pytest

from sitrep.link import probe_keys
from sitrep.models import Article, Evidence, Mention
from sitrep.read import content_hash
from sitrep.store import MIGRATIONS, Store

TEXT = "Helicopter lost over the valley\nThe army said its helicopter crashed on Monday, killing two crew."


def article(article_id: str = "valley.txt", text: str = TEXT) -> Article:
    return Article(
        id=article_id, raw_text=text, clean_text=text, content_hash=content_hash(text), title=text.split("\n")[0],
        offset_map=[(0, 0, len(text))], removed_lines=["Advertisement"], url="https://news.example/valley",
        outlet="news.example", origin=f"in/{article_id}",
    )  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as opened:
        yield opened


def test_wal_mode_and_foreign_keys_are_on(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_schema_version_is_the_number_of_migrations(store):
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 1
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "mentions", "incidents", "incident_events", "runs", "skipped", "outlet_lines"} <= tables


def test_reopening_migrates_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "again.db"
    with Store(path) as first:
        with first.transaction():
            first.insert_article(article(), relevant=True, note=None)
    for _ in range(2):
        with Store(path) as again:  # must not fail with "table already exists"
            assert again.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
            assert again.count("articles") == 1
            again.migrate()  # explicit second call is a no-op too
            assert again.count("articles") == 1


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError, match="disk on fire"):
        with store.transaction():
            store.insert_article(article(), relevant=True, note=None)
            store.save_incident("inc-0000000001", {"status": "claimed"})
            store.record_event("inc-0000000001", "created")
            raise RuntimeError("disk on fire")
    assert store.count("articles") == 0
    assert store.count("incidents") == 0
    assert store.db.execute("SELECT COUNT(*) FROM incident_events").fetchone()[0] == 0
    with store.transaction():  # the connection is usable again
        store.insert_article(article(), relevant=True, note=None)
    assert store.count("articles") == 1


def test_failed_insert_rolls_back_the_whole_transaction(store):
    with store.transaction():
        store.insert_article(article("one.txt"), relevant=True, note=None)
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.insert_article(article("two.txt", TEXT + " Updated."), relevant=True, note=None)
            store.insert_article(article("one.txt"), relevant=True, note=None)  # primary key clash
    assert [a["id"] for a in store.articles()] == ["one.txt"]


def test_article_state(store):
    text = TEXT
    assert store.article_state("valley.txt", content_hash(text)) == "new"
    with store.transaction():
        store.insert_article(article("valley.txt", text), relevant=False, note="no aircraft loss reported")
    assert store.article_state("valley.txt", content_hash(text)) == "same"
    assert store.article_state("valley.txt", content_hash("  " + text.upper())) == "same"
    assert store.article_state("valley.txt", content_hash(text + " Three were injured.")) == "changed"
    assert store.article_state("copy/valley.txt", content_hash(text)) == "duplicate"
    assert store.duplicate_of(content_hash(text)) == "valley.txt"
    assert store.duplicate_of(content_hash("something else")) is None
    assert store.article_state("other.txt", content_hash("A different story.")) == "new"


def test_article_roundtrip(store):
    with store.transaction():
        store.insert_article(article(), relevant=True, note=None)
    row = store.article("valley.txt")
    assert row["clean_text"] == TEXT and row["url"] == "https://news.example/valley" and row["relevant"] == 1
    assert row["offset_map"] == f"[[0, 0, {len(TEXT)}]]"
    assert store.article("nope.txt") is None
    assert store.article_meta(["valley.txt", "nope.txt"]) == {
        "valley.txt": {"id": "valley.txt", "url": "https://news.example/valley", "outlet": "news.example",
                       "title": "Helicopter lost over the valley", "published": None},
    }  # fmt: skip
    assert store.article_meta([]) == {}


def test_skipped_lists_skips_in_order_and_per_run(store):
    first = store.start_run()
    store.add_skip(first, "in/empty.txt", "empty file")
    store.add_skip(first, "in/feed.jsonl:3", "broken JSON line: Expecting value at column 1")
    store.finish_run(first, {"read": 5})
    second = store.start_run()
    store.add_skip(second, "in/noise.txt", "binary file, not text")
    rows = store.skipped()
    assert [(r["run_id"], r["origin"], r["reason"]) for r in rows] == [
        (first, "in/empty.txt", "empty file"),
        (first, "in/feed.jsonl:3", "broken JSON line: Expecting value at column 1"),
        (second, "in/noise.txt", "binary file, not text"),
    ]
    assert all(r["at"] for r in rows)
    assert [r["origin"] for r in store.skipped(second)] == ["in/noise.txt"]
    assert store.count("skipped") == 3 and store.count("runs") == 2
    summary, finished = store.db.execute("SELECT summary, finished_at FROM runs WHERE id = ?", (first,)).fetchone()
    assert summary == '{"read": 5}' and finished


def test_incidents_sorted_by_date_then_id(store):
    with store.transaction():
        store.save_incident("inc-c", {"status": "claimed", "date": {"value": "2023-03-12", "precision": "day"}})
        store.save_incident("inc-a", {"status": "claimed", "date": {"value": "2016-08-01", "precision": "day"}})
        store.save_incident("inc-b", {"status": "confirmed", "date": {"value": "2020-11", "precision": "month"}})
        store.save_incident("inc-d", {"status": "claimed", "date": {"value": "2016-08-01", "precision": "day"}})
        store.save_incident("inc-e", {"status": "claimed", "date": None})
    found = store.incidents()
    assert [i["id"] for i in found] == ["inc-e", "inc-a", "inc-d", "inc-b", "inc-c"]
    assert found[1] == {"id": "inc-a", "status": "claimed", "date": {"value": "2016-08-01", "precision": "day"}}


def test_save_incident_updates_in_place(store):
    with store.transaction():
        store.save_incident("inc-1", {"status": "claimed", "killed": 2})
        store.save_incident("inc-1", {"status": "confirmed", "killed": 3})
    assert store.count("incidents") == 1
    assert store.incident("inc-1") == {"id": "inc-1", "status": "confirmed", "killed": 3}
    assert store.db.execute("SELECT status FROM incidents").fetchone()[0] == "confirmed"
    assert store.incident("inc-404") is None


def test_merged_incident_points_to_its_successor(store):
    with store.transaction():
        store.save_incident("inc-old", {"status": "claimed"})
        store.save_incident("inc-new", {"status": "claimed"})
        store.delete_incident("inc-old", successor="inc-new")
    assert store.incident("inc-old") is None
    assert store.successor("inc-old") == "inc-new"
    assert store.successor("inc-new") is None
    with store.transaction():
        store.save_incident("inc-newest", {"status": "claimed"})
        store.delete_incident("inc-new", successor="inc-newest")
    assert store.successor("inc-old") == "inc-newest"  # chains of merges are followed


SENTENCE = TEXT.split("\n")[1]
CRASHED = TEXT.index("crashed")


def mention(article_id: str, index: int = 0) -> Mention:
    m = Mention(article_id=article_id, index=index, role="main")
    m.add("cause", "crashed", Evidence(SENTENCE, CRASHED, CRASHED + len("crashed")))
    m.add("killed", 2, Evidence(SENTENCE, TEXT.index("two crew"), TEXT.index("two crew") + 3))
    return m


def test_mentions_roundtrip_and_delete_article(store):
    with store.transaction():
        store.insert_article(article("a.txt"), relevant=True, note=None)
        store.insert_article(article("b.txt", TEXT + " A second crew member later died."), relevant=True, note=None)
        store.insert_mention(mention("a.txt"), {"category": "helicopter", "date_lo": "2024-01-01", "date_hi": "2024-01-01"}, "inc-x")
        store.insert_mention(mention("b.txt"), {"category": "helicopter"}, "inc-x")
    loaded = store.incident_mentions("inc-x")
    assert [m.id for m in loaded] == ["a.txt#0", "b.txt#0"]
    assert loaded[0].fields["killed"][0].value == 2
    assert loaded[0].fields["cause"][0].evidence == Evidence(SENTENCE, CRASHED, CRASHED + 7, "the outlet", "asserted")
    assert store.incident_article_ids("inc-x") == {"a.txt", "b.txt"}
    with store.transaction():
        assert store.delete_article("a.txt") == ["inc-x"]
    assert [m.id for m in store.incident_mentions("inc-x")] == ["b.txt#0"]
    assert store.article("a.txt") is None


def test_candidate_profiles_block_on_category_and_date(store):
    with store.transaction():
        store.insert_article(article("a.txt"), relevant=True, note=None)
        for index, (category, lo, hi) in enumerate([
            ("helicopter", "2024-01-01", "2024-01-07"), ("fighter", "2024-01-02", "2024-01-04"),
            ("helicopter", "2023-05-01", "2023-05-03"), ("aircraft", None, None),
        ]):  # fmt: skip
            profile = {"category": category, "date_lo": lo, "date_hi": hi, "mention_id": f"a.txt#{index}"}
            store.insert_mention(mention("a.txt", index), profile, f"inc-{index}")
    query = {"category": "helicopter", "date_lo": "2024-01-03", "date_hi": "2024-01-05"}
    assert [c["incident_id"] for c in store.candidate_profiles(probe_keys(query))] == ["inc-0"]
    undated = {"category": "aircraft"}
    assert [c["incident_id"] for c in store.candidate_profiles(probe_keys(undated))] == ["inc-3"]
    with store.transaction():
        store.delete_article("a.txt")
    assert store.db.execute("SELECT COUNT(*) FROM mention_keys").fetchone()[0] == 0


def test_outlet_repeats_count_distinct_titles(store):
    with store.transaction():
        store.add_outlet_lines("courier.example", "title one", {"k-footer", "k-a"})
        store.add_outlet_lines("courier.example", "title two", {"k-footer"})
        store.add_outlet_lines("courier.example", "title two", {"k-footer"})  # same story again
        store.add_outlet_lines("courier.example", "title three", {"k-footer", "k-a"})
        store.add_outlet_lines("other.example", "title four", {"k-a"})
    assert store.outlet_repeats("courier.example") == {"k-footer"}
    assert store.outlet_repeats("courier.example", min_articles=2) == {"k-footer", "k-a"}
    assert store.outlet_repeats("nobody.example") == set()


# --- through the ingest pipeline (needs the extractors) -----------------------------------------


def test_ingest_lands_articles_and_records_skips(ingested):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    db, summary = ingested
    with Store(db) as store:
        ids = {a["id"] for a in store.articles()}
        assert {"sudan/helicopter_courier.txt", "sudan/helicopter_wire.txt", "australia/light_aircraft_crash.txt",
                "council-budget"} <= ids  # fmt: skip
        skipped = {r["origin"].rsplit("inbox/", 1)[-1]: r["reason"] for r in store.skipped()}
        assert skipped["empty.txt"] == "empty file"
        assert "binary" in skipped["binary.txt"]
        assert "invalid UTF-8" in skipped["garbled.txt"]
        assert "broken JSON line" in skipped["feed.jsonl:2"]
        assert store.count("incidents") >= 2
        assert summary.new_articles == len(ids)
        courier = store.article("sudan/helicopter_courier.txt")
        assert courier["title"] == "Army helicopter shot down over Darfur, four crew killed"
        assert "Advertisement" not in courier["clean_text"]
        assert courier["relevant"] == 1
        assert store.article("council-budget")["relevant"] == 0


def test_reingest_changed_and_duplicate_articles(tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    from sitrep.pipeline import ingest

    from conftest import CORPUS

    crash = CORPUS["australia/light_aircraft_crash.txt"]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crash.txt").write_text(crash)
    with Store(tmp_path / "s.db") as store:
        first = ingest([tmp_path / "in"], store)
        assert first.new_articles == 1
        incidents = store.count("incidents")
        again = ingest([tmp_path / "in"], store)
        assert (again.new_articles, again.unchanged, store.count("incidents")) == (0, 1, incidents)
        (tmp_path / "in" / "crash.txt").write_text(crash.replace("twenty minutes", "half an hour"))
        changed = ingest([tmp_path / "in"], store)
        assert (changed.new_articles, changed.updated_articles) == (0, 1)
        assert "half an hour" in store.article("crash.txt")["raw_text"]
        (tmp_path / "in" / "copy.txt").write_text(crash.replace("twenty minutes", "half an hour").upper())
        dup = ingest([tmp_path / "in"], store)
        assert dup.new_articles == 0 and store.article("copy.txt") is None
        assert any("same text as article 'crash.txt'" in s.reason for s in dup.skipped)
        assert store.count("incidents") == incidents


def test_same_text_twice_in_one_batch_is_a_duplicate(tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    from sitrep.pipeline import ingest

    from conftest import CORPUS

    for folder, name in (("a", "crash.txt"), ("b", "crash_copy.txt")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / name).write_text(CORPUS["australia/light_aircraft_crash.txt"])
    with Store(tmp_path / "s.db") as store:
        summary = ingest([tmp_path / "in"], store)
        assert summary.new_articles == 1
        assert [a["id"] for a in store.articles()] == ["a/crash.txt"]
        assert any("same text as article 'a/crash.txt'" in s.reason for s in summary.skipped)


def test_repeated_id_in_one_batch_does_not_abort_the_ingest(tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    import json

    from sitrep.pipeline import ingest

    from conftest import CORPUS

    crash = CORPUS["australia/light_aircraft_crash.txt"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "crash-1", "text": crash}) + "\n"
                    + json.dumps({"id": "crash-1", "text": crash + "The pilot has been named."}) + "\n")  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        summary = ingest([feed], store)
        assert store.count("articles") == 1
        assert summary.read == 2
