"""The development gold set's tuning parts as a regression floor.

`sitrep eval` measures quality; this only makes sure a change does not quietly undo what the tuning
parts already get right. The floors sit a little under the figures measured when they were set
(README, "Quality, measured"). The set-aside parts (gold/unseen*) are never run here: they are read
by hand, in aggregate, for final checks only.
"""

from pathlib import Path

import pytest

from sitrep.evaluate import evaluate, load_parts

GOLD = Path(__file__).resolve().parents[1] / "gold"
TUNING = ["tune", "holdout", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9"]
# main-mention F1 per field over all tuning parts scored as one set
FLOORS = {
    "date": 0.97, "aircraft_model": 0.97, "aircraft_category": 0.97, "operator_country": 0.96,
    "location_country": 0.96, "location_admin1": 0.94, "cause": 0.96, "weapon": 0.94, "perpetrator": 0.96,
    "killed": 0.96, "wounded": 0.91, "on_board": 0.93,
}  # fmt: skip


@pytest.fixture(scope="module")
def report():
    folders = [GOLD / part for part in TUNING]
    return evaluate(load_parts(folders), folders)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_tuning_parts_keep_their_main_mention_f1(report, field):
    assert report["fields"]["main"][field]["f1"] >= FLOORS[field], report["fields"]["main"][field]


def test_tuning_parts_keep_their_mentions_relevance_and_grouping(report):
    assert report["mentions"]["main"]["f1"] >= 0.98
    assert report["mentions"]["background"]["recall"] >= 0.97
    assert report["relevance"]["f1"] >= 0.97
    assert report["grouping"]["articles"]["b_cubed"]["f1"] >= 0.97
    assert not report["articles_not_ingested"]
