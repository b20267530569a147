"""SQLite storage: one file, WAL mode, schema created and migrated by the code.

Tables: articles, mentions (with their linking profile), mention_keys (the blocks each mention
sits in, see link.index_keys), incidents (the reconciled record as JSON), incident_events
(created, merged_into / absorbed, split_into / split_from, deleted), skipped (inputs that could not be
read, per run), runs, and outlet_lines (which lines an outlet prints under which stories, for
boilerplate learned across articles). Each article lands in one transaction with its mentions and
the incidents they touch, so a crash leaves either all of it or none.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .models import Article, Mention

MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        url TEXT, outlet TEXT, title TEXT,
        published TEXT, published_source TEXT, language TEXT,
        origin TEXT, raw_text TEXT NOT NULL, clean_text TEXT NOT NULL,
        offset_map TEXT NOT NULL, removed_lines TEXT NOT NULL,
        relevant INTEGER NOT NULL DEFAULT 0, note TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        role TEXT NOT NULL,
        incident_id TEXT,
        category TEXT, family TEXT, country TEXT, date_lo TEXT, date_hi TEXT,
        profile TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_incident ON mentions(incident_id);
    CREATE INDEX mentions_block ON mentions(category, date_lo, date_hi);
    CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        status TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE incident_events (
        id INTEGER PRIMARY KEY,
        incident_id TEXT NOT NULL,
        event TEXT NOT NULL,
        other_id TEXT,
        at TEXT NOT NULL
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        summary TEXT
    );
    CREATE TABLE skipped (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(id),
        origin TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL,
        line_key TEXT NOT NULL,
        title_key TEXT NOT NULL,
        PRIMARY KEY (outlet, line_key, title_key)
    );
    """,
    """
    CREATE TABLE mention_keys (
        key TEXT NOT NULL,
        mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE
    );
    CREATE INDEX mention_keys_key ON mention_keys(key);
    CREATE INDEX mention_keys_mention ON mention_keys(mention_id);
    CREATE INDEX incident_events_incident ON incident_events(incident_id);
    """,
]


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class Store:
    """The incident database. Open with Store(path); use as a context manager or call close()."""

    def __init__(self, path: str | Path = "sitrep.db") -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                if number == 2:
                    self._backfill_mention_keys()
                self.db.execute(f"PRAGMA user_version={number}")

    def _backfill_mention_keys(self) -> None:
        from .link import index_keys

        for row in self.db.execute("SELECT id, profile FROM mentions").fetchall():
            self._insert_keys(row["id"], index_keys(json.loads(row["profile"])))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # runs and skips -------------------------------------------------------------------------

    def start_run(self) -> int:
        with self.transaction():
            return self.db.execute("INSERT INTO runs (started_at) VALUES (?)", (now(),)).lastrowid

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?", (now(), json.dumps(summary), run_id)
            )

    def add_skip(self, run_id: int, origin: str, reason: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO skipped (run_id, origin, reason, at) VALUES (?, ?, ?, ?)", (run_id, origin, reason, now())
            )

    def skipped(self, run_id: int | None = None) -> list[dict[str, Any]]:
        query = "SELECT run_id, origin, reason, at FROM skipped"
        rows = self.db.execute(query + (" WHERE run_id = ?" if run_id else "") + " ORDER BY id", (run_id,) if run_id else ())
        return [dict(row) for row in rows]

    # articles -------------------------------------------------------------------------------

    def article_state(self, article_id: str, content_hash: str) -> str:
        """'new', 'same' (already stored), 'changed' (same id, new text) or 'duplicate' (text under another id)."""
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row:
            return "same" if row["content_hash"] == content_hash else "changed"
        other = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return "duplicate" if other else "new"

    def duplicate_of(self, content_hash: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row["id"] if row else None

    def insert_article(self, article: Article, relevant: bool, note: str | None) -> None:
        self.db.execute(
            """INSERT INTO articles (id, content_hash, url, outlet, title, published, published_source, language,
               origin, raw_text, clean_text, offset_map, removed_lines, relevant, note, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id, article.content_hash, article.url, article.outlet, article.title, article.published,
                article.published_source, article.language, article.origin, article.raw_text, article.clean_text,
                json.dumps(article.offset_map), json.dumps(article.removed_lines), int(relevant), note, now(),
            ),
        )  # fmt: skip

    def delete_article(self, article_id: str) -> list[str]:
        """Remove an article and its mentions; returns the incidents that lost mentions."""
        rows = self.db.execute("SELECT DISTINCT incident_id FROM mentions WHERE article_id = ?", (article_id,))
        incidents = [r["incident_id"] for r in rows if r["incident_id"]]
        self.db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return incidents

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def article_meta(self, article_ids: list[str]) -> dict[str, dict[str, Any]]:
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(
            f"SELECT id, url, outlet, title, published FROM articles WHERE id IN ({marks})", article_ids
        )
        return {row["id"]: dict(row) for row in rows}

    def articles(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, url, outlet, title, published, language, relevant, note FROM articles ORDER BY id")
        return [dict(row) for row in rows]

    def count(self, table: str) -> int:
        assert table in ("articles", "mentions", "incidents", "skipped", "runs")
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # outlet boilerplate ---------------------------------------------------------------------

    def add_outlet_lines(self, outlet: str, title_key: str, line_keys: set[str]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO outlet_lines (outlet, line_key, title_key) VALUES (?, ?, ?)",
            [(outlet, key, title_key) for key in line_keys],
        )

    def outlet_repeats(self, outlet: str, min_articles: int = 3) -> set[str]:
        rows = self.db.execute(
            "SELECT line_key FROM outlet_lines WHERE outlet = ? GROUP BY line_key HAVING COUNT(*) >= ?",
            (outlet, min_articles),
        )
        return {row["line_key"] for row in rows}

    # mentions -------------------------------------------------------------------------------

    def insert_mention(self, mention: Mention, profile: dict[str, Any], incident_id: str) -> None:
        from .link import index_keys

        self.db.execute(
            """INSERT INTO mentions (id, article_id, idx, role, incident_id, category, family, country, date_lo,
               date_hi, profile, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                mention.id, mention.article_id, mention.index, mention.role, incident_id, profile.get("category"),
                profile.get("family"), profile.get("country"), profile.get("date_lo"), profile.get("date_hi"),
                json.dumps(profile), json.dumps(mention.to_dict()),
            ),
        )  # fmt: skip
        self._insert_keys(mention.id, index_keys(profile))

    def _insert_keys(self, mention_id: str, keys: set[str]) -> None:
        self.db.executemany("INSERT INTO mention_keys (key, mention_id) VALUES (?, ?)", [(k, mention_id) for k in sorted(keys)])

    def candidate_profiles(self, keys: set[str]) -> list[dict[str, Any]]:
        """Stored mention profiles in any of the blocks `keys` (link.probe_keys), with their incident."""
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"""SELECT incident_id, profile FROM mentions WHERE id IN
                (SELECT mention_id FROM mention_keys WHERE key IN ({marks})) ORDER BY rowid""",
            sorted(keys),
        )
        return [{**json.loads(row["profile"]), "incident_id": row["incident_id"]} for row in rows]

    def incident_profiles(self, incident_id: str) -> list[dict[str, Any]]:
        """Every member's linking profile, in the order the mentions were stored."""
        rows = self.db.execute("SELECT profile FROM mentions WHERE incident_id = ? ORDER BY rowid", (incident_id,))
        return [{**json.loads(row["profile"]), "incident_id": incident_id} for row in rows]

    def incident_age(self, incident_id: str) -> int:
        """Orders incidents by when they were created (or split off): smaller is older."""
        row = self.db.execute(
            "SELECT MAX(id) AS id FROM incident_events WHERE incident_id = ? AND event IN ('created', 'split_from')",
            (incident_id,),
        ).fetchone()
        return row["id"] if row and row["id"] is not None else 0

    def move_mentions(self, mention_ids: list[str], incident_id: str) -> None:
        self.db.executemany("UPDATE mentions SET incident_id = ? WHERE id = ?", [(incident_id, m) for m in mention_ids])

    def merge_incident(self, merged_id: str, survivor_id: str) -> None:
        """Move every mention of `merged_id` to `survivor_id`; the old id points to its successor."""
        self.db.execute("UPDATE mentions SET incident_id = ? WHERE incident_id = ?", (survivor_id, merged_id))
        self.delete_incident(merged_id, successor=survivor_id)
        self.record_event(survivor_id, "absorbed", merged_id)

    def incident_mentions(self, incident_id: str) -> list[Mention]:
        rows = self.db.execute("SELECT data FROM mentions WHERE incident_id = ? ORDER BY id", (incident_id,))
        return [Mention.from_dict(json.loads(row["data"])) for row in rows]

    def incident_article_ids(self, incident_id: str) -> set[str]:
        rows = self.db.execute("SELECT DISTINCT article_id FROM mentions WHERE incident_id = ?", (incident_id,))
        return {row["article_id"] for row in rows}

    # incidents ------------------------------------------------------------------------------

    def incident_exists(self, incident_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM incidents WHERE id = ?", (incident_id,)).fetchone() is not None

    def save_incident(self, incident_id: str, record: dict[str, Any]) -> None:
        stamp = now()
        self.db.execute(
            """INSERT INTO incidents (id, status, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET status = excluded.status, data = excluded.data,
               updated_at = excluded.updated_at""",
            (incident_id, record.get("status"), json.dumps(record), stamp, stamp),
        )

    def delete_incident(self, incident_id: str, successor: str | None = None) -> None:
        self.db.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        self.record_event(incident_id, "deleted" if successor is None else "merged_into", successor)

    def record_event(self, incident_id: str, event: str, other_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO incident_events (incident_id, event, other_id, at) VALUES (?, ?, ?, ?)",
            (incident_id, event, other_id, now()),
        )

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, data FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            return None
        return {"id": row["id"], **json.loads(row["data"])}

    def successor(self, incident_id: str) -> str | None:
        """The live incident a merged-away id now lives on in (following chains of merges), or None."""
        seen = {incident_id}
        current = incident_id
        while not self.incident_exists(current):
            row = self.db.execute(
                "SELECT other_id FROM incident_events WHERE incident_id = ? AND event = 'merged_into' ORDER BY id DESC",
                (current,),
            ).fetchone()
            if row is None or row["other_id"] in seen:
                return None
            current = row["other_id"]
            seen.add(current)
        return None if current == incident_id else current

    def events(self, incident_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT incident_id, event, other_id, at FROM incident_events WHERE incident_id = ? ORDER BY id", (incident_id,)
        )
        return [dict(row) for row in rows]

    def incidents(self, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Every incident's record (or those of `ids`), by date then id."""
        if ids is None:
            rows = self.db.execute("SELECT id, data FROM incidents ORDER BY id").fetchall()
        else:
            wanted = sorted(set(ids))
            rows = [row for i in range(0, len(wanted), 500) for row in self.db.execute(
                f"SELECT id, data FROM incidents WHERE id IN ({','.join('?' * len(wanted[i:i + 500]))})", wanted[i:i + 500])]
        records = [{"id": row["id"], **json.loads(row["data"])} for row in rows]
        return sorted(records, key=lambda r: ((r.get("date") or {}).get("value") or "", r["id"]))

    def incidents_mentioning(
        self, family: str | None, category: str | None, country: str | None, days: tuple[str, str] | None
    ) -> dict[str, int]:
        """For each incident with a mention of this aircraft family or category, in this country, or whose
        date window meets `days` (first, last ISO days) or is unknown: on how many of the three it does."""
        aircraft, params = [], []
        for column, value in (("family", family), ("category", category)):
            if value:
                aircraft.append(f"{column} = ?")
                params.append(value)
        parts = [" OR ".join(aircraft)] if aircraft else []
        if country:
            parts.append("country = ?")
            params.append(country)
        if days:
            parts.append("date_lo IS NULL OR (date_lo <= ? AND date_hi >= ?)")
            params += [days[1], days[0]]
        if not parts:
            return {}
        hits = " + ".join(f"MAX(CASE WHEN {p} THEN 1 ELSE 0 END)" for p in parts)
        sql = f"SELECT incident_id, {hits} FROM mentions WHERE incident_id IS NOT NULL GROUP BY incident_id"
        return {row[0]: row[1] for row in self.db.execute(sql, params) if row[1]}

    # consistency ----------------------------------------------------------------------------

    def unfinished_runs(self) -> list[dict[str, Any]]:
        """Ingest runs that never finished: interrupted (killed, crashed) or still running."""
        rows = self.db.execute("SELECT id, started_at FROM runs WHERE finished_at IS NULL ORDER BY id")
        return [dict(row) for row in rows]

    def check_consistency(self) -> list[str]:
        """What breaks the store's invariants, one line each; empty when the store is consistent."""
        problems = [f"integrity: {row[0]}" for row in self.db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        dangling = Counter((row["table"], row["parent"]) for row in self.db.execute("PRAGMA foreign_key_check"))
        problems += [f"{n} {table} rows point to missing {parent} rows" for (table, parent), n in sorted(dangling.items())]
        return problems + self._mention_problems() + self._incident_problems() + self._article_problems()

    def _mention_problems(self) -> list[str]:
        from .link import index_keys

        problems = []
        keys: dict[str, set[str]] = {}
        for row in self.db.execute("SELECT key, mention_id FROM mention_keys"):
            keys.setdefault(row["mention_id"], set()).add(row["key"])
        texts = {row["id"]: row["clean_text"] for row in self.db.execute("SELECT id, clean_text FROM articles")}
        for row in self.db.execute("SELECT id, article_id, idx, incident_id, profile, data FROM mentions"):
            mention, text = Mention.from_dict(json.loads(row["data"])), texts.get(row["article_id"], "")
            if (mention.id, mention.article_id, mention.index) != (row["id"], row["article_id"], row["idx"]):
                problems.append(f"mention {row['id']}: its id, article and position disagree with its data")
            if not self.incident_exists(row["incident_id"] or ""):
                successor = self.successor(row["incident_id"] or "")
                hint = f" (merged into {successor})" if successor else ""
                problems.append(f"mention {row['id']} belongs to incident {row['incident_id']}, which is not live{hint}")
            if keys.get(row["id"], set()) != index_keys(json.loads(row["profile"])):
                problems.append(f"mention {row['id']}: its mention_keys rows do not match its profile")
            for field, statements in mention.fields.items():
                for evidence in (statement.evidence for statement in statements):
                    if not 0 <= evidence.start <= evidence.end <= len(text) or evidence.text not in text:
                        problems.append(f"mention {row['id']}: {field} evidence is not in its article's clean text")
        return problems

    def _incident_problems(self) -> list[str]:
        problems = []
        for incident_id in [row["id"] for row in self.db.execute("SELECT id FROM incidents ORDER BY id")]:
            members = [row["id"] for row in self.db.execute("SELECT id FROM mentions WHERE incident_id = ? ORDER BY id", (incident_id,))]
            if not members:
                problems.append(f"incident {incident_id} has no mentions")
            elif (self.incident(incident_id) or {}).get("mention_ids") != members:
                problems.append(f"incident {incident_id}: its record was not reconciled over its current mentions")
            if not self.db.execute(
                "SELECT 1 FROM incident_events WHERE incident_id = ? AND event IN ('created', 'split_from')", (incident_id,)
            ).fetchone():
                problems.append(f"incident {incident_id} has no created or split_from event")
        return problems

    def _article_problems(self) -> list[str]:
        rows = self.db.execute(
            """SELECT a.id, a.relevant, COUNT(m.id) AS mentions FROM articles a LEFT JOIN mentions m ON m.article_id = a.id
               GROUP BY a.id HAVING (a.relevant AND COUNT(m.id) = 0) OR (NOT a.relevant AND COUNT(m.id) > 0)"""
        )
        return [
            f"article {row['id']} is stored as {'relevant' if row['relevant'] else 'not relevant'} with {row['mentions']} mentions"
            for row in rows
        ]
