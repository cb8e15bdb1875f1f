"""One capture in detail: provenance, warnings, blurred previews, artifacts, custody timeline."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.detail_loader import DetailData, load_detail, reveal_artifact
from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import error_text, role_name
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.captures_table import capture_warnings
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    heading,
    is_language_change,
    plain_label,
)
from evidence_app.gui.widgets.preview import BlurredPreview
from evidence_app.gui.widgets.record_tables import ArtifactsTable, CustodyTable
from evidence_app.gui.workers import Job
from evidence_app.units import human_size
from evidence_app.vocab import CaptureKind

log = logging.getLogger(__name__)


def server_address(untrusted_ip: object, untrusted_port: object) -> str:
    """'1.2.3.4:443', '[2001:db8::1]:443', or what is known."""
    ip = plain(untrusted_ip or "", 100)
    port = plain(untrusted_port or "", 10)
    if ip and ":" in ip:
        ip = f"[{ip}]"
    return f"{ip}:{port}" if ip and port else ip


class CaptureDetail(QScrollArea):
    """Loads a capture on a worker and shows it; revealing an image is recorded first."""

    viewed = Signal(str)  # artifact id, after the custody event was recorded and it is shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: DetailData | None = None
        self.previews: dict[str, BlurredPreview] = {}
        self._load_job: Job | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        self.title = heading(body, 2)
        self.status = plain_label("", body)
        self.status.setStyleSheet(MUTED_STYLE)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.warnings_title = heading(body, 1)
        self.warnings = plain_label("", body, selectable=True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.previews_title = heading(body, 1)
        self.previews_box = QVBoxLayout()
        self.artifacts_title = heading(body, 1)
        self.artifacts = ArtifactsTable(body)
        self.copy_button = QPushButton(body)
        self.copy_note = plain_label("", body)
        self.copy_note.setStyleSheet(MUTED_STYLE)
        self.custody_title = heading(body, 1)
        self.custody = CustodyTable(body)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_note, 1)
        layout = QVBoxLayout(body)
        for w in (self.title, self.status):
            layout.addWidget(w)
        layout.addLayout(self.facts)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.previews_title)
        layout.addLayout(self.previews_box)
        layout.addWidget(self.artifacts_title)
        layout.addWidget(self.artifacts)
        layout.addLayout(copy_row)
        layout.addWidget(self.custody_title)
        layout.addWidget(self.custody)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self._copy_hash)
        self.artifacts.itemSelectionChanged.connect(self.copy_note.clear)
        self.retranslate()
        self._render()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.warnings_title.setText(self.tr("Warnings"))
        self.previews_title.setText(self.tr("Images (blurred)"))
        self.artifacts_title.setText(self.tr("Stored items and their SHA-256 fingerprints"))
        self.custody_title.setText(self.tr("Custody timeline"))
        self.copy_button.setText(self.tr("Copy SHA-256 of the selected item"))
        self._render_facts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------

    def show_capture(self, capture_id: str) -> Job:
        if self._load_job is not None:
            self._load_job.cancel()
        self.copy_note.clear()  # "Copied." was about the previous item
        self.status.setText(self.tr("Loading…"))
        job = self.session.run(lambda v, ctx: load_detail(v, capture_id, ctx), name="detail")
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_failed)
        self._load_job = job
        return job.start(self.session.pool)

    def _on_loaded(self, data: DetailData) -> None:
        if self.sender() is not self._load_job:
            return  # an older request finished after a newer one started
        self._load_job = None
        self.data = data
        self.status.clear()
        self._render()

    def _on_failed(self, err: BaseException) -> None:
        self._load_job = None
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))

    # --- rendering ------------------------------------------------------------------------

    def _render(self) -> None:
        for preview in self.previews.values():
            preview.setParent(None)
            preview.deleteLater()
        self.previews = {}
        data = self.data
        has = data is not None
        for w in (self.previews_title, self.artifacts_title, self.artifacts, self.copy_button,
                  self.custody_title, self.custody):
            w.setVisible(has)
        if data is None:
            self.title.setText("")
            self.warnings_title.setVisible(False)
            self.warnings.setVisible(False)
            self._render_facts()
            return
        cap = data.capture
        warnings = capture_warnings(cap)
        self.warnings_title.setVisible(bool(warnings))
        self.warnings.setVisible(bool(warnings))
        self.warnings.setText("\n".join(f"• {w}" for w in warnings))
        for art, image in data.previews:
            caption = f"{role_name(art.role)} · {plain(art.name, 120)}"
            preview = BlurredPreview(art.id, caption, image, self.widget())
            preview.reveal_requested.connect(self.request_reveal)
            self.previews_box.addWidget(preview)
            self.previews[art.id] = preview
        self.previews_title.setVisible(bool(data.previews))
        self.artifacts.set_artifacts(cap.artifacts)
        self.custody.set_events(data.events)
        self._render_facts()

    def _fact_rows(self) -> list[tuple[str, str]]:
        assert self.data is not None
        cap = self.data.capture
        rows = [(self.tr("Sealed"), f"{local_time(cap.sealed_at)}   (UTC {cap.sealed_at})"),
                (self.tr("Operator"), plain(f"{cap.operator} @ {cap.machine}", 300))]
        if cap.kind == CaptureKind.WEB:
            m = cap.web
            chain = m.redirect_chain
            rows += [
                (self.tr("Requested address"), plain(m.requested_url or cap.source)),
                (self.tr("Final address"), plain(m.final_url)),
                (self.tr("Redirects"), "\n".join(
                    plain(f"{r.get('status')} {r.get('url')}", 500) for r in chain
                    if isinstance(r, dict)) if len(chain) > 1 else self.tr("none")),
                (self.tr("Page title"), plain(m.title, 500)),
                (self.tr("HTTP status"), plain(m.http_status)),
                (self.tr("Server"), server_address(m.server_ip, m.server_port)),
                (self.tr("Started"), local_time(m.capture_started_utc)),
                (self.tr("Finished"), local_time(m.capture_ended_utc)),
                (self.tr("Server's clock"), plain(m.server_date)),
                (self.tr("Certificate"), self._tls_text(m.tls or {})),
                (self.tr("Browser"), plain(m.browser_label)),
                (self.tr("Logged in"), self.tr("yes") if m.logged_in else self.tr("no")),
            ]
        else:
            im = cap.imported
            rows += [
                (self.tr("Original file"), plain(im.original_name or cap.source)),
                (self.tr("Was at"), plain(im.original_path)),
                (self.tr("Size"), human_size(im.size or 0)),
                (self.tr("File modified"), local_time(im.modified_utc)),
                (self.tr("Content type"), plain(im.media_type)),
            ]
        if cap.note:
            rows.append((self.tr("Note"), plain(cap.note)))
        return rows

    def _tls_text(self, tls: dict[str, Any]) -> str:
        if not tls:
            return self.tr("none (plain http)")
        parts = [plain(f"{tls.get('protocol', '')} · {tls.get('subject', '')}", 300),
                 plain(self.tr("issued by %1").replace("%1", str(tls.get("issuer", ""))), 300),
                 plain(f"{tls.get('valid_from', '')} → {tls.get('valid_to', '')}", 200)]
        if tls.get("error"):
            parts.append(plain(self.tr("problem: %1").replace("%1", str(tls["error"])), 300))
        return "\n".join(parts)

    def _render_facts(self) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        if self.data is None:
            self.title.setText("")
            return
        cap = self.data.capture
        self.title.setText(self.tr("Exhibit %1").replace("%1", cap.exhibit))
        for label, value in self._fact_rows():
            self.facts.addRow(plain_label(label, wrap=False),
                              plain_label(value, selectable=True))
        if self.data.not_previewed:
            self.facts.addRow("", plain_label(self.tr(
                "%n image(s) not previewed here (too large or not decodable); they are in the "
                "export.", "", self.data.not_previewed)))

    # --- actions --------------------------------------------------------------------------

    def _copy_hash(self) -> None:
        digest = self.artifacts.copy_hash()
        self.copy_note.setText(self.tr("Copied.") if digest else
                               self.tr("Select an item in the table first."))

    def request_reveal(self, artifact_id: str) -> None:
        """Reveal after the once-per-session content warning; the view is recorded first."""
        if self.data is None or not self.session.is_open:
            return
        if not self.session.content_warning_accepted:
            if not self.confirm_content_warning():
                return
            self.session.content_warning_accepted = True
        preview = self.previews.get(artifact_id)
        if preview is not None:
            self._hold_focus(preview)
            preview.set_busy(True)
        capture = self.data.capture
        job = self.session.run(lambda v, ctx: reveal_artifact(v, capture, artifact_id, ctx),
                               name="reveal")
        job.succeeded.connect(lambda image: self._on_revealed(artifact_id, image))
        job.failed.connect(self._on_failed)
        job.start(self.session.pool)

    def confirm_content_warning(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Content warning"))
        box.setText(self.tr("This image may show sexual or violent content, or content about "
                            "you. It stays blurred unless you choose to see it."))
        box.setInformativeText(self.tr("Seeing it is recorded in the custody log. You will not "
                                       "be asked again until the vault is locked."))
        show = box.addButton(self.tr("Show the image"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is show

    def _hold_focus(self, preview: BlurredPreview) -> None:
        """Keep the keyboard focus on this image while its Reveal button is disabled or hidden.

        Otherwise Qt hands the focus to the next focusable widget, the next image's Reveal
        button, and the scroll area scrolls to it: the reveal looked as if it did nothing, and
        Enter or a second click revealed another image.
        """
        preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        preview.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_revealed(self, artifact_id: str, image: object) -> None:
        preview = self.previews.get(artifact_id)
        if preview is None:
            return
        bar = self.verticalScrollBar()
        before = bar.value()
        self._hold_focus(preview)
        preview.show_revealed(image)  # type: ignore[arg-type]
        # The sharp picture may be taller than the blurred one: lay out now, then keep the view
        # where it was (the image's top does not move), so nothing else seems to move.
        body = self.widget()
        body_layout = body.layout() if body is not None else None
        if body_layout is not None:
            body_layout.activate()
        bar.setValue(min(before, bar.maximum()))
        if body is not None:
            top = preview.mapTo(body, preview.rect().topLeft()).y() - bar.value()
            if not -preview.height() < top < self.viewport().height():
                self.ensureWidgetVisible(preview.image, 0, 0)
        if preview.hide_button.isVisible():
            preview.hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.viewed.emit(artifact_id)
        self.refresh_custody()

    def refresh_custody(self) -> None:
        """Reload only the timeline (a full reload would blur revealed images again)."""
        if self.data is None or not self.session.is_open:
            return
        capture_id = self.data.capture.id
        job = self.session.run(lambda v, ctx: v.custody_events(capture_id=capture_id),
                               name="custody")
        job.succeeded.connect(self.custody.set_events)
        job.start(self.session.pool)
