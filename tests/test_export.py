import csv
import io
import json

import pytest

from sitrep.export import CSV_COLUMNS, export, flat_row, incident_records, write_csv
from sitrep.models import FIELDS
from sitrep.store import Store

TOP_KEYS = {
    "id", "status", "date", "aircraft", "operator", "location", "cause", "weapon", "perpetrator", "killed",
    "wounded", "missing", "captured", "on_board", "casualty_ranges", "conflicts", "values", "mentions",
}  # fmt: skip
MENTION_KEYS = {"article_id", "url", "outlet", "title", "role", *FIELDS}
EVIDENCE_KEYS = {"text", "start", "end", "attributed_to", "stance"}
STATUSES = {"confirmed", "claimed", "disputed", "unconfirmed"}
COURIER, WIRE, CRASH = "sudan/helicopter_courier.txt", "sudan/helicopter_wire.txt", "australia/light_aircraft_crash.txt"


@pytest.fixture(params=["manual", "ingested"])
def db(request):
    """The same contract checks over a hand-built store and over one the pipeline filled."""
    if request.param == "ingested":
        pytest.importorskip("sitrep.extract.aircraft")
        pytest.importorskip("sitrep.gazetteer")
        return request.getfixturevalue("ingested")[0]
    return request.getfixturevalue("manual_db")


def exported(db, fmt, tmp_path):
    out = tmp_path / f"incidents.{fmt}"
    with Store(db) as store:
        count = export(store, fmt, out)
    return count, out.read_text(encoding="utf-8")


def jsonl_records(db, tmp_path):
    count, text = exported(db, "jsonl", tmp_path)
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == count
    return records


def test_jsonl_records_follow_the_contract(db, tmp_path):
    records = jsonl_records(db, tmp_path)
    assert len(records) >= 2
    for record in records:
        assert TOP_KEYS <= set(record), record.keys()
        assert record["id"].startswith("inc-") and len(record["id"]) == 14
        assert record["status"] in STATUSES
        if record["date"] is not None:
            assert set(record["date"]) == {"value", "precision"}
        if record["aircraft"] is not None:
            assert set(record["aircraft"]) == {"model", "family", "category"}
        if record["location"] is not None:
            assert set(record["location"]) == {"country", "admin1", "place", "lat", "lon", "precision"}
        for field in ("killed", "wounded", "on_board"):
            assert record[field] is None or isinstance(record[field], int)
        assert isinstance(record["conflicts"], list)
        for conflict in record["conflicts"]:
            assert set(conflict) == {"field", "values", "why"}
        assert record["mentions"]
        for mention in record["mentions"]:
            assert set(mention) == MENTION_KEYS
            assert mention["role"] in ("main", "background")
            for field in FIELDS:
                for value in mention[field]:
                    assert set(value["evidence"]) == EVIDENCE_KEYS
                    assert "as_written" not in value
                    if field == "aircraft":
                        assert {"model", "family", "category"} <= set(value)
                    elif field == "location":
                        assert {"country", "admin1", "place", "lat", "lon", "precision"} <= set(value)
                    elif field == "date":
                        assert {"value", "precision"} <= set(value)
                    else:
                        assert set(value) == {"value", "evidence"}


def encloses(text: str, sentence: str, start: int, end: int) -> bool:
    """Some occurrence of `sentence` in `text` covers [start, end)."""
    at = text.find(sentence)
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return True
        at = text.find(sentence, at + 1)
    return False


def test_evidence_span_lies_inside_its_sentence_in_the_clean_text(db, tmp_path):
    records = jsonl_records(db, tmp_path)
    checked = 0
    with Store(db) as store:
        for record in records:
            for mention in record["mentions"]:
                clean = store.article(mention["article_id"])["clean_text"]
                for field in FIELDS:
                    for value in mention[field]:
                        evidence = value["evidence"]
                        start, end, sentence = evidence["start"], evidence["end"], evidence["text"]
                        assert 0 <= start <= end <= len(clean)
                        assert sentence and sentence in clean
                        assert clean[start:end] in sentence
                        assert encloses(clean, sentence, start, end), (field, evidence)
                        checked += 1
    assert checked >= 5


def test_jsonl_is_sorted_by_date_and_matches_incident_records(db, tmp_path):
    records = jsonl_records(db, tmp_path)
    dates = [(r["date"] or {}).get("value") or "" for r in records]
    assert dates == sorted(dates)
    with Store(db) as store:
        assert [r["id"] for r in records] == [i["id"] for i in store.incidents()]
        assert records == json.loads(json.dumps(list(incident_records(store))))


def test_mentions_carry_their_article_metadata(manual_db, tmp_path):
    records = {r["mentions"][0]["article_id"]: r for r in jsonl_records(manual_db, tmp_path)}
    helicopter = records["courier.txt"]
    by_article = {m["article_id"]: m for m in helicopter["mentions"]}
    assert set(by_article) == {"courier.txt", "wire.txt"}
    assert by_article["courier.txt"]["url"] == "https://www.valleycourier.example/world/helicopter"
    assert by_article["courier.txt"]["outlet"] == "valleycourier.example"
    assert by_article["courier.txt"]["title"] == "Army helicopter shot down over Darfur, four crew killed"
    assert by_article["wire.txt"]["killed"][0]["value"] == 5
    assert by_article["wire.txt"]["cause"][0]["evidence"]["stance"] == "claimed"


def test_reconciled_values_of_the_hand_built_incidents(manual_db, tmp_path):
    crash, helicopter = jsonl_records(manual_db, tmp_path)  # sorted by date: 2022 before 2023
    assert helicopter["date"] == {"value": "2023-03-12", "precision": "day"}
    assert helicopter["aircraft"] == {"model": "Mi-17", "family": "Mi-8", "category": "helicopter"}
    assert helicopter["location"] == {"country": "Sudan", "admin1": "North Darfur", "place": "El Fasher",
                                      "lat": 13.63, "lon": 25.35, "precision": "place"}  # fmt: skip
    assert (helicopter["cause"], helicopter["weapon"], helicopter["operator"]) == ("shot_down", "surface-to-air missile", "Sudan")
    assert helicopter["killed"] == 4  # 4 and 5 stated once each: the lower
    assert helicopter["casualty_ranges"]["killed"] == {"low": 4, "best": 4, "high": 5}
    assert [c["field"] for c in helicopter["conflicts"]] == ["killed"]
    assert crash["location"] is None and crash["cause"] == "crashed" and crash["killed"] == 1
    assert crash["aircraft"]["category"] == "light"


def test_csv_parses_with_one_row_per_incident(db, tmp_path):
    records = jsonl_records(db, tmp_path)
    count, text = exported(db, "csv", tmp_path)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert count == len(rows) == len(records)
    assert tuple(csv.reader(io.StringIO(text)).__next__()) == CSV_COLUMNS
    for row, record in zip(rows, records):
        assert row["id"] == record["id"]
        assert row["status"] == record["status"]
        assert row["date"] == ((record["date"] or {}).get("value") or "")
        assert row["killed"] == ("" if record["killed"] is None else str(record["killed"]))
        assert set(row["articles"].split()) == {m["article_id"] for m in record["mentions"]}


def test_csv_of_hand_built_store(manual_db, tmp_path):
    _, text = exported(manual_db, "csv", tmp_path)
    crash, helicopter = list(csv.DictReader(io.StringIO(text, newline="")))
    assert helicopter["aircraft_model"] == "Mi-17" and helicopter["place"] == "El Fasher"
    assert (helicopter["lat"], helicopter["lon"]) == ("13.63", "25.35")
    assert helicopter["conflicts"] == "killed"
    assert helicopter["articles"] == "courier.txt wire.txt"
    assert crash["lat"] == "" and crash["country"] == ""


def test_csv_quotes_commas_quotes_and_newlines():
    record = {
        "id": "inc-0000000001", "status": "claimed", "date": None, "aircraft": None, "location": None,
        "operator": 'Forces of "the North", east wing', "perpetrator": "line one\nline two", "mentions": [],
    }  # fmt: skip
    out = io.StringIO(newline="")
    write_csv(iter([record]), out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert row["operator"] == 'Forces of "the North", east wing'
    assert row["perpetrator"] == "line one\nline two"


def test_geojson_is_a_feature_collection_with_points_or_null(db, tmp_path):
    records = {r["id"]: r for r in jsonl_records(db, tmp_path)}
    count, text = exported(db, "geojson", tmp_path)
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == count == len(records)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        location = records[feature["id"]]["location"] or {}
        if feature["geometry"] is None:
            assert location.get("lat") is None or location.get("lon") is None
        else:
            assert feature["geometry"]["type"] == "Point"
            lon, lat = feature["geometry"]["coordinates"]
            assert (lon, lat) == (location["lon"], location["lat"])
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert "lat" not in feature["properties"] and "lon" not in feature["properties"]
        assert feature["properties"]["id"] == feature["id"]


def test_geojson_of_hand_built_store(manual_db, tmp_path):
    _, text = exported(manual_db, "geojson", tmp_path)
    crash, helicopter = json.loads(text)["features"]
    assert helicopter["geometry"] == {"type": "Point", "coordinates": [25.35, 13.63]}  # [lon, lat]
    assert crash["geometry"] is None
    assert helicopter["properties"]["place"] == "El Fasher"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_export_replaces_the_file_and_leaves_no_partial(manual_db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    out.write_text("stale content from an earlier export\n")
    with Store(manual_db) as store:
        assert export(store, fmt, out) == 2
    assert "stale content" not in out.read_text()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_of_an_empty_store(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        assert export(store, "jsonl", tmp_path / "e.jsonl") == 0
        assert export(store, "csv", tmp_path / "e.csv") == 0
        assert export(store, "geojson", tmp_path / "e.geojson") == 0
    assert (tmp_path / "e.jsonl").read_text() == ""
    assert (tmp_path / "e.csv").read_text().strip() == ",".join(CSV_COLUMNS)
    assert json.loads((tmp_path / "e.geojson").read_text()) == {"type": "FeatureCollection", "features": []}


def test_flat_row_of_a_bare_record():
    row = flat_row({"id": "inc-0000000002"})
    assert tuple(row) == CSV_COLUMNS
    assert row["id"] == "inc-0000000002"
    assert row["conflicts"] == "" and row["articles"] == ""
    assert all(row[c] is None for c in CSV_COLUMNS if c not in ("id", "conflicts", "articles"))


# --- the ingested corpus: what the pipeline made of two reports of one loss and an unrelated crash -----


def incidents_by_article(db, tmp_path):
    records = jsonl_records(db, tmp_path)
    by_article = {}
    for record in records:
        for mention in record["mentions"]:
            if mention["role"] == "main":
                by_article.setdefault(mention["article_id"], []).append(record)
    return records, by_article


def test_ingested_shoot_down_reports_give_their_facts(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    _, by_article = incidents_by_article(ingested[0], tmp_path)
    for article_id in (COURIER, WIRE):
        [incident] = by_article[article_id]
        assert incident["aircraft"] == {"model": "Mi-17", "family": "Mi-8", "category": "helicopter"}, article_id
        assert incident["cause"] == "shot_down", article_id
        assert incident["killed"] == 4, article_id
        assert (incident["location"]["country"], incident["location"]["place"]) == ("Sudan", "El Fasher"), article_id
        assert incident["operator"] == "Sudan", article_id
    [courier] = by_article[COURIER]
    assert courier["date"] == {"value": "2023-03-12", "precision": "day"}
    assert courier["weapon"] == "surface-to-air missile"


def test_ingested_unrelated_crash_is_its_own_incident(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    records, by_article = incidents_by_article(ingested[0], tmp_path)
    [crash] = by_article[CRASH]
    assert {m["article_id"] for m in crash["mentions"]} == {CRASH}
    assert crash["cause"] == "crashed"
    assert crash["date"] == {"value": "2022-06-02", "precision": "day"}
    assert crash["aircraft"]["model"] == "Cessna 172"
    assert (crash["location"]["country"], crash["location"]["admin1"]) == ("Australia", "Queensland")
    assert not any(m["article_id"] == "council-budget" for r in records for m in r["mentions"])


def test_ingested_reports_of_one_shoot_down_form_one_incident(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    _, by_article = incidents_by_article(ingested[0], tmp_path)
    assert [r["id"] for r in by_article[COURIER]] == [r["id"] for r in by_article[WIRE]]
    [helicopter] = by_article[WIRE]
    assert helicopter["date"] == {"value": "2023-03-12", "precision": "day"}


def test_ingested_one_perpetrator_named_two_ways_is_not_a_conflict(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    _, by_article = incidents_by_article(ingested[0], tmp_path)
    [incident] = by_article[WIRE]
    assert not [c for c in incident["conflicts"] if c["field"] == "perpetrator"]
    assert incident["status"] != "disputed"


def test_ingested_place_of_a_press_briefing_is_not_the_loss_location(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    _, by_article = incidents_by_article(ingested[0], tmp_path)
    [incident] = by_article[WIRE]
    wire = next(m for m in incident["mentions"] if m["article_id"] == WIRE)
    assert "Khartoum" not in {(loc["admin1"]) for loc in wire["location"]} | {loc["place"] for loc in wire["location"]}
    assert not [c for c in incident["conflicts"] if c["field"] == "location"]


def test_ingested_killing_the_pilot_counts_one_dead(ingested, tmp_path):
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    _, by_article = incidents_by_article(ingested[0], tmp_path)
    [crash] = by_article[CRASH]
    assert crash["killed"] == 1
