"""The ingest job: read → clean → detect language → extract → store → link → reconcile.

`process_article` is the pure per-article part (what Spark would run on workers); `ingest` is the
local driver that feeds it, writes each article in its own transaction and links its mentions.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from .clean import clean, line_key, normalise_line
from .link import Decision, cluster, decide, incident_id_for, probe_keys, profile
from .models import Article, Mention, Skip
from .read import MAX_FILE_BYTES, read_paths
from .store import Store

CHUNK = 50  # articles whose lines teach outlet boilerplate before any of them is cleaned
MIN_LANGUAGE_CONFIDENCE = 0.9


@dataclass
class Processed:
    article: Article
    mentions: list[Mention]
    note: str | None = None


@dataclass
class IngestSummary:
    read: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    unchanged: int = 0
    relevant: int = 0
    mentions: int = 0
    skipped: list[Skip] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new_articles": self.new_articles,
            "updated_articles": self.updated_articles,
            "unchanged": self.unchanged,
            "relevant": self.relevant,
            "mentions": self.mentions,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "notes": self.notes,
            "incidents_created": len(self.created),
            "incidents_updated": len(self.updated - self.created - self.merged),
            "incidents_merged": len(self.merged),
        }


@lru_cache(maxsize=1)
def _language_identifier():  # noqa: ANN202 - py3langid has no public type
    import py3langid.langid as langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the guess is not confident."""
    sample = text[:3000]
    if len(sample) < 40:
        return None
    language, confidence = _language_identifier().classify(sample)
    return language if confidence >= MIN_LANGUAGE_CONFIDENCE else None


def process_article(article: Article, repeated: frozenset[str] = frozenset()) -> Processed:
    """Clean one article and extract its incident mentions. Pure: no I/O, no global state."""
    from .extract.mentions import extract_mentions, reference_date
    from .nlp import analyze
    from .screen import NOTE as SCREENED_OUT, likely_about_aircraft_loss

    result = clean(article.raw_text, repeated)
    article.clean_text = result.text
    article.offset_map = result.offset_map
    article.removed_lines = [line for line, _ in result.removed]
    article.title = article.title or result.headline
    _, published, source = reference_date(article)
    if published and not article.published:
        article.published, article.published_source = published, source
    article.language = detect_language(article.clean_text)
    if article.language not in (None, "en"):
        return Processed(article, [], f"not English ({article.language}): not read")
    if not article.clean_text.strip():
        return Processed(article, [], "nothing left after boilerplate removal")
    if not likely_about_aircraft_loss(article.clean_text, article.title):  # most news: skip the NLP
        return Processed(article, [], SCREENED_OUT)
    mentions = extract_mentions(article, analyze(article.clean_text))
    return Processed(article, mentions, None if mentions else "no aircraft loss reported")


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    on_item: Callable[[str], None] | None = None,
    workers: int = 1,
    max_file_bytes: int = MAX_FILE_BYTES,
) -> IngestSummary:
    """Read every article under `paths` into the store; returns what happened. Streams: one chunk
    of articles in memory at a time. `workers` > 1 cleans and extracts in that many processes.
    A file, JSONL line or WARC page over `max_file_bytes` is skipped."""
    summary = IngestSummary()
    run_id = store.start_run()
    chunk: list[Article] = []
    with _article_mapper(workers) as mapper:
        for item in read_paths(paths, max_bytes=max_file_bytes):
            summary.read += 1
            if on_item:
                on_item(getattr(item, "origin", ""))
            if isinstance(item, Skip):
                _skip(store, run_id, summary, item)
                continue
            chunk.append(item)
            if len(chunk) >= CHUNK:
                _ingest_chunk(chunk, store, run_id, summary, mapper)
                chunk = []
        _ingest_chunk(chunk, store, run_id, summary, mapper)
    store.finish_run(run_id, summary.as_dict())
    return summary


@contextmanager
def _article_mapper(workers: int) -> Iterator[Callable]:
    """`map`, or a process pool's ordered imap: each worker process loads the models once."""
    if workers <= 1:
        yield map
        return
    with multiprocessing.Pool(workers) as pool:
        yield partial(pool.imap, chunksize=2)


def process_or_skip(job: tuple[Article, frozenset[str]]) -> Processed | Skip:
    article, repeated = job
    try:
        return process_article(article, repeated)
    except Exception as error:  # one bad article must never stop the batch
        return Skip(article.origin, f"could not be processed: {type(error).__name__}: {error}")


def _skip(store: Store, run_id: int, summary: IngestSummary, skip: Skip) -> None:
    summary.skipped.append(skip)
    store.add_skip(run_id, skip.origin, skip.reason)


def _ingest_chunk(chunk: list[Article], store: Store, run_id: int, summary: IngestSummary, mapper: Callable = map) -> None:
    fresh = []
    batch_ids: dict[str, str] = {}  # id -> origin, for ids and texts seen earlier in this chunk
    batch_hashes: dict[str, str] = {}
    for article in chunk:
        state = store.article_state(article.id, article.content_hash)
        if article.id in batch_ids:
            _skip(store, run_id, summary, Skip(article.origin, f"id {article.id!r} already used by {batch_ids[article.id]}"))
        elif article.content_hash in batch_hashes:
            other = batch_hashes[article.content_hash]
            _skip(store, run_id, summary, Skip(article.origin, f"same text as article {other!r} in this batch"))
        elif state == "same":
            summary.unchanged += 1
        elif state == "duplicate":
            other = store.duplicate_of(article.content_hash)
            _skip(store, run_id, summary, Skip(article.origin, f"same text as article {other!r} already stored"))
        else:
            fresh.append((article, state))
        batch_ids.setdefault(article.id, article.origin)
        batch_hashes.setdefault(article.content_hash, article.id)
    _learn_outlet_lines([a for a, _ in fresh], store)
    repeats: dict[str, frozenset[str]] = {}
    for article, _ in fresh:
        if article.outlet and article.outlet not in repeats:
            repeats[article.outlet] = frozenset(store.outlet_repeats(article.outlet))
    jobs = [(article, repeats.get(article.outlet or "", frozenset())) for article, _ in fresh]
    for (_, state), outcome in zip(fresh, mapper(process_or_skip, jobs)):
        if isinstance(outcome, Skip):
            _skip(store, run_id, summary, outcome)
        else:
            store_processed(outcome, state, store, summary)


def _learn_outlet_lines(articles: list[Article], store: Store) -> None:
    with store.transaction():
        for article in articles:
            if article.outlet:
                store.add_outlet_lines(article.outlet, *outlet_lines(article))


def outlet_lines(article: Article) -> tuple[str, set[str]]:
    """(title key, line keys): what an article teaches about the lines its outlet repeats."""
    title = normalise_line(article.title or article.raw_text[:200])
    return title, {line_key(line) for line in article.raw_text.splitlines() if len(line.strip()) >= 2}


def store_processed(processed: Processed, state: str, store: Store, summary: IngestSummary) -> None:
    article, mentions = processed.article, processed.mentions
    with store.transaction():
        touched: set[str] = set()
        if state == "changed":
            for incident_id in store.delete_article(article.id):
                touched |= split_incident(store, incident_id, summary)
            summary.updated_articles += 1
        else:
            summary.new_articles += 1
        store.insert_article(article, relevant=bool(mentions), note=processed.note)
        for mention in mentions:
            decision = link_mention(store, mention, profile(mention, article.clean_text), summary)
            touched = touched - set(decision.merged) | {decision.incident_id}
        for incident_id in touched:
            refresh_incident(store, incident_id)
    summary.mentions += len(mentions)
    summary.relevant += bool(mentions)
    if processed.note:
        summary.notes[processed.note] = summary.notes.get(processed.note, 0) + 1


def link_mention(store: Store, mention: Mention, mention_profile: dict[str, Any], summary: IngestSummary) -> Decision:
    """Store a mention in the incident it belongs to, merging the incidents it bridges."""
    candidates = store.candidate_profiles(probe_keys(mention_profile))
    decision = decide(mention_profile, candidates, store.incident_profiles, store.incident_age)
    if decision.created:
        store.record_event(decision.incident_id, "created")
        summary.created.add(decision.incident_id)
    for merged_id in decision.merged:
        store.merge_incident(merged_id, decision.incident_id)
        summary.merged.add(merged_id)
    summary.updated.add(decision.incident_id)
    store.insert_mention(mention, mention_profile, decision.incident_id)
    return decision


def split_incident(store: Store, incident_id: str, summary: IngestSummary) -> set[str]:
    """After an incident lost mentions, re-cluster the rest; parts that no longer hold together
    become new incidents (the part with the oldest mention keeps the id). Returns every id touched."""
    members = store.incident_profiles(incident_id)
    groups: dict[str, list[str]] = {}  # in the order of each part's first mention (cluster keeps input order)
    for mention_id, group in cluster(members).items():
        groups.setdefault(group, []).append(mention_id)
    touched = {incident_id}
    for part in list(groups.values())[1:]:
        new_id = incident_id_for(part[0])
        if store.incident_exists(new_id):
            new_id = incident_id_for(f"{part[0]} split from {incident_id}")
        store.move_mentions(part, new_id)
        store.record_event(new_id, "split_from", incident_id)
        store.record_event(incident_id, "split_into", new_id)
        summary.created.add(new_id)
        touched.add(new_id)
    return touched


def refresh_incident(store: Store, incident_id: str) -> None:
    """Reconcile an incident from its stored mentions (or drop it when none are left)."""
    mentions = store.incident_mentions(incident_id)
    if not mentions:
        store.delete_incident(incident_id)
        return
    articles = store.article_meta(sorted({m.article_id for m in mentions}))
    store.save_incident(incident_id, incident_record(mentions, articles))


def incident_record(mentions: list[Mention], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The stored record of an incident: reconciled over its mentions (in id order), with their ids."""
    from .reconcile import reconcile

    record = reconcile(mentions, articles)
    record["mention_ids"] = [m.id for m in mentions]
    return record
