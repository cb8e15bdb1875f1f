"""An unlocked session: the Vault plus the background jobs working on it.

Locking cancels every job, drops the GUI's references at once, and closes the Vault on a plain
thread once the jobs have stopped, so the window never waits for a capture to wind down.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from evidence_app.gui.settings import Settings
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault

log = logging.getLogger(__name__)

CLOSE_WAIT_S = 120.0
TIMESTAMP_WAIT_S = 5.0


class Session(QObject):
    """Owns the open Vault; widgets run all vault work through `run()`."""

    closed = Signal()  # emitted (on the GUI thread) once the Vault is really closed

    def __init__(self, vault: Vault, settings: Settings, pool: QThreadPool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from evidence_app import after_seal

        self._vault: Vault | None = after_seal.install(vault)
        self.settings = settings
        self.pool = pool or QThreadPool.globalInstance()
        self.jobs: set[Job] = set()
        self.content_warning_accepted = False  # per unlock: asked again after every lock
        self.closer: threading.Thread | None = None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the session is locked")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def run(self, fn: Callable[[Vault, JobContext], Any], *, name: str = "job") -> Job:
        """Run `fn(vault, ctx)` on a worker thread; connect to the returned Job's signals."""
        vault = self.vault
        job = Job(lambda ctx: fn(vault, ctx), name=name)
        self.jobs.add(job)
        job._raw_finished.connect(lambda: self.jobs.discard(job))
        return job

    def lock(self, then: Callable[[], None] | None = None) -> None:
        """Cancel all jobs and close the vault in the background; safe to call twice.

        `then` runs on the closing thread once the jobs have stopped (closing the capture
        browser, say), before the vault closes.
        """
        vault, self._vault = self._vault, None
        if vault is None:
            return
        jobs = list(self.jobs)
        for job in jobs:
            job.abandon()
        self.closer = threading.Thread(target=self._close_when_idle, args=(vault, jobs, then),
                                       name="vault-closer", daemon=True)
        self.closer.start()

    def _close_when_idle(self, vault: Vault, jobs: list[Job],
                         then: Callable[[], None] | None) -> None:
        for job in jobs:
            # Jobs never started (still queued) have nothing to wait for once cancelled.
            if job.running:
                job.done_event.wait(CLOSE_WAIT_S)
        if then is not None:
            try:
                then()
            except Exception as e:  # noqa: BLE001 - closing must never crash the app
                log.error("closing step failed: %s", type(e).__name__)
        try:
            from evidence_app.integrity import timestamps

            timestamps.wait(vault, TIMESTAMP_WAIT_S)  # a token being received is kept
        except Exception as e:  # noqa: BLE001 - closing must never crash the app
            log.error("waiting for timestamps failed: %s", type(e).__name__)
        try:
            vault.close()
        except Exception as e:  # noqa: BLE001 - closing must never crash the app
            log.error("vault close failed: %s", type(e).__name__)
        self.closed.emit()
