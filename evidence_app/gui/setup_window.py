"""First run: create the vault (passphrase twice, strength feedback)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
from evidence_app.gui.widgets.strength_meter import StrengthMeter
from evidence_app.gui.workers import Job
from evidence_app.vault import Operator, Vault

log = logging.getLogger(__name__)


class SetupWindow(QWidget):
    """Asks for a name and a passphrase and creates the vault on a worker thread."""

    created = Signal(object, str)  # (Vault, recovery key)
    quick_exit_requested = Signal()
    close_requested = Signal()

    def __init__(self, vault_path: Path, operator_name: str = "",
                 parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self._job: Job | None = None
        self._error: BaseException | None = None

        self.title = heading(self)
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.name_edit = QLineEdit(operator_name, self)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_check = QCheckBox(self)
        self.strength = StrengthMeter(self)
        self.strength_bar, self.strength_label = self.strength.bar, self.strength.label
        self.match_label = plain_label("", self)
        self.error_label = plain_label("", self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.quick_exit = QuickExitButton(self)
        self.language_switch = LanguageSwitch(language, self)

        self.form = QFormLayout()
        self.form_labels = [form_row(self.form, w) for w in (
            self.name_edit, self.pass_edit, self.repeat_edit, self.show_check)]
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_switch, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.quick_exit, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.strength)
        layout.addWidget(self.match_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pass_edit.textChanged.connect(self._update_feedback)
        self.repeat_edit.textChanged.connect(self._update_feedback)
        self.show_check.toggled.connect(self._toggle_echo)
        self.create_button.clicked.connect(self.create_vault)
        self.pass_edit.returnPressed.connect(self.repeat_edit.setFocus)
        self.repeat_edit.returnPressed.connect(self.create_vault)
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.resize(560, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Create your evidence vault"))
        self.intro.setText(self.tr(
            "Everything you capture is kept in one encrypted file on this computer. Choose a "
            "passphrase only you know: a few unrelated words are easy to remember and hard to "
            "guess. It cannot be recovered without the recovery key shown next."))
        labels = (self.tr("Your name (recorded with every action)"), self.tr("Passphrase"),
                  self.tr("Passphrase again"), "")
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.show_check.setText(self.tr("Show passphrase"))
        self.create_button.setText(self.tr("Create vault"))
        self._update_feedback()
        if self._error is not None:
            self.error_label.setText(error_text(self._error))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.close_requested.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pass_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update_feedback(self) -> None:
        text = self.pass_edit.text()
        level = self.strength.show_for(text)
        repeat = self.repeat_edit.text()
        matches = bool(text) and text == repeat
        if repeat and not matches:
            self.match_label.setText(self.tr("The two passphrases do not match yet."))
            self.match_label.setStyleSheet(ERROR_STYLE)
        else:
            self.match_label.setText(self.tr("The passphrases match.") if matches else "")
            self.match_label.setStyleSheet(MUTED_STYLE)
        busy = self._job is not None
        self.create_button.setEnabled(level >= 1 and matches and not busy)

    def create_vault(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.pass_edit.text()
        operator = Operator.current(self.name_edit.text().strip() or None)
        path = self.vault_path
        self._error = None
        self.error_label.setText(self.tr("Creating the vault…"))
        self.error_label.setStyleSheet(MUTED_STYLE)
        self._job = Job(lambda ctx: Vault.create(path, passphrase, operator), name="create")
        self._job.succeeded.connect(self._on_created)
        self._job.failed.connect(self._on_failed)
        self._update_feedback()
        self._job.start()

    def _on_created(self, result: object) -> None:
        self._job = None
        vault, recovery = cast("tuple[Vault, str]", result)
        self.pass_edit.clear()
        self.repeat_edit.clear()
        self.error_label.clear()
        self.created.emit(vault, recovery)

    def _on_failed(self, err: BaseException) -> None:
        self._job = None
        self._error = err
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(error_text(err))
        self._update_feedback()

    @property
    def operator_name(self) -> str:
        return self.name_edit.text().strip()
