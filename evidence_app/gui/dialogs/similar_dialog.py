"""Find similar pictures: the vault's pictures near one picture's PDQ fingerprint, as words.

Never a thumbnail: exhibit, distance, name, web address and capture time are enough to act on,
and a caseworker who wants to see one reveals it in its own capture, which is recorded.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault

log = logging.getLogger(__name__)


def find_similar(vault: Vault, pdq_hex: str, exclude: tuple[str, int], case_id: str | None,
                 ctx: JobContext) -> list[object]:
    from evidence_app.fingerprints import match

    return list(match.find(vault, pdq_hex, case_id=case_id, exclude=exclude))


class SimilarDialog(QDialog):
    """Runs the match on a worker; lists the matches nearest first."""

    def __init__(self, session: Session, artifact_id: str, item: int, pdq_hex: str,
                 case_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = (artifact_id, item, pdq_hex)
        self.case_id = case_id
        self.matches: list[object] | None = None
        self.error: BaseException | None = None
        self.job: Job | None = None
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.all_cases = QCheckBox(self)
        self.status = plain_label("", self)
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.all_cases, self.status, self.table, buttons):
            layout.addWidget(w)
        self.all_cases.toggled.connect(lambda _on: self.start())
        self.resize(900, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Similar pictures"))
        self.intro.setText(self.tr(
            "Pictures in the vault whose fingerprint (PDQ) is near this one's: distance 0 is the "
            "same picture; up to 31 is very likely a copy (resized or re-compressed). Nothing is "
            "shown; open an exhibit to look at it."))
        self.all_cases.setText(self.tr("Search all cases, not only this one"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Exhibit"), self.tr("Distance"), self.tr("Name"), self.tr("Web address"),
            self.tr("Captured (local time)")])
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> Job | None:
        if not self.session.is_open:
            return None
        artifact_id, item, pdq_hex = self.query
        case_id = None if self.all_cases.isChecked() else self.case_id
        job = self.session.run(
            lambda v, ctx: find_similar(v, pdq_hex, (artifact_id, item), case_id, ctx),
            name="similar")
        job.succeeded.connect(self._on_found)
        job.failed.connect(self._on_failed)
        self.job = job
        self.matches, self.error = None, None
        self._render()
        return job.start(self.session.pool)

    def _on_found(self, matches: list[object]) -> None:
        if self.sender() is self.job:
            self.matches, self.job = matches, None
            self._render()

    def _on_failed(self, err: BaseException) -> None:
        if self.sender() is self.job:
            self.error, self.job = err, None
            self._render()

    def _render(self) -> None:
        self.status.setStyleSheet(ERROR_STYLE if self.error else "")
        if self.error is not None:
            self.status.setText(error_text(self.error))
        elif self.matches is None:
            self.status.setText(self.tr("Searching…"))
        else:
            self.status.setText(self.tr("%n similar picture(s) found.", "", len(self.matches)))
        rows = self.matches or []
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            values = [m.exhibit, str(m.distance), plain(m.name, 200),  # type: ignore[attr-defined]
                      plain(m.url or m.page_url, 500),  # type: ignore[attr-defined]
                      local_time(m.captured_at)]  # type: ignore[attr-defined]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
