"""Crash safety: an ingest killed with SIGKILL in the middle of a batch leaves a consistent store,
a rerun ends exactly where one uninterrupted ingest ends, and ingesting the batch again changes nothing.

The batch is the bundled sample plus articles from bench/generate_corpus.py (perturbed copies of the
sample's loss reports mixed with other news). The killed ingest is a `sitrep ingest` subprocess; the
test polls the store through a read-only connection and kills it once part of the batch has landed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from conftest import require_pipeline
from sitrep.export import incident_records, to_bytes
from sitrep.pipeline import ingest
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
GENERATED = 40
SITREP = [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main())"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_pipeline()
    folder = tmp_path_factory.mktemp("batch")
    shutil.copytree(ROOT / "samples" / "articles", folder, dirs_exist_ok=True)
    generator = [sys.executable, str(ROOT / "bench" / "generate_corpus.py"), "-n", str(GENERATED), "--loss-share", "0.5"]
    subprocess.run([*generator, "-o", str(folder / "generated.jsonl")], check=True)
    return folder


@pytest.fixture(scope="module")
def reference(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What one uninterrupted ingest of the batch into a fresh store holds."""
    with Store(tmp_path_factory.mktemp("reference") / "once.db") as store:
        summary = ingest([batch], store)
        assert store.check_consistency() == []
        return snapshot(store) | {"new_articles": summary.new_articles}


def snapshot(store: Store) -> dict[str, Any]:
    """Articles, mentions by article and position, the partition into incidents, and the exported
    records without the event times."""
    articles = {
        row["id"]: (row["content_hash"], row["clean_text"], row["relevant"], row["note"])
        for row in store.db.execute("SELECT id, content_hash, clean_text, relevant, note FROM articles")
    }
    mentions = {row["id"]: row["data"] for row in store.db.execute("SELECT id, data FROM mentions")}
    groups: dict[str, set[str]] = {}
    for row in store.db.execute("SELECT id, incident_id FROM mentions"):
        groups.setdefault(row["incident_id"], set()).add(row["id"])
    records = []
    for record in incident_records(store):
        record["history"] = [{k: v for k, v in event.items() if k != "at"} for event in record["history"]]
        records.append(json.dumps(record, sort_keys=True))
    return {"articles": articles, "mentions": mentions, "partition": {frozenset(g) for g in groups.values()}, "records": records}


def count_events(store: Store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM incident_events").fetchone()[0]


def landed(db: Path) -> int:
    """Articles committed so far, read without taking any lock the writer needs."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the file or its tables do not exist yet
        return 0


def kill_midway(batch: Path, db: Path, target: int, total: int, workers: int) -> int:
    """Start `sitrep ingest`, SIGKILL it once `target` articles have landed; returns how many had."""
    command = [*SITREP, "ingest", str(batch), "--db", str(db), "--workers", str(workers)]
    log = db.with_suffix(".log")
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while (count := landed(db)) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        try:  # the pool's worker processes, if the kill left any behind
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert process.returncode == -signal.SIGKILL, f"ingest ended before the kill point: {log.read_text()}"
    assert 1 <= count < total
    return landed(db)


@pytest.mark.parametrize(
    ("fraction", "workers"), [(0.1, 1), (0.5, 2), (0.8, 1)], ids=["early", "middle-2-workers", "late"]
)
def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(batch, reference, tmp_path, fraction, workers):
    db = tmp_path / "killed.db"
    total = reference["new_articles"]
    count = kill_midway(batch, db, max(1, round(total * fraction)), total, workers)

    with Store(db) as store:
        assert store.check_consistency() == []
        (interrupted,) = store.unfinished_runs()
        killed = snapshot(store)
        assert len(killed["articles"]) == count
        # What landed is what the uninterrupted ingest stored for the same articles, whole.
        assert killed["articles"].items() <= reference["articles"].items()
        expected_mentions = {m: d for m, d in reference["mentions"].items() if m.rsplit("#", 1)[0] in killed["articles"]}
        assert killed["mentions"] == expected_mentions

        rerun = ingest([batch], store)
        assert (rerun.unchanged, rerun.new_articles, rerun.updated_articles) == (count, total - count, 0)
        assert store.check_consistency() == []
        assert store.unfinished_runs() == [interrupted]  # the interrupted run stays visible
        assert snapshot(store) == {k: v for k, v in reference.items() if k != "new_articles"}
        ids = [row[0] for row in store.db.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == total

        exported, events = to_bytes(incident_records(store), "jsonl"), count_events(store)
        again = ingest([batch], store)
        assert (again.new_articles, again.updated_articles, again.mentions) == (0, 0, 0)
        assert again.unchanged + len(again.skipped) == again.read and again.unchanged == total
        assert not (again.created or again.updated or again.merged)
        assert to_bytes(incident_records(store), "jsonl") == exported
        assert count_events(store) == events
        assert store.unfinished_runs() == [interrupted]


# --- what check_consistency and `sitrep verify` find in a damaged store ---------------------------------


def damaged(manual_db: Path, tmp_path: Path, sql: str) -> Path:
    """A copy of the hand-built store with `sql` applied behind the store's back (no foreign keys)."""
    db = tmp_path / "damaged.db"
    with closing(sqlite3.connect(manual_db)) as source, closing(sqlite3.connect(db)) as target:
        source.backup(target)
        target.executescript(sql)
    return db


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("DELETE FROM mentions WHERE id = 'crash.txt#0'", "article crash.txt is stored as relevant with 0 mentions"),
        ("DELETE FROM mentions WHERE id = 'crash.txt#0'", "mention_keys rows point to missing mentions rows"),
        ("DELETE FROM articles WHERE id = 'crash.txt'", "1 mentions rows point to missing articles rows"),
        ("UPDATE mentions SET incident_id = 'inc-00000000aa' WHERE id = 'wire.txt#0'", "which is not live (merged into inc-"),
        ("UPDATE mentions SET incident_id = 'inc-00000000aa' WHERE id = 'wire.txt#0'", "record was not reconciled over"),
        ("DELETE FROM mention_keys WHERE mention_id = 'wire.txt#0'", "wire.txt#0: its mention_keys rows do not match"),
        ("UPDATE articles SET clean_text = substr(clean_text, 1, 40) WHERE id = 'wire.txt'", "evidence is not in its article"),
        ("UPDATE articles SET relevant = 0 WHERE id = 'wire.txt'", "wire.txt is stored as not relevant with 1 mentions"),
        ("DELETE FROM incident_events WHERE event = 'created'", "has no created or split_from event"),
        ("UPDATE mentions SET idx = 3 WHERE id = 'wire.txt#0'", "position disagree"),
    ],
)
def test_check_consistency_names_what_is_broken(manual_db, tmp_path, sql, problem):
    with Store(manual_db) as intact:
        assert intact.check_consistency() == []
    with Store(damaged(manual_db, tmp_path, sql)) as store:
        problems = store.check_consistency()
    assert any(problem in line for line in problems), problems


def test_verify_command(manual_db, tmp_path):
    from click.testing import CliRunner

    from sitrep.cli import main

    result = CliRunner().invoke(main, ["verify", "--db", str(manual_db)])
    assert result.exit_code == 0 and "is consistent" in result.stdout
    assert "never finished" not in result.stdout
    db = damaged(manual_db, tmp_path, "INSERT INTO runs (started_at) VALUES ('2024-05-01T08:00:00+00:00');"
                                      "DELETE FROM mentions WHERE id = 'crash.txt#0';")  # fmt: skip
    result = CliRunner().invoke(main, ["verify", "--db", str(db)])
    assert result.exit_code == 1
    assert "started 2024-05-01T08:00:00+00:00 never finished" in result.stdout
    assert "article crash.txt is stored as relevant with 0 mentions" in result.stderr
    assert "problems in" in result.stderr
