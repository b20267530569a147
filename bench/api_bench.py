"""API read cost: copy a store, repeat its incidents N times and time the incident queries.

    sitrep ingest samples/articles --db /tmp/sample.db
    python bench/api_bench.py /tmp/sample.db --copies 300     # about 10k incidents from the sample

Every copy of an incident gets a new id and its mentions come along, so each query does the work
it does on a store that size. The first request builds the incident summaries (the server keeps
them until the store changes); exports build the full records of the incidents they hold.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from sitrep.server import create_app


def scaled_copy(source: str, copies: int, target: Path) -> int:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as db:
        src.backup(db)
        incidents = db.execute("SELECT id, status, data, created_at, updated_at FROM incidents").fetchall()
        mentions = db.execute("SELECT * FROM mentions").fetchall()
        columns = [c[1] for c in db.execute("PRAGMA table_info(mentions)")]
        incident_at, id_at = columns.index("incident_id"), columns.index("id")
        for n in range(1, copies):
            db.executemany(
                "INSERT INTO incidents VALUES (?, ?, ?, ?, ?)", [(f"{i[0]}-{n}", *i[1:]) for i in incidents]
            )
            rows = [list(m) for m in mentions]
            for row in rows:
                row[id_at], row[incident_at] = f"{row[id_at]}~{n}", f"{row[incident_at]}-{n}"
            db.executemany(f"INSERT INTO mentions VALUES ({','.join('?' * len(columns))})", rows)
        return db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]


def timed(client: TestClient, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, response.text
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--copies", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        count = scaled_copy(args.db, args.copies, Path(folder) / "scaled.db")
        client = TestClient(create_app(str(Path(folder) / "scaled.db")))
        print(f"{count} incidents")
        print(f"{'first request (builds the summaries)':<45} {timed(client, '/api/incidents?per_page=1'):6.2f} s")
        for url in ("/api/incidents", "/api/incidents?q=helicopter&sort=killed", "/api/stats",
                    "/api/export.csv?country=Syria", "/api/export.csv", "/api/export.parquet"):  # fmt: skip
            print(f"{url:<45} {timed(client, url):6.2f} s")


if __name__ == "__main__":
    main()
