"""Place fixes found by the blind batch gold/tune9, each checked on sentences written for this test."""

import pytest

from sitrep.evaluate import same
from test_place_blind import main_place


def _agrees(text: str, country: str | None, admin1: str | None) -> None:
    got = main_place(text)
    assert got[0] == country or same("location_country", country, got[0]), got
    assert (got[1] is None) if admin1 is None else same("location_admin1", admin1, got[1]), got


@pytest.mark.parametrize("text,country,admin1", [
    ("Helicopter lost\nAs rebels advanced on the town of Dessie, an Ethiopian army helicopter came down near the "
     "town on Sunday, the government said.", "Ethiopia", "Amhara"),
    ("Jet down in Zamfara\nBandits besieged the town of Gusau for days. A Nigerian Air Force Alpha Jet crashed "
     "near the town on Tuesday, the air force said.", "Nigeria", "Zamfara"),
    ("Malian helicopter lost\nMilitants stormed the city of Gao on Friday, and a Malian army helicopter crashed "
     "just outside the city during the fighting.", "Mali", "Gao"),
])
def test_the_town_named_before(text, country, admin1):
    _agrees(text, country, admin1)


@pytest.mark.parametrize("text", [
    "Reaper lost\nA US MQ-9 Reaper was shot down off the coast of Yemen, over international waters, on Tuesday, "
    "the Pentagon said.",
    "Global Hawk down\nAn American RQ-4 Global Hawk went down in international airspace 40 km off Oman after "
    "a missile struck it, officials said.",
    "Drone downed\nThe Houthis said they shot down a US drone near Hodeidah; the Pentagon said the MQ-9 was over "
    "international waters when it was hit.",
])
def test_international_waters_is_no_country(text):
    assert main_place(text)[0] is None


def test_off_a_coast_without_international_waters_is_that_country():
    assert main_place("Navy helicopter crash\nAn Omani navy helicopter crashed off the coast near Muscat on "
                      "Monday, killing two crew.")[0] == "Oman"


@pytest.mark.parametrize("text,admin1", [
    ("Junta helicopter crashes\nA Myanmar military Mi-17 crashed in Karenni State on Friday, resistance "
     "fighters said.", "Kayah"),
    ("Jet downed in Arakan\nThe Arakan Army said it shot down a Myanmar air force jet over Arakan State on "
     "Monday.", "Rakhine"),
    ("Helicopter crash in delta\nA Myanmar army helicopter came down in the Irrawaddy Region on Sunday, state "
     "media said.", "Ayeyarwady"),
    ("Trainer lost\nA Myanmar air force trainer crashed in Pegu Region on Wednesday; the pilot ejected.", "Bago"),
])
def test_myanmar_state_old_names(text, admin1):
    _agrees(text, "Myanmar", admin1)


@pytest.mark.parametrize("text,admin1", [
    ("Border helicopter crash\nAn Azerbaijani Mi-8 crashed in the Khizi district on Tuesday, killing four.", "Khizi"),
    ("Plane crash in Azerbaijan\nA light aircraft crashed near Shamakhi, Azerbaijan, on Sunday; the pilot died.",
     "Shamakhi"),
    ("Su-25 lost\nAn Azerbaijani Su-25 crashed near Ganja on Monday, the defence ministry said.", "Ganja"),
])
def test_azerbaijan_units_in_english(text, admin1):
    _agrees(text, "Azerbaijan", admin1)


@pytest.mark.parametrize("text,admin1", [
    ("Air force trainer crash\nA Philippine Air Force trainer crashed in a field in Dasmarinas, Cavite, on "
     "Monday; both pilots survived.", "Cavite"),
    ("Navy helicopter down\nA Philippine Navy helicopter crashed near Jolo, Sulu, on Friday, the navy said.",
     "Sulu"),
    ("Light plane crash\nA Cessna 152 crashed near Angeles City in Pampanga province on Saturday, killing "
     "its student pilot.", "Pampanga"),
    ("Chopper crash in the capital\nA private helicopter crashed in Quezon City, Metro Manila, on Thursday.",
     "Metro Manila"),
])
def test_philippine_province_is_first_level(text, admin1):
    _agrees(text, "Philippines", admin1)
