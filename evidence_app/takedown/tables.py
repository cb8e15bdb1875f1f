"""The take-down tables: one vault migration, append-only like the evidence it refers to.

Imported by `evidence_app.vault.schema`, so it imports nothing from the vault.
"""

from __future__ import annotations

from typing import Any

TABLES = ("takedown_locations", "takedown_steps")

# Locations added by hand. Locations found by captures are derived from the captures themselves
# (requested and final URL), never copied, so they cannot drift from the evidence.
# A step is one appended record: a request sent, a response, a re-check, an RDAP look-up.
# `at` is when it happened (a request may be recorded after it was sent), `recorded_at` when it
# was written; `status` is the status a re-check derived when it ran, kept as the record of that
# derivation (the current status is always derived again from all steps).
_SQL = """
CREATE TABLE takedown_locations (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    url TEXT NOT NULL,
    note TEXT,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    UNIQUE (case_id, url)
);
CREATE TABLE takedown_steps (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL REFERENCES cases(id),
    location_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sent', 'response', 'recheck', 'lookup')),
    at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    request_id TEXT,
    route TEXT,
    ref TEXT,
    outcome TEXT,
    status TEXT,
    capture_id TEXT REFERENCES captures(id),
    due_at TEXT,
    details TEXT NOT NULL
);
CREATE INDEX takedown_steps_case ON takedown_steps(case_id, seq);
CREATE INDEX takedown_steps_location ON takedown_steps(location_id, seq)
"""


def _triggers() -> list[str]:
    # The same refusal as the evidence tables (vault.schema._immutability_triggers).
    return [f"CREATE TRIGGER {t}_no_{op.lower()} BEFORE {op} ON {t} "
            f"BEGIN SELECT RAISE(ABORT, 'evidence-app: sealed evidence is immutable'); END"
            for t in TABLES for op in ("UPDATE", "DELETE")]


def migrate(conn: Any) -> None:
    """Create the take-down tables and their triggers (inside the caller's transaction)."""
    for stmt in [s.strip() for s in _SQL.split(";") if s.strip()] + _triggers():
        conn.execute(stmt)
