import datetime
import time

import pytest

from sitrep.extract.dates import (
    PRECISIONS,
    DateMatch,
    DateValue,
    date_window,
    dateline_day,
    event_dates,
    find_dates,
    narrative_date,
    parse_date,
    publication_date,
    said_dates,
)

D = datetime.date


def found(text: str, reference: datetime.date | None) -> list[tuple[str, str | None, str]]:
    matches = find_dates(text, reference)
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert m.date.precision in PRECISIONS
    return [(m.text, m.date.value, m.date.precision) for m in matches]


def only(text: str, reference: datetime.date | None) -> DateMatch:
    matches = find_dates(text, reference)
    assert len(matches) == 1, matches
    assert text[matches[0].start : matches[0].end] == matches[0].text
    return matches[0]


# --- weekdays -----------------------------------------------------------------------------------


def test_weekday_equal_to_publication_day_is_that_day():
    # 1 August 2016 was a Monday
    m = only("A transport helicopter was brought down on Monday, the ministry said.", D(2016, 8, 1))
    assert (m.text, m.date, m.relative) == ("on Monday", DateValue("2016-08-01", "day"), True)


def test_weekday_is_most_recent_one_before_reference():
    m = only("The drone was lost on Friday over the coast.", D(2016, 8, 3))  # a Wednesday
    assert m.date == DateValue("2016-07-29", "day")  # across the month boundary


def test_weekday_across_year_boundary():
    # Thursday 2 January 2020: "on Monday" is 30 December 2019
    m = only("Rebels said they shot down a jet on Monday near the front.", D(2020, 1, 2))
    assert m.date == DateValue("2019-12-30", "day")


def test_weekday_phrases_keep_their_words_and_resolve():
    text = (
        "The gunship crashed in the early hours of Tuesday morning. A second one was lost "
        "late on Friday, and a drone went down Sunday night. On Thursday last week a "
        "trainer jet crashed too."
    )
    assert found(text, D(2019, 3, 13)) == [  # a Wednesday
        ("in the early hours of Tuesday morning", "2019-03-12", "day"),
        ("late on Friday", "2019-03-08", "day"),
        ("Sunday night", "2019-03-10", "day"),
        ("On Thursday last week", "2019-03-07", "day"),
    ]


def test_last_weekday_on_that_weekday_means_a_week_earlier():
    assert only("It happened last Wednesday.", D(2019, 3, 13)).date.value == "2019-03-06"


def test_weekday_without_reference_is_weekday_precision():
    m = only("Officials said the aircraft was downed in the small hours of Saturday.", None)
    assert m.date == DateValue("Saturday", "weekday")
    assert m.relative is True


@pytest.mark.parametrize(
    "typo, expected",
    [("Thuerday", "2019-03-07"), ("Wendesday", "2019-03-06"), ("Firday", "2019-03-08")],
)
def test_typo_weekday_after_on(typo, expected):
    text = f"Local media reported on {typo} that the pilot had ejected."
    m = only(text, D(2019, 3, 9))  # a Saturday
    assert (m.text, m.date.value) == (f"on {typo}", expected)


def test_typo_weekday_without_reference():
    m = only("Witnesses said on Thrusday the plane burned.", None)
    assert m.date == DateValue("Thursday", "weekday")


def test_words_near_weekdays_are_not_weekdays():
    text = "He relied on Subway sandwiches; the patrols fly on Mondays; talks on Sundance failed."
    assert found(text, D(2019, 3, 9)) == []


def test_weekday_in_names_is_not_a_date():
    text = "The Mail on Sunday and the Sunday Times both ran the story after Good Friday."
    assert found(text, D(2019, 4, 22)) == []


# --- months and month-days -------------------------------------------------------------------


def test_earlier_in_month_same_year_and_previous_year():
    text = "Earlier in July, two pilots died when their helicopter was hit near the oasis town."
    assert only(text, D(2016, 8, 1)).date == DateValue("2016-07", "month")
    assert only(text, D(2017, 1, 15)).date == DateValue("2016-07", "month")


def test_month_day_with_reference_in_same_month_and_next_year():
    text = "On November 9, the gunship was escorting a convoy when it was hit."
    m = only(text, D(2020, 11, 10))
    assert (m.text, m.date, m.relative) == ("On November 9", DateValue("2020-11-09", "day"), True)
    assert only(text, D(2021, 1, 20)).date == DateValue("2020-11-09", "day")


def test_month_day_without_reference():
    m = only("The crew of the attack helicopter died on Nov. 9 in the mountains.", None)
    assert (m.text, m.date) == ("on Nov. 9", DateValue("--11-09", "month_day"))


def test_day_month_forms():
    text = "Fighting resumed on 9 November; the ceasefire of the 10th of November held."
    assert found(text, None) == [
        ("on 9 November", "--11-09", "month_day"),
        ("the 10th of November", "--11-10", "month_day"),
    ]


def test_absolute_dates_with_year():
    text = (
        "The jet was lost on 14 March 2019, a trainer on March 3, 2018, and the Su-25 "
        "in July 2016. The squadron was formed in 2015 under a 1997 defence pact."
    )
    assert found(text, D(2020, 1, 1)) == [
        ("on 14 March 2019", "2019-03-14", "day"),
        ("on March 3, 2018", "2018-03-03", "day"),
        ("in July 2016", "2016-07", "month"),
        ("in 2015", "2015", "year"),
        ("1997", "1997", "year"),
    ]
    assert all(not m.relative for m in find_dates(text, D(2020, 1, 1)))


def test_month_modifiers():
    text = "Strikes intensified in late September and eased by mid-October."
    assert found(text, D(2020, 11, 10)) == [
        ("in late September", "2020-09", "month"),
        ("by mid-October", "2020-10", "month"),
    ]


def test_numeric_dates_only_when_unambiguous():
    text = "Logged 2016-08-01, then 13/01/2016, then 08/01/2016 and 03.02.2017."
    assert found(text, None) == [
        ("2016-08-01", "2016-08-01", "day"),
        ("13/01/2016", "2016-01-13", "day"),
        ("03.02.2017", "2017-02-03", "day"),
    ]


def test_day_range_resolves_to_first_day():
    text = "Clashes on 9-10 November left a gunship destroyed."
    assert found(text, D(2020, 11, 12)) == [("on 9-10 November", "2020-11-09", "day")]


def test_year_as_modifier_after_article_but_not_counts():
    text = "The 2015 downing of a bomber was recalled, and the 2000 or so troops were moved."
    assert found(text, None) == [("2015", "2015", "year")]


def test_all_capitals_headlines():
    text = "NOV. 10, 2020: GUNSHIP DOWNED ON TUESDAY"
    assert found(text, D(2020, 11, 12)) == [
        ("NOV. 10, 2020", "2020-11-10", "day"),
        ("ON TUESDAY", "2020-11-10", "day"),
    ]


def test_weekday_before_full_date_is_one_expression():
    assert found("Tuesday 12 April 2016 10:14 BST", None) == [
        ("Tuesday 12 April 2016", "2016-04-12", "day")
    ]


# --- relative words --------------------------------------------------------------------------


def test_relative_day_words():
    text = "The helicopter crashed yesterday. Another was hit last night, and a third this morning."
    assert found(text, D(2020, 3, 1)) == [
        ("yesterday", "2020-02-29", "day"),
        ("last night", "2020-02-29", "day"),
        ("this morning", "2020-03-01", "day"),
    ]


def test_relative_periods():
    text = (
        "A colonel died last month; the base was hit earlier this month and attacked "
        "last year. Two drones fell two days ago and a jet three weeks ago."
    )
    assert found(text, D(2020, 3, 25)) == [
        ("last month", "2020-02", "month"),
        ("earlier this month", "2020-03", "month"),
        ("last year", "2019", "year"),
        ("two days ago", "2020-03-23", "day"),
        ("three weeks ago", "2020-03", "month"),
    ]


def test_last_week_precision_depends_on_the_week():
    text = "The air force lost a jet last week."
    assert only(text, D(2020, 3, 25)).date == DateValue("2020-03", "month")  # 16-22 March
    assert only(text, D(2020, 3, 4)).date == DateValue("2020", "year")  # 24 Feb - 1 Mar
    assert only(text, D(2020, 1, 8)).date == DateValue(None, "unknown")  # 30 Dec 2019 - 5 Jan 2020
    assert only(text, None).date == DateValue(None, "unknown")


def test_relative_without_reference_is_unknown():
    m = only("The pilot was rescued yesterday.", None)
    assert (m.date, m.relative) == (DateValue(None, "unknown"), True)


def test_names_with_today_are_not_dates():
    assert found("Russia Today and USA Today carried the footage.", D(2020, 3, 1)) == []


# --- not dates -------------------------------------------------------------------------------


def test_times_and_video_timers_are_not_dates():
    text = "The missile struck at about 17:30 local time.\n0:00 0:01:47 0:00\nWatch: 2 min read"
    assert found(text, D(2020, 11, 10)) == []


def test_ages_durations_counts_and_ordinals_are_not_dates():
    text = (
        "A 23-year-old navigator survived the two-minute descent during the month-long "
        "offensive in a six-year-old war. The 102nd brigade on Route 6 had 2000 troops, "
        "flying at 2000 feet; 27 million people watched the 45-minute video. Over the last "
        "year the fleet shrank. The town was surrounded by 2000 fighters and the jet fired "
        "from 2000 metres."
    )
    assert found(text, D(2020, 11, 10)) == []


def test_february_thirtieth_is_not_a_date():
    assert found("It was logged on 30 February 2019.", None) == []


# --- parse_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2020-11-10T08:00:00Z", DateValue("2020-11-10", "day")),
        ("2020-11-10T23:30:00-05:00", DateValue("2020-11-10", "day")),  # the date as written
        ("10 Nov 2020", DateValue("2020-11-10", "day")),
        ("08 October, 2015", DateValue("2015-10-08", "day")),
        ("Tue, 10 Nov 2020 08:00:00 GMT", DateValue("2020-11-10", "day")),
        ("20201110", DateValue("2020-11-10", "day")),
        ("2020-11", DateValue("2020-11", "month")),
        ("November 2020", DateValue("2020-11", "month")),
        ("2019", DateValue("2019", "year")),
        ("10 novembre 2020", DateValue("2020-11-10", "day")),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["3 hours ago", "yesterday", "", "not a date", "2020-13-45"])
def test_parse_date_rejects_relative_and_garbage(raw):
    assert parse_date(raw) is None


# --- publication_date -----------------------------------------------------------------------

BODY = (
    "Air force jet crashes during exercise\n"
    "A fighter jet crashed on Monday during a training flight, the defence ministry said.\n"
    "The pilot ejected and was picked up by a rescue team, officials added.\n"
)


def test_publication_from_metadata_beats_dateline_and_url():
    text = "Jet lost\n12 April 2016\n" + BODY
    url = "https://news.example/2016/04/11/jet"
    got = publication_date(text, url=url, metadata="2016-04-13T07:00:00Z")
    assert got == (DateValue("2016-04-13", "day"), "metadata")


def test_unparseable_metadata_falls_through_to_dateline():
    text = "Jet lost\n12 April 2016\n" + BODY
    assert publication_date(text, metadata="n/a") == (DateValue("2016-04-12", "day"), "dateline")


def test_publication_from_dateline_with_time_and_weekday():
    text = "Jet lost\nTuesday 12 April 2016 10:14 BST\n" + BODY
    assert publication_date(text, url="https://news.example/2016/04/11/jet") == (
        DateValue("2016-04-12", "day"),
        "dateline",
    )


def test_published_preferred_over_updated():
    text = "Jet lost\nUpdated: 14 April 2016 09:02\nPublished: 12 April 2016 10:14\n" + BODY
    assert publication_date(text) == (DateValue("2016-04-12", "day"), "dateline")
    piped = "Jet lost\nPublished 12 April 2016 | Last modified 15 April 2016\n" + BODY
    assert publication_date(piped) == (DateValue("2016-04-12", "day"), "dateline")


def test_label_on_its_own_line_and_iso_dateline():
    got = publication_date("Jet lost\nPublished\n2020-11-10\n" + BODY)
    assert got == (DateValue("2020-11-10", "day"), "dateline")


def test_posted_dateline_with_byline():
    text = "Jet lost\nPosted on April 12, 2016 by newsdesk\n" + BODY
    assert publication_date(text) == (DateValue("2016-04-12", "day"), "dateline")


def test_dateline_at_bottom():
    text = BODY * 10 + "Published 10:14 BST, 12 April 2016\n"
    assert publication_date(text) == (DateValue("2016-04-12", "day"), "dateline")


def test_sentence_with_a_date_is_not_a_dateline():
    text = "Jet lost\nThe ministry said on 9 April 2016 that the jet had crashed.\n"
    assert publication_date(text) == (DateValue("2016-04-09", "day"), "text")


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/world/2016/08/01/helicopter-down",
        "https://news.example/world/2016-08-01/helicopter-down",
        "https://news.example/world/20160801/helicopter-down?ref=rss",
    ],
)
def test_publication_from_url(url):
    assert publication_date(BODY, url=url) == (DateValue("2016-08-01", "day"), "url")


def test_publication_from_caption_date_is_the_latest_full_date():
    text = (
        "Helicopter shot down\n"
        "Men stand near the wreckage outside the town, Syria August 1, 2016.\n"
        "The 1997 accord was signed on 12 May 1997.\n" + BODY
    )
    assert publication_date(text) == (DateValue("2016-08-01", "day"), "text")


def test_url_month_narrows_text_date():
    text = "Title\nOn 28 July 2016 the talks opened.\nWreckage, 3 August 2016.\n" + BODY
    assert publication_date(text, url="https://news.example/2016/07/talks") == (
        DateValue("2016-07-28", "day"),
        "text",
    )


def test_text_date_after_updated_dateline_is_ignored():
    text = (
        "Title\nUpdated 14 April 2016\n"
        "Talks are set for 30 April 2016.\nOn 11 April 2016 a jet fell.\n"
    )
    assert publication_date(text) == (DateValue("2016-04-11", "day"), "text")
    only_updated = "Title\nUpdated 14 April 2016\n" + BODY
    assert publication_date(only_updated) == (DateValue("2016-04-14", "day"), "dateline")


def test_copyright_years_are_ignored():
    text = BODY + "© 2024 Example Media Group\nCopyright 2023 Example News. All rights reserved.\n"
    assert publication_date(text) == (None, None)
    assert publication_date(BODY + "Copyright 12 March 2024 Example News\n") == (None, None)


def test_promotional_lines_are_ignored():
    text = BODY + "Subscribe before 31 December 2020 and your first month is free.\n"
    assert publication_date(text) == (None, None)


def test_comment_timestamps_are_ignored():
    text = BODY + "More detail.\nComments\nreader42\n4 March 2019\n3 hours ago\nReply\n"
    assert publication_date(text) == (None, None)


def test_nothing_found():
    assert publication_date(BODY) == (None, None)
    assert publication_date("") == (None, None)


def test_history_piece_is_not_dated_by_an_old_date_in_its_text():
    text = (
        "How two gunships were lost in 2004\n"
        "In the spring of 2004 two army gunships were brought down within a week.\n"
        "The earlier loss, on the night of 12 February 1991, had shaped the training.\n"
    )
    assert publication_date(text) == (None, None)


# --- months relative to the reference ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("A cargo plane crashed last August in the hills.", D(2025, 2, 5), "2024-08"),  # across the year
        ("A cargo plane crashed last August in the hills.", D(2025, 9, 1), "2025-08"),
        ("A cargo plane crashed last August in the hills.", D(2025, 8, 20), "2024-08"),  # not this August
        ("In December of last year a drone went down.", D(2025, 1, 10), "2024-12"),
        ("A trainer was lost in June last year.", D(2025, 3, 1), "2024-06"),
        ("The pilots have flown since january, he said.", D(2023, 5, 19), "2023-01"),  # lower case
    ],
)
def test_month_named_relative_to_reference(text, reference, expected):
    assert only(text, reference).date == DateValue(expected, "month")


def test_lower_case_may_and_march_are_words():
    assert found("They may march in protest in may.", D(2023, 5, 19)) == []


def test_date_window():
    assert date_window(DateValue("2024-02", "month")) == (D(2024, 2, 1), D(2024, 2, 29))
    assert date_window(DateValue("2023-12", "month")) == (D(2023, 12, 1), D(2023, 12, 31))
    assert date_window(DateValue("2019", "year")) == (D(2019, 1, 1), D(2019, 12, 31))
    assert date_window(DateValue("--03-03", "month_day")) is None


# --- which date is the event's ------------------------------------------------------------------


def event_texts(text: str, reference: datetime.date | None, cue: str | None = None) -> list[str]:
    anchors = [text.index(cue)] if cue else []
    return [m.text for m in event_dates(text, reference, anchors)]


def test_dateline_day_is_not_the_event_day():
    text = "GAO, June 3 (Sahel Wire) - A transport plane crashed on Sunday near the airport, officials said."
    assert event_texts(text, D(2024, 6, 3), "crashed") == ["on Sunday"]


def test_day_of_a_statement_or_broadcast_is_not_the_event_day():
    said = "The ministry said on Thursday that the drone was shot down on Tuesday."
    assert event_texts(said, D(2024, 3, 8), "shot down") == ["on Tuesday"]
    aired = "The rebel channel on Monday aired footage of the jet they shot down last week."
    assert event_texts(aired, D(2024, 3, 12), "shot down") == ["last week"]
    assert [m.text for m in said_dates(said, D(2024, 3, 8))] == ["on Thursday"]


def test_day_the_wreck_was_found_is_not_the_loss_day():
    text = "Rescuers on Saturday found the wreckage of the helicopter that went missing on Thursday."
    assert event_texts(text, D(2024, 3, 10), "went missing") == ["on Thursday"]
    passive = "The debris was found on Saturday, two days after the plane vanished on Thursday."
    assert event_texts(passive, D(2024, 3, 10), "vanished") == ["on Thursday"]


def test_bounds_and_other_events_are_not_the_event_day():
    assert event_texts("It was the worst air disaster since 2009.", D(2024, 3, 10)) == []
    text = "The crash came weeks after gunmen raided the airfield on 2 February."
    assert event_texts(text, D(2024, 3, 10), "crash") == []
    since_when = "No jet had been lost since May 2019, when a fighter was shot down near the coast."
    assert event_texts(since_when, D(2024, 3, 10), "shot down") == ["since May 2019"]


def test_nearest_date_to_the_loss_words_comes_first():
    text = "Tuesday's loss comes a month after the gunship that rebels said they downed in early June."
    assert event_texts(text, D(2023, 8, 10), "downed") == ["in early June", "Tuesday"]


def test_dateline_day_without_a_year():
    assert dateline_day("Jet crashes\nKABUL, March 12. A jet crashed on Monday.") == DateValue("--03-12", "month_day")
    assert dateline_day("Jet crashes\nKABUL - A jet crashed on Monday.") is None
    assert dateline_day("Jet crashes\nNATO said on Monday - in a statement") is None


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("Two months later, rebels downed another drone.", DateValue("2019-06", "month"), DateValue("2019-08", "month")),
        ("Ten days later, a second jet was lost.", DateValue("2003-03-23", "day"), DateValue("2003-04-02", "day")),
        ("The same day, a helicopter crashed.", DateValue("2019-02-27", "day"), DateValue("2019-02-27", "day")),
        ("A year earlier, a trainer had crashed.", DateValue("2016-05", "month"), DateValue("2015", "year")),
    ],
)
def test_dates_told_from_the_previous_date(text, base, expected):
    assert narrative_date(text, base).date == expected


def test_no_narrative_date_from_a_coarser_base():
    assert narrative_date("The same day, a helicopter crashed.", DateValue("2019-02", "month")) is None
    assert narrative_date("The helicopter crashed.", DateValue("2019-02-27", "day")) is None


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a date in the possessive names the loss's own day, whatever happened on the others
        ("Divers on Sunday recovered two more bodies missing since last Thursday's plane crash off the island.",
         "crash", "2023-10-12"),
        ("Police on Saturday found the pilot of Wednesday's helicopter crash alive in the forest.", "crash", "2023-10-11"),
        ("Investigators reached the site on Sunday, days after Friday's downing of the army drone.", "downing", "2023-10-13"),
    ],
)
def test_a_possessive_date_of_the_loss(text, anchor, expected):
    dates = event_dates(text, D(2023, 10, 16), [text.index(anchor)])
    assert dates and dates[0].date.value == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The helicopter had crashed the day before.", DateValue("2024-06-03", "day")),
        ("A second drone was downed the day after, officials said.", DateValue("2024-06-05", "day")),
        ("The airliner went missing the previous day.", DateValue("2024-06-03", "day")),
        ("A day earlier, a trainer jet came down near the base.", DateValue("2024-06-03", "day")),
    ],
)
def test_the_day_before_or_after_a_given_day(text, expected):
    assert narrative_date(text, DateValue("2024-06-04", "day")).date == expected


def test_the_day_before_an_event_named_is_no_date():
    assert narrative_date("Rebels shelled the city the day before the election.", DateValue("2024-06-04", "day")) is None


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("A trainer crashed at the weekend.", D(2024, 6, 10), DateValue("2024-06", "month")),
        ("Two drones were downed over the weekend.", D(2024, 3, 31), DateValue("2024-03", "month")),
        # a weekend across a month boundary is only known to the year
        ("A helicopter went missing during the weekend.", D(2024, 9, 2), DateValue("2024", "year")),
    ],
)
def test_the_weekend_before_publication(text, reference, expected):
    assert [m.date for m in find_dates(text, reference)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels put out a claim last night saying their fighters brought down a helicopter on Wednesday.", "2021-04-07"),
        ("The group issued a statement on Tuesday saying it downed a drone on Sunday.", "2021-04-04"),
        ("Militants released a video on Monday that showed the jet being hit on Saturday.", "2021-04-03"),
    ],
)
def test_the_day_a_claim_was_made_is_not_the_day_of_the_loss(text, expected):
    assert [m.date.value for m in event_dates(text, D(2021, 4, 9))][:1] == [expected]


def test_a_time_of_day_keeps_the_day_of_the_sentence_before():
    from sitrep.extract.dates import same_day_clock

    monday = DateValue("2019-06-24", "day")
    for text in (
        "Shortly before two o'clock in the afternoon, two jets touched in mid-air.",
        "At about 10.30pm the helicopter went into the sea.",
        "Later that evening a second drone came down near the village.",
    ):
        match = same_day_clock(text, monday)
        assert match is not None and match.date == monday and text[match.start : match.end] == match.text
    assert same_day_clock("The jet crashed in a field.", monday) is None
    assert same_day_clock("At about 3pm the jet crashed.", DateValue("2019-06", "month")) is None


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Rebels say they have shot down four jets since the war began on 15 April.", "shot down"),
        ("The air force has lost three helicopters since fighting broke out in the capital on March 2.", "lost"),
        ("The drone was downed near the front, weeks into the offensive launched on 9 June.", "downed"),
        ("The army has lost several aircraft since 12 May, when the conflict spread to the north.", "lost"),
        ("Insurgents claim to have downed two gunships since the ceasefire collapsed in January.", "downed"),
        ("Kyiv launched its counter-offensive on June 4 and lost a Ka-52 in the first week.", "lost"),
        ("The trial began on Monday of two mechanics over the crash of the airliner.", "crash"),
        ("An inquest opened on 3 May into the helicopter crash that killed four.", "crash"),
    ],
)
def test_the_day_a_war_or_offensive_began_is_not_the_loss_day(text, cue):
    assert event_texts(text, D(2023, 8, 10), cue) == []


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("No jet had been lost since May 2019, when a fighter was shot down near the coast.", "shot down", ["since May 2019"]),
        ("The jet was shot down on 3 June, seven weeks after the war began.", "shot down", ["on 3 June"]),
        ("Fighting began in April; on 3 June a fighter crashed near the city.", "crashed", ["on 3 June"]),
    ],
)
def test_loss_days_near_a_war_start_are_kept(text, cue, expected):
    assert event_texts(text, D(2023, 8, 10), cue) == expected


# --- a retold event's date is not the publication date -------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "The crash revived memories of the nation's worst disaster: on March 3, 2004, an airliner fell into the sea.",
        "Villagers still remember 14 June 1998, when a transport plane came down on the same hill.",
        "The base last lost a jet on August 9, 2011, when a trainer overran the runway.",
    ],
)
def test_date_retold_late_in_an_undated_article_is_not_its_publication(tail):
    text = (
        "Trainer jet crashes in farmland\n"
        "Two pilots were killed on Tuesday when their training jet crashed into fields, the army said.\n"
        "The jet was on a routine sortie when it developed a fault.\n"
        "Both pilots, the only people aboard, died at the scene.\n"
        "Nobody on the ground was hurt, villagers said.\n"
        "An investigation committee has been formed.\n"
        "The officers will be buried with military honours.\n" + tail + "\n"
    )
    assert publication_date(text) == (None, None)


def test_date_in_the_opening_lines_still_dates_an_undated_article():
    text = (
        "Trainer jet crashes in farmland\n"
        "Provincial capital, 12 May 2023\n"
        "Two pilots were killed on Tuesday when their training jet crashed into fields, the army said.\n"
    )
    found, source = publication_date(text)
    assert found is not None and found.value == "2023-05-12"


@pytest.mark.parametrize(
    "text, anchor_word",
    [
        ("The two pilots of a jet that went missing on a night mission were found dead on Wednesday, the air force said.",
         "went"),
        ("The pilot was found dead late on Friday near the trainer that vanished from radar.", "vanished"),
    ],
)
def test_day_the_crew_was_found_is_not_the_loss_day(text, anchor_word):
    assert event_dates(text, D(2025, 3, 8), [text.index(anchor_word)]) == []


def test_day_found_or_said_counts_back_to_the_loss():
    text = "Both crew members were found alive on Sunday, a day after their helicopter went down in the jungle."
    found = event_dates(text, D(2025, 3, 8), [text.index("went")])
    assert [(m.text, m.date.value) for m in found] == [("a day after", "2025-03-01")]
    said = "The navy confirmed on Friday, three days after the crash, that the Lynx was lost."
    assert [m.date.value for m in event_dates(said, D(2025, 3, 8), [said.index("crash,")])] == ["2025-03-04"]
    other = "The wreck was found on Sunday, two days after another jet was lost."
    assert event_dates(other, D(2025, 3, 8), [other.index("lost")]) == []


def test_loss_day_kept_beside_the_day_the_crew_was_found():
    text = "The helicopter crashed on Monday and its crew were found dead the next morning."
    assert [d.date.value for d in event_dates(text, D(2025, 3, 8), [text.index("crashed")])] == ["2025-03-03"]


def test_ordinal_day_alone_and_lower_case_month():
    assert found("It crashed on the 14th shortly after take-off.", D(2024, 5, 20)) == [("on the 14th", "2024-05-14", "day")]
    assert found("It crashed on the 28th.", D(2024, 5, 10)) == [("on the 28th", "2024-04-28", "day")]
    assert found("Troops on the 14th Brigade front.", D(2024, 5, 20)) == []
    assert found("It was shot down 12 october by air defence.", D(2022, 10, 20)) == [("12 october", "2022-10-12", "day")]
    assert found("the may 12 people", D(2022, 10, 20)) == []


def test_year_before_a_verb_and_dates_of_talk_about_the_loss():
    assert found("A similar crash in 2019 killed two pilots.", None) == [("in 2019", "2019", "year")]
    assert found("Among the 2000 killed in the war.", None) == []
    text = "The board released its findings on Thursday about the crash of a jet on February 17, 2022."
    assert [m.text for m in event_dates(text, D(2024, 5, 10), [text.index("crash")])] == ["on February 17, 2022"]
    near = "The jet crashed on Tuesday about a mile from the runway."
    assert [m.text for m in event_dates(near, D(2024, 5, 10), [near.index("crashed")])] == ["on Tuesday"]
