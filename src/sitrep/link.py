"""Linking: which mentions, across articles, tell the same real-world incident.

Each mention is summarised as a profile (date window, aircraft, place, operator, cause, toll,
content words). Candidates come from a block (same aircraft category, overlapping date window),
so linking stays close to linear. A pair is ruled out when the evidence cannot be reconciled
(two different aircraft families, two dates days apart, two mentions of one article). Otherwise
a score adds up agreement: the same day, the same model, the same place, operator, cause,
perpetrator and toll, and shared words.

Clustering is incremental and the same everywhere (local ingest, `cluster` in memory, Spark): a
new mention joins every incident it scores above the threshold with and has no cannot-link
evidence against. When it qualifies for several, they merge into the oldest, unless members of
them cannot link; the others are recorded as merged into it. An incident's id derives from its
first mention, so ids stay stable as incidents grow; an id merged away points to its successor.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .models import Mention
from .reconcile import normalise_party, summarise
from .similarity import words_and_names

LINK_THRESHOLD = 0.55
DAY_TOLERANCE = 3
NEAR_KM = 100

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
    names: set[str] = set()
    for start, end in mention.sentences:
        sentence_words, sentence_names = words_and_names(text[start:end])
        words.update(sentence_words)
        names.update(sentence_names)
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
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "operator": summary["operator"],
        "cause": summary["cause"],
        "perpetrator": normalise_party(summary["perpetrator"]) if summary["perpetrator"] else None,
        "killed": summary["killed"],
        "words": sorted(words),
        "names": sorted(names),
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
    """Agreement between two compatible mentions, roughly 0 (nothing shared) to 1.7."""
    total = 0.0
    total += _date_agreement(a, b)
    if a.get("model") and a.get("model") == b.get("model"):
        total += 0.25
    elif a.get("family") and a.get("family") == b.get("family"):
        total += 0.2
    elif a.get("category") and a.get("category") == b.get("category"):
        total += 0.05
    total += _place_agreement(a, b)
    for name, weight in (("operator", 0.05), ("cause", 0.05), ("perpetrator", 0.05), ("killed", 0.05)):
        if a.get(name) is not None and a.get(name) == b.get(name):
            total += weight
    total += 0.3 * _overlap(a.get("words"), b.get("words"))
    total += 0.2 * _overlap(a.get("names"), b.get("names"))
    return total


def _overlap(a: list[str] | None, b: list[str] | None) -> float:
    """Jaccard overlap of two word lists (0 when either is empty)."""
    first, second = set(a or ()), set(b or ())
    return len(first & second) / len(first | second) if first and second else 0.0


def _date_agreement(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Same day or a day off 0.35, two or three days off 0.2; a day inside the other's month (or
    the same month) 0.15; the same year 0.05. Disjoint dates never get here (cannot_link)."""
    month_days = _month_day(a), _month_day(b)
    if all(month_days):
        return 0.35 if _days_apart(*month_days) <= 1 else 0.2
    values = sorted((a.get("date") or "", b.get("date") or ""), key=len)
    if not values[0] or values[0].startswith("-") or values[1].startswith("-"):
        return 0.0
    if len(values[0]) >= 7 and values[1].startswith(values[0][:7]):
        return 0.15
    return 0.05 if values[1].startswith(values[0][:4]) else 0.0


def _place_agreement(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Same place 0.2, same region or within 100 km 0.15, same country 0.1; another country -0.15
    unless the two points lie within 100 km (a crash near a border is told from both sides)."""
    near = None
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        near = _km(a["lat"], a["lon"], b["lat"], b["lon"]) <= NEAR_KM
    if a.get("place") and (a.get("place"), a.get("country")) == (b.get("place"), b.get("country")):
        return 0.2
    if (a.get("admin1") and a.get("admin1") == b.get("admin1")) or near:
        return 0.15
    if a.get("country") and b.get("country"):
        return 0.1 if a["country"] == b["country"] else -0.15
    return 0.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


# blocking ---------------------------------------------------------------------------------

GENERIC = "aircraft"


def _months(lo: str, hi: str) -> list[str]:
    year, month = int(lo[:4]), int(lo[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= hi[:7]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def index_keys(profile: dict[str, Any]) -> set[str]:
    """The blocks a stored mention sits in (see `probe_keys`)."""
    timeless = _timeless_blocks(profile)
    if not profile.get("date_lo"):
        return {f"undated-in|{t}" for t in timeless} | {f"undated-at|{t}" for t in timeless}
    category = profile.get("category") or GENERIC
    keys = {f"dated-in|{t}" for t in timeless}
    for month in _months(profile["date_lo"], profile["date_hi"]):
        keys |= {f"{month}|{category}|{profile.get('family') or '?'}", f"{month}|{category}|*", f"{month}|*"}
    return keys


def probe_keys(profile: dict[str, Any]) -> set[str]:
    """The blocks a new mention looks in. A pair is a candidate when the new one's probe keys meet
    the stored one's index keys; the relation is symmetric (tests/test_link_reconcile.py), so
    arrival order does not change which pairs are compared.

    Dated mentions meet in the months of their date windows, within their category: a mention
    of a family meets the same family and mentions with no family ("a helicopter"), which look at
    the whole category; a generic mention ("an aircraft") looks at every category. Since two
    families never link, this loses no pair that could link. An undated mention (no date, or a
    day and month with no year) looks across all time in its timeless blocks: its family, and its
    category in its country, so that "an Antonov" dated 2025 still meets an undated "An-26" of
    the same country. That stays cheap because such mentions are few.
    """
    timeless = _timeless_blocks(profile)
    keys = {f"undated-at|{t}" for t in timeless}
    if not profile.get("date_lo"):
        return keys | {f"dated-in|{t}" for t in timeless} | {f"undated-in|{t}" for t in timeless}
    category = profile.get("category") or GENERIC
    if category == GENERIC:
        wanted = ["*"]
    elif profile.get("family"):
        wanted = [f"{category}|{profile['family']}", f"{category}|?", f"{GENERIC}|?"]
    else:
        wanted = [f"{category}|*", f"{GENERIC}|?"]
    months = _months(profile["date_lo"], profile["date_hi"])
    return keys | {f"{month}|{w}" for month in months for w in wanted}


def _timeless_blocks(profile: dict[str, Any]) -> list[str]:
    """The all-time blocks of a mention, most specific first: its family, then category and country."""
    broad = f"{profile.get('category') or GENERIC}|{profile.get('country') or ''}"
    return [f"family:{profile['family']}", broad] if profile.get("family") else [broad]


# clustering -------------------------------------------------------------------------------


@dataclass
class Decision:
    """Where a new mention goes: `incident_id` (new when `created`), and the incidents merged into it."""

    incident_id: str
    created: bool
    merged: list[str] = field(default_factory=list)
    score: float = 0.0


Scorer = Callable[[dict[str, Any], dict[str, Any]], float]


def decide(
    new: dict[str, Any],
    candidates: list[dict[str, Any]],
    members: Callable[[str], list[dict[str, Any]]],
    age: Callable[[str], int],
    scorer: Scorer = score,
) -> Decision:
    """Place a new mention among existing incidents.

    `candidates` are profiles from the new mention's blocks, each with its `incident_id`;
    `members(id)` gives all of an incident's profiles (cannot-link is checked against every
    member, not only the candidates); `age(id)` orders incidents, oldest first.
    """
    best: dict[str, float] = {}
    for candidate in candidates:
        value = scorer(new, candidate)
        if value >= LINK_THRESHOLD and value > best.get(candidate["incident_id"], 0.0):
            best[candidate["incident_id"]] = value
    group = [new]
    qualified: list[str] = []
    for incident_id in sorted(best, key=lambda i: (-best[i], age(i))):
        incident_members = members(incident_id)
        if not any(cannot_link(a, b) for a in group for b in incident_members):
            qualified.append(incident_id)
            group += incident_members
    if not qualified:
        return Decision(incident_id_for(new["mention_id"]), created=True, score=max(best.values(), default=0.0))
    survivor = min(qualified, key=age)
    return Decision(survivor, created=False, merged=[i for i in qualified if i != survivor], score=best[qualified[0]])


@dataclass
class MemoryIndex:
    """Incidents held in memory: the same clustering as the store, for batches, Spark and benches."""

    blocks: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    incidents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    assigned: dict[str, str] = field(default_factory=dict)

    def candidates(self, new: dict[str, Any]) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for key in probe_keys(new):
            for other in self.blocks.get(key, []):
                seen[other["mention_id"]] = {**other, "incident_id": self.assigned[other["mention_id"]]}
        return list(seen.values())

    def add(self, new: dict[str, Any], decision: Decision) -> None:
        if decision.created:
            self.order[decision.incident_id] = len(self.order)
            self.incidents[decision.incident_id] = []
        for merged in decision.merged:
            for member in self.incidents.pop(merged):
                self.assigned[member["mention_id"]] = decision.incident_id
                self.incidents[decision.incident_id].append(member)
        self.incidents[decision.incident_id].append(new)
        self.assigned[new["mention_id"]] = decision.incident_id
        for key in index_keys(new):
            self.blocks.setdefault(key, []).append(new)


def cluster(profiles: Iterable[dict[str, Any]], scorer: Scorer = score) -> dict[str, str]:
    """Link profiles in the order given, as ingest would: mention id -> incident id."""
    index = MemoryIndex()
    for new in profiles:
        decision = decide(new, index.candidates(new), lambda i: index.incidents[i], lambda i: index.order[i], scorer)
        index.add(new, decision)
    return dict(index.assigned)
