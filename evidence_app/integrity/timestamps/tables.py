"""The timestamp attempts table (schema migration 4): append-only, like the evidence it stamps.

Kept apart from the code that reads and writes it so that the vault's schema can create it
without importing anything that knows the vault.
"""

from __future__ import annotations

from typing import Any

TABLE = "timestamp_attempts"

_SQL = f"""
CREATE TABLE {TABLE} (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    capture_id TEXT NOT NULL REFERENCES captures(id),
    tsa_url TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'granted', 'failed')),
    recorded_at TEXT NOT NULL,
    digest_input TEXT NOT NULL,
    digest_sha256 TEXT NOT NULL,
    token BLOB,
    chain_pem TEXT,
    tsa_time TEXT,
    serial TEXT,
    clock_skew_s REAL,
    error TEXT
);
CREATE INDEX {TABLE}_capture ON {TABLE}(capture_id, tsa_url, seq)
"""


def migrate(conn: Any) -> None:
    """Schema migration: the attempts table, append-only like the evidence it stamps."""
    for stmt in [s.strip() for s in _SQL.split(";") if s.strip()]:
        conn.execute(stmt)
    for op in ("UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER {TABLE}_no_{op.lower()} BEFORE {op} ON {TABLE} "
                     "BEGIN SELECT RAISE(ABORT, 'evidence-app: sealed evidence is immutable'); END")
