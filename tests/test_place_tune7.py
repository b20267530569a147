"""Place fixes found by the blind batch gold/tune7, each checked on sentences written for this test."""

import pytest

from test_place_blind import main_place


@pytest.mark.parametrize("text,country,admin1", [
    # "on <island>" followed by the sentence's verb locates the loss (only a noun after it describes that noun)
    ("Fiji crash toll rises\nA passenger hurt in Friday's crash of a Britten-Norman Islander on Koro Island died "
     "in hospital on Sunday, Fijian officials said.", "Fiji", "Eastern"),
    ("Second victim of Fiji crash\nThe pilot injured when a Cessna 172 overturned on Koro Island remains in a "
     "serious condition in Fiji, police said.", "Fiji", "Eastern"),
    ("Haiti helicopter\nAn AS350 helicopter carrying aid came down near Mirebalais, Haiti, on Tuesday; "
     "the two crew were unhurt.", "Haiti", "Centre"),
    ("Venezuela plane\nA Cessna 210 crashed shortly after take-off from Barquisimeto, Venezuela, killing "
     "the pilot.", "Venezuela", "Lara"),
    ("Toronto landing\nAn Endeavor Air CRJ900 flipped onto its roof while landing at Pearson in Toronto, Canada, "
     "injuring 21 people.", "Canada", "Ontario"),
    ("Cargo jet crash in London\nA Boeing 737 freighter crashed and burned after landing at Heathrow in the "
     "United Kingdom on Monday; both pilots escaped.", "United Kingdom", "England"),
])
def test_main_place(text, country, admin1):
    assert main_place(text) == (country, admin1)


def test_on_a_country_before_a_noun_still_describes_the_noun():
    # "fuel on US drone": no place; the sea is where it happened
    assert main_place("Russian jet clips US drone\nA Russian Su-27 dumped fuel on US drone before a collision over "
                      "the Black Sea on Tuesday, forcing the MQ-9 Reaper down.")[0] is None
