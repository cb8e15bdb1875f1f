"""The re-check part of the take-down tab: "Check all now" with per-location progress and
Cancel, and the optional daily check (only while the vault is unlocked and the tab exists).

A mixin of TakedownTab (its strings keep the "TakedownTab" context of the translations).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from evidence_app.capture.options import CaptureOptions
from evidence_app.gui.messages import error_text
from evidence_app.gui.takedown import jobs
from evidence_app.gui.takedown.labels import status_text
from evidence_app.gui.workers import Job
from evidence_app.vocab import Stage, TakedownStatus

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QCheckBox, QProgressBar, QWidget

    from evidence_app.gui.capture_batches import CaptureBatches
    from evidence_app.gui.session import Session
    from evidence_app.gui.takedown.table import LocationsTable
    from evidence_app.takedown.platforms import PlatformBook

    class _Base(QWidget):
        """What the mixin uses of TakedownTab (declared here, so the two modules do not import
        each other)."""

        session: Session
        batches: CaptureBatches | None
        book: PlatformBook | None
        case_id: str | None
        options: CaptureOptions | None
        check_job: Job | None
        check_targets: list[str]
        table: LocationsTable
        progress: QProgressBar
        daily: QCheckBox
        timer: QTimer
        settings_changed: Any
        check_finished: Any

        def _say(self, message: Callable[[], str] | None, error: bool = False) -> None: ...
        def reload(self) -> Job | None: ...
        def _update_buttons(self) -> None: ...
        def _on_failed(self, err: BaseException) -> None: ...
else:
    _Base = object

log = logging.getLogger(__name__)

DAILY_TICK_MS = 30 * 60_000  # how often the daily check looks whether a day has passed
DAILY_PERIOD = timedelta(hours=24)


class ChecksMixin(_Base):
    """Re-checks run on a Session worker over the app's shared capture browser."""

    # --- re-check -------------------------------------------------------------------------

    def check_now(self, all_cases: bool = False) -> Job | None:
        """Re-check this case's locations (or every case's, for the daily check)."""
        if self.book is None or self.check_job is not None or not self.session.is_open:
            return None
        if all_cases:
            return self._check_all_cases()
        if self.case_id is None:
            return None
        return self._start_check([self.case_id], jobs.web_locations(self.table.states))

    def _check_all_cases(self) -> Job | None:
        book = self.book
        assert book is not None
        job = self.session.run(lambda v, ctx: (
            [c.id for c in v.list_cases()], jobs.list_states(v, book, None)), name="takedown-plan")

        def go(plan: tuple[list[str], jobs.Listing]) -> None:
            self._start_check(plan[0], jobs.web_locations(plan[1].states))

        job.succeeded.connect(go)
        job.failed.connect(self._on_failed)
        return job.start(self.session.pool)

    def _start_check(self, case_ids: list[str], targets: list[Any]) -> Job | None:
        book = self.book
        if book is None or self.check_job is not None or not targets or not self.session.is_open:
            return None
        options = self.options or (self.batches.options if self.batches else None) \
            or CaptureOptions()
        batches = self.batches
        self.check_targets = [loc.id for loc in targets]
        job = self.session.run(
            lambda v, ctx: jobs.run_recheck(v, book, case_ids, options, ctx, batches),
            name="takedown-recheck")
        job.reported.connect(self._on_check_event)
        job.succeeded.connect(self._on_checked)
        job.failed.connect(self._on_check_failed)
        job.cancelled.connect(lambda: self._on_checked(None))
        job.finished.connect(self._on_check_finished)
        self.check_job = job
        self.progress.setRange(0, len(targets))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        total = len(targets)
        self._say(lambda: QCoreApplication.translate("TakedownTab", "Checking %n location(s)…",
                                                     "", total))
        self._update_buttons()
        return job.start(self.session.pool)

    def _on_check_event(self, ev: Any) -> None:
        index = int(getattr(ev, "index", -1))
        if not 0 <= index < len(self.check_targets):
            return
        stage = str(getattr(ev, "stage", ""))
        self.table.show_progress(self.check_targets[index], self._stage_name(stage))
        if stage in (Stage.DONE, Stage.FAILED, Stage.CANCELLED):
            self.progress.setValue(self.progress.value() + 1)

    def _stage_name(self, stage: str) -> str:
        names = {"queued": QCoreApplication.translate("TakedownTab", "waiting to be checked"),
                 "starting": QCoreApplication.translate("TakedownTab", "starting the browser"),
                 "loading": QCoreApplication.translate("TakedownTab", "loading the page"),
                 "scrolling": QCoreApplication.translate("TakedownTab", "scrolling"),
                 "screenshot": QCoreApplication.translate("TakedownTab", "taking screenshots"),
                 "archiving": QCoreApplication.translate("TakedownTab", "archiving"),
                 "sealing": QCoreApplication.translate("TakedownTab", "sealing in the vault"),
                 "done": QCoreApplication.translate("TakedownTab", "checked"),
                 "failed": QCoreApplication.translate("TakedownTab", "could not be captured"),
                 "cancelled": QCoreApplication.translate("TakedownTab", "cancelled")}
        return "⟳ " + names.get(stage, "…")

    def cancel_check(self) -> None:
        if self.check_job is not None:
            self.check_job.cancel()
            self._say(lambda: QCoreApplication.translate(
                "TakedownTab", "Cancelling: finished checks stay recorded…"))

    def _on_checked(self, results: list[Any] | None) -> None:
        results = results or []
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        cancelled = self.check_job is not None and self.check_job.cancel_event.is_set()

        def text() -> str:
            parts = [f"{status_text(k)}: {n}" for k, n in sorted(counts.items())]
            head = (QCoreApplication.translate("TakedownTab", "Check cancelled.") if cancelled
                    else QCoreApplication.translate("TakedownTab", "Check finished."))
            return " ".join([head, " · ".join(parts)]).strip()

        self._say(text, error=bool(counts.get(TakedownStatus.REAPPEARED)))
        self.check_finished.emit(results)

    def _on_check_failed(self, err: BaseException) -> None:
        self._say(lambda: error_text(err), error=True)
        self.check_finished.emit(None)

    def _on_check_finished(self) -> None:
        self.check_job = None
        self.progress.setVisible(False)
        self._update_buttons()
        self.reload()

    # --- the daily check ------------------------------------------------------------------

    def _daily_toggled(self, on: bool) -> None:
        self.session.settings.takedown_daily_check = on  # type: ignore[attr-defined]
        self.settings_changed.emit()
        if on:
            self.timer.start()
            self.daily_tick()
        else:
            self.timer.stop()

    def daily_tick(self) -> Job | None:
        """If a day has passed since the last re-check of any case, check every case now."""
        if (not self.daily.isChecked() or not self.session.is_open or self.book is None
                or self.check_job is not None):
            return None
        book = self.book
        job = self.session.run(lambda v, ctx: jobs.latest_check(v, book), name="takedown-daily")

        def decide(latest: str | None) -> None:
            now = datetime.now(timezone.utc)
            if latest is None or now - datetime.fromisoformat(
                    latest.replace("Z", "+00:00")) >= DAILY_PERIOD:
                self.check_now(all_cases=True)

        job.succeeded.connect(decide)
        return job.start(self.session.pool)
