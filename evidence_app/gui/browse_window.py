""""Browse and capture…": a visible evidence browser the caseworker navigates, and this window's
Capture page button (or Ctrl+Shift+E in the browser) sealing the page as it stands into the case.

Thin over `evidence_app.capture.assisted.EvidenceBrowser`: opening and every capture run on Session
workers, one capture at a time (a second press while one runs is queued, never dropped). The
browser's shortcut hook runs on the browser's thread; it only emits a signal, which Qt delivers on
the GUI thread, where the capture is queued like a button press.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.options import CaptureOptions
from evidence_app.gui.formatting import plain
from evidence_app.gui.logins import Opening, ProfileChooser
from evidence_app.gui.messages import error_text, warning_texts
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    form_row,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job

log = logging.getLogger(__name__)

WATCH_MS = 500  # how often the window looks whether the browser window was closed


class BrowseWindow(QWidget):
    """One browsing session for one case: the pages sealed in it, listed as they are sealed."""

    captured = Signal(str)  # case id: a page was sealed into it
    shortcut_pressed = Signal()  # emitted on the browser's thread; handled on the GUI thread

    def __init__(self, session: Session, case_id: str, case_title: str,
                 options: CaptureOptions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.case_id, self.case_title = case_id, case_title
        self.base_options = options or CaptureOptions()
        self.browser: Any = None  # capture.assisted.EvidenceBrowser while open
        self.open_job: Job | None = None
        self.capture_job: Job | None = None
        self.pending = 0  # capture presses waiting for the running capture
        self.results: list[Any] = []
        self.opening = Opening()
        self.title = heading(self, 2)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.url_edit = QLineEdit(self)
        self.profile = ProfileChooser(session, self)
        self.open_button = QPushButton(self)
        self.capture_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.status = plain_label("", self)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        self.url_label = form_row(form, self.url_edit)
        self.profile_label = form_row(form, self.profile)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.capture_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.open_button.clicked.connect(self.open_browser)
        self.url_edit.returnPressed.connect(self.open_browser)
        self.capture_button.clicked.connect(self.capture_page)
        self.close_button.clicked.connect(self.close)
        self.shortcut_pressed.connect(self.capture_page, Qt.ConnectionType.QueuedConnection)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._look)
        self.resize(620, 520)
        self.retranslate()
        self.profile.reload()
        self._render_buttons()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Browse and capture — %1").replace(
            "%1", plain(self.case_title, 60)))
        self.title.setText(self.tr("Browse and capture"))
        self.help.setText(self.tr(
            "Opens a browser window controlled by this app. Navigate there, expand comments, "
            "scroll; then press Capture page (or Ctrl+Shift+E in the browser) to seal the page as "
            "it stands into this case, with the pages visited since the window opened."))
        self.url_edit.setPlaceholderText("https://…")
        self.url_label.setText(self.tr("First page"))
        self.profile_label.setText(self.tr("Login profile"))
        self.open_button.setText(self.tr("Open browser"))
        self.capture_button.setText(self.tr("Capture page"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("Exhibit"), self.tr("Web address"),
                                              self.tr("Result")])
        for row in range(len(self.results)):
            self._render_row(row)
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- opening --------------------------------------------------------------------------

    def open_browser(self) -> Job | None:
        if self.browser is not None or self.open_job is not None or not self.session.is_open:
            return None
        url = self.url_edit.text().strip() or None
        case_id, login = self.case_id, self.profile.chosen()
        base = self.base_options
        opening = self.opening = Opening()

        def work(vault: Any, _ctx: Any) -> Any:
            from evidence_app.capture.assisted import EvidenceBrowser
            from evidence_app.vault.logins import load_state

            options = dataclasses.replace(
                base, login=load_state(vault, login) if login else None)
            browser = EvidenceBrowser(vault, case_id, options)
            if not opening.hold(browser):  # closed or locked meanwhile
                browser.close()
                return None
            browser.open(url)
            return browser

        job = self.session.run(work, name="browse-open")
        job.succeeded.connect(self._on_opened)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_open_finished)
        self.open_job = job
        self._say(self.tr("Opening the evidence browser…"))
        self._render_buttons()
        return job.start(self.session.pool)

    def _on_opened(self, browser: Any) -> None:
        if browser is None or self.opening.ended:
            return
        self.browser = browser
        browser.on_shortcut = self.shortcut_pressed.emit  # browser thread -> queued signal
        self.watch.start()
        self._render_buttons()  # now, not at the job's end: the window is usable at once
        self._say(self.tr("The evidence browser is open. Navigate there, then press Capture "
                          "page."))

    def _on_open_finished(self) -> None:
        self.open_job = None
        self._render_buttons()

    # --- capturing ------------------------------------------------------------------------

    def capture_page(self) -> Job | None:
        """Seal the page shown now; a press while a capture runs waits for it."""
        browser = self.browser
        if browser is None or not self.session.is_open:
            return None
        if self.capture_job is not None:
            self.pending += 1
            return None
        job = self.session.run(lambda _v, ctx: browser.capture(
            lambda stage, _m="": ctx.event(stage)), name="browse-capture")
        job.succeeded.connect(self._on_captured)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_capture_finished)
        self.capture_job = job
        self._say(self.tr("Capturing the page as it stands…"))
        self._render_buttons()
        return job.start(self.session.pool)

    def _on_captured(self, result: Any) -> None:
        self.results.append(result)
        self.table.setRowCount(len(self.results))
        self._render_row(len(self.results) - 1)
        self._say(self.tr("Sealed as %1.").replace("%1", str(result.exhibit)), OK_STYLE)
        self.captured.emit(self.case_id)

    def _on_capture_finished(self) -> None:
        self.capture_job = None
        self._render_buttons()
        if self.pending and self.browser is not None:
            self.pending -= 1
            self.capture_page()

    def _render_row(self, row: int) -> None:
        r = self.results[row]
        warnings = warning_texts(r)
        texts = (str(r.exhibit), plain(r.final_url or r.url, 500),
                 self.tr("Sealed") + (" · " + self.tr("%n warning(s)", "", len(warnings))
                                      if warnings else ""))
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip("\n".join([text, *warnings]) if col == 2 else text)
            self.table.setItem(row, col, item)

    # --- state ----------------------------------------------------------------------------

    def _say(self, text: str, style: str = MUTED_STYLE) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setToolTip(text)

    def _render_status(self) -> None:
        if self.browser is not None and self.browser.closed.is_set():
            self._say(self.tr("The browser window was closed. Open it again to go on."))

    def _on_failed(self, err: BaseException) -> None:
        self._say(error_text(err), ERROR_STYLE)

    def _render_buttons(self) -> None:
        is_open = self.browser is not None
        self.open_button.setEnabled(not is_open and self.open_job is None)
        self.url_edit.setEnabled(not is_open)
        self.profile.setEnabled(not is_open)
        self.capture_button.setEnabled(is_open and self.capture_job is None)

    def _look(self) -> None:
        """The browser window was closed by hand, or the vault was locked: end the session."""
        if not self.session.is_open:
            self.close()
        elif self.browser is not None and self.browser.closed.is_set() \
                and self.capture_job is None:
            self._end_browser()
            self._say(self.tr("The browser window was closed. Open it again to go on."))

    def _end_browser(self) -> None:
        browser, self.browser = self.browser, None
        self.pending = 0
        self.watch.stop()
        if browser is not None:
            browser.on_shortcut = None
        self.opening.end()  # the open browser, or the one a worker is opening now
        self._render_buttons()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Hidden by the app (locking, quick exit): the evidence browser goes at once, with the
        # page it shows. Minimising by hand (a spontaneous hide) keeps the session.
        if not event.spontaneous():
            self._end_browser()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.capture_job is not None and self.session.is_open:
            # A capture half done: let it seal (or fail) first, then close.
            self.capture_job.finished.connect(self.close)
            self._say(self.tr("Closing once the capture has been sealed…"))
            event.ignore()
            return
        self._end_browser()
        super().closeEvent(event)

