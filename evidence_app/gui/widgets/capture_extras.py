"""Below a capture's facts: watch-list matches, trusted time per TSA, and the actions on them.

Loaded on a worker for the capture the table selects; refreshed when the core records a
timestamp for it. No picture is shown here: matches are words (label, distance).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from evidence_app.errors import Cancelled
from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job, JobContext
from evidence_app.vault import Vault

log = logging.getLogger(__name__)

REQUEST_WAIT_S = 60.0
FLAG_STYLE = "color: white; background: #b00020; padding: 3px 6px; font-weight: bold;"
CLOCK_STYLE = "color: #b00020; font-weight: bold;"


@dataclass
class ExtrasData:
    """What the worker read for one capture."""

    capture_id: str
    stamps: list[Any] = field(default_factory=list)  # timestamps.Attempt
    hits: list[Any] = field(default_factory=list)  # watch.WatchHit
    pictures: list[tuple[str, int, str]] = field(default_factory=list)  # artifact, item, pdq
    chat: Any = None  # the CaptureInfo when the capture is a chat export


def load_extras(vault: Vault, capture_id: str, ctx: JobContext | None = None) -> ExtrasData:
    from evidence_app.fingerprints import store, watch
    from evidence_app.integrity import timestamps

    prints = [(f.artifact_id, f.item, f.pdq) for f in
              store.fingerprints_of(vault, capture_id=capture_id) if f.usable and f.pdq]
    from evidence_app.provenance import ChatProvenance

    cap = vault.get_capture(capture_id)
    chat = cap if ChatProvenance.of(cap.meta) is not None else None
    return ExtrasData(capture_id, timestamps.capture_timestamps(vault, capture_id),
                      watch.flags(vault, capture_id), prints, chat)


def request_now(vault: Vault, ctx: JobContext) -> tuple[int, int, int, bool]:
    """Ask every TSA for every pending token now; (granted, failed, still pending, all done)."""
    from evidence_app.integrity import timestamps

    def waiting(left: int) -> None:
        if ctx.cancel.is_set():  # a lock: stop waiting (the requests go on; close waits 5 s)
            raise Cancelled()
        ctx.progress(0, 0, str(left))

    outcomes, done = timestamps.request_pending(vault, REQUEST_WAIT_S, waiting)
    granted = sum(1 for o in outcomes if o.status == "granted")
    failed = sum(1 for o in outcomes if o.status == "failed")
    pending = sum(1 for o in outcomes if o.status == "pending")
    return granted, failed, pending, done


class CaptureExtras(QWidget):
    """Watch-list badge, trusted time, and "Request timestamps now" / "Find similar pictures"."""

    find_similar_requested = Signal(str, int, str)  # artifact id, item, pdq hex
    chat_requested = Signal(object)  # CaptureInfo of a chat capture

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: ExtrasData | None = None
        self.capture_id: str | None = None
        self.load_job: Job | None = None
        self.request_job: Job | None = None
        self.request_result: tuple[int, int, int, bool] | BaseException | None = None
        self.selected_artifact: Callable[[], str | None] | None = None
        self.flag = plain_label("", self)
        self.flag.setStyleSheet(FLAG_STYLE)
        self.time_title = heading(self, 1)
        self.stamps = plain_label("", self, selectable=True)
        self.clock = plain_label("", self)
        self.clock.setStyleSheet(CLOCK_STYLE)
        self.request_button = QPushButton(self)
        self.request_status = plain_label("", self)
        self.request_status.setStyleSheet(MUTED_STYLE)
        self.similar_button = QPushButton(self)
        self.chat_button = QPushButton(self)
        self.chat_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.chat_button)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.similar_button)
        buttons.addWidget(self.request_status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.flag)  # MainExtras moves it under the detail's title
        for w in (self.time_title, self.stamps, self.clock):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.request_button.clicked.connect(self.request_timestamps)
        self.similar_button.clicked.connect(self._find_similar)
        self.chat_button.clicked.connect(
            lambda: self.chat_requested.emit(self.data.chat) if self.data else None)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.time_title.setText(self.tr("Trusted time"))
        self.request_button.setText(self.tr("Request timestamps now"))
        self.request_button.setToolTip(self.tr(
            "Ask the time-stamping services now for every capture still waiting (all cases)."))
        self.similar_button.setText(self.tr("Find similar pictures…"))
        self.chat_button.setText(self.tr("Read the chat…"))
        self.similar_button.setToolTip(self.tr(
            "List the pictures in the vault that look like this capture's picture, by their "
            "fingerprints only: nothing is shown."))
        self._render()
        self._render_request()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------

    def show_capture(self, capture_id: str | None) -> Job | None:
        self.capture_id = capture_id
        if capture_id is None:
            self.data = None
            self._render()
            return None
        return self.reload()

    def reload(self) -> Job | None:
        if self.capture_id is None or not self.session.is_open:
            return None
        capture_id = self.capture_id
        job = self.session.run(lambda v, ctx: load_extras(v, capture_id, ctx), name="extras")
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(lambda e: log.warning("extras failed: %s", type(e).__name__))
        self.load_job = job
        return job.start(self.session.pool)

    def refresh_if_shown(self, capture_id: str) -> None:
        """A timestamp was recorded: reload when it is this capture's."""
        if capture_id == self.capture_id:
            self.reload()

    def _on_loaded(self, data: ExtrasData) -> None:
        if self.sender() is not self.load_job or data.capture_id != self.capture_id:
            return
        self.data = data
        self._render()

    # --- rendering ------------------------------------------------------------------------

    def stamp_lines(self) -> list[str]:
        assert self.data is not None
        lines = []
        for a in self.data.stamps:
            tsa = plain(a.tsa, 120)
            if a.status == "granted":
                lines.append(self.tr("✓ %1: trusted time %2 (serial %3)").replace("%1", tsa)
                             .replace("%2", local_time(a.tsa_time))
                             .replace("%3", plain(a.serial or "—", 80)))
            elif a.status == "pending":
                lines.append(self.tr("… %1: pending, waiting for the network; asked again "
                                     "automatically.").replace("%1", tsa))
            else:
                lines.append(self.tr("✗ %1: failed, not trusted time. Reason: %2")
                             .replace("%1", tsa).replace("%2", self.reason_text(a.error)))
        return lines

    def reason_text(self, error: str | None) -> str:
        """The core's recorded reason, worded in the interface language where it is one of
        the known ones (the recorded words are in the tooltip)."""
        text = plain(error or "—", 400)
        known = (
            ("unreachable", self.tr("the service could not be reached")),
            ("the TSA answered HTTP", self.tr("the service is not answering")),
            ("the TSA refused", self.tr("the service refused to stamp")),
            ("the reply is larger", self.tr("the answer was too large")),
            ("the reply is not an RFC 3161", self.tr("the answer is not a time-stamp")),
            ("the TSA's certificate is not trusted",
             self.tr("the service's certificate is not trusted")),
            ("the token stamps a different digest",
             self.tr("the token stamps something else than this capture")),
            ("the token answers another request", self.tr("the token answers another request")),
            ("the token is malformed", self.tr("the token is damaged")),
        )
        for prefix, words in known:
            if text.startswith(prefix):
                return words
        return text

    def _render(self) -> None:
        data = self.data
        self.setVisible(data is not None)
        if data is None:
            self.flag.setVisible(False)  # it lives in the detail's layout, outside this box
            return
        if data.hits:
            self.flag.setText("  ".join(
                self.tr("Matches %1, distance %2").replace("%1", plain(h.label, 40))
                .replace("%2", str(h.distance)) for h in data.hits[:5]))
        self.flag.setVisible(bool(data.hits))
        lines = self.stamp_lines()
        if not lines:
            lines = [self.tr("No trusted timestamp yet: trusted time is off, or this capture "
                             "has not been sent to a time-stamping service.")]
        self.stamps.setText("\n".join(lines))
        self.stamps.setToolTip("\n".join(f"{plain(a.tsa, 120)}: {plain(a.error, 400)}"
                                         for a in data.stamps if a.error))
        granted = any(a.status == "granted" for a in data.stamps)
        failed_only = data.stamps and all(a.status == "failed" for a in data.stamps)
        self.stamps.setStyleSheet(OK_STYLE if granted else ERROR_STYLE if failed_only
                                  else MUTED_STYLE)
        skewed = [a for a in data.stamps if a.clock_warning and a.clock_skew_s is not None]
        if skewed:
            worst = max(skewed, key=lambda a: abs(a.clock_skew_s))
            self.clock.setText(self.tr(
                "Clock warning: this computer's clock was %1 s off the time signed by %2. The "
                "signed time is the one to rely on; correct the computer's clock.")
                .replace("%1", f"{worst.clock_skew_s:+.0f}").replace("%2", plain(worst.tsa, 120)))
        self.clock.setVisible(bool(skewed))
        self.similar_button.setEnabled(bool(data.pictures))
        self.chat_button.setVisible(data.chat is not None)

    def _render_request(self) -> None:
        result = self.request_result
        if self.request_job is not None:
            self.request_status.setText(self.tr("Asking the time-stamping services…"))
        elif isinstance(result, BaseException):
            self.request_status.setText(error_text(result))
        elif result is not None:
            granted, failed, pending, done = result
            text = self.tr("Granted: %1. Failed: %2. Still pending: %3.").replace(
                "%1", str(granted)).replace("%2", str(failed)).replace("%3", str(pending))
            if not done:
                text += " " + self.tr("Some services have not answered yet; they are asked "
                                      "again automatically.")
            self.request_status.setText(text)
        else:
            self.request_status.clear()

    # --- actions --------------------------------------------------------------------------

    def request_timestamps(self) -> Job | None:
        if self.request_job is not None or not self.session.is_open:
            return None
        job = self.session.run(request_now, name="timestamp-now")
        job.succeeded.connect(self._on_requested)
        job.failed.connect(self._on_requested)
        job.finished.connect(self._on_request_finished)
        self.request_job = job
        self.request_button.setEnabled(False)
        self._render_request()
        return job.start(self.session.pool)

    def _on_requested(self, result: object) -> None:
        self.request_result = result  # type: ignore[assignment]

    def _on_request_finished(self) -> None:
        self.request_job = None
        self.request_button.setEnabled(True)
        self._render_request()
        self.reload()

    def _find_similar(self) -> None:
        if self.data is None or not self.data.pictures:
            return
        chosen = self.selected_artifact() if self.selected_artifact is not None else None
        # The picture selected in the items table, else the capture's first picture.
        picks = [p for p in self.data.pictures if p[0] == chosen] or self.data.pictures
        artifact_id, item, pdq = picks[0]
        self.find_similar_requested.emit(artifact_id, item, pdq)
