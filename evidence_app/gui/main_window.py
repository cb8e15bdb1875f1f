"""The main window: cases on the left, the chosen case on the right, safety controls on top."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from evidence_app.gui.capture_batches import CaptureBatches, Interruption
from evidence_app.gui.dialogs.export_dialog import ExportDialog
from evidence_app.gui.dialogs.new_case import NewCaseDialog
from evidence_app.gui.dialogs.verify_dialog import VerifyDialog
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.takedown.overview import OverviewWindow as TakedownOverview
from evidence_app.gui.widgets.case_view import CaseView
from evidence_app.gui.widgets.cases_panel import CasesPanel
from evidence_app.gui.widgets.common import (
    MUTED_STYLE,
    QuickExitButton,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job
from evidence_app.vault import Case

log = logging.getLogger(__name__)


DEFAULT_SIZE = QSize(1200, 760)
FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders, outside the size given to resize()


def fitted_size(width: int, height: int, available: QSize) -> QSize:
    """The remembered size (or the default), made to fit the screen's free area."""
    want = QSize(width or DEFAULT_SIZE.width(), height or DEFAULT_SIZE.height())
    room = available - FRAME_ALLOWANCE
    return QSize(max(640, min(want.width(), room.width())),
                 max(480, min(want.height(), room.height())))


class MainWindow(QMainWindow):
    """Owns no vault handle itself: everything goes through the Session's workers."""

    lock_requested = Signal()
    quick_exit_requested = Signal()
    settings_requested = Signal()
    close_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None,
                 batches: CaptureBatches | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.export_dialog: ExportDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.cases_job: Job | None = None
        self.interrupted_box: QMessageBox | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.new_case_action = QAction(self)
        self.verify_action = QAction(self)
        self.settings_action = QAction(self)
        self.lock_action = QAction(self)
        for action in (self.new_case_action, self.verify_action, self.settings_action,
                       self.lock_action):
            self.toolbar.addAction(action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.takedown_action = QAction(self)
        self.toolbar.insertAction(self.settings_action, self.takedown_action)
        self.takedown_overview: TakedownOverview | None = None
        self.sign_in_action, self.profiles_action = QAction(self), QAction(self)  # issue 13
        self.toolbar.insertAction(self.settings_action, self.sign_in_action)
        self.toolbar.insertAction(self.settings_action, self.profiles_action)
        self.login_dialog: QDialog | None = None
        self.quick_exit = QuickExitButton(self)
        self.toolbar.addWidget(self.quick_exit)

        self.cases = CasesPanel(self)
        self.case_view = CaseView(session, self, batches)
        self.batches = self.case_view.queue.batches
        self.placeholder = plain_label("", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.case_view)
        splitter = QSplitter(self)
        splitter.addWidget(self.cases)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        self.setCentralWidget(splitter)
        self.status_label = plain_label("", self, wrap=False)
        self.statusBar().addWidget(self.status_label, 1)

        self.new_case_action.triggered.connect(self.new_case)
        self.verify_action.triggered.connect(self.verify)
        self.settings_action.triggered.connect(self.settings_requested)
        self.takedown_action.triggered.connect(self.show_takedown_overview)
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_in_action.triggered.connect(lambda: self.show_login_dialog(sign_in=True))
        self.profiles_action.triggered.connect(lambda: self.show_login_dialog(sign_in=False))
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.cases.new_case_requested.connect(self.new_case)
        self.cases.case_selected.connect(self.open_case)
        self.case_view.changed.connect(self.reload_cases)
        self.batches.captured.connect(self._captured_elsewhere)
        self.case_view.export_requested.connect(self.export_case)
        self.resize(fitted_size(session.settings.window_width, session.settings.window_height,
                                self.screen().availableGeometry().size()))
        self.retranslate()
        self.reload_cases()
        from evidence_app.gui.main_extras import MainExtras

        self.extras = MainExtras(self)  # trusted time, backups, fingerprints, chats

    def retranslate(self) -> None:
        self.new_case_action.setText(self.tr("New case"))
        self.verify_action.setText(self.tr("Verify vault"))
        self.settings_action.setText(self.tr("Settings"))
        self.takedown_action.setText(self.tr("Take-down overview"))
        self.sign_in_action.setText(self.tr("Sign in to a site…"))
        self.profiles_action.setText(self.tr("Login profiles…"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now; your passphrase is needed to "
                                            "continue."))
        self.placeholder.setText(self.tr("Choose a case on the left, or create a new one."))
        self.status_label.setText(self.tr("Vault unlocked by %1. It locks itself when you are "
                                          "away.").replace("%1", self.session.settings
                                                           .operator_name or "—"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- cases ----------------------------------------------------------------------------

    def reload_cases(self, select_id: str | None = None) -> Job | None:
        if not self.session.is_open:
            return None
        job = self.session.run(lambda v, ctx: v.list_cases(), name="cases")
        job.succeeded.connect(lambda cases: self.cases.set_cases(cases, select_id))
        job.failed.connect(self._show_error)
        self.cases_job = job
        return job.start(self.session.pool)

    def _captured_elsewhere(self, case_id: str) -> None:
        if self.case_view.case is None or self.case_view.case.id != case_id:
            self.reload_cases()  # another case's count changed

    def open_case(self, case: Case) -> None:
        self.stack.setCurrentWidget(self.case_view)
        if self.case_view.case is None or self.case_view.case.id != case.id:
            self.case_view.set_case(case)
        else:
            self.case_view.case = case

    def new_case(self) -> NewCaseDialog | None:
        """Open the new-case dialog (window-modal, not blocking); the case is made on accept."""
        if not self.session.is_open:
            return None
        from evidence_app.vault.records import initials

        dlg = NewCaseDialog(self, initials(self.session.vault.operator.name))
        dlg.accepted.connect(lambda: self._create_from(dlg))
        self.new_case_dialog = dlg
        dlg.open()
        return dlg

    def _create_from(self, dlg: NewCaseDialog) -> None:
        if not self.session.is_open:
            return
        job = self.create_case(*dlg.values())

        def refused(err: BaseException) -> None:
            # Back to the dialog with everything as typed, and the reason under the fields.
            dlg.show_error(error_text(err))
            dlg.open()

        job.failed.disconnect(self._show_error)
        job.failed.connect(refused)

    def create_case(self, title: str, ref: str | None = None,
                    prefix: str | None = None) -> Job:
        job = self.session.run(lambda v, ctx: v.create_case(title, ref=ref, exhibit_prefix=prefix),
                               name="new-case")
        job.succeeded.connect(lambda case: self.reload_cases(case.id))
        job.failed.connect(self._show_error)
        return job.start(self.session.pool)

    # --- export / verify ------------------------------------------------------------------

    def export_case(self, case: Case | None) -> ExportDialog | None:
        if case is None:
            return None
        if self.export_dialog is not None:
            self.export_dialog.close()
        self.export_dialog = ExportDialog(self.session, case, self)
        self.export_dialog.show()
        return self.export_dialog

    def verify(self) -> VerifyDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.session, self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.start()
        return self.verify_dialog

    def show_takedown_overview(self) -> TakedownOverview:
        """Open requests, overdue and reappeared across every case (counts only)."""
        if self.takedown_overview is None:
            self.takedown_overview = TakedownOverview(self.session, self)
        self.takedown_overview.show()
        self.takedown_overview.raise_()
        self.takedown_overview.reload()
        return self.takedown_overview

    def show_login_dialog(self, *, sign_in: bool) -> QDialog:
        """"Sign in to a site…" or "Login profiles…"; the capture view's choice follows."""
        from evidence_app.gui.logins import LoginProfilesDialog, SignInDialog

        if self.login_dialog is not None:
            self.login_dialog.close()
        refresh = self.case_view.queue.profile.reload
        if sign_in:
            dlg: QDialog = SignInDialog(self.session, self)
            dlg.saved.connect(lambda _p: refresh())
        else:
            dlg = LoginProfilesDialog(self.session, self)
            dlg.forgotten.connect(lambda _n: refresh())
            dlg.reload()
        self.login_dialog = dlg
        dlg.show()
        return dlg

    def interrupted_text(self, stopped: list[Interruption]) -> str:
        """What a lock stopped, case by case (sealed exhibits; addresses put back)."""
        parts = []
        for s in stopped:
            lines = [self.tr("The capture for the case “%1” was stopped when the vault locked.")
                     .replace("%1", plain(s.case_title, 80))]
            if s.sealed:
                lines.append(self.tr("Sealed before that: %1.").replace("%1", ", ".join(s.sealed)))
            else:
                lines.append(self.tr("No page had been sealed yet."))
            if s.unfinished:
                lines.append(self.tr("Not captured: %n address(es). They are back in the case's "
                                     "address box; press Capture to try them again.", "",
                                     len(s.unfinished)))
            parts.append("\n".join(lines))
        return "\n\n".join(parts)

    def show_interrupted_captures(self, stopped: list[Interruption]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Capture stopped by locking"),
                          self.interrupted_text(stopped), QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.interrupted_box = box
        box.open()
        return box

    def _show_error(self, err: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not do that"), error_text(err),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closing the window locks the vault and quits (the controller does both)."""
        self.close_requested.emit()
        event.accept()
