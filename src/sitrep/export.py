"""Exports: JSONL (the contract, see docs/export-format.md), JSON, CSV, GeoJSON and Parquet.

The JSONL record is built once here (`incident_record`) and every other format and the CLI read
from it, so they cannot drift apart.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .models import COUNT_FIELDS, FIELDS, Mention
from .store import Store

SCALAR_FIELDS = ("operator", "cause", "weapon", "perpetrator", *COUNT_FIELDS)
CSV_COLUMNS = (
    "id", "status", "date", "date_precision", "aircraft_model", "aircraft_family", "aircraft_category",
    "operator", "country", "admin1", "place", "lat", "lon", "location_precision", "cause", "weapon",
    "perpetrator", "killed", "wounded", "missing", "captured", "on_board", "conflicts", "articles",
)  # fmt: skip


def mention_record(mention: Mention, article: dict[str, Any]) -> dict[str, Any]:
    """One mention as its article states it: every value with its evidence."""
    record: dict[str, Any] = {
        "article_id": mention.article_id,
        "url": article.get("url"),
        "outlet": article.get("outlet"),
        "title": article.get("title"),
        "role": mention.role,
    }
    for field in FIELDS:
        statements = []
        for statement in mention.fields.get(field, []):
            value = statement.value
            body = dict(value) if isinstance(value, dict) else {"value": value}
            body.pop("as_written", None)
            statements.append({**body, "evidence": statement.evidence.to_dict()})
        record[field] = statements
    return record


def incident_record(store: Store, incident: dict[str, Any]) -> dict[str, Any]:
    mentions = store.incident_mentions(incident["id"])
    articles = store.article_meta(sorted({m.article_id for m in mentions}))
    return {
        "id": incident["id"],
        "status": incident.get("status"),
        "date": incident.get("date"),
        "aircraft": incident.get("aircraft"),
        "operator": incident.get("operator"),
        "location": incident.get("location"),
        **{field: incident.get(field) for field in SCALAR_FIELDS if field != "operator"},
        "casualty_ranges": incident.get("casualty_ranges", {}),
        "conflicts": incident.get("conflicts", []),
        "values": incident.get("values", {}),
        "mentions": [mention_record(m, articles.get(m.article_id, {})) for m in mentions],
        "history": [{k: e[k] for k in ("event", "other_id", "at")} for e in store.events(incident["id"])],
    }


def incident_records(store: Store) -> Iterator[dict[str, Any]]:
    for incident in store.incidents():
        yield incident_record(store, incident)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One incident as a flat row for tables and CSV."""
    date = record.get("date") or {}
    aircraft = record.get("aircraft") or {}
    location = record.get("location") or {}
    return {
        "id": record["id"],
        "status": record.get("status"),
        "date": date.get("value"),
        "date_precision": date.get("precision"),
        "aircraft_model": aircraft.get("model"),
        "aircraft_family": aircraft.get("family"),
        "aircraft_category": aircraft.get("category"),
        "operator": record.get("operator"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "place": location.get("place"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "location_precision": location.get("precision"),
        **{field: record.get(field) for field in ("cause", "weapon", "perpetrator", *COUNT_FIELDS)},
        "conflicts": "; ".join(c["field"] for c in record.get("conflicts", [])),
        "articles": " ".join(sorted({m["article_id"] for m in record.get("mentions", [])})),
    }


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    """The JSONL records as one JSON array."""
    listed = list(records)
    json.dump(listed, out, ensure_ascii=False)
    return len(listed)


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flat_row(record))
        count += 1
    return count


def write_geojson(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection; incidents with no coordinates get a null geometry (valid GeoJSON)."""
    features = []
    for record in records:
        row = flat_row(record)
        geometry = None
        if row["lat"] is not None and row["lon"] is not None:
            geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": record["id"], "geometry": geometry, "properties": properties})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    return len(features)


def write_parquet(records: Iterator[dict[str, Any]], out: BinaryIO) -> int:
    """The flat rows as typed columns, plus `record_json`: the whole JSONL record, so nothing is lost."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"lat": pa.float64(), "lon": pa.float64(), **{field: pa.int64() for field in COUNT_FIELDS}}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in CSV_COLUMNS] + [("record_json", pa.string())])
    rows = [{**flat_row(r), "record_json": json.dumps(r, ensure_ascii=False)} for r in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
    return len(rows)


WRITERS = {"jsonl": write_jsonl, "json": write_json, "csv": write_csv, "geojson": write_geojson}
BINARY_WRITERS = {"parquet": write_parquet}


def export(store: Store, fmt: str, path: Path) -> int:
    """Write every incident to `path` atomically (a temporary file renamed into place)."""
    temporary = path.with_name(path.name + ".partial")
    if fmt in BINARY_WRITERS:
        with temporary.open("wb") as binary:
            count = BINARY_WRITERS[fmt](incident_records(store), binary)
    else:
        with temporary.open("w", encoding="utf-8", newline="") as out:
            count = WRITERS[fmt](incident_records(store), out)
    temporary.replace(path)
    return count


def to_bytes(records: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """The given records in one format, in memory (UTF-8 for the text formats)."""
    if fmt in BINARY_WRITERS:
        binary = io.BytesIO()
        BINARY_WRITERS[fmt](iter(records), binary)
        return binary.getvalue()
    out = io.StringIO(newline="")
    WRITERS[fmt](iter(records), out)
    return out.getvalue().encode("utf-8")
