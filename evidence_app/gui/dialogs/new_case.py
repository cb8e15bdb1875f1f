"""New case: title, optional reference, exhibit prefix (checked as it is typed)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    form_row,
    is_language_change,
    plain_label,
)

# The vault's own rule (Vault.create_case): exhibit numbers must read the same in every system
# that will quote them (police forms, court bundles), so plain A-Z and 0-9.
PREFIX_RE = re.compile(r"[A-Z0-9]{1,8}")


def normalise_prefix(text: str) -> str:
    """Full-width letters typed with a Chinese input method (ＡＢ) become AB; upper case."""
    return unicodedata.normalize("NFKC", text).strip().upper()


class NewCaseDialog(QDialog):
    """Collects the fields; the caller creates the case (on a worker) when accepted.

    A prefix the vault would refuse is explained under the field while it is typed, and OK stays
    disabled, so the dialog (and the title typed) never disappears behind an error box.
    """

    def __init__(self, parent: QWidget | None = None, default_prefix: str = "EX") -> None:
        super().__init__(parent)
        self.default_prefix = default_prefix
        self.title_edit = QLineEdit(self)
        self.ref_edit = QLineEdit(self)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setMaxLength(8)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.error_label = plain_label("", self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout(self)
        self.form_labels = [form_row(self.form, w) for w in (
            self.title_edit, self.ref_edit, self.prefix_edit)]
        self.form.addRow(self.help)
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update)
        self.prefix_edit.textChanged.connect(self._update)
        self.resize(520, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        for label, text in zip(self.form_labels, (self.tr("Title"), self.tr("Reference (optional)"),
                                    self.tr("Exhibit prefix")), strict=True):
            label.setText(text)
        self.prefix_edit.setPlaceholderText(
            self.tr("Your initials in English letters, e.g. %1").replace("%1",
                                                                          self.default_prefix))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def prefix(self) -> str:
        return normalise_prefix(self.prefix_edit.text()) or self.default_prefix

    def prefix_problem(self) -> str | None:
        """Why the typed prefix cannot be used, in the interface language; None if it can."""
        typed = normalise_prefix(self.prefix_edit.text())
        if not typed or PREFIX_RE.fullmatch(typed):
            return None
        return self.tr("The exhibit prefix can use only the letters A–Z and the digits 0–9 "
                       "(up to 8), so that exhibit numbers read the same on police and court "
                       "forms. Chinese characters cannot be used here: type your initials in "
                       "English letters instead, e.g. CTM for Chan Tai Man.")

    def _update(self) -> None:
        problem = self.prefix_problem()
        self.error_label.setText(problem or "")
        self.error_label.setVisible(problem is not None)
        prefix = self.prefix() if problem is None else self.default_prefix
        self.help.setText(self.tr("Exhibits are numbered with the prefix: %1-001, %1-002…")
                          .replace("%1", prefix))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()) and problem is None)

    def show_error(self, text: str) -> None:
        """The vault refused the case (shown in the dialog, which keeps what was typed)."""
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def values(self) -> tuple[str, str | None, str | None]:
        return (self.title_edit.text().strip(), self.ref_edit.text().strip() or None,
                normalise_prefix(self.prefix_edit.text()) or None)
