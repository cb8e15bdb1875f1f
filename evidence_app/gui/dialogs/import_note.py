"""Before an import: a note of where the files came from, and whether to keep their folder."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.widgets.common import MUTED_STYLE, is_language_change, plain_label

MAX_NOTE = 500


class ImportNoteDialog(QDialog):
    """Asks once per import; the note is sealed with every file of it."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.question = plain_label("", self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.path_check = QCheckBox(self)
        self.path_help = plain_label("", self)
        self.path_help.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.path_check)
        layout.addWidget(self.path_help)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import files as evidence"))
        self.question.setText(self.tr(
            "Where did these %n file(s) come from? The note is sealed with them and printed in "
            "the report.", "", self.count))
        self.note_edit.setPlaceholderText(self.tr(
            "e.g. screenshots the client sent by WhatsApp on 3 May"))
        self.path_check.setText(self.tr("Also record the folder they are in on this computer"))
        self.path_help.setText(self.tr(
            "Off: only the file name is kept. A folder path can name people or other cases, "
            "and it ends up in the exhibit bundle."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None

    def record_path(self) -> bool:
        return self.path_check.isChecked()
