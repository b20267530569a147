"""Date expressions in news text, resolved against a reference (publication) date.

`find_dates` finds absolute dates ("9 November 2020", "in July 2016", "in 2015"), partial ones
("on November 9", "earlier in July") and relative ones ("on Tuesday", "last month",
"two days ago"), and resolves each to a `DateValue` with an honest precision. Candidate spans
come from regexes compiled once; dateparser is used only by `parse_date`, for metadata strings
in shapes the regexes do not know.

`publication_date` picks the article's own date: metadata, then a dateline, then the URL, then
the latest full date in the text.

`said_dates` and `said_today` give the day a statement was made ("said on Tuesday"; "police say",
in the present, is the publication day): the last resort for a loss told with no date of its own.

Week-sized spans ("last week", "three weeks ago") have no precision of their own: they become
month precision when the whole week lies in one month, year precision when it lies in one
year, and unknown otherwise.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from rapidfuzz.distance import OSA, Indel

PRECISIONS = ("day", "month_day", "month", "year", "weekday", "unknown")


@dataclass(frozen=True)
class DateValue:
    value: str | None
    precision: str


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    date: DateValue
    relative: bool


UNKNOWN = DateValue(None, "unknown")
YEARS = range(1900, 2100)  # the years of the dates and publication dates read: news, not history

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_NUMBERS = {name.lower()[:3]: number for number, name in enumerate(MONTHS, start=1)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# A "Month Day" date this far after the reference is taken to be last year's.
_FUTURE_SLACK = datetime.timedelta(days=31)

# --- regex pieces -----------------------------------------------------------------------------


def _compile(pattern: str) -> re.Pattern[str]:
    # Starting only at word starts makes finditer several times faster on long articles.
    return re.compile(r"(?<![A-Za-z0-9])" + pattern)


def _names(*names: str, dot: bool = False) -> str:
    """Capitalised or all-capitals spellings ("November", "NOVEMBER"), never lower case."""
    spelled = "|".join(f"{name}|{name.upper()}" for name in names)
    return f"(?:{spelled})" + (r"\.?" if dot else "")


# Lower case too ("since january" in non-native English), but not "may" and "march", which are words.
_MONTH_FULL = f"(?:{_names(*MONTHS)}|" + "|".join(m.lower() for m in MONTHS if m not in ("May", "March")) + r")(?![A-Za-z])"
_MONTH_ABBR = _names(
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", dot=True
)
_MONTH = f"(?:{_names(*MONTHS)}|{_MONTH_ABBR})" + r"(?![A-Za-z])"
# Next to a day number a lower-case month is a month too ("shot down 12 october").
_MONTH_BY_DAY = f"(?:{_MONTH}|{_MONTH_FULL})"
_WEEKDAY = _names(*WEEKDAYS) + r"(?![A-Za-z])"
_WEEKDAY_ABBR = _names(
    "Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun", dot=True
) + r"(?![A-Za-z])"


def _day_group(name: str) -> str:
    return rf"(?<![\d.,:/-])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"


def _year_group(name: str) -> str:
    return rf"(?<![\d,.$£€])(?P<{name}>(?:19|20)\d\d)(?![\d]|[.,]\d)"


_PREP = (
    r"(?i:(?:(?:in|during|on)\s+)?the\s+(?:early|small|late)\s+hours\s+of|(?:early|late)\s+on"
    r"|(?:earlier|later)\s+in|on|in|at|since|by|until|till|from|before|after|during"
    r"|throughout|as\s+of)\s+"
)
_MOD = (
    r"(?i:(?:early|mid|late)(?:-|\s+)"
    r"|(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+)"
)
_WEEKDAY_EXCLUDED_BEFORE = re.compile(
    r"(?:\b(?:Good|Black|Bloody|Ash|Holy|Palm|Easter|Super|Cyber|Maundy|Shrove|Mail\s+on)\s+)$"
)
_WEEKDAY_EXCLUDED_AFTER = re.compile(
    r"^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Mail|People|Sport|Star"
    r"|Tribune|Observer|Night\s+Live)\b"
)

# "9-10 November": a range resolves to its first day, when the event began.
_DAY_RANGE_END = r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?(?![\d:]))?"
_ABSOLUTE_RE = _compile(
    rf"(?P<prep>{_PREP})?(?P<mod>{_MOD})?"
    rf"(?:(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?:"
    rf"(?P<m1>{_MONTH_BY_DAY})\s+{_day_group('d1')}{_DAY_RANGE_END}(?:,?\s+{_year_group('y1')})?"
    rf"|(?:the\s+)?{_day_group('d2')}{_DAY_RANGE_END}(?:\s+of)?\s+(?P<m2>{_MONTH_BY_DAY})"
    rf"(?:,?\s+{_year_group('y2')})?"
    rf"|(?P<m3>{_MONTH}),?\s+(?:of\s+)?{_year_group('y3')}"
    r")"
)
_MONTH_ALONE_RE = _compile(
    rf"(?:(?P<prep>{_PREP})(?P<mod1>{_MOD})?|(?P<mod2>{_MOD}))(?P<m>{_MONTH_FULL})"
    r"(?!\s+\d)"
)
# "last August", "this March", "December of last year", "in June last year"
_MONTH_RELATIVE_RE = _compile(
    rf"(?:(?P<prep>{_PREP})(?P<mod>{_MOD})?)?(?:"
    rf"(?P<which>(?i:this\s+past|last|this|next|past))\s+(?P<m1>{_MONTH_FULL})(?!\s+\d)"
    rf"|(?P<m2>{_MONTH_FULL}),?\s+(?:of\s+)?(?P<year>(?i:last|this|next))\s+year(?![A-Za-z])"
    r")"
)
_NUMERIC_RE = _compile(
    r"(?<![\d/.:-])(?:"
    r"(?P<iy>(?:19|20)\d\d)(?P<isep>[-/])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d)"
    r"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
    r")(?![\d/-]|\.\d)"
)
_COUNT_NOUN = (
    r"(?:%|(?:percent|per\s+cent|km|kilomet\w*|met(?:er|re)s?|m|ft|feet|miles|mph|knots|kg"
    r"|tonnes?|tons?|hours|hrs|GMT|UTC|local|people|persons|troops|soldiers|civilians|fighters"
    r"|men|women|children|residents|refugees|casualties|dead|killed|wounded|sorties|strikes"
    r"|rounds|units|vehicles|aircraft|jets|planes|helicopters)\b)"
)
_YEAR_ALONE_RE = _compile(
    r"(?:"
    rf"(?P<prep>(?i:(?:(?:in|since|until|till|from|before|after|during|throughout|by)\s+)"
    rf"(?:{_MOD}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
    rf"|{_MOD}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?))"
    # after a preposition "killed" is the verb ("a crash in 2019 killed two"), not a count
    rf"{_year_group('y')}(?!s\b|-?\s*(?!(?:dead|killed|wounded)\b){_COUNT_NOUN})"
    # "a 1997 treaty", "the 2015 downing": a year used as a modifier, never a count
    # ("a 2000-strong force", "the 2000 or so troops")
    rf"|(?:(?<=\b[aA] )|(?<=\b[aA]n )|(?<=\b[tT]he )){_year_group('ya')}"
    rf"(?=\s+[a-z])(?!\s+(?:{_COUNT_NOUN}|(?:or|and|to|of|more|plus|other)\b))"
    r")"
)
# "on the 14th": a day of the reference month, or of the month before when that day is still to come.
# Only before punctuation or a word that cannot be the noun of an ordinal ("the 14th Brigade").
_ORDINAL_DAY_RE = _compile(
    r"(?P<prep>(?i:(?:(?:early|late)\s+)?on)\s+)the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?i:of\s+(?:this|the)\s+month|at|in|near|over|off|when|after|before|shortly|during"
    r"|while|as|and|but|around|about|just|outside|close|along|above|between)\b)"
)
_WEEKDAY_RE = _compile(
    r"(?P<prep>(?i:(?:(?:in|during|on)\s+)?the\s+(?:early|small|late)\s+hours\s+of"
    r"|(?:early|late|overnight)\s+on|on|since|by|until|till|from|before|after|early|late"
    r"|overnight)\s+)?"
    r"(?:(?P<which>(?i:this\s+past|last|this|next|past))\s+)?"
    rf"(?P<wd>{_WEEKDAY})"
    r"(?P<part>\s+(?i:morning|afternoon|evening|night|overnight)(?![A-Za-z]))?"
    r"(?:,?\s+(?P<week>(?i:last|this))\s+week(?![A-Za-z]))?"
)
_WEEKDAY_TYPO_RE = _compile(
    r"(?i:\b(?:(?:early|late)\s+)?on)\s+(?P<tok>[A-Z][a-z]{5,})(?![A-Za-z])"
    r"(?P<part>\s+(?i:morning|afternoon|evening|night)(?![A-Za-z]))?"
)
_DAY_WORD_RE = _compile(
    r"(?i:(?:(?:since|until|from|by|before)\s+)?(?:(?:earlier|later|early|late)\s+)?"
    r"(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)))(?![A-Za-z])"
)
_NAME_BEFORE_RE = re.compile(r"[A-Z]\w*\s+$")
_PERIOD_RE = _compile(
    r"(?i:(?:(?:since|until|from|by|in|during|throughout|over)\s+)?"
    r"(?:(?P<tempo>earlier|later|early|late)\s+(?:(?:in|on)\s+)?)?"
    r"(?<!the )(?P<which>last|this)\s+(?P<unit>week|month|year))(?![-A-Za-z])"
)
_WEEKEND_RE = _compile(
    r"(?i:(?:(?:at|over|during)\s+the\s+(?P<which>last\s+|past\s+)?|(?P<bare>last|this\s+past|this)\s+)weekend)"
    r"(?![-A-Za-z])"
)
# Holidays with a fixed day: "on Christmas Day", "on New Year's Eve".
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new year's day": (1, 1), "new year eve": (12, 31)}
_HOLIDAY_RE = _compile(r"(?i:(?P<h>christmas\s+(?:eve|day)|boxing\s+day|new\s+year(?:['’]s)?\s+(?:eve|day)))(?![A-Za-z])")
# "last summer", "this spring": the latest such season already under way at the reference day.
_SEASON_RE = _compile(
    r"(?i:(?P<which>last|this|this\s+past|past)\s+(?P<s>spring|summer|autumn|fall))(?![-A-Za-z])(?!\s+(?:of\s+)?\d)"
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
# A lower-case weekday after a preposition, in non-native English: "at monday", "on friday".
_LOWER_WEEKDAY_RE = _compile(
    r"(?i:(?:on|at|in)\s+)(?P<wd>" + "|".join(w.lower() for w in WEEKDAYS) + r")(?![A-Za-z])"
)
_AGO_RE = _compile(
    r"(?i:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>day|week|month|year)s?\s+ago)(?![A-Za-z])"
)


# --- small date helpers -----------------------------------------------------------------------


# The only non-ASCII letters re.IGNORECASE matches to ASCII ones ("ſix days ago").
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _word(m: re.Match[str], group: str) -> str:
    """A word a case-insensitive pattern matched, in ASCII lower case with single spaces."""
    return " ".join(m.group(group).translate(_ASCII_FOLD).lower().split())


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _day(d: datetime.date) -> DateValue:
    return DateValue(d.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> DateValue:
    return DateValue(f"{year:04d}", "year")


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _span(first: datetime.date, last: datetime.date) -> DateValue:
    """The most precise value that covers the whole span."""
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    if first.year == last.year:
        return _year(first.year)
    return UNKNOWN


def _monday(d: datetime.date) -> datetime.date:
    return d - datetime.timedelta(days=d.weekday())


def _recent_month(month: int, reference: datetime.date) -> DateValue:
    year = reference.year if month <= reference.month else reference.year - 1
    return _month(year, month)


def _month_day(
    month: int, day: int, reference: datetime.date | None
) -> tuple[DateValue, bool] | None:
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: allows 29 February
        return None
    if reference is None:
        return DateValue(f"--{month:02d}-{day:02d}", "month_day"), True
    for year in (reference.year, reference.year - 1):
        d = _safe_date(year, month, day)
        if d is not None and d <= reference + _FUTURE_SLACK:
            return _day(d), True
    return None


def _weekday_date(
    weekday: int, reference: datetime.date, which: str | None, week: str | None
) -> datetime.date:
    if week == "last":
        return _monday(reference) - datetime.timedelta(days=7 - weekday)
    if week == "this":
        return _monday(reference) + datetime.timedelta(days=weekday)
    back = (reference.weekday() - weekday) % 7
    if which in ("last", "past", "this past") and back == 0:
        back = 7
    if which == "next":
        return reference + datetime.timedelta(days=(weekday - reference.weekday()) % 7 or 7)
    return reference - datetime.timedelta(days=back)


# --- resolvers: one per regex; each returns (value, relative) or None to drop the match --------

Resolved = tuple[DateValue, bool] | None


def _resolve_absolute(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if m.group("m3"):
        return _month(int(m.group("y3")), _month_number(m.group("m3"))), False
    month = _month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    if year:
        d = _safe_date(int(year), month, day)
        return (_day(d), False) if d else None
    return _month_day(month, day, reference)


def _resolve_ordinal_day(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    day = int(m.group("d"))
    year, month = reference.year, reference.month
    if day > reference.day:
        year, month = _shift_months(year, month, -1)
    d = _safe_date(year, month, day)
    return (_day(d), True) if d else None


def _resolve_month_alone(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    return _recent_month(_month_number(m.group("m")), reference), True


def _resolve_month_relative(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    if m.group("m2"):
        shift = {"last": -1, "this": 0, "next": 1}[_word(m, "year")]
        return _month(reference.year + shift, _month_number(m.group("m2"))), True
    month, which = _month_number(m.group("m1")), _word(m, "which")
    if which == "this":
        return _month(reference.year, month), True
    if which == "next":
        return _month(reference.year + (month <= reference.month), month), True
    # "last August": the latest August before the reference month
    return _month(reference.year - (month >= reference.month), month), True


def _resolve_numeric(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if m.group("iy"):
        d = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return (_day(d), False) if d else None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == ".":  # dotted dates are day-first wherever they are used
        day, month = a, b
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:  # 08/01/2016: day and month order unknowable without the outlet's convention
        return None
    d = _safe_date(year, month, day)
    return (_day(d), False) if d else None


def _resolve_year_alone(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    return _year(int(m.group("y") or m.group("ya"))), False


def _weekday_allowed(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start("wd") - 20) : m.start("wd")]
    after = text[m.end() : m.end() + 20]
    return not (_WEEKDAY_EXCLUDED_BEFORE.search(before) or _WEEKDAY_EXCLUDED_AFTER.match(after))


def _resolve_weekday(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if not _weekday_allowed(m, text):
        return None
    name = m.group("wd").capitalize()
    if reference is None:
        return DateValue(name, "weekday"), True
    which = m.group("which") and _word(m, "which")
    week = m.group("week") and _word(m, "week")
    return _day(_weekday_date(WEEKDAYS.index(name), reference, which, week)), True


def _typo_weekday(token: str) -> str | None:
    """The weekday a misspelt token stands for, conservatively ("Thuerday" -> "Thursday")."""
    lower = token.lower()
    best: list[tuple[int, int, str]] = []
    for name in WEEKDAYS:
        if lower[0] != name[0].lower() or lower == name.lower() + "s":
            continue
        distance = OSA.distance(lower, name.lower(), score_cutoff=3)
        if distance <= 1 or (distance == 2 and lower.endswith("day")):
            # Ties ("Thuerday": 2 edits from Thursday and from Tuesday) go to the name
            # that needs fewer insertions and deletions, i.e. shares more letters in order.
            best.append((distance, Indel.distance(lower, name.lower()), name))
    best.sort()
    if not best or (len(best) > 1 and best[0][:2] == best[1][:2]):
        return None
    return best[0][2]


def _resolve_weekday_typo(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    token = m.group("tok")
    if token in WEEKDAYS:
        return None  # the exact-name regex has it
    name = _typo_weekday(token)
    if name is None:
        return None
    if reference is None:
        return DateValue(name, "weekday"), True
    return _day(_weekday_date(WEEKDAYS.index(name), reference, None, None)), True


def _resolve_day_word(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    word = _word(m, "w")
    if word == "today" and m.group("w")[0] == "T":
        if _NAME_BEFORE_RE.search(text[max(0, m.start("w") - 30) : m.start("w")]):
            return None  # "Russia Today", "USA Today"
    if reference is None:
        return UNKNOWN, True
    back = {"the day before yesterday": 2, "yesterday": 1, "last night": 1}.get(word, 0)
    return _day(reference - datetime.timedelta(days=back)), True


def _resolve_period(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    which, unit = _word(m, "which"), _word(m, "unit")
    if unit == "year":
        return _year(reference.year - (which == "last")), True
    if unit == "month":
        return _month(*_shift_months(reference.year, reference.month, -(which == "last"))), True
    monday = _monday(reference) - datetime.timedelta(days=7 * (which == "last"))
    last = reference if which == "this" else monday + datetime.timedelta(days=6)
    return _span(monday, last), True


def _resolve_weekend(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    """ "at the weekend": the latest Saturday and Sunday up to the reference day (a span, like a week)."""
    if reference is None:
        return UNKNOWN, True
    saturday = reference - datetime.timedelta(days=(reference.weekday() - 5) % 7)
    if m.group("bare") and _word(m, "bare") != "this" and reference.weekday() >= 5:
        saturday -= datetime.timedelta(days=7)  # "last weekend" said at a weekend: the one before
    return _span(saturday, saturday + datetime.timedelta(days=1)), True


def _resolve_ago(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    raw = _word(m, "n")
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = _word(m, "unit")
    if unit == "day":
        return _day(reference - datetime.timedelta(days=n)), True
    if unit == "week":  # about that many weeks: the month of the day it points at
        middle = reference - datetime.timedelta(weeks=n)
        return _month(middle.year, middle.month), True
    if unit == "month":
        return _month(*_shift_months(reference.year, reference.month, -n)), True
    return _year(reference.year - n), True


def _resolve_holiday(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    month, day = _HOLIDAYS[re.sub(r"\s+", " ", _word(m, "h").replace("’", "'"))]
    return _month_day(month, day, reference)


def _resolve_season(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    if reference is None:
        return UNKNOWN, True
    start = _SEASON_START[_word(m, "s")]
    if _word(m, "which") == "this":
        return _year(reference.year), True
    this_year = reference.month >= start and not (_word(m, "which") == "last" and reference.month < start + 3)
    return _year(reference.year if this_year else reference.year - 1), True


def _resolve_lower_weekday(m: re.Match[str], text: str, reference: datetime.date | None) -> Resolved:
    name = m.group("wd").capitalize()
    if m.group("wd") != name.lower():
        return None  # capitalised: the exact-name regex has it
    if reference is None:
        return DateValue(name, "weekday"), True
    return _day(_weekday_date(WEEKDAYS.index(name), reference, None, None)), True


_RULES: tuple[tuple[re.Pattern[str], Callable[..., Resolved]], ...] = (
    (_ABSOLUTE_RE, _resolve_absolute),
    (_NUMERIC_RE, _resolve_numeric),
    (_MONTH_ALONE_RE, _resolve_month_alone),
    (_MONTH_RELATIVE_RE, _resolve_month_relative),
    (_YEAR_ALONE_RE, _resolve_year_alone),
    (_ORDINAL_DAY_RE, _resolve_ordinal_day),
    (_WEEKDAY_RE, _resolve_weekday),
    (_WEEKDAY_TYPO_RE, _resolve_weekday_typo),
    (_DAY_WORD_RE, _resolve_day_word),
    (_PERIOD_RE, _resolve_period),
    (_WEEKEND_RE, _resolve_weekend),
    (_AGO_RE, _resolve_ago),
    (_HOLIDAY_RE, _resolve_holiday),
    (_SEASON_RE, _resolve_season),
    (_LOWER_WEEKDAY_RE, _resolve_lower_weekday),
)


def find_dates(text: str, reference: datetime.date | None) -> list[DateMatch]:
    """Every date expression in `text`, resolved against `reference`, in text order."""
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    found: list[DateMatch] = []
    for pattern, resolve in _RULES:
        for m in pattern.finditer(text):
            resolved = resolve(m, text, reference)
            if resolved is None:
                continue
            start, end = m.span()
            found.append(DateMatch(start, end, text[start:end], resolved[0], resolved[1]))
    return _longest_first(found)


def _longest_first(matches: list[DateMatch]) -> list[DateMatch]:
    chosen: list[DateMatch] = []
    for match in sorted(matches, key=lambda x: (x.start - x.end, x.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda x: x.start)


# --- parse_date ---------------------------------------------------------------------------------

_ISO_RE = re.compile(
    r"^\s*(?P<y>\d{4})(?:(?P<sep>-?)(?P<m>[01]\d)(?:(?P=sep)(?P<d>[0-3]\d))?)?"
    r"(?:[T\s]\d{1,2}(?::?\d{2}){0,2}(?:[.,]\d+)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?\s*$"
)
_DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
# Two far-apart bases: a string that parses differently against each is relative ("3 hours ago").
_BASES = (datetime.datetime(2001, 3, 14, 12), datetime.datetime(2011, 9, 27, 12))


def parse_date(value: str) -> DateValue | None:
    """One metadata-style date string ("2020-11-10T08:00:00Z", "10 Nov 2020") as a DateValue."""
    if not value or not value.strip():
        return None
    iso = _ISO_RE.match(value)
    if iso:
        return _parse_iso(iso)
    for match in find_dates(value, None):
        if not match.relative and match.date.precision in ("day", "month"):
            return match.date
    return _parse_with_dateparser(value)


def _parse_iso(m: re.Match[str]) -> DateValue | None:
    year = int(m.group("y"))
    if year not in YEARS:
        return None
    if m.group("m") is None:
        return _year(year) if not m.group("sep") else None
    month = int(m.group("m"))
    if m.group("d") is None:
        return _month(year, month) if 1 <= month <= 12 and m.group("sep") else None
    d = _safe_date(year, month, int(m.group("d")))
    return _day(d) if d else None


def _parse_with_dateparser(value: str) -> DateValue | None:
    from dateparser.date import DateDataParser  # slow import; only odd metadata needs it

    results = []
    for base in _BASES:
        parser = DateDataParser(settings={**_DATEPARSER_SETTINGS, "RELATIVE_BASE": base})
        data = parser.get_date_data(value)
        if data.date_obj is None:
            return None
        results.append((data.date_obj, data.period))
    (first, period), (second, _) = results
    if first.year not in YEARS:  # "31 Dec 9999" is no publication date
        return None
    if period == "year":
        return _year(first.year) if first.year == second.year else None
    if period == "month":
        same = (first.year, first.month) == (second.year, second.month)
        return _month(first.year, first.month) if same else None
    if period in ("day", "time") and first.date() == second.date():
        return _day(first.date())
    return None


# --- publication_date ---------------------------------------------------------------------------

_LABEL_RE = re.compile(
    r"^\s*(?P<label>(?i:(?:first|originally)\s+published|published|posted|publication\s+date"
    r"|date|(?:last\s+)?updated|(?:last\s+)?modified|last\s+edited|edited))(?![A-Za-z])"
    r"(?i:\s+(?:on|at))?\s*[:\-–—]?\s*"
)
_UPDATE_LABEL = re.compile(r"(?i)updated|modified|edited")
_TIME_RE = re.compile(
    r"(?i)\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?![\d])|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])"
)
_DATELINE_FILLER_RE = re.compile(
    r"(?i)\b(?:at|on|gmt|bst|utc|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|et|pt|ist|z"
    r"|local\s+time|\w+\s+time)\b|[\s,|:()•·\-–—/+\d]"
)
_TRAILING_BYLINE_RE = re.compile(r"(?i)\bby\s+[A-Za-z][\w .'-]{0,40}$")
_SEGMENT_SPLIT_RE = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_COPYRIGHT_RE = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved")
_COMMENTS_MARKER_RE = re.compile(
    r"(?i)^\s*(?:\d+\s+)?comments?(?:\s*\(\d+\))?\s*$"
    r"|^\s*(?:show|view|read)\s+(?:all\s+)?comments\b"
    r"|^\s*join\s+the\s+(?:conversation|discussion)\b"
)
_SECOND_PERSON_RE = re.compile(r"(?i)\b(?:you|your|yours|you're|you've|you'll|you'd)\b")
_CALL_TO_ACTION_RE = re.compile(
    r"(?i)\b(?:subscri\w*|sign(?:ing)?\s+up|sign\s+in|log\s+in|donat\w*|newsletter|membership"
    r"|register|unlock|free\s+trial|support\s+us)\b"
)
_IMPERATIVE_START_RE = re.compile(
    r"(?i)^\s*(?:subscribe|sign|join|donate|support|help|get|start|download|follow|register"
    r"|click|try|become|upgrade|unlock)\b"
)
_DATELINE_MAX_CHARS = 100
_DATELINE_TOP_LINES = 20
_DATELINE_BOTTOM_LINES = 12
# A full date in running text stands for the publication only in the opening lines (headline, byline,
# dateline, lead); one further down dates a story the article retells ("the worst disaster: on ...").
_TEXT_DATE_LINES = 6


def _is_promotional(line: str) -> bool:
    """A line that addresses the reader to sell, not to report ("Subscribe now and save...")."""
    second_person = bool(_SECOND_PERSON_RE.search(line))
    imperative = bool(_IMPERATIVE_START_RE.match(line))
    call_to_action = bool(_CALL_TO_ACTION_RE.search(line))
    return (call_to_action and (second_person or imperative)) or (second_person and imperative)


def publication_date(
    text: str, url: str | None = None, metadata: str | None = None
) -> tuple[DateValue | None, str | None]:
    """The article's publication date and where it came from: metadata, dateline, url or text."""
    from_metadata = parse_date(metadata) if metadata else None
    if from_metadata is not None and from_metadata.precision in ("day", "month"):
        return from_metadata, "metadata"
    lines = _article_lines(text)
    published, updated = _datelines(lines)
    if published is not None:
        return published, "dateline"
    from_url = _url_date(url) if url else None
    if from_url is not None and from_url.precision == "day":
        return from_url, "url"
    bound = datetime.date.fromisoformat(updated.value) if updated else datetime.date.today()
    from_text = _latest_text_date(lines, bound, from_url)
    if from_text is not None:
        return from_text, "text"
    if from_url is not None:
        return from_url, "url"
    if updated is not None:
        return updated, "dateline"
    if from_metadata is not None and from_metadata.precision == "year":
        return from_metadata, "metadata"
    return None, None


def _article_lines(text: str) -> list[str]:
    """Non-empty lines, without the comments section and without promotional or copyright lines."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    half = len(lines) // 2
    for i in range(half, len(lines)):
        if _COMMENTS_MARKER_RE.search(lines[i]):
            lines = lines[:i]
            break
    return [line for line in lines if not _is_promotional(line) and not _COPYRIGHT_RE.search(line)]


def _datelines(lines: list[str]) -> tuple[DateValue | None, DateValue | None]:
    """(published, updated) from short date-only lines near the top, else near the bottom."""
    top = list(enumerate(lines[:_DATELINE_TOP_LINES]))
    bottom_start = max(_DATELINE_TOP_LINES, len(lines) - _DATELINE_BOTTOM_LINES)
    bottom = [(i, lines[i]) for i in range(bottom_start, len(lines))]
    for region in (top, bottom):
        published: DateValue | None = None
        plain: DateValue | None = None
        updated: DateValue | None = None
        for i, line in region:
            # A label alone on its line ("Published") belongs to the date on the next line.
            label = _LABEL_RE.fullmatch(lines[i - 1]) if i > 0 else None
            for segment in _SEGMENT_SPLIT_RE.split(line):
                found = _dateline_value(segment, label.group("label") if label else None)
                if found is None:
                    continue
                kind, value = found
                if kind == "updated":
                    updated = updated or value
                elif kind == "published":
                    published = published or value
                else:
                    plain = plain or value
        if published or plain or updated:
            return published or plain, updated
    return None, None


def _dateline_value(segment: str, carried_label: str | None) -> tuple[str, DateValue] | None:
    if len(segment) > _DATELINE_MAX_CHARS:
        return None
    label_match = _LABEL_RE.match(segment)
    label = label_match.group("label") if label_match else carried_label
    body = segment[label_match.end() :] if label_match else segment
    dates = [m for m in find_dates(body, None) if not m.relative and m.date.precision == "day"]
    if len(dates) != 1:
        return None
    rest = body[: dates[0].start] + " " + body[dates[0].end :]
    if label is not None:
        rest = _TRAILING_BYLINE_RE.sub("", rest)  # "Posted on April 12, 2016 by admin"
    if _DATELINE_FILLER_RE.sub("", _TIME_RE.sub("", rest)):
        return None
    if label is None:
        return "plain", dates[0].date
    return ("updated" if _UPDATE_LABEL.search(label) else "published"), dates[0].date


_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/._-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/._-]|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/._-]|$)"),
)
_URL_MONTH_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)(?=/)")


def _url_date(url: str) -> DateValue | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0])
    for pattern in _URL_DATE_RES:
        m = pattern.search(path)
        if m:
            d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d is not None:
                return _day(d)
    m = _URL_MONTH_RE.search(path)
    if m and 1 <= int(m.group("m")) <= 12:
        return _month(int(m.group("y")), int(m.group("m")))
    return None


def _latest_text_date(
    lines: list[str], bound: datetime.date, month_hint: DateValue | None
) -> DateValue | None:
    """The latest full date in the opening lines no later than `bound` (and in the URL's month, if any).

    None when the text names a later year than that date: a history piece that mentions "January 17,
    1991" after pages about 2003 was not published in 1991."""
    best: datetime.date | None = None
    latest_year = 0
    for index, line in enumerate(lines):
        if any(_dateline_value(segment, None) for segment in _SEGMENT_SPLIT_RE.split(line)):
            continue  # a dateline that lost to a better one ("Updated ...") is not body text
        for match in find_dates(line, None):
            if not match.relative and match.date.precision in ("day", "month", "year"):
                year = int(match.date.value[:4])
                if year <= bound.year:
                    latest_year = max(latest_year, year)
            if match.relative or match.date.precision != "day" or index >= _TEXT_DATE_LINES:
                continue
            d = datetime.date.fromisoformat(match.date.value)
            if d > bound or (month_hint and not match.date.value.startswith(month_hint.value)):
                continue
            if best is None or d > best:
                best = d
    return _day(best) if best and best.year >= latest_year else None


# --- event dates ----------------------------------------------------------------------------------

_SPEECH = (
    r"said|says|announced|told\s+\w+|reported|confirmed|stated|added|claimed|denied|tweeted|wrote|published|"
    r"posted|broadcast|aired|released|issued|acknowledged|showed|shared|"
    r"(?:put\s+out|issued|released|made|published|posted)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:claim|statement|video|communiqu\w+|message|findings|report|conclusions|results)"
)
_SPEECH_BEFORE_RE = re.compile(rf"\b(?:{_SPEECH})\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
_SPEECH_AFTER_RE = re.compile(rf"^\s*,?\s*(?:{_SPEECH})\b", re.I)
# "findings released on Thursday about the crash of ...": the day of something said about the loss
_ABOUT_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:about|regarding|concerning|into|on)\s+(?:the\s+causes?\s+of\s+)?(?:the|a|an|its|this|that|last\s+\w+'s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:crash|loss|downing|shoot-?down|accident|incident|disappearance)\b",
    re.I,
)
# "search teams on Friday found the wreckage": the day it was found, not the day it was lost
_FOUND = r"(?:found|located|discovered|reached|recovered|spotted)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:wreck|debris|remains|bod)"
_FOUND_AFTER_RE = re.compile(rf"^\s*,?\s*{_FOUND}", re.I)
_FOUND_BEFORE_RE = re.compile(
    rf"\b(?P<found>{_FOUND}\w*)[^,.;]{{0,40}}$"
    r"|\b(?:wreck\w*|debris|remains|bod(?:y|ies))\s+(?:was|were|had been|has been|have been)\s+"
    r"(?:found|located|discovered|spotted|recovered)\s+(?:\w+\s+){0,2}$"
    # "the two pilots were found dead on Wednesday": the day the crew was found
    r"|\b(?:was|were|been|be)\s+found\s+(?:dead|alive|safe|unhurt|injured|wounded)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)
_BOUND_RE = re.compile(r"(?i)^(?:since|until|till|by|from|before|after|throughout)\b")
_SINCE_WHEN_RE = re.compile(r"^\s*,?\s*when\b[^.;]*", re.I)
# "since the war began on 15 April", "the offensive launched in March": the day a war, campaign or
# truce started or ended, not the day of a loss told in the same sentence
_CONFLICT = (
    r"war|conflict|fighting|clashes|hostilities|offensive|counter-?offensive|invasion|campaign|operation|"
    r"uprising|insurgency|rebellion|revolt|coup|ceasefire|truce|siege|crisis|standoff|escalation|"
    r"trial|hearing|inquest|inquiry|investigation|probe|exercises?|drills?|talks|summit"
)
_PHASE = r"began|begun|begins|started|starts|broke\s+out|erupted|flared|launched|opened|ended|collapsed|resumed"
_PHASE_BEFORE_RE = re.compile(
    rf"\b(?:{_CONFLICT})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:{_PHASE})"
    r"(?:\s+(?:in|on|at|across|around)\s+[\w'’ -]{1,30}?)?\s*,?\s*(?:on\s+|in\s+)?$",
    re.I,
)
_PHASE_VERB_BEFORE_RE = re.compile(rf"\b(?:{_PHASE})\s+(?:(?:the|a|an|its|their|its\s+own)\s+)?"
                                   rf"(?:[\w-]+\s+){{0,2}}(?:{_CONFLICT})\s*,?\s*(?:on\s+|in\s+)?$", re.I)
# "weeks after militants stormed the base on November 4": that date is the other event's
_OTHER_EVENT_RE = re.compile(
    r"(?i)\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many)\s+)?"
    r"(?P<unit>minute|hour|day|week|month|year)s?\s+(?:after|before|since)\b"
    # "a month before that, on 6 July": "that" points back, the date is the sentence's own
    r"(?!\s+(?:that|this|then)(?:\s*,|\s+(?:on|in)\s))"
)
_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,30}(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z][\w.]*"
    r"(?:\s[A-Z][\w.]*)?)?,?\s+(?P<date>[^-–—:(]{3,30}?)\s*"
    r"(?:\([^)]*\)\s*)?(?:--|[-–—:]|\.(?!\s*\d))(?:\s|$)"  # not the dot of "Oct. 12"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline ("PORT SUDAN, May 13 (CPA) -") that opens the text ends, else 0."""
    m = _DATELINE_RE.match(text)
    if m:
        first, last = m.start("date"), m.start("date") + len(m.group("date").rstrip())
        if any(d.start <= first and d.end >= last for d in find_dates(m.group(), None)):
            return m.end()
    return 0


def dateline_day(text: str) -> DateValue | None:
    """The month and day of a dateline near the top that gives no year ("MOSCOW, October 15. ...")."""
    for line in [line for line in text.splitlines() if line.strip()][:_DATELINE_TOP_LINES]:
        end = dateline_end(line)
        if end:
            found = find_dates(line[:end], None)
            if found and found[0].date.precision == "month_day":
                return found[0].date
    return None


def event_dates(text: str, reference: datetime.date | None, anchors: Sequence[int] = ()) -> list[DateMatch]:
    """Dates that can be when something in the sentence happened, the nearest to `anchors` (offsets of
    the loss words) first. Left out: the dateline's day, the day a statement was made or a video
    published ("the army said on Tuesday", "the channel on Monday broadcast"), the day the wreck was
    found ("search teams on Friday found the wreckage of the helicopter"), bounds of a span
    ("since 2007", "until June") and the date of another event at a distance ("weeks after militants
    stormed the base on November 4")."""
    skip = dateline_end(text)
    kept = []
    owned = []  # "this weekend's air show": the day of the noun it qualifies, a loss's only if nothing else dates it
    for match in find_dates(text, reference):
        if match.date.precision == "unknown" or match.start < skip:
            continue
        if _SPEECH_BEFORE_RE.search(text[: match.start]) or _SPEECH_AFTER_RE.match(text[match.end :]):
            kept.extend(_days_after(text, match, anchors))
            continue
        if _ABOUT_AFTER_RE.match(text[match.end :]):
            continue
        if text[match.end : match.end + 2] in ("'s", "’s") and anchors:
            if any(0 <= a - match.end <= 30 for a in anchors) or _LOSS_NOUN_AFTER_RE.match(text[match.end + 2 :]):
                kept.append(match)  # "missing since last Thursday's plane crash": the loss's own day
            else:
                owned.append(match)
            continue
        if _found_day(text, match, anchors):
            kept.extend(_days_after(text, match, anchors))
            continue
        if _bound(text, match, anchors) or _conflict_phase(text, match, anchors):
            continue
        if other_event(text[: match.start], anchors):
            continue
        kept.append(match)
    kept = kept or owned
    if anchors:
        kept.sort(key=lambda d: min(_gap(d, a) for a in anchors))
    return kept


# "Tuesday's loss", "last week's fatal crash": a day that qualifies a loss noun is a loss's day
_LOSS_NOUN_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:loss|crash|crash-landing|downing|shoot-?down|accident|disaster|incident|collision"
    r"|ditching|mishap|tragedy|attack|strike|raid|ambush)(?:es|s)?\b",
    re.I,
)
_DAYS_AFTER_RE = re.compile(
    r"^[^.;]{0,80}?\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)\s+days?\s+after\b", re.I
)

_ANOTHER_RE = re.compile(r"^\s+(?:\w+\s+)?(?:another|other|a\s+second|an\s+earlier)\b", re.I)


def _days_after(text: str, match: DateMatch, anchors: Sequence[int]) -> list[DateMatch]:
    """The loss's day from the day of a find or a statement told as "two days after it vanished"."""
    m = _DAYS_AFTER_RE.match(text[match.end :])
    if not m or match.date.precision != "day" or not match.date.value:
        return []
    start, end = match.end + m.start("n"), match.end + m.end()
    if not any(end <= a <= end + 40 for a in anchors) or _ANOTHER_RE.match(text[end:]):
        return []
    if find_dates(re.split(r"[.;]", text[end:], maxsplit=1)[0], None):
        return []  # "two days after it vanished on Thursday": that clause dates the loss itself
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    d = datetime.date.fromisoformat(match.date.value) - datetime.timedelta(days=n)
    return [DateMatch(start, end, text[start:end], _day(d), True)]


def _found_day(text: str, match: DateMatch, anchors: Sequence[int]) -> bool:
    """The day the wreck was found, unless a loss word comes between ("found the wreckage of the
    helicopter that went missing on Thursday")."""
    if _FOUND_AFTER_RE.match(text[match.end :]):
        return True
    found = _FOUND_BEFORE_RE.search(text[: match.start])
    if not found:
        return False
    after = found.end("found") if found.group("found") else found.end()
    return not any(after <= a < match.start for a in anchors)


def said_dates(text: str, reference: datetime.date | None) -> list[DateMatch]:
    """The days a statement was made ("India on Wednesday confirmed the loss")."""
    return [
        m for m in find_dates(text, reference)
        if m.date.precision != "unknown"
        and (_SPEECH_BEFORE_RE.search(text[: m.start]) or _SPEECH_AFTER_RE.match(text[m.end :]))
    ]  # fmt: skip


# A statement told in the present ("the ministry confirms", "police say") is made on the day of
# publication. Not after a modal or negation ("could not confirm", "does not say").
_PRESENT_SPEECH_RE = re.compile(
    r"(?<!\bnot )(?<!\bn't )(?<!\bto )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bmay )(?<!\bmight )"
    r"(?<!\bwill )(?<!\bshould )(?<!\bdid )(?<!\bdo )(?<!\bdoes )"
    r"\b(?:says|confirms|reports|announces|states|tells|adds|claims|writes|insists|acknowledges"
    r"|(?:(?<=[a-z]s )|(?<=[Pp]olice )|(?<=[Pp]eople ))(?:say|confirm|report|claim|insist|tell))\b(?![-'’])"
)
# A label that makes a report fresh news: "BREAKING: ...", "Just in: ..."
_FRESH_LABEL = r"(?:BREAKING|Breaking(?:\s+news)?|JUST\s+IN|Just\s+in)\s*:"
_LABEL_BEFORE_RE = re.compile(_FRESH_LABEL + r"\s*$")
_LABEL_START_RE = re.compile(r"\s*" + _FRESH_LABEL)


def said_today(text: str, reference: datetime.date | None, before: str = "") -> list[DateMatch]:
    """A statement in the present tense, or a sentence after a "BREAKING:" label (at the end of
    `before`, the text just before it), dated the publication day: the date of a fresh loss that a
    breaking report or live blog gives no date of its own."""
    if reference is None:
        return []
    label = _LABEL_START_RE.match(text)
    if label or _LABEL_BEFORE_RE.search(before):
        end = label.end() if label else 0
        return [DateMatch(0, end, text[:end], _day(reference), True)]
    m = _PRESENT_SPEECH_RE.search(text)
    return [DateMatch(m.start(), m.end(), m.group(), _day(reference), True)] if m else []


def _bound(text: str, match: DateMatch, anchors: Sequence[int] = ()) -> bool:
    """ "since 2007", "until June": a bound of a span, not an event's day (but "since May, when X
    crashed" and "until June's crash" date an event; "since May, when the war began" does not)."""
    if not _BOUND_RE.match(match.text) or text[match.end : match.end + 2] in ("'s", "’s"):
        return False
    when = _SINCE_WHEN_RE.match(text[match.end :]) if match.text.lower().startswith("since") else None
    if not when:
        return True
    start, end = match.end + when.start(), match.end + when.end()
    return bool(anchors) and not any(start <= a < end for a in anchors)


def _conflict_phase(text: str, match: DateMatch, anchors: Sequence[int]) -> bool:
    """The day a war, offensive or truce began or ended ("since the war broke out on 15 April"), with
    no loss word between that clause and the date."""
    before = text[: match.start]
    found = _PHASE_BEFORE_RE.search(before) or _PHASE_VERB_BEFORE_RE.search(before)
    return bool(found) and not any(found.start() <= a < match.start for a in anchors)


def other_event(before: str, anchors: Sequence[int], same_day: bool = False) -> bool:
    """What follows `before` is told by a clause about another event at a distance ("hours after Iran
    fired missiles at bases in Iraq"): a pointer with no loss word (`anchors`) between it and the end.
    With `same_day`, an event minutes or hours away counts too (it has another place, not another day)."""
    pointers = list(_OTHER_EVENT_RE.finditer(before))
    if not pointers or ";" in before[pointers[-1].end() :]:
        return False
    if not same_day and pointers[-1].group("unit").lower() in ("minute", "hour"):
        return False
    return not any(pointers[-1].end() <= a < len(before) for a in anchors)


def _gap(match: DateMatch, anchor: int) -> int:
    if anchor < match.start:
        return match.start - anchor
    return max(0, anchor - match.end)


def date_window(value: DateValue) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a day, month or year value allows; None for the other precisions."""
    if value.value is None:
        return None
    if value.precision == "day":
        d = datetime.date.fromisoformat(value.value)
        return d, d
    if value.precision == "month":
        year, month = int(value.value[:4]), int(value.value[5:7])
        after = datetime.date(*_shift_months(year, month, 1), 1)
        return datetime.date(year, month, 1), after - datetime.timedelta(days=1)
    if value.precision == "year":
        year = int(value.value[:4])
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return None


_LATER_RE = _compile(
    r"(?i:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|afterwards|before)"
    r"|the\s+(?P<same>same|following|next|previous)\s+day|the\s+day\s+(?P<rel>before|after)(?!\s+(?:the|a|an|its|his|her|their)\b))(?![A-Za-z])"
)


def narrative_date(text: str, base: DateValue) -> DateMatch | None:
    """A date told relative to the one the text gave just before: "two months later", "the same day"."""
    m = _LATER_RE.search(text)
    if m is None or base.precision not in ("day", "month", "year") or base.value is None:
        return None
    if m.group("same") or m.group("rel"):
        if base.precision != "day":
            return None
        word = _word(m, "same") if m.group("same") else _word(m, "rel")
        shift = {"same": 0, "following": 1, "next": 1, "previous": -1, "before": -1, "after": 1}[word]
        d = datetime.date.fromisoformat(base.value) + datetime.timedelta(days=shift)
        return DateMatch(m.start(), m.end(), m.group(), _day(d), True)
    raw = _word(m, "n")
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    n = -n if _word(m, "dir") in ("earlier", "before") else n
    unit, year = _word(m, "unit"), int(base.value[:4])
    if unit == "year":
        value = _year(year + n)
    elif unit == "month" and base.precision != "year":
        value = _month(*_shift_months(year, int(base.value[5:7]), n))
    elif unit in ("day", "week") and base.precision == "day":
        d = datetime.date.fromisoformat(base.value) + datetime.timedelta(days=n * (7 if unit == "week" else 1))
        value = _day(d) if unit == "day" else _span(d - datetime.timedelta(days=3), d + datetime.timedelta(days=3))
    else:
        return None
    return DateMatch(m.start(), m.end(), m.group(), value, True) if value.precision != "unknown" else None


# An hour of the day with no date of its own: "shortly before two o'clock in the afternoon", "at about 10.30pm".
_CLOCK_RE = re.compile(
    r"\b(?:(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:about\s+|around\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|h)\b|\d{1,2}[.:]\d{2}\b|(?:\w+\s+)?o'clock|noon|midnight)"
    r"|later\s+that\s+(?:morning|afternoon|evening|night|day))", re.I)


def same_day_clock(text: str, base: DateValue) -> DateMatch | None:
    """ "Residents saw it on Monday evening. Shortly before two o'clock, two jets touched": a time of day
    right after a sentence that gave the day is on that day."""
    m = _CLOCK_RE.search(text)
    if m is None or base.precision != "day" or base.value is None:
        return None
    return DateMatch(m.start(), m.end(), m.group(), base, True)

