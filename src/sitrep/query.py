"""Read queries over the store: filter, sort and page incidents and articles, count them for charts.

Incidents are filtered on summaries of their export records (`export.incident_record`), so every
filter sees exactly what the exports and the API return. Building the summaries reads every record
(about 1.5 ms an incident); the server keeps them until the store changes.
"""

from __future__ import annotations

import calendar
import datetime
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .export import flat_row, incident_record, incident_records
from .models import FIELDS
from .store import Store

SORT_KEYS = ("date", "country", "killed", "status")
SORTS = tuple(f"{sign}{key}" for key in SORT_KEYS for sign in ("", "-"))
ARTICLE_COLUMNS = ("id", "url", "outlet", "title", "published", "language", "relevant", "note")


@dataclass(frozen=True)
class Filters:
    """Incident filters; None means no filter. Text filters compare case-insensitively."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    country: str | None = None
    family: str | None = None
    category: str | None = None
    cause: str | None = None
    status: str | None = None
    q: str | None = None


# --- dates ----------------------------------------------------------------------------------------


def date_bounds(date: dict[str, Any] | None) -> tuple[datetime.date, datetime.date] | None:
    """First and last day an incident date can be; None when it has no year."""
    value, precision = (date or {}).get("value"), (date or {}).get("precision")
    try:
        if precision == "day":
            day = datetime.date.fromisoformat(value)
            return day, day
        if precision == "month":
            year, month = map(int, value.split("-"))
            return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
        if precision == "year":
            return datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31)
    except (TypeError, ValueError):
        return None
    return None


def _month_day_in_range(value: str, start: datetime.date, end: datetime.date) -> bool:
    """Whether a year-less date (`--MM-DD`) falls in the range in any of its years."""
    try:
        month, day = int(value[2:4]), int(value[5:7])
    except ValueError:
        return False
    for year in range(start.year, end.year + 1):
        if day <= calendar.monthrange(year, month)[1] and start <= datetime.date(year, month, day) <= end:
            return True
    return False


def in_date_range(date: dict[str, Any] | None, start: datetime.date | None, end: datetime.date | None) -> bool:
    """Whether the date can lie in [start, end]; a coarse date counts when its span overlaps the range."""
    if start is None and end is None:
        return True
    low, high = start or datetime.date.min, end or datetime.date.max
    if (date or {}).get("precision") == "month_day":
        return _month_day_in_range(date["value"], low, high)
    bounds = date_bounds(date)
    return bounds is not None and bounds[0] <= high and bounds[1] >= low


# --- incidents ------------------------------------------------------------------------------------


def search_text(record: dict[str, Any]) -> str:
    """The words `q` searches: aircraft, operator, places, perpetrator, titles and evidence sentences."""
    parts = [record.get("operator"), record.get("perpetrator")]
    parts += [(record.get("aircraft") or {}).get(k) for k in ("model", "family", "category")]
    parts += [(record.get("location") or {}).get(k) for k in ("place", "admin1", "country")]
    for mention in record.get("mentions", []):
        parts.append(mention.get("title"))
        for field in FIELDS:
            parts += [statement["evidence"]["text"] for statement in mention.get(field, [])]
    return "\n".join(str(p) for p in parts if p).casefold()


def summarise(record: dict[str, Any]) -> dict[str, Any]:
    """What lists, filters and charts need of a record: its reconciled fields and conflicts, each
    mention's article, title and role, and under `search` the text `q` searches."""
    summary = {key: value for key, value in record.items() if key not in ("values", "mentions")}
    summary["mentions"] = [{k: m.get(k) for k in ("article_id", "title", "role")} for m in record.get("mentions", [])]
    summary["search"] = search_text(record)
    return summary


def incident_summaries(store: Store) -> list[dict[str, Any]]:
    return [summarise(record) for record in incident_records(store)]


def _same(value: Any, wanted: str | None) -> bool:
    return wanted is None or (value is not None and str(value).casefold() == wanted.strip().casefold())


def matches(summary: dict[str, Any], filters: Filters) -> bool:
    """Whether an incident summary passes every filter."""
    aircraft, location = summary.get("aircraft") or {}, summary.get("location") or {}
    return (
        _same(location.get("country"), filters.country)
        and _same(aircraft.get("family"), filters.family)
        and _same(aircraft.get("category"), filters.category)
        and _same(summary.get("cause"), filters.cause)
        and _same(summary.get("status"), filters.status)
        and in_date_range(summary.get("date"), filters.start, filters.end)
        and all(word in summary["search"] for word in (filters.q or "").casefold().split())
    )


def _date_key(record: dict[str, Any]) -> str | None:
    bounds = date_bounds(record.get("date"))
    return bounds[0].isoformat() if bounds else None


SORT_VALUES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "date": _date_key,
    "country": lambda r: ((r.get("location") or {}).get("country") or "").casefold() or None,
    "killed": lambda r: r.get("killed"),
    "status": lambda r: r.get("status"),
}


def sort_records(records: list[dict[str, Any]], sort: str = "-date") -> list[dict[str, Any]]:
    """Sort by one key (`-` for descending); records without a value come last either way, ties by id."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    key = SORT_VALUES[sort.lstrip("-")]
    ordered = sorted(records, key=lambda r: r["id"])
    known = [r for r in ordered if key(r) is not None]
    unknown = [r for r in ordered if key(r) is None]
    return sorted(known, key=key, reverse=sort.startswith("-")) + unknown


def select(summaries: list[dict[str, Any]], filters: Filters = Filters(), sort: str | None = "-date") -> list[dict[str, Any]]:
    """The summaries that pass the filters, sorted; `sort` None keeps their order (summaries sorted already)."""
    kept = list(summaries) if filters == Filters() else [s for s in summaries if matches(s, filters)]
    return kept if sort is None else sort_records(kept, sort)


def find_incidents(store: Store, filters: Filters = Filters(), sort: str = "-date") -> list[dict[str, Any]]:
    """Summaries of the incidents that pass the filters, sorted."""
    return select(incident_summaries(store), filters, sort)


def full_records(store: Store, summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The export records of the summarised incidents (those still in the store), in the same order."""
    incidents = (store.incident(summary["id"]) for summary in summaries)
    return [incident_record(store, incident) for incident in incidents if incident is not None]


def incident_row(record: dict[str, Any]) -> dict[str, Any]:
    """The flat row of a record or summary, plus the first article's title and the article and conflict counts."""
    mentions = sorted(record.get("mentions", []), key=lambda m: m.get("role") != "main")
    titles = [m["title"] for m in mentions if m.get("title")]
    return {
        **flat_row(record),
        "title": titles[0] if titles else None,
        "n_articles": len({m["article_id"] for m in mentions}),
        "n_conflicts": len(record.get("conflicts", [])),
    }


def page(items: list[Any], number: int, per_page: int) -> dict[str, Any]:
    """One page of a list, with the total, in the API's envelope."""
    first = (number - 1) * per_page
    return {"total": len(items), "page": number, "per_page": per_page, "items": items[first : first + per_page]}


def _counts(values: Iterable[Any]) -> list[dict[str, Any]]:
    counted = Counter(values)
    return [{"key": k, "count": n} for k, n in sorted(counted.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def statistics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for charts. by_country/by_family/by_cause cover every incident (key null when unknown);
    by_month only those dated to a month or a day."""
    months: Counter[tuple[str, Any]] = Counter()
    for record in records:
        date = record.get("date") or {}
        if date.get("precision") in ("day", "month"):
            months[(date["value"][:7], record.get("cause"))] += 1
    return {
        "by_month": [
            {"month": month, "cause": cause, "count": n}
            for (month, cause), n in sorted(months.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
        ],
        "by_country": _counts((r.get("location") or {}).get("country") for r in records),
        "by_family": _counts((r.get("aircraft") or {}).get("family") for r in records),
        "by_cause": _counts(r.get("cause") for r in records),
    }


# --- articles -------------------------------------------------------------------------------------


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_articles(store: Store, q: str | None, number: int, per_page: int) -> dict[str, Any]:
    """One page of articles, optionally those whose id, title, outlet, URL or text contain every word of `q`."""
    clauses, args = ["1 = 1"], []
    for word in (q or "").split():
        fields = ("id", "title", "outlet", "url", "clean_text")
        clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in fields) + ")")
        args += [_like(word)] * len(fields)
    where = " AND ".join(clauses)
    total = store.db.execute(f"SELECT COUNT(*) FROM articles WHERE {where}", args).fetchone()[0]
    rows = store.db.execute(
        f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {where} ORDER BY id LIMIT ? OFFSET ?",
        [*args, per_page, (number - 1) * per_page],
    )
    items = [{**dict(row), "relevant": bool(row["relevant"])} for row in rows]
    return {"total": total, "page": number, "per_page": per_page, "items": items}


def value_label(value: Any) -> Any:
    """A short label for a structured value (date, aircraft, location); other values as they are."""
    if not isinstance(value, dict):
        return value
    if "value" in value:
        return value["value"]
    if "category" in value:
        return value.get("model") or value.get("family") or value["category"]
    return ", ".join(str(value[k]) for k in ("place", "admin1", "country") if value.get(k)) or None


def article_spans(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Every value the article's mentions state, as a span of its clean text with its evidence."""
    rows = store.db.execute(
        "SELECT incident_id, data FROM mentions WHERE article_id = ? ORDER BY idx", (article_id,)
    ).fetchall()
    spans = []
    for row in rows:
        mention = json.loads(row["data"])
        for field, statements in mention["fields"].items():
            for statement in statements:
                evidence = statement["evidence"]
                spans.append({
                    "start": evidence["start"], "end": evidence["end"], "field": field,
                    "value": value_label(statement["value"]), "role": mention["role"],
                    "incident_id": row["incident_id"], "attributed_to": evidence["attributed_to"],
                    "stance": evidence["stance"], "text": evidence["text"],
                })  # fmt: skip
    return sorted(spans, key=lambda s: (s["start"], s["end"], s["field"]))


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with its clean and raw text, the boilerplate lines removed, and its evidence spans."""
    article = store.article(article_id)
    if article is None:
        return None
    return {
        **{column: article[column] for column in ARTICLE_COLUMNS},
        "relevant": bool(article["relevant"]),
        "clean_text": article["clean_text"],
        "raw_text": article["raw_text"],
        "removed_lines": json.loads(article["removed_lines"] or "[]"),
        "spans": article_spans(store, article_id),
    }
