"""Artifacts (with copyable SHA-256) and the custody timeline of one capture."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.widgets.common import is_language_change, monospace
from evidence_app.units import human_size
from evidence_app.vault import ArtifactInfo, CustodyEvent


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _fit_height(table: QTableWidget) -> None:
    """Show every row (the detail view scrolls as a whole)."""
    height = table.horizontalHeader().height() + 4
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(height)


class ArtifactsTable(QTableWidget):
    """Role, name, type, size and SHA-256; `copy_selected_hash()` puts a hash on the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._artifacts: list[ArtifactInfo] = []
        _read_only(self)
        self.cellDoubleClicked.connect(lambda row, _col: self.copy_hash(row))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Type"),
                                        self.tr("Size"), self.tr("SHA-256")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_artifacts(self, artifacts: list[ArtifactInfo]) -> None:
        self._artifacts = list(artifacts)
        self.setRowCount(len(artifacts))
        for row, art in enumerate(artifacts):
            segment = art.meta.get("segment")
            role = f"{art.role} {segment}" if segment is not None else art.role
            values = [role, plain(art.name, 200), art.media_type, human_size(art.size), art.sha256]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setFont(monospace())
                self.setItem(row, col, item)
        _fit_height(self)

    def copy_hash(self, row: int | None = None) -> str | None:
        row = self.currentRow() if row is None else row
        if row < 0 or row >= len(self._artifacts):
            return None
        digest = self._artifacts[row].sha256
        QGuiApplication.clipboard().setText(digest)
        return digest


class CustodyTable(QTableWidget):
    """The custody events of one capture, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._events: list[CustodyEvent] = []
        _read_only(self)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def _action_name(self, action: str) -> str:
        names = {
            "captured": self.tr("captured"), "imported": self.tr("imported"),
            "viewed": self.tr("viewed"), "exported": self.tr("exported"),
            "extracted": self.tr("extracted"), "verified": self.tr("verified"),
            "case_created": self.tr("case created"), "vault_created": self.tr("vault created"),
        }
        return names.get(action, action)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("When (local time)"), self.tr("Action"),
                                        self.tr("Operator"), self.tr("Details")])
        self.set_events(self._events)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_events(self, events: list[CustodyEvent]) -> None:
        self._events = list(events)
        self.setRowCount(len(events))
        for row, ev in enumerate(events):
            details = {k: v for k, v in (ev.details or {}).items() if k != "artifacts"}
            summary = plain(json.dumps(details, ensure_ascii=False, sort_keys=True), 300)
            values = [local_time(ev.ts_utc), self._action_name(ev.action),
                      plain(f"{ev.operator} @ {ev.machine}", 200), summary]
            for col, text in enumerate(values):
                self.setItem(row, col, QTableWidgetItem(text))
        _fit_height(self)
