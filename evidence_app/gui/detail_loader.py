"""Worker-side loading for the capture detail view (vault reads and blurred previews)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from evidence_app import pictures
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
        data.previews.append((art, _blurred_or_placeholder(vault.read_artifact(art.id))))
    data.not_previewed += max(0, len(candidates) - MAX_PREVIEWS)
    return data


def _blurred_or_placeholder(data: bytes, width: int = imaging.PREVIEW_WIDTH) -> QImage:
    """The blurred preview, or a null QImage (shown as a placeholder) for a picture that cannot
    be decoded within the budget: an undecodable image is evidence too, and must never stop
    the capture's details from loading."""
    try:
        return imaging.blurred(data, width)
    except pictures.PictureError as e:
        log.info("no preview for an artifact: %s", e.reason)
    except Exception as e:  # noqa: BLE001 - untrusted pixels: any failure is "no preview"
        log.warning("no preview for an artifact: %s", type(e).__name__)
    return QImage()


def reveal_artifact(vault: Vault, capture: CaptureInfo, artifact_id: str,
                    ctx: JobContext, width: int = imaging.PREVIEW_WIDTH) -> QImage:
    """Decode the image (in memory), record the `viewed` custody event, then hand it over for
    display; a picture that cannot be decoded is not recorded as seen (a null QImage)."""
    image = _revealed_or_null(vault.read_artifact(artifact_id), width)
    if image.isNull():
        return image
    vault.record_event("viewed", case_id=capture.case_id, capture_id=capture.id,
                       artifact_id=artifact_id, details={"how": "revealed in the desktop app"})
    return image


def _revealed_or_null(data: bytes, width: int = imaging.PREVIEW_WIDTH) -> QImage:
    try:
        return imaging.revealed(data, width)
    except pictures.PictureError as e:
        log.info("picture cannot be revealed: %s", e.reason)
    except Exception as e:  # noqa: BLE001 - untrusted pixels
        log.warning("picture cannot be revealed: %s", type(e).__name__)
    return QImage()
