"""Linking: which mentions, across articles, tell the same real-world incident.

Each mention is summarised as a profile (date window, aircraft, place, operator, cause, toll,
content words). Candidates come from a block (same aircraft category, overlapping date window),
so linking stays close to linear. A pair is ruled out when the evidence cannot be reconciled
(two different aircraft families, two dates days apart, two mentions of one article). Otherwise
a score adds up agreement: the same day, the same model, the same place, operator, cause,
perpetrator and toll, and shared words. A new mention joins the incident it scores best with,
above a threshold; else it starts a new incident. Incident ids derive from their first mention,
so they are stable as incidents grow.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from typing import Any

from .models import Mention
from .reconcile import normalise_party, summarise

LINK_THRESHOLD = 0.55
DAY_TOLERANCE = 3
STOPWORDS = set(
    "the a an of in on at to for and or but by with from as is was were be been has have had it its this that "
    "these those said says say told after before over near into about than then there their they he she his her "
    "which who whom what when where while also not no more most some any all two one three four five six".split()
)


def incident_id_for(mention_id: str) -> str:
    return "inc-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:10]


def profile(mention: Mention, text: str) -> dict[str, Any]:
    """What linking needs to know about a mention, as plain JSON."""
    summary = summarise([mention])
    date = summary["date"] or {}
    aircraft = summary["aircraft"] or {}
    location = summary["location"] or {}
    lo, hi = date_window(date.get("value"), date.get("precision"))
    words: set[str] = set()
    for start, end in mention.sentences:
        words |= {w for w in re.findall(r"[a-z][a-z-]{2,}", text[start:end].lower()) if w not in STOPWORDS}
    return {
        "mention_id": mention.id,
        "article_id": mention.article_id,
        "role": mention.role,
        "date": date.get("value"),
        "precision": date.get("precision"),
        "date_lo": lo,
        "date_hi": hi,
        "model": aircraft.get("model"),
        "family": aircraft.get("family"),
        "category": aircraft.get("category"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "place": location.get("place"),
        "operator": summary["operator"],
        "cause": summary["cause"],
        "perpetrator": normalise_party(summary["perpetrator"]) if summary["perpetrator"] else None,
        "killed": summary["killed"],
        "words": sorted(words),
    }


def date_window(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The days a date could be, widened by the tolerance; None for dates with no year."""
    if not value or precision not in ("day", "month", "year"):
        return None, None
    if precision == "day":
        day = datetime.date.fromisoformat(value)
        first, last = day, day
    elif precision == "month":
        year, month = map(int, value.split("-"))
        first = datetime.date(year, month, 1)
        last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    else:
        first, last = datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31)
    slack = datetime.timedelta(days=DAY_TOLERANCE)
    return (first - slack).isoformat(), (last + slack).isoformat()


def _month_day(profile: dict[str, Any]) -> tuple[int, int] | None:
    value, precision = profile.get("date"), profile.get("precision")
    if precision == "day":
        return int(value[5:7]), int(value[8:10])
    if precision == "month_day":
        return int(value[2:4]), int(value[5:7])
    return None


def _days_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    first, second = datetime.date(2000, *a), datetime.date(2000, *b)
    return abs((first - second).days)


def _weekday(profile: dict[str, Any]) -> str | None:
    if profile.get("precision") == "weekday":
        return profile.get("date")
    if profile.get("precision") == "day":
        return datetime.date.fromisoformat(profile["date"]).strftime("%A")
    return None


def cannot_link(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Evidence that two mentions tell different incidents."""
    if a["article_id"] == b["article_id"]:
        return True
    if a.get("family") and b.get("family") and a["family"] != b["family"]:
        return True
    categories = {a.get("category"), b.get("category")} - {None, "aircraft"}
    if len(categories) > 1:
        return True
    if a.get("date_lo") and b.get("date_lo") and (a["date_hi"] < b["date_lo"] or b["date_hi"] < a["date_lo"]):
        return True
    month_days = _month_day(a), _month_day(b)
    if all(month_days) and _days_apart(*month_days) > DAY_TOLERANCE:
        return True
    weekdays = _weekday(a), _weekday(b)
    if all(weekdays) and weekdays[0] != weekdays[1] and "weekday" in (a.get("precision"), b.get("precision")):
        return True
    return False


def score(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Agreement between two compatible mentions, roughly 0 (nothing shared) to 1.5."""
    total = 0.0
    month_days = _month_day(a), _month_day(b)
    if all(month_days):
        gap = _days_apart(*month_days)
        total += 0.35 if gap <= 1 else 0.2
    elif a.get("date") and a.get("date") == b.get("date"):
        total += 0.12
    if a.get("model") and a.get("model") == b.get("model"):
        total += 0.25
    elif a.get("family") and a.get("family") == b.get("family"):
        total += 0.2
    elif a.get("category") and a.get("category") == b.get("category"):
        total += 0.05
    if a.get("country") and b.get("country"):
        if a["country"] != b["country"]:
            total -= 0.15
        elif a.get("place") and a.get("place") == b.get("place"):
            total += 0.2
        elif a.get("admin1") and a.get("admin1") == b.get("admin1"):
            total += 0.15
        else:
            total += 0.1
    for field, weight in (("operator", 0.05), ("cause", 0.05), ("perpetrator", 0.05), ("killed", 0.05)):
        if a.get(field) is not None and a.get(field) == b.get(field):
            total += weight
    words_a, words_b = set(a.get("words", [])), set(b.get("words", []))
    if words_a and words_b:
        total += 0.3 * len(words_a & words_b) / len(words_a | words_b)
    return total


def choose_incident(new: dict[str, Any], candidates: list[dict[str, Any]]) -> tuple[str | None, float]:
    """The incident the new mention belongs to, or None; candidates carry their incident_id."""
    by_incident: dict[str, list[dict[str, Any]]] = {}
    for candidate in candidates:
        by_incident.setdefault(candidate["incident_id"], []).append(candidate)
    best, best_score = None, 0.0
    for incident_id, members in by_incident.items():
        if any(cannot_link(new, member) for member in members):
            continue
        value = max(score(new, member) for member in members)
        if value > best_score:
            best, best_score = incident_id, value
    return (best, best_score) if best_score >= LINK_THRESHOLD else (None, best_score)
