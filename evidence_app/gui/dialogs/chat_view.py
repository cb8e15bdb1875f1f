"""A chat capture read as a transcript: search, sender, date range, marks; pictures blurred.

The transcript is read lazily on a worker, a page at a time (itertools.islice over the core's
iter_view), so a 100,000-message chat opens at once. Marks are custody events (the sealed
transcript never changes). An attached picture is shown blurred, and revealing it is recorded,
exactly as in the capture's detail view.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui import imaging
from evidence_app.gui.detail_loader import _blurred_or_placeholder, reveal_artifact
from evidence_app.gui.formatting import plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    is_language_change,
    plain_label,
)
from evidence_app.gui.widgets.preview import BlurredPreview
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import CaptureInfo, Vault

log = logging.getLogger(__name__)

PAGE = 500
SIDE_WIDTH = 300  # the attached picture beside the transcript, blurred or revealed
COLUMNS = 6  # No., time, sender, message, attachment, mark


def chat_time(local: str | None, written: str) -> str:
    """The time as interpreted in the chat's stated zone, with its offset; else as written."""
    if not local:
        return plain(written, 60)
    return plain(local.replace("T", " "), 60)


def utc_bound(day: QDate, zone_name: str, *, end: bool) -> str:
    """The start (or last second) of a day in the chat's stated zone, as a UTC ISO prefix
    (the core compares message times in UTC)."""
    try:
        zone: tzinfo = ZoneInfo(zone_name) if zone_name else timezone.utc
    except (ValueError, ZoneInfoNotFoundError):
        zone = timezone.utc
    t = time(23, 59, 59) if end else time(0, 0, 0)
    local = datetime.combine(date(day.year(), day.month(), day.day()), t, tzinfo=zone)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


@dataclass
class Page:
    rows: list[tuple[Any, Any]]  # (Entry, Mark | None)
    start: int
    more: bool


def read_page(vault: Vault, cap: CaptureInfo, flt: Any, start: int, ctx: JobContext) -> Page:
    from evidence_app.chat import reader

    view = reader.iter_view(vault, cap, flt)
    rows = list(itertools.islice(view, start, start + PAGE + 1))
    return Page(rows[:PAGE], start, len(rows) > PAGE)


def load_attachment(vault: Vault, cap: CaptureInfo, entry: Any, ctx: JobContext
                    ) -> tuple[Any, Any] | None:
    from evidence_app.chat import reader

    art = reader.attachment_artifact(cap, entry)
    if art is None or not imaging.is_previewable(art.media_type):
        return None
    return art, _blurred_or_placeholder(vault.read_artifact(art.id), SIDE_WIDTH)


def mark(vault: Vault, cap: CaptureInfo, numbers: list[int], note: str | None, unmark: bool,
         ctx: JobContext) -> None:
    from evidence_app.chat import reader

    reader.set_marks(vault, cap, numbers, note=note, unmark=unmark)


class ChatView(QDialog):
    """One chat capture's transcript, filtered and paged; marks and blurred attachments."""

    def __init__(self, session: Session, cap: CaptureInfo, confirm_reveal: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app.chat.reader import chat_of

        self.session = session
        self.cap = cap
        self.chat = chat_of(cap)
        self.confirm_reveal = confirm_reveal  # the capture view's once-per-session warning
        self.rows: list[tuple[Any, Any]] = []
        self.more = False
        self.page_job: Job | None = None
        self.error: BaseException | None = None
        self.preview: BlurredPreview | None = None
        self.summary = plain_label("", self)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.search = QLineEdit(self)
        self.sender_box = QComboBox(self)
        self.use_dates = QCheckBox(self)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        # The chat's first and last days in its stated zone (as the times are shown).
        first = QDate.fromString((self.chat.first or "")[:10], "yyyy-MM-dd")
        last = QDate.fromString((self.chat.last or "")[:10], "yyyy-MM-dd")
        self.since.setDate(first if first.isValid() else QDate.currentDate())
        self.until.setDate(last if last.isValid() else QDate.currentDate())
        self.marked_only = QCheckBox(self)
        self.apply_button = QPushButton(self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((4, 190), (5, 130)):  # the message gets the room
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.status = plain_label("", self)
        self.more_button = QPushButton(self)
        self.mark_button = QPushButton(self)
        self.unmark_button = QPushButton(self)
        self.side = QWidget(self)
        self.side_layout = QVBoxLayout(self.side)
        self.side_hint = plain_label("", self.side)
        self.side_hint.setStyleSheet(MUTED_STYLE)
        self.side_layout.addWidget(self.side_hint)
        self.side_layout.addStretch(1)
        filters = QHBoxLayout()
        for w in (self.search, self.sender_box, self.use_dates, self.since, self.until,
                  self.marked_only, self.apply_button):
            filters.addWidget(w)
        filters.setStretch(0, 1)
        actions = QHBoxLayout()
        for w in (self.mark_button, self.unmark_button):
            actions.addWidget(w)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.more_button)
        # The picture beside the transcript scrolls rather than taking the transcript's room.
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(self.side)
        side_scroll.setMinimumWidth(SIDE_WIDTH + 40)
        side_scroll.setMaximumWidth(SIDE_WIDTH + 60)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(side_scroll)
        split.setStretchFactor(0, 1)
        split.setSizes([940, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.apply_button.clicked.connect(self.reload)
        self.search.returnPressed.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.mark_button.clicked.connect(lambda: self.ask_mark(unmark=False))
        self.unmark_button.clicked.connect(lambda: self.ask_mark(unmark=True))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(1200, 700)
        self.retranslate()
        self.reload()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        c = self.chat
        self.setWindowTitle(self.tr("Chat – exhibit %1").replace("%1", self.cap.exhibit))
        self.summary.setText(self.tr(
            "%1 chat · participants: %2 · %3 message(s), %4 line(s) not understood (kept as "
            "written) · first %5 · last %6 · times in %7")
            .replace("%1", {"whatsapp": "WhatsApp", "telegram": "Telegram"}.get(c.app, c.app))
            .replace("%2", plain(", ".join(c.participants), 300))
            .replace("%3", str(c.messages)).replace("%4", str(c.unparsed))
            .replace("%5", chat_time(c.first, "—")).replace("%6", chat_time(c.last, "—"))
            .replace("%7", plain(c.timezone or "—", 60)))
        self.search.setPlaceholderText(self.tr("Search the messages"))
        current = self.sender_box.currentData()
        self.sender_box.clear()
        self.sender_box.addItem(self.tr("Everyone"), None)
        for p in self.chat.participants:
            self.sender_box.addItem(plain(p, 80), p)
        self.sender_box.setCurrentIndex(max(0, self.sender_box.findData(current)))
        self.use_dates.setText(self.tr("Only from"))
        self.use_dates.setToolTip(self.tr("Days in the chat's time zone (%1), both included.")
                                  .replace("%1", plain(self.chat.timezone or "UTC", 60)))
        self.until.setToolTip(self.tr("to (inclusive)"))
        self.marked_only.setText(self.tr("Marked only"))
        self.apply_button.setText(self.tr("Show"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time (as interpreted)"), self.tr("Sender"),
            self.tr("Message"), self.tr("Attachment"), self.tr("Marked relevant")])
        self.more_button.setText(self.tr("Show more"))
        self.mark_button.setText(self.tr("Mark relevant…"))
        self.unmark_button.setText(self.tr("Unmark"))
        self.side_hint.setText(self.tr("Select a message with a picture to see it here, "
                                       "blurred."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------

    def current_filter(self) -> Any:
        from evidence_app.chat.reader import ChatFilter

        since = until = None
        if self.use_dates.isChecked():
            since = utc_bound(self.since.date(), self.chat.timezone, end=False)
            until = utc_bound(self.until.date(), self.chat.timezone, end=True)
        return ChatFilter(search=self.search.text().strip() or None,
                          sender=self.sender_box.currentData(), since=since, until=until,
                          marked_only=self.marked_only.isChecked())

    def reload(self) -> Job | None:
        self.rows, self.more = [], False
        return self._read(0)

    def load_more(self) -> Job | None:
        return self._read(len(self.rows))

    def _read(self, start: int) -> Job | None:
        if not self.session.is_open:
            return None
        if self.page_job is not None:
            self.page_job.cancel()
        cap, flt = self.cap, self.current_filter()
        job = self.session.run(lambda v, ctx: read_page(v, cap, flt, start, ctx), name="chat")
        job.succeeded.connect(self._on_page)
        job.failed.connect(self._on_failed)
        self.page_job = job
        self.error = None
        self.status.setText(self.tr("Reading…"))
        return job.start(self.session.pool)

    def _on_page(self, page: Page) -> None:
        if self.sender() is not self.page_job:
            return
        self.page_job = None
        if page.start == 0:
            self.rows = []
        self.rows += page.rows
        self.more = page.more
        self._render()

    def _on_failed(self, err: BaseException) -> None:
        self.page_job = None
        self.error = err
        self._render()

    def _render(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, (e, m) in enumerate(self.rows):
            attachment = ""
            if e.attachment is not None:
                status = {"present": self.tr("in the export"),
                          "missing": self.tr("missing from the export"),
                          "omitted": self.tr("not exported")}.get(e.attachment.status, "")
                attachment = f"{plain(e.attachment.name, 120)} ({status})"
                if e.attachment.sha256:  # whole in the tooltip
                    attachment += f"\nSHA-256 {e.attachment.sha256[:16]}…"
            marked = ""
            if m is not None:
                marked = "★ " + (plain(m.note, 300) if m.note else self.tr("marked"))
            text = e.text
            if e.kind == "unparsed":
                text = self.tr("(not understood, as written) %1").replace("%1", e.text)
            values = ["" if e.n is None else str(e.n), chat_time(e.local, e.written),
                      plain(e.sender or "", 120), plain(text, 4000), attachment, marked]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4 and e.attachment is not None and e.attachment.sha256:
                    item.setToolTip(f"SHA-256 {e.attachment.sha256}")
                if c == 5 and m is not None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.more_button.setVisible(self.more)
        self.status.setStyleSheet(ERROR_STYLE if self.error else MUTED_STYLE)
        if self.error is not None:
            self.status.setText(error_text(self.error))
        elif self.page_job is None:
            self.status.setText(self.tr("%n message(s) shown.", "", len(self.rows)))

    # --- marks ----------------------------------------------------------------------------

    def selected_numbers(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return sorted(self.rows[r][0].n for r in rows
                      if r < len(self.rows) and self.rows[r][0].n is not None)

    def ask_mark(self, unmark: bool) -> Job | None:
        numbers = self.selected_numbers()
        if not numbers:
            self.status.setText(self.tr("Select one or more messages first."))
            return None
        note = None
        if not unmark:
            text, ok = QInputDialog.getText(self, self.tr("Mark relevant"), self.tr(
                "Why are these messages relevant? (optional; recorded in the custody log)"))
            if not ok:
                return None
            note = text.strip() or None
        return self.set_marks(numbers, note, unmark)

    def set_marks(self, numbers: list[int], note: str | None, unmark: bool) -> Job | None:
        if not self.session.is_open:
            return None
        cap = self.cap
        job = self.session.run(lambda v, ctx: mark(v, cap, numbers, note, unmark, ctx),
                               name="chat-mark")
        job.succeeded.connect(lambda _r: self.reload())
        job.failed.connect(self._on_failed)
        return job.start(self.session.pool)

    # --- attachments ----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(rows) != 1 or rows[0] >= len(self.rows):
            return
        entry = self.rows[rows[0]][0]
        if entry.attachment is None or not entry.attachment.sha256:
            return
        self.show_attachment(entry)

    def show_attachment(self, entry: Any) -> Job | None:
        if not self.session.is_open:
            return None
        cap = self.cap
        job = self.session.run(lambda v, ctx: load_attachment(v, cap, entry, ctx),
                               name="chat-attachment")
        job.succeeded.connect(self._on_attachment)
        job.failed.connect(self._on_failed)
        return job.start(self.session.pool)

    def _on_attachment(self, loaded: tuple[Any, Any] | None) -> None:
        if loaded is None:
            return
        art, image = loaded
        if self.preview is not None:
            self.preview.setParent(None)
            self.preview.deleteLater()
        self.preview = BlurredPreview(art.id, plain(art.name, 120), image, self.side)
        self.preview.reveal_requested.connect(self.request_reveal)
        self.side_layout.insertWidget(0, self.preview)
        self.side_hint.setVisible(False)

    def request_reveal(self, artifact_id: str) -> Job | None:
        """As in the capture view: the once-per-session warning, then the view is recorded."""
        if not self.session.is_open:
            return None
        if not self.session.content_warning_accepted:
            if self.confirm_reveal is None or not self.confirm_reveal():
                return None
            self.session.content_warning_accepted = True
        preview = self.preview
        if preview is not None:
            preview.set_busy(True)
        cap = self.cap
        job = self.session.run(lambda v, ctx: reveal_artifact(v, cap, artifact_id, ctx,
                                                              SIDE_WIDTH),
                               name="chat-reveal")
        job.succeeded.connect(lambda image: self._on_revealed(artifact_id, image))
        job.failed.connect(self._on_failed)
        return job.start(self.session.pool)

    def _on_revealed(self, artifact_id: str, image: Any) -> None:
        if self.preview is not None and self.preview.artifact_id == artifact_id:
            self.preview.show_revealed(image)
