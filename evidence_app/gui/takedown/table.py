"""The locations table: overdue and reappeared stand out loudly; the rest stays quiet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.takedown.labels import category_text, reason_text, status_text
from evidence_app.takedown.platforms import UNKNOWN
from evidence_app.takedown.status import LocationState
from evidence_app.vocab import TakedownStatus

COLUMNS = 7
URL_COL, HOST_COL, PLATFORM_COL, CATEGORY_COL, STATUS_COL, REQUESTS_COL, CHECK_COL = range(COLUMNS)
ALARM_BG, ALARM_FG = QColor("#b00020"), QColor("#ffffff")
OVERDUE_BG, OVERDUE_FG = QColor("#ffe082"), QColor("#7a1c00")
REMOVED_FG = QColor("#1b5e20")


def platform_name(state: LocationState) -> str:
    p = state.location.platform
    if p.id == UNKNOWN.id:
        return QCoreApplication.translate("Takedown", "Unknown platform")
    return plain(p.name, 80)


def status_cell(state: LocationState) -> str:
    text = status_text(state.status)
    if state.overdue:
        text += " · " + QCoreApplication.translate("Takedown", "OVERDUE")
    return text


def requests_cell(state: LocationState) -> str:
    if not state.requests:
        return "—"
    latest = state.requests[-1]
    due = local_time(latest.due_at)[:16] if latest.due_at else ""
    n = QCoreApplication.translate("Takedown", "%n request(s)", "", len(state.requests))
    if not due:
        return n
    return n + " · " + QCoreApplication.translate("Takedown", "due %1").replace("%1", due)


def check_cell(state: LocationState) -> str:
    last = state.last_check
    if last is None:
        return QCoreApplication.translate("Takedown", "Not checked yet")
    reason = reason_text(last.details.get("reason"))
    text = f"{local_time(last.at)[:16]} · {status_text(last.status)}"
    return f"{text} ({reason})" if reason else text


class LocationsTable(QTableWidget):
    """One row per location; the row's id is kept in the URL cell's user data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.states: list[LocationState] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(URL_COL, QHeaderView.ResizeMode.Stretch)
        for col in range(1, COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Web address"), self.tr("Host"), self.tr("Platform"), self.tr("Category"),
            self.tr("Status"), self.tr("Requests"), self.tr("Last check")])
        self.set_states(self.states)

    def set_states(self, states: list[LocationState]) -> None:
        selected = set(self.selected_ids())
        self.states = list(states)
        self.setRowCount(len(states))
        for row, st in enumerate(states):
            cells = [plain(st.location.url, 500), plain(st.location.host, 200), platform_name(st),
                     category_text(st.location.category), status_cell(st), requests_cell(st),
                     check_cell(st)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == URL_COL:
                    item.setData(Qt.ItemDataRole.UserRole, st.location.id)
                    item.setToolTip(plain(st.location.note or "", 500) or text)
                self._style(item, st, col)
                self.setItem(row, col, item)
        self.clearSelection()
        for row, st in enumerate(states):
            if st.location.id in selected:
                self.selectRow(row)

    @staticmethod
    def _style(item: QTableWidgetItem, st: LocationState, col: int) -> None:
        bold = QFont()
        bold.setBold(True)
        if st.status == TakedownStatus.REAPPEARED and col in (URL_COL, STATUS_COL):
            item.setBackground(QBrush(ALARM_BG))
            item.setForeground(QBrush(ALARM_FG))
            item.setFont(bold)
        elif st.overdue and col in (STATUS_COL, REQUESTS_COL):
            item.setBackground(QBrush(OVERDUE_BG))
            item.setForeground(QBrush(OVERDUE_FG))
            item.setFont(bold)
        elif st.status == TakedownStatus.REMOVED and col == STATUS_COL:
            item.setForeground(QBrush(REMOVED_FG))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        out = []
        for r in rows:
            item = self.item(r, URL_COL)
            if item is not None:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def selected_states(self) -> list[LocationState]:
        ids = self.selected_ids()
        return [st for st in self.states if st.location.id in ids]

    def row_of(self, location_id: str) -> int:
        return next((i for i, st in enumerate(self.states) if st.location.id == location_id), -1)

    def show_progress(self, location_id: str, text: str) -> None:
        """A location being re-checked: its last-check cell says where the check is."""
        row = self.row_of(location_id)
        item = self.item(row, CHECK_COL) if row >= 0 else None
        if item is not None:
            item.setText(text)
