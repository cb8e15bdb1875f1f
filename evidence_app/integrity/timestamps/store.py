"""The vault's record of timestamp attempts: an append-only table, one row per attempt.

Nothing is updated in place: a capture's timestamp status with one TSA is read from its rows
(any `granted` row wins; otherwise the newest row's status). A `pending` row is written when the
request is queued, and again (with the reason) when a TSA could not be reached.

What is stamped (the digest input) is the canonical JSON (integrity.canonical) of::

    {"capture_id": ..., "chain_head_hash": ..., "chain_head_seq": ...,
     "format": "evidence-app-timestamp/1", "sealing_event_hash": ..., "sealing_event_seq": ...}

where the sealing event is the capture's `captured`/`imported` custody event (its hash covers
every artifact's SHA-256 through `details_sha256`) and the chain head is the newest custody event
when the input was made (at sealing, usually the sealing event itself). The token's message
imprint is SHA-256 over those bytes. Each row stores the input, so anyone can recompute it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from evidence_app.integrity.canonical import canonical_json
from evidence_app.integrity.timestamps.config import tsa_name
from evidence_app.integrity.timestamps.tables import TABLE
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import SEALING_ACTIONS, Word

if TYPE_CHECKING:
    from evidence_app.vault.store import Vault

DIGEST_FORMAT = "evidence-app-timestamp/1"
CLOCK_WARNING_S = 120.0
_COLS = ("seq, id, capture_id, tsa_url, status, recorded_at, digest_input, digest_sha256, token, "
         "chain_pem, tsa_time, serial, clock_skew_s, error")


class Status(Word):
    """Where a capture's timestamp with one TSA stands."""

    PENDING = "pending"
    GRANTED = "granted"
    FAILED = "failed"


@dataclass(frozen=True)
class Attempt:
    """One row: a queued, granted, failed or unanswered request to one TSA for one capture."""

    seq: int
    id: str
    capture_id: str
    tsa_url: str
    status: str
    recorded_at: str
    digest_input: str
    digest_sha256: str
    token: bytes | None = None
    chain_pem: str | None = None
    tsa_time: str | None = None
    serial: str | None = None
    clock_skew_s: float | None = None
    error: str | None = None

    @property
    def tsa(self) -> str:
        return tsa_name(self.tsa_url)

    @property
    def message(self) -> bytes:
        """The stamped bytes (canonical JSON of the digest input)."""
        return self.digest_input.encode("utf-8")

    @property
    def clock_warning(self) -> bool:
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > CLOCK_WARNING_S

    def as_dict(self) -> dict[str, Any]:
        """The `show --json` form (contract: tsa, status, time, serial, error)."""
        return {"tsa": self.tsa, "url": self.tsa_url, "status": self.status,
                "time": self.tsa_time, "serial": self.serial, "error": self.error,
                "recorded_at": self.recorded_at, "digest_sha256": self.digest_sha256,
                "clock_skew_s": self.clock_skew_s, "clock_warning": self.clock_warning,
                "token_sha256": hashlib.sha256(self.token).hexdigest() if self.token else None}


def digest_input(capture_id: str, sealing: tuple[int, str], head: tuple[int, str]) -> str:
    """The canonical JSON text that is stamped for a capture (see the module docstring)."""
    doc = {"format": DIGEST_FORMAT, "capture_id": capture_id,
           "sealing_event_seq": sealing[0], "sealing_event_hash": sealing[1],
           "chain_head_seq": head[0], "chain_head_hash": head[1]}
    return canonical_json(doc).decode("utf-8")


def sealing_event(conn: Any, capture_id: str) -> tuple[int, str] | None:
    actions = tuple(str(a) for a in SEALING_ACTIONS)
    row = conn.execute(
        f"SELECT seq, hash FROM custody_events WHERE capture_id = ? AND action IN "
        f"({','.join('?' * len(actions))}) ORDER BY seq LIMIT 1",
        (capture_id, *actions)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def chain_head(conn: Any) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "0" * 64)


def insert(conn: Any, *, capture_id: str, tsa_url: str, status: Status, text: str,
           token: bytes | None = None, chain_pem: str | None = None,
           tsa_time: datetime | None = None, serial: str | None = None,
           clock_skew_s: float | None = None, error: str | None = None) -> Attempt:
    """Append one attempt row; the caller holds the write transaction."""
    row = (uuid.uuid4().hex, capture_id, tsa_url, str(status), iso_utc(utc_now()), text,
           hashlib.sha256(text.encode("utf-8")).hexdigest(), token, chain_pem,
           iso_utc(tsa_time) if tsa_time else None, serial,
           round(clock_skew_s, 3) if clock_skew_s is not None else None,
           error[:500] if error else None)
    cur = conn.execute(f"INSERT INTO {TABLE} ({_COLS.split(', ', 1)[1]}) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
    return Attempt(int(cur.lastrowid), *row)


def rows(conn: Any, capture_id: str | None = None) -> list[Attempt]:
    """Attempts in the order they were written, for one capture or all."""
    where, params = ("WHERE capture_id = ?", (capture_id,)) if capture_id else ("", ())
    out = conn.execute(f"SELECT {_COLS} FROM {TABLE} {where} ORDER BY seq", params).fetchall()
    return [Attempt(*r) for r in out]


def read_rows(vault: Vault, capture_id: str | None = None) -> list[Attempt]:
    """Attempts read through the vault (its lock, no write transaction)."""
    where, params = ("WHERE capture_id = ?", (capture_id,)) if capture_id else ("", ())
    out = vault.query(f"SELECT {_COLS} FROM {TABLE} {where} ORDER BY seq", params)
    return [Attempt(*r) for r in out]


def read_pending(vault: Vault) -> list[Attempt]:
    """The newest row of every (capture, TSA) whose newest row is pending, oldest first.

    Tokens are not read (a vault holds thousands): this runs on every seal.
    """
    cols = _COLS.replace("token,", "NULL,")
    out = vault.query(
        f"SELECT {cols} FROM {TABLE} WHERE seq IN (SELECT max(seq) FROM {TABLE} "
        "GROUP BY capture_id, tsa_url) AND status = 'pending' ORDER BY seq")
    return [Attempt(*r) for r in out]


def current(attempts: list[Attempt]) -> list[Attempt]:
    """The row that says where each (capture, TSA) stands, in first-asked order."""
    latest: dict[tuple[str, str], Attempt] = {}
    for a in attempts:
        key = (a.capture_id, a.tsa_url)
        held = latest.get(key)
        if held is not None and held.status == Status.GRANTED:
            continue
        latest[key] = a
    return list(latest.values())


def digest_doc(attempt: Attempt) -> dict[str, Any]:
    """The digest input as a dict (for checks); {} when it is not JSON."""
    try:
        doc = json.loads(attempt.digest_input)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}
