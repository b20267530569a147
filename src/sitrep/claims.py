"""Claim checking: a one- or two-sentence claim, read into constraints and tested against the store.

`parse_claim` reads the claim with the article extractors: the aircraft (catalogue or generic word; an
aircraft that did the shooting, "Turkish F-16s shot down ...", gives the perpetrator, not the loss), the
operator (a country word before the aircraft), the place (gazetteer, only after "in", "over", "near" ...),
the date (resolved against `reference_date` if given: "in November 2020" has month precision, "last week"
without a reference is unknown), the cause (loss cues with negation; "technical failure" reads as a crash
that was not a shoot-down), weapon, perpetrator and casualty counts ("killing two" counts too).

`check_claim` finds the incident the claim is about, then checks each detail against every source's
values (the incident's `values`, with stance and evidence sentence).

Matching. Each incident is compared with the claim's identifying details: the aircraft (its family, so
variants match: Mi-35 is a Mi-24; a generic word matches by category), the country (a place counts for
its region and country) and the date (a month contains its days; a day one day off is neither for nor
against). An incident is "the" incident when it agrees on some identifying detail, contradicts or lacks
at most one, and agrees on enough of the claim overall (a contradicted or missing identifying detail needs
more agreement elsewhere; an aircraft of another category, a fighter for a helicopter, is another
incident, not a wrong model); the best such incident wins. Otherwise the verdict is not enough evidence,
with the nearest incidents as candidates.

Per detail, every source statement agrees with the claimed value, contradicts it, or neither (a generic
"helicopter" for a claimed Mi-24, a country for a claimed village). Then:

- supported: a source asserts the claimed value and none contradicts it;
- refuted: a source asserts another value (or denies the claimed one) and none gives the claimed one:
  sources say 2 killed, the claim says 3; sources say it crashed, or deny a shoot-down, for a claimed one;
- conflicting: sources disagree among themselves and one side gives the claimed value;
- not enough evidence: no source states the detail, or only claims do and none contradicts them.

Stances: an asserted statement (or a denial) settles a detail on its own; a claimed or unconfirmed one
("rebels say they shot it down") never does. A value only one party claims is not enough evidence; claimed
against another value is conflicting. So "X shot down Y" where only X's side says so is not enough
evidence, with the reason "only claimed by X".

Causes: a friendly-fire loss is a shoot-down. A report that only says the aircraft crashed does not
contradict a shoot-down asserted elsewhere (a downed aircraft crashes too); where the shoot-down is only
claimed, a crash told by another source ("the army said it crashed after a technical failure") counts
against it, the outlet narrating the fall in the same article does not. A cause the source leaves
open ("came down") is neither. A claimed crash agrees with any loss; a claim that it was not shot down
(or was a technical failure) is contradicted by an asserted shoot-down and backed by a denial.
Places: a statement naming another country within 100 km of an agreeing place ("near the border") is
read as "near", not as a contradiction.

Overall: no matching incident → not enough evidence; any detail refuted → refuted; else any conflicting →
conflicting; else any detail without evidence → not enough evidence; else supported. The reason names the
deciding detail, the values and who states them.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .extract.casualties import NUMBER, casualty_cues, number_value
from .extract.cause import TECHNICAL
from .models import COUNT_FIELDS, OUTLET

VERDICTS = ("supported", "refuted", "conflicting", "not_enough_evidence")
MAX_CLAIM_CHARS = 1000
CHECK_ORDER = ("aircraft", "operator", "location", "date", "cause", "weapon", "perpetrator", *COUNT_FIELDS)
LABELS = {"location": "place", "killed": "toll", "on_board": "on board"}
NOUNS = {"on_board": "number on board", "wounded": "number wounded", "missing": "number missing", "captured": "number captured"}
NEAREST_POOL = 100  # incidents that cannot match, scored only to name the nearest ones
IDENTIFYING = ("aircraft", "location", "date")
# Which detail's reason speaks for the whole claim when several share its verdict.
DECIDING_ORDER = ("cause", "perpetrator", "aircraft", "location", "date", *COUNT_FIELDS, "weapon", "operator")
NEAR_KM = 100
# How much agreement each detail adds when ranking incidents.
WEIGHTS = {"operator": 0.5, "cause": 0.5, "weapon": 0.5, "perpetrator": 1.0, **{f: 1.0 for f in COUNT_FIELDS}}

ACCIDENT = re.compile(  # the technical causes extraction reads as contradicting a shoot-down, and a few more
    rf"{TECHNICAL.pattern}|\b(technical|mechanical|engine|hydraulic)\s+fires?\b|"
    r"\bpilot error\b|\b(bad|poor) weather\b|\baccident(al)?\s+crash", re.I,
)
BARE_TOLL = re.compile(  # "killing two", "two were killed": a toll with no noun for people
    rf"\b(?:killing|killed)\s+(?:all\s+)?(?P<a>{NUMBER})\b(?!\s+(?:\w+\s+)?(?:of|and)\b)|"
    rf"\b(?P<b>{NUMBER})\s+(?:were\s+|are\s+|was\s+)?(?:killed|dead|died)\b", re.I,
)
NO_TOLL = re.compile(r"\b(no one|nobody|none)\s+(was\s+|were\s+)?(killed|died|dead|hurt)\b|\bno (casualties|deaths)\b", re.I)
PASSIVE_AUX = {"auxpass", "nsubjpass"}

Statement = tuple[Any, dict[str, Any]]  # (value as the store shows it, source with stance and evidence)


# --- reading a claim --------------------------------------------------------------------------------


def parse_claim(text: str, reference_date: datetime.date | str | None = None) -> dict[str, Any]:
    """The claim's constraints: aircraft, operator, location, date, cause, weapon, perpetrator, counts."""
    from .extract.cause import cause_cues, weapon_cue
    from .extract.dates import find_dates
    from .extract.mentions import read_sentences
    from .nlp import analyze

    text = _validated(text)
    reference = _reference(reference_date)
    doc = analyze(text)
    facts = read_sentences(doc, reference)
    dates = sorted(find_dates(text, reference), key=lambda d: d.date.value is None)  # a resolved date first
    aircraft = [(f.start + a.start, f.start + a.end, a) for f in facts for a in f.aircraft]
    shooters = _shooter_spans(doc)
    lost = [a for a in aircraft if not _inside(a[0], shooters)]
    lost = [a for a in lost if a[2].category != "aircraft"]  # "their aircraft" tells nothing to check
    lost_aircraft = next((a for a in lost if a[2].model), lost[0] if lost else None)
    operator, perpetrator = _parties(text, facts, aircraft, shooters)
    weapon = weapon_cue(text)
    taken = [(a[0], a[1]) for a in aircraft] + [(d.start, d.end) for d in dates]
    return {
        "aircraft": _aircraft_value(lost_aircraft[2]) if lost_aircraft else None,
        "operator": operator,
        "location": _location_value([place for fact in facts for _, place in fact.places]),
        "date": {"value": dates[0].date.value, "precision": dates[0].date.precision, "as_written": dates[0].text}
        if dates else None,
        "cause": _cause_value(text, cause_cues(text)),
        "weapon": weapon.value if weapon else None,
        "perpetrator": perpetrator,
        **_counts(text, taken),
    }


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _parties(text: str, facts: list[Any], aircraft: list[tuple], shooters: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(operator, perpetrator): the country before the lost aircraft; who shot ("Turkish F-16s" → Turkey)."""
    from .gazetteer import get_gazetteer
    from .reconcile import normalise_party

    operator, perpetrator = None, None
    for fact in facts:
        for cue in fact.perpetrators[:1]:
            perpetrator = perpetrator or normalise_party(cue.value)
        for start, end, country in fact.operators:
            following = next((a for a in aircraft if a[0] >= fact.start + end), None)
            if _inside(fact.start + start, shooters) or (following and _inside(following[0], shooters)):
                perpetrator = perpetrator or country
            elif operator is None:
                operator = country
    for start, end in shooters if perpetrator is None else ():
        countries = [get_gazetteer().country(w) for w in re.findall(r"\b[A-Z][\w.]*", text[start:end])]
        perpetrator = next((c for c in countries if c), None)
    return operator, perpetrator


def _validated(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError("the claim is empty")
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > MAX_CLAIM_CHARS:
        raise ValueError(f"the claim is longer than {MAX_CLAIM_CHARS} characters")
    return text


def _reference(value: datetime.date | str | None) -> datetime.date | None:
    from .extract.dates import YEARS

    if value is None:
        return None
    if not isinstance(value, datetime.date):
        try:
            value = datetime.date.fromisoformat(str(value)[:10])
        except ValueError as error:
            raise ValueError(f"reference date {value!r} is not YYYY-MM-DD") from error
    if value.year not in YEARS:  # relative dates would resolve out of the calendar's range
        raise ValueError(f"reference date {value.isoformat()} is not between {YEARS[0]} and {YEARS[-1]}")
    return value


def _shooter_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of whoever did the shooting: the subject of an active "shot down", the "by" agent."""
    spans = []
    for token in doc:
        if token.lower_ not in ("shot", "shoots", "shoot", "downed", "downs", "brought", "hit", "struck"):
            continue
        passive = any(c.dep_ in PASSIVE_AUX for c in token.children)
        for child in token.children:
            if (child.dep_ == "nsubj" and not passive and token.tag_ in ("VBD", "VBZ", "VBP", "VB")) or child.dep_ == "agent":
                spans.append((doc[child.left_edge.i].idx, doc[child.right_edge.i].idx + len(doc[child.right_edge.i])))
    return spans


def _aircraft_value(match: Any) -> dict[str, Any]:
    return {"model": match.model, "family": match.family, "category": match.category, "as_written": match.text}


def _location_value(places: list[Any]) -> dict[str, Any] | None:
    """The most precise place the claim names (a village before its region before its country)."""
    from .extract.places import location_value

    if not places:
        return None
    rank = {"place": 3, "airbase": 3, "admin1": 2, "country": 1}
    country = places[0].country
    return location_value(max((p for p in places if p.country == country), key=lambda p: rank.get(p.kind, 0)))


def _cause_value(text: str, causes: list[Any]) -> dict[str, Any] | None:
    accident = ACCIDENT.search(text)
    for value in ("friendly_fire", "collision", "shot_down"):
        cue = next((c for c in causes if c.value == value and not c.negated), None)
        if cue:
            return {"value": value, "negated": False, "as_written": text[cue.start : cue.end]}
    denied = next((c for c in causes if c.value == "shot_down" and c.negated), None)
    if denied or accident:
        words = text[denied.start : denied.end] if denied else accident.group()
        return {"value": "shot_down", "negated": True, "as_written": words}
    crash = next((c for c in causes if not c.negated), None)
    return {"value": "crashed", "negated": False, "as_written": text[crash.start : crash.end]} if crash else None


def _counts(text: str, taken: list[tuple[int, int]]) -> dict[str, int | None]:
    """Casualty counts; digits inside an aircraft name or a date ("Mi-24 crew", "in 2016 five") are masked."""
    masked = text
    for start, end in taken:
        masked = masked[:start] + "x" * (end - start) + masked[end:]
    counts: dict[str, int | None] = {field: None for field in COUNT_FIELDS}
    for cue in casualty_cues(masked):
        if counts[cue.field] is None:
            counts[cue.field] = cue.value
    if counts["killed"] is None:
        match = BARE_TOLL.search(masked)
        if match:
            counts["killed"] = number_value(match.group("a") or match.group("b"))
        elif NO_TOLL.search(masked):
            counts["killed"] = 0
    return counts


# --- how a source's value relates to the claimed one -----------------------------------------------


def relation(field: str, claimed: Any, value: Any, stance: str, context: dict[str, Any] | None = None) -> str | None:
    """'agree', 'disagree' or None (neither) for one source statement of `field`."""
    context = context or {}
    if field == "cause":
        return _cause_relation(claimed, value, stance, context)
    base = _RELATIONS.get(field, _equal)(claimed, value, context)
    if stance == "denied":
        return "disagree" if base == "agree" else None
    return base


def _equal(claimed: Any, value: Any, context: dict[str, Any]) -> str | None:
    return "agree" if claimed == value else "disagree"


def _aircraft_relation(claimed: dict[str, Any], value: dict[str, Any], context: dict[str, Any]) -> str | None:
    if claimed.get("family"):
        if value.get("family"):
            return "agree" if value["family"] == claimed["family"] else "disagree"
        return None  # a generic word neither names nor excludes the model
    category = claimed.get("category")
    if category in (None, "aircraft") or value.get("category") in (None, "aircraft"):
        return None
    if value["category"] == category:
        return "agree"
    return "disagree" if value.get("model") else None


def _location_relation(claimed: dict[str, Any], value: dict[str, Any], context: dict[str, Any]) -> str | None:
    from .gazetteer import normalize_name

    if not value.get("country"):
        return None
    if value["country"] != claimed["country"]:
        near = any(_km(value, p) <= NEAR_KM for p in context.get("agreeing_places", ()))
        return None if near else "disagree"
    names = {normalize_name(n) for n in (value.get("admin1"), value.get("place")) if n}
    claimed_region, claimed_place = (normalize_name(claimed[k]) if claimed.get(k) else None for k in ("admin1", "place"))
    if claimed["precision"] == "country":
        return "agree"
    if claimed_place and claimed_place in names:
        return "agree"
    if claimed_region and value.get("admin1"):
        region = normalize_name(value["admin1"])
        nested = claimed_region in region or region in claimed_region
        if not nested:
            return "disagree"
        return "agree" if claimed["precision"] == "admin1" else None
    return None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class _Span:
    """A date as a range of days, or a month-day without a year, or a weekday."""

    first: datetime.date | None = None
    last: datetime.date | None = None
    month_day: tuple[int, int] | None = None
    weekday: str | None = None


def _date_span(date: dict[str, Any]) -> _Span | None:
    value, precision = date.get("value"), date.get("precision")
    if not value:
        return None
    try:
        if precision == "day":
            day = datetime.date.fromisoformat(value)
            return _Span(day, day)
        if precision == "month":
            year, month = map(int, value.split("-"))
            following = datetime.date(year + month // 12, month % 12 + 1, 1)
            return _Span(datetime.date(year, month, 1), following - datetime.timedelta(days=1))
        if precision == "year":
            return _Span(datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31))
        if precision == "month_day":
            month, day = map(int, value.strip("-").split("-"))
            return _Span(month_day=(month, day))
        if precision == "weekday":
            return _Span(weekday=value)
    except ValueError:
        return None
    return None


def _date_relation(claimed: dict[str, Any], value: dict[str, Any], context: dict[str, Any]) -> str | None:
    mine, theirs = _date_span(claimed), _date_span(value)
    if mine is None or theirs is None:
        return None
    if mine.first and theirs.first:
        if mine.first == mine.last and theirs.first == theirs.last:
            gap = abs((mine.first - theirs.first).days)
            return "agree" if gap == 0 else None if gap == 1 else "disagree"
        overlap = mine.first <= theirs.last and theirs.first <= mine.last
        return "agree" if overlap else "disagree"
    if theirs.weekday or mine.weekday:
        day = mine.first if mine.first == mine.last else theirs.first if theirs.first == theirs.last else None
        weekday = theirs.weekday or mine.weekday
        if day is None:
            return None
        return None if day.strftime("%A") == weekday else "disagree"
    if mine.month_day and theirs.month_day:
        return "agree" if mine.month_day == theirs.month_day else "disagree"
    month_day, full = (mine.month_day, theirs) if mine.month_day else (theirs.month_day, mine)
    if full.first == full.last:
        return "agree" if (full.first.month, full.first.day) == month_day else "disagree"
    if (full.first.year, full.first.month) == (full.last.year, full.last.month):
        return "agree" if full.first.month == month_day[0] else "disagree"
    return None  # a year says nothing about a month and day


WEAPON_PARENT = {"MANPADS": "surface-to-air missile", "surface-to-air missile": "missile", "air-to-air missile": "missile"}
GROUP_NOUNS = {  # armed groups named by what they are, singular
    "rebel", "militant", "insurgent", "jihadist", "militia", "gunman", "gunmen", "fighter", "guerrilla", "separatist",
    "terrorist", "opposition",
}  # fmt: skip
STATE_WORDS = {"army", "military", "navy", "government", "regime", "troop", "soldier", "force", "air"}
FROM_GROUND = {"MANPADS", "surface-to-air missile", "anti-aircraft gun", "ground fire"}


def _weapon_relation(claimed: str, value: str, context: dict[str, Any]) -> str | None:
    """A MANPADS is a surface-to-air missile is a missile; "ground fire" fits anything fired from the ground."""
    def lineage(weapon: str) -> list[str]:
        chain = [weapon]
        while chain[-1] in WEAPON_PARENT:
            chain.append(WEAPON_PARENT[chain[-1]])
        return chain

    if claimed in lineage(value):
        return "agree"  # the source is as or more specific
    if value in lineage(claimed):
        return None  # the source is vaguer: no contradiction, no confirmation
    if "ground fire" in (claimed, value) and {claimed, value} <= FROM_GROUND:
        return None
    if {claimed, value} == {"missile", "ground fire"}:
        return None
    return "disagree"


def _party_relation(claimed: str, value: str, context: dict[str, Any]) -> str | None:
    mine, theirs = _party(claimed), _party(value)
    if (mine[0] & theirs[0]) or (mine[1] & theirs[1]):
        return "agree"

    def generic(party: tuple[set[str], set[str]]) -> bool:
        return not party[0] and bool(party[1]) and party[1] <= GROUP_NOUNS

    def non_state(party: tuple[set[str], set[str]]) -> bool:
        return bool(party[1] & GROUP_NOUNS) or not (party[0] or party[1] & STATE_WORDS)

    if (generic(mine) and non_state(theirs)) or (generic(theirs) and non_state(mine)):
        return None  # "rebels", "Islamist militants" and "JNIM" may be the same men
    return "disagree"


def _party(name: str) -> tuple[set[str], set[str]]:
    """(countries, other words) of a party name: "Iranian missile" → ({Iran}, {missile})."""
    from .gazetteer import get_gazetteer
    from .reconcile import FORCE_WORDS

    country = get_gazetteer().country
    words = re.findall(r"[\w.’'-]+", FORCE_WORDS.sub(" ", name))
    countries, rest, i = set(), set(), 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]) if i + 1 < len(words) else ""  # "United States"
        if pair[:1].isupper() and country(pair):
            countries.add(country(pair))
            i += 2
            continue
        if words[i][:1].isupper() and country(words[i]):
            countries.add(country(words[i]))
        elif words[i].lower() not in ("the", "of", "a", "an", "its", "in", "by"):
            rest.add(_singular(words[i]))
        i += 1
    if not countries and not rest:  # "the army", "rebel fighters": the force word is the party
        rest = {_singular(w) for w in re.findall(r"\w+", name) if w.lower() not in ("the", "of")}
    return countries, rest


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _cause_relation(claimed: dict[str, Any], value: str, stance: str, context: dict[str, Any]) -> str | None:
    denied = stance == "denied"
    kind = claimed["value"]
    if value not in ("shot_down", "friendly_fire", "collision", "crashed"):
        return None  # "unknown": a loss whose cause the source does not give
    if claimed.get("negated"):  # "was not shot down", "after a technical failure"
        if value in ("shot_down", "friendly_fire", "collision"):
            return "agree" if denied and value == "shot_down" else None if denied else "disagree"
        return "agree" if value == "crashed" and not context.get("shot_down_asserted") else None
    if denied:
        return "disagree" if value == kind or (kind == "shot_down" and value == "friendly_fire") else None
    if kind == "crashed":
        return "agree"  # it came down, whatever brought it down
    if value == kind or (kind == "shot_down" and value == "friendly_fire"):
        return "agree"
    if value == "crashed":
        return None if context.get("shot_down_asserted") or context.get("source_tells_shootdown") else "disagree"
    if kind == "friendly_fire" and value == "shot_down":
        return None
    return "disagree"


_RELATIONS = {
    "aircraft": _aircraft_relation,
    "location": _location_relation,
    "date": _date_relation,
    "weapon": _weapon_relation,
    "perpetrator": _party_relation,
}


# --- checking one detail against one incident --------------------------------------------------------


def statements(incident: dict[str, Any], field: str) -> list[Statement]:
    return [(row["value"], source) for row in (incident.get("values") or {}).get(field, []) for source in row["sources"]]


def _relations(incident: dict[str, Any], field: str, claimed: Any) -> list[tuple[str | None, Any, dict[str, Any]]]:
    found = statements(incident, field)
    context: dict[str, Any] = {}
    shooting_sources: set[tuple[Any, Any]] = set()
    if field == "cause":
        loss = [(v, s) for v, s in found if v in ("shot_down", "friendly_fire") and s.get("stance") != "denied"]
        context["shot_down_asserted"] = any(s.get("stance") == "asserted" for _, s in loss)
        # the outlet narrating the fall in an article that reports the shoot-down does not contradict it
        shooting_sources = {(s.get("article_id"), who) for _, s in loss for who in (s.get("attributed_to"), OUTLET)}
    if field == "location":
        context["agreeing_places"] = [
            v for v, s in found if v.get("precision") == "place" and _location_relation(claimed, v, {}) == "agree"
        ]
    out = []
    for value, source in found:
        if field == "cause":
            context["source_tells_shootdown"] = (source.get("article_id"), source.get("attributed_to")) in shooting_sources
        out.append((relation(field, claimed, value, source.get("stance", "asserted"), context), value, source))
    return out


def check_field(incident: dict[str, Any], field: str, claimed: Any) -> dict[str, Any]:
    """One detail's verdict, reason and evidence against one incident's sources."""
    related = _relations(incident, field, claimed)
    agree = [(v, s) for r, v, s in related if r == "agree"]
    disagree = [(v, s) for r, v, s in related if r == "disagree"]
    firm = ("asserted", "denied")
    if agree and disagree:
        verdict = "conflicting"
    elif any(s.get("stance") in firm for _, s in agree):
        verdict = "supported"
    elif any(s.get("stance") in firm for _, s in disagree):
        verdict = "refuted"
    else:
        verdict = "not_enough_evidence"
    neutral = [(v, s) for r, v, s in related if r is None]
    shown = agree + disagree or neutral
    return {
        "field": field,
        "claimed": claimed,
        "verdict": verdict,
        "reason": _field_reason(field, claimed, verdict, agree, disagree, neutral),
        "evidence": _evidence(shown, related),
    }


def _evidence(shown: list[Statement], related: list[tuple[str | None, Any, dict[str, Any]]]) -> list[dict[str, Any]]:
    marks = {id(s): r for r, _, s in related}
    seen, out = set(), []
    for value, source in shown:
        text = (source.get("evidence") or {}).get("text", "")
        key = (source.get("article_id"), text, json.dumps(value, sort_keys=True, default=str))
        if key in seen:
            continue
        seen.add(key)
        out.append({
            "value": value, "text": text, "article_id": source.get("article_id"), "outlet": source.get("outlet"),
            "url": source.get("url"), "attributed_to": source.get("attributed_to"), "stance": source.get("stance"),
            "relation": {"agree": "agrees", "disagree": "contradicts"}.get(marks.get(id(source)), "neither"),
        })  # fmt: skip
    return out


# --- words for reasons ---------------------------------------------------------------------------------


def label(field: str) -> str:
    return LABELS.get(field, field)


def show_value(field: str, value: Any, stance: str | None = None) -> str:
    """A value as a reader would write it: "Mi-24", "Goris, Armenia", "2 killed", "not shot down"."""
    if value is None:
        return "unknown"
    if field == "aircraft":
        text = value.get("model") or value.get("as_written") or value.get("category") or "aircraft"
    elif field == "location":
        text = ", ".join(dict.fromkeys(str(value[k]) for k in ("place", "admin1", "country") if value.get(k)))
    elif field == "date":
        text = str(value.get("value") or value.get("as_written"))
    elif field == "cause":
        cause = value["value"] if isinstance(value, dict) else value
        negated = (isinstance(value, dict) and value.get("negated")) or stance == "denied"
        text = ("not " if negated else "") + cause.replace("_", " ")
    elif field in COUNT_FIELDS:
        text = f"{value} {label(field) if field != 'killed' else 'killed'}"
    else:
        text = str(value)
    return text


def _who(sources: Iterable[Statement], limit: int = 2) -> str:
    names = []
    for _, source in sources:
        name = f"{source.get('attributed_to') or 'the outlet'} in {source.get('outlet') or source.get('article_id')}"
        if name not in names:
            names.append(name)
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return "; ".join(names[:limit]) + more


def _values(field: str, found: list[Statement]) -> str:
    return " / ".join(dict.fromkeys(show_value(field, v, s.get("stance")) for v, s in found))


def _field_reason(field: str, claimed: Any, verdict: str, agree: list, disagree: list, neutral: list) -> str:
    name = label(field)
    mine = str(claimed) if field in COUNT_FIELDS else show_value(field, claimed)
    if verdict == "supported":
        given = _values(field, agree)
        said = "" if given == show_value(field, claimed) else f" (sources give {given})"
        return f"{name}: {show_value(field, claimed)}{said}, according to {_who(agree)}"
    if verdict == "refuted":
        return f"{name}: sources say {_values(field, disagree)}, the claim says {mine} ({_who(disagree)})"
    if verdict == "conflicting":
        return f"{name}: sources disagree: {_values(field, agree)} ({_who(agree)}) against {_values(field, disagree)} ({_who(disagree)})"
    if agree:
        return f"{name}: {show_value(field, claimed)} is only claimed, by {_who(agree)}"
    if disagree:
        return f"{name}: only claims give {_values(field, disagree)} ({_who(disagree)})"
    if neutral:
        return f"{name}: sources give {_values(field, neutral)}, which neither confirms nor contradicts {mine}"
    return f"{name}: no source gives the {NOUNS.get(field, name)}"


# --- finding the incident --------------------------------------------------------------------------------


def match_incident(incident: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """How well an incident fits the claim: a score, and how many identifying details it agrees on,
    contradicts, or leaves open (a generic word of the same category counts as agreeing on the aircraft)."""
    score, agreed, contradicted, open_ = 0.0, 0, 0, 0
    for field in CHECK_ORDER:
        claimed = constraints.get(field)
        if claimed is None or (field == "date" and not claimed.get("value")):
            continue
        related = _relations(incident, field, claimed)
        if field == "location":
            country_level = {**claimed, "admin1": None, "place": None, "precision": "country"}
            finer = claimed["precision"] != "country" and any(r == "agree" for r, _, _ in related)
            related = _relations(incident, field, country_level)
        agreeing = [value for r, value, _ in related if r == "agree"]
        if agreeing:
            score += _weight(field, claimed, agreeing) + (1.0 if field == "location" and finer else 0.0)
            agreed += field in IDENTIFYING
        elif any(r == "disagree" for r, _, _ in related):
            contradicted += field in IDENTIFYING
            score -= 0 if field in IDENTIFYING else _weight(field, claimed, [])
            if field == "aircraft" and claimed.get("category") not in _model_categories(incident):
                contradicted += 1  # a fighter is not a helicopter: another aircraft, not a wrong model
        elif field == "aircraft" and _same_category(incident, claimed):
            score += 0.5
            agreed += 1
        else:
            open_ += field in IDENTIFYING
    return {"score": round(score, 2), "agreed": agreed, "contradicted": contradicted, "open": open_}


def _weight(field: str, claimed: Any, agreeing: list[Any]) -> float:
    if field == "aircraft":
        return 2.0 if claimed.get("family") else 1.0
    if field == "location":
        return 1.0
    if field == "date":  # as precise as both the claim and the best agreeing source
        precise = {"day": 2.0, "month_day": 2.0, "month": 1.5, "year": 1.0}
        best = max((precise.get(v.get("precision"), 1.0) for v in agreeing), default=1.0)
        return min(precise.get(claimed.get("precision"), 1.0), best)
    return WEIGHTS.get(field, 0.5)


def _model_categories(incident: dict[str, Any]) -> set[str]:
    return {v.get("category") for v, _ in statements(incident, "aircraft") if v.get("model")}


def _same_category(incident: dict[str, Any], claimed: dict[str, Any]) -> bool:
    return any(v.get("category") == claimed.get("category") for v, _ in statements(incident, "aircraft"))


def qualifies(match: dict[str, Any]) -> bool:
    """The claim's incident agrees on its identifying details; one contradicted or left open needs more."""
    if match["agreed"] == 0 or match["contradicted"] + match["open"] > 1:
        return False
    return match["score"] >= (3.5 if match["contradicted"] else 3.0 if match["open"] else 2.0)


def _candidate(incident: dict[str, Any], match: dict[str, Any]) -> dict[str, Any]:
    aircraft = incident.get("aircraft") or {}
    return {
        "incident_id": incident["id"],
        "score": match["score"],
        "date": (incident.get("date") or {}).get("value"),
        "aircraft": aircraft.get("model") or aircraft.get("category"),
        "country": (incident.get("location") or {}).get("country"),
        "cause": incident.get("cause"),
    }


# --- the verdict -----------------------------------------------------------------------------------------


def check_claim(store: Any, text: str, reference_date: datetime.date | str | None = None) -> dict[str, Any]:
    """Check a claim against the store: verdict, reason, per-detail checks with evidence, candidates."""
    constraints = parse_claim(text, reference_date)
    claimed = [f for f in CHECK_ORDER if constraints.get(f) is not None and (f != "date" or constraints[f].get("value"))]
    result: dict[str, Any] = {
        "claim": _validated(text), "constraints": constraints, "verdict": "not_enough_evidence", "reason": "",
        "incident_id": None, "checks": [], "candidates": [],
    }  # fmt: skip
    if not claimed:
        result["reason"] = "the claim names no aircraft, place, date, cause or toll to check"
        return result
    ranked = []
    for incident in _incidents_to_match(store, constraints):
        match = match_incident(incident, constraints)
        ranked.append((match["contradicted"] + match["open"], -match["score"], -len(incident.get("values", {})), incident["id"], incident, match))
    ranked.sort(key=lambda r: r[:4])
    chosen = next((r for r in ranked if qualifies(r[5])), None)
    nearest = sorted(ranked, key=lambda r: (r[1], r[0], r[2], r[3]))[:5]
    result["candidates"] = [_candidate(r[4], r[5]) for r in nearest]
    if chosen is None:
        result["reason"] = f"no incident in the store matches {_summary(constraints, claimed)}"
        if result["candidates"]:
            result["reason"] += f"; nearest: {result['candidates'][0]['incident_id']}"
        return result
    incident = chosen[4]
    checks = [check_field(incident, field, constraints[field]) for field in claimed]
    verdict, reason = overall(checks)
    return {**result, "verdict": verdict, "reason": reason, "incident_id": incident["id"], "checks": checks}


def _incidents_to_match(store: Any, constraints: dict[str, Any]) -> list[dict[str, Any]]:
    """The incidents worth scoring, found from the mentions' indexed columns instead of reading every
    record. The claim's incident must agree on all its identifying details but one (`qualifies`), so
    only incidents that could are read, plus, when fewer than five could, the closest others for the
    nearest list (all incidents when fewer than five share anything). A claimed month-day without a
    year can agree with any year, so it reads them all."""
    span = _date_span(constraints["date"]) if (constraints.get("date") or {}).get("value") else None
    if span and span.month_day:
        return store.incidents()
    aircraft, location = constraints.get("aircraft") or {}, constraints.get("location") or {}
    one_day = datetime.timedelta(days=1)
    days = ((span.first - one_day).isoformat(), (span.last + one_day).isoformat()) if span and span.first else None
    hits = store.incidents_mentioning(aircraft.get("family"), aircraft.get("category"), location.get("country"), days)
    identifying = bool(aircraft.get("family") or aircraft.get("category")) + bool(location.get("country")) + bool(days)
    could = [i for i, n in hits.items() if n >= identifying - 1]
    if len(could) < 5:
        could += sorted((i for i, n in hits.items() if n < identifying - 1), key=lambda i: (-hits[i], i))[:NEAREST_POOL]
    return store.incidents(could) if len(could) >= 5 else store.incidents()  # nothing close: nearest by any detail


def overall(checks: list[dict[str, Any]]) -> tuple[str, str]:
    """Refuted if any detail is, else conflicting if any is, else not enough evidence if any is, else supported."""
    by_weight = sorted(checks, key=lambda c: DECIDING_ORDER.index(c["field"]))
    for verdict in ("refuted", "conflicting", "not_enough_evidence"):
        deciding = next((c for c in by_weight if c["verdict"] == verdict), None)
        if deciding:
            return verdict, deciding["reason"]
    articles = {e["article_id"] for c in checks for e in c["evidence"] if e["relation"] == "agrees"}
    fields = ", ".join(label(c["field"]) for c in checks)
    return "supported", f"sources agree on every detail: {fields} ({len(articles)} article{'s' * (len(articles) != 1)})"


def _summary(constraints: dict[str, Any], fields: list[str]) -> str:
    return "; ".join(show_value(f, constraints[f]) for f in fields if f in IDENTIFYING) or "the claim"


# --- a file of claims with expected verdicts ---------------------------------------------------------------


def load_claims(path: str | Path) -> list[dict[str, Any]]:
    """Claims JSONL: one {"claim", "expected", "why"} object a line (optional "about": the corpus it is
    about, reported apart); blank lines and # comments skipped."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(row, dict) or not isinstance(row.get("claim"), str) or row.get("expected") not in VERDICTS:
            raise ValueError(f"{path}:{number}: needs a \"claim\" string and an \"expected\" verdict ({', '.join(VERDICTS)})")
        rows.append(row)
    return rows


def evaluate_claims(store: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy and the confusion table (expected × predicted) over claims with expected verdicts."""
    confusion = {e: {p: 0 for p in VERDICTS} for e in VERDICTS}
    results = []
    for row in rows:
        try:
            checked = check_claim(store, row["claim"], row.get("reference_date"))
            predicted, reason, incident = checked["verdict"], checked["reason"], checked["incident_id"]
        except ValueError as error:
            predicted, reason, incident = "not_enough_evidence", str(error), None
        confusion[row["expected"]][predicted] += 1
        results.append({
            "claim": row["claim"], "expected": row["expected"], "predicted": predicted, "reason": reason,
            "incident_id": incident, "correct": predicted == row["expected"],
        })  # fmt: skip
    groups: dict[str, list[bool]] = {}
    for row, result in zip(rows, results):
        groups.setdefault(str(row.get("about", "all")), []).append(result["correct"])
    return {
        **_accuracy([r["correct"] for r in results]),
        "groups": {name: _accuracy(marks) for name, marks in sorted(groups.items())},
        "confusion": confusion,
        "results": results,
    }


def _accuracy(marks: list[bool]) -> dict[str, Any]:
    return {"total": len(marks), "correct": sum(marks), "accuracy": round(sum(marks) / len(marks), 3) if marks else 0.0}
