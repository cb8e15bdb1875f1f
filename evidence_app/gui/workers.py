"""Run core jobs (vault, capture, export, verify) off the GUI thread and report by signals.

A Job wraps a plain Python function `fn(ctx)`; `ctx.progress(done, total, message)` and
`ctx.event(obj)` become Qt signals delivered on the GUI thread, `ctx.cancel` is the
threading.Event the core functions accept. Only the GUI thread touches widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from evidence_app.errors import Cancelled, EvidenceAppError

log = logging.getLogger(__name__)


class JobContext:
    """What a job function may use: progress and event reporting, and the cancel flag."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self.cancel = job.cancel_event

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._job._raw_progress.emit(int(done), int(total), message)

    def event(self, obj: object) -> None:
        self._job._raw_event.emit(obj)


class Job(QObject):
    """One unit of background work. Connect to the signals, then `start()`.

    The worker emits private signals; the Job (living on the GUI thread) re-emits them as the
    public ones unless it was abandoned, so a window closed by a lock never hears from old work.
    """

    progress = Signal(int, int, str)
    reported = Signal(object)  # an item-level report (not `event`: that is QObject.event())
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (EvidenceAppError or another)
    cancelled = Signal()
    finished = Signal()
    _raw_progress = Signal(int, int, str)
    _raw_event = Signal(object)
    _raw_outcome = Signal(str, object)
    _raw_finished = Signal()

    def __init__(self, fn: Callable[[JobContext], Any], name: str = "job",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.name = name
        self.cancel_event = threading.Event()
        self.done_event = threading.Event()
        self.abandoned = False
        self._raw_progress.connect(self._deliver_progress)
        self._raw_event.connect(self._deliver_event)
        self._raw_outcome.connect(self._deliver_outcome)
        self._raw_finished.connect(self._deliver_finished)

    def start(self, pool: QThreadPool | None = None) -> Job:
        _RUNNING.add(self)  # keep the Python object alive until the work ends
        self._runner = _Runner(self)  # referenced here too: PySide must not collect it early
        (pool or QThreadPool.globalInstance()).start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; what it reports until then is still delivered."""
        self.cancel_event.set()

    def abandon(self) -> None:
        """Stop the work and deliver nothing more (the windows listening are going away)."""
        self.abandoned = True
        self.cancel_event.set()

    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        if not self.abandoned:
            self.progress.emit(done, total, message)

    def _deliver_event(self, obj: object) -> None:
        if not self.abandoned:
            self.reported.emit(obj)

    def _deliver_outcome(self, kind: str, value: object) -> None:
        if self.abandoned:
            return
        if kind == "ok":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()

    def _deliver_finished(self) -> None:
        # Only now may the Python object go: the queued deliveries above needed it alive.
        _RUNNING.discard(self)
        if not self.abandoned:
            self.finished.emit()

    @property
    def running(self) -> bool:
        return self in _RUNNING and not self.done_event.is_set()

    def _run(self) -> None:
        ctx = JobContext(self)
        try:
            if self.cancel_event.is_set():
                raise Cancelled()
            result = self.fn(ctx)
        except Cancelled:
            self._raw_outcome.emit("cancelled", None)
        except EvidenceAppError as e:
            self._raw_outcome.emit("failed", e)
        except Exception as e:  # noqa: BLE001 - a job must always report back to the window
            # Only the type: messages may hold case content (file names, URLs).
            log.error("job %s failed: %s", self.name, type(e).__name__)
            self._raw_outcome.emit("failed", e)
        else:
            if self.cancel_event.is_set() and result is None:
                self._raw_outcome.emit("cancelled", None)
            else:
                self._raw_outcome.emit("ok", result)
        finally:
            self.done_event.set()
            self._raw_finished.emit()


_RUNNING: set[Job] = set()


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(False)

    def run(self) -> None:
        self.job._run()


def run_job(fn: Callable[[JobContext], Any], *, name: str = "job",
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            pool: QThreadPool | None = None, parent: QObject | None = None) -> Job:
    """Create, wire and start a Job in one call."""
    job = Job(fn, name=name, parent=parent)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_failure is not None:
        job.failed.connect(on_failure)
    if on_progress is not None:
        job.progress.connect(on_progress)
    return job.start(pool)
