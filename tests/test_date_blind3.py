"""Dates behind the misses of the blind batch tune8, each as several invented phrasings.

A fresh loss told with no date of its own in a present-tense report ("the authority confirms",
"police say", "BREAKING:") happened on the publication day; a past-tense report with no date stays
undated. "A month before that, on 6 July 2021": the date after a pointer back is the sentence's own.
"""

import datetime

import pytest

from sitrep.evaluate import predicted_values
from sitrep.extract.dates import dateline_end, event_dates, said_today
from sitrep.pipeline import process_article
from sitrep.read import from_html, from_text


def dates_of(article) -> tuple[str | None, list[str | None]]:
    """The main incident's date as `sitrep eval` scores it, and the other incidents' dates."""
    mentions = process_article(article).mentions
    main = [m for m in mentions if m.role == "main"]
    assert main, "no main mention"
    return predicted_values(main[0])["date"], [predicted_values(m)["date"] for m in mentions if m is not main[0]]


def main_date(article) -> str | None:
    return dates_of(article)[0]


PRESENT_REPORTS = [
    ("Glider lands in lake\n"
     "A two-seat glider came down in the reservoir north of Kellberg and sank, the district fire service confirms. "
     "The pilot, the only person on board, swam to the shore unhurt.",
     "2024-06-08"),
    ("Crop-spraying plane hits power line\n"
     "A crop-spraying plane crashed into a sugar-cane field near Mirador after it struck a power line, "
     "police say. Its pilot was killed.",
     "2022-02-17"),
    ("BREAKING: Training helicopter down near air base\n"
     "BREAKING: A Robinson R44 training helicopter crashed in woodland two kilometres from the Sanvik air base "
     "during a lesson. Both people on board were taken to hospital.",
     "2023-09-30"),
    ("Fire service plane lost\n"
     "An amphibious firefighting plane crashed while scooping water from the Lago Verde, officials confirm, and a "
     "search for its pilot is under way.",
     "2021-07-21"),
]


@pytest.mark.parametrize("text,published", PRESENT_REPORTS)
def test_present_tense_report_is_dated_the_publication_day(text: str, published: str) -> None:
    assert main_date(from_text(text, "case.txt", "case.txt", published=published)) == published


def test_past_tense_report_without_a_date_stays_undated() -> None:
    text = ("Trainer crashes in farmland\nA Pilatus PC-9 trainer crashed in farmland east of the academy, "
            "the air force said. The instructor and the student ejected.")
    assert main_date(from_text(text, "case.txt", "case.txt", published="2023-04-02")) is None


def test_present_tense_report_without_a_publication_date_stays_undated() -> None:
    text = ("Crop duster down\nA crop duster crashed into a maize field near Valdez and its pilot died, "
            "police say.")
    assert main_date(from_text(text, "case.txt", "case.txt", published=None)) is None


LIVE_PAGE = """<html><head><title>LIVE: Storms over the coast | Harbour TV</title>
<meta property="article:published_time" content="2024-10-03T08:00:00+02:00"></head><body><main>
<h1>LIVE: Storms over the coast</h1><section class="liveblog">
<div class="entry"><span class="ts">18:20</span><p>Ferries between the islands remain suspended tonight,
the port authority says.</p></div>
<div class="entry"><span class="ts">15:02</span><p>A coast guard Dauphin helicopter ditched in the bay off
Punta Fria while winching a fisherman, the coast guard reports.
Its four crew members were rescued by a lifeboat.</p></div>
<div class="entry"><span class="ts">08:00</span><p>Good morning. We follow the storm all day.</p></div>
</section></main></body></html>"""


def test_live_blog_entry_is_on_the_page_day() -> None:
    assert main_date(from_html(LIVE_PAGE, "live.html", "live.html")) == "2024-10-03"


@pytest.mark.parametrize(
    "text,found",
    [
        ("The interior ministry says the helicopter was lost.", "says"),
        ("Rescuers confirm the plane went down.", "confirm"),
        ("Breaking news: a jet crashed at the show.", "Breaking news:"),
        ("The army could not confirm the claim.", None),
        ("The navy does not say when the drone fell.", None),
        ("The pilot declined to say where he was.", None),
        ("The plane crashed, officials said.", None),
    ],
)
def test_said_today(text: str, found: str | None) -> None:
    got = said_today(text, datetime.date(2024, 5, 2))
    assert [m.text for m in got] == ([found] if found else [])
    assert all(m.date.value == "2024-05-02" for m in got)
    assert said_today(text, None) == []


@pytest.mark.parametrize(
    "text,loss,value",
    [
        ("Less than a month before that, on July 6, 2021, an An-26 crashed into a cliff.", "crashed", "2021-07-06"),
        ("Two years after this, on 3 May 2019, a second Mi-17 went down in the valley.", "went down", "2019-05-03"),
        ("A week before that, in March 2022, a Yak-52 crashed on take-off.", "crashed", "2022-03"),
    ],
)
def test_date_after_a_pointer_back_is_the_sentence_own(text: str, loss: str, value: str) -> None:
    found = event_dates(text, datetime.date(2025, 8, 24), [text.index(loss)])
    assert [m.date.value for m in found][:1] == [value]


def test_date_of_the_other_event_after_a_pointer_still_left_out() -> None:
    text = "Two weeks after that attack on 4 November, a drone was shot down over the port."
    assert event_dates(text, datetime.date(2025, 11, 30), [text.index("shot")]) == []


def all_dates(text: str, published: str | None) -> tuple[str | None, list[str | None]]:
    return dates_of(from_text(text, "case.txt", "case.txt", published=published))


# The day of the loss, not the day of the statement, when the dateline gives no year.
STATEMENT_NEXT_DAY = [
    "Rebels claim downing of army helicopter\n14 March 2023\n\nKIBALI, March 14 (Kivu Wire) - Rebels said on "
    "Tuesday they had shot down an army Mi-24 helicopter over the hills near Kibali on Monday evening. The army "
    "did not comment.",
    "Militants say they hit military plane\nFriday 9 June 2023\n\nGAO, June 9 - An armed group said on Friday its "
    "fighters shot down a military transport plane near Gao on Thursday, a claim no one could check.",
    "Insurgents claim helicopter\nSeptember 21, 2023\n\nThe insurgents announced on Thursday that they had brought "
    "down a police helicopter with machine-gun fire on Wednesday near the river crossing at Tamba.",
]


@pytest.mark.parametrize("text,expected", list(zip(STATEMENT_NEXT_DAY, ["2023-03-13", "2023-06-08", "2023-09-20"])))
def test_loss_day_before_the_statement_day(text: str, expected: str) -> None:
    assert all_dates(text, None)[0] == expected


# An undated article: the month and year of an earlier accident are not the main loss's date.
UNDATED_WITH_EARLIER_MONTH = [
    "Crop-duster pilot killed\nA crop-spraying plane hit a power line and crashed on Tuesday morning near "
    "Palmar, killing its pilot. In November 2023 another spraying plane crashed near Dolores; its pilot survived.",
    "Light plane crash kills instructor\nA Cessna 152 crashed on Saturday shortly after take-off from the aero "
    "club field at Vestby, killing the instructor. The club lost another Cessna in May 2021, when it ditched.",
    "Helicopter down in the hills\nA private Robinson R44 helicopter crashed into a hillside on Friday evening, "
    "killing both people on board. Back in August 2022 a Bell 206 crashed in the same range.",
]


@pytest.mark.parametrize("text", UNDATED_WITH_EARLIER_MONTH)
def test_undated_article_keeps_main_date_unknown(text: str) -> None:
    assert all_dates(text, None)[0] is None


# A list of earlier losses: each month takes the year written with it, not another item's.
EARLIER_LOSSES = [
    ("Trainer lost near the base\nA PC-7 trainer of the air force crashed on Tuesday south of the base, killing "
     "both pilots. In March 2019 a fighter of the same force crashed near the base and its pilot ejected.\n"
     "- In March 2023 a tanker plane went off the runway and burned at another base, but its crew survived.",
     "2023-09-16", "2023-03"),
    ("Patrol plane crashes at sea\nA maritime patrol plane crashed into the sea on Monday, killing its crew of "
     "three. Other recent losses: in June 2020 a transport plane crashed on landing; in June 2022 a helicopter "
     "crashed into the sea off the coast.",
     "2023-07-12", "2022-06"),
]


@pytest.mark.parametrize("text,published,month", EARLIER_LOSSES)
def test_month_keeps_the_year_written_with_it(text: str, published: str, month: str) -> None:
    assert month in all_dates(text, published)[1]


# A wire dateline with an abbreviated month ("Oct. 12") is the day of the report, not of the loss.
ABBREVIATED_DATELINES = [
    ("Rebels say they downed army helicopter\n12 October 2023\n\nMAROUA, Cameroon, Oct. 12 (Sahel Wire) - "
     "Rebels said on Thursday they had shot down an army helicopter near the border on Wednesday.", "2023-10-11"),
    ("Drone shot down over port\n5 January 2021\n\nODESA, Jan. 5 (Black Sea Wire) - An army drone was shot down "
     "over the port on Monday, the navy said.", "2021-01-04"),
    ("Police plane crashes\nSeptember 3, 2025\n\nKIGALI, Rwanda, Sept. 3 -- A police surveillance plane crashed "
     "on Tuesday in a tea plantation, killing both pilots, police said.", "2025-09-02"),
]


@pytest.mark.parametrize("text,expected", ABBREVIATED_DATELINES)
def test_abbreviated_month_dateline_is_not_the_loss_day(text: str, expected: str) -> None:
    assert all_dates(text, None)[0] == expected


@pytest.mark.parametrize(
    "line,dateline",
    [
        ("LAGOS, Nigeria, Feb. 3 (Coastal Wire) - The army said", "LAGOS, Nigeria, Feb. 3 (Coastal Wire) - "),
        ("KYIV, Sept. 14 (Reuters) - A drone", "KYIV, Sept. 14 (Reuters) - "),
        ("MOSCOW, October 15. The ministry said", "MOSCOW, October 15. "),
        ("The crash on Oct. 12 killed two.", ""),
    ],
)
def test_dateline_end(line: str, dateline: str) -> None:
    assert line[: dateline_end(line)] == dateline
