"""Claim checking: reading claims, each verdict on a small invented store, the claims file, the API."""

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from sitrep import claims as claims_module
from sitrep import cli
from sitrep.claims import check_claim, evaluate_claims, load_claims, parse_claim
from sitrep.pipeline import ingest
from sitrep.store import Store

from conftest import SEEDS, require_pipeline

ROOT = Path(__file__).resolve().parents[1]
# Invented for these tests: one clean report, a crash the army explains and militants claim, a toll two
# sources disagree on, and a shoot-down only its authors claim.
ARTICLES = {
    "peru.txt": """\
Peruvian air force helicopter crashes in Cusco, eight dead
A Peruvian Air Force Mi-17 helicopter crashed in the Cusco region on 5 September 2021, killing all eight people on board, the air force said.
The helicopter was carrying supplies to a remote army post when it went down in mountainous terrain.
""",
    "niger_army.txt": """\
Niger army helicopter crashes near Agadez
The army said a Nigerien Mi-17 helicopter crashed near Agadez on 14 March 2021 after a technical failure, killing two crew members.
A rescue team reached the wreckage on Monday.
""",
    "niger_claim.txt": """\
Militants say they downed Niger helicopter
Islamist militants claimed that they shot down a Nigerien Mi-17 helicopter near Agadez on 14 March 2021.
The group posted photos of burning wreckage on its channels.
""",
    "chad_ministry.txt": """\
Chadian Su-25 lost near Lake Chad
A Chadian Su-25 jet crashed near Bol on 2 July 2022, killing two pilots, the defence ministry said.
""",
    "chad_source.txt": """\
Chad loses attack jet
A Chadian Su-25 attack jet crashed near Bol on 2 July 2022, killing three crew members, a military source said.
""",
    "myanmar.txt": """\
Rebels say they hit army gunship
Rebels in Myanmar said they shot down a military Mi-35 helicopter in Kachin State on 3 May 2021.
The military did not comment on the claim.
""",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    require_pipeline()
    folder = tmp_path_factory.mktemp("claims-articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(tmp_path_factory.mktemp("claims") / "claims.db") as opened:
        ingest([folder], opened)
        yield opened


def verdict(store, claim):
    result = check_claim(store, claim)
    return result["verdict"], result


# --- reading a claim ---------------------------------------------------------------------------


def test_parse_reads_aircraft_family_operator_month_and_toll_in_words():
    require_pipeline()
    found = parse_claim("Rebels downed a Syrian Mi-35 gunship near Hama in March 2016, killing both pilots.")
    assert found["aircraft"]["model"] == "Mi-35" and found["aircraft"]["family"] == "Mi-24"
    assert found["operator"] == "Syria"
    assert found["date"]["value"] == "2016-03" and found["date"]["precision"] == "month"
    assert found["location"]["country"] == "Syria" and found["location"]["admin1"] == "Hama"
    assert found["cause"] == {"value": "shot_down", "negated": False, "as_written": "downed"}
    assert found["killed"] == 2


def test_parse_bare_toll_and_shooter_aircraft():
    require_pipeline()
    found = parse_claim("Turkish F-16s shot down a Russian Su-24 over Syria on 24 November 2015, killing one.")
    assert found["aircraft"]["model"] == "Su-24"
    assert found["operator"] == "Russia" and found["perpetrator"] == "Turkey"
    assert found["date"] == {"value": "2015-11-24", "precision": "day", "as_written": "on 24 November 2015"}
    assert found["killed"] == 1


def test_parse_negated_cause_and_technical_failure():
    require_pipeline()
    assert parse_claim("The Mi-8 that came down in Idlib was not shot down.")["cause"]["negated"] is True
    cause = parse_claim("An Indian An-32 crashed in Arunachal Pradesh after an engine failure.")["cause"]
    assert cause["value"] == "shot_down" and cause["negated"] is True


def test_parse_relative_date_needs_a_reference_and_years_are_not_counts():
    require_pipeline()
    assert parse_claim("A Malian Mi-24 crashed last week.")["date"]["value"] is None
    dated = parse_claim("A Malian Mi-24 crashed last week.", reference_date="2023-05-24")
    assert dated["date"] == {"value": "2023-05", "precision": "month", "as_written": "last week"}
    assert parse_claim("In 2016 five soldiers died when their Mi-8 crashed.")["killed"] == 5


def test_parse_rejects_empty_and_overlong_claims():
    with pytest.raises(ValueError, match="empty"):
        parse_claim("   ")
    with pytest.raises(ValueError, match="longer than 1000"):
        parse_claim("A helicopter crashed. " * 60)


# --- the four verdicts -----------------------------------------------------------------------------


def test_supported_with_evidence_and_sources(store):
    label, result = verdict(store, "A Peruvian Mi-17 crashed in the Cusco region on 5 September 2021, killing all eight on board.")
    assert label == "supported", result["reason"]
    assert result["incident_id"] and not [c for c in result["checks"] if c["verdict"] != "supported"]
    toll = next(c for c in result["checks"] if c["field"] == "killed")
    assert toll["claimed"] == 8
    evidence = next(e for e in toll["evidence"] if e["attributed_to"] == "the air force")
    assert evidence["article_id"] == "peru.txt" and evidence["relation"] == "agrees"
    assert "killing all eight people on board" in evidence["text"] and evidence["stance"] == "asserted"


@pytest.mark.parametrize(
    "claim, field, words",
    [
        ("A Peruvian Mi-17 crashed in the Cusco region on 5 September 2021, killing ten.", "killed", "sources say 8 killed, the claim says 10"),
        ("A Peruvian Mi-17 crashed in the Cusco region in October 2021.", "date", "sources say 2021-09-05"),
        ("A Peruvian Mi-24 crashed in the Cusco region on 5 September 2021.", "aircraft", "sources say Mi-17"),
        ("A Peruvian Mi-17 crashed in the Arequipa region on 5 September 2021.", "location", "sources say Cusco"),
        ("Rebels shot down a Peruvian Mi-17 in the Cusco region on 5 September 2021.", "cause", "sources say crashed"),
    ],
)
def test_refuted_names_the_false_detail(store, claim, field, words):
    label, result = verdict(store, claim)
    assert label == "refuted", result["reason"]
    assert [c["field"] for c in result["checks"] if c["verdict"] == "refuted"] == [field]
    assert words in result["reason"]


def test_conflicting_toll_and_contested_shootdown(store):
    label, result = verdict(store, "A Chadian Su-25 crashed near Bol on 2 July 2022, killing two pilots.")
    assert label == "conflicting" and result["reason"].startswith("toll: sources disagree"), result["reason"]
    assert {e["value"] for e in next(c for c in result["checks"] if c["field"] == "killed")["evidence"]} == {2, 3}
    label, result = verdict(store, "Militants shot down a Nigerien Mi-17 near Agadez on 14 March 2021.")
    assert label == "conflicting", result["reason"]
    assert next(c for c in result["checks"] if c["field"] == "cause")["verdict"] == "conflicting"


def test_a_shootdown_only_its_authors_claim_is_not_enough(store):
    label, result = verdict(store, "Rebels shot down a Myanmar military Mi-35 in Kachin State on 3 May 2021.")
    assert label == "not_enough_evidence", result["reason"]
    assert "only claimed" in result["reason"] and result["incident_id"]


def test_a_detail_no_source_gives_is_not_enough(store):
    label, result = verdict(store, "A Chadian Su-25 carrying two crew members crashed near Bol on 2 July 2022.")
    assert label == "not_enough_evidence"
    assert result["reason"] == "on board: no source gives the number on board"


def test_no_match_shows_nearest_incidents(store):
    label, result = verdict(store, "A Chilean C-130 crashed in the Drake Passage in December 2019, killing 38.")
    assert label == "not_enough_evidence" and result["incident_id"] is None and result["checks"] == []
    assert result["reason"].startswith("no incident in the store matches C-130")
    assert result["candidates"] and set(result["candidates"][0]) == {"incident_id", "score", "date", "aircraft", "country", "cause"}


@pytest.mark.parametrize(
    "claim, missing",
    [
        ("Eight people died when an aircraft crashed in Peru's Cusco region on 5 September 2021.", "aircraft"),
        ("A Peruvian Mi-17 crashed in the Cusco region, killing all eight people on board.", "date"),
        ("A Peruvian Mi-17 crashed on 5 September 2021, killing eight people.", "location"),
    ],
)
def test_claims_without_aircraft_date_or_place(store, claim, missing):
    label, result = verdict(store, claim)
    assert result["constraints"][missing] is None
    assert label == "supported", result["reason"]


# --- the claims file over the bundled sample and the seeds ---------------------------------------------


@pytest.fixture(scope="module")
def samples_and_seeds(tmp_path_factory):
    require_pipeline()
    if not (SEEDS / "gold.json").is_file():
        pytest.skip(f"seed articles not found at {SEEDS}")
    with Store(tmp_path_factory.mktemp("claims-gold") / "claims.db") as opened:
        ingest([ROOT / "samples" / "articles", SEEDS], opened)
        yield opened


def test_claims_file_accuracy(samples_and_seeds):
    rows = load_claims(ROOT / "gold" / "claims.jsonl")
    assert len(rows) >= 50 and {r["expected"] for r in rows} == {"supported", "refuted", "conflicting", "not_enough_evidence"}
    report = evaluate_claims(samples_and_seeds, rows)
    misses = [f"{r['expected']} → {r['predicted']}: {r['claim']} ({r['reason']})" for r in report["results"] if not r["correct"]]
    assert report["groups"]["seeds"]["accuracy"] >= 0.9, "\n".join(misses)
    # The target over the whole file (60/63 = 0.952 when written); the misses left are extraction
    # errors in the bundled sample's store, listed in gold/README.md.
    assert report["accuracy"] >= 0.9, "\n".join(misses)


def test_indexed_first_cut_finds_what_reading_every_incident_finds(samples_and_seeds, monkeypatch):
    rows = load_claims(ROOT / "gold" / "claims.jsonl")
    claims = [r["claim"] for r in rows] + ["A helicopter went down on 24 November.", "Something happened in Syria."]
    cut = [check_claim(samples_and_seeds, claim) for claim in claims]
    monkeypatch.setattr(claims_module, "_incidents_to_match", lambda store, constraints: store.incidents())
    for claim, indexed in zip(claims, cut):
        full = check_claim(samples_and_seeds, claim)
        assert (indexed["verdict"], indexed["incident_id"], indexed["checks"]) == (full["verdict"], full["incident_id"], full["checks"]), claim
    assert sum(r["incident_id"] is not None for r in cut) >= 40


def test_load_claims_names_the_bad_line(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text('{"claim": "A helicopter crashed.", "expected": "supported"}\n{"claim": "x", "expected": "true"}\n')
    with pytest.raises(ValueError, match=r"claims.jsonl:2: needs"):
        load_claims(path)


# --- command line ------------------------------------------------------------------------------------


@pytest.fixture
def wide(monkeypatch):
    monkeypatch.setattr(cli, "console", Console(width=400))


def test_cli_check_prints_verdict_table_and_json(store, wide):
    runner = CliRunner()
    result = runner.invoke(cli.main, ["check", "A Chadian Su-25 crashed near Bol on 2 July 2022, killing two pilots.", "--db", store.path])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conflicting  inc-")
    assert "toll: sources disagree" in result.output and "a military source (asserted)" in result.output
    as_json = runner.invoke(cli.main, ["check", "A Peruvian Mi-17 crashed in Cusco in 2021.", "--db", store.path, "--json"])
    assert json.loads(as_json.output)["verdict"] == "supported"


def test_cli_check_file_prints_confusion_table(store, tmp_path, wide):
    path = tmp_path / "claims.jsonl"
    path.write_text(
        json.dumps({"claim": "A Peruvian Mi-17 crashed in Cusco in September 2021.", "expected": "supported"}) + "\n"
        + json.dumps({"claim": "A Peruvian Mi-17 crashed in Cusco in 2019.", "expected": "supported"}) + "\n"
    )  # fmt: skip
    result = CliRunner().invoke(cli.main, ["check", "--file", str(path), "--db", store.path])
    assert result.exit_code == 0, result.output
    assert "accuracy 0.500 (1/2)" in result.output and "expected × predicted" in result.output
    assert "✗ expected supported, got refuted: A Peruvian Mi-17 crashed in Cusco in 2019." in result.output


def test_cli_check_needs_a_claim_or_a_file(store):
    result = CliRunner().invoke(cli.main, ["check", "--db", store.path])
    assert result.exit_code == 2 and "give either a CLAIM or --file" in result.output
    empty = CliRunner().invoke(cli.main, ["check", "  ", "--db", store.path])
    assert empty.exit_code == 1 and "the claim is empty" in empty.output


# --- HTTP API --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(store):
    server = pytest.importorskip("sitrep.server")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(server.create_app(store.path))


def test_api_check(client):
    answer = client.get("/api/check", params={"claim": "A Chadian Su-25 crashed near Bol on 2 July 2022, killing three."})
    assert answer.status_code == 200
    body = answer.json()
    assert body["verdict"] == "conflicting" and body["incident_id"].startswith("inc-")
    assert {"claim", "constraints", "verdict", "reason", "incident_id", "checks", "candidates"} <= set(body)
    for params, status in (({}, 422), ({"claim": ""}, 422), ({"claim": "x" * 1001}, 422), ({"claim": "   "}, 400)):
        bad = client.get("/api/check", params=params)
        assert bad.status_code == status and bad.json()["detail"], params
