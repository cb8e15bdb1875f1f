"""Export a case: exhibit bundle + chain-of-custody PDF, optional redaction, progress, result."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui import clipboard, file_dialogs
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    form_row,
    is_language_change,
    monospace,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Case

log = logging.getLogger(__name__)


def run_export(vault: Any, case_id: str, options_kwargs: dict[str, Any], ctx: JobContext) -> Any:
    from evidence_app.report import export  # heavy (PDF, images): loaded on first export

    options = export.ExportOptions(**options_kwargs)
    return export.export_case(vault, case_id, options, progress=ctx.progress, cancel=ctx.cancel)


class ExportDialog(QDialog):
    """Non-blocking: the export runs on a worker; the dialog shows progress and the outcome."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.job: Job | None = None
        self.export_result: Any = None
        self._error: BaseException | None = None
        self.intro = plain_label("", self)
        self.folder_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.purpose_combo = QComboBox(self)
        self.org_edit = QLineEdit(self)
        self.redact_check = QCheckBox(self)
        self.zip_check = QCheckBox(self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = plain_label("", self, selectable=True)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.manifest_label = plain_label("", self)
        self.manifest_hash = QLineEdit(self)  # selectable and copyable, never edited
        self.manifest_hash.setReadOnly(True)
        self.manifest_hash.setFont(monospace())
        self.copy_manifest_button = QPushButton(self)
        self.open_folder_button = QPushButton(self)
        for w in (self.manifest_label, self.manifest_hash, self.copy_manifest_button,
                  self.open_folder_button):
            w.setVisible(False)
        # The whole fingerprint visible at once: it is read out or copied by hand.
        self.manifest_hash.setMinimumWidth(
            self.manifest_hash.fontMetrics().horizontalAdvance("0" * 64) + 16)
        manifest_row = QHBoxLayout()
        manifest_row.addWidget(self.manifest_hash, 1)
        manifest_row.addWidget(self.copy_manifest_button)
        folder_button_row = QHBoxLayout()
        folder_button_row.addWidget(self.open_folder_button)
        folder_button_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form_labels = [form_row(self.form, w) for w in (
            folder_row, self.purpose_combo, self.org_edit, self.redact_check, self.zip_check)]
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.manifest_label)
        layout.addLayout(manifest_row)
        layout.addLayout(folder_button_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.copy_manifest_button.clicked.connect(self.copy_manifest_hash)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.resize(760, 440)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export case"))
        self.intro.setText(self.tr(
            "Creates a folder with every exhibit, the custody log, a manifest of fingerprints and "
            "a chain-of-custody PDF that police, lawyers and courts can check without this app."))
        texts = (self.tr("Save into folder"), self.tr("Purpose"), self.tr("Organisation"), "", "")
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.browse_button.setText(self.tr("Choose…"))
        self.manifest_label.setText(self.tr(
            "Fingerprint of the manifest (SHA-256). Send it separately from the bundle (by "
            "message or on paper), so the receiver can check nothing was changed on the way:"))
        self.copy_manifest_button.setText(self.tr("Copy"))
        self.open_folder_button.setText(self.tr("Open folder"))
        index = max(0, self.purpose_combo.currentIndex())
        self.purpose_combo.clear()
        # The values are what the report prints; the labels are for the user.
        self.purpose_combo.addItem(self.tr("Report to the police"), "police report")
        self.purpose_combo.addItem(self.tr("Disposal order application (s.159AAL)"),
                                   "disposal order")
        self.purpose_combo.setCurrentIndex(index)
        self.redact_check.setText(self.tr("Redacted copy: pixelate pictures in the PDF and leave "
                                          "picture files out"))
        self.redact_check.setToolTip(self.tr(
            "For readers who must not see the pictures. The originals stay sealed in the vault."))
        self.zip_check.setText(self.tr("Also make a single .zip file"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        if self.export_result is not None:
            self._show_result()
        elif self._error is not None:
            self.status.setText(error_text(self._error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        busy = self.job is not None
        ready = bool(self.folder_edit.text().strip())
        self.export_button.setEnabled(ready and not busy)
        self.cancel_button.setEnabled(busy)
        self.browse_button.setEnabled(not busy)

    def _browse(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Folder to export into"))
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def options(self) -> dict[str, Any]:
        return {"out_dir": Path(self.folder_edit.text().strip()),
                "make_zip": self.zip_check.isChecked(), "redact": self.redact_check.isChecked(),
                "purpose": str(self.purpose_combo.currentData() or "police report"),
                "organisation": self.org_edit.text().strip(),
                "prepared_by": self.session.vault.operator.name}

    def start(self) -> Job | None:
        if self.job is not None or not self.export_button.isEnabled():
            return None
        case_id, kwargs = self.case.id, self.options()
        job = self.session.run(lambda v, ctx: run_export(v, case_id, kwargs, ctx), name="export")
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self.job = job
        self.export_result = None
        self._error = None
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setText(self.tr("Exporting…"))
        self._update_buttons()
        return job.start(self.session.pool)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        # The message may name exhibits or URLs; the bar is enough.
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _show_result(self) -> None:
        r = self.export_result
        lines = [self.tr("Export finished: %1 exhibits, %2 files.")
                 .replace("%1", str(r.exhibits)).replace("%2", str(r.files)),
                 self.tr("Folder: %1").replace("%1", str(r.bundle_dir)),
                 self.tr("Report (PDF): %1").replace("%1", str(r.pdf_path))]
        if r.zip_path:
            lines.append(self.tr("Zip file: %1").replace("%1", str(r.zip_path)))
        lines.append(self.tr("Bundle id: %1").replace("%1", str(r.bundle_id)))
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText("\n".join(lines))
        digest = str(getattr(r, "manifest_sha256", "") or "")
        self.manifest_hash.setText(digest)
        for w in (self.manifest_label, self.manifest_hash, self.copy_manifest_button):
            w.setVisible(bool(digest))
        self.open_folder_button.setVisible(True)

    def copy_manifest_hash(self) -> None:
        if self.manifest_hash.text():
            clipboard.copy(self.manifest_hash.text())

    def open_folder(self) -> bool:
        """Show the bundle folder in the system's file manager."""
        if self.export_result is None:
            return False
        url = QUrl.fromLocalFile(str(self.export_result.bundle_dir))
        return bool(QDesktopServices.openUrl(url))

    def _on_done(self, result: Any) -> None:
        self.export_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_result()

    def _on_failed(self, err: BaseException) -> None:
        self._error = err
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))

    def _on_cancelled(self) -> None:
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setText(self.tr("Export cancelled."))

    def _on_finished(self) -> None:
        self.job = None
        if self.export_result is None:
            self.progress.setVisible(False)
        self._update_buttons()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

