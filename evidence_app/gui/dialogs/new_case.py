"""New case: title, optional reference, exhibit prefix."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from evidence_app.gui.widgets.common import MUTED_STYLE, form_row, is_language_change, plain_label


class NewCaseDialog(QDialog):
    """Collects the fields; the caller creates the case (on a worker) when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.ref_edit = QLineEdit(self)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setMaxLength(8)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout(self)
        self.form_labels = [form_row(self.form, w) for w in (
            self.title_edit, self.ref_edit, self.prefix_edit)]
        self.form.addRow(self.help)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update)
        self.resize(480, 220)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        for label, text in zip(self.form_labels, (self.tr("Title"), self.tr("Reference (optional)"),
                                    self.tr("Exhibit prefix")), strict=True):
            label.setText(text)
        self.prefix_edit.setPlaceholderText(self.tr("Your initials, e.g. JD"))
        self.help.setText(self.tr("Exhibits are numbered with the prefix: JD-001, JD-002…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> tuple[str, str | None, str | None]:
        return (self.title_edit.text().strip(), self.ref_edit.text().strip() or None,
                self.prefix_edit.text().strip().upper() or None)
