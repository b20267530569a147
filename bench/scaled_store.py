"""A store of a given size for the API benches: a store's incidents (by default the bundled sample's)
repeated, each copy with new ids and its own mentions, so every query does the work it does on a
store that size. Article pages stay those of the source store.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def scaled_copy(source: str | Path, target: str | Path, incidents: int) -> int:
    """Copy `source` to `target`, repeating its incidents until the copy holds `incidents`; returns the count."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as db:
        src.backup(db)
        originals = db.execute("SELECT id, status, data, created_at, updated_at FROM incidents ORDER BY id").fetchall()
        if not originals:
            raise SystemExit(f"{source} holds no incidents to repeat")
        mentions = db.execute("SELECT * FROM mentions WHERE incident_id IS NOT NULL").fetchall()
        columns = [c[1] for c in db.execute("PRAGMA table_info(mentions)")]
        incident_at, id_at = columns.index("incident_id"), columns.index("id")
        copy = 1
        while (count := db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]) < incidents:
            chosen = originals[: incidents - count]  # the last copy is partial
            kept = {i[0] for i in chosen}
            db.executemany(
                "INSERT INTO incidents VALUES (?, ?, ?, ?, ?)", [(f"{i[0]}-{copy}", *i[1:]) for i in chosen]
            )
            rows = [list(m) for m in mentions if m[incident_at] in kept]
            for row in rows:
                row[id_at], row[incident_at] = f"{row[id_at]}~{copy}", f"{row[incident_at]}-{copy}"
            db.executemany(f"INSERT INTO mentions VALUES ({','.join('?' * len(columns))})", rows)
            copy += 1
        return count


def build_store(target: str | Path, incidents: int = 10_000, source: str | Path | None = None) -> int:
    """A store of `incidents` incidents at `target`, scaled from `source` or from the ingested sample."""
    if source is not None:
        return scaled_copy(source, target, incidents)
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.db"
        with Store(sample) as store:
            ingest([SAMPLES], store)
        return scaled_copy(sample, target, incidents)
