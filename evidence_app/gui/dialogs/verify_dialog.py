"""Verify the vault: re-hash every stored item and re-walk the custody chain, with progress."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.messages import error_text, notice_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault.verify import VerifyReport, verify_vault

log = logging.getLogger(__name__)


def run_verify(vault: Any, ctx: JobContext) -> VerifyReport:
    return verify_vault(vault, progress=lambda done, total: ctx.progress(done, total),
                        cancel=ctx.cancel)


class VerifyDialog(QDialog):
    """Starts when shown; the outcome is also recorded as a `verified` custody event."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.report: VerifyReport | None = None
        self._error: BaseException | None = None
        self.intro = plain_label("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.status = plain_label("", self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        self.again_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.again_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.again_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.resize(600, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify vault"))
        self.intro.setText(self.tr(
            "Checks that every stored item still has the fingerprint it was sealed with, and that "
            "the custody log is complete and unaltered."))
        self.again_button.setText(self.tr("Verify again"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> Job | None:
        if self.job is not None:
            return None
        job = self.session.run(run_verify, name="verify")
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self.job = job
        self.report = None
        self._error = None
        self.progress.setValue(0)
        self._render()
        return job.start(self.session.pool)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def _on_done(self, report: VerifyReport) -> None:
        self.report = report
        self.progress.setValue(1000)

    def _on_failed(self, err: BaseException) -> None:
        self._error = err

    def _on_cancelled(self) -> None:
        self._error = None
        self.status.setText(self.tr("Verification cancelled; nothing was recorded."))

    def _on_finished(self) -> None:
        self.job = None
        self._render()

    def _render(self) -> None:
        busy = self.job is not None
        self.again_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.problems.setVisible(False)
        if busy:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("Checking…"))
        elif self._error is not None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(self._error))
        elif self.report is not None:
            r = self.report
            if r.ok:
                self.status.setStyleSheet(OK_STYLE)
                self.status.setText(self.tr(
                    "All good: %1 stored items and %2 custody records check out. The check was "
                    "recorded in the custody log.").replace("%1", str(r.artifacts_checked))
                    .replace("%2", str(r.events_checked)))
            else:
                self.status.setStyleSheet(ERROR_STYLE)
                self.status.setText(self.tr(
                    "Problems found: %1. Do not change anything; keep the vault file as it is "
                    "and contact your support person.").replace("%1", str(len(r.problems))))
                self.problems.setPlainText("\n\n".join(self.problem_text(p) for p in r.problems))
                self.problems.setVisible(True)

    def problem_text(self, problem: Any) -> str:
        """One problem in the interface language, then the record's technical detail."""
        params = {"capture": (problem.capture_id or "?")[:8],
                  "seq": problem.event_seq if problem.event_seq is not None else "?"}
        said = notice_text(f"verify.{problem.kind}", params, problem.detail)
        if said == problem.detail:
            return said
        return said + "\n    " + self.tr("Technical detail: %1").replace("%1", problem.detail)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)
