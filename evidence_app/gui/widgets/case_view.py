"""A case: its evidence list with details, the capture queue, import by dialog or drop."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui import file_dialogs
from evidence_app.gui.capture_batches import CaptureBatches
from evidence_app.gui.dialogs.import_note import ImportNoteDialog
from evidence_app.gui.formatting import plain
from evidence_app.gui.import_job import ImportOutcome, run_import
from evidence_app.gui.messages import error_text, result_error_text
from evidence_app.gui.session import Session
from evidence_app.gui.takedown.tab import TakedownTab
from evidence_app.gui.widgets.capture_detail import CaptureDetail
from evidence_app.gui.widgets.capture_queue import CaptureQueue
from evidence_app.gui.widgets.captures_table import CapturesTable
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job
from evidence_app.vault import Case

log = logging.getLogger(__name__)


class CaseView(QWidget):
    """Everything about one case. Files dropped anywhere on it are imported."""

    changed = Signal()  # captures were added: the case list's counts should refresh
    export_requested = Signal(object)  # Case

    def __init__(self, session: Session, parent: QWidget | None = None,
                 batches: CaptureBatches | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.import_job: Job | None = None
        self.note_dialog: ImportNoteDialog | None = None
        self.list_job: Job | None = None
        self.setAcceptDrops(True)
        self.title = heading(self, 4)
        self.subtitle = plain_label("", self)
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_bar = QProgressBar(self)
        self.import_bar.setVisible(False)
        self.import_cancel = QPushButton(self)
        self.import_cancel.setVisible(False)
        self.import_status = plain_label("", self)
        self.import_outcome: ImportOutcome | BaseException | None = None
        self.table = CapturesTable(self)
        self.detail = CaptureDetail(session, self)
        self.queue = CaptureQueue(session, self, batches)
        self.takedown = TakedownTab(session, self, self.queue.batches)
        self.tabs = QTabWidget(self)
        # A new case opens on an empty list: say where evidence comes from.
        self.empty_hint = QWidget(self)
        self.empty_text = plain_label("", self.empty_hint)
        self.empty_text.setStyleSheet(MUTED_STYLE)
        self.go_capture_button = QPushButton(self.empty_hint)
        hint_row = QHBoxLayout(self.empty_hint)
        hint_row.setContentsMargins(4, 4, 4, 4)
        hint_row.addWidget(self.empty_text, 1)
        hint_row.addWidget(self.go_capture_button)
        self.empty_hint.setVisible(False)
        evidence = QSplitter(Qt.Orientation.Vertical, self)
        evidence.addWidget(self.table)
        evidence.addWidget(self.detail)
        evidence.setSizes([220, 480])
        evidence_tab = QWidget(self)
        evidence_layout = QVBoxLayout(evidence_tab)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.empty_hint)
        evidence_layout.addWidget(evidence, 1)
        self.tabs.addTab(evidence_tab, "")
        self.tabs.addTab(self.queue, "")
        self.tabs.addTab(self.takedown, "")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.import_button)
        self.browse_button = QPushButton(self)  # "Browse and capture…" (issue 13)
        self.browse_window: QWidget | None = None
        self.browse_button.clicked.connect(self.browse_and_capture)
        self.tabs.setCornerWidget(self.browse_button, Qt.Corner.TopRightCorner)
        head.addWidget(self.export_button)
        progress = QHBoxLayout()
        progress.addWidget(self.import_status, 1)
        progress.addWidget(self.import_bar)
        progress.addWidget(self.import_cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(progress)
        layout.addWidget(self.tabs, 1)
        self.import_button.clicked.connect(self.choose_files)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.case))
        self.import_cancel.clicked.connect(self.cancel_import)
        self.go_capture_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.queue))
        self.table.capture_selected.connect(self.detail.show_capture)
        self.queue.captured.connect(self.reload)
        self.queue.captured.connect(self.takedown.reload)  # captures are locations
        self.takedown.check_finished.connect(lambda _r: self.reload())  # re-checks are captures
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import files…"))
        self.export_button.setText(self.tr("Export for police or court…"))
        self.browse_button.setText(self.tr("Browse and capture…"))
        self.import_cancel.setText(self.tr("Cancel import"))
        self.tabs.setTabText(0, self.tr("Evidence"))
        self.tabs.setTabText(1, self.tr("Capture web pages"))
        self.tabs.setTabText(self.tabs.indexOf(self.takedown), self.tr("Take-down"))
        self.empty_text.setText(self.tr(
            "No evidence in this case yet. To save web pages, paste their addresses in the "
            "“Capture web pages” tab. To add screenshots, photos or chat exports, use Import "
            "files or drop them here."))
        self.go_capture_button.setText(self.tr("Capture web pages…"))
        self._render_header()
        if self.import_job is None:
            self._render_import_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _render_header(self) -> None:
        if self.case is None:
            self.title.setText("")
            self.subtitle.setText("")
            return
        self.title.setText(self.case.title)
        ref = self.tr("Reference: %1").replace("%1", self.case.ref) if self.case.ref else ""
        drop = self.tr("Drop files here to import them.")
        self.subtitle.setText("  ·  ".join(t for t in (ref, drop) if t))

    def set_case(self, case: Case) -> None:
        self.case = case
        if self.import_job is None:  # another case's import line must not show here
            self.import_outcome = None
            self.import_status.clear()
            self.import_status.setToolTip("")
        self.queue.set_case(case.id, case.title)
        self.takedown.set_case(case.id)
        self.detail.data = None
        self.detail._render()
        self._render_header()
        self.reload()

    def reload(self) -> Job | None:
        """Re-read the case's captures (on a worker)."""
        if self.case is None or not self.session.is_open:
            return None
        case_id = self.case.id
        job = self.session.run(lambda v, ctx: v.list_captures(case_id), name="list")
        job.succeeded.connect(self._on_listed)
        self.list_job = job
        return job.start(self.session.pool)

    def _on_listed(self, captures: list) -> None:  # type: ignore[type-arg]
        if self.sender() is not self.list_job:
            return  # a newer reload (or another case) superseded this one
        self.table.set_captures(captures)
        self.empty_hint.setVisible(not captures)
        self.changed.emit()

    def browse_and_capture(self) -> QWidget | None:
        """A visible evidence browser for this case; each sealed page reloads the list."""
        from evidence_app.gui.browse_window import BrowseWindow

        if self.case is None:
            return None
        if self.browse_window is not None:
            self.browse_window.close()
        win = BrowseWindow(self.session, self.case.id, self.case.title,
                           self.queue.options, self)
        win.captured.connect(lambda _case_id: self.reload())
        self.browse_window = win
        win.show()
        return win

    # --- import ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Import files as evidence"))
        if paths:
            self.ask_and_import(paths)

    def ask_and_import(self, paths: list[Path]) -> ImportNoteDialog | None:
        """Ask where the files came from (and whether to keep their folder), then import."""
        if self.case is None or self.import_job is not None or not paths:
            return None
        dlg = ImportNoteDialog(len(paths), self)
        dlg.accepted.connect(lambda: self.import_paths(paths, note=dlg.note(),
                                                       record_path=dlg.record_path()))
        self.note_dialog = dlg
        dlg.open()
        return dlg

    def import_paths(self, paths: list[Path], *, note: str | None = None,
                     record_path: bool = False) -> Job | None:
        if self.case is None or self.import_job is not None or not paths:
            return None
        case_id = self.case.id
        job = self.session.run(lambda v, ctx: run_import(v, case_id, paths, ctx, note=note,
                                                         record_path=record_path),
                               name="import")
        job.progress.connect(self._on_import_progress)
        job.reported.connect(lambda _info: self.reload())
        job.succeeded.connect(self._on_imported)
        job.failed.connect(self._on_import_failed)
        job.finished.connect(self._on_import_finished)
        self.import_job = job
        self.import_bar.setRange(0, 1000)
        self.import_bar.setValue(0)
        self.import_bar.setVisible(True)
        self.import_cancel.setVisible(True)
        self.import_status.setStyleSheet(MUTED_STYLE)
        self.import_status.setText(self.tr("Importing %n file(s)…", "", len(paths)))
        return job.start(self.session.pool)

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()

    def _on_import_progress(self, done: int, total: int, _name: str) -> None:
        self.import_bar.setValue(int(1000 * done / total) if total else 0)

    def _on_imported(self, outcome: ImportOutcome) -> None:
        self.import_outcome = outcome
        self._render_import_status()

    def _render_import_status(self) -> None:
        """The last import's outcome, worded again after a language switch."""
        outcome = self.import_outcome
        if isinstance(outcome, BaseException):
            self.import_status.setStyleSheet(ERROR_STYLE)
            self.import_status.setText(error_text(outcome))
            return
        if outcome is None:
            return
        parts = [self.tr("%n file(s) imported and sealed.", "", len(outcome.sealed))]
        if outcome.cancelled:
            parts.append(self.tr("Import cancelled; the unfinished file was not saved."))
        for r in outcome.failed:
            parts.append(f"{plain(r.path.name, 200)}: {result_error_text(r)}")
        self.import_status.setStyleSheet(ERROR_STYLE if outcome.failed else MUTED_STYLE)
        self.import_status.setText("\n".join(parts))
        self.import_status.setToolTip("\n".join(parts))

    def _on_import_failed(self, err: BaseException) -> None:
        self.import_outcome = err
        self._render_import_status()

    def _on_import_finished(self) -> None:
        self.import_job = None
        self.import_bar.setVisible(False)
        self.import_cancel.setVisible(False)
        self.reload()

    # --- drag and drop --------------------------------------------------------------------

    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self.case is not None and self._local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = [p for p in self._local_files(event) if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.ask_and_import(files)
