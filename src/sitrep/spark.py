"""sitrep on Spark: the local pipeline's own functions, spread over a cluster.

    sitrep spark samples/articles --out out/ --master "local[2]" --load-db sitrep.db
    spark-submit --master yarn "$(python -c 'import sitrep.spark as s; print(s.__file__)')" \\
        s3a://bucket/cc-news/2024/03/*.warc.gz --out s3a://bucket/sitrep/2024-03

1. Read: files and folders the workers can see (local mode, or a shared filesystem) are listed on
   the driver in the order `sitrep ingest` reads them and read one file per task; WARC files at
   other URIs (hdfs://, s3a://) come through `binaryFiles`; Parquet (columns named like the JSONL
   fields) through Spark's reader.
2. Keep the first article of each id and of each text, as ingest does; learn the lines each
   outlet repeats over the whole batch.
3. `pipeline.process_article` in mapPartitions. spaCy and the gazetteer load once per Python
   worker (they are cached, and Spark reuses its Python workers).
4. Link: each mention profile goes to its blocks (`link.index_keys`, `link.probe_keys`); a join on
   the block key gives the candidate pairs, scored in parallel; the few pairs above the threshold
   come to the driver, where `link.cluster` places mentions in reading order exactly as ingest
   does, from the scores computed on the workers.
5. Reconcile each incident on the workers; write articles, mentions, incidents and skipped as
   Parquet under OUT. `load_store` puts them into a new SQLite store for `sitrep serve`.

This file imports `sitrep` absolutely so that spark-submit can run it as a script.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from sitrep.link import LINK_THRESHOLD, cluster, index_keys, probe_keys, profile, score
from sitrep.models import Article, Mention, Skip
from sitrep.read import from_record, input_files, is_warc, read_file, read_warc

TABLES = ("articles", "mentions", "incidents", "skipped")
MIN_REPEATS = 3  # an outlet's line is furniture once it appears under this many titles (as Store.outlet_repeats)
ARTICLE_COLUMNS = (
    "id", "content_hash", "url", "outlet", "title", "published", "published_source", "language", "origin",
    "raw_text", "clean_text", "offset_map", "removed_lines", "relevant", "note", "position",
)  # fmt: skip
MENTION_COLUMNS = ("id", "article_id", "idx", "role", "incident_id", "profile", "data", "position")
META = ("id", "url", "outlet", "title", "published")  # what reconcile needs of an article


def session(master: str | None = None, shuffle_partitions: int | None = None):  # noqa: ANN201 - pyspark is optional
    """A SparkSession: spark-submit's, else one on `master` (default local[*]); run locally, with the
    UI off and the driver on the loopback address."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise RuntimeError("pyspark is not installed: pip install 'sitrep[spark]'") from error
    builder = SparkSession.builder.appName("sitrep")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # run by spark-submit, whose settings stand
    master = master or (None if submitted else "local[*]")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local") and not submitted:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this environment's Python
        builder = builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    if shuffle_partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    return builder.getOrCreate()


def run(spark, inputs: list[str], out: str) -> dict[str, int]:  # noqa: ANN001
    """Read, process, link and reconcile `inputs`; write the four tables under `out`; return counts."""
    from pyspark import StorageLevel

    keep = StorageLevel.MEMORY_AND_DISK  # spill rather than run the NLP twice
    sc = spark.sparkContext
    items = _read(spark, inputs).persist(keep)
    articles, skipped = _first_of_each(items, sc.defaultParallelism)
    articles.persist(keep)
    repeats = sc.broadcast(_outlet_repeats(articles))
    processed = articles.mapPartitions(lambda rows: _process(rows, repeats.value)).persist(keep)
    skipped = skipped.union(processed.filter(lambda r: r[0] == "skip").map(lambda r: r[1]))
    article_rows = processed.filter(lambda r: r[0] == "article").map(lambda r: r[1])
    mentions = processed.filter(lambda r: r[0] == "mention").map(lambda r: r[1])
    assignment = sc.broadcast(_link(mentions, sc.defaultParallelism))
    mention_rows = mentions.map(lambda m: {**m, "incident_id": assignment.value[m["id"]]}).persist(keep)
    incidents = mention_rows.map(lambda m: (m["incident_id"], m)).groupByKey(sc.defaultParallelism).map(_reconcile)
    _write(spark, article_rows, ARTICLE_COLUMNS, f"{out}/articles.parquet", order="position")
    _write(spark, mention_rows, MENTION_COLUMNS, f"{out}/mentions.parquet", order="position")
    _write(spark, incidents, ("id", "status", "mention_ids", "data", "position"), f"{out}/incidents.parquet", order="position")
    _write(spark, skipped.map(lambda s: {"origin": s.origin, "reason": s.reason}), ("origin", "reason"), f"{out}/skipped.parquet")
    counts = {
        "read": items.count(),
        "articles": article_rows.count(),
        "relevant": article_rows.filter(lambda a: a["relevant"]).count(),
        "mentions": mention_rows.count(),
        "incidents": len(set(assignment.value.values())),
        "skipped": skipped.count(),
    }
    for rdd in (items, articles, processed, mention_rows):
        rdd.unpersist()
    return counts


# reading --------------------------------------------------------------------------------------


def _read(spark, inputs: list[str]):  # noqa: ANN001, ANN202
    """(position, Article | Skip) in reading order: positions sort as `sitrep ingest` reads."""
    sc = spark.sparkContext
    listed: list[tuple[str, str, str]] = []
    skips: list[tuple[str, Skip]] = []
    parts = []
    for number, given in enumerate(inputs):
        if given.lower().endswith(".parquet") or (Path(given).is_dir() and any(Path(given).glob("*.parquet"))):
            parts.append(_read_parquet(spark, given, number))
        elif re.match(r"^[a-z][a-z0-9+.-]*://", given) and not given.startswith("file://"):
            parts.append(_read_remote_warc(sc, given, number))
        else:
            for file_no, item in enumerate(input_files([given])):
                if isinstance(item, Skip):
                    skips.append((f"{number:04d}|{file_no:09d}|{0:09d}", item))
                else:
                    listed.append((f"{number:04d}|{file_no:09d}", str(item[0]), item[1]))
    if listed:
        parts.append(sc.parallelize(listed, max(1, min(len(listed), sc.defaultParallelism * 2))).flatMap(_read_listed))
    if skips:
        parts.append(sc.parallelize(skips, 1))
    return sc.union(parts) if parts else sc.emptyRDD()


def _read_listed(item: tuple[str, str, str]) -> Iterator[tuple[str, Article | Skip]]:
    prefix, path, article_id = item
    for record, result in enumerate(read_file(Path(path), article_id)):
        yield f"{prefix}|{record:09d}", result


def _read_remote_warc(sc, uri: str, number: int):  # noqa: ANN001, ANN202
    """WARC files at a Hadoop URI: each file comes whole to one task (CC-NEWS files are ~1 GB)."""

    def records(pair: tuple[str, bytes]) -> Iterator[tuple[str, Article | Skip]]:
        file_uri, data = pair
        if not is_warc(PurePosixPath(file_uri)):
            yield f"{number:04d}|{file_uri}|{0:09d}", Skip(file_uri, "only WARC and Parquet are read from URIs")
            return
        for record, result in enumerate(read_warc(io.BytesIO(data), PurePosixPath(file_uri).name, file_uri)):
            yield f"{number:04d}|{file_uri}|{record:09d}", result

    return sc.binaryFiles(uri).flatMap(records)


def _read_parquet(spark, path: str, number: int):  # noqa: ANN001, ANN202
    name = PurePosixPath(path.rstrip("/")).name

    def article(pair: tuple[Any, int]) -> tuple[str, Article | Skip]:
        row, index = pair
        fields = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.asDict().items()}
        return f"{number:04d}|{0:09d}|{index:09d}", from_record(fields, f"{name}:{index + 1}", f"{path}:{index + 1}")

    return spark.read.parquet(path).rdd.zipWithIndex().map(article)


def _first_of_each(items, partitions: int):  # noqa: ANN001, ANN202
    """Articles that are first with their id and their text, and Skips for the rest, as ingest has them."""
    skipped = items.filter(lambda p: isinstance(p[1], Skip)).map(lambda p: p[1])
    articles = items.filter(lambda p: isinstance(p[1], Article))
    by_id = articles.map(lambda p: (p[1].id, p)).groupByKey(partitions).flatMap(
        lambda group: _keep_first(group[1], lambda first: f"id {first.id!r} already used by {first.origin}")
    )
    by_text = by_id.filter(lambda r: r[0] == "keep").map(lambda r: (r[1][1].content_hash, r[1])).groupByKey(partitions)
    by_text = by_text.flatMap(
        lambda group: _keep_first(group[1], lambda first: f"same text as article {first.id!r} in this batch")
    )
    dropped = by_id.union(by_text).filter(lambda r: r[0] == "skip").map(lambda r: r[1])
    return by_text.filter(lambda r: r[0] == "keep").map(lambda r: r[1]), skipped.union(dropped)


def _keep_first(group, why) -> Iterator[tuple[str, Any]]:  # noqa: ANN001
    ordered = sorted(group, key=lambda p: p[0])
    yield "keep", ordered[0]
    for _, later in ordered[1:]:
        yield "skip", Skip(later.origin, why(ordered[0][1]))


def _outlet_repeats(articles) -> dict[str, frozenset[str]]:  # noqa: ANN001
    """Lines each outlet prints under at least MIN_REPEATS different titles, over the whole batch."""
    from sitrep.pipeline import outlet_lines

    def pairs(article: Article) -> Iterator[tuple[str, str, str]]:
        if article.outlet:
            title, keys = outlet_lines(article)
            yield from ((article.outlet, key, title) for key in keys)

    distinct = articles.flatMap(lambda p: pairs(p[1])).distinct(articles.getNumPartitions())
    counted = distinct.map(lambda t: ((t[0], t[1]), 1)).reduceByKey(lambda a, b: a + b)
    repeats: dict[str, set[str]] = {}
    for (outlet, key), count in counted.filter(lambda kv: kv[1] >= MIN_REPEATS).collect():
        repeats.setdefault(outlet, set()).add(key)
    return {outlet: frozenset(keys) for outlet, keys in repeats.items()}


# per article ----------------------------------------------------------------------------------


def _process(rows: Iterator[tuple[str, Article]], repeats: dict[str, frozenset[str]]) -> Iterator[tuple[str, Any]]:
    """The per-article stages, as ingest runs them: ("article", row), ("mention", row) or ("skip", Skip)."""
    from sitrep.pipeline import process_or_skip

    for position, article in rows:
        processed = process_or_skip((article, repeats.get(article.outlet or "", frozenset())))
        if isinstance(processed, Skip):
            yield "skip", processed
            continue
        article = processed.article
        meta = {key: getattr(article, key) for key in META}
        yield "article", {
            **{key: getattr(article, key) for key in ARTICLE_COLUMNS if hasattr(article, key)},
            "offset_map": json.dumps(article.offset_map),
            "removed_lines": json.dumps(article.removed_lines),
            "relevant": bool(processed.mentions),
            "note": processed.note,
            "position": position,
        }
        for mention in processed.mentions:
            yield "mention", {
                "id": mention.id, "article_id": mention.article_id, "idx": mention.index, "role": mention.role,
                "profile": profile(mention, article.clean_text), "data": mention.to_dict(), "meta": meta,
                "position": f"{position}|{mention.index:04d}",
            }  # fmt: skip


# linking --------------------------------------------------------------------------------------


def _link(mentions, partitions: int) -> dict[str, str]:  # noqa: ANN001
    """Mention id -> incident id: candidate pairs by block on the workers, `link.cluster` on the driver."""
    profiles = mentions.map(lambda m: (m["id"], (m["position"], m["profile"]))).persist()
    stored = profiles.flatMap(lambda kv: [(key, (kv[1][0], kv[0])) for key in index_keys(kv[1][1])])
    probes = profiles.flatMap(lambda kv: [(key, (kv[1][0], kv[0])) for key in probe_keys(kv[1][1])])
    # a new mention meets the mentions read before it, as in ingest
    pairs = probes.join(stored, partitions).values().filter(lambda p: p[1][0] < p[0][0])
    pairs = pairs.map(lambda p: (p[0][1], p[1][1])).distinct(partitions)
    scored = (
        pairs.join(profiles, partitions)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1][1])))
        .join(profiles, partitions)
        .map(lambda kv: ((kv[1][0][0], kv[0]), score(kv[1][0][1], kv[1][1][1])))
        .filter(lambda kv: kv[1] >= LINK_THRESHOLD)
    )
    scores = dict(scored.collect())
    light = profiles.map(lambda kv: (kv[1][0], {k: v for k, v in kv[1][1].items() if k != "words"})).collect()
    profiles.unpersist()
    ordered = [p for _, p in sorted(light, key=lambda item: item[0])]
    return cluster(ordered, lambda new, other: scores.get((new["mention_id"], other["mention_id"]), 0.0))


def _reconcile(group: tuple[str, Any]) -> dict[str, Any]:
    from sitrep.pipeline import incident_record

    incident_id, rows = group
    rows = sorted(rows, key=lambda m: m["id"])
    record = incident_record([Mention.from_dict(m["data"]) for m in rows], {m["article_id"]: m["meta"] for m in rows})
    return {
        "id": incident_id, "status": record["status"], "mention_ids": record["mention_ids"], "data": json.dumps(record),
        "position": min(m["position"] for m in rows),  # of its first mention: incidents load in creation order
    }  # fmt: skip


# output ---------------------------------------------------------------------------------------


def _write(spark, rows, columns: tuple[str, ...], path: str, order: str | None = None) -> None:  # noqa: ANN001
    from pyspark.sql.types import ArrayType, BooleanType, IntegerType, StringType, StructField, StructType

    kinds = {"relevant": BooleanType(), "idx": IntegerType(), "mention_ids": ArrayType(StringType())}
    schema = StructType([StructField(c, kinds.get(c, StringType())) for c in columns])
    as_json = {"profile", "data"} & set(columns)
    tuples = rows.map(lambda r: tuple(json.dumps(r[c]) if c in as_json and not isinstance(r[c], str) else r[c] for c in columns))
    frame = spark.createDataFrame(tuples, schema)
    (frame.orderBy(order) if order else frame).write.mode("overwrite").parquet(path)


def load_store(out: str | Path, db: str | Path) -> dict[str, int]:
    """Put the tables of a Spark run into a new SQLite store, as ingest would have stored them."""
    import pyarrow.dataset as ds

    from sitrep.pipeline import outlet_lines
    from sitrep.store import Store

    tables = {name: ds.dataset(str(Path(out) / f"{name}.parquet"), format="parquet") for name in TABLES}
    with Store(db) as store:
        if store.count("articles"):
            raise ValueError(f"{db} already holds articles: load a Spark run into a new store")
        run_id = store.start_run()
        for row in _rows(tables["skipped"]):
            store.add_skip(run_id, row["origin"], row["reason"])
        with store.transaction():
            for row in _rows(tables["articles"]):
                article = Article(**{k: row[k] for k in ARTICLE_COLUMNS if k not in ("relevant", "note", "position")})
                article.offset_map = [tuple(run) for run in json.loads(row["offset_map"])]
                article.removed_lines = json.loads(row["removed_lines"])
                store.insert_article(article, relevant=row["relevant"], note=row["note"])
                if article.outlet:
                    store.add_outlet_lines(article.outlet, *outlet_lines(article))
            for row in _rows(tables["mentions"]):
                store.insert_mention(Mention.from_dict(json.loads(row["data"])), json.loads(row["profile"]), row["incident_id"])
            for row in _rows(tables["incidents"]):
                store.record_event(row["id"], "created")
                store.save_incident(row["id"], json.loads(row["data"]))
        counts = {name: tables[name].count_rows() for name in TABLES}
        store.finish_run(run_id, {"spark_output": str(out), **counts})
    return counts


def _rows(dataset) -> Iterator[dict[str, Any]]:  # noqa: ANN001
    for batch in dataset.to_batches():
        yield from batch.to_pylist()


def main(argv: list[str] | None = None) -> None:
    """`spark-submit sitrep/spark.py INPUT... --out DIR [--load-db FILE]` (the master comes from spark-submit)."""
    from sitrep.cli import spark_command

    spark_command.main(args=argv, prog_name="sitrep spark")


if __name__ == "__main__":
    main()
