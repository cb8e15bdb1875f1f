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
# What a caseworker scans for comes first; the host is also in the address.
URL_COL, STATUS_COL, REQUESTS_COL, CHECK_COL, PLATFORM_COL, CATEGORY_COL, HOST_COL = range(COLUMNS)
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
    due = local_time(latest.due_at)[5:16] if latest.due_at else ""  # MM-DD HH:MM
    n = QCoreApplication.translate("Takedown", "%n request(s)", "", len(state.requests))
    if not due:
        return n
    return n + " · " + QCoreApplication.translate("Takedown", "due %1").replace("%1", due)


def check_cell(state: LocationState) -> str:
    last = state.last_check
    if last is None:
        return QCoreApplication.translate("Takedown", "Not checked yet")
    return f"{local_time(last.at)[:16]} · {status_text(last.status)}"


def check_tip(state: LocationState) -> str:
    """The last check's reason (HTTP 410, the pictures are gone, ...) and its time with zone."""
    last = state.last_check
    if last is None:
        return ""
    reason = reason_text(last.details.get("reason"))
    return f"{local_time(last.at)} · {status_text(last.status)}" + (f" ({reason})" if reason
                                                                    else "")


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
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of an address tell
        header = self.horizontalHeader()
        for col in range(1, COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(URL_COL, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(URL_COL, 240)
        self.retranslate()

    def retranslate(self) -> None:
        names = {URL_COL: self.tr("Web address"), HOST_COL: self.tr("Host"),
                 PLATFORM_COL: self.tr("Platform"), CATEGORY_COL: self.tr("Category"),
                 STATUS_COL: self.tr("Status"), REQUESTS_COL: self.tr("Requests"),
                 CHECK_COL: self.tr("Last check")}
        self.setHorizontalHeaderLabels([names[c] for c in range(COLUMNS)])
        self.set_states(self.states)

    def set_states(self, states: list[LocationState]) -> None:
        selected = set(self.selected_ids())
        self.states = list(states)
        self.setRowCount(len(states))
        for row, st in enumerate(states):
            cells = {URL_COL: plain(st.location.url, 500), HOST_COL: plain(st.location.host, 200),
                     PLATFORM_COL: platform_name(st),
                     CATEGORY_COL: category_text(st.location.category),
                     STATUS_COL: status_cell(st), REQUESTS_COL: requests_cell(st),
                     CHECK_COL: check_cell(st)}
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                if col == URL_COL:
                    item.setData(Qt.ItemDataRole.UserRole, st.location.id)
                    note = plain(st.location.note or "", 500)
                    item.setToolTip(f"{text}\n{note}" if note else text)
                elif col == CHECK_COL:
                    item.setToolTip(check_tip(st))
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
