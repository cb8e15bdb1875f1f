"""A case's captures and imports: exhibit, kind, source, time, status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import notice_texts
from evidence_app.gui.widgets.common import is_language_change
from evidence_app.vault import CaptureInfo

_ID_ROLE = Qt.ItemDataRole.UserRole


def capture_warnings(info: CaptureInfo) -> list[str]:
    """The capture's warnings in the interface language (as recorded, for older captures)."""
    texts = notice_texts(info.meta.get("notices"), info.meta.get("warnings"))
    return [plain(w, 1000) for w in texts]


class CapturesTable(QTableWidget):
    """Read-only table; emits `capture_selected` with the capture id."""

    capture_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self._captures: list[CaptureInfo] = []
        # Per capture id: trusted-time state ("granted", "pending", "failed", "clock") and
        # watch-list matches ((label, distance), ...), filled by a later job (see set_badges).
        self._times: dict[str, str] = {}
        self._flags: dict[str, list[tuple[str, int]]] = {}
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.itemSelectionChanged.connect(self._on_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Exhibit"), self.tr("Kind"), self.tr("Web address or file"),
            self.tr("Captured (local time)"), self.tr("HTTP"), self.tr("Status"),
            self.tr("Trusted time")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_captures(self, captures: list[CaptureInfo]) -> None:
        keep = self.current_id()
        self._captures = list(captures)
        self._fill()
        if keep:
            self.select_id(keep)

    def current_id(self) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(_ID_ROLE) if item is not None else None

    def select_id(self, capture_id: str) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(_ID_ROLE) == capture_id:
                self.selectRow(row)
                return

    def set_badges(self, times: dict[str, str], flags: dict[str, list[tuple[str, int]]]) -> None:
        """Trusted time and watch-list matches per capture (read after the list, on a worker)."""
        self._times, self._flags = dict(times), dict(flags)
        self._fill()

    def _status(self, info: CaptureInfo) -> str:
        n = len(capture_warnings(info))
        text = self.tr("Sealed, %n warning(s)", "", n) if n else self.tr("Sealed")
        hits = self._flags.get(info.id)
        if hits:
            label, distance = hits[0]
            text += " · " + self.tr("matches %1, distance %2").replace(
                "%1", plain(label, 40)).replace("%2", str(distance))
        return text

    def _time_text(self, info: CaptureInfo) -> str:
        state = self._times.get(info.id, "")
        return {"granted": self.tr("✓ trusted"), "pending": self.tr("… pending"),
                "failed": self.tr("✗ failed"),
                "clock": self.tr("✓ trusted, ⚠ clock")}.get(state, "")

    def _fill(self) -> None:
        self.blockSignals(True)
        self.setRowCount(len(self._captures))
        kinds = {"web": self.tr("Web page"), "import": self.tr("Imported file")}
        for row, info in enumerate(self._captures):
            status = info.meta.get("http_status")
            values = [info.exhibit, kinds.get(info.kind, info.kind), plain(info.source, 300),
                      local_time(info.sealed_at), str(status) if status else "",
                      self._status(info), self._time_text(info)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 5 and self._flags.get(info.id):
                    item.setForeground(QColor("#b00020"))
                if col == 6 and self._times.get(info.id) in ("failed", "clock"):
                    item.setForeground(QColor("#b00020"))
                if col == 0:
                    item.setData(_ID_ROLE, info.id)
                self.setItem(row, col, item)
        self.blockSignals(False)

    def _on_selection(self) -> None:
        cid = self.current_id()
        if cid:
            self.capture_selected.emit(cid)
