"""A passphrase strength meter: a coloured bar and its words (first run and recovery)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from evidence_app.gui.strength import score
from evidence_app.gui.widgets.common import is_language_change, plain_label

_BAR_COLOURS = ("#b00020", "#e65100", "#f9a825", "#7cb342", "#2e7d32")


class StrengthMeter(QWidget):
    """Call `show_for(passphrase)` as it is typed; nothing is shown for an empty field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.label = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_for("")

    def show_for(self, passphrase: str) -> int:
        """Show the strength of `passphrase`; returns its score (0 too short ... 4 strong)."""
        self._text = passphrase
        level = score(passphrase)
        names = (self.tr("Too short: at least 10 characters"), self.tr("Weak: add more words"),
                 self.tr("Fair: one more word would help"), self.tr("Good"), self.tr("Strong"))
        self.bar.setValue(level if passphrase else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_BAR_COLOURS[level]}; }}")
        self.label.setText(self.tr("Strength: %1").replace("%1", names[level])
                           if passphrase else "")
        return level

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.show_for(self._text)
        super().changeEvent(event)
