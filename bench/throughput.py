"""Articles per second for each stage and end to end, with peak memory; local run and Spark local.

    python bench/generate_corpus.py -n 10000 --loss-share 0.1 -o /tmp/c10k.jsonl
    python bench/throughput.py /tmp/c10k.jsonl                  # stages + end to end on 1 and 2 cores
    python bench/throughput.py /tmp/c10k.jsonl --spark          # and `sitrep spark` in local[1] / local[2]
    python bench/throughput.py /tmp/c10k.jsonl --profile        # and cProfile of the per-article NLP
    python bench/throughput.py /tmp/c100k.jsonl --only e2e      # memory flatness: end to end only

Stages run in this process pinned to one core, models loaded first (load time shown apart):
read, clean (with publication date and language), screen, NLP + extract (spaCy and the extractors,
for the articles the screen lets through), link (`link.cluster` in memory) and store (what ingest
does per processed article: link through the store, reconcile, write). The per-article stage is
also timed with a pool of two processes. End to end runs `sitrep ingest` (and `sitrep spark`) in a
child process pinned to one or two cores; peak RSS is that of the whole process tree (for Spark:
the JVM and its Python workers). Figures are wall-clock rates; on a busy machine the CPU-time rate
(cpu/s) is the steadier one; for Spark it leaves out the Python workers, so it is not printed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(label: str, n: int, fn, rows: list):  # noqa: ANN001, ANN201
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows.append((label, n, wall, cpu))
    return result


def print_rows(title: str, rows: list) -> None:
    print(f"\n{title}")
    print(f"  {'stage':<34}{'items':>8}{'seconds':>10}{'art/s':>10}{'cpu/s':>10}")
    for label, n, wall, cpu in rows:
        print(f"  {label:<34}{n:>8}{wall:>10.2f}{n / wall if wall else 0:>10.1f}{n / cpu if cpu else 0:>10.1f}")


def _process(job):  # noqa: ANN001, ANN202 - pool worker: clean, screen, NLP
    from sitrep.pipeline import process_or_skip

    return process_or_skip(job)


def stages(corpus: Path, profile: bool) -> None:
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        _stages(corpus, profile)
    finally:
        os.sched_setaffinity(0, cores)


def _stages(corpus: Path, profile: bool) -> None:
    from sitrep.clean import clean
    from sitrep.extract.mentions import extract_mentions, reference_date
    from sitrep.gazetteer import get_gazetteer
    from sitrep.link import cluster, profile as link_profile
    from sitrep.models import Article
    from sitrep.nlp import analyze, get_nlp
    from sitrep.pipeline import Processed, detect_language, store_processed, IngestSummary
    from sitrep.read import read_paths
    from sitrep.screen import likely_about_aircraft_loss
    from sitrep.store import Store

    rows: list = []
    timed("load models (once)", 1, lambda: (get_nlp(), get_gazetteer(), detect_language("warm up the language model")), rows)
    articles = timed("read", 0, lambda: [a for a in read_paths([corpus]) if isinstance(a, Article)], rows)
    n = len(articles)
    rows[-1] = ("read", n, *rows[-1][2:])

    def clean_all() -> None:
        for article in articles:
            result = clean(article.raw_text)
            article.clean_text, article.offset_map, article.title = result.text, result.offset_map, article.title or result.headline
            _, published, source = reference_date(article)
            if published and not article.published:
                article.published, article.published_source = published, source
            article.language = detect_language(article.clean_text)

    timed("clean + date + language", n, clean_all, rows)
    passed = timed("screen", n, lambda: [a for a in articles if likely_about_aircraft_loss(a.clean_text, a.title)], rows)
    nlp = lambda: [(a, extract_mentions(a, analyze(a.clean_text))) for a in passed]  # noqa: E731
    if profile:
        profiler = cProfile.Profile()
        extracted = timed(f"NLP + extract ({len(passed)} passed)", n, lambda: profiler.runcall(nlp), rows)
    else:
        extracted = timed(f"NLP + extract ({len(passed)} passed)", n, nlp, rows)
    profiles = timed("link profiles + link.cluster", n, lambda: cluster([link_profile(m, a.clean_text) for a, ms in extracted for m in ms]), rows)
    by_id = {a.id: ms for a, ms in extracted}
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        summary = IngestSummary()
        timed("store (link in store, reconcile, write)", n, lambda: [
            store_processed(Processed(a, by_id.get(a.id, []), None), "new", store, summary) for a in articles
        ], rows)  # fmt: skip
    print_rows(f"stages, one core: {n} articles, {len(passed)} through the screen, "
               f"{sum(len(ms) for _, ms in extracted)} mentions, {len(set(profiles.values()))} incidents", rows)  # fmt: skip
    missed = sum(1 for a in articles[:300] if a not in passed and extract_mentions(a, analyze(a.clean_text)))
    print(f"  screen check: of the first {min(300, n)} articles, {missed} screened out would have yielded a mention")
    if profile:
        print("\nprofile of NLP + extract (cumulative, top 25)")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def per_article_parallel(corpus: Path, workers: int) -> None:
    from sitrep.models import Article
    from sitrep.read import read_paths

    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    with multiprocessing.Pool(workers) as pool:
        pool.map(_process, [(a, frozenset()) for a in articles[: workers * 2]])  # load the models in every worker
        rows: list = []
        timed(f"clean + screen + NLP, pool of {workers}", len(articles), lambda: pool.map(_process, [(a, frozenset()) for a in articles], chunksize=4), rows)
    print_rows(f"per-article stage on {workers} cores", rows)


def end_to_end(argv: list[str], cores: int) -> tuple[float, float, float]:
    """(wall seconds, cpu seconds, peak RSS MiB of the whole process tree) of a command pinned to
    `cores` cores. CPU counts the processes the command waited for (not Spark's Python workers)."""
    script = (
        "import os, resource, subprocess, sys, time, json\n"
        f"os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:{cores}]))\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "if code.returncode: print(code.stderr[-2000:], file=sys.stderr)\n"
        "print(json.dumps([wall, usage.ru_utime + usage.ru_stime]))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(0.5)
    out, err = child.communicate()
    if err.strip():
        print(err, file=sys.stderr)
    wall, cpu = json.loads(out.strip().splitlines()[-1])
    return wall, cpu, peak / 1024


def tree_rss(root: int) -> int:
    """Resident KiB of a process and all its descendants, from /proc."""
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry)] = int(fields.get("PPid", "0"))
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [p for p, parent in parents.items() if parent == pid]
    return total


def count_articles(corpus: Path) -> int:
    with corpus.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def end_to_end_all(corpus: Path, spark: bool, cores: list[int]) -> None:
    n = count_articles(corpus)
    sitrep = shutil.which("sitrep") or "sitrep"
    print(f"\nend to end: {n} articles (wall-clock rate, cpu rate, peak RSS of the whole process tree)")
    runs = [(f"local ingest, {c} core{'s' * (c > 1)}", ["ingest", str(corpus), "--workers", str(c)], c) for c in cores]
    if spark:
        runs += [(f"spark local[{c}]", ["spark", str(corpus), "--master", f"local[{c}]", "--shuffle-partitions", str(c)], c) for c in cores]
    for label, args, cores in runs:
        with tempfile.TemporaryDirectory() as folder:
            extra = ["--db", f"{folder}/bench.db"] if args[0] == "ingest" else ["--out", f"{folder}/out"]
            wall, cpu, rss = end_to_end([sitrep, *args, *extra], cores)
        rate = f"{n / cpu:>9.1f} art/cpu-s" if args[0] == "ingest" else " " * 19
        print(f"  {label:<26}{wall:>9.1f} s{n / wall:>9.1f} art/s{rate}{rss:>9.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL corpus (bench/generate_corpus.py)")
    parser.add_argument("--only", choices=["stages", "e2e"], help="run one part only")
    parser.add_argument("--spark", action="store_true", help="also time `sitrep spark` in local[1] and local[2]")
    parser.add_argument("--profile", action="store_true", help="cProfile the NLP + extract stage")
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2], help="core counts for the end-to-end runs")
    args = parser.parse_args()
    if args.only != "e2e":
        stages(args.corpus, args.profile)
        per_article_parallel(args.corpus, 2)
    if args.only != "stages":
        end_to_end_all(args.corpus, args.spark, args.cores)


if __name__ == "__main__":
    main()
