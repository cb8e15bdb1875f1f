"""A new recovery key, for one that was lost or never written down.

The passphrase is asked again and checked first; then the new key is shown (the same "write it
down" window as at first run) and only once the caseworker confirms it is written down does the
core put it in force. The old key then opens nothing; backups made before still open with it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.dialogs.recovery_key import RecoveryKeyDialog
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job

log = logging.getLogger(__name__)


class NewRecoveryKeyDialog(QDialog):
    """Passphrase, then the new key shown once, then the key put in force."""

    replaced = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.key_dialog: RecoveryKeyDialog | None = None
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.make_button = QPushButton(self)
        self.make_button.setEnabled(False)
        self.status = plain_label("", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pass_edit)
        layout.addWidget(self.make_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.pass_edit.textChanged.connect(self._render)
        self.pass_edit.returnPressed.connect(self.start)
        self.make_button.clicked.connect(self.start)
        self.resize(560, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro.setText(self.tr(
            "Lost the recovery key, or never wrote it down? Make a new one. The old key will no "
            "longer open the vault (backups made before keep opening with it). Type the "
            "passphrase to go on."))
        self.pass_edit.setPlaceholderText(self.tr("Passphrase"))
        self.make_button.setText(self.tr("Make a new recovery key"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        self.make_button.setEnabled(bool(self.pass_edit.text()) and self.job is None)

    def _say(self, text: str, style: str = MUTED_STYLE) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _run(self, work: Any, then: Any) -> Job | None:
        if self.job is not None or not self.session.is_open:
            return None
        job = self.session.run(work, name="recovery-key")
        job.succeeded.connect(then)
        job.failed.connect(lambda err: self._say(error_text(err), ERROR_STYLE))
        job.finished.connect(self._on_finished)
        self.job = job
        self._render()
        return job.start(self.session.pool)

    def _on_finished(self) -> None:
        self.job = None
        self._render()

    def start(self) -> Job | None:
        """Check the passphrase on a worker; the key is shown only when it is right."""
        secret = self.pass_edit.text()
        if not secret:
            return None
        self._say(self.tr("Checking the passphrase…"))
        return self._run(lambda vault, _ctx: vault.check_passphrase(secret),
                         lambda _none: self._show_key(secret))

    def _show_key(self, secret: str) -> None:
        from evidence_app.vault.keys import new_recovery_key

        key = new_recovery_key()
        self._say(self.tr("Write the new key down; it is put in force when you confirm."))
        dlg = RecoveryKeyDialog(key, self)
        dlg.accepted.connect(lambda: self._apply(secret, key))
        self.key_dialog = dlg
        dlg.open()

    def _apply(self, secret: str, key: str) -> Job | None:
        self.key_dialog = None
        return self._run(lambda vault, _ctx: vault.replace_recovery_key(secret, key),
                         self._on_replaced)

    def _on_replaced(self, _key: str) -> None:
        self.pass_edit.clear()
        self._say(self.tr("The new recovery key is in force; the old one no longer opens the "
                          "vault. Make a new backup: older backups still open with the old key."),
                  OK_STYLE)
        self.replaced.emit()

    def done(self, result: int) -> None:
        self.pass_edit.clear()
        if self.key_dialog is not None:
            self.key_dialog.force_close()
        super().done(result)
