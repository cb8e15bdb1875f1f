"""The "Take-down" tab of a case: locations, requests, responses, look-ups and re-checks.

Every step goes through the core on a Session worker and becomes an appended record with a
custody event; the table is re-read from the vault afterwards, so what it shows is always the
status the core derived. The optional daily check runs only while the vault is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.options import CaptureOptions
from evidence_app.errors import TakedownDataInvalid
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.takedown import jobs
from evidence_app.gui.takedown.checks import DAILY_TICK_MS, ChecksMixin
from evidence_app.gui.takedown.dialogs import (
    AddLocationDialog,
    DraftDialog,
    ResponseDialog,
    SentDialog,
)
from evidence_app.gui.takedown.history import history_text
from evidence_app.gui.takedown.table import LocationsTable
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job
from evidence_app.takedown.platforms import PlatformBook
from evidence_app.vocab import TakedownStatus

if TYPE_CHECKING:
    from evidence_app.gui.capture_batches import CaptureBatches

log = logging.getLogger(__name__)

ALARM_STYLE = ("background: #b00020; color: white; font-weight: bold; padding: 6px; "
               "border-radius: 3px;")


class TakedownTab(ChecksMixin, QWidget):
    """The take-down work surface of one case."""

    settings_changed = Signal()  # the daily-check setting was switched: the caller saves it
    listed = Signal()  # the table was re-read
    check_finished = Signal(object)  # list of RecheckResult (or None when it failed)
    step_done = Signal(str)  # "added", "drafted", "sent", "response", "lookup"

    def __init__(self, session: Session, parent: QWidget | None = None,
                 batches: CaptureBatches | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.batches = batches
        self.case_id: str | None = None
        self.book: PlatformBook | None = None
        self.book_error: str | None = None
        self.options: CaptureOptions | None = None  # tests inject fast capture settings
        self.list_job: Job | None = None
        self.check_job: Job | None = None
        self.check_targets: list[str] = []  # location ids in the re-check's order
        self.dialog: Any = None
        self.message: Callable[[], str] | None = None  # the status line, worded on demand
        self.message_is_error = False
        self.alarm = plain_label("", self)
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm.setVisible(False)
        self.summary = plain_label("", self)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.add_button = QPushButton(self)
        self.draft_button = QPushButton(self)
        self.sent_button = QPushButton(self)
        self.response_button = QPushButton(self)
        self.lookup_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.daily = QCheckBox(self)
        self.daily.setChecked(bool(getattr(session.settings, "takedown_daily_check", False)))
        self.table = LocationsTable(self)
        self.exhibits: dict[str, str] = {}
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setSizes([300, 160])
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = plain_label("", self)
        row = QHBoxLayout()
        for b in (self.add_button, self.draft_button, self.sent_button, self.response_button,
                  self.lookup_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.daily)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alarm)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_location)
        self.draft_button.clicked.connect(self.draft_request)
        self.sent_button.clicked.connect(self.mark_sent)
        self.response_button.clicked.connect(self.record_response)
        self.lookup_button.clicked.connect(self.look_up)
        self.check_button.clicked.connect(lambda: self.check_now())
        self.cancel_button.clicked.connect(self.cancel_check)
        self.daily.toggled.connect(self._daily_toggled)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._render_history)
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_TICK_MS)
        self.timer.timeout.connect(self.daily_tick)
        if self.daily.isChecked():
            self.timer.start()
        self.retranslate()

    # --- words ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add location…"))
        self.draft_button.setText(self.tr("Draft request…"))
        self.sent_button.setText(self.tr("Mark sent…"))
        self.response_button.setText(self.tr("Record response…"))
        self.lookup_button.setText(self.tr("Look up host"))
        self.lookup_button.setToolTip(self.tr("Find who runs the host and its abuse contact "
                                              "(RDAP). Without internet it is kept to look up "
                                              "later."))
        self.check_button.setText(self.tr("Check all now"))
        self.check_button.setToolTip(self.tr("Capture every location again as sealed evidence "
                                             "and see whether it was removed."))
        self.cancel_button.setText(self.tr("Cancel check"))
        self.daily.setText(self.tr("Check every day while the app is open"))
        self.table.retranslate()
        self.history.setPlaceholderText(self.tr("Choose a location to see its requests, answers, "
                                                "re-checks and look-ups."))
        self._render_history()
        self._render_summary()
        self._render_status()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _say(self, message: Callable[[], str] | None, error: bool = False) -> None:
        self.message, self.message_is_error = message, error
        self._render_status()

    def _render_status(self) -> None:
        self.status.setStyleSheet(ERROR_STYLE if self.message_is_error else MUTED_STYLE)
        text = self.message() if self.message is not None else ""
        self.status.setText(text)
        self.status.setToolTip(text)

    def _render_summary(self) -> None:
        states = self.table.states
        reappeared = sum(st.status == TakedownStatus.REAPPEARED for st in states)
        overdue = sum(st.overdue for st in states)
        if self.book_error:
            self.summary.setText(self.book_error)
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            self.summary.setStyleSheet(MUTED_STYLE)
            self.summary.setText(self.tr("%n location(s)", "", len(states)) + " · "
                                 + self.tr("%n overdue", "", overdue) if states else
                                 self.tr("No locations yet. Captured pages become locations; "
                                         "add an address that cannot be captured with “Add "
                                         "location…”."))
        self.alarm.setText(self.tr("%n location(s) REAPPEARED after removal: capture it, then "
                                   "report it again.", "", reappeared))
        self.alarm.setVisible(bool(reappeared))

    def _render_history(self) -> None:
        chosen = self.table.selected_states()
        self.history.setPlainText(history_text(chosen[0], self.book, self.exhibits)
                                  if len(chosen) == 1 else "")

    def _update_buttons(self) -> None:
        ready = self.book is not None and self.case_id is not None and self.session.is_open
        some = bool(self.table.selected_ids())
        checking = self.check_job is not None
        self.add_button.setEnabled(ready)
        for b in (self.draft_button, self.sent_button, self.response_button, self.lookup_button):
            b.setEnabled(ready and some)
        self.check_button.setEnabled(ready and not checking and bool(self.table.states))
        self.cancel_button.setVisible(checking)

    # --- loading --------------------------------------------------------------------------

    def set_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.table.set_states([])
            self._say(None)
        self.case_id = case_id
        self.reload()

    def _load_book(self) -> PlatformBook | None:
        if self.book is None and self.book_error is None:
            from evidence_app.takedown import platforms

            try:
                self.book = platforms.load()
            except TakedownDataInvalid as e:
                # The NGO's own data file: its message names the file and the line to fix.
                self.book_error = self.tr("Take-down is unavailable: the platforms data file has "
                                          "an error. Fix the line named below, or restore the "
                                          "file shipped with the app.") + "\n" + plain(str(e), 600)
        return self.book

    def reload(self) -> Job | None:
        book = self._load_book()
        if self.case_id is None or book is None or not self.session.is_open:
            self._render_summary()
            self._update_buttons()
            return None
        case_id = self.case_id
        job = self.session.run(lambda v, ctx: jobs.list_states(v, book, [case_id]),
                               name="takedown-list")
        job.succeeded.connect(self._on_listed)
        job.failed.connect(self._on_failed)
        self.list_job = job
        return job.start(self.session.pool)

    def _on_listed(self, listing: jobs.Listing) -> None:
        if self.sender() is not self.list_job:
            return
        self.exhibits = listing.exhibits
        self.table.set_states([st for st in listing.states if st.location.case_id == self.case_id])
        self._render_history()
        self._render_summary()
        self._update_buttons()
        self.listed.emit()

    def _on_failed(self, err: BaseException) -> None:
        self._say(lambda: error_text(err), error=True)

    def _run(self, fn: Callable[..., Any], step: str, done: Callable[[Any], None]) -> Job | None:
        if not self.session.is_open:
            return None
        job = self.session.run(fn, name=f"takedown-{step}")
        job.succeeded.connect(done)
        job.succeeded.connect(lambda _r: self.step_done.emit(step))
        job.failed.connect(self._on_failed)
        job.finished.connect(self.reload)
        return job.start(self.session.pool)

    def _open(self, dlg: Any) -> Any:
        self.dialog = dlg
        dlg.open()
        return dlg

    # --- actions --------------------------------------------------------------------------

    def add_location(self) -> AddLocationDialog | None:
        if self.book is None or self.case_id is None:
            return None
        dlg = AddLocationDialog(self)
        dlg.accepted.connect(lambda: self._add(*dlg.values()))
        return self._open(dlg)

    def _add(self, url: str, note: str | None) -> Job | None:
        from evidence_app.takedown.locations import add_location

        book, case_id = self.book, self.case_id
        assert book is not None and case_id is not None

        def done(result: tuple[Any, bool]) -> None:
            new = result[1]
            self._say(lambda: self.tr("Location added.") if new else
                      self.tr("That address is already a location of this case."))

        return self._run(lambda v, ctx: add_location(v, book, case_id, url, note), "added", done)

    def draft_request(self) -> DraftDialog | None:
        chosen = self.table.selected_states()
        if self.book is None or not chosen:
            return None
        import os

        from evidence_app.takedown.requests import ORGANISATION_ENV

        dlg = DraftDialog(self.book, [st.location for st in chosen],
                          os.environ.get(ORGANISATION_ENV, ""), self)
        dlg.draft_button.clicked.connect(lambda: self._draft(dlg))
        return self._open(dlg)

    def _draft(self, dlg: DraftDialog) -> Job | None:
        from evidence_app.takedown.requests import draft, record_draft

        book, locs, choice = dlg.book, dlg.locations, dlg.choice()

        def work(v: Any, ctx: Any) -> Any:
            d = draft(book, locs, route_id=choice["route_id"], lang=choice["lang"] or "en",
                      organisation=choice["organisation"],
                      survivor_name=choice["survivor_name"])
            record_draft(v, d, locs)  # the custody log keeps its hash, never its text
            return d

        job = self._run(work, "drafted", dlg.set_draft)
        if job is not None:
            job.failed.connect(lambda err: dlg.show_error(error_text(err)))
        return job

    def mark_sent(self) -> SentDialog | None:
        chosen = self.table.selected_states()
        if self.book is None or not chosen:
            return None
        dlg = SentDialog(self.book, [st.location for st in chosen], self)
        dlg.accepted.connect(lambda: self._sent(dlg))
        return self._open(dlg)

    def _sent(self, dlg: SentDialog) -> Job | None:
        from evidence_app.takedown.requests import mark_sent

        book, locs, v_ = dlg.book, dlg.locations, dlg.values()
        assert book is not None
        return self._run(
            lambda v, ctx: mark_sent(v, book, locs, str(v_["route_id"]), ref=v_["ref"],
                                     at=v_["at"], note=v_["note"]),
            "sent", lambda steps: self._say(lambda: self.tr("Request recorded as sent for %n "
                                                            "location(s).", "", len(steps))))

    def record_response(self) -> ResponseDialog | None:
        chosen = self.table.selected_states()
        if self.book is None or not chosen:
            return None
        unreported = [st for st in chosen if not st.reported]
        if unreported:
            self._say(lambda: self.tr("A response can only be recorded for a location that was "
                                      "reported: use “Mark sent…” first."), error=True)
            return None
        dlg = ResponseDialog(self)
        locs = [st.location for st in chosen]
        dlg.accepted.connect(lambda: self._response(locs, dlg.values()))
        return self._open(dlg)

    def _response(self, locs: list[Any], values: dict[str, str | None]) -> Job | None:
        from evidence_app.takedown.requests import record_response

        def work(v: Any, ctx: Any) -> list[Any]:
            return [record_response(v, loc, str(values["outcome"]), ref=values["ref"],
                                    note=values["note"]) for loc in locs]

        return self._run(work, "response", lambda steps: self._say(
            lambda: self.tr("Response recorded for %n location(s).", "", len(steps))))

    def look_up(self) -> Job | None:
        chosen = self.table.selected_states()
        if not chosen:
            return None
        from evidence_app.takedown.lookups import lookup_locations

        locs = [st.location for st in chosen]
        self._say(lambda: self.tr("Looking up who runs the host…"))
        return self._run(lambda v, ctx: lookup_locations(v, locs), "lookup", self._on_looked_up)

    def _on_looked_up(self, found: list[Any]) -> None:
        lines = []
        for _loc, lk in found:
            if lk.later:
                lines.append((plain(lk.host, 120), None))
                continue
            contacts = ", ".join(plain(a, 120) for a in lk.abuse_emails) or "—"
            lines.append((plain(lk.host, 120), contacts + (" (Cloudflare)"
                                                           if lk.behind_cloudflare else "")))

        def text() -> str:
            return "\n".join(
                f"{host}: " + (self.tr("no answer now; kept to look up later.") if c is None
                               else self.tr("abuse contact %1").replace("%1", c))
                for host, c in lines)

        self._say(text)
