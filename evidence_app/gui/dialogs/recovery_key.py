"""The recovery key, shown exactly once, with an "I have written it down" confirmation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QVBoxLayout, QWidget

from evidence_app.gui.widgets.common import heading, is_language_change, monospace, plain_label


class RecoveryKeyDialog(QDialog):
    """Cannot be dismissed until the user confirms they wrote the key down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.title = heading(self)
        self.text = plain_label("", self)
        self.key_label = plain_label(recovery_key, self, selectable=True)
        font = monospace()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("background: #fff8e1; border: 1px solid #f9a825; "
                                     "padding: 14px;")
        self.confirm = QCheckBox(self)
        self.continue_button = QPushButton(self)
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.key_label)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.resize(600, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.title.setText(self.tr("Write down your recovery key"))
        self.text.setText(self.tr(
            "If you forget your passphrase, this key is the only way back into the vault. Write "
            "it on paper now and keep it somewhere safe, away from this computer. It is shown "
            "only this once and is not saved anywhere."))
        self.confirm.setText(self.tr("I have written it down"))
        self.continue_button.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Esc and the close button do nothing until the key is confirmed."""
        if self.confirm.isChecked():
            super().reject()

    def force_close(self) -> None:
        """Quick exit: close regardless."""
        self.done(QDialog.DialogCode.Rejected)
