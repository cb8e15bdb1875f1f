"""The fingerprint tables (schema migration 2): picture hashes beside the sealed artifacts, and
each case's watch list. Both are append-only, like every record in the vault.

`fingerprints` holds one row per hashed picture: `item` 0 is the artifact's own bytes; `item`
n > 0 is the n-th picture of a hash list (a capture into an under-18 case keeps hashes, not
pictures). A picture that could not be hashed has a row too, with `refused` saying why, so the
backfill does not try it again. `watch_entries` rows are pictures a case watches for (only their
hashes: the picture itself is evidence only when imported with --keep).
"""

from __future__ import annotations

from typing import Any

TABLES = ("fingerprints", "watch_entries")

_SQL = """
CREATE TABLE fingerprints (
    seq INTEGER PRIMARY KEY,
    artifact_id TEXT NOT NULL,
    item INTEGER NOT NULL,
    capture_id TEXT NOT NULL REFERENCES captures(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    sha256 TEXT NOT NULL,
    pdq TEXT,
    quality INTEGER,
    algorithm TEXT NOT NULL,
    version TEXT NOT NULL,
    refused TEXT,
    computed_at TEXT NOT NULL,
    UNIQUE (artifact_id, item, algorithm)
);
CREATE INDEX fingerprints_case ON fingerprints(case_id);
CREATE INDEX fingerprints_capture ON fingerprints(capture_id);
CREATE TABLE watch_entries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases(id),
    label TEXT NOT NULL,
    pdq TEXT NOT NULL,
    quality INTEGER NOT NULL,
    sha256 TEXT,
    artifact_id TEXT,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    UNIQUE (case_id, label)
);
CREATE INDEX watch_case ON watch_entries(case_id);
"""


def migrate(conn: Any) -> None:
    """Create the tables and their immutability triggers (inside the caller's transaction)."""
    for stmt in (s.strip() for s in _SQL.split(";")):
        if stmt:
            conn.execute(stmt)
    for table in TABLES:
        for op in ("UPDATE", "DELETE"):
            conn.execute(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'evidence-app: sealed evidence is immutable'); END")
