"""Dates from whole short articles, second blind round (written before reading the date extractor).

Each article goes through the real ingestion: read.from_text (publication date from metadata, when given),
pipeline.process_article (cleaning, a publication date found in the text, mentions), and the dates are
scored the way `sitrep eval` scores them (evaluate.predicted_values). Expected values follow gold/README.md:
as precise as the article allows, relative dates resolved against the publication date.
"""

import pytest

from sitrep.evaluate import predicted_values
from sitrep.pipeline import process_article
from sitrep.read import from_text


def incident_dates(text: str, published: str | None) -> tuple[str | None, list[str | None]]:
    """The main incident's date and the dates of every other incident the article tells."""
    article = from_text(text, "case.txt", "case.txt", published=published)
    mentions = process_article(article).mentions
    main = [m for m in mentions if m.role == "main"]
    assert main, "no main mention"
    others = [predicted_values(m)["date"] for m in mentions if m is not main[0]]
    return predicted_values(main[0])["date"], others


# (id, article text, published metadata or None, main date, dates of other incidents or None to skip)
CASES = [
    # publication date only in the text
    ("wire-dateline-with-year",
     "Army helicopter crashes in northwest Nigeria\n"
     "LAGOS, Nigeria (Meridian Wire) - Feb 3, 2023 - A Nigerian Air Force Mi-35 helicopter crashed on Thursday "
     "during an operation against bandits in Zamfara state, killing both pilots, the air force said.\n"
     "A spokesman said an investigation had been opened into the cause of the crash.",
     None, "2023-02-02", None),
    ("published-gmt-line",
     "Drone downed near the border\nPublished 14:02 GMT, 3 March 2023\n"
     "A Bayraktar TB2 drone was shot down on Wednesday near the border town, local officials said.\n"
     "The officials said air defence units fired two missiles at the drone before it fell in a field.",
     None, "2023-03-01", None),
    pytest.param(
        "updated-ambiguous-still-gives-year",
        "Updated: 03/04/2023\nTrainer jet lost on training flight\n"
        "A Hawk trainer jet of the air force crashed on March 2 during a routine training sortie near the academy.\n"
        "The instructor and the cadet ejected safely and were taken to hospital for checks.",
        None, "2023-03-02", None,
        marks=pytest.mark.xfail(strict=True, reason="an ambiguous day/month publication date gives no year: "
                                "the reference date is a day or nothing"),
    ),
    ("updated-day-first",
     "Updated: 21/03/2023\nFighter jet crash kills pilot\n"
     "An air force F-16 fighter jet crashed on Monday evening a few kilometres from its home air base, "
     "killing the pilot, the defence ministry said.",
     None, "2023-03-20", None),
    ("posted-on-by-admin",
     "Helicopter shot down by rebels in the east\nPosted on March 4, 2023 by admin\n"
     "Rebels shot down a military Mi-17 helicopter yesterday in the eastern province, the army confirmed. "
     "Three soldiers on board were killed and two were wounded.",
     None, "2023-03-03", None),
    ("dateline-city-date-wire",
     "Sudan army says plane shot down over Darfur\n"
     "KHARTOUM, Sudan, July 6, 2023 (Nile Desk) — A Sudanese army Antonov transport plane was shot down on Tuesday "
     "as it approached the airport in El Obeid, a military source said.\n"
     "The paramilitary forces claimed the attack in a video.",
     None, "2023-07-04", None),
    ("dateline-no-year-no-metadata",
     "Alpha Jet crashes in Nigeria\n"
     "LAGOS, Nigeria (Meridian Wire) - Feb 3 - A Nigerian Air Force Alpha Jet crashed on Thursday during "
     "a training flight near Kainji, the air force said. The pilot ejected.",
     None, None, None),
    ("byline-date-line",
     "Navy helicopter ditches off the coast\nBy Ana Ruiz, Staff Writer\nOctober 12, 2023\n"
     "A navy MH-60R Seahawk helicopter ditched into the sea off the coast on Wednesday night during a training "
     "mission. All four crew members were rescued by a fishing boat.",
     None, "2023-10-11", None),
    ("iso-timestamp-line",
     "2021-06-09 08:15\nPolice helicopter crashes in the mountains\n"
     "A police Bell 206 helicopter crashed on Tuesday in the mountains while searching for missing hikers. "
     "The pilot and a rescuer were killed.",
     None, "2021-06-08", None),
    ("last-updated-on",
     "Military plane crashes after take-off\nLast updated on 18 January 2021\n"
     "A military Cessna 208 Caravan crashed on Saturday shortly after take-off from the provincial airstrip, "
     "killing the two pilots and injuring four passengers, the army said.",
     None, "2021-01-16", None),
    ("published-weekday-long-date",
     "Air force trainer crashes near academy\nPublished: Thursday, 15 February 2024\n"
     "A K-8 trainer aircraft of the air force crashed yesterday evening near the academy. "
     "Both pilots ejected and survived with light injuries.",
     None, "2024-02-14", None),
    ("press-release-date-line",
     "FOR IMMEDIATE RELEASE\nJune 9, 2021\nStatement on the loss of an MQ-1C Gray Eagle\n"
     "An MQ-1C Gray Eagle unmanned aircraft crashed on June 7 during a routine flight over the training area. "
     "No one on the ground was hurt. The cause is under investigation.",
     None, "2021-06-07", None),
    ("local-tv-posted-and-updated",
     "Medical helicopter crashes in field, crew hurt\nPosted: Jun 11, 2024 3:45 PM EDT\nUpdated: Jun 12, 2024 9:10 AM EDT\n"
     "A medical helicopter crashed in a corn field on Tuesday afternoon, the sheriff's office said. "
     "The pilot and two nurses on board were taken to hospital with injuries.",
     None, "2024-06-11", None),
    ("date-line-short-month",
     "Mon 22 Nov 2021\nTransport plane shot down, army says\n"
     "An army An-26 transport plane was shot down late on Sunday while landing at a besieged garrison, "
     "the army said, blaming the rebels.",
     None, "2021-11-21", None),
    ("this-morning-dateline",
     "Transport plane crashes after take-off\n"
     "MAZAR-I-SHARIF, Aug 30, 2021 (Meridian Wire) - A military An-32 transport plane crashed this morning shortly "
     "after take-off from the provincial airport, killing five people on board, officials said.",
     None, "2021-08-30", None),
    # relative dates against metadata
    ("monday-night",
     "Su-25 lost on Monday night\nA Russian Su-25 attack jet was shot down on Monday night over the Donetsk "
     "region, the Ukrainian air force said, publishing a video of the missile strike.",
     "2022-11-14", "2022-11-14", None),
    ("dawn-on-friday",
     "Helicopter crashes at dawn\nAn army Mi-8 helicopter crashed at dawn on Friday while taking off from a "
     "forward base in the desert, killing four soldiers, military sources said.",
     "2022-07-08", "2022-07-08", None),
    ("earlier-this-week",
     "Police helicopter wreckage found\nA police helicopter that went down earlier this week in the mountains "
     "was located by rescue teams on Wednesday. The two officers on board were killed.",
     "2023-05-17", "2023-05", None),
    ("last-weekend",
     "Investigation into trainer crash\nThe air force has opened an investigation into the crash of a "
     "Pilatus PC-9 trainer last weekend near the flying school. The instructor was killed.",
     "2021-09-20", "2021-09", None),
    ("over-the-weekend",
     "Drone lost over the weekend\nA military Heron drone crashed over the weekend in the north of the country "
     "because of a technical failure, the army said on Monday.",
     "2022-04-25", "2022-04", None),
    ("new-years-eve",
     "Helicopter crash on New Year's Eve\nA military helicopter crashed on New Year's Eve during a medical "
     "evacuation flight in the mountains, killing the three crew, the ministry said.",
     "2024-01-02", "2023-12-31", None),
    ("christmas-day",
     "Fighter jet crashes on Christmas Day\nAn air force MiG-29 fighter jet crashed on Christmas Day during a "
     "patrol flight near the border. The pilot ejected and was recovered by a search team.",
     "2022-12-27", "2022-12-25", None),
    ("mid-month",
     "Report blames pilot for helicopter loss\nA navy helicopter that crashed in mid-March off the coast was "
     "lost because of pilot disorientation, a report published on Monday found. Two crew died.",
     "2023-04-03", "2023-03", None),
    ("two-weeks-ago",
     "Cause of Mi-171 crash still unknown\nTwo weeks ago, an air force Mi-171 helicopter crashed in the hills "
     "during a supply run, killing six soldiers. Investigators have not yet found the flight recorder.",
     "2023-10-12", "2023-09", None),
    ("early-hours-of-thursday",
     "Drone shot down overnight\nAn attack drone was shot down in the early hours of Thursday near the "
     "refinery, the regional governor said. Debris damaged a warehouse.",
     "2023-10-12", "2023-10-12", None),
    ("missing-then-found",
     "Wreckage of missing helicopter found\nThe wreckage of an army helicopter that went missing on Friday was "
     "found on Sunday in a forest, the army said on Monday. All five people on board died.",
     "2022-04-25", "2022-04-22", None),
    ("two-days-ago",
     "Pilot dies in jet crash\nThe pilot of a Mirage 2000 jet that crashed two days ago during an exercise has "
     "died of his injuries, the air force said.",
     "2023-03-21", "2023-03-19", None),
    ("last-friday",
     "Army confirms loss of drone\nThe army confirmed that a Hermes 450 drone was shot down last Friday over "
     "the contested district by rebel fighters.",
     "2023-03-21", "2023-03-17", None),
    ("december-date-in-january",
     "Report on transport plane crash\nA military C-130 Hercules transport plane crashed on December 28 while "
     "landing in bad weather at a remote airstrip, the ministry said. Eleven people were injured.",
     "2024-01-02", "2023-12-28", None),
    ("weekday-with-date-in-brackets",
     "Navy drone lost at sea\nA navy ScanEagle drone was lost at sea on Tuesday (Sept. 14) after its engine "
     "failed during a patrol, the navy said.",
     "2021-09-20", "2021-09-14", None),
    ("earlier-this-month",
     "Crash report released\nA Mi-24 gunship that crashed earlier this month in the province had been hit "
     "by ground fire, an investigation concluded.",
     "2021-08-30", "2021-08", None),
    ("last-month-across-year",
     "Army names crew of crashed helicopter\nThe army has named the four soldiers killed when their UH-60 Black Hawk "
     "helicopter crashed last month during a night training flight.",
     "2024-01-02", "2023-12", None),
    # dates and headlines
    ("headline-full-date-only",
     "March 3, 2023: Army helicopter crashes in central Mali\nAn army helicopter crashed during a supply flight "
     "in central Mali, the army said. Both pilots were killed and the cause is not yet known.",
     None, "2023-03-03", None),
    ("headline-weekday-only",
     "Helicopter crashes Tuesday in Peruvian jungle\nA Peruvian army Mi-17 helicopter went down in the jungle "
     "of the Junin region while carrying troops. Rescuers reached the wreckage and found no survivors.",
     "2023-05-17", "2023-05-16", None),
    ("body-full-date-no-publication",
     "Gunship shot down over the front\nA Mi-24 gunship was shot down on 14 November 2022 over the front line "
     "by a man-portable missile, the general staff said. Both pilots were killed.",
     None, "2022-11-14", None),
    ("month-year-not-this-week",
     "Air force admits jet was lost\nAn air force Su-30 fighter crashed in October 2023 over the sea, officials "
     "admitted this week after photos of the wreckage appeared online. The crew ejected.",
     None, "2023-10", None),
    # non-native English
    ("non-native-in-5-of-july",
     "Su-24 bomber was crashed near airbase\nThe Su-24 bomber of air force was crashed in 5 of July near the "
     "airbase when it make landing. The two pilots are died in the place.",
     "2022-07-08", "2022-07-05", None),
    ("non-native-at-monday",
     "Military helicopter is crash in lake\nAt monday a military helicopter Mi-8 was crash in the lake during "
     "exercise. Four soldiers was rescued and one is missing, said army spokesman.",
     "2022-09-07", "2022-09-05", None),
    ("non-native-12th-of-march",
     "Drone of army was shoot down\nIn 12th of March the drone Orbiter of army was shoot down by the "
     "militants near the village, the army was confirming after.",
     "2025-03-14", "2025-03-12", None),
    # background incidents and second incidents
    ("background-late-year",
     "Second Mi-8 lost in a year\nAn air force Mi-8 helicopter crashed on Saturday in the mountains, killing "
     "three crew. It is the second loss of the type after another Mi-8 went down in late 2021 in the same area.",
     "2022-09-05", "2022-09-03", ["2021"]),
    ("background-a-month-after",
     "Second Jaguar lost in six weeks\nAn air force Jaguar fighter-bomber crashed on Monday near its base; the pilot "
     "ejected. The crash came a month after another Jaguar went down on June 7 during a night exercise.",
     "2021-07-20", "2021-07-19", ["2021-06-07"]),
    ("background-month-and-year",
     "Mirage crashes in training\nA Mirage fighter jet crashed on Sunday during a training mission, the air "
     "force said. The pilot was killed. The air force lost another Mirage in August 2019.",
     "2022-11-14", "2022-11-13", ["2019-08"]),
    ("background-last-summer",
     "Black Hawk crash kills two\nAn army UH-60 Black Hawk crashed on Tuesday during a night exercise, killing "
     "two soldiers. The same unit lost a Black Hawk last summer in a similar accident.",
     "2024-02-15", "2024-02-13", ["2023"]),
    ("background-three-years-ago",
     "Trainer crash renews safety concerns\nA Hawk trainer jet crashed on Wednesday at the academy, injuring "
     "the cadet. Three years ago, another Hawk crashed at the academy and killed two instructors.",
     "2025-03-14", "2025-03-12", ["2022"]),
    pytest.param(
        "background-last-month-name",
     "Transport plane crashes on approach\nA military transport plane crashed on Friday while on approach to "
     "the capital's airport, killing seven. The air force had lost a helicopter last March.",
        "2022-12-27", "2022-12-23", ["2022-03"],
        marks=pytest.mark.xfail(strict=True, reason="passed at first contact; the background mention is no longer "
                                "made since a concurrent change outside dates.py (the date itself is found)"),
    ),
    ("same-day-second-drone",
     "Two drones downed near Kharkiv\nUkrainian air defences shot down a Russian Orlan-10 drone on Sunday near "
     "Kharkiv. On the same day, a second drone, a Zala, was downed over the Sumy region.",
     "2024-06-11", "2024-06-09", ["2024-06-09"]),
]

WEEK_LATER = (
    "Second Mi-8 crash in a week\nOn June 20, an army Mi-8 helicopter crashed in the north, killing three. "
    "A week later, a second Mi-8 crashed during a rescue flight in the same district. Its crew survived."
)


def _param(case: tuple) -> object:
    """A plain case tuple, or a pytest.param whose first value is its id, as a param with that id."""
    if hasattr(case, "marks"):
        return pytest.param(*case.values[1:], id=case.values[0], marks=case.marks)
    return pytest.param(*case[1:], id=case[0])


@pytest.mark.parametrize("text,published,main,others", [_param(c) for c in CASES])
def test_article_dates(text: str, published: str | None, main: str | None, others: list[str] | None) -> None:
    got_main, got_others = incident_dates(text, published)
    assert got_main == main
    if others is not None:
        assert sorted(others) == sorted(d for d in got_others if d in others), got_others


def test_second_incident_a_week_later() -> None:
    # "a week later" is read as about a week (like "last week"): June 2023, not a day, is accepted.
    main, others = incident_dates(WEEK_LATER, "2023-07-06")
    dates = [main, *others]
    assert "2023-06-20" in dates
    assert len(dates) == 2 and all(d in ("2023-06-27", "2023-06") for d in dates if d != "2023-06-20"), dates


# The phrasings behind the fixes, on their own (reference: Monday 20 November 2023).
PHRASES = [
    ("crashed last weekend", "2023-11"),
    ("went down this past weekend", "2023-11"),
    ("was lost on Christmas Eve", None),  # reference in November: last year's, a month_day resolved below
    ("crashed on Boxing Day", None),
    ("was downed on New Year’s Day", "2023-01-01"),
    ("a loss last summer", "2023"),
    ("another crash last spring", "2023"),
    ("three weeks ago", "2023-10"),
    ("was shoot down on friday", "2023-11-17"),
    ("crash at sunday night", "2023-11-19"),
]


@pytest.mark.parametrize("phrase,expected", PHRASES)
def test_phrase(phrase: str, expected: str | None) -> None:
    import datetime

    from sitrep.extract.dates import find_dates

    found = find_dates(phrase, datetime.date(2023, 11, 20))
    assert found, phrase
    value = found[-1].date.value
    if expected is None:  # a December holiday seen from November is last year's
        assert value in ("2022-12-24", "2022-12-26")
    else:
        assert value == expected
