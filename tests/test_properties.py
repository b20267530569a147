"""Property tests (hypothesis): the readers, the cleaner, the date and number parsers, the claim parser
and the evidence spans of the whole per-article step.

Inputs are generated: arbitrary bytes and text (control characters, NULs, lone carriage returns), and
text built from the words the extractors look for, in every spelling a case-insensitive pattern also
matches ("ſ" is an "s" to `re.IGNORECASE`). Nothing may raise; every offset must point into its text.
A falsifying example hypothesis once found stays as an @example. The settings (no deadline, the
failure blob printed) are the "ci" profile in conftest.py.
"""

from __future__ import annotations

import datetime
import gzip
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, event, example, given, settings
from hypothesis import strategies as st

from sitrep.clean import clean, line_key
from sitrep.extract.casualties import casualty_cues, count_value, number_value
from sitrep.extract.dates import (
    MONTHS,
    PRECISIONS,
    WEEKDAYS,
    YEARS,
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
from sitrep.models import COUNT_FIELDS, Article, Skip
from sitrep.read import from_text, read_paths

# --- strategies -------------------------------------------------------------------------------------

CHARS = st.characters(blacklist_categories=("Cs",))  # any code point a file can hold: no lone surrogates
ODD = st.sampled_from(["\r", "\r\n", "\n", "\n\n", "\x00", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\ufeff",
                       "\xa0", "\u200b", "\u202e"])  # fmt: skip
# Words the readers, cleaner and extractors react to.
VOCABULARY = [
    "Monday", "Tuesday", "Thursday", "Sunday", "Thuersday", "January", "February", "March", "May", "Sept.", "Dec",
    "last", "this", "next", "past", "ago", "days", "weeks", "months", "years", "week", "month", "year",
    "yesterday", "today", "tonight", "last night", "later", "earlier", "the same day", "the following day",
    "on", "in", "since", "until", "early", "mid-", "the end of", "of", "3", "12", "29", "31", "08/01/2016",
    "2020-02-30", "1999", "2024", "14.03.2023", "one", "two", "six", "seven", "twelve", "twenty-three", "forty-two",
    "a hundred", "two hundred and five", "first", "second", "fifth", "sixth", "dozens", "killed", "killing", "dead",
    "died", "wounded", "injured", "missing", "captured", "crew", "crew members", "passengers", "people",
    "pilots", "soldiers", "on board", "aboard", "all", "both", "no one", "survived", "ejected safely", "bodies",
    "of the", "with injuries", "another", "has died", "-man crew", "crew of", "shot down", "crashed", "downed",
    "helicopter", "jet", "drone", "Mi-17", "F-16", "Boeing 737", "missile", "said", "claimed", "denied", "near",
    "over", "Subscribe", "Advertisement", "Read more:", "Photo:", "©", "|", "-", "—", ".", ",", ":", "(", ")",
    '"', "“", "”", "<p>", "</p>", "<title>", "&amp;", "\\u00e9", "{", "}", '"text":',
]  # fmt: skip


def _spellings(word: str) -> st.SearchStrategy[str]:
    """A word as written, in capitals, lower case, and with the letters Unicode case-folds onto ASCII."""
    return st.sampled_from([word, word.upper(), word.lower(), word.capitalize(), word.replace("s", "\u017f"),
                            word.replace("k", "\u212a"), word.replace("i", "\u0131"), word.replace("I", "\u0130")])  # fmt: skip


WORD = st.sampled_from(VOCABULARY).flatmap(_spellings)
PIECE = st.one_of(st.text(CHARS, max_size=8), ODD, WORD, WORD, WORD)
SEPARATOR = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". "])
TEXT = st.lists(st.tuples(PIECE, SEPARATOR), max_size=30).map(lambda parts: "".join(p + s for p, s in parts))
ANY_TEXT = st.one_of(st.text(CHARS, max_size=200), TEXT)
# Publication dates, with the edges of months, years and leap days drawn often.
EDGES = [datetime.date(y, m, d) for y, m, d in ((2020, 2, 29), (2024, 2, 29), (2000, 2, 29), (2021, 1, 1), (2020, 12, 31),
                                                (2023, 3, 1), (2096, 2, 29), (2099, 12, 31), (1900, 3, 1), (2019, 12, 30))]  # fmt: skip
REFERENCE = st.one_of(st.dates(datetime.date(YEARS[0], 1, 1), datetime.date(YEARS[-1], 12, 31)), st.sampled_from(EDGES))
# Dates as metadata writes them, any year the calendar has ("31 December 9999").
WRITTEN_DATE = st.dates().map(lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(CHARS, max_size=20) | TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)
JSON_KEYS = ["id", "text", "maintext", "html", "url", "source", "title", "published", "date_publish", "outlet",
             "source_domain"]  # fmt: skip
JSON_OBJECT = st.dictionaries(st.sampled_from(JSON_KEYS), JSON | ANY_TEXT, max_size=6)


def _encodings(text: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from([text.encode("utf-8"), text.encode("utf-16"), text.encode("utf-8", "replace")[:-1],
                            text.encode("latin-1", "replace"), b"\xef\xbb\xbf" + text.encode()])  # fmt: skip


FILE_BYTES = st.one_of(st.binary(max_size=300), ANY_TEXT.flatmap(_encodings))


# --- readers ----------------------------------------------------------------------------------------


def _read_bytes(name: str, data: bytes) -> list[Article | Skip]:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data)
        items = list(read_paths([folder]))
    for item in items:
        assert isinstance(item, (Article, Skip)), item
        if isinstance(item, Skip):
            assert item.reason and item.origin
        else:
            assert item.raw_text.strip() and "\r" not in item.raw_text
            assert isinstance(item.id, str) and item.id and item.content_hash
    return items


@settings(max_examples=150)
@given(name=st.sampled_from(["a.txt", "b.html", "c.jsonl", "d.warc", "e.warc.gz", "f.jsonl.gz"]), data=FILE_BYTES,
       gzipped=st.booleans())  # fmt: skip
def test_any_bytes_in_any_supported_file_give_articles_or_skips(name: str, data: bytes, gzipped: bool) -> None:
    items = _read_bytes(name, gzip.compress(data) if gzipped else data)
    if name.endswith((".txt", ".html")):
        assert len(items) == 1


@settings(max_examples=150)
@given(text=ANY_TEXT)
def test_any_text_file_reads_as_one_article_or_one_skip(text: str) -> None:
    (item,) = _read_bytes("story.txt", text.encode("utf-8"))
    if isinstance(item, Article) and "\x00" not in text:  # NULs in every other byte read as UTF-16
        assert item.raw_text == text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


JSONL_LINES = st.lists(st.one_of(JSON, JSON_OBJECT).map(json.dumps) | ANY_TEXT.map(lambda t: t.replace("\n", " ")),
                       min_size=1, max_size=5)  # fmt: skip


@settings(max_examples=100)
@given(lines=JSONL_LINES, gzipped=st.booleans())
@example(lines=["\ufeff "], gzipped=False)  # a byte-order mark alone is no line
def test_any_jsonl_lines_give_one_result_per_non_blank_line(lines: list[str], gzipped: bool) -> None:
    data = "\n".join(lines).encode("utf-8")
    items = _read_bytes("feed.jsonl.gz" if gzipped else "feed.jsonl", gzip.compress(data) if gzipped else data)
    assert len(items) == sum(1 for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n") if line.strip())


@settings(max_examples=60)
@given(lines=JSONL_LINES, cut=st.floats(0, 1))
def test_a_gzipped_feed_cut_anywhere_gives_articles_or_skips(lines: list[str], cut: float) -> None:
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    items = _read_bytes("feed.jsonl.gz", data[: int(len(data) * cut)])
    assert len(items) <= len(lines) + 1  # the lines before the break, and the break


def _warc(records: list[tuple[str, str, bytes]], gzipped: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for status, content_type, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/a", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))  # fmt: skip
    return out.getvalue()


WARC_RECORD = st.tuples(
    st.sampled_from(["200 OK", "404 Not Found", "301 Moved"]),
    st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=nonsense", "image/png", ""]),
    st.one_of(st.binary(max_size=200), TEXT.map(lambda t: f"<html><body><p>{t}</p></body></html>".encode())),
)


@settings(max_examples=60)
@given(records=st.lists(WARC_RECORD, min_size=1, max_size=3), gzipped=st.booleans(), cut=st.floats(0, 1))
def test_a_crawl_cut_anywhere_gives_articles_or_skips(records: list, gzipped: bool, cut: float) -> None:
    data = _warc(records, gzipped)
    _read_bytes("crawl.warc.gz" if gzipped else "crawl.warc", data[: int(len(data) * cut)])


# --- cleaner ----------------------------------------------------------------------------------------


def _assert_runs_map_back(raw: str, text: str, offset_map: list[tuple[int, int, int]]) -> None:
    """Clean text is its runs joined by line breaks, and each run is the raw slice it maps to."""
    assert "\n".join(text[c : c + n] for c, _, n in offset_map) == text
    position = 0
    for clean_start, raw_start, length in offset_map:
        assert clean_start == position and length > 0
        assert 0 <= raw_start and raw_start + length <= len(raw)
        assert text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
        position = clean_start + length + 1


@settings(max_examples=200)
@given(raw=ANY_TEXT, data=st.data())
def test_clean_text_maps_back_into_the_raw_text(raw: str, data: st.DataObject) -> None:
    lines = [line for line in raw.split("\n") if line.strip()]
    repeated = {line_key(line) for line in data.draw(st.lists(st.sampled_from(lines), max_size=3))} if lines else set()
    result = clean(raw, repeated)
    _assert_runs_map_back(raw, result.text, result.offset_map)
    article = Article(id="a", raw_text=raw, clean_text=result.text, offset_map=result.offset_map)
    for offset, char in enumerate(result.text):
        mapped = article.raw_offset(offset)
        assert char == "\n" or raw[mapped] == char
    assert result.headline is None or result.headline in result.text.split("\n")
    assert all(line in raw for line, _ in result.removed)


# --- dates ------------------------------------------------------------------------------------------

_FORMATS = {
    "day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "month_day": r"--\d\d-\d\d",
    "weekday": "|".join(WEEKDAYS),
}  # fmt: skip


def _assert_sane(value: DateValue, reference: datetime.date | None, relative: bool) -> None:
    assert value.precision in PRECISIONS
    if value.precision == "unknown":
        assert value.value is None
        return
    assert re.fullmatch(_FORMATS[value.precision], value.value), value
    window = date_window(value)
    if window is None:
        assert value.precision in ("month_day", "weekday") and (reference is None or not relative)
        return
    first, last = window
    assert first <= last
    if relative and reference is not None:  # "99 years ago" is the farthest back, "next December" forward
        assert reference - datetime.timedelta(days=366 * 100) <= last and first <= reference + datetime.timedelta(days=366)
    elif not relative:
        assert first.year in YEARS and last.year in YEARS


def _assert_matches(text: str, matches: list, reference: datetime.date | None) -> None:
    end = 0
    for match in matches:
        assert end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        _assert_sane(match.date, reference, match.relative)
        end = match.end


@settings(max_examples=300)
@given(text=ANY_TEXT, reference=st.none() | REFERENCE)
@example(text="\u017fix days ago", reference=datetime.date(2020, 5, 5))
@example(text="in June la\u017ft year", reference=datetime.date(2020, 5, 5))
@example(text="\u07c3 days ago", reference=datetime.date(2020, 5, 5))  # an N'Ko digit: int() reads it
def test_find_dates_on_any_text(text: str, reference: datetime.date | None) -> None:
    found = find_dates(text, reference)
    _assert_matches(text, found, reference)
    anchors = [m.start() for m in re.finditer(r"crash|shot", text)]
    for subset in (event_dates(text, reference, anchors), said_dates(text, reference)):
        assert set(subset) <= set(found)
    for match in found:
        later = narrative_date(text[match.end :], match.date)
        if later is not None:
            _assert_sane(later.date, None, False)
    day = dateline_day(text)
    assert day is None or day.precision == "month_day"


@settings(max_examples=100)
@given(text=ANY_TEXT)
@example(text="the \u017fame day")
def test_narrative_date_on_any_text(text: str) -> None:
    for base in (DateValue("2020-02-29", "day"), DateValue("2021-12", "month"), DateValue("1999", "year"), DateValue(None, "unknown")):
        later = narrative_date(text, base)
        if later is not None:
            assert text[later.start : later.end] == later.text
            _assert_sane(later.date, None, False)


@settings(max_examples=150)
@given(value=st.one_of(ANY_TEXT, WRITTEN_DATE))
@example(value="31 Dec 9999")
@example(value="1066 AD")
def test_parse_date_on_any_string(value: str) -> None:
    parsed = parse_date(value)
    assert parsed is None or parsed.precision in ("day", "month", "year")
    if parsed is not None:
        _assert_sane(parsed, None, False)


@settings(max_examples=100)
@given(text=ANY_TEXT, url=st.none() | st.text(CHARS, max_size=40).map(lambda s: "https://news.example/" + s),
       metadata=st.none() | ANY_TEXT)  # fmt: skip
def test_publication_date_on_any_article(text: str, url: str | None, metadata: str | None) -> None:
    found, source = publication_date(text, url, metadata)
    assert (found is None) == (source is None)
    if found is not None:
        assert source in ("metadata", "dateline", "url", "text")
        assert found.precision in ("day", "month", "year")


@settings(max_examples=200)
@given(weekday=st.sampled_from(WEEKDAYS), which=st.sampled_from(["on ", "last ", "early on ", "", "this past "]),
       part=st.sampled_from(["", " morning", " night"]), reference=REFERENCE)  # fmt: skip
def test_a_weekday_is_the_last_such_day_up_to_the_publication_date(weekday: str, which: str, part: str, reference) -> None:
    text = f"The helicopter went down {which}{weekday}{part}, officials said."
    (match,) = [m for m in find_dates(text, reference) if weekday in m.text]
    assert match.date.precision == "day" and match.relative
    day = datetime.date.fromisoformat(match.date.value)
    assert WEEKDAYS[day.weekday()] == weekday
    assert reference - datetime.timedelta(days=7) <= day <= reference
    if which.strip() in ("last", "this past"):
        assert day < reference


@settings(max_examples=100)
@given(weekday=st.sampled_from(WEEKDAYS), reference=REFERENCE)
def test_a_weekday_last_week_is_in_the_week_before(weekday: str, reference: datetime.date) -> None:
    (match,) = find_dates(f"It crashed on {weekday} last week.", reference)
    day = datetime.date.fromisoformat(match.date.value)
    monday = reference - datetime.timedelta(days=reference.weekday())
    assert WEEKDAYS[day.weekday()] == weekday and monday - datetime.timedelta(days=7) <= day < monday


@settings(max_examples=200)
@given(month=st.integers(1, 12), which=st.sampled_from(["last", "in", "since"]), reference=REFERENCE)
def test_a_month_alone_is_the_latest_such_month(month: int, which: str, reference: datetime.date) -> None:
    text = f"The jet was lost {which} {MONTHS[month - 1]}, and the inquiry goes on."
    (match,) = find_dates(text, reference)
    assert match.date.precision == "month" and match.relative
    year, number = map(int, match.date.value.split("-"))
    months_back = (reference.year * 12 + reference.month) - (year * 12 + number)
    assert number == month
    assert (1 <= months_back <= 12) if which == "last" else (0 <= months_back <= 11)


@settings(max_examples=300)
@given(year=st.integers(1900, 2099), month=st.integers(1, 12), day=st.integers(1, 31),
       shape=st.sampled_from(["{d} {M} {y}", "on {d} {M} {y}", "{M} {d}, {y}", "on {M} {d} {y}", "the {d}th of {M} {y}"]),
       reference=st.none() | REFERENCE)  # fmt: skip
def test_a_full_date_is_that_day_or_nothing(year: int, month: int, day: int, shape: str, reference) -> None:
    text = "A drone was shot down " + shape.format(d=day, M=MONTHS[month - 1], y=year) + ", the ministry said."
    days = [(m.date.value, m.relative) for m in find_dates(text, reference) if m.date.precision == "day"]
    expected = _valid(year, month, day)
    assert days == ([(expected.isoformat(), False)] if expected else [])


@settings(max_examples=200)
@given(month=st.integers(1, 12), day=st.integers(1, 31), reference=REFERENCE)
def test_a_month_and_day_without_a_year_is_the_latest_such_day(month: int, day: int, reference: datetime.date) -> None:
    found = find_dates(f"The plane crashed on {MONTHS[month - 1]} {day}.", reference)
    if not found:  # no such day in this year or the last (30 February, 29 February off leap years)
        assert all(_valid(y, month, day) is None for y in (reference.year, reference.year - 1))
        return
    (match,) = found
    resolved = datetime.date.fromisoformat(match.date.value)
    assert (resolved.month, resolved.day) == (month, day)
    assert resolved.year in (reference.year, reference.year - 1)
    assert resolved <= reference + datetime.timedelta(days=31)


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


@settings(max_examples=100)
@given(n=st.integers(1, 12), unit=st.sampled_from(["day", "week", "month", "year"]), reference=REFERENCE)
def test_so_long_ago_is_before_the_publication_date(n: int, unit: str, reference: datetime.date) -> None:
    (match,) = find_dates(f"It crashed {n} {unit}{'s' if n > 1 else ''} ago.", reference)
    window = date_window(match.date)
    if unit == "day":
        assert match.date.value == (reference - datetime.timedelta(days=n)).isoformat()
    elif window is not None:  # a week that straddles two years has no precision
        assert window[0] < reference


# --- numbers ----------------------------------------------------------------------------------------

UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def in_words(n: int, joiner: str = " and ", a_hundred: bool = False) -> str:
    """0..999 in English words: "twenty-three", "one hundred and five" (or "one hundred five")."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")
    hundreds = ("a" if a_hundred and n // 100 == 1 else UNITS[n // 100]) + " hundred"
    return hundreds + (joiner + in_words(n % 100) if n % 100 else "")


NUMBER_IN_WORDS = st.builds(
    lambda n, joiner, a, case: (n, case(in_words(n, joiner, a))),
    st.integers(0, 999), st.sampled_from([" and ", " "]), st.booleans(), st.sampled_from([str, str.capitalize, str.upper]),
)  # fmt: skip


@settings(max_examples=300)
@given(number=NUMBER_IN_WORDS)
@example(number=(105, "one hundred and five"))
@example(number=(0, "zero"))
def test_number_words_read_back(number: tuple[int, str]) -> None:
    n, words = number
    assert number_value(words) == n


@settings(max_examples=300)
@given(number=NUMBER_IN_WORDS.filter(lambda pair: pair[0] > 0), digits=st.booleans(),
       template=st.sampled_from(["The plane crashed, killing {n} {people}.", "{N} {people} were killed when the jet crashed.",
                                 "The helicopter was carrying {n} {people} when it came down."]))  # fmt: skip
@example(number=(42, "forty-two"), digits=False, template="The plane crashed, killing {n} {people}.")
@example(number=(200, "two hundred"), digits=False, template="The plane crashed, killing {n} {people}.")
@example(number=(100, "a hundred"), digits=False, template="The plane crashed, killing {n} {people}.")
def test_a_count_in_words_or_digits_is_read_whole(number: tuple[int, str], digits: bool, template: str) -> None:
    n, words = number
    written = str(n) if digits else words
    text = template.format(n=written, N=written[0].upper() + written[1:], people="person" if n == 1 else "people")
    field = "on_board" if "carrying" in template else "killed"
    assert (field, n) in {(c.field, c.value) for c in casualty_cues(text)}


@settings(max_examples=300)
@given(text=ANY_TEXT)
@example(text="\u00b2")
@example(text="a \u017fecond soldier has died")
@example(text="and two were mi\u017f\u017fing")
def test_count_parsers_on_any_text(text: str) -> None:
    value = number_value(text)
    assert value is None or value >= 0
    total = count_value(text)
    assert total is None or total > 0
    for cue in casualty_cues(text):
        assert 0 <= cue.start < cue.end <= len(text)
        assert cue.field in COUNT_FIELDS and 0 <= cue.value <= 5000


# --- the spaCy pipeline: claims and evidence spans ----------------------------------------------------

# A small grammar of loss reports: aircraft, operators, places, causes, dates, tolls and sources.
OPERATORS = ["A ", "The ", "A Ukrainian ", "A Russian ", "A Sudanese ", "The Turkish ", "An Indian ", "A military ",
             "Another "]  # fmt: skip
AIRCRAFT = ["Mi-17 helicopter", "F-16 fighter jet", "Su-25", "Boeing 737", "Cessna 172", "drone", "transport plane",
            "Black Hawk", "Bayraktar TB2", "An-26", "helicopter", "MiG-29", "Ka-52 attack helicopter"]  # fmt: skip
CAUSES = ["was shot down", "crashed", "was downed by a surface-to-air missile", "collided with a training jet",
          "went down", "was hit by ground fire", "was not shot down", "was reportedly shot down by rebels",
          "crash-landed", "came down after an engine failure"]  # fmt: skip
PLACES = ["", " near Kharkiv", " over the Black Sea", " in northern Syria", " near Mosul", " in Bogota",
          " 40 km south of the capital", " near the border with Iran", " in Darfur", " over Lake Chad"]  # fmt: skip
DATES = ["", " on Monday", " on 12 March 2021", " last week", " in July 2019", " yesterday", " two days ago",
         " on May 3", " earlier this month", " on the night of 9-10 November", " in 2015"]  # fmt: skip
TOLLS = ["", ", killing all four crew members", ", killing 17 people", " and both pilots ejected safely",
         "; no one was killed", ", with 176 passengers on board", ", wounding three soldiers",
         ", killing one hundred and two people", ", and twenty-three crew are missing"]  # fmt: skip
SOURCES = ["", ", the army said", ", according to the defence ministry", ", rebels claimed",
           ", a local official told reporters", ", the ministry denied"]  # fmt: skip
SPEAKERS = ["The army said", "Rebels claimed", "Officials denied that", "The ministry said on Tuesday that"]
FOLLOW_UPS = ["The two pilots were killed.", "Its wreckage was found{place}{date}.", "Both crew members survived.",
              "The aircraft had taken off{place} an hour earlier.", "An investigation has been opened."]  # fmt: skip
FURNITURE = ["Subscribe to our newsletter", "Advertisement", "Share this article", "Read more: Markets rally",
             "Photo: A helicopter on the tarmac (Reuters)", "© 2024 News Example"]  # fmt: skip


def _parts(*lists: list[str]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.tuples(*(st.sampled_from(words) for words in lists))


SENTENCE = st.one_of(
    _parts(OPERATORS, AIRCRAFT, CAUSES, PLACES, DATES, TOLLS, SOURCES).map(lambda p: "{}{} {}{}{}{}{}.".format(*p)),
    _parts(SPEAKERS, OPERATORS, AIRCRAFT, CAUSES, PLACES, DATES).map(
        lambda p: "{} {}{}{} {}{}{}.".format(p[0], p[1][0].lower(), p[1][1:], *p[2:])
    ),
    _parts(FOLLOW_UPS, PLACES, DATES).map(lambda p: p[0].format(place=p[1], date=p[2])),
)  # fmt: skip
LINE = st.one_of(SENTENCE, SENTENCE, SENTENCE, st.sampled_from(FURNITURE), TEXT.map(lambda t: t.replace("\n", " ")))
ARTICLE = st.lists(LINE, min_size=1, max_size=6).map("\n".join)


CLAIM_KEYS = {"aircraft", "operator", "location", "date", "cause", "weapon", "perpetrator", *COUNT_FIELDS}


@settings(max_examples=60)
@given(text=st.one_of(st.text(CHARS, max_size=200), TEXT, SENTENCE, ARTICLE, st.just(" \n\t")),
       reference=st.one_of(st.none(), REFERENCE, REFERENCE.map(datetime.date.isoformat), st.dates(), st.text(max_size=12)))
@example(text="A helicopter crashed on March 3.", reference="9999-12-31")
def test_parse_claim_on_any_text(text: str, reference: datetime.date | str | None) -> None:
    from sitrep.claims import MAX_CLAIM_CHARS, parse_claim

    collapsed = " ".join(text.split())
    if isinstance(reference, str):
        reference = _valid_iso(reference) or reference
    if not collapsed or len(collapsed) > MAX_CLAIM_CHARS or not (reference is None or _in_range(reference)):
        with pytest.raises(ValueError):
            parse_claim(text, reference)
        return
    constraints = parse_claim(text, reference)
    assert set(constraints) == CLAIM_KEYS
    for field in COUNT_FIELDS:
        assert constraints[field] is None or constraints[field] >= 0
    for field in ("aircraft", "date", "cause"):
        value = constraints[field]
        assert value is None or value["as_written"] in collapsed


def _valid_iso(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _in_range(reference: datetime.date | str) -> bool:
    return isinstance(reference, datetime.date) and reference.year in YEARS


def _assert_evidence_in_text(text: str, statement) -> None:
    evidence = statement.evidence
    assert 0 <= evidence.start <= evidence.end <= len(text)
    assert any(
        at <= evidence.start and evidence.end <= at + len(evidence.text)
        for at in (m.start() for m in re.finditer(re.escape(evidence.text), text))
    ), (evidence, text)
    if isinstance(statement.value, dict) and statement.value.get("as_written"):
        assert text[evidence.start : evidence.end] == statement.value["as_written"]


@settings(max_examples=40)
@given(body=ARTICLE, headline=st.none() | SENTENCE,
       published=st.one_of(st.none(), REFERENCE.map(datetime.date.isoformat), WRITTEN_DATE, ANY_TEXT))
@example(body="A Mi-17 helicopter was shot down on March 3.", headline=None, published="31 Dec 9999")
def test_every_evidence_span_lies_in_the_clean_text(body: str, headline: str | None, published: str | None) -> None:
    from sitrep.pipeline import process_article

    article = from_text(f"{headline}\n{body}" if headline else body, article_id="generated", origin="generated",
                        published=published)  # fmt: skip
    assume(isinstance(article, Article))
    processed = process_article(article)
    event(processed.note or "mentions extracted")  # --hypothesis-show-statistics shows the mix
    text = processed.article.clean_text
    _assert_runs_map_back(article.raw_text, text, processed.article.offset_map)
    for mention in processed.mentions:
        for start, end in mention.sentences:
            assert 0 <= start <= end <= len(text)
        for statements in mention.fields.values():
            for statement in statements:
                _assert_evidence_in_text(text, statement)
