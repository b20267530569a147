"""The Spark run (local[2]) yields the same incidents as the local run, and loads into a store.

Runs in CI: pyspark is in the `test` extra. Outside CI a missing pyspark skips these tests; in CI it fails them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import require_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"


def _pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("pyspark is not installed (pip install -e '.[spark]')")


@pytest.fixture(scope="module")
def spark():
    _pyspark()
    require_pipeline()
    from sitrep.spark import session

    spark = session("local[2]", shuffle_partitions=2)
    yield spark
    spark.stop()


def _incidents(db: Path) -> dict[frozenset[str], dict]:
    """Incidents as partitions of mention ids, each with its reconciled record less the incident id."""
    from sitrep.store import Store

    with Store(db) as store:
        records = store.incidents()
    return {frozenset(r["mention_ids"]): {k: v for k, v in r.items() if k != "id"} for r in records}


def _articles(db: Path) -> dict[str, tuple]:
    from sitrep.store import Store

    with Store(db) as store:
        return {a["id"]: (a["title"], a["published"], a["relevant"], a["note"]) for a in store.articles()}


def test_spark_yields_the_same_incidents_as_the_local_run(spark, seeds_dir: Path, tmp_path: Path) -> None:
    from sitrep.pipeline import ingest
    from sitrep.spark import load_store, run
    from sitrep.store import Store

    inputs = [SAMPLES, seeds_dir]
    with Store(tmp_path / "local.db") as store:
        summary = ingest(inputs, store)
    counts = run(spark, [str(p) for p in inputs], str(tmp_path / "out"))
    load_store(tmp_path / "out", tmp_path / "spark.db")

    local, distributed = _incidents(tmp_path / "local.db"), _incidents(tmp_path / "spark.db")
    assert counts["mentions"] == summary.mentions and counts["incidents"] == len(local)
    assert sorted(map(sorted, distributed)) == sorted(map(sorted, local))
    assert any(len(ids) > 1 for ids in local)  # linking across articles happened
    for mention_ids, record in local.items():
        assert distributed[mention_ids] == record
    assert _articles(tmp_path / "spark.db") == _articles(tmp_path / "local.db")


def test_spark_reads_warc_and_parquet_like_the_local_reader(spark, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from test_warc import write_warc

    from sitrep.spark import run

    (tmp_path / "in").mkdir()
    warc = write_warc(tmp_path / "in" / "crawl.warc.gz", gzipped=True)
    rows = [line for line in (SAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pq.write_table(pa.Table.from_pylist([json.loads(line) for line in rows]), tmp_path / "wire.parquet")
    counts = run(spark, [str(warc), str(tmp_path / "wire.parquet")], str(tmp_path / "out"))

    articles = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    ids = [a["id"] for a in articles]  # in reading order: the WARC's pages, then the Parquet rows
    assert ids[:4] == [
        "https://news.example/world/goma", "https://news.example/local/festival",
        "https://wire.example/border-drone", "https://ville.example/cafes",
    ]  # fmt: skip
    assert ids[4:] == [json.loads(line)["id"] for line in rows]
    assert counts["read"] == len(ids) and counts["skipped"] == 0
    relevant = {a["id"] for a in articles if a["relevant"]}
    assert {"https://news.example/world/goma", "https://wire.example/border-drone"} <= relevant
    assert "https://news.example/local/festival" not in relevant
    mentions = pq.read_table(tmp_path / "out" / "mentions.parquet").to_pylist()
    assert {m["article_id"] for m in mentions} == relevant
    incidents = pq.read_table(tmp_path / "out" / "incidents.parquet").to_pylist()
    assert sorted(m for i in incidents for m in i["mention_ids"]) == sorted(m["id"] for m in mentions)


def test_load_db_refuses_a_store_that_holds_articles(spark, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main
    from sitrep.read import from_text
    from sitrep.store import Store

    with Store(tmp_path / "full.db") as store, store.transaction():
        store.insert_article(from_text("Some text\nMore text.", "a.txt", "a.txt"), relevant=False, note=None)
    result = CliRunner().invoke(main, ["spark", str(SAMPLES), "--out", str(tmp_path / "out"), "--load-db", str(tmp_path / "full.db")])
    assert result.exit_code != 0 and "already holds articles" in result.output
    assert not (tmp_path / "out").exists()
