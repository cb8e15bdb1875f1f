"""The take-down overview across cases: open, overdue, reappeared; per category and platform.

What it shows and exports are counts only (the CSV has no address, host, case, reference or
name), for the NGO's reporting.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import TakedownDataInvalid
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.takedown.dialogs import ask_save_path
from evidence_app.gui.takedown.labels import category_text
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job
from evidence_app.takedown.platforms import UNKNOWN, PlatformBook
from evidence_app.takedown.stats import Overview

log = logging.getLogger(__name__)

COLUMNS = 7
ALARM = "color: #b00020;"


def compute(vault: Any, book: PlatformBook) -> Overview:
    from evidence_app.takedown.stats import overview, states
    from evidence_app.vault.models import utc_now

    return overview(states(vault, book, utc_now()))


class OverviewWindow(QDialog):
    """A window of its own (not modal): it can stay open beside the cases."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.session = session
        self.book: PlatformBook | None = None
        self.data: Overview | None = None
        self.error: BaseException | str | None = None
        self.job: Job | None = None
        self.title = heading(self, 3)
        self.figures: dict[str, QLabel] = {}
        self.figure_names: dict[str, QLabel] = {}
        grid = QGridLayout()
        for col, key in enumerate(("open", "overdue", "reappeared", "locations", "reported",
                                   "removed")):
            number = heading(self, 8)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = plain_label("", self)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setStyleSheet(MUTED_STYLE)
            grid.addWidget(number, 0, col)
            grid.addWidget(name, 1, col)
            self.figures[key], self.figure_names[key] = number, name
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name
        self.note = plain_label("", self)
        self.note.setStyleSheet(MUTED_STYLE)
        self.status = plain_label("", self)
        self.refresh_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.close)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take-down overview"))
        self.title.setText(self.tr("Take-down across all cases"))
        names = {"open": self.tr("Open requests"), "overdue": self.tr("Overdue"),
                 "reappeared": self.tr("Reappeared"), "locations": self.tr("Locations"),
                 "reported": self.tr("Reported"), "removed": self.tr("Removed")}
        for key, label in self.figure_names.items():
            label.setText(names[key])
        self.table.setHorizontalHeaderLabels([
            self.tr("By"), self.tr("Name"), self.tr("Locations"), self.tr("Reported"),
            self.tr("Removed"), self.tr("Share removed"), self.tr("Median days to removal")])
        self.note.setText(self.tr("Counts only. The CSV holds no address, host, case, reference "
                                  "or name."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.close_button.setText(self.tr("Close"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> Job | None:
        if self.book is None:
            from evidence_app.takedown import platforms

            try:
                self.book = platforms.load()
            except TakedownDataInvalid as e:
                self.error = self.tr("The platforms data file has an error. Fix the line "
                                     "named below, or restore the file shipped with the "
                                     "app.") + "\n" + plain(str(e), 600)
                self._render()
                return None
        if not self.session.is_open:
            return None
        book = self.book
        job = self.session.run(lambda v, ctx: compute(v, book), name="takedown-overview")
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_failed)
        self.job = job
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setText(self.tr("Counting…"))
        return job.start(self.session.pool)

    def _on_loaded(self, data: Overview) -> None:
        if self.sender() is not self.job:
            return
        self.data, self.error = data, None
        self._render()
        self.loaded.emit()

    def _on_failed(self, err: BaseException) -> None:
        self.error = err
        self._render()

    def _render(self) -> None:
        if self.error is not None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.error if isinstance(self.error, str)
                                else error_text(self.error))
        else:
            self.status.setText("")
        data = self.data
        self.export_button.setEnabled(data is not None)
        for key, label in self.figures.items():
            value = getattr(data, key) if data is not None else None
            label.setText("—" if value is None else str(value))
        for key in ("overdue", "reappeared"):
            loud = data is not None and getattr(data, key) > 0
            self.figures[key].setStyleSheet(ALARM if loud else "")
        rows = data.rows if data is not None else []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            share = "—" if row.share_removed is None else f"{row.share_removed:.0%}"
            median = "—" if row.median_days is None else f"{row.median_days:g}"
            cells = [self.tr("Category") if row.group == "category" else self.tr("Platform"),
                     self._key_name(row.group, row.key), str(row.locations), str(row.reported),
                     str(row.removed), share, median]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row.group == "category" and c == 1:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)

    def _key_name(self, group: str, key: str) -> str:
        if group == "category":
            return category_text(key)
        if key == UNKNOWN.id or self.book is None:
            return self.tr("Unknown platform") if key == UNKNOWN.id else plain(key, 80)
        return plain(self.book.platform(key).name, 80)

    def export_csv(self) -> Path | None:
        if self.data is None:
            return None
        path = ask_save_path(self, self.tr("Export the overview as CSV"),
                             self.tr("CSV files (*.csv)"), "csv")
        return self.write_csv(path) if path is not None else None

    def write_csv(self, path: Path) -> Path | None:
        """Counts only (see evidence_app.takedown.stats)."""
        if self.data is None:
            return None
        try:
            path.write_text(self.data.csv(), encoding="utf-8")
        except OSError as e:
            log.warning("overview CSV not written: %s", type(e).__name__)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The file could not be written. Choose another folder."))
            return None
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setText(self.tr("Saved the counts as CSV."))
        return path
