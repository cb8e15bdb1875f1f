"""Non-modal bars: the backup reminder (main window) and the under-18 banner (a minor case)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from evidence_app.gui.formatting import local_time
from evidence_app.gui.widgets.common import is_language_change, plain_label


def backup_overdue(last: datetime | None, days: int, now: datetime | None = None) -> bool:
    """Never backed up, or the last backup is older than `days`."""
    if last is None:
        return True
    now = now or datetime.now(timezone.utc)
    return now - last > timedelta(days=days)


class BackupReminderBar(QFrame):
    """'Last backup: … ' with "Back up now…" and "Later" (hidden until the next unlock)."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setStyleSheet("QFrame#backupReminder { background: #fff4d6; "
                           "border-bottom: 1px solid #d8b24a; }")
        self.last: datetime | None = None
        self.days = 7
        self.text = plain_label("", self)
        self.backup_button = QPushButton(self)
        self.later_button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.later_button)
        self.backup_button.clicked.connect(self.backup_requested)
        self.later_button.clicked.connect(self.hide)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_button.setText(self.tr("Back up now…"))
        self.later_button.setText(self.tr("Later"))
        if self.last is None:
            self.text.setText(self.tr("This vault has never been backed up. If this computer is "
                                      "lost or broken, the evidence is lost with it."))
        else:
            self.text.setText(self.tr("The last backup was on %1, more than %n day(s) ago. Back "
                                      "up again so new evidence is not lost with this computer.",
                                      "", self.days)
                              .replace("%1", local_time(self.last.isoformat())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def update_for(self, last: datetime | None, days: int) -> None:
        self.last, self.days = last, days
        self.retranslate()
        self.setVisible(backup_overdue(last, days))


class MinorBanner(QFrame):
    """Always shown on a case marked 'may be under 18': what the app keeps and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minorBanner")
        self.setStyleSheet("QFrame#minorBanner { background: #fde7e9; "
                           "border: 1px solid #b00020; border-radius: 4px; }")
        self.text = plain_label("", self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(self.text, 1)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "The person depicted may be under 18. This case keeps no pictures or videos, only "
            "their fingerprints (SHA-256, MD5, PDQ), web addresses, text and provenance, because "
            "having such images is itself an offence. What to do instead: report it to the "
            "police (Hong Kong Police e-Report Centre, or 999 in an emergency), and help the "
            "young person or a parent use Take It Down (takeitdown.ncmec.org), which lets "
            "platforms find and remove copies from the fingerprints alone."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
