"""Export variants written apart ("F-7 BGI"), Japanese types, a maker choosing between two
types of one designation, and designations that name an air base."""

import pytest

from sitrep.extract.aircraft import find_aircraft


def models(text: str) -> list[tuple[str | None, str]]:
    return [(a.model, a.category) for a in find_aircraft(text) if not a.generic]


@pytest.mark.parametrize("text, model", [
    ("A Bangladesh Air Force F-7 BGI training jet crashed into a school.", "F-7BGI"),
    ("The Chinese-built F-7MB came down in the sea off the coast on Monday.", "F-7MB"),
    ("Two Nigerian F-7NI fighters were grounded after one crashed near the base.", "F-7NI"),
    ("An F-7 PG of the air force crashed during a training sortie near the capital.", "F-7PG"),
    ("The pilot of a J-7G ejected before the fighter hit a hillside.", "J-7G"),
    ("A Mi-8 AMTSh of the army was destroyed on the ground, officials said.", "Mi-8AMTSh"),
])
def test_most_specific_variant_wins(text, model):
    assert models(text)[0][0] == model


@pytest.mark.parametrize("text", [
    "An F-7 crashed near the airport.",
    "The F-7 and an FT-7 were lost in the same week.",
    "the F-16 AND F-15 fleets were grounded",
])
def test_bare_type_stays_bare(text):
    assert models(text)[0][0] in {"F-7", "F-16"}


def test_space_needs_capitals():
    # a lowercase word after the type is a word, not a variant code
    assert models("a Su-25 sm drill")[0][0] == "Su-25"


@pytest.mark.parametrize("text, model, category", [
    ("A Japan Air Self-Defense Force T-4 trainer crashed into a lake on Tuesday.", "T-4", "trainer"),
    ("The Kawasaki T-4 jet went down shortly after take-off, killing both pilots.", "T-4", "trainer"),
    ("An army OH-1 observation helicopter made a hard landing and was written off.", "OH-1", "helicopter"),
    ("A ShinMaywa US-2 amphibian was damaged while landing in rough seas.", "ShinMaywa US-2", "transport"),
    ("A Ground Self-Defense Force UH-2 utility helicopter crashed in the mountains.", "UH-2", "helicopter"),
    ("A Fuji T-7 primary trainer crashed during a student's solo flight.", "Fuji T-7", "trainer"),
    ("A Boeing T-7 Red Hawk crashed at the test range.", "T-7", "trainer"),
])
def test_japanese_types_and_maker_choice(text, model, category):
    assert models(text)[0] == (model, category)


@pytest.mark.parametrize("text", [
    "Israeli jets struck the T-4 air base in the desert overnight.",
    "Missiles hit the T4 airbase east of the city.",
    "Drones attacked the H-3 airfield in the west.",
])
def test_designation_naming_an_air_base_is_no_aircraft(text):
    assert models(text) == []


@pytest.mark.parametrize("text, category", [
    # gold/README.md: attack jets are fighters; the FTC-2000G is the armed light-attack export JL-9
    ("A junta FTC-2000G light attack jet was shot down over the hills.", "fighter"),
    ("Rebels said they downed an FTC-2000G on a bombing run.", "fighter"),
    ("A JL-9 jet trainer crashed at the flying school.", "trainer"),
])
def test_armed_trainer_variant_is_a_fighter(text, category):
    assert models(text)[0][1] == category


def _statement(model: str, family: str):
    from sitrep.models import Evidence, Statement
    value = {"model": model, "family": family, "category": "fighter", "nato_name": None, "as_written": model}
    return Statement(value, Evidence(text=model, start=0, end=len(model), attributed_to="the outlet", stance="asserted"))


@pytest.mark.parametrize("named, model", [
    (["F-7", "F-7MB"], "F-7MB"),
    (["MiG-29", "MiG-29", "MiG-29SMT"], "MiG-29SMT"),
    (["Su-25", "Su-25SM"], "Su-25SM"),
    (["Mi-17", "Mi-171", "Mi-17"], "Mi-17"),          # a number after it is another type, not a variant code
    (["F-7", "F-7MB", "F-7BGI"], "F-7"),             # two variants named: the bare type stays
])
def test_most_specific_variant_wins_over_its_bare_type(named, model):
    from sitrep.reconcile import best_aircraft
    assert best_aircraft([_statement(m, m.split("-")[0]) for m in named])["model"] == model
