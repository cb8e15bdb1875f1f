"""The list of cases with a search box and a New case button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.widgets.common import heading, is_language_change
from evidence_app.vault import Case

_CASE_ROLE = Qt.ItemDataRole.UserRole


class CasesPanel(QWidget):
    """Shows cases; emits `case_selected` with the chosen Case."""

    case_selected = Signal(object)
    new_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases: list[Case] = []
        self.title = heading(self, 2)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.new_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        self.search.textChanged.connect(self._refilter)
        self.list.currentItemChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_case_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Search cases"))
        self.new_button.setText(self.tr("New case…"))
        self._fill(keep=self.current_case())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_cases(self, cases: list[Case], select_id: str | None = None) -> None:
        self._cases = list(cases)
        current = self.current_case()
        self._fill(keep=select_id or (current.id if current is not None else None))

    def current_case(self) -> Case | None:
        item = self.list.currentItem()
        if item is None:
            return None
        case: Case = item.data(_CASE_ROLE)
        return case

    def _label(self, case: Case) -> str:
        ref = f" · {case.ref}" if case.ref else ""
        count = self.tr("%n item(s)", "", case.capture_count)
        return f"{case.title}{ref}\n{case.exhibit_prefix} · {count}"

    def _fill(self, keep: object = None) -> None:
        keep_id = keep.id if isinstance(keep, Case) else keep
        needle = self.search.text().strip().lower()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for case in self._cases:
            haystack = " ".join([case.title, case.ref or "", case.exhibit_prefix]).lower()
            if needle and needle not in haystack:
                continue
            item = QListWidgetItem(self._label(case))
            item.setData(_CASE_ROLE, case)
            self.list.addItem(item)
            if case.id == keep_id:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)

    def _refilter(self) -> None:
        self._fill(keep=self.current_case())

    def _on_current(self, current: QListWidgetItem | None, _prev: object) -> None:
        if current is not None:
            self.case_selected.emit(current.data(_CASE_ROLE))
