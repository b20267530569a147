"""The HTTP API over a store built from the bundled sample and the seed articles."""

import csv
import datetime
import io
import json
import sqlite3
import threading
import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sitrep import cli, query
from sitrep.export import flat_row, incident_records
from sitrep.models import FIELDS
from sitrep.server import create_app
from sitrep.store import Store

from conftest import SEEDS, require_pipeline

with warnings.catch_warnings():  # newer Starlette prefers httpx2 and warns about httpx; both work
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"
ROW_KEYS = {*flat_row({"id": "x"}), "title", "n_articles", "n_conflicts"}
ARTICLE_KEYS = {"id", "url", "outlet", "title", "published", "language", "relevant", "note"}
SPAN_KEYS = {"start", "end", "field", "value", "role", "incident_id", "attributed_to", "stance"}

# Invented for these tests.
UPLOADED = """\
Border patrol drone downed over marshland, officials say
A Ukrainian Bayraktar TB2 drone was shot down by a surface-to-air missile near Kherson on 3 August 2022, \
the regional governor said.
The governor said the drone had been watching river crossings when it was hit.
"""
SCRIPTED_TITLE = '<script>alert("x")</script> Transport plane crashes near Goma'
SCRIPTED = {
    "id": "scripted-upload",
    "title": SCRIPTED_TITLE,
    "text": "A Congolese army transport plane crashed near Goma on 9 May 2021, killing three crew, "
    "the army said. <script>document.cookie</script>",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    require_pipeline()
    from sitrep.pipeline import ingest

    path = tmp_path_factory.mktemp("api") / "sitrep.db"
    with Store(path) as store:
        ingest([SAMPLES, *([SEEDS] if SEEDS.is_dir() else [])], store)
    return path


@pytest.fixture(scope="module")
def records(db) -> list[dict]:
    with Store(db) as store:
        return list(incident_records(store))


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(str(db)))


@pytest.fixture()
def copy_db(db, tmp_path) -> Path:
    """A copy of the store for tests that change it."""
    path = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return path


def all_items(client, url: str, **params) -> dict:
    response = client.get(url, params={"per_page": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()


def ids(items) -> list[str]:
    return [item["id"] for item in items]


def most_common(records, pick) -> str:
    values = [pick(r) for r in records if pick(r)]
    assert values
    return max(set(values), key=values.count)


# --- incidents ------------------------------------------------------------------------------------


def test_incidents_lists_every_incident_as_rows(client, records):
    body = all_items(client, "/api/incidents")
    assert body["total"] == len(records) >= 20 and body["page"] == 1 and body["per_page"] == 500
    assert sorted(ids(body["items"])) == sorted(r["id"] for r in records)
    by_id = {r["id"]: r for r in records}
    for item in body["items"]:
        assert set(item) == ROW_KEYS
        record = by_id[item["id"]]
        assert {k: item[k] for k in flat_row(record)} == flat_row(record)
        assert item["n_articles"] == len({m["article_id"] for m in record["mentions"]})
        assert item["n_conflicts"] == len(record["conflicts"])
        assert item["title"] in {m["title"] for m in record["mentions"]}


@pytest.mark.parametrize(("param", "pick"), [
    ("country", lambda r: (r["location"] or {}).get("country")),
    ("family", lambda r: (r["aircraft"] or {}).get("family")),
    ("category", lambda r: (r["aircraft"] or {}).get("category")),
    ("cause", lambda r: r["cause"]),
    ("status", lambda r: r["status"]),
])  # fmt: skip
def test_each_filter_keeps_exactly_the_matching_incidents(client, records, param, pick):
    value = most_common(records, pick)
    expected = sorted(r["id"] for r in records if pick(r) == value)
    body = all_items(client, "/api/incidents", **{param: value})
    assert 0 < body["total"] < len(records) or param == "cause"
    assert sorted(ids(body["items"])) == expected
    if param in ("country", "family"):  # text filters ignore case
        assert sorted(ids(all_items(client, "/api/incidents", **{param: value.upper()})["items"])) == expected


def test_date_range_keeps_the_day_and_the_coarser_dates_that_contain_it(client, records):
    day = most_common(records, lambda r: r["date"]["value"] if (r["date"] or {}).get("precision") == "day" else None)
    contains = {
        "day": lambda v: v == day,
        "month": lambda v: day.startswith(v + "-"),
        "year": lambda v: day.startswith(v + "-"),
        "month_day": lambda v: v == "--" + day[5:],
    }
    expected = sorted(
        r["id"] for r in records if r["date"] and r["date"]["precision"] in contains
        and contains[r["date"]["precision"]](r["date"]["value"])
    )  # fmt: skip
    body = all_items(client, "/api/incidents", start=day, end=day)
    assert sorted(ids(body["items"])) == expected and expected


@pytest.mark.parametrize(("value", "precision", "start", "end", "inside"), [
    ("2019-03-31", "day", "2019-03-01", "2019-03-31", True),
    ("2019-04-01", "day", "2019-03-01", "2019-03-31", False),
    ("2019-02", "month", "2019-02-28", "2019-03-10", True),
    ("2019-02", "month", "2019-03-01", None, False),
    ("2018", "year", None, "2018-01-01", True),
    ("--12-30", "month_day", "2019-12-01", "2020-01-05", True),
    ("--12-30", "month_day", "2020-01-01", "2020-11-30", False),
    ("--02-29", "month_day", "2021-01-01", "2023-12-31", False),
    ("--02-29", "month_day", "2023-06-01", "2024-03-01", True),
    ("Tuesday", "weekday", "2019-01-01", "2019-12-31", False),
    (None, None, "2019-01-01", None, False),
])  # fmt: skip
def test_date_range_overlap(value, precision, start, end, inside):
    day = lambda text: datetime.date.fromisoformat(text) if text else None  # noqa: E731
    date = {"value": value, "precision": precision} if value else None
    assert query.in_date_range(date, day(start), day(end)) is inside
    assert query.in_date_range(date, None, None)


def test_open_ended_date_range(client, records):
    days = sorted(r["date"]["value"] for r in records if (r["date"] or {}).get("precision") == "day")
    middle = days[len(days) // 2]
    later = all_items(client, "/api/incidents", start=middle)["items"]
    earlier = all_items(client, "/api/incidents", end=middle)["items"]
    assert all(i["date"] >= middle for i in later if i["date_precision"] == "day")
    assert all(i["date"] <= middle for i in earlier if i["date_precision"] == "day")
    assert {i["id"] for i in later if i["date_precision"] == "day"} == {
        r["id"] for r in records if (r["date"] or {}).get("precision") == "day" and r["date"]["value"] >= middle
    }


def test_free_text_search(client, records):
    family = most_common(records, lambda r: (r["aircraft"] or {}).get("family"))
    found = all_items(client, "/api/incidents", q=family.lower())["items"]
    assert {r["id"] for r in records if (r["aircraft"] or {}).get("family") == family} <= set(ids(found))
    by_id = {r["id"]: r for r in records}
    assert all(family.lower() in json.dumps(by_id[i], ensure_ascii=False).lower() for i in ids(found))
    title = next(m["title"] for r in records for m in r["mentions"] if m["title"] and len(m["title"].split()) > 4)
    words = " ".join(title.split()[:4])
    hits = all_items(client, "/api/incidents", q=words)["items"]
    assert hits and all(all(w.lower() in json.dumps(by_id[i]).lower() for w in words.split()) for i in ids(hits))
    assert all_items(client, "/api/incidents", q="zqxjv nonexistentword")["total"] == 0


def key_order_ok(values: list, descending: bool) -> bool:
    known = [v for v in values if v is not None]
    nulls_last = values[len(known) :] == [None] * (len(values) - len(known))
    return nulls_last and known == sorted(known, reverse=descending)


@pytest.mark.parametrize("sort", ["date", "-date", "killed", "-killed", "country", "-country", "status", "-status"])
def test_sort_orders_rows_with_unknown_values_last(client, records, sort):
    items = all_items(client, "/api/incidents", sort=sort)["items"]
    key = sort.lstrip("-")
    if key == "date":
        values = [query.date_bounds({"value": i["date"], "precision": i["date_precision"]}) for i in items]
        values = [b[0] if b else None for b in values]
    elif key == "country":
        values = [i["country"].casefold() if i["country"] else None for i in items]
    else:
        values = [i[key] for i in items]
    assert len(items) == len(records)
    assert key_order_ok(values, sort.startswith("-")), values
    assert len({v for v in values if v is not None}) > 1


def test_default_sort_is_newest_first(client):
    default = all_items(client, "/api/incidents")["items"]
    assert ids(default) == ids(all_items(client, "/api/incidents", sort="-date")["items"])


def test_pages_cover_the_list_once(client, records):
    everything = ids(all_items(client, "/api/incidents")["items"])
    pages, number = [], 1
    while True:
        body = client.get("/api/incidents", params={"page": number, "per_page": 7}).json()
        assert body["total"] == len(records) and body["page"] == number and body["per_page"] == 7
        if not body["items"]:
            break
        assert len(body["items"]) <= 7
        pages += ids(body["items"])
        number += 1
    assert pages == everything and number - 1 == -(-len(records) // 7)


def test_one_incident_is_the_export_record(client, db, records):
    record = records[0]
    response = client.get(f"/api/incidents/{record['id']}")
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(record))
    missing = client.get("/api/incidents/inc-0000000000")
    assert missing.status_code == 404 and "inc-0000000000" in missing.json()["detail"]
    assert "successor" not in missing.json()


def test_merged_incident_answers_404_with_its_successor_and_leaves_the_lists(copy_db, records):
    client = TestClient(create_app(str(copy_db)))
    gone, survivor = records[0]["id"], records[1]["id"]
    assert gone in ids(all_items(client, "/api/incidents")["items"])
    with Store(copy_db) as store, store.transaction():  # another connection changes the store
        store.delete_incident(gone, successor=survivor)
    response = client.get(f"/api/incidents/{gone}")
    assert response.status_code == 404
    assert response.json()["successor"] == survivor and survivor in response.json()["detail"]
    after = all_items(client, "/api/incidents")
    assert after["total"] == len(records) - 1 and gone not in ids(after["items"])
    assert sum(row["count"] for row in client.get("/api/stats").json()["by_cause"]) == len(records) - 1


# --- articles -------------------------------------------------------------------------------------


def test_articles_list_and_search(client, db):
    with Store(db) as store:
        stored = store.articles()
    body = all_items(client, "/api/articles")
    assert body["total"] == len(stored) and [a["id"] for a in body["items"]] == [a["id"] for a in stored]
    assert all(set(a) == ARTICLE_KEYS and isinstance(a["relevant"], bool) for a in body["items"])
    word = next(w for a in stored if a["title"] for w in a["title"].split() if len(w) > 6)
    hits = all_items(client, "/api/articles", q=word.lower())["items"]
    assert word in {w for a in hits for w in (a["title"] or "").split()}
    with Store(db) as store:
        assert all(word.lower() in json.dumps(store.article(a["id"]), ensure_ascii=False).lower() for a in hits)
    second = client.get("/api/articles", params={"page": 2, "per_page": 3}).json()
    assert [a["id"] for a in second["items"]] == [a["id"] for a in stored[3:6]]


def test_article_spans_lie_in_the_clean_text_and_match_the_evidence(client, records):
    expected: dict[str, set] = {}
    for record in records:
        for mention in record["mentions"]:
            for field in FIELDS:
                for statement in mention[field]:
                    ev = statement["evidence"]
                    expected.setdefault(mention["article_id"], set()).add((ev["start"], ev["end"], field, record["id"]))
    assert expected
    for article_id, spans in expected.items():
        response = client.get(f"/api/articles/{article_id}")
        assert response.status_code == 200, article_id
        article = response.json()
        assert ARTICLE_KEYS | {"clean_text", "raw_text", "removed_lines", "spans"} <= set(article)
        text = article["clean_text"]
        assert {(s["start"], s["end"], s["field"], s["incident_id"]) for s in article["spans"]} == spans
        for span in article["spans"]:
            assert SPAN_KEYS <= set(span)
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert text[span["start"] : span["end"]] in span["text"] and span["text"] in text
            assert span["value"] is not None and not isinstance(span["value"], dict)


def test_article_ids_with_slashes_and_unknown_articles(client, db):
    with Store(db) as store:
        nested = [a["id"] for a in store.articles() if "/" in a["id"]]
    for article_id in nested:
        assert client.get(f"/api/articles/{article_id}").json()["id"] == article_id
    missing = client.get("/api/articles/no/such/article.txt")
    assert missing.status_code == 404 and "no/such/article.txt" in missing.json()["detail"]


# --- stats and exports ----------------------------------------------------------------------------


def test_stats_add_up_to_the_incident_total(client, records):
    stats = client.get("/api/stats").json()
    for group in ("by_country", "by_family", "by_cause"):
        assert sum(row["count"] for row in stats[group]) == len(records), group
    dated = [r for r in records if (r["date"] or {}).get("precision") in ("day", "month")]
    assert sum(row["count"] for row in stats["by_month"]) == len(dated)
    assert all(len(row["month"]) == 7 and row["month"][4] == "-" for row in stats["by_month"])
    cause = most_common(records, lambda r: r["cause"])
    filtered = client.get("/api/stats", params={"cause": cause}).json()
    assert filtered["by_cause"] == [{"key": cause, "count": sum(r["cause"] == cause for r in records)}]


def test_exports_open_in_standard_tools(client, records):
    wanted = sorted(r["id"] for r in records)
    response = client.get("/api/export.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(row["id"] for row in rows) == wanted
    by_id = {r["id"]: r for r in records}
    for row in rows:
        assert row == {k: "" if v is None else str(v) for k, v in flat_row(by_id[row["id"]]).items()}
    assert sorted(r["id"] for r in client.get("/api/export.json").json()) == wanted

    geojson = client.get("/api/export.geojson").json()
    assert geojson["type"] == "FeatureCollection" and len(geojson["features"]) == len(records)
    points = 0
    for feature in geojson["features"]:
        assert feature["type"] == "Feature" and feature["properties"]["status"] == by_id[feature["id"]]["status"]
        if feature["geometry"] is not None:
            lon, lat = feature["geometry"]["coordinates"]
            assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
            points += 1
    assert points > 0

    table = pq.read_table(io.BytesIO(client.get("/api/export.parquet").content))
    assert table.num_rows == len(records) and sorted(table.column("id").to_pylist()) == wanted
    assert str(table.schema.field("lat").type) == "double" and str(table.schema.field("killed").type) == "int64"
    for row in table.to_pylist():
        assert json.loads(row["record_json"]) == json.loads(json.dumps(by_id[row["id"]]))


def test_exports_hold_the_filtered_set(client, records):
    country = most_common(records, lambda r: (r["location"] or {}).get("country"))
    expected = sorted(r["id"] for r in records if (r["location"] or {}).get("country") == country)
    rows = csv.DictReader(io.StringIO(client.get("/api/export.csv", params={"country": country}).text))
    assert sorted(row["id"] for row in rows) == expected
    features = client.get("/api/export.geojson", params={"country": country}).json()["features"]
    assert sorted(f["id"] for f in features) == expected
    table = pq.read_table(io.BytesIO(client.get("/api/export.parquet", params={"country": country}).content))
    assert table.num_rows == len(expected)


def test_cli_exports_parquet_and_serve_needs_a_store(db, records, tmp_path):
    out = tmp_path / "all.parquet"
    result = CliRunner().invoke(cli.main, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == len(records) and not out.with_name("all.parquet.partial").exists()
    refused = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "none.db")])
    assert refused.exit_code == 1 and "no store at" in refused.output
    assert not (tmp_path / "none.db").exists()


# --- ingest -----------------------------------------------------------------------------------------


def test_upload_ingests_an_article_and_creates_an_incident(copy_db, records):
    client = TestClient(create_app(str(copy_db)))
    response = client.post("/api/ingest", files=[("files", ("patrol-drone.txt", UPLOADED.encode(), "text/plain"))])
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["new_articles"] == 1 and summary["relevant"] == 1 and summary["incidents_created"] >= 1
    after = all_items(client, "/api/incidents")
    assert after["total"] == len(records) + summary["incidents_created"]
    new = [i for i in after["items"] if i["id"] not in {r["id"] for r in records}]
    assert any(i["aircraft_category"] == "drone" and i["date"] == "2022-08-03" for i in new), new
    assert client.get("/api/articles/patrol-drone.txt").json()["title"].startswith("Border patrol drone")


def test_markup_comes_back_as_plain_json_strings(copy_db):
    client = TestClient(create_app(str(copy_db)))
    upload = ("files", ("scripted.jsonl", json.dumps(SCRIPTED).encode(), "application/json"))
    assert client.post("/api/ingest", files=[upload]).status_code == 200
    article = client.get("/api/articles/scripted-upload")
    assert article.headers["content-type"] == "application/json"
    assert article.json()["title"] == SCRIPTED_TITLE
    assert "<script>document.cookie</script>" in article.json()["clean_text"]
    rows = all_items(client, "/api/incidents", q="Goma")["items"]
    assert rows and rows[0]["title"] == SCRIPTED_TITLE


def test_oversize_uploads_are_refused(copy_db):
    client = TestClient(create_app(str(copy_db), max_upload_bytes=1000))
    big = ("files", ("big.txt", b"A helicopter crashed. " * 100, "text/plain"))
    response = client.post("/api/ingest", files=[big])
    assert response.status_code == 413 and "1000 bytes" in response.json()["detail"]
    # without a Content-Length header the body is counted while it arrives
    boundary = "sitrepboundary"
    text = "A helicopter crashed. " * 100
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
            f"Content-Type: text/plain\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()  # fmt: skip
    chunks = (body[i : i + 256] for i in range(0, len(body), 256))
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    streamed = client.post("/api/ingest", content=chunks, headers=headers)
    assert "content-length" not in {k.lower() for k in streamed.request.headers}
    assert streamed.status_code == 413
    with Store(copy_db) as store:
        assert store.article("big.txt") is None


def test_a_slow_ingest_answers_504_and_goes_on(copy_db):
    app = create_app(str(copy_db), ingest_timeout_s=0.01)
    earlier_upload = threading.Event()
    app.state.settings.ingest_worker.submit(earlier_upload.wait)  # the worker is busy until it is set
    response = TestClient(app).post("/api/ingest", files=[("files", ("slow.txt", UPLOADED.encode(), "text/plain"))])
    assert response.status_code == 504 and "goes on" in response.json()["detail"]
    earlier_upload.set()
    app.state.settings.ingest_worker.shutdown(wait=True)
    with Store(copy_db) as store:
        assert store.article("slow.txt")["relevant"] == 1


@pytest.mark.parametrize(("files", "message"), [
    ([("files", ("report.pdf", b"%PDF-1.4", "application/pdf"))], "unsupported file type"),
    ([("files", ("a.txt", b"one", "text/plain")), ("files", ("a.txt", b"two", "text/plain"))], "two files named"),
    ([("other", ("a.txt", b"one", "text/plain"))], "multipart field 'files'"),
])  # fmt: skip
def test_unusable_uploads_are_refused_with_a_message(client, files, message):
    response = client.post("/api/ingest", files=files)
    assert response.status_code == 400 and message in response.json()["detail"]


# --- bad requests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "/api/incidents?page=0", "/api/incidents?per_page=10000", "/api/incidents?per_page=0",
    "/api/incidents?start=notadate", "/api/incidents?end=2021-02-30", "/api/incidents?sort=bogus",
    "/api/incidents?page=abc", "/api/incidents?cause=exploded", "/api/incidents?start=2022-01-02&end=2022-01-01",
    "/api/stats?start=yesterday", "/api/articles?page=-1", "/api/export.xlsx", "/api/export.csv?sort=up",
])  # fmt: skip
def test_bad_parameters_give_a_4xx_with_a_message(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500, response.text
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


def test_unexpected_errors_become_json_without_a_trace(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("sitrep.server.select", broken)
    response = TestClient(create_app(str(db)), raise_server_exceptions=False).get("/api/incidents")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error (RuntimeError)"}


def test_openapi_and_docs_are_served(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/articles", "/api/stats", "/api/ingest"):
        assert path in spec["paths"], path
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/openapi.json" in docs.text and "cdn." not in docs.text


def test_every_response_forbids_framing_and_sniffing(client):
    for path in ("/", "/api/incidents", "/api/incidents/inc-none"):
        headers = client.get(path).headers
        assert headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
