"""The take-down dialogs: add a location, draft a request, mark it sent, record a response.

They collect what the caseworker types and check it; the tab runs the core on a worker. The draft
dialog shows the request as plain text to copy, save or open as an e-mail draft: the app itself
sends nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui import clipboard
from evidence_app.gui.file_dialogs import scrub_qt_file_dialog_history
from evidence_app.gui.formatting import plain
from evidence_app.gui.takedown.labels import outcome_text, route_kind_text
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    form_row,
    is_language_change,
    monospace,
    plain_label,
)
from evidence_app.takedown.locations import Location
from evidence_app.takedown.platforms import OTHER_ROUTE, PlatformBook, Route
from evidence_app.takedown.requests import Draft
from evidence_app.vocab import Outcome

log = logging.getLogger(__name__)

MAX_FIELD = 2000


def fitting_routes(book: PlatformBook, locations: list[Location]) -> list[Route]:
    """The routes that fit every one of the locations, in the first one's order."""
    if not locations:
        return []
    common = [r for r in book.routes_for(locations[0].platform)]
    for loc in locations[1:]:
        ids = {r.id for r in book.routes_for(loc.platform)}
        common = [r for r in common if r.id in ids]
    return common


def ask_save_path(parent: QWidget | None, title: str, name_filter: str,
                  suffix: str) -> Path | None:
    """Ask where to save a file, with Qt's own dialog and its folder history scrubbed after."""
    dlg = QFileDialog(parent, title)
    dlg.setOptions(QFileDialog.Option.DontUseNativeDialog)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setNameFilter(name_filter)
    dlg.setDefaultSuffix(suffix)
    try:
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        return Path(dlg.selectedFiles()[0])
    finally:
        dlg.setHistory([])
        dlg.deleteLater()
        scrub_qt_file_dialog_history()


class _Dialog(QDialog):
    """A form with an error line and OK/Cancel; subclasses add rows and `check()`."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = plain_label("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def check(self) -> str | None:
        """The reason the form cannot be accepted yet, or None."""
        return None

    def _try_accept(self) -> None:
        problem = self.check()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


def _route_item(route: Route) -> str:
    if route.id == OTHER_ROUTE:
        return QCoreApplication.translate("Takedown", "Other (describe how it was sent)")
    return plain(route.name, 120)  # names in the data file already say form, e-mail, ...


def fill_routes(combo: QComboBox, routes: list[Route]) -> None:
    current = combo.currentData()
    combo.clear()
    for r in routes:
        combo.addItem(_route_item(r), r.id)
        tip = " · ".join(t for t in (route_kind_text(r.kind), plain(r.address, 300),
                                     plain(r.response_time, 80)) if t)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class AddLocationDialog(_Dialog):
    """A web address that cannot be captured (or a search-result page), with a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_FIELD)
        self.labels = [form_row(self.form, w) for w in (self.url_edit, self.note_edit)]
        self.hint = plain_label("", self)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.layout_.addWidget(self.hint)
        self._finish_layout()
        self.resize(560, 180)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a location"))
        self.labels[0].setText(self.tr("Web address"))
        self.labels[1].setText(self.tr("Note"))
        self.url_edit.setPlaceholderText("https://")
        self.note_edit.setPlaceholderText(self.tr("Where it was found, or why it was not "
                                                  "captured"))
        self.hint.setText(self.tr("Captured pages are locations already. Add here what cannot "
                                  "be captured, such as a search-result address."))

    def check(self) -> str | None:
        url = self.url_edit.text().strip()
        if not url.lower().startswith(("http://", "https://")) or len(url) < 10:
            return self.tr("Type a web address starting with http:// or https://.")
        return None

    def values(self) -> tuple[str, str | None]:
        return self.url_edit.text().strip(), self.note_edit.text().strip() or None


class DraftDialog(_Dialog):
    """Choose route, language and organisation; the tab fills in the text once drafted."""

    def __init__(self, book: PlatformBook, locations: list[Location],
                 organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.locations = locations
        self.draft: Draft | None = None
        self.route = QComboBox(self)
        fill_routes(self.route, fitting_routes(book, locations))
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("繁體中文（香港）", "zh-HK")
        self.organisation = QLineEdit(organisation, self)
        self.organisation.setMaxLength(200)
        self.survivor = QLineEdit(self)
        self.survivor.setMaxLength(200)
        self.labels = [form_row(self.form, w) for w in (self.route, self.lang, self.organisation,
                                                        self.survivor)]
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(monospace())
        self.text.setMinimumHeight(260)
        self.draft_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.mail_button = QPushButton(self)
        self.note = plain_label("", self)
        self.note.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.draft_button)
        row.addStretch(1)
        for b in (self.copy_button, self.save_button, self.mail_button):
            row.addWidget(b)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.note)
        self._finish_layout()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_as)
        self.mail_button.clicked.connect(self.open_mail)
        self.set_draft(None)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draft a take-down request"))
        for label, text in zip(self.labels, (self.tr("Route"), self.tr("Language"),
                                             self.tr("Organisation"), self.tr("Survivor's name")),
                               strict=True):
            label.setText(text)
        self.organisation.setPlaceholderText(self.tr("The organisation acting with the "
                                                     "survivor's consent"))
        self.survivor.setPlaceholderText(self.tr("Left out unless you type it"))
        self.draft_button.setText(self.tr("Draft"))
        self.copy_button.setText(self.tr("Copy"))
        self.save_button.setText(self.tr("Save as text…"))
        self.mail_button.setText(self.tr("Open as e-mail draft"))
        self.note.setText(self.tr("The app sends nothing. Copy the text into the platform's form "
                                  "or your e-mail, then use “Mark sent…”."))
        fill_routes(self.route, fitting_routes(self.book, self.locations))

    def choice(self) -> dict[str, str | None]:
        return {"route_id": str(self.route.currentData()), "lang": str(self.lang.currentData()),
                "organisation": self.organisation.text().strip() or None,
                "survivor_name": self.survivor.text().strip() or None}

    def set_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        self.text.setPlainText(draft.text if draft is not None else "")
        for b in (self.copy_button, self.save_button):
            b.setEnabled(draft is not None)
        self.mail_button.setEnabled(draft is not None and draft.mailto is not None)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def copy(self) -> None:
        if self.draft is not None:
            clipboard.copy(self.draft.text)

    def save_as(self) -> Path | None:
        """Save the text as a UTF-8 file (the file dialog asks before replacing one)."""
        if self.draft is None:
            return None
        path = ask_save_path(self, self.tr("Save the request as text"),
                             self.tr("Text files (*.txt)"), "txt")
        if path is None:
            return None
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        if self.draft is None:
            return None
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.draft.text)
        except OSError as e:
            log.warning("draft not saved: %s", type(e).__name__)
            self.show_error(self.tr("The file could not be written. Choose another folder."))
            return None
        self.show_error("")
        return path

    def open_mail(self) -> bool:
        """Hand the draft to the e-mail program; it opens as a draft, nothing is sent."""
        if self.draft is None or self.draft.mailto is None:
            return False
        return QDesktopServices.openUrl(QUrl(self.draft.mailto, QUrl.ParsingMode.StrictMode))


class SentDialog(_Dialog):
    """Mark a request sent: route, the platform's reference, when, and how (for `other`)."""

    def __init__(self, book: PlatformBook, locations: list[Location],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.locations = locations
        self.route = QComboBox(self)
        self.ref = QLineEdit(self)
        self.ref.setMaxLength(200)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_FIELD)
        self.labels = [form_row(self.form, w) for w in (self.route, self.ref, self.when,
                                                        self.note)]
        self._finish_layout()
        self.resize(560, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark the request sent"))
        for label, text in zip(self.labels, (self.tr("Route"), self.tr("Reference"),
                                             self.tr("Sent at"), self.tr("How it was sent")),
                               strict=True):
            label.setText(text)
        self.ref.setPlaceholderText(self.tr("The platform's reference or ticket number"))
        self.note.setPlaceholderText(self.tr("Needed for the route “Other”"))
        fill_routes(self.route, fitting_routes(self.book, self.locations))

    def check(self) -> str | None:
        if self.route.currentData() == OTHER_ROUTE and not self.note.text().strip():
            return self.tr("Say how the request was sent (the route “Other” needs it).")
        return None

    def at_iso(self) -> str:
        """The time typed, in the computer's zone, as ISO 8601 with the offset."""
        local = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), timezone.utc)
        return local.isoformat()

    def values(self) -> dict[str, str | None]:
        return {"route_id": str(self.route.currentData()), "ref": self.ref.text().strip() or None,
                "at": self.at_iso(), "note": self.note.text().strip() or None}


class ResponseDialog(_Dialog):
    """Record a platform's answer to the latest request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QComboBox(self)
        self.ref = QLineEdit(self)
        self.ref.setMaxLength(200)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(90)
        self.labels = [form_row(self.form, w) for w in (self.outcome, self.ref, self.note)]
        self._finish_layout()
        self.resize(520, 240)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the platform's response"))
        for label, text in zip(self.labels, (self.tr("Outcome"), self.tr("Reference"),
                                             self.tr("What they said")), strict=True):
            label.setText(text)
        current = self.outcome.currentData()
        self.outcome.clear()
        for o in Outcome:
            self.outcome.addItem(outcome_text(o), o.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))

    def check(self) -> str | None:
        if len(self.note.toPlainText()) > MAX_FIELD:
            return self.tr("The note is too long (at most 2000 characters).")
        return None

    def values(self) -> dict[str, str | None]:
        return {"outcome": str(self.outcome.currentData()), "ref": self.ref.text().strip() or None,
                "note": self.note.toPlainText().strip() or None}
