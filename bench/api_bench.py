"""API read cost: scale a store to N incidents and time the incident queries one at a time.

    python bench/api_bench.py                              # 10,000 incidents from the ingested sample
    python bench/api_bench.py /tmp/sample.db --incidents 20000

The first request builds the incident summaries (the server keeps them until the store changes);
exports build the full records of the incidents they hold. `bench/load_test.py` measures the same
store under concurrent clients.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from scaled_store import build_store

from sitrep.server import create_app


def timed(client: TestClient, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, response.text
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="a store to scale (default: the bundled sample, ingested)")
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        count = build_store(Path(folder) / "scaled.db", args.incidents, args.db)
        client = TestClient(create_app(str(Path(folder) / "scaled.db")))
        print(f"{count} incidents")
        print(f"{'first request (builds the summaries)':<45} {timed(client, '/api/incidents?per_page=1'):6.2f} s")
        for url in ("/api/incidents", "/api/incidents?q=helicopter&sort=killed", "/api/stats",
                    "/api/export.csv?country=Syria", "/api/export.csv", "/api/export.parquet"):  # fmt: skip
            print(f"{url:<45} {timed(client, url):6.2f} s")


if __name__ == "__main__":
    main()
