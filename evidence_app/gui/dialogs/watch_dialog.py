"""A case's watch list: pictures the survivor provided, kept as fingerprints (labels only shown).

Every new capture of the case is checked against it by the core (after seal). Adding keeps only
the hashes unless "keep" is ticked, in which case the picture is also imported as an exhibit.
Removing a wrong picture asks first and is a custody event; flags already recorded stay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import EvidenceAppError
from evidence_app.gui import file_dialogs
from evidence_app.gui.formatting import local_time, plain
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
from evidence_app.vault import Case, Vault

log = logging.getLogger(__name__)


@dataclass
class AddOutcome:
    added: list[str] = field(default_factory=list)  # labels
    low_quality: list[str] = field(default_factory=list)  # labels that will not be matched
    failed: list[tuple[str, str]] = field(default_factory=list)  # file name, message
    # Pictures of the case sealed before the entry was added: (label, exhibit, distance).
    already: list[tuple[str, str, int]] = field(default_factory=list)


def add_pictures(vault: Vault, case_id: str, paths: list[Path], keep: bool,
                 ctx: JobContext) -> AddOutcome:
    """Hash each file (and import it when kept); one failure never stops the others."""
    from evidence_app.fingerprints import match, watch
    from evidence_app.importer import import_file

    out = AddOutcome()
    for n, path in enumerate(paths):
        if ctx.cancel.is_set():
            break
        ctx.progress(n, len(paths))
        try:
            h, sha = watch.hash_file(path)
            label = artifact_id = None
            if keep:
                cap = import_file(vault, case_id, path)
                label, artifact_id = cap.exhibit, cap.artifacts[0].id
            entry = watch.add(vault, case_id, h, sha256=sha, artifact_id=artifact_id,
                              label=label)
        except EvidenceAppError as e:
            out.failed.append((path.name, error_text(e)))
            continue
        out.added.append(entry.label)
        if not h.usable:
            out.low_quality.append(entry.label)
            continue
        out.already += [(entry.label, m.exhibit, m.distance)
                        for m in match.find(vault, h.hex, case_id=case_id)
                        if m.artifact_id != artifact_id]
    return out


def list_entries(vault: Vault, case_id: str, ctx: JobContext) -> list[object]:
    from evidence_app.fingerprints import watch

    return list(watch.entries(vault, case_id))


class WatchDialog(QDialog):
    """Lists the case's watched pictures by label and quality; adds new ones on a worker."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.entries: list[object] = []
        self.outcome: AddOutcome | BaseException | None = None
        self.add_job: Job | None = None
        self.list_job: Job | None = None
        self.remove_job: Job | None = None
        self.confirm_box: QMessageBox | None = None
        self.removed: str | None = None  # the label just removed, for the status line
        self.intro = plain_label("", self)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keep = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        self.status = plain_label("", self)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.keep, 1)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.itemSelectionChanged.connect(self._render_buttons)
        self.resize(760, 420)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Watch list – %1").replace("%1", plain(self.case.title, 80)))
        self.intro.setText(self.tr(
            "Pictures the survivor provided, kept as fingerprints. Every new capture in this case "
            "is checked against them and flagged when it contains a match. The pictures are not "
            "shown here."))
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Quality"),
                                              self.tr("Added"), self.tr("Kept as exhibit")])
        self.keep.setText(self.tr("Also keep the pictures in the vault as exhibits (otherwise "
                                  "only their fingerprints are kept)"))
        self.add_button.setText(self.tr("Add pictures…"))
        self.remove_button.setText(self.tr("Remove from the list…"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> Job | None:
        if not self.session.is_open:
            return None
        case_id = self.case.id
        job = self.session.run(lambda v, ctx: list_entries(v, case_id, ctx), name="watch-list")
        job.succeeded.connect(self._on_listed)
        self.list_job = job
        return job.start(self.session.pool)

    def _on_listed(self, entries: list[object]) -> None:
        self.entries = entries
        self._render()

    def selected(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _render_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None and self.remove_job is None)

    def ask_remove(self) -> QMessageBox | None:
        """Ask before taking the selected picture off the list (a wrong picture given)."""
        entry = self.selected()
        if entry is None:
            return None
        label = plain(entry.label, 40)  # type: ignore[attr-defined]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove from the watch list"), self.tr(
            "Stop watching for %1? New captures will no longer be checked against it. Matches "
            "already recorded stay, and the removal is recorded in the custody log.")
            .replace("%1", label), QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self.remove(label) if b is remove else None)
        self.confirm_box = box
        box.open()
        return box

    def remove(self, label: str) -> Job | None:
        if self.remove_job is not None or not self.session.is_open:
            return None
        case_id = self.case.id

        def work(vault: Vault, _ctx: JobContext) -> str:
            from evidence_app.fingerprints import watch

            return watch.remove(vault, case_id, label).label

        job = self.session.run(work, name="watch-remove")
        job.succeeded.connect(self._on_removed)
        job.failed.connect(self._on_added)  # shown like a failed add: the error, worded
        job.finished.connect(self._on_remove_finished)
        self.remove_job = job
        self.outcome = None
        self.removed = None
        self._render_buttons()
        return job.start(self.session.pool)

    def _on_removed(self, label: str) -> None:
        self.removed = label

    def _on_remove_finished(self) -> None:
        self.remove_job = None
        self._render()
        self.reload()

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Pictures to watch for"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> Job | None:
        if self.add_job is not None or not self.session.is_open:
            return None
        case_id, keep = self.case.id, self.keep.isChecked()
        job = self.session.run(lambda v, ctx: add_pictures(v, case_id, paths, keep, ctx),
                               name="watch-add")
        job.succeeded.connect(self._on_added)
        job.failed.connect(self._on_added)
        job.finished.connect(self._on_add_finished)
        self.add_job = job
        self.add_button.setEnabled(False)
        self.outcome = None
        self.removed = None
        self._render()
        return job.start(self.session.pool)

    def _on_added(self, outcome: object) -> None:
        self.outcome = outcome  # type: ignore[assignment]

    def _on_add_finished(self) -> None:
        self.add_job = None
        self.add_button.setEnabled(True)
        self._render()
        self.reload()

    def _render(self) -> None:
        self._render_buttons()
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            values = [e.label, str(e.quality), local_time(e.added_at),  # type: ignore[attr-defined]
                      self.tr("yes") if e.artifact_id else self.tr("no")]  # type: ignore[attr-defined]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(plain(text, 200)))
        outcome = self.outcome
        self.status.setStyleSheet(MUTED_STYLE)
        if self.add_job is not None:
            self.status.setText(self.tr("Adding…"))
        elif isinstance(outcome, BaseException):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(outcome))
        elif outcome is not None:
            parts = [self.tr("%n picture(s) added to the watch list.", "", len(outcome.added))]
            if outcome.low_quality:
                parts.append(self.tr("Too little detail to match reliably, not matched: %1")
                             .replace("%1", ", ".join(outcome.low_quality)))
            parts += [self.tr("%1 is already in this case: %2, distance %3").replace(
                "%1", label).replace("%2", exhibit).replace("%3", str(distance))
                for label, exhibit, distance in outcome.already[:20]]
            parts += [f"{plain(name, 200)}: {msg}" for name, msg in outcome.failed]
            if outcome.failed:
                self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText("\n".join(parts))
        elif self.removed is not None:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("%1 was removed from the watch list.")
                                .replace("%1", plain(self.removed, 40)))
        elif not self.entries:
            self.status.setText(self.tr("The watch list of this case is empty."))
        else:
            self.status.clear()
