"""Small building blocks shared by windows: plain-text labels, the quick-exit button, styles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QPushButton, QWidget

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
MUTED_STYLE = "color: #555555;"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                selectable: bool = False) -> QLabel:
    """A label that never interprets its text as HTML (page-derived text is untrusted)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_row(form: QFormLayout, field: QWidget | QLayout) -> QLabel:
    """Add a row with its own plain-text label (retranslated by the owner) and return the label."""
    label = plain_label("", wrap=False)
    form.addRow(label, field)
    if isinstance(field, QWidget):
        label.setBuddy(field)
    return label


def heading(parent: QWidget | None = None, size_delta: int = 4) -> QLabel:
    label = plain_label("", parent)
    font = label.font()
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    return label


def monospace() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class QuickExitButton(QPushButton):
    """Always visible: hides every window at once and locks the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickExit")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton#quickExit { background: #c62828; color: white; "
                           "font-weight: bold; padding: 6px 14px; border-radius: 4px; }"
                           "QPushButton#quickExit:hover { background: #8e0000; }")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Quick exit"))
        self.setToolTip(self.tr("Hide this window at once and lock the vault (or press Esc "
                                "twice)."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
