"""Work the app does by itself after an unlock, on workers: trusted time, leftovers, fingerprints.

- Trusted time: pending tokens are asked for again (`timestamps.resume`), and each answer the
  core records (on its own worker thread) is re-emitted here as a Qt signal on the GUI thread.
- Interrupted exports: their decrypted leftovers are removed (`sweep_interrupted_exports`).
- Fingerprints: pictures sealed before fingerprinting existed get their PDQ hash (`backfill`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from evidence_app.gui.session import Session
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault

log = logging.getLogger(__name__)


def _sweep(vault: Vault, ctx: JobContext) -> int:
    from evidence_app.report.export_journal import sweep_interrupted_exports

    return len(sweep_interrupted_exports(vault))


def _backfill(vault: Vault, ctx: JobContext) -> int:
    from evidence_app.fingerprints import store

    return store.backfill(vault, progress=lambda done, total: ctx.progress(done, total),
                          cancel=ctx.cancel)


def _resume(vault: Vault, ctx: JobContext) -> int:
    from evidence_app.integrity import timestamps

    return timestamps.resume(vault)


def _last_backup(vault: Vault, ctx: JobContext) -> datetime | None:
    from evidence_app.vault.backup import last_backup

    return last_backup(vault)


class SessionServices(QObject):
    """Starts the unlock-time jobs and relays trusted-time answers; one per main window."""

    timestamp_recorded = Signal(str)  # capture id, on the GUI thread
    leftovers_removed = Signal(int)  # interrupted exports cleaned up (only when > 0)
    fingerprints_added = Signal(int)  # pictures fingerprinted by the backfill (only when > 0)
    last_backup_known = Signal(object)  # datetime | None
    _from_worker = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs: dict[str, Job] = {}
        self._from_worker.connect(self._relay)
        if session.is_open:
            from evidence_app.integrity import timestamps

            # Called from the core's request thread: only a queued signal may cross to Qt.
            timestamps.on_outcome(session.vault, self._heard)

    def _heard(self, outcome: object) -> None:
        try:
            self._from_worker.emit(str(getattr(outcome, "capture_id", "")))
        except RuntimeError:  # the window (and this relay) went away with a lock
            pass

    def _relay(self, capture_id: str) -> None:
        if self.session.is_open:
            self.timestamp_recorded.emit(capture_id)

    def start(self) -> dict[str, Job]:
        """Start every unlock-time job (each on its own worker)."""
        if not self.session.is_open:
            return {}
        self._run("resume", _resume)
        self._run("sweep", _sweep).succeeded.connect(
            lambda n: self.leftovers_removed.emit(n) if n else None)
        self._run("backfill", _backfill).succeeded.connect(
            lambda n: self.fingerprints_added.emit(n) if n else None)
        self.check_backup()
        return self.jobs

    def check_backup(self) -> Job | None:
        if not self.session.is_open:
            return None
        job = self._run("last-backup", _last_backup)
        job.succeeded.connect(self.last_backup_known)
        return job

    def _run(self, name: str, fn: object) -> Job:
        job = self.session.run(fn, name=name)  # type: ignore[arg-type]
        job.failed.connect(lambda e: log.warning("%s failed: %s", name, type(e).__name__))
        self.jobs[name] = job
        return job.start(self.session.pool)
