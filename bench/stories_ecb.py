"""B-cubed of `sitrep stories` on the ECB+ train and dev documents, all clustered together.

    python bench/stories_ecb.py [PATH] [--sweep] [--sparse] [--fit]

PATH defaults to ../shared/bench/ecbplus-train-dev.jsonl. Prints B-cubed precision, recall and
F1 of the predicted stories against `subtopic`, overall and for the train and dev topics, per
topic, the number of predicted and true stories, and the run time. --sweep: F1 at other
MIN_CHANCE values. --sparse: F1 on batches of 1, 2, 3 or 5 documents drawn from each sub-topic
(stories of a few reports among look-alikes; three draws each). --fit: the pair weights refitted
by logistic regression on the train topics' pairs (pairs within a topic weigh 1, others 0.05).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from sitrep.evaluate import b_cubed
from sitrep.models import Article
from sitrep.read import read_paths
from sitrep.similarity import Features, block_similarities, document_features
from sitrep.stories import MIN_CHANCE, as_document, cluster, group_stories, pair_evidence, same_event_chance

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ecbplus-train-dev.jsonl"


def b_cubed_f(gold: dict[str, str], predicted: dict[str, object], ids: Sequence[str]) -> dict[str, float]:
    """B-cubed of `predicted` against `gold` (document id → group) over `ids`."""
    gold_groups: dict[str, set[str]] = defaultdict(set)
    predicted_groups: dict[object, set[str]] = defaultdict(set)
    for i in ids:
        gold_groups[gold[i]].add(i)
        predicted_groups[predicted[i]].add(i)
    return b_cubed({i: gold_groups[gold[i]] for i in ids}, {i: predicted_groups[predicted[i]] for i in ids})


def overall(records: list[dict], predicted: dict[str, object]) -> None:
    gold = {r["id"]: r["subtopic"] for r in records}
    for name in ("all", "train", "dev"):
        ids = [r["id"] for r in records if name in ("all", r["split"])]
        score = b_cubed_f(gold, predicted, ids)
        print(f"{name:<6} P {score['precision']:.3f}  R {score['recall']:.3f}  F1 {score['f1']:.3f}   "
              f"stories {len({predicted[i] for i in ids})} (true {len({gold[i] for i in ids})})")  # fmt: skip


def per_topic(records: list[dict], predicted: dict[str, object]) -> None:
    gold = {r["id"]: r["subtopic"] for r in records}
    topics: dict[int, list[dict]] = defaultdict(list)
    for r in records:
        topics[r["topic"]].append(r)
    print("\ntopic split  docs  F1     stories (true)  documents of other topics in its stories")
    for topic, members in sorted(topics.items()):
        ids = [r["id"] for r in members]
        own = {predicted[i] for i in ids}
        strangers = sum(1 for r in records if r["topic"] != topic and predicted[r["id"]] in own)
        print(f"{topic:>5} {members[0]['split']:<5} {len(ids):>5}  {b_cubed_f(gold, predicted, ids)['f1']:.3f}"
              f"  {len(own):>7} ({len({gold[i] for i in ids})})      {strangers}")  # fmt: skip


def sweep(records: list[dict], features: list[Features]) -> None:
    gold = {r["id"]: r["subtopic"] for r in records}
    chance = same_event_chance(features)
    print("\nMIN_CHANCE  all    train  dev    stories")
    for min_chance in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        labels = dict(zip(gold, cluster(chance, min_chance)))
        scores = [b_cubed_f(gold, labels, [r["id"] for r in records if name in ("all", r["split"])])["f1"]
                  for name in ("all", "train", "dev")]  # fmt: skip
        print(f"{min_chance:>10.2f}  " + "  ".join(f"{s:.3f}" for s in scores) + f"  {len(set(labels.values()))}")


def sparse(records: list[dict], features: list[Features]) -> None:
    """F1 on batches holding only a few documents of each sub-topic, per split."""
    gold = {r["id"]: r["subtopic"] for r in records}
    print("\nper sub-topic  train  dev    (mean of 3 draws; each split's topics clustered together)")
    for per in (1, 2, 3, 5):
        line = []
        for split in ("train", "dev"):
            scores = []
            for seed in range(3):
                chosen = _draw(records, split, per, random.Random(seed))
                labels = cluster(same_event_chance([features[i] for i in chosen]))
                ids = [records[i]["id"] for i in chosen]
                scores.append(b_cubed_f(gold, dict(zip(ids, labels)), ids)["f1"])
            line.append(f"{np.mean(scores):.3f}")
        print(f"{per:>13}  " + "  ".join(line))


def _draw(records: list[dict], split: str, per: int, rng: random.Random) -> list[int]:
    by_subtopic: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r["split"] == split:
            by_subtopic[r["subtopic"]].append(i)
    return sorted(i for members in by_subtopic.values() for i in rng.sample(members, min(per, len(members))))


def fit(records: list[dict], features: list[Features]) -> None:
    from sklearn.linear_model import LogisticRegression

    train = [i for i, r in enumerate(records) if r["split"] == "train"]
    chosen = [features[i] for i in train]
    evidence = pair_evidence(chosen, block_similarities(chosen))
    upper = np.triu_indices(len(train), 1)
    subtopic = np.array([records[i]["subtopic"] for i in train])
    topic = np.array([records[i]["topic"] for i in train])
    x = np.stack([value[upper] for value in evidence.values()], axis=-1)
    y = (subtopic[:, None] == subtopic[None, :])[upper]
    weight = np.where((topic[:, None] == topic[None, :])[upper], 1.0, 0.05)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y, sample_weight=weight)
    print("\npair weights fitted on the train topics:")
    for name, value in zip(evidence, model.coef_[0]):
        print(f"  {name:<22} {value:.2f}")
    print(f"  {'intercept':<22} {model.intercept_[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sweep", action="store_true", help="F1 at other MIN_CHANCE values")
    parser.add_argument("--sparse", action="store_true", help="F1 with only a few documents per sub-topic")
    parser.add_argument("--fit", action="store_true", help="refit the pair weights on the train topics")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    articles = [a for a in read_paths([args.path]) if isinstance(a, Article)]
    if [a.id for a in articles] != [r["id"] for r in records]:
        raise SystemExit(f"{args.path}: not every line was read as an article")

    started = time.perf_counter()
    stories = group_stories(articles)
    elapsed = time.perf_counter() - started
    print(f"ECB+ train+dev: {len(articles)} documents of {len({r['topic'] for r in records})} topics, "
          f"clustered together in {elapsed:.1f} s (MIN_CHANCE {MIN_CHANCE})\n")  # fmt: skip
    predicted = {a.id: s for a, s in zip(articles, stories)}
    overall(records, predicted)
    per_topic(records, predicted)
    if args.sweep or args.sparse or args.fit:
        documents = [as_document(a) for a in articles]
        features = [document_features(d.text, d.title, d.published) for d in documents]
        if args.sweep:
            sweep(records, features)
        if args.sparse:
            sparse(records, features)
        if args.fit:
            fit(records, features)


if __name__ == "__main__":
    main()
