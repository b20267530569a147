"""Load test: `sitrep serve` on loopback under concurrent clients, over a mix of the main endpoints.

    python bench/load_test.py                         # 10,000 incidents scaled from the bundled sample
    python bench/load_test.py --db big.db --clients 50 --requests 5000 --seconds 60

Starts the server in a subprocess on a free port, times one warm-up request per endpoint (the first
builds the incident summaries, the first claim check loads the language model), then runs the
clients until --requests have been sent or --seconds have passed. Prints per endpoint the count,
p50, p99 and max latency and the errors (4xx, 5xx, transport), then the throughput. The exit
status is 1 if any response was a 5xx or any request got no response.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np
from scaled_store import build_store

STATIC = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "web" / "static"
SORTS = ("date", "-date", "country", "-country", "killed", "-killed", "status", "-status")
WORDS = ("helicopter", "drone", "shot down", "crashed", "missile", "pilot", "army", "border")
CLAIMS = (  # templates filled with the store's own families and countries
    "A {family} was shot down over {country} in {year}.",
    "Rebels said they downed a {family} near the border of {country}, killing two crew.",
    "A {family} crashed in {country} after a technical failure in {year}; nobody was hurt.",
)


@dataclass
class Corpus:
    """What the requests pick from, read from the store."""

    incident_ids: list[str]
    article_ids: list[str]
    countries: list[str]
    families: list[str]
    years: list[str]
    static_files: list[str]


def read_corpus(db: str) -> Corpus:
    with sqlite3.connect(db) as con:
        column = lambda sql: [row[0] for row in con.execute(sql) if row[0]]  # noqa: E731
        return Corpus(
            incident_ids=column("SELECT id FROM incidents ORDER BY random() LIMIT 500"),
            article_ids=column("SELECT id FROM articles WHERE relevant = 1"),
            countries=column("SELECT DISTINCT country FROM mentions"),
            families=column("SELECT DISTINCT family FROM mentions"),
            years=column("SELECT DISTINCT substr(date_lo, 1, 4) FROM mentions WHERE date_lo GLOB '[0-9]*'"),
            static_files=[p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.is_file()],
        )


def incidents_params(rng: random.Random, corpus: Corpus) -> dict:
    params = {"sort": rng.choice(SORTS), "page": rng.randint(1, 20), "per_page": rng.choice((10, 50, 100))}
    kind = rng.randrange(5)
    if kind == 1:
        params["country"] = rng.choice(corpus.countries)
    elif kind == 2:
        params["family"] = rng.choice(corpus.families)
    elif kind == 3:
        params["q"] = rng.choice(WORDS)
    elif kind == 4:
        year = rng.choice(corpus.years)
        params.update(start=f"{year}-01-01", end=f"{year}-06-30")
    return params


def claim(rng: random.Random, corpus: Corpus) -> str:
    template = rng.choice(CLAIMS)
    return template.format(family=rng.choice(corpus.families), country=rng.choice(corpus.countries),
                           year=rng.choice(corpus.years))  # fmt: skip


# endpoint label -> (weight, how to make one request: (path, params))
MIX = {
    "/api/incidents": (30, lambda r, c: ("/api/incidents", incidents_params(r, c))),
    "/api/incidents/{id}": (15, lambda r, c: (f"/api/incidents/{r.choice(c.incident_ids)}", {})),
    "/api/stats": (10, lambda r, c: ("/api/stats", {k: v for k, v in incidents_params(r, c).items() if k not in ("sort", "page", "per_page")})),
    "/api/articles": (8, lambda r, c: ("/api/articles", {"q": r.choice(("", *WORDS)), "page": r.randint(1, 3), "per_page": 5})),
    "/api/articles/{id}": (8, lambda r, c: (f"/api/articles/{r.choice(c.article_ids)}", {})),
    "/api/check": (2, lambda r, c: ("/api/check", {"claim": claim(r, c)})),
    "/api/export.csv": (5, lambda r, c: ("/api/export.csv", {"country": r.choice(c.countries)})),
    "/": (11, lambda r, c: ("/", {})),
    "/static/{file}": (11, lambda r, c: (f"/static/{r.choice(c.static_files)}", {})),
}  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "sitrep.cli", "serve", "--db", db, "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL)


def wait_ready(base: str, server: subprocess.Popen, limit_s: float = 120.0) -> float:
    """Seconds until the server answers its first incident page (which builds the summaries)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit_s:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            if httpx.get(f"{base}/api/incidents", params={"per_page": 1}, timeout=limit_s).status_code == 200:
                return time.perf_counter() - start
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {limit_s:g} s")


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    client_errors: int = 0
    server_errors: int = 0
    transport_errors: int = 0


async def run_clients(base: str, corpus: Corpus, clients: int, requests: int, seconds: float, seed: int) -> tuple[dict[str, Tally], float]:
    rng = random.Random(seed)
    labels, weights = list(MIX), [w for w, _ in MIX.values()]
    tallies: dict[str, Tally] = defaultdict(Tally)
    sent = 0
    start = time.perf_counter()
    deadline = start + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal sent
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            label = rng.choices(labels, weights)[0]
            path, params = MIX[label][1](rng, corpus)
            tally = tallies[label]
            began = time.perf_counter()
            try:
                response = await http.get(path, params=params)
            except httpx.TransportError:
                tally.transport_errors += 1
                continue
            tally.latencies.append(time.perf_counter() - began)
            tally.client_errors += 400 <= response.status_code < 500
            tally.server_errors += response.status_code >= 500

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=2 * seconds + 60) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    return tallies, time.perf_counter() - start


def report(tallies: dict[str, Tally], elapsed: float) -> int:
    """Print the table; returns the number of 5xx responses and transport errors."""
    print(f"{'endpoint':<22} {'count':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'4xx':>5} {'5xx':>5} {'transport':>9}")
    total = Tally()
    for label in MIX:
        tally = tallies.get(label, Tally())
        row(label, tally)
        total.latencies += tally.latencies
        total.client_errors += tally.client_errors
        total.server_errors += tally.server_errors
        total.transport_errors += tally.transport_errors
    row("all", total)
    done = len(total.latencies) + total.transport_errors
    print(f"{done} requests in {elapsed:.1f} s: {len(total.latencies) / elapsed:.1f} responses/s")
    return total.server_errors + total.transport_errors


def row(label: str, tally: Tally) -> None:
    count = len(tally.latencies) + tally.transport_errors
    p50, p99, top = (np.percentile(tally.latencies, [50, 99, 100]) * 1000) if tally.latencies else (np.nan,) * 3
    errors = f"{tally.client_errors:>5} {tally.server_errors:>5} {tally.transport_errors:>9}"
    print(f"{label:<22} {count:>6} {p50:>8.0f} {p99:>8.0f} {top:>8.0f} {errors}")


def warm_up(base: str, corpus: Corpus) -> None:
    """One request per endpoint, one after another: the latency of an idle server."""
    rng = random.Random(0)
    for label, (_, make) in MIX.items():
        path, params = make(rng, corpus)
        began = time.perf_counter()
        status = httpx.get(base + path, params=params, timeout=300).status_code
        print(f"  {label:<22} {status} {1000 * (time.perf_counter() - began):8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store to serve as it is (default: one built with --incidents)")
    parser.add_argument("--incidents", type=int, default=10_000, help="size of the built store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000, help="stop after this many requests")
    parser.add_argument("--seconds", type=float, default=60.0, help="stop sending after this long")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = str(Path(folder) / "scaled.db")
            print(f"built a store of {build_store(db, args.incidents)} incidents")
        corpus = read_corpus(db)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            print(f"server ready after {wait_ready(base, server):.1f} s (the first request builds the summaries)")
            print("one request at a time:")
            warm_up(base, corpus)
            print(f"{args.clients} clients, at most {args.requests} requests or {args.seconds:g} s:")
            tallies, elapsed = asyncio.run(
                run_clients(base, corpus, args.clients, args.requests, args.seconds, args.seed)
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    failures = report(tallies, elapsed)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
