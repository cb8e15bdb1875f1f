"""Re-check locations: capture each again as a normal sealed web capture and derive its status.

The new capture is evidence of removal (a sealed 404/410 page) or of continued presence. Its
status against the location's first capture:
  (a location added by hand is compared with its first re-check that found it online)
  removed     HTTP 404/410/451, the host name no longer exists, or none of the first capture's
              pictures/videos is on the page any more;
  online      every picture of the first capture is still there (or, without pictures, the page
              source is identical);
  changed     reachable but different (some pictures gone, another error code, a different
              page): a person must look;
  reappeared  online or changed after the location had been removed (loud);
  check-failed  the page could not be reached and its host still exists (nothing changes).
One browser serves every case; progress and cancel work like `capture`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from evidence_app.capture.batch import CaptureEvent, UrlResult, capture_urls
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.options import CaptureOptions
from evidence_app.takedown import rdap, status, store
from evidence_app.takedown.locations import CaptureRef, Location, capture_ref, case_locations
from evidence_app.takedown.platforms import PlatformBook
from evidence_app.vault import Vault
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import StepKind, TakedownStatus

log = logging.getLogger(__name__)

GONE_CODES = frozenset({404, 410, 451})


@dataclass
class RecheckResult:
    """The outcome for one location (status `cancelled` when the batch was cancelled first)."""

    location_id: str
    case_id: str
    url: str
    status: str
    reason: str
    capture_id: str | None = None
    exhibit: str | None = None
    http_status: int | None = None
    error: str | None = None
    was_removed: bool = False

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def classify(first: CaptureRef | None, result: UrlResult, new: CaptureRef | None,
             host_exists: bool | None) -> tuple[TakedownStatus, str]:
    """Status and reason code for one re-capture (before the `reappeared` rule)."""
    if not result.ok or new is None:
        if host_exists is False:
            return TakedownStatus.REMOVED, "host-gone"
        return TakedownStatus.CHECK_FAILED, "unreachable"
    code = result.http_status
    if code in GONE_CODES:
        return TakedownStatus.REMOVED, f"http-{code}"
    if code is None or code >= 400:
        return TakedownStatus.CHANGED, f"http-{code}"
    if first is None:
        return TakedownStatus.ONLINE, "no-first-capture"
    if first.media_sha256:
        present = set(first.media_sha256) & set(new.media_sha256)
        if not present:
            return TakedownStatus.REMOVED, "media-gone"
        if len(present) < len(first.media_sha256):
            return TakedownStatus.CHANGED, "media-partly-gone"
        return TakedownStatus.ONLINE, "media-present"
    if first.dom_sha256 and first.dom_sha256 == new.dom_sha256:
        return TakedownStatus.ONLINE, "page-same"
    return TakedownStatus.CHANGED, "page-differs"


def recheck(vault: Vault, book: PlatformBook, case_ids: list[str],
            options: CaptureOptions | None = None,
            on_event: Callable[[CaptureEvent], None] | None = None,
            cancel: threading.Event | None = None,
            now: Callable[[], datetime] = utc_now) -> list[RecheckResult]:
    """Re-check every web location of these cases with one browser; one result per location."""
    options = options or CaptureOptions()
    cancel = cancel or threading.Event()
    plan: list[tuple[str, list[Location], list[store.Step]]] = []
    for case_id in case_ids:
        steps = store.steps(vault, case_id)
        locs = [loc for loc in case_locations(vault, case_id, book, steps)
                if loc.url.lower().startswith(("http://", "https://"))]
        if locs:
            plan.append((case_id, locs, steps))
    total = sum(len(locs) for _, locs, _ in plan)
    results: list[RecheckResult] = []
    if not total or cancel.is_set():
        return [_cancelled(loc) for _, locs, _ in plan for loc in locs]
    own_session = options.session is None
    session = options.session or BrowserSession(options.browser_path)
    options.session = session
    offset = 0
    try:
        for case_id, locs, steps in plan:
            if cancel.is_set():
                results += [_cancelled(loc) for loc in locs]
                continue
            base = offset

            def shifted(ev: CaptureEvent, base: int = base) -> None:
                if on_event is not None:
                    on_event(CaptureEvent(base + ev.index, ev.url, ev.stage, ev.message,
                                          ev.result))

            captured = capture_urls(vault, case_id, [loc.url for loc in locs], options,
                                    on_event=shifted, cancel=cancel)
            offset += len(locs)
            results += _record(vault, locs, captured, steps, cancel, now())
    finally:
        if own_session:
            options.session = None
            session.close()
    return results


def _cancelled(loc: Location) -> RecheckResult:
    return RecheckResult(loc.id, loc.case_id, loc.url, "cancelled", "cancelled")


def _baseline(vault: Vault, loc: Location, steps: list[store.Step]) -> CaptureRef | None:
    """What a re-capture is compared with: the location's first capture; for a location added
    by hand (never captured), the first re-check that found it online."""
    if loc.first_capture is not None:
        return loc.first_capture
    for s in status.ordered(steps):
        if (s.location_id == loc.id and s.kind == StepKind.RECHECK and s.capture_id
                and s.status in (TakedownStatus.ONLINE, TakedownStatus.CHANGED)):
            return capture_ref(vault.get_capture(s.capture_id))
    return None


def _record(vault: Vault, locs: list[Location], captured: list[UrlResult],
            steps: list[store.Step], cancel: threading.Event,
            when: datetime) -> list[RecheckResult]:
    out: list[RecheckResult] = []
    new_steps: list[store.Step] = []
    dns_answers: bool | None = None
    for loc, res in zip(locs, captured, strict=True):
        if not res.ok and cancel.is_set() and res.capture_id is None:
            out.append(_cancelled(loc))
            continue
        new = capture_ref(vault.get_capture(res.capture_id)) if res.capture_id else None
        host_exists: bool | None = None
        if new is None:
            addresses = rdap.resolve(loc.host)
            host_exists = None if addresses is None else bool(addresses)
            if host_exists is False:
                # "No such name" proves a host gone only where DNS answers for names that
                # exist; offline, every name looks gone, and a false "removed" is worse than none.
                if dns_answers is None:
                    dns_answers = rdap.resolver_answers()
                host_exists = False if dns_answers else None
        found, reason = classify(_baseline(vault, loc, steps), res, new, host_exists)
        removed_before = status.was_removed(steps, loc.id)
        if removed_before and found in (TakedownStatus.ONLINE, TakedownStatus.CHANGED):
            found = TakedownStatus.REAPPEARED
        out.append(RecheckResult(loc.id, loc.case_id, loc.url, str(found), reason,
                                 res.capture_id, res.exhibit, res.http_status,
                                 None if res.ok else res.error, removed_before))
        new_steps.append(store.Step(
            case_id=loc.case_id, location_id=loc.id, kind=StepKind.RECHECK, at=iso_utc(when),
            status=str(found), capture_id=res.capture_id,
            details={"reason": reason, "http_status": res.http_status, "url": loc.url,
                     "error": None if res.ok else res.error,
                     "first_capture_id": loc.first_capture.capture_id if loc.first_capture
                     else None}))
    if new_steps:
        store.append_steps(vault, new_steps, when=when)
    return out
