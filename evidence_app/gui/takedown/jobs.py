"""What the take-down screens run on Session workers (Qt-free functions of the vault)."""

from __future__ import annotations

import dataclasses
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from evidence_app.capture.options import CaptureOptions
from evidence_app.gui.capture_batches import CAPTURE_NICENESS, lower_thread_priority
from evidence_app.gui.workers import JobContext
from evidence_app.takedown import stats
from evidence_app.takedown.locations import Location
from evidence_app.takedown.platforms import PlatformBook
from evidence_app.takedown.status import LocationState
from evidence_app.vault import Vault
from evidence_app.vault.models import utc_now

if TYPE_CHECKING:
    from evidence_app.gui.capture_batches import CaptureBatches

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Listing:
    """A case's locations as derived now (`now` is the time overdue was judged against)."""

    states: list[LocationState]
    now: str
    exhibits: dict[str, str] = dataclasses.field(default_factory=dict)  # capture id -> exhibit


def list_states(vault: Vault, book: PlatformBook, case_ids: list[str] | None) -> Listing:
    now = utc_now()
    exhibits = {c.id: c.exhibit for case_id in case_ids or []
                for c in vault.list_captures(case_id)}
    return Listing(stats.states(vault, book, now, case_ids), now.isoformat(), exhibits)


def latest_check(vault: Vault, book: PlatformBook) -> str | None:
    """When any location of any case was last re-checked (UTC ISO), or None."""
    times = [st.last_check.at for st in stats.states(vault, book, utc_now())
             if st.last_check is not None]
    return max(times) if times else None


def run_recheck(vault: Vault, book: PlatformBook, case_ids: list[str],
                options: CaptureOptions, ctx: JobContext,
                batches: CaptureBatches | None = None) -> list[Any]:
    """Re-check on a thread of lower priority (like a capture), with the app's shared browser.

    Sharing is safe: the browser runs every page on its own event loop, each in a fresh context,
    the way one capture batch already runs pages side by side; recheck leaves a browser it did
    not start open, and a lock closes it only after this job has stopped.
    """
    from evidence_app.takedown.recheck import recheck

    outcome: dict[str, Any] = {}

    def work() -> None:
        lower_thread_priority(CAPTURE_NICENESS)
        try:
            opts = options
            if batches is not None and opts.session is None and not ctx.cancel.is_set():
                opts = dataclasses.replace(options, session=batches.browser(options.browser_path))
            outcome["results"] = recheck(vault, book, case_ids, opts, on_event=ctx.event,
                                         cancel=ctx.cancel)
        except BaseException as e:  # noqa: BLE001 - handed to the job, which reports it
            outcome["error"] = e

    worker = threading.Thread(target=work, name="recheck", daemon=True)
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["results"]  # type: ignore[no-any-return]


def web_locations(states: list[LocationState]) -> list[Location]:
    """The locations a re-check visits, in its order (web addresses only)."""
    return [st.location for st in states
            if st.location.url.lower().startswith(("http://", "https://"))]
