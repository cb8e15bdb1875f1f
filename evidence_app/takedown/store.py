"""Appending and reading take-down records; each append is one transaction with its custody event.

Nothing here updates or deletes: the tables refuse it (triggers), and a location's status is
derived from its records by `evidence_app.takedown.status`.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from evidence_app.vault import Vault
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import Action, StepKind

log = logging.getLogger(__name__)

_STEP_COLS = ("seq, id, case_id, location_id, kind, at, recorded_at, operator, request_id, route, "
              "ref, outcome, status, capture_id, due_at, details")
_STEP_ACTIONS = {StepKind.SENT: Action.TAKEDOWN_SENT,
                 StepKind.RESPONSE: Action.TAKEDOWN_RESPONSE,
                 StepKind.RECHECK: Action.TAKEDOWN_RECHECKED,
                 StepKind.LOOKUP: Action.TAKEDOWN_LOOKUP}


@dataclass(frozen=True)
class AddedLocation:
    """A location the caseworker added by hand (a URL that cannot be captured, a search result)."""

    id: str
    case_id: str
    url: str
    note: str | None
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Step:
    """One appended take-down record (see tables.py for the columns' meaning)."""

    case_id: str
    location_id: str
    kind: StepKind
    at: str
    request_id: str | None = None
    route: str | None = None
    ref: str | None = None
    outcome: str | None = None
    status: str | None = None
    capture_id: str | None = None
    due_at: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    seq: int = 0
    recorded_at: str = ""
    operator: str = ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["kind"] = str(self.kind)
        return d


def add_location(vault: Vault, loc: AddedLocation) -> None:
    """Append a hand-added location and its custody event."""
    with vault.transaction() as conn:
        conn.execute("INSERT INTO takedown_locations (id, case_id, url, note, added_at, added_by) "
                     "VALUES (?,?,?,?,?,?)", (loc.id, loc.case_id, loc.url, loc.note,
                                              loc.added_at, loc.added_by))
        append_event(conn, vault.operator, Action.TAKEDOWN_LOCATION_ADDED, case_id=loc.case_id,
                     details={"location_id": loc.id, "url": loc.url, "note": loc.note})


def added_locations(vault: Vault, case_id: str) -> list[AddedLocation]:
    rows = vault.query("SELECT id, case_id, url, note, added_at, added_by FROM "
                       "takedown_locations WHERE case_id = ? ORDER BY added_at, id", (case_id,))
    return [AddedLocation(*r) for r in rows]


def append_steps(vault: Vault, steps: list[Step], when: datetime | None = None) -> list[Step]:
    """Append steps in one transaction, each with its custody event; returns them as stored."""
    when = when or utc_now()
    stored: list[Step] = []
    with vault.transaction() as conn:
        for s in steps:
            sid = uuid.uuid4().hex
            cur = conn.execute(
                f"INSERT INTO takedown_steps ({_STEP_COLS.split(', ', 1)[1]}) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (sid, s.case_id, s.location_id, str(s.kind), s.at, iso_utc(when),
                 vault.operator.name, s.request_id, s.route, s.ref, s.outcome, s.status,
                 s.capture_id, s.due_at, json.dumps(s.details, ensure_ascii=False,
                                                    sort_keys=True)))
            details: dict[str, Any] = {"step_id": sid, "location_id": s.location_id, "at": s.at,
                       **{k: v for k, v in (("request_id", s.request_id), ("route", s.route),
                                            ("ref", s.ref), ("outcome", s.outcome),
                                            ("status", s.status), ("due_at", s.due_at))
                          if v is not None}}
            if s.kind == StepKind.LOOKUP:
                details["lookup"] = s.details
            append_event(conn, vault.operator, _STEP_ACTIONS[s.kind], case_id=s.case_id,
                         capture_id=s.capture_id, details=details, when=when)
            stored.append(Step(**{**asdict(s), "kind": s.kind, "id": sid,
                                  "seq": int(cur.lastrowid or 0), "recorded_at": iso_utc(when),
                                  "operator": vault.operator.name}))
    return stored


def steps(vault: Vault, case_id: str | None = None) -> list[Step]:
    """Every step of a case (or of the vault), in the order they were appended."""
    where, params = ("WHERE case_id = ?", (case_id,)) if case_id else ("", ())
    rows = vault.query(f"SELECT {_STEP_COLS} FROM takedown_steps {where} "
                       "ORDER BY seq", params)
    out = []
    for r in rows:
        (seq, sid, case, loc, kind, at, recorded, op, req, route, ref, outcome, status, cap, due,
         details) = r
        out.append(Step(case_id=case, location_id=loc, kind=StepKind(kind), at=at,
                        request_id=req, route=route, ref=ref, outcome=outcome, status=status,
                        capture_id=cap, due_at=due, details=json.loads(details), id=sid, seq=seq,
                        recorded_at=recorded, operator=op))
    return out


def record_draft(vault: Vault, case_ids: set[str], details: dict[str, Any]) -> None:
    """A custody event per case for a drafted request (its hash, route, language, locations)."""
    with vault.transaction() as conn:
        for case_id in sorted(case_ids):
            append_event(conn, vault.operator, Action.TAKEDOWN_DRAFTED, case_id=case_id,
                         details=details)
