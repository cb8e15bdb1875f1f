"""The custody log: append-only, hash-chained events (see integrity.canonical for the rule)."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from evidence_app.integrity.canonical import GENESIS_HASH, canonical_json, details_hash, event_hash
from evidence_app.vault.models import CustodyEvent, Operator, iso_utc, local_offset, utc_now
from evidence_app.vocab import Action

DETAILS_SALT = "_salt"  # key of the per-event random salt in `details` (not for display)

# The actions the log knows (evidence_app.vocab.Action); details carry the rest.
ACTIONS = frozenset(a.value for a in Action)

_COLUMNS = ("seq, id, ts_utc, local_offset, operator, machine, action, case_id, capture_id, "
            "artifact_id, details, details_sha256, prev_hash, hash")


def append_event(conn: Any, operator: Operator, action: str, *, case_id: str | None = None,
                 capture_id: str | None = None, artifact_id: str | None = None,
                 details: dict[str, Any] | None = None, when: datetime | None = None
                 ) -> CustodyEvent:
    """Append one event; the caller holds the write transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action!r}")
    when = when or utc_now()
    row = conn.execute("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    # Round-trip details through JSON so the hashed form is exactly what is stored and re-read.
    clean_details = json.loads(canonical_json(details or {}))
    # A random salt inside the details. A bundle carries other cases' events with their details
    # withheld but their details_sha256 kept (the chain needs it); unsalted, a guess such as
    # {"title": "<a name>", ...} could be confirmed against that hash. Events written before the
    # salt existed stay valid: the chain rule is unchanged.
    clean_details[DETAILS_SALT] = secrets.token_hex(16)
    body: dict[str, Any] = {
        "seq": seq, "id": uuid.uuid4().hex, "ts_utc": iso_utc(when),
        "local_offset": local_offset(when), "operator": operator.name,
        "machine": operator.machine, "action": action, "case_id": case_id,
        "capture_id": capture_id, "artifact_id": artifact_id, "details": clean_details,
        "details_sha256": details_hash(clean_details), "prev_hash": prev,
    }
    body["hash"] = event_hash(body)
    conn.execute(
        f"INSERT INTO custody_events ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (body["seq"], body["id"], body["ts_utc"], body["local_offset"], body["operator"],
         body["machine"], action, case_id, capture_id, artifact_id,
         canonical_json(clean_details).decode("utf-8"), body["details_sha256"], prev,
         body["hash"]),
    )
    return _to_event(body)


def _to_event(d: dict[str, Any]) -> CustodyEvent:
    return CustodyEvent(**d)


def row_to_event(row: tuple[Any, ...]) -> CustodyEvent:
    keys = [c.strip() for c in _COLUMNS.split(",")]
    d = dict(zip(keys, row, strict=True))
    d["details"] = json.loads(d["details"])
    return _to_event(d)


def iter_events(conn: Any, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[CustodyEvent]:
    """Events in chain order, optionally filtered (the filter is ours, never user text)."""
    sql = f"SELECT {_COLUMNS} FROM custody_events {where} ORDER BY seq"
    for row in conn.execute(sql, params).fetchall():
        yield row_to_event(row)
