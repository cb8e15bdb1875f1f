"""Paste web addresses (one per line) and capture them: a queue with per-address progress."""

from __future__ import annotations

import logging
import os
import sys
import threading
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

from evidence_app.gui import engines
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext

log = logging.getLogger(__name__)

STAGE_PERCENT = {"queued": 0, "starting": 10, "loading": 30, "scrolling": 50, "screenshot": 65,
                 "archiving": 80, "sealing": 90, "done": 100, "failed": 100, "cancelled": 100}
MAX_URLS = 500


def parse_urls(text: str) -> list[str]:
    """One address per line; blank lines and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        url = line.strip()
        if url and url not in seen:
            seen[url] = None
    return list(seen)[:MAX_URLS]


CAPTURE_NICENESS = 10


def run_capture(vault: Any, case_id: str, urls: list[str], options: Any,
                ctx: JobContext) -> list[Any]:
    """Capture on a dedicated thread with a lower CPU priority.

    The browser and its driver are started from that thread and inherit its priority, so when the
    computer is busy the window is served first (it would otherwise stall while pages render).
    """
    batch = engines.load(engines.CAPTURE_MODULE)
    if batch is None:
        raise RuntimeError("capture engine not available")
    outcome: dict[str, Any] = {}

    def work() -> None:
        lower_thread_priority(CAPTURE_NICENESS)
        try:
            outcome["results"] = list(batch.capture_urls(
                vault, case_id, urls, options=options, on_event=ctx.event, cancel=ctx.cancel))
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


class CaptureQueue(QWidget):
    """The capture tab of a case."""

    captured = Signal()  # a capture was sealed: the case's list should refresh
    finished = Signal(list)  # the UrlResults of the batch

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: str | None = None
        self.job: Job | None = None
        self.options: Any = None  # CaptureOptions; tests and benchmarks may inject
        self._rows: list[dict[str, Any]] = []
        self.title = heading(self, 1)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.urls_edit = QPlainTextEdit(self)
        self.urls_edit.setMaximumHeight(120)
        self.start_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.summary = plain_label("", self)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
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
        self.retranslate()

    @property
    def engine_available(self) -> bool:
        return engines.available(engines.CAPTURE_MODULE)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Capture web pages"))
        self.help.setText(self.tr(
            "Paste one web address per line. Each page is opened in a private browser on this "
            "computer, photographed, archived and sealed in the vault with its fingerprints.")
            if self.engine_available else
            self.tr("The capture engine is not available in this installation. You can still "
                    "import files."))
        self.urls_edit.setPlaceholderText("https://example.com/post/123\nhttps://…")
        self.start_button.setText(self.tr("Capture"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.table.setHorizontalHeaderLabels([self.tr("Web address"), self.tr("Progress"),
                                              self.tr("Result")])
        self.start_button.setEnabled(self.engine_available and self.job is None)
        for index in range(len(self._rows)):
            self._render_row(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id

    def _stage_name(self, stage: str) -> str:
        names = {"queued": self.tr("waiting"), "starting": self.tr("starting the browser"),
                 "loading": self.tr("loading the page"), "scrolling": self.tr("scrolling"),
                 "screenshot": self.tr("taking screenshots"), "archiving": self.tr("archiving"),
                 "sealing": self.tr("sealing in the vault"), "done": self.tr("done"),
                 "failed": self.tr("failed"), "cancelled": self.tr("cancelled")}
        return names.get(stage, stage)

    def start(self, urls: list[str] | None = None) -> Job | None:
        if self.job is not None or self.case_id is None or not self.engine_available:
            return None
        urls = parse_urls(self.urls_edit.toPlainText()) if urls is None else urls
        if not urls:
            self.summary.setText(self.tr("Paste at least one web address first."))
            return None
        self._rows = [{"url": u, "stage": "queued", "result": None, "error": None} for u in urls]
        self.table.setRowCount(len(urls))
        for i in range(len(urls)):
            bar = QProgressBar(self.table)
            bar.setRange(0, 100)
            self.table.setCellWidget(i, 1, bar)
            self._render_row(i)
        case_id, options = self.case_id, self.options
        job = self.session.run(lambda v, ctx: run_capture(v, case_id, urls, options, ctx),
                               name="capture")
        job.reported.connect(self._on_event)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self.job = job
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.summary.setText(self.tr("Capturing %n page(s)…", "", len(urls)))
        return job.start(self.session.pool)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling… pages already sealed are kept."))

    def _on_event(self, ev: Any) -> None:
        index = int(getattr(ev, "index", -1))
        if not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        row["stage"] = str(getattr(ev, "stage", ""))
        result = getattr(ev, "result", None)
        if result is not None:
            row["result"] = result
            if getattr(result, "ok", False):
                self.captured.emit()
        self._render_row(index)

    def _render_row(self, index: int) -> None:
        row = self._rows[index]
        self.table.setItem(index, 0, QTableWidgetItem(plain(row["url"], 500)))
        bar = self.table.cellWidget(index, 1)
        if isinstance(bar, QProgressBar):
            bar.setValue(STAGE_PERCENT.get(row["stage"], 0))
            bar.setFormat(self._stage_name(row["stage"]))
        result = row["result"]
        if result is None:
            text = ""
        elif result.ok:
            text = self.tr("Sealed as %1").replace("%1", str(result.exhibit))
            if result.warnings:
                text += " · " + self.tr("%n warning(s)", "", len(result.warnings))
        else:
            text = plain(result.error or self.tr("The page could not be captured."), 500)
        item = QTableWidgetItem(text)
        if result is not None and not result.ok:
            item.setForeground(QColor("#b00020"))
        self.table.setItem(index, 2, item)

    def _on_done(self, results: list[Any]) -> None:
        ok = sum(1 for r in results if r.ok)
        cancelled = self.job is not None and self.job.cancel_event.is_set()
        self.summary.setStyleSheet(MUTED_STYLE if ok == len(results) else ERROR_STYLE)
        if cancelled:
            text = self.tr("Cancelled: %1 of %2 pages were sealed before that; nothing was saved "
                           "for the others.")
        else:
            text = self.tr("%1 of %2 pages captured and sealed.")
        self.summary.setText(text.replace("%1", str(ok)).replace("%2", str(len(results))))
        self.finished.emit(results)

    def _on_failed(self, err: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_text(err))
        self.finished.emit([])

    def _on_cancelled(self) -> None:
        self.summary.setText(self.tr("Cancelled. Pages already sealed are kept."))
        self.finished.emit([r["result"] for r in self._rows if r["result"] is not None])

    def _on_finished(self) -> None:
        self.job = None
        self.start_button.setEnabled(self.engine_available)
        self.cancel_button.setEnabled(False)
        self.captured.emit()
