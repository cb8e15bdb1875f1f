"""Capture batches of the whole app: each belongs to the case it was started in.

One `CaptureBatches` lives as long as the app (it outlives a lock): it runs one batch at a time over
one shared capture browser, keeps each case's unstarted address list apart, and, when a lock
interrupts a batch, remembers what was sealed and what was not so the next unlock can say so.

Locking cancels a running batch rather than letting it finish while locked. Sealing needs the open
vault, and the promise of "locked" (by hand, by the idle timer, by quick exit) is that the vault is
closed and its key gone from memory; a batch that keeps sealing would keep the key for minutes
after the screen said "locked", exactly when the caseworker has walked away. So the batch stops at
once (a page whose seal already began commits whole or not at all), and after the next unlock the
window names what was sealed and puts the unfinished addresses back in that case's address box.
A quick exit keeps nothing: nothing about the batch is written outside the vault.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.options import CaptureOptions
from evidence_app.errors import content_free
from evidence_app.gui.session import Session
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault
from evidence_app.vocab import Stage

if TYPE_CHECKING:  # the capture engine (Playwright, the archive writer) loads on first capture
    from evidence_app.capture import batch as capture_batch

log = logging.getLogger(__name__)

CAPTURE_NICENESS = 10
MAX_URLS = 500

WAITING, RUNNING, DONE, FAILED, CANCELLED, INTERRUPTED = (
    "waiting", "running", "done", "failed", "cancelled", "interrupted")
ACTIVE = (WAITING, RUNNING)


def parse_urls(text: str) -> list[str]:
    """One address per line; blank lines and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        url = line.strip()
        if url and url not in seen:
            seen[url] = None
    return list(seen)[:MAX_URLS]


def looks_like_address(text: str) -> bool:
    """Whether a pasted line could be a web address at all (words, a name, a sentence: no).

    The capture would otherwise try "https://<words>" and report a DNS failure, which tells a
    caseworker nothing about what went wrong.
    """
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return False
    if "://" in text or text.lower().startswith(("mailto:", "file:", "data:", "javascript:")):
        return True  # an address the capture can judge itself (and explain a refusal)
    host = text.split("/", 1)[0].split("?", 1)[0]
    return "." in host.strip(".") or host.split(":", 1)[0].lower() == "localhost"


@dataclass
class NotAnAddress:
    """The result of a pasted line that is not a web address (never sent to the browser)."""

    url: str
    ok: bool = False
    error: str = "This is not a web address."
    error_code: str = "gui.not_an_address"
    warnings: list[str] = field(default_factory=list)


@dataclass
class Row:
    """One address of a batch as the window shows it."""

    url: str
    stage: str = Stage.QUEUED.value
    result: Any = None  # capture.batch.UrlResult once final


@dataclass(eq=False)
class CaptureBatch:
    """Addresses captured into one case, in one job."""

    case_id: str
    case_title: str
    rows: list[Row]
    state: str = WAITING
    targets: list[int] = field(default_factory=list)  # rows sent to the capture, in its order
    job: Job | None = None
    error: BaseException | None = None
    login: str | None = None  # the login profile the pages are captured with (None: signed out)
    # Written by the capture thread as each page is sealed: still true after the job was abandoned
    # by a lock (the window no longer hears its signals).
    sealed: dict[int, str] = field(default_factory=dict)  # index -> exhibit
    _sealed_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def urls(self) -> list[str]:
        return [r.url for r in self.rows]

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def row_of(self, capture_index: int) -> int:
        """The row of the capture's address number `capture_index`, or -1."""
        if 0 <= capture_index < len(self.targets):
            return self.targets[capture_index]
        return -1

    def record_sealed(self, index: int, exhibit: str) -> None:
        with self._sealed_lock:
            self.sealed[index] = exhibit

    def sealed_now(self) -> dict[int, str]:
        with self._sealed_lock:
            return dict(self.sealed)

    def unfinished_urls(self) -> list[str]:
        sealed = self.sealed_now()
        return [r.url for i, r in enumerate(self.rows)
                if i not in sealed and not isinstance(r.result, NotAnAddress)]


@dataclass
class Interruption:
    """What a lock stopped: shown once after the next unlock."""

    case_id: str
    case_title: str
    sealed: list[str]  # exhibit numbers
    unfinished: list[str]  # addresses, back in the case's address box


class CaptureBatches(QObject):
    """The capture queue of every case; owned by the app controller, not by a window."""

    changed = Signal()  # a batch was added, started or ended
    row_changed = Signal(object, int)  # CaptureBatch, row index
    batch_finished = Signal(object)  # CaptureBatch
    captured = Signal(str)  # case id: a capture was sealed into it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.batches: list[CaptureBatch] = []
        self.drafts: dict[str, str] = {}  # case id -> unstarted addresses as typed
        self.options: CaptureOptions | None = None  # tests and benchmarks may inject
        self.session: Session | None = None
        self.interruptions: list[Interruption] = []
        self._browser: BrowserSession | None = None
        self._browser_lock = threading.Lock()

    # --- queries --------------------------------------------------------------------------

    def running(self) -> CaptureBatch | None:
        return next((b for b in self.batches if b.state == RUNNING), None)

    def visible_in(self, case_id: str | None) -> list[CaptureBatch]:
        """This case's batches, and the batches of other cases still waiting or running."""
        return [b for b in self.batches if b.case_id == case_id or b.active]

    def latest_for(self, case_id: str | None) -> CaptureBatch | None:
        return next((b for b in reversed(self.batches) if b.case_id == case_id), None)

    # --- starting and stopping ------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """A new unlock: batches of the previous one are history."""
        self.session = session
        self.batches = [b for b in self.batches if b.active or b.state == INTERRUPTED]
        self.changed.emit()

    def start(self, case_id: str, case_title: str, urls: list[str],
              login: str | None = None) -> CaptureBatch:
        """Queue a batch for the case; it runs when the batch before it has ended."""
        batch = CaptureBatch(case_id, case_title, [Row(u) for u in urls], login=login)
        for i, row in enumerate(batch.rows):
            if looks_like_address(row.url):
                batch.targets.append(i)
            else:
                row.stage, row.result = Stage.FAILED.value, NotAnAddress(row.url)
        self.batches.append(batch)
        self.drafts.pop(case_id, None)
        self._start_next()
        self.changed.emit()
        return batch

    def cancel(self, batch: CaptureBatch) -> None:
        if batch.state == WAITING:
            batch.state = CANCELLED
            for i, row in enumerate(batch.rows):
                row.stage = Stage.CANCELLED.value
                self.row_changed.emit(batch, i)
            self.batch_finished.emit(batch)
            self.changed.emit()
        elif batch.job is not None:
            batch.job.cancel()

    def _start_next(self) -> None:
        if self.running() is not None or self.session is None or not self.session.is_open:
            return
        batch = next((b for b in self.batches if b.state == WAITING), None)
        if batch is None:
            return
        if not batch.targets:  # nothing that could be captured: done at once
            batch.state = DONE
            self.batch_finished.emit(batch)
            self.changed.emit()
            self._start_next()
            return
        urls = [batch.rows[i].url for i in batch.targets]
        case_id, options = batch.case_id, self.options or CaptureOptions()
        job = self.session.run(
            lambda v, ctx: run_capture(v, case_id, urls, with_login(v, options, batch.login), ctx,
                                       batch, self),
            name="capture")
        job.reported.connect(lambda ev: self._on_event(batch, ev))
        job.succeeded.connect(lambda results: self._on_done(batch, results))
        job.failed.connect(lambda err: self._on_failed(batch, err))
        job.cancelled.connect(lambda: self._on_done(batch, None))
        job.finished.connect(lambda: self._on_finished(batch))
        batch.job, batch.state = job, RUNNING
        job.start(self.session.pool)

    def _on_event(self, batch: CaptureBatch, ev: Any) -> None:
        index = batch.row_of(int(getattr(ev, "index", -1)))
        if index < 0:
            return
        row = batch.rows[index]
        row.stage = str(getattr(ev, "stage", ""))
        result = getattr(ev, "result", None)
        if result is not None:
            row.result = result
            if getattr(result, "ok", False):
                self.captured.emit(batch.case_id)
        self.row_changed.emit(batch, index)

    def _on_done(self, batch: CaptureBatch, results: list[Any] | None) -> None:
        cancelled = batch.job is not None and batch.job.cancel_event.is_set()
        for n, r in enumerate(results or []):
            i = batch.row_of(n)
            if i >= 0 and batch.rows[i].result is None:
                batch.rows[i].result = r
        batch.state = CANCELLED if cancelled or results is None else DONE

    def _on_failed(self, batch: CaptureBatch, err: BaseException) -> None:
        batch.state, batch.error = FAILED, err

    def _on_finished(self, batch: CaptureBatch) -> None:
        if batch.state == RUNNING:
            batch.state = DONE
        batch.job = None
        self.batch_finished.emit(batch)
        self.captured.emit(batch.case_id)
        self._start_next()
        self.changed.emit()

    # --- the shared browser ---------------------------------------------------------------

    def browser(self, browser_path: str | None) -> BrowserSession:
        """The capture browser, started on first use (from the capture thread, at its priority)."""
        with self._browser_lock:
            if self._browser is None:
                self._browser = BrowserSession(browser_path)
            return self._browser

    def close_browser(self) -> None:
        """Close the shared browser (call from a plain thread once no capture uses it)."""
        self.detach_browser()()

    def detach_browser(self) -> Callable[[], None]:
        """Let go of the shared browser now; returns the function that closes it.

        Locking detaches at once and closes later (after the capture has stopped), so a batch
        started right after the next unlock starts a fresh browser instead of one being closed.
        """
        with self._browser_lock:
            browser, self._browser = self._browser, None

        def close() -> None:
            if browser is not None:
                try:
                    browser.close()
                except Exception as e:  # noqa: BLE001 - closing must never crash the app
                    log.warning("capture browser did not close: %s", content_free(e))

        return close

    # --- locking --------------------------------------------------------------------------

    def interrupt(self) -> None:
        """The vault is being locked: waiting and running batches stop; remember what they did.

        The session's lock abandons the job (no signal reaches a window any more); the capture
        thread still records each seal into `batch.sealed` until it has stopped, and
        `take_interruptions()` reads that after the next unlock.
        """
        for batch in self.batches:
            if batch.active:
                batch.state = INTERRUPTED
        self.session = None

    def take_interruptions(self) -> list[Interruption]:
        """What locks stopped since the last call; unfinished addresses go back to the drafts."""
        out: list[Interruption] = []
        for batch in self.batches:
            if batch.state != INTERRUPTED:
                continue
            if batch.job is not None and not batch.job.done_event.wait(30):
                log.warning("an interrupted capture has not stopped yet")
            sealed = batch.sealed_now()
            unfinished = batch.unfinished_urls()
            draft = self.drafts.get(batch.case_id, "").strip()
            self.drafts[batch.case_id] = "\n".join(
                [*unfinished, *([draft] if draft else [])])
            out.append(Interruption(batch.case_id, batch.case_title,
                                    [sealed[i] for i in sorted(sealed)], unfinished))
            batch.state, batch.job = CANCELLED, None
        self.batches = [b for b in self.batches if b.state != CANCELLED or b.sealed]
        self.interruptions.extend(out)
        return out

    def forget(self) -> None:
        """Quick exit: drop every address and result held in memory."""
        self.batches.clear()
        self.drafts.clear()
        self.interruptions.clear()
        self.session = None


def with_login(vault: Vault, options: CaptureOptions, login: str | None) -> CaptureOptions:
    """The options with the login profile's session read from the vault (on the worker)."""
    if login is None:
        return options
    from evidence_app.vault.logins import load_state

    return dataclasses.replace(options, login=load_state(vault, login))


def run_capture(vault: Vault, case_id: str, urls: list[str], options: CaptureOptions,
                ctx: JobContext, batch: CaptureBatch | None = None,
                batches: CaptureBatches | None = None) -> list[Any]:
    """Capture on a dedicated thread with a lower CPU priority.

    The browser and its driver are started from that thread and inherit its priority, so when the
    computer is busy the window is served first (it would otherwise stall while pages render).
    """
    outcome: dict[str, Any] = {}

    from evidence_app.capture import batch as capture_batch

    def on_event(ev: capture_batch.CaptureEvent) -> None:
        if batch is not None and ev.result is not None and ev.result.ok and ev.result.exhibit:
            batch.record_sealed(batch.row_of(ev.index), ev.result.exhibit)
        ctx.event(ev)

    def work() -> None:
        lower_thread_priority(CAPTURE_NICENESS)
        try:
            opts = options
            if batches is not None and opts.session is None and not ctx.cancel.is_set():
                opts = dataclasses.replace(options, session=batches.browser(options.browser_path))
            outcome["results"] = capture_batch.capture_urls(
                vault, case_id, urls, options=opts, on_event=on_event, cancel=ctx.cancel)
        except BaseException as e:  # noqa: BLE001 - handed to the job, which reports it
            outcome["error"] = e

    worker = threading.Thread(target=work, name="capture", daemon=True)
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["results"]  # type: ignore[no-any-return]


def lower_thread_priority(niceness: int) -> None:
    """Raise this thread's nice value (Linux/macOS; ordinary users may always lower priority)."""
    if not hasattr(os, "setpriority"):
        return  # Windows: the foreground window already gets a priority boost
    try:
        tid = threading.get_native_id() if sys.platform.startswith("linux") else 0
        current = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, max(current, niceness))
    except OSError as e:
        log.info("could not lower the capture's priority: %s", type(e).__name__)
