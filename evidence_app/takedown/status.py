"""A location's current status, derived from its appended steps (never stored or edited).

Order: steps are read in the order they happened (`at`, then the order they were appended).
A re-check that could not reach the page changes nothing. A location that was removed (by a
re-check's proof or a platform's answer) and is then found online again is `reappeared` until
a later removal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evidence_app.takedown.locations import Location
from evidence_app.takedown.platforms import PlatformBook
from evidence_app.takedown.store import Step
from evidence_app.vault.models import parse_utc
from evidence_app.vocab import Outcome, StepKind, TakedownStatus

_OUTCOME_STATUS = {
    Outcome.REMOVED: TakedownStatus.REMOVED, Outcome.REFUSED: TakedownStatus.REFUSED,
    Outcome.ACKNOWLEDGED: TakedownStatus.ACKNOWLEDGED,
    Outcome.INFO_REQUESTED: TakedownStatus.INFO_REQUESTED, Outcome.NONE: TakedownStatus.NO_RESPONSE,
}
# Answers after which the platform is no longer the one who must act.
_CLOSING = frozenset({Outcome.REMOVED, Outcome.REFUSED, Outcome.INFO_REQUESTED})


@dataclass(frozen=True)
class Request:
    """One request for one location: when it was sent, on which route, and the answers."""

    request_id: str
    route: str
    at: str
    ref: str | None
    due_at: str | None
    note: str | None
    responses: tuple[Step, ...] = ()

    def overdue(self, now: datetime) -> bool:
        """Past its due date with no answer that hands the next move back to us."""
        if self.due_at is None or parse_utc(self.due_at) > now:
            return False
        return not any(Outcome(r.outcome) in _CLOSING for r in self.responses if r.outcome)

    def as_dict(self, now: datetime) -> dict[str, Any]:
        return {"request_id": self.request_id, "route": self.route, "sent_at": self.at,
                "ref": self.ref, "due_at": self.due_at, "note": self.note,
                "overdue": self.overdue(now),
                "responses": [{"at": r.at, "outcome": r.outcome, "ref": r.ref,
                               "note": r.details.get("note")} for r in self.responses]}


@dataclass(frozen=True)
class LocationState:
    """A location with its derived status and its history."""

    location: Location
    status: TakedownStatus
    requests: tuple[Request, ...] = ()
    checks: tuple[Step, ...] = ()  # re-checks, oldest first (failed ones included)
    lookups: tuple[Step, ...] = ()
    removed_at: str | None = None  # first proof or answer of removal after the first request
    overdue: bool = False

    @property
    def last_check(self) -> Step | None:
        return self.checks[-1] if self.checks else None

    @property
    def reported(self) -> bool:
        return bool(self.requests)

    def as_dict(self, book: PlatformBook, now: datetime) -> dict[str, Any]:
        d = self.location.as_dict()
        last = self.last_check
        d.update({
            "status": str(self.status), "overdue": self.overdue,
            "requests": [r.as_dict(now) for r in self.requests],
            "routes": [r.id for r in book.routes_for(self.location.platform)],
            "last_check": None if last is None else {
                "at": last.at, "status": last.status, "capture_id": last.capture_id,
                "reason": last.details.get("reason"),
                "http_status": last.details.get("http_status")},
            "removed_at": self.removed_at,
            "lookups": [{"at": s.at, **s.details} for s in self.lookups],
        })
        return d


def ordered(steps: list[Step]) -> list[Step]:
    return sorted(steps, key=lambda s: (s.at, s.seq))


def derive(location: Location, steps: list[Step], now: datetime) -> LocationState:
    """The state of one location from its steps (any order; other locations' steps ignored)."""
    mine = ordered([s for s in steps if s.location_id == location.id])
    status = TakedownStatus.FOUND
    ever_removed = False
    removed_at: str | None = None
    first_sent: str | None = None
    requests: dict[str, dict[str, Any]] = {}
    for s in mine:
        if s.kind == StepKind.SENT:
            first_sent = first_sent or s.at
            requests[s.request_id or s.id] = {"step": s, "responses": []}
            if status != TakedownStatus.REAPPEARED:
                status = TakedownStatus.REPORTED
        elif s.kind == StepKind.RESPONSE and s.outcome:
            key = s.request_id if s.request_id in requests else next(reversed(requests), None)
            if key is not None:
                requests[key]["responses"].append(s)
            outcome = Outcome(s.outcome)
            if outcome == Outcome.REMOVED:
                status, ever_removed = TakedownStatus.REMOVED, True
                removed_at = removed_at or (s.at if first_sent else None)
            elif status != TakedownStatus.REAPPEARED:
                status = _OUTCOME_STATUS[outcome]
        elif s.kind == StepKind.RECHECK:
            found = TakedownStatus(s.status or TakedownStatus.CHECK_FAILED)
            if found == TakedownStatus.CHECK_FAILED:
                continue
            if found == TakedownStatus.REMOVED:
                status, ever_removed = TakedownStatus.REMOVED, True
                removed_at = removed_at or (s.at if first_sent else None)
            else:
                status = TakedownStatus.REAPPEARED if ever_removed else found
    reqs = tuple(Request(request_id=k, route=v["step"].route or "", at=v["step"].at,
                         ref=v["step"].ref, due_at=v["step"].due_at,
                         note=v["step"].details.get("note"), responses=tuple(v["responses"]))
                 for k, v in requests.items())
    overdue = status != TakedownStatus.REMOVED and any(r.overdue(now) for r in reqs)
    return LocationState(location, status, reqs,
                         tuple(s for s in mine if s.kind == StepKind.RECHECK),
                         tuple(s for s in mine if s.kind == StepKind.LOOKUP), removed_at, overdue)


def was_removed(steps: list[Step], location_id: str) -> bool:
    """Whether the location was ever removed (the basis of `reappeared`)."""
    return any((s.kind == StepKind.RECHECK and s.status == TakedownStatus.REMOVED)
               or (s.kind == StepKind.RESPONSE and s.outcome == Outcome.REMOVED)
               for s in steps if s.location_id == location_id)
