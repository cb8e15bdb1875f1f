"""Worker-side loading for the capture detail view (vault reads and blurred previews)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from evidence_app.gui import imaging
from evidence_app.gui.workers import JobContext
from evidence_app.vault import ArtifactInfo, CaptureInfo, CustodyEvent, Vault
from evidence_app.vocab import Role

log = logging.getLogger(__name__)

MAX_PREVIEWS = 8
MAX_PREVIEW_BYTES = 60 * 1024 * 1024
_PREVIEW_ORDER: dict[str, int] = {Role.SCREENSHOT_VIEWPORT: 0, Role.SCREENSHOT_FULL: 1,
                                  Role.ORIGINAL: 2, Role.MEDIA: 3}


@dataclass
class DetailData:
    capture: CaptureInfo
    events: list[CustodyEvent]
    previews: list[tuple[ArtifactInfo, QImage]] = field(default_factory=list)
    not_previewed: int = 0


def preview_candidates(capture: CaptureInfo) -> list[ArtifactInfo]:
    arts = [a for a in capture.artifacts
            if a.role in _PREVIEW_ORDER and imaging.is_previewable(a.media_type)]
    return sorted(arts, key=lambda a: (_PREVIEW_ORDER[a.role], a.ord))


def load_detail(vault: Vault, capture_id: str, ctx: JobContext) -> DetailData:
    """Capture, its custody events, and blurred previews (decoded in memory only)."""
    capture = vault.get_capture(capture_id)
    data = DetailData(capture=capture, events=vault.custody_events(capture_id=capture.id))
    candidates = preview_candidates(capture)
    for art in candidates[:MAX_PREVIEWS]:
        if ctx.cancel.is_set():
            break
        if art.size > MAX_PREVIEW_BYTES:
            data.not_previewed += 1
            continue
        try:
            data.previews.append((art, imaging.blurred(vault.read_artifact(art.id))))
        except (OSError, ValueError) as e:  # an undecodable image is evidence too: just no preview
            log.info("no preview for an artifact: %s", type(e).__name__)
            data.not_previewed += 1
    data.not_previewed += max(0, len(candidates) - MAX_PREVIEWS)
    return data


def reveal_artifact(vault: Vault, capture: CaptureInfo, artifact_id: str,
                    ctx: JobContext) -> QImage:
    """Record the `viewed` custody event first, then decode the image for display."""
    vault.record_event("viewed", case_id=capture.case_id, capture_id=capture.id,
                       artifact_id=artifact_id, details={"how": "revealed in the desktop app"})
    return imaging.revealed(vault.read_artifact(artifact_id))
