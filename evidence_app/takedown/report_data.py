"""What the PDF shows of take-down work: the log of every step and the per-location schedule.

Built from the vault by the bundle writer (report/export.py) and carried in ReportContext, so
the PDF code never reads the vault. Empty (and the PDF shows nothing extra) when the case has no
take-down steps.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from evidence_app.errors import EvidenceAppError
from evidence_app.takedown import platforms, store
from evidence_app.takedown.locations import case_locations
from evidence_app.takedown.status import derive, ordered
from evidence_app.vault import Vault
from evidence_app.vault.models import utc_now
from evidence_app.vocab import StepKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LogEntry:
    """One step as the take-down log shows it."""

    at: str
    recorded_at: str
    location_no: int
    kind: str  # sent / response / recheck / lookup
    route: str
    ref: str
    result: str  # outcome, derived status (with reason) or look-up answer
    exhibit: str  # the re-check's capture, as exhibit label and capture id prefix
    operator: str
    note: str = ""


@dataclass(frozen=True)
class ScheduleEntry:
    """One location with its first capture, requests and the status at the last check."""

    no: int
    location_id: str
    url: str
    host: str
    platform: str
    category: str
    first_capture: str  # "TO-001, 2026-11-21 07:57 UTC" or "-"
    requests: tuple[str, ...]
    status: str
    last_check: str  # "2026-12-01 10:00 UTC: removed (http-410), TO-004" or "-"


@dataclass(frozen=True)
class TakedownReport:
    schedule: tuple[ScheduleEntry, ...] = ()
    log: tuple[LogEntry, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.log


def _short(ts: str | None) -> str:
    return f"{ts[:16].replace('T', ' ')} UTC" if ts else "-"


def build(vault: Vault, case_id: str) -> TakedownReport:
    """The take-down part of a case's report (empty when nothing was done)."""
    steps = store.steps(vault, case_id)
    if not steps:
        return TakedownReport()
    try:
        book = platforms.load()
    except EvidenceAppError:
        # A broken data file must not stop an export: platforms then show as unknown.
        log.warning("platforms data file unreadable; the report names no platforms")
        book = platforms.PlatformBook(platforms.default_path(), ())
    now = utc_now()
    locs = case_locations(vault, case_id, book, steps)
    exhibits = {c.id: c.exhibit for c in vault.list_captures(case_id)}
    numbers = {loc.id: i for i, loc in enumerate(locs, 1)}

    def exhibit(capture_id: str | None) -> str:
        if not capture_id:
            return "-"
        return f"{exhibits.get(capture_id, '?')} ({capture_id[:8]})"

    schedule = []
    for loc in locs:
        st = derive(loc, steps, now)
        first = loc.first_capture
        last = st.last_check
        schedule.append(ScheduleEntry(
            no=numbers[loc.id], location_id=loc.id, url=loc.url, host=loc.host,
            platform=loc.platform.name, category=str(loc.category),
            first_capture=(f"{first.exhibit}, {_short(first.captured_at)}" if first
                           else "not captured (added by hand)"),
            requests=tuple(f"{_short(r.at)} via {r.route}" + (f", ref {r.ref}" if r.ref else "")
                           + (f": {', '.join(x.outcome or '' for x in r.responses)}"
                              if r.responses else "") for r in st.requests),
            status=str(st.status) + (" (overdue)" if st.overdue else ""),
            last_check=(f"{_short(last.at)}: {last.status} ({last.details.get('reason', '-')}), "
                        f"{exhibit(last.capture_id)}" if last else "-")))
    entries = []
    for s in ordered(steps):
        if s.location_id not in numbers:
            continue
        if s.kind == StepKind.RECHECK:
            result = f"{s.status} ({s.details.get('reason', '-')}"
            code = s.details.get("http_status")
            result += f", HTTP {code})" if code else ")"
        elif s.kind == StepKind.LOOKUP:
            result = "no answer: look up later" if s.status == "later" else ", ".join(
                e for e in s.details.get("abuse_emails", []) if isinstance(e, str)) or "answered"
        else:
            result = s.outcome or (f"due {_short(s.due_at)}" if s.due_at else "-")
        entries.append(LogEntry(at=s.at, recorded_at=s.recorded_at,
                                location_no=numbers[s.location_id], kind=str(s.kind),
                                route=s.route or "-", ref=s.ref or "-", result=result,
                                exhibit=exhibit(s.capture_id), operator=s.operator,
                                note=str(s.details.get("note") or "")))
    return TakedownReport(tuple(schedule), tuple(entries))
