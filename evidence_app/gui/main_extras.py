"""The main window's parts for trusted time, backups, fingerprints and chats, wired in one place.

MainWindow creates one `MainExtras(window)`; everything here reaches the vault through the
Session's workers and touches widgets only on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.dialogs.backup_dialog import BackupDialog
from evidence_app.gui.dialogs.chat_view import ChatView
from evidence_app.gui.dialogs.similar_dialog import SimilarDialog
from evidence_app.gui.dialogs.watch_dialog import WatchDialog
from evidence_app.gui.session import Session
from evidence_app.gui.session_services import SessionServices
from evidence_app.gui.widgets.capture_extras import CaptureExtras
from evidence_app.gui.widgets.common import MUTED_STYLE, is_language_change, plain_label
from evidence_app.gui.widgets.notice_bars import BackupReminderBar, MinorBanner
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault

log = logging.getLogger(__name__)


def case_badges(vault: Vault, capture_ids: list[str], ctx: JobContext
                ) -> tuple[dict[str, str], dict[str, list[tuple[str, int]]]]:
    """Trusted-time state and watch-list matches of each listed capture."""
    from evidence_app.fingerprints import watch
    from evidence_app.integrity.timestamps.store import current, read_rows

    by_capture: dict[str, list[Any]] = {}
    wanted = set(capture_ids)
    for a in current(read_rows(vault)):
        if a.capture_id in wanted:
            by_capture.setdefault(a.capture_id, []).append(a)
    times: dict[str, str] = {}
    for cid, stamps in by_capture.items():
        statuses = {a.status for a in stamps}
        if "granted" in statuses:
            times[cid] = "clock" if any(a.clock_warning for a in stamps) else "granted"
        elif "pending" in statuses:
            times[cid] = "pending"
        else:
            times[cid] = "failed"
    flags: dict[str, list[tuple[str, int]]] = {}
    for cid in capture_ids:
        if ctx.cancel.is_set():
            break
        hits = watch.flags(vault, cid)
        if hits:
            flags[cid] = [(h.label, h.distance) for h in hits]
    return times, flags


def _is_minor(vault: Vault, case_id: str, ctx: JobContext) -> tuple[str, bool]:
    from evidence_app.fingerprints.safeguard import is_minor

    return case_id, is_minor(vault, case_id)


def _mark_minor(vault: Vault, case_id: str, ctx: JobContext) -> tuple[str, bool]:
    from evidence_app.fingerprints.safeguard import mark_minor

    mark_minor(vault, case_id)
    return case_id, True


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout (searched depth-first) that directly holds `widget`."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget and isinstance(layout, QBoxLayout):
            return layout
        child = item.layout()
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


class MainExtras(QObject):
    """Adds the backup action and reminder, the under-18 banner and watch list to the case view,
    the trusted-time and match section to the capture detail; starts the unlock-time jobs."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session = window.session  # type: ignore[attr-defined]
        self.services = SessionServices(self.session, self)
        self.backup_dialog: BackupDialog | None = None
        self.watch_dialog: WatchDialog | None = None
        self.similar_dialog: SimilarDialog | None = None
        self.chat_view: ChatView | None = None
        self.badges_job: Job | None = None
        self.minor_job: Job | None = None
        self.minor_case: str | None = None
        self._chosen_case: str | None = None
        # Toolbar: "Back up now…" before "Lock".
        self.backup_action = QAction(window)
        window.toolbar.insertAction(window.lock_action, self.backup_action)  # type: ignore[attr-defined]
        # The reminder bar above everything else in the window.
        self.reminder = BackupReminderBar(window)
        central = window.takeCentralWidget()
        container = QWidget(window)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reminder)
        box.addWidget(central, 1)
        window.setCentralWidget(container)
        self.status_note = plain_label("", window, wrap=False)
        self.status_note.setStyleSheet(MUTED_STYLE)
        window.statusBar().addPermanentWidget(self.status_note)
        self._notes: list[tuple[str, int]] = []
        # The case view: the banner on top, two buttons beside Import/Export.
        cv = window.case_view  # type: ignore[attr-defined]
        self.case_view = cv
        self.minor_banner = MinorBanner(cv)
        cv.layout().insertWidget(0, self.minor_banner)
        self.watch_button = QPushButton(cv)
        self.mark_minor_button = QPushButton(cv)
        head = _layout_holding(cv.layout(), cv.import_button)
        if head is not None:
            at = head.indexOf(cv.import_button)
            head.insertWidget(at, self.mark_minor_button)
            head.insertWidget(at, self.watch_button)
        # The capture detail: matches and trusted time right below the facts.
        self.capture_extras = CaptureExtras(self.session, cv.detail.widget())
        body = cv.detail.widget().layout()
        # The match badge (only there when there is a match) right under the title; trusted
        # time after the stored items, so the blurred previews keep their place on screen.
        body.insertWidget(body.indexOf(cv.detail.status) + 1, self.capture_extras.flag)
        body.insertWidget(body.indexOf(cv.detail.custody_title), self.capture_extras)
        self.capture_extras.selected_artifact = self._selected_artifact

        self.backup_action.triggered.connect(self.open_backup)
        self.reminder.backup_requested.connect(self.open_backup)
        self.watch_button.clicked.connect(self.open_watch_list)
        self.mark_minor_button.clicked.connect(self.confirm_mark_minor)
        cv.table.capture_selected.connect(self.capture_extras.show_capture)
        cv.changed.connect(self.refresh_case)
        window.cases.case_selected.connect(self._case_chosen)  # type: ignore[attr-defined]
        self.capture_extras.find_similar_requested.connect(self.open_similar)
        self.capture_extras.chat_requested.connect(self.open_chat)
        self.services.timestamp_recorded.connect(self.capture_extras.refresh_if_shown)
        self.services.timestamp_recorded.connect(lambda _cid: self.refresh_badges())
        self.services.last_backup_known.connect(self._on_last_backup)
        self.services.leftovers_removed.connect(lambda n: self._note("leftovers", n))
        self.services.fingerprints_added.connect(lambda n: self._note("fingerprints", n))
        window.installEventFilter(self)
        self.retranslate()
        self.services.start()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("Back up now…"))
        self.backup_action.setToolTip(self.tr("Copy the encrypted vault to a folder or USB "
                                              "stick, checked in full."))
        self.watch_button.setText(self.tr("Watch list…"))
        self.mark_minor_button.setText(self.tr("Mark: may be under 18"))
        self._render_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and is_language_change(event):
            self.retranslate()
        return False

    def _note(self, kind: str, n: int) -> None:
        self._notes.append((kind, n))
        self._render_notes()

    def _render_notes(self) -> None:
        texts = []
        for kind, n in self._notes:
            if kind == "leftovers":
                texts.append(self.tr("Removed what %n interrupted export(s) left behind.", "", n))
            elif kind == "fingerprints":
                texts.append(self.tr("Fingerprinted %n older picture(s).", "", n))
        self.status_note.setText("  ·  ".join(texts))

    # --- case -----------------------------------------------------------------------------

    def _case_chosen(self, case: Any) -> None:
        # The case list re-selects the same case after every refresh: only another case clears.
        if case.id != self._chosen_case:
            self._chosen_case = case.id
            self.capture_extras.show_capture(None)

    def refresh_case(self) -> None:
        """After the case's list was (re)read: badges, and whether it is a minor case."""
        self.refresh_badges()
        case = self.case_view.case
        if case is None or not self.session.is_open:
            return
        if case.id != self.minor_case:
            self.minor_banner.setVisible(False)
            self.mark_minor_button.setVisible(True)
        case_id = case.id
        job = self.session.run(lambda v, ctx: _is_minor(v, case_id, ctx), name="is-minor")
        job.succeeded.connect(self._on_minor)
        self.minor_job = job
        job.start(self.session.pool)

    def _on_minor(self, result: tuple[str, bool]) -> None:
        case_id, minor = result
        case = self.case_view.case
        if case is None or case.id != case_id:
            return
        self.minor_case = case_id
        self.minor_banner.setVisible(minor)
        self.mark_minor_button.setVisible(not minor)

    def refresh_badges(self) -> Job | None:
        table = self.case_view.table
        ids = [c.id for c in table._captures]
        if not ids or not self.session.is_open:
            return None
        if self.badges_job is not None:
            self.badges_job.cancel()
        job = self.session.run(lambda v, ctx: case_badges(v, ids, ctx), name="badges")
        job.succeeded.connect(self._on_badges)
        self.badges_job = job
        return job.start(self.session.pool)

    def _on_badges(self, result: tuple[dict[str, str], dict[str, list[tuple[str, int]]]]) -> None:
        if self.sender() is not self.badges_job:
            return
        self.badges_job = None
        self.case_view.table.set_badges(*result)

    def confirm_mark_minor(self) -> QMessageBox | None:
        case = self.case_view.case
        if case is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("May be under 18"), self.tr(
            "Mark this case: the person depicted may be under 18?"),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr(
            "From now on, no picture or video of this case is kept, only their fingerprints, "
            "and the case shows what to do instead (the police; Take It Down). The mark is "
            "recorded in the custody log and cannot be undone. Pictures sealed before the mark "
            "stay as they are."))
        mark = box.addButton(self.tr("Mark the case"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        case_id = case.id
        box.buttonClicked.connect(
            lambda button: self.mark_minor(case_id) if button is mark else None)
        self.minor_box = box
        box.open()
        return box

    def mark_minor(self, case_id: str) -> Job | None:
        if not self.session.is_open:
            return None
        job = self.session.run(lambda v, ctx: _mark_minor(v, case_id, ctx), name="mark-minor")
        job.succeeded.connect(self._on_minor)
        self.minor_job = job
        return job.start(self.session.pool)

    # --- dialogs --------------------------------------------------------------------------

    def open_backup(self) -> BackupDialog:
        if self.backup_dialog is None:
            self.backup_dialog = BackupDialog(self.session, self.window)
            self.backup_dialog.backed_up.connect(self.services.check_backup)
        self.backup_dialog.show()
        self.backup_dialog.raise_()
        return self.backup_dialog

    def _on_last_backup(self, last: datetime | None) -> None:
        self.reminder.update_for(last, self.session.settings.backup_reminder_days)

    def open_watch_list(self) -> WatchDialog | None:
        case = self.case_view.case
        if case is None:
            return None
        if self.watch_dialog is not None:
            self.watch_dialog.close()
        self.watch_dialog = WatchDialog(self.session, case, self.window)
        self.watch_dialog.show()
        return self.watch_dialog

    def _selected_artifact(self) -> str | None:
        arts = self.case_view.detail.artifacts
        row = arts.currentRow()
        return arts._artifacts[row].id if 0 <= row < len(arts._artifacts) else None

    def open_similar(self, artifact_id: str, item: int, pdq_hex: str) -> SimilarDialog:
        case = self.case_view.case
        if self.similar_dialog is not None:
            self.similar_dialog.close()
        self.similar_dialog = SimilarDialog(self.session, artifact_id, item, pdq_hex,
                                            case.id if case is not None else None, self.window)
        self.similar_dialog.show()
        self.similar_dialog.start()
        return self.similar_dialog

    def open_chat(self, cap: Any) -> ChatView:
        if self.chat_view is not None:
            self.chat_view.close()
        self.chat_view = ChatView(self.session, cap,
                                  self.case_view.detail.confirm_content_warning, self.window)
        self.chat_view.show()
        return self.chat_view
