"""Blind check of the incident `date` convention of gold/README.md on short articles written for these tests.

Each case runs the real pipeline (parse, mentions, reconcile) on an invented mini-article with a given
publication date (or none) and checks the main incident's date in the gold form: YYYY-MM-DD, YYYY-MM,
YYYY, --MM-DD or None.
"""

import pytest

from sitrep.evaluate import predicted_values
from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article
from sitrep.nlp import analyze


def incident_dates(text: str, published: str | None) -> tuple[str | None, list[str | None]]:
    """The main incident's date and the background incidents' dates, as `sitrep eval` scores them (a
    bare weekday with no publication date to resolve it against is None)."""
    article = Article(id="case.txt", raw_text=text, clean_text=text, published=published)
    mentions = extract_mentions(article, analyze(text))
    main = [m for m in mentions if m.role == "main"]
    assert main, "no main mention"
    background = [predicted_values(m)["date"] for m in mentions if m.role == "background"]
    return predicted_values(main[0])["date"], background


CASES = [
    # weekdays against the publication day (2024-05-10 is a Friday)
    ("weekday-same-as-publication",
     "Army helicopter crashes in the north\nAn army Mi-17 helicopter crashed on Friday near the northern border, "
     "killing three soldiers, the military said.",
     "2024-05-10", "2024-05-10"),
    ("weekday-earlier-in-week",
     "Training jet lost\nA Hawk trainer of the air force crashed on Tuesday during a routine sortie. The pilot ejected.",
     "2024-05-10", "2024-05-07"),
    ("weekday-day-after-publication-means-last-week",
     "Drone downed over the coast\nA Bayraktar TB2 drone was shot down on Saturday over the coast, officials said.",
     "2024-05-10", "2024-05-04"),
    ("late-on-sunday",
     "Cargo plane crash\nAn Antonov An-26 cargo plane crashed late on Sunday shortly after take-off from the "
     "airport, killing all five crew.",
     "2024-05-13", "2024-05-12"),
    ("late-weekday-no-on",
     "Su-25 lost near the front\nA Su-25 attack jet went down late Wednesday near the front line, the ministry "
     "said on Thursday.",
     "2024-05-09", "2024-05-08"),
    ("overnight-into-wednesday",
     "Fighter shot down\nA MiG-29 fighter was shot down overnight into Wednesday by a surface-to-air missile, "
     "the defence ministry said.",
     "2024-05-08", "2024-05-08"),
    ("early-hours-of",
     "Helicopter crash kills crew\nA police Bell 206 crashed in the early hours of Thursday in fog over the "
     "hills, killing both crew members.",
     "2024-05-10", "2024-05-09"),
    ("weekday-night",
     "Military plane crashes\nA C-130 Hercules of the air force crashed on Monday night while landing in heavy "
     "rain. Four people died.",
     "2024-05-10", "2024-05-06"),
    ("weekday-morning-passive-later",
     "Jet crash\nOne pilot was killed when an F-16 came down in a field on Wednesday morning, police said.",
     "2024-05-10", "2024-05-08"),
    ("possessive-weekday",
     "Investigators at crash site\nInvestigators are examining the wreckage after Tuesday's crash of a Pilatus "
     "PC-7 trainer near the air base. Both pilots were killed.",
     "2024-05-10", "2024-05-07"),
    ("weekday-with-date",
     "Helicopter shot down\nA Mi-8 helicopter was shot down on Sunday, May 5, by rebels in the east, the army "
     "confirmed.",
     "2024-05-10", "2024-05-05"),
    # relative days
    ("yesterday",
     "Light aircraft crash\nA Cessna 172 crashed yesterday into a field outside the town, killing the pilot.",
     "2024-05-10", "2024-05-09"),
    ("yesterday-mid-sentence",
     "Navy helicopter ditches\nThe navy said a Sea King helicopter ditched in the sea yesterday afternoon and "
     "all four crew were rescued.",
     "2024-05-10", "2024-05-09"),
    ("today",
     "Air force jet crashes\nA Mirage 2000 jet of the air force crashed today during a training flight, the "
     "air force said in a statement.",
     "2024-05-10", "2024-05-10"),
    ("this-morning",
     "Fighter jet down\nA JF-17 fighter crashed this morning near the air base; the pilot ejected safely.",
     "2024-05-10", "2024-05-10"),
    ("two-days-ago",
     "Wreckage of missing plane found\nThe Dornier 228 that went down two days ago was found in the jungle. "
     "All nine on board were killed.",
     "2024-05-10", "2024-05-08"),
    ("the-day-before",
     "Ministry confirms loss\nThe ministry said on Friday that an Su-34 bomber had crashed the day before "
     "during a combat mission. The crew ejected.",
     "2024-05-10", "2024-05-09"),
    ("a-day-after-it-vanished",
     "Helicopter found\nRescuers on Thursday found the wreck of a Mi-8 helicopter, a day after it vanished "
     "from radar over the mountains. All seven aboard were dead.",
     "2024-05-10", "2024-05-08"),
    # months
    ("last-week",
     "Army confirms drone loss\nThe army confirmed that an MQ-9 Reaper drone was shot down last week over the "
     "desert.",
     "2024-05-17", "2024-05"),
    ("earlier-this-month",
     "Pilot killed in crash\nA pilot was killed earlier this month when his L-39 jet crashed near the base, the "
     "air force disclosed on Friday.",
     "2024-05-24", "2024-05"),
    ("last-month",
     "Report on helicopter crash\nA Black Hawk helicopter crashed last month during a night exercise, killing "
     "two soldiers.",
     "2024-05-10", "2024-04"),
    ("last-month-in-january",
     "Inquiry opened\nAn inquiry has been opened into the crash of an army Gazelle helicopter last month in "
     "the mountains.",
     "2023-01-12", "2022-12"),
    ("last-named-month",
     "Family demands answers\nThe family of a pilot whose Su-30 fighter crashed last August is still waiting "
     "for the findings of the inquiry.",
     "2024-05-10", "2023-08"),
    ("in-named-month-this-year",
     "Second loss this year\nIn January a Tucano trainer crashed near the academy, killing its instructor.",
     "2024-05-10", "2024-01"),
    ("month-and-year",
     "Crash report released\nThe report covers the crash of a CH-47 Chinook in March 2023 in which two crew "
     "members died.",
     "2024-05-10", "2023-03"),
    ("mid-month",
     "Helicopter loss\nA Puma helicopter was lost in mid-March over the lake; its wreck has not been found.",
     "2023-04-02", "2023-03"),
    # written dates
    ("on-the-14th",
     "Airliner crash inquiry\nThe Boeing 737 crashed on the 14th shortly after take-off, killing all 62 people "
     "on board.",
     "2024-05-20", "2024-05-14"),
    ("on-the-28th-previous-month",
     "Wreck recovered\nDivers recovered the wreck of the Twin Otter that crashed into the lake on the 28th.",
     "2024-05-10", "2024-04-28"),
    ("abbreviated-month-dot",
     "Jet lost\nThe F-35 was lost on Dec. 3 during a night landing, the air force said.",
     "2022-12-10", "2022-12-03"),
    ("sept-abbreviation",
     "Trainer crash\nA T-6 Texan II crashed on Sept. 12 near the school. The student pilot was injured.",
     "2023-09-20", "2023-09-12"),
    ("ordinal-of-month",
     "Gunship downed\nA Mi-24 gunship was shot down on the 3rd of March by rebels using a MANPADS.",
     "2023-03-08", "2023-03-03"),
    ("day-month-year",
     "Crash of surveillance plane\nA King Air surveillance plane crashed on 4 March 2023 near the coast, "
     "killing its three crew.",
     "2023-03-10", "2023-03-04"),
    ("month-day-comma-year",
     "Board releases findings\nThe board released its findings on Thursday about the crash of an AW139 "
     "helicopter on February 17, 2022, which killed two pilots.",
     "2024-05-10", "2022-02-17"),
    ("iso-date",
     "Incident summary\nOn 2023-03-04 an Mi-171 helicopter crashed during landing at the outpost; one "
     "crew member was killed.",
     "2023-03-10", "2023-03-04"),
    ("dotted-european-date",
     "Helicopter accident\nOn 21.03.2023 an Mi-2 helicopter crashed in a forest, the pilot was killed.",
     "2023-03-25", "2023-03-21"),
    ("slashed-iso-date",
     "Drone crash\nA Heron drone crashed on 2023/03/21 in the desert, the army said.",
     "2023-03-25", "2023-03-21"),
    ("weekday-day-month",
     "Village mourns\nThe MiG-21 crashed into a house on Monday, 8 May, killing three villagers.",
     "2023-05-12", "2023-05-08"),
    ("day-month-no-year-with-publication",
     "Army helicopter crash\nThe Mi-17 crashed on 2 May near the border, killing six soldiers.",
     "2024-05-10", "2024-05-02"),
    # datelines
    ("dateline-with-weekday",
     "Afghan helicopter crashes\nKABUL, March 4 (Meridian Wire) - An Afghan air force Mi-17 crashed on Thursday "
     "in the east of the country, killing four crew.",
     "2023-03-04", "2023-03-02"),
    ("dateline-with-year-no-publication",
     "Helicopter crash\nKABUL, March 4, 2023 (Meridian Wire) - An Afghan air force Mi-17 crashed on Thursday "
     "in the east of the country, killing four crew.",
     None, "2023-03-02"),
    ("dateline-same-day",
     "Jet shot down\nKHARTOUM, June 12 (Nile Desk) - A Sudanese air force MiG-29 was shot down on Monday over "
     "the city, the army said.",
     "2023-06-12", "2023-06-12"),
    # year boundaries
    ("january-article-about-december",
     "Crash investigated\nThe Su-30 crashed on December 30 during a night training flight, killing both pilots.",
     "2023-01-03", "2022-12-30"),
    ("january-article-weekday-in-december",
     "Year-end crash\nAn army helicopter crashed on Saturday in snow, the army said on Monday. Two died.",
     "2023-01-02", "2022-12-31"),
    # several dates in one article
    ("wreck-found-later",
     "Wreckage of missing helicopter found\nThe wreckage of the Mi-8 helicopter that disappeared on May 2 "
     "was found on May 5 on a mountainside. All eight on board died.",
     "2024-05-10", "2024-05-02"),
    ("funeral-and-report",
     "Pilots buried\nThe two pilots of the Su-25 that crashed on April 20 were buried on Tuesday. The "
     "investigation report is expected on June 1.",
     "2024-05-10", "2024-04-20"),
    ("report-published-later",
     "Investigators blame fatigue\nAn investigation report published on Thursday found that the Hawk trainer "
     "which crashed on 12 September 2023 was flown by an exhausted instructor.",
     "2024-05-10", "2023-09-12"),
    ("search-then-crash-date",
     "Search ends\nOn Wednesday the navy ended its search for the crew of a P-3 Orion which crashed into the "
     "sea on Sunday.",
     "2024-05-10", "2024-05-05"),
    # background incidents
    ("background-year-no-leak",
     "Jet crash\nA Su-30 fighter crashed on Tuesday near the base. A similar crash in 2019 killed two pilots.",
     "2024-05-10", "2024-05-07"),
    ("background-earlier-date-no-leak",
     "Helicopter downed\nRebels shot down an army Mi-24 on Wednesday. In March 2021 they downed another "
     "helicopter near the same village.",
     "2024-05-10", "2024-05-08"),
    # no publication date
    ("no-publication-bare-weekday",
     "Fighter crash\nA MiG-29 crashed on Tuesday near the capital, the air force said. The pilot was killed.",
     None, None),
    ("no-publication-day-and-month",
     "Drone crash\nOn March 3 a TB2 drone crashed near the town, the army said, not hit by enemy fire.",
     None, "--03-03"),
    ("no-publication-weekday-and-date",
     "Village mourns\nThe jet crashed on Monday, May 8, into a house, killing three people on the ground.",
     None, "--05-08"),
    ("no-publication-month-only",
     "Plane loss\nIn January a cargo plane crashed in the desert, its crew of four died.",
     None, None),
    ("no-publication-full-date",
     "Helicopter crash\nA Bell 412 crashed on 4 October 2022 in the hills, all six aboard were killed.",
     None, "2022-10-04"),
    # non-native English
    ("on-5th-july",
     "Plane crash in the mountains\nThe aircraft Y-12 was crash on 5th July in the mountains, all persons on "
     "board is died.",
     "2021-07-09", "2021-07-05"),
    ("at-14-of-may",
     "Helicopter accident\nAt 14 of May the helicopter Mi-8 of army was crash in the river, two soldiers dead.",
     "2024-05-20", "2024-05-14"),
    ("in-date-of",
     "Jet fall\nIn the date of 3 November 2022 one jet K-8 of the air force was crashed near to airport.",
     "2022-11-10", "2022-11-03"),
    ("day-month-lowercase",
     "Drone downed\nthe drone Orion was shoot down 12 october by air defence of the enemy.",
     "2022-10-20", "2022-10-12"),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_main_incident_date(text: str, published: str | None, expected: str | None) -> None:
    assert incident_dates(text, published)[0] == expected


def test_background_incident_keeps_its_own_year() -> None:
    main, background = incident_dates(
        "Jet crash\nA Su-30 fighter crashed on Tuesday near the base. A similar crash of a MiG-29 in 2019 killed "
        "two pilots.",
        "2024-05-10",
    )
    assert main == "2024-05-07"
    assert "2019" in background
