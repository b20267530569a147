import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from sitrep import cli
from sitrep.link import incident_id_for
from sitrep.store import Store

from conftest import BAD_INPUTS, CORPUS, write_corpus

HELICOPTER = incident_id_for("courier.txt#0")  # the hand-built store's two-source incident
CRASH = incident_id_for("crash.txt#0")


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch):
    """Rich wraps at the terminal width (80 under a test runner); wide consoles keep lines whole."""
    monkeypatch.setattr(cli, "console", Console(width=400))
    monkeypatch.setattr(cli, "errors", Console(stderr=True, width=400))


def run(*args: str):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    # an exception that escapes the command would reach the user as a traceback
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def needs_pipeline():
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")


# --- ingest -------------------------------------------------------------------------------------


def test_ingest_prints_summary_and_names_every_bad_file(tmp_path):
    needs_pipeline()
    folder = write_corpus(tmp_path / "articles")
    db = tmp_path / "s.db"
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.output
    good = len(CORPUS) + 1  # three .txt articles and the good JSONL line
    bad = len(BAD_INPUTS)
    assert f"read {good + bad} · new articles {good} · updated 0 · unchanged 0 · skipped {bad}" in result.stdout, result.output
    assert "relevant articles" in result.stdout and "incidents created" in result.stdout
    assert "1 × no aircraft loss reported" in result.stdout
    assert f"skipped {folder / 'inbox' / 'empty.txt'}: empty file" in result.stderr
    assert f"skipped {folder / 'inbox' / 'binary.txt'}: binary file, not text" in result.stderr
    assert f"skipped {folder / 'inbox' / 'garbled.txt'}: invalid UTF-8 at byte " in result.stderr
    assert f"skipped {folder / 'inbox' / 'feed.jsonl'}:2: broken JSON line" in result.stderr
    with Store(db) as store:
        assert {a["id"] for a in store.articles()} == {*CORPUS, "council-budget"}
        assert store.count("incidents") >= 2
        assert len(store.skipped()) == bad

    again = run("ingest", folder, "--db", db)
    assert again.exit_code == 0, again.output
    assert f"new articles 0 · updated 0 · unchanged {good}" in again.stdout
    assert "incidents created 0 · updated 0" in again.stdout
    with Store(db) as store2:
        assert store2.count("articles") == good
        assert store2.count("runs") == 2


def test_ingest_json_summary(tmp_path):
    needs_pipeline()
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "crash.txt").write_text(CORPUS["australia/light_aircraft_crash.txt"])
    (folder / "blank.txt").write_text("   \n")
    result = run("ingest", folder, tmp_path / "not-there.txt", "--db", tmp_path / "s.db", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["read"], report["new_articles"], report["relevant"], report["incidents_created"]) == (3, 1, 1, 1)
    assert {(s["origin"].rsplit("/", 1)[-1], s["reason"]) for s in report["skipped"]} == {
        ("blank.txt", "empty file"), ("not-there.txt", "no such file or folder"),
    }  # fmt: skip


def test_ingest_needs_a_path():
    result = run("ingest")
    assert result.exit_code == 2
    assert "Missing argument" in result.output


# --- reading a store (hand-built: runs without the extractors) ----------------------------------


def test_incidents_json_prints_the_export_records(manual_db):
    result = run("incidents", "--db", manual_db, "--format", "json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [CRASH, HELICOPTER]
    assert records[1]["aircraft"]["model"] == "Mi-17"
    assert {m["article_id"] for m in records[1]["mentions"]} == {"courier.txt", "wire.txt"}


def test_incidents_csv(manual_db):
    result = run("incidents", "--db", manual_db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == [CRASH, HELICOPTER]
    assert rows[1]["place"] == "El Fasher" and rows[1]["killed"] == "4" and rows[1]["conflicts"] == "killed"
    assert rows[0]["aircraft_model"] == "Cessna 172"


def test_incidents_table_is_the_default(manual_db):
    result = run("incidents", "--db", manual_db)
    assert result.exit_code == 0, result.output
    assert "2 incidents" in result.stdout
    lines = result.stdout.splitlines()
    helicopter = next(line for line in lines if HELICOPTER in line)
    assert "2023-03-12" in helicopter and "Mi-17" in helicopter and "El Fasher, North Darfur, Sudan" in helicopter
    assert "courier.txt wire.txt" in helicopter
    crash = next(line for line in lines if CRASH in line)
    assert "2022-06-02" in crash and "Cessna 172" in crash and "crashed" in crash


def test_show_prints_fields_conflicts_and_evidence(manual_db):
    result = run("show", HELICOPTER, "--db", manual_db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"{HELICOPTER}  status: ")
    assert "2023-03-12 (day)" in out
    assert "Mi-17 / Mi-8 / helicopter" in out
    assert "El Fasher, North Darfur, Sudan" in out
    assert "conflict killed: 4 vs 5" in out
    assert "values by source" in out
    assert "[wire.txt] the outlet (asserted): “Five crew members were killed, a military spokesman told reporters in Khartoum.”" in out
    assert "[courier.txt] the outlet (claimed)" not in out and "[wire.txt] the outlet (claimed)" in out


def test_show_json_is_the_export_record(manual_db, tmp_path):
    result = run("show", HELICOPTER, "--db", manual_db, "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    exported = run("incidents", "--db", manual_db, "--format", "json").stdout.splitlines()
    assert record == json.loads(exported[1])


def test_show_unknown_id_is_a_clear_error(manual_db):
    result = run("show", "inc-ffffffffff", "--db", manual_db)
    assert result.exit_code == 1
    assert "Error: no incident inc-ffffffffff" in result.stderr
    assert result.stdout == ""


def test_show_merged_id_names_its_successor(manual_db):
    result = run("show", "inc-00000000aa", "--db", manual_db)
    assert result.exit_code == 1
    assert f"no incident inc-00000000aa (merged into {HELICOPTER})" in result.stderr


@pytest.mark.parametrize(("fmt", "check"), [
    ("jsonl", lambda text: [json.loads(line)["id"] for line in text.splitlines()] == [CRASH, HELICOPTER]),
    ("csv", lambda text: [r["id"] for r in csv.DictReader(io.StringIO(text))] == [CRASH, HELICOPTER]),
    ("geojson", lambda text: [f["geometry"] for f in json.loads(text)["features"]]
        == [None, {"type": "Point", "coordinates": [25.35, 13.63]}]),
])  # fmt: skip
def test_export_each_format(manual_db, tmp_path, fmt, check):
    out = tmp_path / f"all.{fmt}"
    result = run("export", "--db", manual_db, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"wrote 2 incidents to {out}" in result.stdout
    assert check(out.read_text(encoding="utf-8"))


def test_export_needs_format_and_output(manual_db, tmp_path):
    assert run("export", "--db", manual_db, "-o", tmp_path / "x.csv").exit_code == 2
    assert run("export", "--db", manual_db, "--format", "csv").exit_code == 2
    bad = run("export", "--db", manual_db, "--format", "xml", "-o", tmp_path / "x.xml")
    assert bad.exit_code == 2 and "xml" in bad.output


def test_export_into_a_missing_folder_is_a_clear_error(manual_db, tmp_path):
    result = run("export", "--db", manual_db, "--format", "csv", "-o", tmp_path / "no" / "such" / "dir" / "x.csv")
    assert result.exit_code == 1
    assert "Error: folder " in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_skipped_lists_inputs_and_reasons(manual_db):
    result = run("skipped", "--db", manual_db)
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "inbox/empty.txt" in line)
    assert "empty file" in row
    assert "1 skipped" in result.stdout


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["incidents"], ["incidents", "--format", "csv"], ["show", "inc-0000000000"],
                                     ["export", "--format", "jsonl", "-o", "out.jsonl"], ["skipped"]])  # fmt: skip
def test_missing_store_is_a_clear_error(tmp_path, command):
    db = tmp_path / "nowhere.db"
    result = run(*command, "--db", db)
    assert result.exit_code == 1
    assert f"Error: no store at {db}: run `sitrep ingest PATH --db {db}` first" in result.stderr
    assert not db.exists()  # asking must not create an empty store


def test_default_db_missing_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("incidents")
    assert result.exit_code == 1
    assert "no store at sitrep.db" in result.stderr


def test_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 100)
    result = run("incidents", "--db", db)
    assert result.exit_code == 1
    assert f"Error: cannot open store {db}: file is not a database" in result.stderr


# --- eval on the seeds --------------------------------------------------------------------------


def test_eval_on_the_seeds_prints_per_field_figures(seeds_dir):
    needs_pipeline()
    result = run("eval", seeds_dir / "gold.json", seeds_dir)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("articles 5 · incidents predicted ")
    assert "main mentions: P " in out and "background mentions: P " in out
    header = next(line for line in out.splitlines() if line.strip().startswith("field"))
    assert header.split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    figures = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  ") and len(line.split()) == 7}
    for field in ("aircraft_model", "aircraft_category", "cause", "killed"):
        assert field in figures, field
        precision, recall, f1 = (float(v) for v in figures[field][:3])
        assert 0.0 <= precision <= 1.0 and 0.0 <= recall <= 1.0 and 0.0 <= f1 <= 1.0
    assert "relevance: P " in out
    assert "grouping over articles: B-cubed P " in out
    assert "boilerplate: " in out and "gold boilerplate lines left in clean text" in out


def test_eval_json(seeds_dir):
    needs_pipeline()
    result = run("eval", seeds_dir / "gold.json", seeds_dir, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 5
    assert set(report["fields"]) == {"main", "background"}
    assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= set(report["fields"]["main"]["cause"])


def test_eval_rejects_a_file_that_is_not_gold(tmp_path, seeds_dir):
    bogus = tmp_path / "gold.jsonl"
    bogus.write_text('{"title": "no id here"}\n')
    result = run("eval", bogus, seeds_dir)
    assert result.exit_code == 1
    assert "a gold JSONL line must be an object with an 'id'" in result.stderr


def test_eval_misses_name_the_wrong_value_and_the_missed_mention(tmp_path, seeds_dir):
    needs_pipeline()
    gold = json.loads((seeds_dir / "gold.json").read_text())
    article_id, article = next((k, a) for k, a in gold["articles"].items() if a.get("incidents"))
    main = next(i for i in article["incidents"] if i["role"] == "main")
    true_killed = main["killed"]
    main["killed"] = 99
    article["incidents"].append(dict(main, incident_key="invented-extra", role="background", date="1999-01-01"))
    wrong_gold = tmp_path / "gold.json"
    wrong_gold.write_text(json.dumps(gold))
    result = run("eval", wrong_gold, seeds_dir, "--misses")
    assert result.exit_code == 0, result.output
    misses = result.stdout.split("\nmisses:\n", 1)[1].splitlines()
    assert f"{article_id} [main] {main['incident_key']}: killed: gold 99 · predicted {true_killed!r}" in misses
    assert f"{article_id} [background] invented-extra: mention: gold 'present' · predicted None" in misses
    report = json.loads(run("eval", wrong_gold, seeds_dir, "--json").stdout)
    assert {"article": article_id, "incident_key": main["incident_key"], "role": "main", "field": "killed", "gold": 99, "predicted": true_killed} in report["misses"]


def test_eval_counts_two_names_of_one_catalogue_model_as_equal_but_not_a_variant_and_its_family():
    from sitrep.evaluate import same

    assert same("aircraft_model", "CL-415", "Canadair CL-415")
    assert same("aircraft_model", "Mi 24", "Mi-24")
    assert not same("aircraft_model", "F-35B", "F-35")
    assert not same("aircraft_model", "Mi-17", "Mi-8")
    assert not same("aircraft_model", "Canadair CL-415", "Canadair CL-215")


def test_eval_counts_country_names_that_mean_the_same_country_as_equal():
    from sitrep.evaluate import same

    assert same("location_country", "DR Congo", "Democratic Republic of the Congo")
    assert same("operator_country", "USA", "United States")
    assert not same("operator_country", "Republic of the Congo", "Democratic Republic of the Congo")
    assert not same("location_country", "Niger", "Nigeria")


def test_eval_counts_a_region_with_or_without_its_designator_or_city_as_equal():
    from sitrep.evaluate import same

    assert same("location_admin1", "Federal Capital Territory", "Abuja Federal Capital Territory")
    assert same("location_admin1", "Kherson Oblast", "Kherson")
    assert same("location_admin1", "Northern Territory", "Northern")
    assert same("location_admin1", "Borno State", "Borno")
    assert not same("location_admin1", "South Wales", "New South Wales")
    assert not same("location_admin1", "Niger", "Nigeria")
    assert not same("location_admin1", "Western Cape", "Northern Cape")
    assert not same("location_admin1", "Capital Territory", "Australian Capital Territory")


def test_eval_counts_two_names_of_one_side_as_one_perpetrator_but_not_two_sides():
    from sitrep.evaluate import same

    assert same("perpetrator", "Malian Army gunners", "Mali")  # a state and its forces
    assert same("perpetrator", "Colombian air defences (claimed)", "Colombia")
    assert same("perpetrator", "Islamic State (claimed)", "Islamic State's West Africa Province")
    assert same("perpetrator", "militants", "al-Shabaab")  # an unnamed group and the group named
    assert same("perpetrator", "guerrilla fighters", "Karen National Liberation Army")
    assert not same("perpetrator", "Armenian forces", "Azerbaijan")  # two states
    assert not same("perpetrator", "Somali rebels", "Somalia")  # a state and the rebels fighting it
    assert not same("perpetrator", "Hamas", "Hezbollah")  # two named groups
    assert not same("perpetrator", "insurgents", "Kenya")


def _gold_part(folder: Path, seeds_dir: Path, names: list[str]) -> Path:
    gold = json.loads((seeds_dir / "gold.json").read_text())
    folder.mkdir()
    for name in names:
        shutil.copy(seeds_dir / name, folder / name)
    keys = {i["incident_key"] for name in names for i in gold["articles"][name]["incidents"]}
    part = {"articles": {name: gold["articles"][name] for name in names}, "incidents_expected": {"distinct_incidents": len(keys)}}
    (folder / "gold.json").write_text(json.dumps(part))
    return folder


def test_eval_scores_several_part_folders_as_one_set(tmp_path, seeds_dir):
    needs_pipeline()
    names = sorted(p.name for p in seeds_dir.glob("*.txt"))
    # the two reports of one incident stay in one part, so the parts share no incident
    first = _gold_part(tmp_path / "first", seeds_dir, names[:2])
    second = _gold_part(tmp_path / "second", seeds_dir, names[2:])
    together = json.loads(run("eval", first, second, "--json").stdout)
    whole = json.loads(run("eval", seeds_dir / "gold.json", seeds_dir, "--json").stdout)
    assert together["articles"] == 5
    assert together["incidents"]["gold"] == whole["incidents"]["gold"]
    assert together["fields"] == whole["fields"]
    assert together["grouping"] == whole["grouping"]
    assert all(m["incident_key"] is None or m["incident_key"].split(":")[0] in ("first", "second") for m in together["misses"])


def test_eval_of_part_folders_refuses_a_folder_without_gold(tmp_path, seeds_dir):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("eval", empty)
    assert result.exit_code == 1
    assert "not a folder holding a gold.json" in result.stderr
    assert "give the PATHS" in run("eval", seeds_dir / "gold.json").stderr
