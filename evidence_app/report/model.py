"""What the bundle writer hands the PDF: the case, its exhibits and where their files are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from evidence_app.takedown.report_data import TakedownReport
from evidence_app.vault import ArtifactInfo, CaptureInfo, Case
from evidence_app.vocab import Role, role_shows_images

SAFE_MEDIA_TYPES = frozenset({"application/json", "text/plain"})


@dataclass
class ArtifactEntry:
    """An artifact and its file in the bundle (None when withheld from a redacted bundle)."""

    info: ArtifactInfo
    file: str | None
    withheld: str | None = None


@dataclass
class ExhibitEntry:
    capture: CaptureInfo
    folder: str
    artifacts: list[ArtifactEntry] = field(default_factory=list)

    def main_artifact(self) -> ArtifactEntry:
        """The artifact whose hash identifies the exhibit in the index."""
        for role in (Role.SCREENSHOT_FULL, Role.ORIGINAL, Role.SCREENSHOT_VIEWPORT):
            for a in self.artifacts:
                if a.info.role == role:
                    return a
        return self.artifacts[0]


@dataclass
class ReportContext:
    """Everything the PDF needs; images are opened through `open_image` one at a time."""

    bundle_id: str
    created: datetime
    case: Case
    exhibits: list[ExhibitEntry]
    purpose: str
    organisation: str
    prepared_by: str
    redacted: bool
    events: list[dict[str, Any]]
    head_seq: int
    head_hash: str
    tool_version: str
    open_image: Callable[[ArtifactEntry], BinaryIO]
    takedown: TakedownReport | None = None  # take-down log and schedule (evidence_app.takedown)
    # Trusted time (integrity.timestamps.bundle): rows per capture id, and the bundle's own token.
    timestamps: dict[str, list[Any]] = field(default_factory=dict)
    bundle_stamp: Any = None


def is_withheld_when_redacted(art: ArtifactInfo) -> bool:
    """Redacted bundles carry only JSON/plain-text records; anything that may show a picture
    (screenshots, archives, media, downloads, imported images, PDFs...) stays in the vault."""
    if role_shows_images(art.role):
        return True
    base = art.media_type.split(";")[0].strip().lower()
    return base not in SAFE_MEDIA_TYPES
