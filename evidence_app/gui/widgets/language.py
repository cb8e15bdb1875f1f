"""The language switch shown before unlocking (first-run and unlock screens)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from evidence_app.gui.i18n import LANGUAGE_NAMES


class LanguageSwitch(QComboBox):
    """Each language named in itself, so anyone can find theirs whatever is showing now."""

    chosen = Signal(str)  # language code

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageSwitch")
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.set_current(current)
        # "Language" in both languages: the tooltip must be readable before either is chosen.
        self.setToolTip("Language · 語言")
        self.setAccessibleName("Language · 語言")
        self.activated.connect(lambda i: self.chosen.emit(str(self.itemData(i))))

    def set_current(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
