"""Reconciliation: many statements about one incident become one record, conflicts kept in view.

The rules, in words a user can check:

- **aircraft**: the model most statements name; family and category follow from it. Without a
  model, the most named category.
- **date**: the most precise date; among equally precise ones, the most stated.
- **location**: the country most statements put it in, then the most stated first-level region in
  that country, then the most stated place in that region.
- **cause**: friendly fire or collision if someone asserts it; shot down if someone asserts it and
  nobody denies it; disputed if a shoot-down is asserted and denied, or only claimed or
  unconfirmed; crashed if that is all anyone says.
- **weapon**: the most specific class named (MANPADS before "missile" before "ground fire").
- **operator, perpetrator**: the most stated value.
- **casualties**: best = the most stated figure (ties: the lower), low and high = the range, as
  UCDP reports tolls.

Every field keeps all its distinct values with their sources; a field with values that cannot all
be true is listed in `conflicts`. Status: disputed (sources contradict on cause or perpetrator),
unconfirmed (the loss rests on unconfirmed reports only), claimed (one source, or only claims),
confirmed (articles from two or more outlets assert the loss and nobody contradicts it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .extract.casualties import LIGHT, PART_WORDS, SEVERE, STATED_HARM
from .extract.cause import TECHNICAL, claim_of_attack
from .models import COUNT_FIELDS, OUTLET, Mention, Statement

PRECISION_RANK = {"day": 5, "month_day": 4, "month": 3, "year": 2, "weekday": 1, "unknown": 0}
LOCATION_RANK = {"place": 3, "admin1": 2, "country": 1}
WEAPON_RANK = ("MANPADS", "surface-to-air missile", "anti-aircraft gun", "air-to-air missile", "drone", "ground fire", "missile")
GENERIC_WEAPONS = {"ground fire", "missile"}
FORCE_WORDS = re.compile(
    r"\b(forces?|army|military|troops|fighters|air defen[cs]es?|air force|navy|units?|soldiers|government|regime|side)\b",
    re.I,
)

Sourced = tuple[Mention, Statement]


def sourced(mentions: Iterable[Mention], field: str) -> list[Sourced]:
    return [(m, s) for m in mentions for s in m.fields.get(field, [])]


def _superseded(statements: list[Statement]) -> set[int]:
    """Shoot-down statements a speaker took back later in the same text ("first said a fault, later confirmed ...")."""
    def speaker(s: Statement) -> str:
        return re.sub(r"^the\s+", "", s.evidence.attributed_to.lower())

    stands = [(i, s) for i, s in enumerate(statements)
              if s.value == "shot_down" and s.evidence.stance in ("asserted", "denied") and s.evidence.attributed_to != OUTLET]
    return {i for i, s in stands if any(
        speaker(t) == speaker(s) and t.evidence.stance != s.evidence.stance and t.evidence.start > s.evidence.start
        and t.evidence.text != s.evidence.text for j, t in stands if j > i)}


# "An earlier version of this article said it was shot down": the outlet's own retracted wording.
RETRACTED = re.compile(r"\b(earlier|previous|original)\s+version\b", re.I)
# A denial that answers someone's claim ("dismissing rebel claims"): a shoot-down is claimed, not ruled out.
ANSWERED_CLAIM = re.compile(
    r"\b(den(y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b[^.;]{0,30}\b(claims?|accusations?|allegations?)\b|"
    r"\b(claims?|accusations?|allegations?)\b[^.;]{0,40}\b(denied|rejected|dismissed|refuted)\b",
    re.I,
)


def _standing(statements: list[Statement]) -> list[Statement]:
    gone = _superseded(statements)
    return [s for i, s in enumerate(statements) if i not in gone and not RETRACTED.search(s.evidence.attributed_to)]


def _cue_is(statement: Statement, pattern: re.Pattern[str]) -> bool:
    """Whether the statement's own words (its span, found in its sentence by length) match the pattern."""
    length = statement.evidence.end - statement.evidence.start
    return any(m.end() - m.start() == length for m in pattern.finditer(statement.evidence.text))


def derive_cause(statements: Iterable[Statement]) -> str | None:
    asserted, hedged, denied = set(), set(), set()
    fault = False
    for statement in statements:
        stance = statement.evidence.stance
        bucket = asserted if stance == "asserted" else denied if stance == "denied" else hedged
        bucket.add(statement.value)
        if stance == "denied" and statement.value == "shot_down":
            if ANSWERED_CLAIM.search(statement.evidence.text) and claim_of_attack(statement.evidence.text):
                hedged.add("shot_down")  # the claim denied is still someone's claim
            fault = fault or _cue_is(statement, TECHNICAL)
    for cause in ("friendly_fire", "collision"):
        if cause in asserted:
            return cause
    if "shot_down" in asserted:
        return "disputed" if "shot_down" in denied else "shot_down"
    if "shot_down" in hedged:
        return "disputed"
    if "crashed" in asserted or "crashed" in hedged or "collision" in hedged or fault:
        return "crashed"  # a fault blamed with no shoot-down claimed is an accident
    # A loss with no stated cause ("went missing") or an open question is unknown, not blank.
    return "unknown" if denied or "unknown" in asserted | hedged else None


def best_aircraft(statements: list[Statement]) -> dict[str, Any] | None:
    values = [s.value for s in statements if s.evidence.stance != "denied"]
    if not values:
        return None
    models = _fold_into_variants(Counter(v["model"] for v in values if v.get("model")))
    if models:
        top = models.most_common(1)[0][0]
        chosen = next(v for v in values if v.get("model") == top)
        return {"model": chosen["model"], "family": chosen["family"], "category": chosen["category"]}
    categories = Counter(v["category"] for v in values if v.get("category") != "aircraft")
    category = categories.most_common(1)[0][0] if categories else "aircraft"
    return {"model": None, "family": None, "category": category}


def _fold_into_variants(models: Counter) -> Counter:
    """A bare type counts for the one variant of it also named: "the F-7 family ... an F-7MB" is the
    F-7MB (gold/README.md: the most specific designation the text gives)."""
    def key(model: str) -> str:
        return re.sub(r"[\W_]", "", model).lower()

    out = Counter(models)
    for model in models:
        base = key(model)  # a letter code after it: "F-7" -> "F-7MB", not "Mi-17" -> "Mi-171"
        variants = [m for m in models if key(m).startswith(base) and key(m)[len(base):][:1].isalpha()]
        if len(variants) == 1:
            out[variants[0]] += out.pop(model)
    return out


def best_date(statements: list[Statement]) -> dict[str, Any] | None:
    values = [s.value for s in statements if s.value.get("precision") in PRECISION_RANK]
    if not values:
        return None
    top = max(PRECISION_RANK[v["precision"]] for v in values)
    counts = Counter(v["value"] for v in values if PRECISION_RANK[v["precision"]] == top)
    value = counts.most_common(1)[0][0]
    precision = next(v["precision"] for v in values if v["value"] == value)
    return {"value": value, "precision": precision}


def best_location(statements: list[Statement]) -> dict[str, Any] | None:
    values = [s.value for s in statements if s.evidence.stance != "denied" and s.value.get("country")]
    if not values:
        return None
    country = Counter(v["country"] for v in values).most_common(1)[0][0]
    in_country = [v for v in values if v["country"] == country]
    admin1s = Counter(v["admin1"] for v in in_country if v.get("admin1"))
    admin1 = admin1s.most_common(1)[0][0] if admin1s else None
    places = Counter(v["place"] for v in in_country if v.get("place") and v.get("admin1") in (admin1, None))
    place = places.most_common(1)[0][0] if places else None
    anchor = next(
        (v for v in in_country if v.get("place") == place and place),
        next((v for v in in_country if v.get("admin1") == admin1 and v["precision"] == "admin1"), None),
    ) or next((v for v in in_country if v["precision"] == "country"), in_country[0])
    precision = "place" if place else "admin1" if admin1 else "country"
    return {
        "country": country,
        "admin1": admin1,
        "place": place,
        "lat": anchor.get("lat"),
        "lon": anchor.get("lon"),
        "precision": precision,
    }


def normalise_party(name: str) -> str:
    """"Azerbaijani forces" and "Azerbaijan's army" are Azerbaijan; other names are kept as written."""
    from .gazetteer import get_gazetteer

    words = [w for w in _party_words(name) if w.lower() not in ("the", "of")]
    if len(words) == 1:
        country = get_gazetteer().country(words[0])
        if country:
            return country
    return re.sub(r"\s+", " ", name).strip()


def party_key(name: str) -> str:
    """Comparison key: "rebel fighters", "Rebels" and "the rebels" are one party."""
    words = [w.lower().rstrip("s") for w in _party_words(normalise_party(name)) if w.lower() not in ("the", "of")]
    return " ".join(words) or name.lower()


def _party_words(name: str) -> list[str]:
    return FORCE_WORDS.sub(" ", name).replace("’s", " ").replace("'s", " ").split()


def best_scalar(field: str, statements: list[Statement]) -> Any:
    values = [s.value for s in statements if s.evidence.stance != "denied"]
    if not values:
        return None
    if field == "weapon":
        return min(values, key=lambda v: WEAPON_RANK.index(v) if v in WEAPON_RANK else len(WEAPON_RANK))
    if field == "perpetrator":
        values = [normalise_party(v) for v in values]
        by_key = Counter(party_key(v) for v in values)
        top_key = by_key.most_common(1)[0][0]
        return next(v for v in values if party_key(v) == top_key)
    counts = Counter(values)
    top = max(counts.values())
    tied = [v for v in counts if counts[v] == top]
    return min(tied) if field in COUNT_FIELDS else tied[0]


def summarise(mentions: list[Mention]) -> dict[str, Any]:
    """The consensus value of every field over the given mentions."""
    def statements(field: str) -> list[Statement]:
        return [s for _, s in sourced(mentions, field)]

    summary: dict[str, Any] = {
        "date": best_date(statements("date")),
        "aircraft": best_aircraft(statements("aircraft")),
        "operator": best_scalar("operator", statements("operator")),
        "location": best_location(statements("location")),
        # a speaker takes a statement back only within one article: offsets of two texts do not compare
        "cause": derive_cause(s for m in mentions for s in _standing(m.fields.get("cause", []))),
        "weapon": best_scalar("weapon", statements("weapon")),
        "perpetrator": best_scalar("perpetrator", statements("perpetrator")),
    }
    for field in COUNT_FIELDS:
        summary[field] = best_count(field, sourced(mentions, field))
    if summary.get("killed") is None and summary.get("on_board") and summary.get("wounded") == summary["on_board"]:
        summary["killed"] = 0  # everyone aboard told hurt, none dead: all alive when reported
    return summary


def best_count(field: str, pairs: list[Sourced]) -> Any:
    """The most stated count. Tied figures from several articles are a conflict and the lower is kept.
    Within one article, figures are mostly parts and their whole, or a toll and its update: a figure
    that sums two others is the whole ("241 aboard" + "19 on the ground" = "at least 260 have died"),
    and of tied figures the higher is kept ("four crew died" ... "six aboard, nobody survived").
    The hurt told by their injuries outweigh those told only by a hospital visit, which may count someone
    who died there later ("they were taken to hospital ... the instructor died at the hospital")."""
    if field == "wounded" and (hurt := [p for p in pairs if STATED_HARM.search(p[1].evidence.text)]):
        pairs = hurt if all(p[1].value for p in hurt) else pairs
    value = best_scalar(field, [s for _, s in pairs])
    counts = Counter(s.value for _, s in pairs if s.evidence.stance != "denied")
    if len({m.article_id for m, _ in pairs}) != 1:
        return value
    if field == "killed" and (more := _also_killed([s for _, s in pairs if s.evidence.stance != "denied"])):
        return more
    if field == "wounded" and (graded := _graded_wounded([s for _, s in pairs if s.evidence.stance != "denied"])):
        return graded
    wholes = [v for v in counts if any(a + b == v for a in counts for b in counts if a and b and v not in (a, b))]
    if wholes:
        return max(wholes)
    tied = [v for v in counts if counts[v] == counts.get(value)]
    return max(tied) if len(tied) > 1 else value


# "Five people on the ground were killed. The two pilots also died.": a sentence that adds to the toll
ALSO_DIED = re.compile(
    r"\b(?:also|too)\s+(?:\w+\s+)?(?:died|killed|dead|perished|lost their lives)\b|\bwere\s+also\s+(?:among\s+the\s+)?(?:killed|dead)\b", re.I
)
RAISED_TOLL = re.compile(r"\btoll\b|\b(?:second|third|fourth|fifth|sixth|another|including|among)\b", re.I)
# "... were among seven people killed", "combined with ..., 260 have died": a count that is already the whole
TOTAL = re.compile(r"\b(?:among|including|in all|in total|total|combined|altogether|overall)\b", re.I)


def _graded_wounded(statements: list[Statement]) -> int | None:
    """The hurt of one article told in degrees in separate sentences ("The doctor was seriously injured."
    ... "The paramedic got away with slight injuries."): the worst hurt plus the lightly hurt. Only where
    every sentence grades its hurt one way and none tells a part ("one of them") or a pronoun ("he")."""
    grades: dict[bool, int] = {}
    for statement in statements:
        text, value = statement.evidence.text, statement.value
        if not value:
            continue
        severe, light = bool(SEVERE.search(text)), bool(LIGHT.search(text))
        if severe == light or PART_WORDS.search(text) or HURT_PRONOUN.search(text):
            return None
        grades[light] = max(grades.get(light, 0), value)
    return sum(grades.values()) if len(grades) == 2 else None


HURT_PRONOUN = re.compile(r"(?:^|[.;,]\s+|\band\s+)(?:he|she|they)\b", re.I)


def _also_killed(statements: list[Statement]) -> int | None:
    """The toll of one article whose later sentence adds its own dead ("... also died") to an earlier count."""
    by_sentence: dict[str, set[int]] = {}
    for statement in statements:
        by_sentence.setdefault(statement.evidence.text, set()).add(statement.value)
    extra = [v for text, vs in by_sentence.items() if ALSO_DIED.search(text) and not RAISED_TOLL.search(text)
             and len(vs) == 1 for v in vs]
    base = [v for text, vs in by_sentence.items() if not ALSO_DIED.search(text) for v in vs if v]
    totals = any(TOTAL.search(text) for text in by_sentence if not ALSO_DIED.search(text))
    if len(extra) != 1 or not extra[0] or not base or totals or max(base) - extra[0] in base:
        return None
    return max(base) + extra[0]


def values_by_source(mentions: list[Mention], articles: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each field, every distinct value with the sources that state it."""
    table: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        article = articles.get(mention.article_id, {})
        for field, statements in mention.fields.items():
            rows = table.setdefault(field, [])
            for statement in statements:
                key = _value_key(field, statement.value)
                row = next((r for r in rows if r["key"] == key), None)
                if row is None:
                    row = {"key": key, "value": _display_value(field, statement.value), "sources": []}
                    rows.append(row)
                row["sources"].append({
                    "article_id": mention.article_id,
                    "url": article.get("url"),
                    "outlet": article.get("outlet"),
                    "attributed_to": statement.evidence.attributed_to,
                    "stance": statement.evidence.stance,
                    "evidence": statement.evidence.to_dict(),
                })  # fmt: skip
    for rows in table.values():
        for row in rows:
            row.pop("key")
    return table


def _value_key(field: str, value: Any) -> str:
    if field == "aircraft":
        return str(value.get("model") or value.get("category"))
    if field == "date":
        return str(value.get("value"))
    if field == "location":
        return "/".join(str(value.get(k) or "") for k in ("country", "admin1", "place"))
    if field == "perpetrator":
        return party_key(value)
    return str(value)


def _display_value(field: str, value: Any) -> Any:
    if field == "aircraft":
        return {k: value.get(k) for k in ("model", "family", "category")}
    if field == "date":
        return {"value": value.get("value"), "precision": value.get("precision")}
    if field == "perpetrator":
        return normalise_party(value)
    return value


def find_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Fields whose stated values cannot all be true."""
    conflicts = []

    def add(field: str, values: Iterable[Any], why: str) -> None:
        distinct = sorted({str(v) for v in values})
        if len(distinct) > 1:
            conflicts.append({"field": field, "values": distinct, "why": why})

    locations = [s.value for _, s in sourced(mentions, "location") if s.evidence.stance != "denied"]
    add("location", (v["country"] for v in locations), "sources name different countries")
    by_country: dict[str, set[str]] = {}
    for v in locations:
        if v.get("admin1"):
            by_country.setdefault(v["country"], set()).add(v["admin1"])
    for country, admin1s in by_country.items():
        # "Darfur" and "Northern Darfur" nest; only regions that exclude each other conflict
        distinct = {a for a in admin1s if not any(a != b and a.lower() in b.lower() for b in admin1s)}
        add("location", distinct, f"sources name different regions of {country}")
    days = [s.value["value"] for _, s in sourced(mentions, "date") if s.value.get("precision") == "day"]
    add("date", days, "sources give different days")
    families = [s.value["family"] for _, s in sourced(mentions, "aircraft") if s.value.get("family")]
    add("aircraft", families, "sources name different aircraft")
    cause_statements = [s for _, s in sourced(mentions, "cause")]
    stances = {(s.value, s.evidence.stance) for s in cause_statements}
    if ("shot_down", "denied") in stances and any(v == "shot_down" and st != "denied" for v, st in stances):
        conflicts.append({"field": "cause", "values": ["shot_down", "not shot down"], "why": "a shoot-down is stated and denied"})
    specific = {s.value for s in cause_statements if s.evidence.stance != "denied" and s.value in ("collision", "friendly_fire")}
    if specific and any(s.value == "shot_down" for s in cause_statements if s.evidence.stance != "denied"):
        add("cause", specific | {"shot_down"}, "sources give different causes")
    weapons = {s.value for _, s in sourced(mentions, "weapon")} - GENERIC_WEAPONS
    add("weapon", weapons, "sources name different weapons")
    for field in ("operator", "perpetrator"):
        values = [s.value for _, s in sourced(mentions, field) if s.evidence.stance != "denied"]
        keys = {party_key(v) if field == "perpetrator" else v for v in values}
        add(field, keys, f"sources name different {field}s")
    for field in COUNT_FIELDS:
        add(field, (s.value for _, s in sourced(mentions, field)), "sources give different figures")
    return conflicts


def casualty_ranges(mentions: list[Mention]) -> dict[str, dict[str, int]]:
    ranges = {}
    for field in COUNT_FIELDS:
        values = [s.value for _, s in sourced(mentions, field)]
        if values:
            best = best_scalar(field, [s for _, s in sourced(mentions, field)])
            ranges[field] = {"low": min(values), "best": best, "high": max(values)}
    return ranges


def status(
    mentions: list[Mention],
    summary: dict[str, Any],
    conflicts: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]] | None = None,
) -> str:
    """Confirmed needs the loss asserted in articles of two or more outlets (or articles, outlet unknown)."""
    articles = articles or {}
    if summary.get("cause") == "disputed" and any(c["field"] == "cause" for c in conflicts):
        return "disputed"
    if any(c["field"] in ("cause", "perpetrator") for c in conflicts):
        return "disputed"
    loss = [s for _, s in sourced(mentions, "cause") if s.evidence.stance != "denied"]
    if loss and all(s.evidence.stance == "unconfirmed" for s in loss):
        return "unconfirmed"
    if not loss or all(s.evidence.stance == "claimed" for s in loss):
        return "claimed"
    reporting = {
        (articles.get(m.article_id) or {}).get("outlet") or m.article_id
        for m in mentions
        if any(s.evidence.stance == "asserted" for s in m.fields.get("cause", []))
    }
    return "confirmed" if len(reporting) >= 2 else "claimed"


def reconcile(mentions: list[Mention], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One incident record from all its mentions."""
    summary = summarise(mentions)
    conflicts = find_conflicts(mentions)
    return {
        **summary,
        "status": status(mentions, summary, conflicts, articles),
        "casualty_ranges": casualty_ranges(mentions),
        "values": values_by_source(mentions, articles),
        "conflicts": conflicts,
    }
