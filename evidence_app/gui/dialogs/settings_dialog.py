"""Settings: language, auto-lock minutes, neutral window title, operator name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from evidence_app.gui.i18n import LANGUAGE_NAMES
from evidence_app.gui.settings import Settings
from evidence_app.gui.widgets.common import MUTED_STYLE, form_row, is_language_change, plain_label


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `settings()` returns the result when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = settings
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setValue(settings.idle_lock_minutes)
        self.neutral = QCheckBox(self)
        self.neutral.setChecked(settings.neutral_title)
        self.operator = QLineEdit(settings.operator_name, self)
        self.tsa_urls = QLineEdit(settings.tsa_urls, self)
        self.backup_days = QSpinBox(self)
        self.backup_days.setRange(1, 365)
        self.backup_days.setValue(settings.backup_reminder_days)
        self.note = plain_label("", self)
        self.note.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout(self)
        self.form_labels = [form_row(self.form, w) for w in (
            self.language, self.idle, self.neutral, self.operator, self.tsa_urls,
            self.backup_days)]
        self.form.addRow(self.note)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for label, text in zip(self.form_labels, (self.tr("Language"), self.tr("Lock after idle"),
                                    self.tr("Window title"), self.tr("Default name"),
                                    self.tr("Time-stamping services"),
                                    self.tr("Backup reminder")), strict=True):
            label.setText(text)
        self.tsa_urls.setPlaceholderText(self.tr("Empty: the standard services. \"none\": no "
                                                 "trusted time."))
        self.tsa_urls.setToolTip(self.tr("Web addresses of RFC 3161 time-stamping services, "
                                         "separated by spaces. Empty uses the standard list; "
                                         "\"none\" turns trusted time off."))
        self.backup_days.setPrefix(self.tr("after "))
        self.backup_days.setSuffix(self.tr(" day(s) without a backup"))
        self.idle.setSuffix(self.tr(" min"))
        self.neutral.setText(self.tr("Use a neutral title (\"Notes\") so the window does not "
                                     "say what it is"))
        self.note.setText(self.tr("Settings are saved on this computer. They never contain case "
                                  "details."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def settings(self) -> Settings:
        return replace(self._original, language=str(self.language.currentData()),
                       idle_lock_minutes=self.idle.value(),
                       neutral_title=self.neutral.isChecked(),
                       operator_name=self.operator.text().strip(),
                       tsa_urls=self.tsa_urls.text().strip(),
                       backup_reminder_days=self.backup_days.value()).normalised()
