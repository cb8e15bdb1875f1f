"""Schema, its version (PRAGMA user_version) and the migrations between versions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5
IMMUTABLE_TABLES = ("cases", "captures", "artifacts", "chunks", "custody_events")

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    ref TEXT UNIQUE,
    exhibit_prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE captures (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('web', 'import')),
    source TEXT NOT NULL,
    note TEXT,
    started_at TEXT NOT NULL,
    sealed_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    machine TEXT NOT NULL,
    meta TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE TABLE artifacts (
    id TEXT PRIMARY KEY,
    capture_id TEXT NOT NULL REFERENCES captures(id),
    ord INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    meta TEXT NOT NULL
);
CREATE INDEX artifacts_capture ON artifacts(capture_id, ord);
CREATE TABLE chunks (
    artifact_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (artifact_id, seq)
);
CREATE TABLE custody_events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    ts_utc TEXT NOT NULL,
    local_offset TEXT NOT NULL,
    operator TEXT NOT NULL,
    machine TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id TEXT,
    capture_id TEXT,
    artifact_id TEXT,
    details TEXT NOT NULL,
    details_sha256 TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX custody_case ON custody_events(case_id);
CREATE INDEX custody_capture ON custody_events(capture_id);
"""


# chunks.artifact_id has no REFERENCES clause on purpose: a foreign-key lookup per 1 MiB chunk
# cost about 40 % of import throughput. The writer inserts chunks and their artifact in one
# transaction, and verify reports any chunk that belongs to no artifact (orphan_chunks).


def _immutability_triggers() -> list[str]:
    # The database itself refuses to change sealed evidence, whatever code talks to it.
    parts = []
    for table in IMMUTABLE_TABLES:
        for op in ("UPDATE", "DELETE"):
            parts.append(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'evidence-app: sealed evidence is immutable'); END;"
            )
    return parts


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _migrate_to_1(conn: Any) -> None:
    # One statement at a time: executescript() would commit the caller's transaction.
    for stmt in _statements(_V1) + _immutability_triggers():
        conn.execute(stmt)


def _migrate_to_2(conn: Any) -> None:
    # Picture fingerprints and watch lists (evidence_app.fingerprints.tables).
    from evidence_app.fingerprints.tables import migrate

    migrate(conn)


def _migrate_to_3(conn: Any) -> None:
    # Take-down locations and steps (evidence_app.takedown.tables), append-only.
    from evidence_app.takedown.tables import migrate

    migrate(conn)


def _migrate_to_4(conn: Any) -> None:
    # Trusted timestamps: the append-only table of RFC 3161 attempts (integrity.timestamps.store).
    from evidence_app.integrity.timestamps.tables import migrate

    migrate(conn)


# Version 5: login profiles (evidence_app.vault.logins). Not in IMMUTABLE_TABLES: profiles are
# credentials and must be deletable. `state` is Playwright's storage state as JSON (encrypted
# with the rest of the vault).
_V5 = """
CREATE TABLE login_profiles (
    name TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    site_url TEXT NOT NULL,
    hosts TEXT NOT NULL,
    mode TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    state TEXT NOT NULL
)
"""


def _migrate_to_5(conn: Any) -> None:
    conn.execute(_V5.strip())


# Index i migrates from version i to i + 1. Each runs inside the caller's transaction.
MIGRATIONS: list[Callable[[Any], None]] = [_migrate_to_1, _migrate_to_2, _migrate_to_3,
                                           _migrate_to_4, _migrate_to_5]
assert len(MIGRATIONS) == SCHEMA_VERSION
