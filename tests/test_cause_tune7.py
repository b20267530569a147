"""Friendly fire, a corrected fault and bare maker names, each in several invented phrasings (tune7 misses)."""

import pytest

from harness import main_mention
from sitrep.extract.aircraft import find_aircraft
from sitrep.reconcile import summarise


def main_summary(text: str) -> dict:
    return summarise([main_mention(text)])


@pytest.mark.parametrize("text, cause", [
    # the operator's own air defence, told in several ways
    ("Air force admits own missile hit Su-25\nUkraine's air force said one of its Su-25 jets lost over "
     "Zaporizhzhia region was hit by a Ukrainian surface-to-air missile.", "friendly_fire"),
    ("Nigerian military confirms jet loss\nAn air defence battery mistook a returning Nigerian Air Force Alpha Jet "
     "for a hostile aircraft and shot it down near Maiduguri, the Nigerian military said on Monday.", "friendly_fire"),
    ("Syrian jet lost near Hama\nA Syrian MiG-23 crashed near Hama on Sunday. The Syrian army said an air defence "
     "crew had mistaken the returning jet for an Israeli drone and fired at it.", "friendly_fire"),
    # negatives: the other side's fire, and a foreign crew's mistake
    ("Ukrainian air defence shot down a Russian Su-34 over Kharkiv region on Tuesday, the Ukrainian air force said.",
     "disputed"),
    ("Iranian gunners mistook a Ukrainian Boeing 737 for a hostile missile and shot it down near Tehran, Iran's "
     "military admitted.", "shot_down"),
    ("Kyiv claims Su-25, Moscow blames pilot\nUkraine's army said its troops had downed a Russian Su-25 near "
     "Kherson on Friday. Russia denied it, saying the jet crashed because of pilot error.", "disputed"),
])
def test_fire_from_the_operators_own_side_is_friendly_fire(text: str, cause: str) -> None:
    assert main_summary(text)["cause"] == cause


def test_a_unit_that_took_its_own_jet_for_an_enemy_is_named() -> None:
    got = main_summary("Own air defence downed Su-24, command says\nUkraine's air force command said an air defence "
                       "unit had mistaken the returning Su-24 jet for a Russian cruise missile and shot it down over Mykolaiv.")
    assert got["cause"] == "friendly_fire"
    assert "Ukrain" in (got["perpetrator"] or "")


@pytest.mark.parametrize("text", [
    "Mali's army said on Friday that its Mi-24 lost near Gao was downed by jihadist fire, correcting its first "
    "statement that the helicopter had suffered an engine failure.",
    "Contrary to initial reports of a technical problem, the Colombian police said their Black Hawk helicopter was "
    "brought down by gunfire from FARC dissidents.",
    "The army now says the Cessna 208 was shot down by cartel gunmen in Sinaloa, reversing its earlier account that "
    "the plane crashed because of a mechanical fault.",
])
def test_a_fault_the_operator_takes_back_does_not_dispute_its_shoot_down(text: str) -> None:
    assert main_summary(text)["cause"] == "shot_down"


def test_a_fault_the_operator_still_blames_disputes_a_claim() -> None:
    got = main_summary("Rebels said they shot down an army Mi-17 helicopter near Gao on Monday, but the army blamed "
                       "an engine failure.")
    assert got["cause"] == "disputed"


@pytest.mark.parametrize("text, written, category", [
    ("An army Cessna crashed near the base on Monday.", "Cessna", "aircraft"),
    ("A crop-dusting Air Tractor went down in a field.", "Air Tractor", "light"),
    ("The Piper carrying two people crashed on take-off.", "Piper", "light"),
    ("Rebels said they shot down a police Beechcraft over the hills.", "Beechcraft", None),
])
def test_a_bare_maker_name_in_a_flying_sentence_is_an_aircraft(text: str, written: str, category: str | None) -> None:
    found = [a for a in find_aircraft(text) if a.text == written]
    assert found and found[0].generic
    assert category is None or found[0].category == category


@pytest.mark.parametrize("text", [
    "Boeing said the crash was tragic.",
    "Workers at the Cessna factory were sent home after the crash.",
    "A Piper plane crashed into a lake.",  # one aircraft, named with its head word
])
def test_a_maker_as_company_or_before_its_head_word_is_no_extra_aircraft(text: str) -> None:
    assert [a.text for a in find_aircraft(text) if a.text in ("Boeing", "Cessna", "Piper")] == []
