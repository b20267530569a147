"""`sitrep eval`: measure extraction and linking against a gold file.

Gold format: ../shared/seeds/gold.json (an "articles" object keyed by article id), or JSONL with one
article object a line carrying its `id`. The articles are ingested into a temporary store; each
article's predicted mentions are aligned with its gold incidents, then every field is scored:

- a predicted value equal to the gold value is a true positive;
- a predicted value that is wrong, or given where the gold has none, is a false positive;
- a gold value that is missed or wrong is a false negative.

Scores are kept apart for main and background mentions. Grouping is scored with B-cubed and
pairwise precision/recall/F1, over gold mentions and over articles.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .models import Mention
from .reconcile import summarise

FIELDS = (
    "date", "aircraft_model", "aircraft_category", "operator_country", "location_country", "location_admin1",
    "cause", "weapon", "perpetrator", "killed", "wounded", "on_board",
)  # fmt: skip
PARTY_ALIASES = {
    "daesh": "islamic state", "isis": "islamic state", "isil": "islamic state", "is": "islamic state",
    "islamic state group": "islamic state", "the islamic state": "islamic state",
}  # fmt: skip
REGION_WORDS = re.compile(
    r"\b(province|governorate|oblast|region|state|district|county|krai|prefecture|territory|autonomous community)\b", re.I
)


def load_gold(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("articles"), dict):
        return data
    articles = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not a gold file line ({error.msg})") from error
        if not isinstance(record, dict) or "id" not in record:
            raise ValueError(f"{path}:{number}: a gold JSONL line must be an object with an 'id'")
        articles[str(record["id"])] = record
    if not articles:
        raise ValueError(f"{path}: no gold articles found")
    return {"articles": articles}


def load_parts(folders: Iterable[Path]) -> dict[str, Any]:
    """One gold set from several part folders, each with a gold.json; incident keys get the part's name."""
    articles: dict[str, Any] = {}
    distinct = 0
    for folder in folders:
        gold_file = folder / "gold.json"
        if not folder.is_dir() or not gold_file.is_file():
            raise ValueError(f"{folder}: not a folder holding a gold.json")
        part = load_gold(gold_file)
        for article_id, article in part["articles"].items():
            if article_id in articles:
                raise ValueError(f"{folder}: article {article_id!r} is also in an earlier part")
            incidents = [{**i, "incident_key": f"{folder.name}:{i['incident_key']}"} if i.get("incident_key") else i for i in article.get("incidents", [])]
            articles[article_id] = {**article, "incidents": incidents}
        distinct += (part.get("incidents_expected") or {}).get("distinct_incidents") or len(
            {i.get("incident_key") for a in part["articles"].values() for i in a.get("incidents", [])}
        )
    return {"articles": articles, "incidents_expected": {"distinct_incidents": distinct}}


def predicted_values(mention: Mention) -> dict[str, Any]:
    summary = summarise([mention])
    date = summary["date"] or {}
    aircraft = summary["aircraft"] or {}
    location = summary["location"] or {}
    date_value = date.get("value") if date.get("precision") in ("day", "month_day", "month", "year") else None
    return {
        "date": date_value,
        "aircraft_model": aircraft.get("model"),
        "aircraft_category": aircraft.get("category") if aircraft.get("category") != "aircraft" else None,
        "operator_country": summary["operator"],
        "location_country": location.get("country"),
        "location_admin1": location.get("admin1"),
        "cause": summary["cause"],
        "weapon": summary["weapon"],
        "perpetrator": summary["perpetrator"],
        "killed": summary["killed"],
        "wounded": summary["wounded"],
        "on_board": summary["on_board"],
    }


def _norm(text: str) -> str:
    text = re.sub(r"\(claimed\)", "", str(text), flags=re.I)
    text = re.sub(r"[^\w\s-]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=4096)
def _catalogue_model(written: str) -> str | None:
    """The catalogue model a name stands for: "CL-415" and "Canadair CL-415" are one aircraft."""
    from .extract.aircraft import lookup_model

    found = lookup_model(written)
    return found.model if found else None


def same(field: str, gold: Any, predicted: Any) -> bool:
    if gold is None or predicted is None:
        return False
    if field in ("killed", "wounded", "on_board"):
        return int(gold) == int(predicted)
    if field == "aircraft_model":
        if re.sub(r"[\s-]", "", str(gold)).lower() == re.sub(r"[\s-]", "", str(predicted)).lower():
            return True
        return _catalogue_model(str(gold)) not in (None, "") and _catalogue_model(str(gold)) == _catalogue_model(str(predicted))
    if field == "perpetrator":
        return _same_side(str(gold), str(predicted))
    if field in ("operator_country", "location_country"):  # "DR Congo" and "Democratic Republic of the Congo"
        from .gazetteer import get_gazetteer

        codes = {get_gazetteer().country_code(str(v)) for v in (gold, predicted)}
        if None not in codes:
            return len(codes) == 1
    if field == "location_admin1":
        g, p = _norm(REGION_WORDS.sub("", str(gold))), _norm(REGION_WORDS.sub("", str(predicted)))
        if g == p or fuzz.ratio(g, p) >= 85:
            return True
        from .gazetteer import get_gazetteer  # a former name of the same unit ("Province No. 1", "Koshi")

        units = [get_gazetteer().lookup(str(v), "admin1")[:1] for v in (gold, predicted)]
        if units[0] and units[0] == units[1]:
            return True
        # "Federal Capital Territory" and "Abuja Federal Capital Territory": one name, one with its city
        words = [set(REGION_WORDS.sub("", str(v)).lower().replace("-", " ").split()) for v in (gold, predicted)]
        short, long = sorted(words, key=len)
        qualifiers = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "new", "upper", "lower", "middle", "greater"}
        return len(short) >= 2 and short < long and not (long - short) & qualifiers
    return _norm(gold) == _norm(predicted)


# Unnamed armed groups beyond the extractor's own generic words (parties.GENERIC_GROUPS): "insurgents" and
# the group an article names ("Islamic State group") are one side.
MORE_GENERIC_GROUPS = {"bandits", "militia", "militias", "militiamen", "pirates"}


def _same_side(gold: str, predicted: str) -> bool:
    """One side under two names: a state and its forces ("Nigeria", "Nigerian Army troops"), a group
    and its branch ("Islamic State", "Islamic State's Central Africa province"), an unnamed group and a
    named one ("insurgents", "Islamic State group"); two states, a state and a group, or two named
    groups apart are different."""
    from .extract.parties import GENERIC_GROUPS, country_of, party_name, same_party, state_of

    g, p = _norm(gold), _norm(predicted)
    g, p = PARTY_ALIASES.get(g, g), PARTY_ALIASES.get(p, p)
    if g == p:
        return True
    gold, predicted = re.sub(r"\s*\(claimed\)", "", gold, flags=re.I), re.sub(r"\s*\(claimed\)", "", predicted, flags=re.I)
    states = [country_of(party_name(n) or "") or state_of(n) for n in (gold, predicted)]
    if all(states) and states[0] != states[1]:
        return False
    numbers = [set(re.findall(r"\b\d+(?:st|nd|rd|th)\b", n)) for n in (g, p)]
    if all(numbers) and numbers[0] != numbers[1]:
        return False  # "80th Brigade" and "81st Brigade" are two units
    if g in p.split() or p in g.split() or fuzz.ratio(g, p) >= 85:  # "coalition", "US-led coalition"
        return True
    short, long = sorted((set(g.split()), set(p.split())), key=len)  # a unit with and without its state's name
    if len(short) >= 2 and short < long and all(country_of(w) for w in long - short):  # "Ukrainian 80th ... Brigade"
        return True
    if any(states):
        return states[0] == states[1]
    generic = set(GENERIC_GROUPS.values()) | MORE_GENERIC_GROUPS
    if any((party_name(n) or "").lower() in generic for n in (gold, predicted)):
        return True
    return same_party(gold, predicted)


def _alignment_score(gold: dict[str, Any], predicted: dict[str, Any]) -> float:
    score = 0.0
    for field, weight in (("aircraft_model", 2), ("aircraft_category", 1), ("cause", 1), ("date", 1),
                          ("location_country", 1), ("location_admin1", 1), ("killed", 0.5)):  # fmt: skip
        if same(field, gold.get(field), predicted.get(field)):
            score += weight
    return score


def align(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index) by agreement; role breaks ties."""
    pairs = []
    for g, gold_incident in enumerate(gold):
        for p, prediction in enumerate(predicted):
            score = _alignment_score(gold_incident, prediction["values"])
            score += 0.5 if gold_incident.get("role") == prediction["role"] else 0
            if score >= 1.5:
                pairs.append((score, g, p))
    used_gold, used_predicted, chosen = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            chosen.append((g, p))
    return chosen


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}


def b_cubed(gold_of: dict[Any, set[Any]], predicted_of: dict[Any, set[Any]]) -> dict[str, float]:
    """B-cubed over items whose gold and predicted 'related items' sets (each including itself) are given."""
    items = list(gold_of)
    if not items:
        return prf(0, 0, 0) | {"tp": 0}
    precision = sum(len(gold_of[i] & predicted_of[i]) / len(predicted_of[i]) for i in items) / len(items)
    recall = sum(len(gold_of[i] & predicted_of[i]) / len(gold_of[i]) for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def pairwise(gold_of: dict[Any, set[Any]], predicted_of: dict[Any, set[Any]]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold_of, key=str), 2):
        in_gold, in_predicted = b in gold_of[a], b in predicted_of[a]
        tp += in_gold and in_predicted
        fp += in_predicted and not in_gold
        fn += in_gold and not in_predicted
    return prf(tp, fp, fn)


def _related(groups: dict[Any, set[Any]]) -> dict[Any, set[Any]]:
    """item → every item sharing a group with it (itself included)."""
    related: dict[Any, set[Any]] = defaultdict(set)
    for members in groups.values():
        for item in members:
            related[item] |= members
    return related


def _match_article_id(gold_id: str, stored: Iterable[str]) -> str | None:
    stored = list(stored)
    if gold_id in stored:
        return gold_id
    candidates = [s for s in stored if s.endswith("/" + gold_id) or Path(s).name == Path(gold_id).name]
    return candidates[0] if len(candidates) == 1 else None


def evaluate(gold: dict[str, Any], paths: Iterable[str | Path]) -> dict[str, Any]:
    from .pipeline import ingest
    from .store import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as folder:
        with Store(Path(folder) / "eval.db") as store:
            ingest_summary = ingest(paths, store)
            stored_ids = [row["id"] for row in store.articles()]
            mentions_by_article: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
            for row in store.db.execute("SELECT article_id, incident_id, data FROM mentions ORDER BY id"):
                mentions_by_article[row["article_id"]].append((Mention.from_dict(json.loads(row["data"])), row["incident_id"]))
            clean_texts = {row["id"]: row["clean_text"] for row in store.db.execute("SELECT id, clean_text FROM articles")}
            incident_count = store.count("incidents")
    return score_predictions(gold, stored_ids, mentions_by_article, clean_texts, ingest_summary.as_dict(), incident_count)


def score_predictions(
    gold: dict[str, Any],
    stored_ids: list[str],
    mentions_by_article: dict[str, list[tuple[Mention, str]]],
    clean_texts: dict[str, str],
    ingest_report: dict[str, Any],
    incident_count: int,
) -> dict[str, Any]:
    counts: dict[str, dict[str, list[int]]] = {role: {f: [0, 0, 0] for f in FIELDS} for role in ("main", "background")}
    mention_counts = {role: [0, 0, 0] for role in ("main", "background")}
    relevance = [0, 0, 0]
    boilerplate_total = boilerplate_left = 0
    gold_groups: dict[str, set[Any]] = defaultdict(set)
    predicted_groups: dict[str, set[Any]] = defaultdict(set)
    gold_article_groups: dict[str, set[str]] = defaultdict(set)
    predicted_article_groups: dict[str, set[str]] = defaultdict(set)
    missing_articles = []
    misses: list[dict[str, Any]] = []
    for gold_id, gold_article in gold["articles"].items():
        stored_id = _match_article_id(gold_id, stored_ids)
        if stored_id is None:
            missing_articles.append(gold_id)
        predictions = [
            {"values": predicted_values(m), "role": m.role, "incident": incident}
            for m, incident in mentions_by_article.get(stored_id, [])
        ] if stored_id else []  # fmt: skip
        gold_relevant = bool(gold_article.get("relevant", bool(gold_article.get("incidents"))))
        predicted_relevant = bool(predictions)
        relevance[0] += gold_relevant and predicted_relevant
        relevance[1] += predicted_relevant and not gold_relevant
        relevance[2] += gold_relevant and not predicted_relevant
        lines = (clean_texts.get(stored_id) or "").splitlines() if stored_id else []
        for start in gold_article.get("boilerplate_lines_start_with", []):
            boilerplate_total += 1
            boilerplate_left += any(line.strip().startswith(start) for line in lines)
        gold_incidents = gold_article.get("incidents", [])
        pairs = align(gold_incidents, predictions)
        matched_gold = {g: p for g, p in pairs}
        matched_predicted = {p for _, p in pairs}
        for g, incident in enumerate(gold_incidents):
            role = incident.get("role", "main")
            prediction = predictions[matched_gold[g]]["values"] if g in matched_gold else {}
            mention_counts[role][0 if g in matched_gold else 2] += 1
            key = incident.get("incident_key") or f"{gold_id}#{g}"
            if g not in matched_gold:
                misses.append({"article": gold_id, "incident_key": key, "role": role, "field": "mention", "gold": "present", "predicted": None})
            for field in FIELDS:
                gv, pv = incident.get(field), prediction.get(field)
                if same(field, gv, pv):
                    counts[role][field][0] += 1
                else:
                    counts[role][field][1] += pv is not None
                    counts[role][field][2] += gv is not None
                    if g in matched_gold and (gv is not None or pv is not None):
                        misses.append({"article": gold_id, "incident_key": key, "role": role, "field": field, "gold": gv, "predicted": pv})
            item = (gold_id, g)
            gold_groups[key].add(item)
            gold_article_groups[key].add(gold_id)
            predicted_key = predictions[matched_gold[g]]["incident"] if g in matched_gold else f"unmatched:{gold_id}#{g}"
            predicted_groups[predicted_key].add(item)
        for p, prediction in enumerate(predictions):
            predicted_article_groups[prediction["incident"]].add(gold_id)
            if p in matched_predicted:
                continue
            role = prediction["role"]
            mention_counts[role][1] += 1
            values = {f: v for f, v in prediction["values"].items() if v is not None}
            misses.append({"article": gold_id, "incident_key": None, "role": role, "field": "mention", "gold": None, "predicted": values})
            for field in FIELDS:
                counts[role][field][1] += prediction["values"].get(field) is not None
    articles = set(gold["articles"])
    gold_related = _related(gold_article_groups)
    predicted_related = _related(predicted_article_groups)
    for article in articles:
        gold_related[article].add(article)
        predicted_related[article].add(article)
    gold_items = _related(gold_groups)
    predicted_items = _related(predicted_groups)
    expected = (gold.get("incidents_expected") or {}).get("distinct_incidents")
    return {
        "articles": len(articles),
        "articles_not_ingested": missing_articles,
        "skipped": ingest_report.get("skipped", []),
        "incidents": {"predicted": incident_count, "gold": expected if expected is not None else len(gold_groups)},
        "mentions": {role: prf(*c) for role, c in mention_counts.items()},
        "fields": {role: {f: prf(*c) for f, c in fields.items()} for role, fields in counts.items()},
        "relevance": prf(*relevance),
        "grouping": {
            "articles": {"b_cubed": b_cubed(gold_related, predicted_related), "pairwise": pairwise(gold_related, predicted_related)},
            "mentions": {"b_cubed": b_cubed(gold_items, predicted_items), "pairwise": pairwise(gold_items, predicted_items)},
        },
        "boilerplate": {"gold_lines": boilerplate_total, "left_in_clean_text": boilerplate_left},
        "misses": misses,
    }


def format_misses(report: dict[str, Any]) -> str:
    """One line per wrong value, missed mention (gold present) or spurious mention (gold None)."""
    lines = []
    for miss in report["misses"]:
        where = f"{miss['article']} [{miss['role']}] {miss['incident_key'] or 'spurious'}"
        lines.append(f"{where}: {miss['field']}: gold {miss['gold']!r} · predicted {miss['predicted']!r}")
    return "\n".join(lines)


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"articles {report['articles']} · incidents predicted {report['incidents']['predicted']} "
        f"(gold {report['incidents']['gold']})",
    ]
    if report["articles_not_ingested"]:
        lines.append(f"not ingested: {', '.join(report['articles_not_ingested'])}")
    for role in ("main", "background"):
        m = report["mentions"][role]
        lines.append(f"\n{role} mentions: P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
        lines.append(f"  {'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
        for field, s in report["fields"][role].items():
            if s["tp"] + s["fp"] + s["fn"]:
                lines.append(f"  {field:<18}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    r = report["relevance"]
    lines.append(f"\nrelevance: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    for level in ("articles", "mentions"):
        g = report["grouping"][level]
        lines.append(
            f"grouping over {level}: B-cubed P {g['b_cubed']['precision']:.3f} R {g['b_cubed']['recall']:.3f} "
            f"F1 {g['b_cubed']['f1']:.3f} · pairwise P {g['pairwise']['precision']:.3f} R {g['pairwise']['recall']:.3f} "
            f"F1 {g['pairwise']['f1']:.3f}"
        )
    b = report["boilerplate"]
    lines.append(f"boilerplate: {b['left_in_clean_text']} of {b['gold_lines']} gold boilerplate lines left in clean text")
    return "\n".join(lines)
