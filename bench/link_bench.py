"""Linking cost: cluster generated mention profiles and print time, peak memory and B-cubed.

    python bench/link_bench.py                 # 25k, 50k, 100k and 200k mentions
    python bench/link_bench.py --sizes 200000

Incidents are drawn from the aircraft catalogue and the countries of the
gazetteer's data; each is told by one to six reports that disagree the way outlets do (a day
off, only the month, the family or a generic word instead of the model, no place, a few shared
words). By default the corpus covers one year per 5,000 mentions (about 1,700 incidents a year,
more than the world's recorded aircraft losses in most years), so density stays fixed and linking time should
grow linearly; `--years 10` holds the span fixed instead, so blocks grow denser as the corpus
grows. The same `link.cluster` runs in local ingest (through the store) and on Spark.
"""

from __future__ import annotations

import argparse
import datetime
import random
import resource
import time
import tracemalloc
from typing import Any

from sitrep.evaluate import b_cubed
from sitrep.extract.aircraft import catalogue
from sitrep.link import cluster, date_window

COUNTRIES = ["Syria", "Ukraine", "Russia", "Yemen", "Sudan", "Mali", "Libya", "Iraq", "Afghanistan", "Colombia",
             "Nigeria", "Myanmar", "Ethiopia", "Somalia", "Armenia", "Azerbaijan", "Israel", "Lebanon", "Iran",
             "India", "Pakistan", "Turkey", "Venezuela", "Mexico", "Brazil", "Indonesia", "Philippines"]  # fmt: skip
VOCABULARY = [f"w{n}" for n in range(5000)]


def generate(mentions: int, years: float, seed: int = 7) -> tuple[list[dict[str, Any]], dict[str, str]]:
    rng = random.Random(seed)
    models = [(e["model"], e["family"], e["category"]) for e in catalogue()]
    start = datetime.date(2015, 1, 1)
    profiles, truth = [], {}
    incident = 0
    while len(profiles) < mentions:
        incident += 1
        model, family, category = rng.choice(models)
        day = start + datetime.timedelta(days=rng.randrange(max(1, int(365 * years))))
        country = rng.choice(COUNTRIES)
        words = rng.sample(VOCABULARY, 12)
        for report in range(rng.choice([1, 1, 2, 3, 4, 6])):
            article = f"a{len(profiles)}"
            shown_day = day + datetime.timedelta(days=rng.choice([0, 0, 0, 1, -1]))
            precision = rng.choices(["day", "month", None], [0.8, 0.15, 0.05])[0]
            value = {"day": shown_day.isoformat(), "month": shown_day.isoformat()[:7], None: None}[precision]
            lo, hi = date_window(value, precision)
            level = rng.choices(["model", "family", "generic"], [0.6, 0.25, 0.15])[0]
            profile = {
                "mention_id": f"{article}#0", "article_id": article, "role": "main",
                "date": value, "precision": precision, "date_lo": lo, "date_hi": hi,
                "model": model if level == "model" else None,
                "family": family if level != "generic" else None,
                "category": category,
                "country": country if rng.random() < 0.85 else None,
                "admin1": None, "place": None, "operator": None,
                "cause": rng.choice(["shot_down", "crashed", None]), "perpetrator": None, "killed": None,
                "words": sorted(rng.sample(words, 6) + rng.sample(VOCABULARY, 6)),
            }  # fmt: skip
            profiles.append(profile)
            truth[profile["mention_id"]] = f"i{incident}"
    rng.shuffle(profiles)
    return profiles[:mentions], truth


def members(group_of: dict[str, str], items: dict[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for item in items:
        groups.setdefault(group_of[item], set()).add(item)
    return {item: groups[group_of[item]] for item in items}


def run(size: int, years: float | None) -> None:
    span = years or size / 5_000
    profiles, truth = generate(size, span)
    tracemalloc.start()
    began = time.perf_counter()
    assignment = cluster(profiles)
    seconds = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    scores = b_cubed(members(truth, assignment), members(assignment, assignment))
    print(
        f"{size:>8,} mentions over {span:4.1f} years  {seconds:7.1f} s  {size / seconds:8,.0f} mentions/s  "
        f"linking peak {peak / 2**20:7.1f} MiB  process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:7.0f} MiB  "
        f"incidents {len(set(assignment.values())):,} (true {len({truth[i] for i in assignment}):,})  "
        f"B3 P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    parser.add_argument("--years", type=float, help="fixed time span (default: one year per 5,000 mentions)")
    arguments = parser.parse_args()
    for size in arguments.sizes:
        run(size, arguments.years)


if __name__ == "__main__":
    main()
