"""Story grouping (stories.py) and the similarity core under it (similarity.py), on invented reports."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import cli
from sitrep.evaluate import b_cubed
from sitrep.read import read_paths
from sitrep.similarity import document_features, fit_corpus, similarity
from sitrep.stories import group_stories

ECB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ecbplus-train-dev.jsonl"

# Two earthquakes and two bank robberies, two reports of each, written for these tests.
REPORTS = [
    {"id": "quake-chile-1", "published": "2017-03-14", "title": "Strong earthquake kills 12 in northern Chile",
     "text": "A magnitude 6.4 earthquake struck the mining town of Calama in northern Chile on Tuesday, killing 12 "
             "people and injuring about 80, the national emergency office said.\nThe quake hit at 4:12 a.m. at a depth "
             "of 35 kilometres, according to the seismological centre.\nRescue teams from Antofagasta searched "
             "collapsed adobe houses in the old quarter of Calama."},
    {"id": "quake-chile-2", "published": "2017-03-15", "title": "Chile quake toll rises as rescuers dig through rubble",
     "text": "The death toll from Tuesday's 6.4-magnitude earthquake near Calama rose to 12 on Wednesday, Chilean "
             "officials said, with some 80 people hurt.\nAftershocks rattled the Antofagasta region overnight.\n"
             "Copper mines around Calama halted work while engineers checked the shafts."},
    {"id": "quake-turkey-1", "published": "2020-01-25", "title": "Earthquake in eastern Turkey leaves 31 dead",
     "text": "A magnitude 6.7 earthquake shook the province of Elazig in eastern Turkey on Friday evening, killing at "
             "least 31 people and injuring more than 1,600, the disaster agency AFAD said.\nThe quake was centred "
             "near the town of Sivrice on the shore of Lake Hazar.\nRescuers pulled a woman alive from a collapsed "
             "building 28 hours after the quake."},
    {"id": "quake-turkey-2", "published": "2020-01-26", "title": "Survivors pulled from rubble after Elazig earthquake",
     "text": "Turkish rescue workers found more survivors on Saturday in the ruins left by the magnitude 6.7 earthquake "
             "in Elazig province, as the death toll reached 31.\nAFAD said more than 1,600 people were injured when "
             "the quake struck near Sivrice late on Friday.\nAftershocks kept thousands of people sleeping in tents."},
    {"id": "robbery-lyon-1", "published": "2015-06-02", "title": "Armed men rob bank in Lyon, escape with 400,000 euros",
     "text": "Three armed men robbed a branch of Banque Rhodanienne in central Lyon on Monday morning and fled with "
             "about 400,000 euros, police said.\nThe robbers, wearing motorcycle helmets, forced the branch manager "
             "to open the vault.\nThe men escaped in a grey Peugeot that was later found burned out in Villeurbanne."},
    {"id": "robbery-lyon-2", "published": "2015-06-03", "title": "Police hunt helmeted gang after Lyon bank raid",
     "text": "French police were hunting three men who raided a Banque Rhodanienne branch in Lyon on Monday and took "
             "400,000 euros from the vault.\nInvestigators said the gang wore motorcycle helmets.\nThe getaway car, "
             "a grey Peugeot, was discovered on fire in Villeurbanne an hour after the robbery."},
    {"id": "robbery-ohio-1", "published": "2019-10-09", "title": "Man robs Dayton bank with note, takes $3,200",
     "text": "A man handed a teller a note demanding cash at the Miami Valley Savings branch on Wayne Avenue in Dayton, "
             "Ohio, on Tuesday afternoon and left with $3,200, police said.\nThe suspect wore a Cincinnati Reds cap "
             "and did not show a weapon.\nDayton police asked anyone who recognises him to call detectives."},
    {"id": "robbery-ohio-2", "published": "2019-10-10", "title": "Dayton police release photos of note-passing bank robber",
     "text": "Dayton police on Wednesday released surveillance images of a man who robbed the Miami Valley Savings "
             "branch on Wayne Avenue with a handwritten note.\nThe robber got away with $3,200, detectives said.\n"
             "He wore a Cincinnati Reds baseball cap and no weapon was seen."},
]  # fmt: skip


def stories_of(reports: list[dict]) -> dict[str, str]:
    return dict(zip((r["id"] for r in reports), group_stories(reports)))


def test_reports_of_one_event_group_together_and_look_alikes_stay_apart() -> None:
    story = stories_of(REPORTS)
    for event in ("quake-chile", "quake-turkey", "robbery-lyon", "robbery-ohio"):
        assert story[f"{event}-1"] == story[f"{event}-2"], event
    assert len(set(story.values())) == 4


def test_undated_look_alikes_each_told_once_stay_apart() -> None:
    undated = [{k: v for k, v in r.items() if k != "published"} for r in REPORTS if r["id"].endswith("-1")]
    assert len(set(stories_of(undated).values())) == 4


def test_same_words_years_apart_are_different_events() -> None:
    text = ("Fire broke out at the Halden paper mill on the river front, and 40 firefighters fought the blaze "
            "through the night.\nThe owner said production would stop for weeks.")  # fmt: skip
    reports = [
        {"id": "fire-a", "published": "2012-05-03", "title": "Fire at Halden paper mill", "text": text},
        {"id": "fire-b", "published": "2016-09-21", "title": "Fire at Halden paper mill", "text": text},
    ]
    story = stories_of(reports)
    assert story["fire-a"] != story["fire-b"]
    reports[1]["text"] += "\nInvestigators now blame the fire of 3 May 2012 on a faulty dryer."
    assert stories_of(reports)["fire-a"] == stories_of(reports)["fire-b"]


def test_story_ids_derive_from_members_not_from_order() -> None:
    shuffled = REPORTS[:]
    random.Random(7).shuffle(shuffled)
    assert stories_of(shuffled) == stories_of(REPORTS)
    assert all(s.startswith("story-") for s in stories_of(REPORTS).values())


def test_empty_and_single_batches() -> None:
    assert group_stories([]) == []
    assert len(group_stories(REPORTS[:1])) == 1


def test_features_keep_names_numbers_and_resolved_dates() -> None:
    report = REPORTS[0]
    features = document_features(report["text"], report["title"], report["published"])
    assert "calama" in features.names and "antofagasta" in features.names
    assert "6.4" in features.numbers and "12" in features.numbers
    assert not any(n in ("4", "4:12", "2017") for n in features.numbers)  # clock times and years are not figures
    assert "d2017-03-14" in features.times  # "on Tuesday", resolved against the publication date
    assert features.lead and "earthquake" in features.lead


def test_same_event_is_more_alike_than_a_look_alike() -> None:
    features = [document_features(r["text"], r["title"], r["published"]) for r in REPORTS]
    corpus = fit_corpus(features)
    same = similarity(features[0], features[1], corpus)
    look_alike = similarity(features[0], features[2], corpus)
    unrelated = similarity(features[0], features[4], corpus)
    assert same > look_alike > unrelated >= 0.0
    assert 0.0 <= similarity(features[0], features[1]) <= 1.0  # IDF fitted on the pair alone


def test_cli_prints_one_json_line_per_article(tmp_path: Path) -> None:
    (tmp_path / "reports.jsonl").write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["stories", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in REPORTS]
    assert len({line["story"] for line in lines}) == 4
    assert "skipped" in result.stderr and "empty.txt" in result.stderr

    table = CliRunner().invoke(cli.main, ["stories", str(tmp_path / "reports.jsonl"), "--format", "table"])
    assert table.exit_code == 0 and "4 stories in 8 articles" in table.stdout


@pytest.mark.skipif(not ECB.exists(), reason="ECB+ bench file not present")
def test_ecb_plus_train_and_dev_documents_clustered_together() -> None:
    records = [json.loads(line) for line in ECB.open(encoding="utf-8")]
    articles = list(read_paths([ECB]))
    predicted = dict(zip((a.id for a in articles), group_stories(articles)))
    gold_groups: dict[str, set[str]] = defaultdict(set)
    predicted_groups: dict[str, set[str]] = defaultdict(set)
    for r in records:
        gold_groups[r["subtopic"]].add(r["id"])
        predicted_groups[predicted[r["id"]]].add(r["id"])
    gold_of = {r["id"]: gold_groups[r["subtopic"]] for r in records}
    assert b_cubed(gold_of, {i: predicted_groups[predicted[i]] for i in gold_of})["f1"] >= 0.97
