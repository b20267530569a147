"""Group news documents into stories: one story per real-world event, no number of stories given.

Two reports of one event are alike, but so are two look-alike events of one kind, so the direct
similarity of a pair (similarity.py) is joined by neighbourhood evidence: reports of one event
have the same nearest neighbours (shared-nearest-neighbour overlap, at three neighbourhood sizes).
A logistic model turns the evidence into the chance that a pair tells one event; its weights were
fitted on the ECB+ train topics (bench/stories_ecb.py --fit). Average-link clustering then merges
groups while the mean chance between them stays above `MIN_CHANCE`. Two documents published over a
month apart that share no date count as different events.

The pair arrays are n × n: a batch of a few thousand documents fits in memory; beyond that, block
first (by date window or topic) and group each block.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .models import Article
from .similarity import Features, block_similarities, combined, document_features

NEIGHBOURHOODS = (5, 10, 20)
# A neighbour must be at least this alike, absolutely and relative to the document's nearest one.
NEIGHBOUR_FLOOR = 0.05
NEIGHBOUR_SHARE = 0.3
# Logistic weights over the pair evidence: a logistic regression on the ECB+ train topics' pairs
# (bench/stories_ecb.py --fit prints a refit); among refits, the one with the best train B-cubed.
PAIR_WEIGHTS = {
    "numbers": 0.69,
    "times": 4.95,
    "lead": 4.54,
    "both_have_numbers": -1.39,
    "shared_neighbours_5": 5.13,
    "shared_neighbours_10": 7.74,
    "shared_neighbours_20": 2.25,
}
PAIR_INTERCEPT = -4.66
MIN_CHANCE = 0.4
# Published further apart than this, with no date in common: different events.
MAX_DAYS_APART = 30


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None


def as_document(item: Article | Mapping[str, Any] | Document) -> Document:
    """A Document from an Article (read.py), a mapping with id, text, title and published, or a Document."""
    if isinstance(item, Document):
        return item
    if isinstance(item, Article):
        from .extract.mentions import reference_date

        _, published, _ = reference_date(item)  # metadata, else the dateline or URL
        return Document(item.id, item.raw_text, item.title, published or item.published)
    return Document(str(item["id"]), str(item.get("text") or ""), item.get("title"), item.get("published"))


def group_stories(documents: Sequence[Article | Mapping[str, Any] | Document]) -> list[str]:
    """A story id for each document, in input order; ids derive from the members' ids."""
    docs = [as_document(d) for d in documents]
    features = [document_features(d.text, d.title, d.published) for d in docs]
    labels = cluster(same_event_chance(features))
    members: dict[int, list[str]] = {}
    for doc, label in zip(docs, labels):
        members.setdefault(label, []).append(doc.id)
    return [story_id(members[label]) for label in labels]


def story_id(member_ids: Sequence[str]) -> str:
    return "story-" + hashlib.sha1(min(member_ids).encode("utf-8")).hexdigest()[:10]


def same_event_chance(features: Sequence[Features]) -> np.ndarray:
    """n × n chance that two documents tell the same event."""
    if not features:
        return np.zeros((0, 0))
    blocks = block_similarities(features)
    evidence = pair_evidence(features, blocks)
    logit = PAIR_INTERCEPT + sum(PAIR_WEIGHTS[name] * value for name, value in evidence.items())
    chance = 1 / (1 + np.exp(-logit))
    chance[cannot_link(features, blocks["times"])] = 0.0
    np.fill_diagonal(chance, 1.0)
    return chance


def pair_evidence(features: Sequence[Features], blocks: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The n × n arrays that PAIR_WEIGHTS weigh."""
    has_numbers = np.array([bool(f.numbers) for f in features], dtype=float)
    evidence = {
        "numbers": blocks["numbers"],
        "times": blocks["times"],
        "lead": blocks["lead"],
        "both_have_numbers": np.outer(has_numbers, has_numbers),
    }
    alike = combined(blocks)
    for k in NEIGHBOURHOODS:
        evidence[f"shared_neighbours_{k}"] = shared_neighbours(alike, k)
    return evidence


def shared_neighbours(alike: np.ndarray, k: int) -> np.ndarray:
    """How much two documents' k nearest neighbours overlap, weighted by similarity.

    Each document counts itself with weight 1 and each neighbour with its similarity; the overlap
    of two such weighted sets is taken over the smaller one. Where neighbours are few and far
    (a batch of unrelated stories) this falls back to a function of the direct similarity.
    """
    n = len(alike)
    others = alike.copy()
    np.fill_diagonal(others, -np.inf)
    nearest = np.argsort(-others, axis=1)[:, : min(k, n - 1)]
    weight = np.zeros((n, n))
    np.put_along_axis(weight, nearest, np.take_along_axis(alike, nearest, axis=1), axis=1)
    floor = np.maximum(NEIGHBOUR_FLOOR, NEIGHBOUR_SHARE * others.max(axis=1, initial=0.0))
    weight[weight < floor[:, None]] = 0.0
    np.fill_diagonal(weight, 1.0)
    overlap = np.zeros((n, n))
    for column in weight.T:  # documents that count this one as a neighbour share it
        rows = np.flatnonzero(column)
        overlap[np.ix_(rows, rows)] += np.minimum.outer(column[rows], column[rows])
    sizes = weight.sum(axis=1)
    return overlap / np.minimum(sizes[:, None], sizes[None, :])


def cannot_link(features: Sequence[Features], times: np.ndarray) -> np.ndarray:
    """Pairs that cannot tell one event: published over MAX_DAYS_APART apart, with no date in common."""
    days = np.array([f.published.toordinal() if f.published else np.nan for f in features])
    with np.errstate(invalid="ignore"):
        return (np.abs(days[:, None] - days[None, :]) > MAX_DAYS_APART) & (times <= 0)


def cluster(chance: np.ndarray, min_chance: float = MIN_CHANCE) -> list[int]:
    """Average-link clustering: groups merge while their mean chance is above `min_chance`."""
    n = len(chance)
    if n < 2:
        return list(range(n))
    from sklearn.cluster import AgglomerativeClustering

    distance = 1.0 - chance
    np.fill_diagonal(distance, 0.0)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - min_chance
    )
    return [int(label) for label in model.fit_predict(distance)]
