"""Back up now: copy the (still encrypted) vault and its key file to a folder or USB stick.

The core copies through SQLCipher, re-verifies the copy and records `backed_up` in the custody
log; here the caseworker picks where, watches the stages, and reads where it went.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui import file_dialogs
from evidence_app.gui.dialogs.new_recovery_key import NewRecoveryKeyDialog
from evidence_app.gui.formatting import local_time
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext
from evidence_app.units import human_size
from evidence_app.vault import Vault
from evidence_app.vault.models import utc_now

log = logging.getLogger(__name__)

STAGES = ("copying", "checking", "done")


def backup_folder_in(parent: Path) -> Path:
    """A new, dated folder inside the chosen one (a USB stick's root, say)."""
    stamp = utc_now().astimezone().strftime("%Y-%m-%d_%H%M%S")
    return parent / f"evidence-app-backup_{stamp}"


def run_backup(vault: Vault, folder: Path, ctx: JobContext) -> object:
    from evidence_app.vault.backup import backup_vault

    return backup_vault(vault, folder,
                        lambda stage: ctx.progress(STAGES.index(stage) + 1 if stage in STAGES
                                                   else 0, len(STAGES), stage))


class BackupDialog(QDialog):
    """Choose a folder, back up on a worker, say where the backup went."""

    backed_up = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.stage = ""
        self.target: Path | None = None
        self.result: object | BaseException | None = None
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.choose_button = QPushButton(self)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.status = plain_label("", self, selectable=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # The other way to lose a vault: a recovery key lost or never written down.
        self.key_note = plain_label("", self)
        self.key_note.setStyleSheet(MUTED_STYLE)
        self.new_key_button = QPushButton(self)
        self.new_key_dialog: NewRecoveryKeyDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_note, 1)
        key_row.addWidget(self.new_key_button)
        layout.addLayout(key_row)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.new_key_button.clicked.connect(self.open_new_key)
        self.resize(640, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up the vault"))
        self.intro.setText(self.tr(
            "A backup is a copy of the vault, still encrypted, with its key file: the same "
            "passphrase and recovery key open it. Keep it on a USB stick or another drive, away "
            "from this computer. The copy is checked in full before it counts, and the backup "
            "is recorded in the custody log."))
        self.choose_button.setText(self.tr("Choose a folder or USB stick…"))
        self.key_note.setText(self.tr("Recovery key lost, or never written down?"))
        self.new_key_button.setText(self.tr("Make a new recovery key…"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def open_new_key(self) -> NewRecoveryKeyDialog:
        if self.new_key_dialog is None:
            self.new_key_dialog = NewRecoveryKeyDialog(self.session, self)
        self.new_key_dialog.show()
        self.new_key_dialog.raise_()
        return self.new_key_dialog

    def choose(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Where to put the backup"))
        if folder is not None:
            self.start(backup_folder_in(folder))

    def start(self, folder: Path) -> Job | None:
        if self.job is not None or not self.session.is_open:
            return None
        job = self.session.run(lambda v, ctx: run_backup(v, folder, ctx), name="backup")
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_done)
        job.finished.connect(self._on_finished)
        self.job, self.target, self.result, self.stage = job, folder, None, "copying"
        self.choose_button.setEnabled(False)
        self.bar.setRange(0, len(STAGES))
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self._render()
        return job.start(self.session.pool)

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.stage = stage
        self.bar.setValue(done)
        self._render()

    def _on_done(self, result: object) -> None:
        self.result = result
        if not isinstance(result, BaseException):
            self.backed_up.emit()

    def _on_finished(self) -> None:
        self.job = None
        self.bar.setVisible(False)
        self.choose_button.setEnabled(True)
        self._render()

    def _render(self) -> None:
        result = self.result
        self.status.setStyleSheet(MUTED_STYLE)
        if self.job is not None:
            self.status.setText({
                "copying": self.tr("Copying the vault… (it stays usable meanwhile)"),
                "checking": self.tr("Checking the copy: every item is read back and re-hashed…"),
            }.get(self.stage, self.tr("Finishing…")))
        elif isinstance(result, BaseException):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(result))
        elif result is not None:
            self.status.setStyleSheet(OK_STYLE)
            r = result
            self.status.setText(self.tr(
                "Backed up and checked ({size}, {n} item(s) re-hashed) at {time}.\n"
                "It is in: {folder}\n"
                "To restore it, use `evidence-app restore` with this folder.")
                .replace("{size}", human_size(r.size))  # type: ignore[attr-defined]
                .replace("{n}", str(r.artifacts_checked))  # type: ignore[attr-defined]
                .replace("{time}", local_time(r.created_utc))  # type: ignore[attr-defined]
                .replace("{folder}", str(r.folder)))  # type: ignore[attr-defined]
        else:
            self.status.clear()
