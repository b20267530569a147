"""Dates behind the misses of the blind batch tune9, each as several invented phrasings.

A wire dateline with no year ("KANO, June 4 (XNA) -") over a "© 2024" footer gives no publication date:
a copyright year is page furniture (a site's footer shows the year the page was served), so the story's
weekdays stay unresolved. A day that qualifies another noun ("this weekend's air show", "Tuesday's parade") is
that noun's day, not the loss's, unless nothing else dates the loss. A relative day in a sentence that
only sets the scene ("Last night there was shooting over the city.") dates the loss told right after it.
"""

import datetime
import re

import pytest

from sitrep.evaluate import predicted_values
from sitrep.extract.dates import event_dates, publication_date
from sitrep.pipeline import process_article
from sitrep.read import from_text


def main_date(text: str, published: str | None = None) -> str | None:
    mentions = process_article(from_text(text, "case.txt", "case.txt", published=published)).mentions
    main = [m for m in mentions if m.role == "main"]
    assert main, "no main mention"
    return predicted_values(main[0])["date"]


WIRE_STORIES = [
    # 4 June 2024 was a Tuesday: "on Sunday" is 2 June
    ("Rebels claim helicopter downing\n"
     "KANO, June 4 (XNA) - Nigeria's air force confirmed on Tuesday that one of its helicopters lost near "
     "the village of Dansadau on Sunday was hit by ground fire, killing two pilots.\n"
     "The air force gave no further details.\n"
     "(Reporting by the XNA desk)\n"
     "© 2024 Example News Agency", "2024-06-02"),
    # 17 October 2023 was a Tuesday: "on Monday" is 16 October
    ("Trainer jet crashes\n"
     "ANKARA, Oct. 17 (WNS) -- A Turkish Air Force trainer jet crashed on Monday in a field near Kayseri, "
     "the defence ministry said, and both pilots ejected safely.\n"
     "Copyright 2019-2023 Wire News Service. All rights reserved.", "2023-10-16"),
    # 9 February 2022 was a Wednesday: "on Wednesday" is the dateline's own day
    ("Drone shot down over border\n"
     "LVIV, February 9 (ENS) - Border guards said they shot down a small reconnaissance drone over the "
     "frontier on Wednesday.\n"
     "(c) 2022 Eastern News Service", "2022-02-09"),
]


@pytest.mark.parametrize("text,day", WIRE_STORIES)
def test_a_copyright_year_does_not_complete_a_wire_dateline(text: str, day: str) -> None:
    assert publication_date(text) == (None, None)
    assert main_date(text) != day
    assert main_date(text, published=_dateline_day_in(text, day[:4])) == day  # metadata gives the year


def _dateline_day_in(text: str, year: str) -> str:
    """The dateline's month and day in `year`, as ISO: what metadata would give."""
    found = re.search(r"([A-Z][a-z]+)\.? (\d{1,2}) \(", text)
    month_day = f"{found.group(1)[:3]} {found.group(2)} {year}"
    return datetime.datetime.strptime(month_day, "%b %d %Y").date().isoformat()


def test_dateline_without_any_year_stays_without_a_publication_date() -> None:
    text = "Jet lost\nKANO, June 4 (XNA) - A jet crashed on Sunday near the airport, the air force said.\n"
    assert publication_date(text) == (None, None)


def test_copyright_year_earlier_than_a_year_in_the_text_is_not_the_publication_year() -> None:
    text = ("Jet lost\nKANO, June 4 (XNA) - A jet crashed on Sunday, the air force said, its first loss "
            "since March 2021.\n© 2019 Example News Agency")
    assert publication_date(text) == (None, None)


def test_copyright_year_against_the_url_month_is_not_used() -> None:
    text = "Jet lost\nKANO, June 4 (XNA) - A jet crashed on Sunday, the air force said.\n© 2024 Example"
    found, _ = publication_date(text, url="https://example.com/2021/06/jet-lost")
    assert found is not None and found.value == "2021-06"


@pytest.mark.parametrize(
    "text,loss,value",
    [
        ("A pilot died on Thursday evening when his jet crashed during a rehearsal for this weekend's air show.",
         "crashed", "2025-08-28"),
        ("Two crew were hurt early on Monday when their helicopter hit a mast while training for Tuesday's "
         "parade over the capital.", "hit a mast", "2025-08-25"),
        ("The aerobatic plane came down on 20 August in a lake, days before next month's festival.",
         "came down", "2025-08-20"),
    ],
)
def test_day_of_another_noun_gives_way_to_the_loss_own_day(text: str, loss: str, value: str) -> None:
    found = event_dates(text, datetime.date(2025, 8, 29), [text.index(loss)])
    assert [m.date.value for m in found][:1] == [value]


def test_day_of_the_loss_noun_itself_is_kept() -> None:
    text = "Investigators are still searching for the recorder after Monday's crash of the transport plane."
    found = event_dates(text, datetime.date(2025, 8, 29), [text.index("crash")])
    assert [m.date.value for m in found] == ["2025-08-25"]


def test_owned_day_is_a_last_resort() -> None:
    text = "The jet crashed during a rehearsal for Saturday's air show."
    found = event_dates(text, datetime.date(2025, 8, 29), [text.index("crashed")])
    assert [m.text for m in found] == ["Saturday"]


SCENE_STORIES = [
    ("Jet downed over the hills\n"
     "Yesterday afternoon there was heavy shooting around Lanto village. "
     "Rebel fighters say they shot down an army K-8 jet with a heavy machine gun.",
     "2024-03-12", "2024-03-11"),
    ("Helicopter lost\n"
     "Residents heard loud explosions over the port town early on Sunday. "
     "A navy helicopter was shot down by a missile as it flew over the harbour.",
     "2023-07-04", "2023-07-02"),
    ("Night attack\n"
     "Last night was the heaviest night of fighting in weeks in the east of the region. "
     "Two drones of the militia were brought down by air defences near Orsk.",
     "2022-11-15", "2022-11-14"),
]


@pytest.mark.parametrize("text,published,day", SCENE_STORIES)
def test_relative_day_of_a_scene_sentence_dates_the_loss_after_it(text: str, published: str, day: str) -> None:
    assert main_date(text, published) == day


def test_scene_day_does_not_override_the_loss_own_date() -> None:
    text = ("Helicopter lost\nResidents heard loud explosions over the port town early on Sunday. "
            "A navy helicopter was shot down on Saturday by a missile as it flew over the harbour.")
    assert main_date(text, "2023-07-04") == "2023-07-01"


def test_scene_day_needs_the_loss_right_after_it() -> None:
    text = ("Helicopter lost\nResidents heard loud explosions over the port town early on Sunday. "
            "The town has been under siege for months. "
            "A navy helicopter was shot down by a missile as it flew over the harbour, the navy said.")
    assert main_date(text, "2023-07-04") is None
