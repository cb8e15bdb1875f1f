"""The Capture tab of a case: its own address box, and the batches of the app with their case.

The batches themselves live in `CaptureBatches` (one for the app); this widget shows the chosen
case's batches and any other case's batch still waiting or running, each row naming its case.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.options import CaptureOptions
from evidence_app.gui.capture_batches import (
    CANCELLED,
    DONE,
    FAILED,
    INTERRUPTED,
    RUNNING,
    WAITING,
    CaptureBatch,
    CaptureBatches,
    NotAnAddress,
    parse_urls,
)
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text, result_error_text, warning_texts
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job
from evidence_app.vocab import Stage

log = logging.getLogger(__name__)

__all__ = ["CaptureQueue", "parse_urls"]

FAILED_BAR_STYLE = ("QProgressBar { border: 1px solid #b00020; border-radius: 3px; "
                    "text-align: center; color: #b00020; background: #fdecee; }"
                    "QProgressBar::chunk { background: #f3b6bf; }")
COL_CASE, COL_URL, COL_PROGRESS, COL_RESULT = range(4)


class CaptureQueue(QWidget):
    """The capture tab of a case."""

    captured = Signal()  # a capture was sealed into this case: its list should refresh
    finished = Signal(list)  # the UrlResults of a batch of this case that ended

    def __init__(self, session: Session, parent: QWidget | None = None,
                 batches: CaptureBatches | None = None) -> None:
        super().__init__(parent)
        self.session = session
        if batches is None:
            batches = CaptureBatches(self)
            batches.attach(session)
        self.batches = batches
        self.case_id: str | None = None
        self.case_title = ""
        self._shown: list[tuple[CaptureBatch, int]] = []
        self.title = heading(self, 1)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.urls_edit = QPlainTextEdit(self)
        self.urls_edit.setMaximumHeight(120)
        self.start_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.summary = plain_label("", self, selectable=True)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_URL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_PROGRESS, 200)
        from evidence_app.gui.logins import ProfileChooser

        self.profile = ProfileChooser(session, self)  # "Not signed in" or a login profile
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addWidget(self.urls_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self.cancel)
        self.urls_edit.textChanged.connect(self._keep_draft)
        self.batches.changed.connect(self._rebuild)
        self.batches.row_changed.connect(self._on_row_changed)
        self.batches.batch_finished.connect(self._on_batch_finished)
        self.batches.captured.connect(self._on_captured)
        self.retranslate()

    # --- what tests and the window use ----------------------------------------------------

    @property
    def engine_available(self) -> bool:
        return True  # the capture package is part of every installation

    @property
    def options(self) -> CaptureOptions | None:
        return self.batches.options

    @options.setter
    def options(self, value: CaptureOptions | None) -> None:
        self.batches.options = value

    @property
    def batch(self) -> CaptureBatch | None:
        """This case's newest batch."""
        return self.batches.latest_for(self.case_id)

    @property
    def job(self) -> Job | None:
        batch = self.batch
        return batch.job if batch is not None and batch.active else None

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Capture web pages"))
        self.help.setText(self.tr(
            "Paste one web address per line. Each page is opened in a private browser on this "
            "computer, photographed, archived and sealed in the vault with its fingerprints."))
        self.urls_edit.setPlaceholderText("https://example.com/post/123\nhttps://…")
        self.start_button.setText(self.tr("Capture"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Web address"),
                                              self.tr("Progress"), self.tr("Result")])
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _stage_name(self, stage: str) -> str:
        names = {"queued": self.tr("waiting"), "starting": self.tr("starting the browser"),
                 "loading": self.tr("loading the page"), "scrolling": self.tr("scrolling"),
                 "screenshot": self.tr("taking screenshots"), "archiving": self.tr("archiving"),
                 "sealing": self.tr("sealing in the vault"), "done": self.tr("done"),
                 "failed": self.tr("failed"), "cancelled": self.tr("cancelled")}
        return names.get(stage, stage)

    # --- the case -------------------------------------------------------------------------

    def set_case(self, case_id: str | None, title: str = "") -> None:
        """Show another case: its own unstarted addresses, never the previous case's."""
        self.case_id, self.case_title = case_id, title
        self.urls_edit.blockSignals(True)
        self.urls_edit.setPlainText(self.batches.drafts.get(case_id or "", ""))
        self.urls_edit.blockSignals(False)
        self.profile.reload()
        self._rebuild()

    def _keep_draft(self) -> None:
        if self.case_id is None:
            return
        text = self.urls_edit.toPlainText()
        if text.strip():
            self.batches.drafts[self.case_id] = text
        else:
            self.batches.drafts.pop(self.case_id, None)

    # --- starting and cancelling ----------------------------------------------------------

    def start(self, urls: list[str] | None = None) -> Job | None:
        """Queue the addresses for this case; returns the job if the batch started at once."""
        if self.case_id is None or not self.session.is_open:
            return None
        current = self.batch
        if current is not None and current.active:
            return None  # one batch per case at a time: the button is disabled meanwhile
        urls = parse_urls(self.urls_edit.toPlainText()) if urls is None else urls
        if not urls:
            self.summary.setStyleSheet(MUTED_STYLE)
            self.summary.setText(self.tr("Paste at least one web address first."))
            return None
        self.batches.drafts.pop(self.case_id, None)
        self.urls_edit.blockSignals(True)
        self.urls_edit.clear()
        self.urls_edit.blockSignals(False)
        batch = self.batches.start(self.case_id, self.case_title, urls, self.profile.chosen())
        return batch.job

    def cancel(self) -> None:
        batch = self.batch
        if batch is not None and batch.active:
            self.batches.cancel(batch)
            self.cancel_button.setEnabled(False)
            self.summary.setStyleSheet(MUTED_STYLE)
            self.summary.setText(self.tr("Cancelling… pages already sealed are kept."))

    # --- the table ------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._shown = [(b, i) for b in self.batches.visible_in(self.case_id)
                       for i in range(len(b.rows))]
        self.table.setRowCount(len(self._shown))
        # The case column is there to tell cases apart: shown only when another case's batch is.
        self.table.setColumnHidden(COL_CASE, all(b.case_id == self.case_id
                                                 for b, _ in self._shown))
        for table_row in range(len(self._shown)):
            self._render(table_row)
        self._render_summary()

    def _on_row_changed(self, batch: CaptureBatch, index: int) -> None:
        try:
            table_row = self._shown.index((batch, index))
        except ValueError:
            return
        self._render(table_row)

    def _render(self, table_row: int) -> None:
        batch, index = self._shown[table_row]
        row = batch.rows[index]
        case_item = QTableWidgetItem(plain(batch.case_title, 80))
        case_item.setToolTip(plain(batch.case_title, 300))
        if batch.case_id != self.case_id:
            case_item.setForeground(QColor("#8a5a00"))
        self.table.setItem(table_row, COL_CASE, case_item)
        url = plain(row.url, 500)
        url_item = QTableWidgetItem(url)
        url_item.setToolTip(url)
        self.table.setItem(table_row, COL_URL, url_item)
        bar = self.table.cellWidget(table_row, COL_PROGRESS)
        if not isinstance(bar, QProgressBar):
            bar = QProgressBar(self.table)
            bar.setRange(0, 100)
            self.table.setCellWidget(table_row, COL_PROGRESS, bar)
        stage = row.stage
        failed = stage == Stage.FAILED.value or (row.result is not None and not row.result.ok)
        if batch.state == INTERRUPTED and index not in batch.sealed_now() and not failed:
            stage = Stage.CANCELLED.value
        try:
            percent = Stage(stage).percent
        except ValueError:
            percent = 0
        bar.setValue(percent)
        bar.setFormat(self._stage_name(stage))
        bar.setToolTip(self._stage_name(stage))
        bar.setStyleSheet(FAILED_BAR_STYLE if failed else "")
        text, tip = self._result_text(row)
        item = QTableWidgetItem(text)
        item.setToolTip(tip)
        if failed:
            item.setForeground(QColor("#b00020"))
        self.table.setItem(table_row, COL_RESULT, item)
        if failed or len(text) > 60:
            self.table.resizeRowToContents(table_row)  # a long reason wraps, readable in full

    def _result_text(self, row: Any) -> tuple[str, str]:
        result = row.result
        if result is None:
            return "", ""
        if result.ok:
            text = self.tr("Sealed as %1").replace("%1", str(result.exhibit))
            warnings = warning_texts(result)
            if warnings:
                text += " · " + self.tr("%n warning(s)", "", len(warnings))
            return text, "\n".join([text, *warnings])
        if isinstance(result, NotAnAddress):
            message = self.tr("This is not a web address. Paste addresses such as "
                              "https://example.com/page, one per line.")
        else:
            message = plain(result_error_text(result), 1000)
        return message, message

    def _render_summary(self) -> None:
        batch = self.batch
        running = self.batches.running()
        self.start_button.setEnabled(self.session.is_open and self.case_id is not None
                                     and not (batch is not None and batch.active))
        self.cancel_button.setEnabled(batch is not None and batch.active)
        if batch is None:
            if running is not None:
                self.summary.setStyleSheet(MUTED_STYLE)
                self.summary.setText(self.tr("A capture for the case “%1” is running; a new "
                                             "one here starts when it ends.")
                                     .replace("%1", plain(running.case_title, 80)))
            else:
                self.summary.setText("")
            return
        total = len(batch.rows)
        ok = sum(1 for r in batch.rows if r.result is not None and r.result.ok)
        style = MUTED_STYLE
        if batch.state == WAITING:
            text = self.tr("Waiting: the capture for the case “%1” runs first.").replace(
                "%1", plain(running.case_title if running else "", 80))
        elif batch.state == RUNNING:
            text = self.tr("Capturing %n page(s)…", "", total)
            if batch.job is not None and batch.job.cancel_event.is_set():
                text = self.tr("Cancelling… pages already sealed are kept.")
        elif batch.state == FAILED:
            style, text = ERROR_STYLE, error_text(batch.error or RuntimeError())
        elif batch.state in (CANCELLED, INTERRUPTED):
            style = ERROR_STYLE
            text = self.tr("Cancelled: %1 of %2 pages were sealed before that; nothing was saved "
                           "for the others.").replace("%1", str(ok)).replace("%2", str(total))
        else:
            assert batch.state == DONE
            style = MUTED_STYLE if ok == total else ERROR_STYLE
            text = self.tr("%1 of %2 pages captured and sealed.").replace(
                "%1", str(ok)).replace("%2", str(total))
        self.summary.setStyleSheet(style)
        self.summary.setText(text)
        self.summary.setToolTip(text)

    def _on_batch_finished(self, batch: CaptureBatch) -> None:
        self._render_summary()
        if batch.case_id == self.case_id:
            self.finished.emit([r.result for r in batch.rows if r.result is not None])

    def _on_captured(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.captured.emit()
