"""The unlock window: operator name + passphrase, with a growing wait after repeated failures."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import WrongPassphrase
from evidence_app.gui.dialogs.recover_dialog import RecoverDialog
from evidence_app.gui.lockout import LockoutState, LockoutStore
from evidence_app.gui.messages import error_text
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    QuickExitButton,
    form_row,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.widgets.language import LanguageSwitch
from evidence_app.gui.workers import Job
from evidence_app.vault import Operator, Vault

log = logging.getLogger(__name__)

FREE_TRIES = 4


def lockout_seconds(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: 30 s from the 5th, doubling."""
    if failures <= FREE_TRIES:
        return 0
    return int(min(30 * 2 ** (failures - FREE_TRIES - 1), 900))


class UnlockWindow(QWidget):
    """Opens the vault on a worker thread (key derivation takes a moment)."""

    unlocked = Signal(object)  # Vault
    quick_exit_requested = Signal()
    close_requested = Signal()

    def __init__(self, vault_path: Path, operator_name: str = "", *,
                 delay_for: Callable[[int], int] = lockout_seconds,
                 lockout: LockoutStore | None = None,
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.delay_for = delay_for
        self.lockout = lockout or LockoutStore()
        state = self.lockout.load()
        self.failures = state.failures
        self.remaining_s = state.remaining_s()
        self._job: Job | None = None
        self._error: BaseException | None = None

        self.title = heading(self)
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.name_edit = QLineEdit(operator_name, self)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.error_label = plain_label("", self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.countdown_label = plain_label("", self)
        self.hint = plain_label("", self)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.reminder = plain_label("", self)
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.reminder.setVisible(False)
        self.forgot_button = QPushButton(self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("text-decoration: underline; color: #1a4f8b;")
        self.quick_exit = QuickExitButton(self)
        self.language_switch = LanguageSwitch(language, self)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

        self.form = QFormLayout()
        self.form_labels = [form_row(self.form, w) for w in (
            self.name_edit, self.pass_edit)]
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_switch, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.quick_exit, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminder)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.pass_edit.returnPressed.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.resize(520, 380)
        if self.remaining_s > 0:  # a wait started before the app was closed still applies
            self.unlock_button.setEnabled(False)
            self.timer.start()
        self.retranslate()
        self.pass_edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock the vault"))
        self.intro.setText(self.tr("Enter your name and the vault passphrase."))
        texts = (self.tr("Your name"), self.tr("Passphrase"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("Forgot the passphrase?"))
        self.hint.setText(self.tr(
            "Without the passphrase or the recovery key nobody can open the vault, not even "
            "your organisation's support person."))
        self.reminder.setText(self.tr(
            "Last time the app was closed before you confirmed that the recovery key was written "
            "down. If it was not, a forgotten passphrase can never be recovered: keep the "
            "passphrase safe, and export the evidence regularly."))
        if self._error is not None:
            self._show_error(self._error)
        self._update_countdown()

    def set_recovery_reminder(self, shown: bool) -> None:
        """The vault's recovery key was never confirmed (a quick exit on that screen)."""
        self.reminder.setVisible(shown)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.close_requested.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def try_unlock(self) -> None:
        if self._job is not None or self.remaining_s > 0:
            return
        passphrase = self.pass_edit.text()
        if not passphrase:
            return
        operator = Operator.current(self.name_edit.text().strip() or None)
        path = self.vault_path
        self.unlock_button.setEnabled(False)
        self.pass_edit.setEnabled(False)
        self.error_label.setStyleSheet(MUTED_STYLE)
        self.error_label.setText(self.tr("Unlocking…"))
        self._job = Job(lambda ctx: Vault.open(path, passphrase, operator), name="unlock")
        self._job.succeeded.connect(self._on_unlocked)
        self._job.failed.connect(self._on_failed)
        self._job.start()

    def open_recovery(self) -> RecoverDialog:
        dlg = RecoverDialog(self.vault_path, self.name_edit.text().strip(), self)
        dlg.recovered.connect(self._on_unlocked)
        self.recover_dialog = dlg
        dlg.open()
        return dlg

    def _on_unlocked(self, vault: object) -> None:
        self._job = None
        self.failures = 0
        self.lockout.save(LockoutState())
        self._error = None
        self.pass_edit.clear()
        self.pass_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.error_label.clear()
        self.unlocked.emit(vault)

    def _on_failed(self, err: BaseException) -> None:
        self._job = None
        self._error = err
        self.pass_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        if isinstance(err, WrongPassphrase):
            self.failures += 1
            self.pass_edit.selectAll()
            self.remaining_s = self.delay_for(self.failures)
            self.lockout.save(LockoutState(self.failures, time.time() + self.remaining_s))
            if self.remaining_s > 0:
                self.unlock_button.setEnabled(False)
                self.timer.start()
        self._show_error(err)
        self._update_countdown()
        self.pass_edit.setFocus()

    def _show_error(self, err: BaseException) -> None:
        self.error_label.setStyleSheet(ERROR_STYLE)
        text = error_text(err)
        if isinstance(err, WrongPassphrase):
            text += "\n" + self.tr("Wrong tries so far: %1. After %2 wrong tries, the app makes "
                                   "you wait before the next one.").replace(
                "%1", str(self.failures)).replace("%2", str(FREE_TRIES + 1))
        self.error_label.setText(text)

    def _tick(self) -> None:
        self.remaining_s = max(0, self.remaining_s - 1)
        if self.remaining_s == 0:
            self.timer.stop()
            self.unlock_button.setEnabled(True)
        self._update_countdown()

    def _update_countdown(self) -> None:
        if self.remaining_s > 0:
            self.countdown_label.setText(self.tr("Too many wrong tries. Try again in %1 s.")
                                         .replace("%1", str(self.remaining_s)))
        else:
            self.countdown_label.clear()

    @property
    def operator_name(self) -> str:
        return self.name_edit.text().strip()
