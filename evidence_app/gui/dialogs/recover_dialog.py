"""Forgotten passphrase: the recovery key sets a new one (and opens the vault)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.messages import error_text
from evidence_app.gui.strength import score
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    form_row,
    is_language_change,
    monospace,
    plain_label,
)
from evidence_app.gui.widgets.strength_meter import StrengthMeter
from evidence_app.gui.workers import Job
from evidence_app.vault import Operator, Vault


class RecoverDialog(QDialog):
    """Runs Vault.reset_passphrase on a worker; emits `recovered` with the open Vault."""

    recovered = Signal(object)

    def __init__(self, vault_path: Path, operator_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.operator_name = operator_name
        self.job: Job | None = None
        self._error: BaseException | None = None
        self.intro = plain_label("", self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setFont(monospace())
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthMeter(self)
        self.status = plain_label("", self)
        self.ok_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        form = QFormLayout()
        self.form_labels = [form_row(form, w) for w in (self.key_edit, self.pass_edit,
                                                         self.repeat_edit)]
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for edit in (self.key_edit, self.pass_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self.repeat_edit.returnPressed.connect(self.start)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(560, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forgotten passphrase"))
        self.intro.setText(self.tr(
            "Type the recovery key you wrote down when the vault was created, then choose a new "
            "passphrase. The evidence is not changed; the change is recorded in the custody log."))
        texts = (self.tr("Recovery key"), self.tr("New passphrase"),
                 self.tr("New passphrase again"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.ok_button.setText(self.tr("Set new passphrase and unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        new = self.pass_edit.text()
        self.strength.show_for(new)
        ready = (bool(self.key_edit.text().strip()) and score(new) >= 1
                 and new == self.repeat_edit.text())
        self.ok_button.setEnabled(ready and self.job is None)
        if self._error is not None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(self._error))
        elif self.job is not None:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("Checking the recovery key…"))
        elif new and score(new) == 0:
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("The new passphrase needs at least 10 characters."))
        elif self.repeat_edit.text() and new != self.repeat_edit.text():
            self.status.setStyleSheet(MUTED_STYLE)
            self.status.setText(self.tr("The two passphrases do not match yet."))
        else:
            self.status.clear()

    def start(self) -> Job | None:
        if self.job is not None or not self.ok_button.isEnabled():
            return None
        path, key, new = self.vault_path, self.key_edit.text(), self.pass_edit.text()
        operator = Operator.current(self.operator_name or None)
        self._error = None
        self.job = Job(lambda ctx: Vault.reset_passphrase(path, key, new, operator),
                       name="recover")
        self.job.succeeded.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self._update()
        return self.job.start()

    def _on_done(self, vault: object) -> None:
        self.job = None
        self.pass_edit.clear()
        self.repeat_edit.clear()
        self.key_edit.clear()
        self.accept()
        self.recovered.emit(vault)

    def _on_failed(self, err: BaseException) -> None:
        self.job = None
        self._error = err
        self._update()
        self._error = None  # shown once; typing again clears it
