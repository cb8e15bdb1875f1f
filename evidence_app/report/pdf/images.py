"""Screenshots in the PDF: tall pages are cut into page-high slices at a legible scale.

Each slice is written as a JPEG file in the work folder and drawn from there, one decoded
picture in memory at a time; the part is saved and the slices deleted before the next part.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from evidence_app.report.fonts import SANS_BOLD
from evidence_app.report.model import ArtifactEntry, ReportContext
from evidence_app.report.pdf.styles import FRAME_H, FRAME_W
from evidence_app.report.redact import redact_image

log = logging.getLogger(__name__)

PT_PER_PX = 0.75  # CSS pixel = 1/96 in: never drawn larger than at 100 %
CAPTION_H = 44.0  # room for the caption paragraph above each slice
JPEG_QUALITY = 82
MAX_PIXELS = 120_000_000


@dataclass
class ImagePlan:
    """How one picture is laid out: scale and the pixel rows of each page slice."""

    entry: ArtifactEntry
    width: int
    height: int
    scale: float
    slices: list[tuple[int, int]]
    files: list[Path | None] = field(default_factory=list)
    error: str | None = None

    def size_pt(self, i: int) -> tuple[float, float]:
        y0, y1 = self.slices[i]
        return self.width * self.scale, (y1 - y0) * self.scale


def plan_image(ctx: ReportContext, entry: ArtifactEntry) -> ImagePlan:
    """Read only the picture's header to plan the slices (nothing decoded)."""
    try:
        with ctx.open_image(entry) as fh, Image.open(fh) as img:
            width, height = img.size
    except (UnidentifiedImageError, OSError, ValueError) as e:
        log.warning("picture could not be read for the report: %s", type(e).__name__)
        return ImagePlan(entry, 0, 0, 1.0, [], error="This picture could not be read for the "
                         "report (unsupported or damaged); its file and hash are listed above.")
    if width * height > MAX_PIXELS:
        return ImagePlan(entry, width, height, 1.0, [], error="This picture is too large to "
                         "draw in the report; see its file in the bundle.")
    scale = min(PT_PER_PX, FRAME_W / width)
    rows = max(1, int((FRAME_H - CAPTION_H) / scale))
    slices = [(y, min(height, y + rows)) for y in range(0, height, rows)]
    return ImagePlan(entry, width, height, scale, slices)


def render_slices(ctx: ReportContext, plan: ImagePlan, work: Path, tag: str) -> None:
    """Decode the picture once and write each slice as JPEG (redacted if the bundle is)."""
    if plan.error or not plan.slices:
        return
    with ctx.open_image(plan.entry) as fh, Image.open(fh) as img:
        src = img.convert("RGB")
    block = 1
    if ctx.redacted:
        src, block = redact_image(src)
    plan.files = []
    for i, (y0, y1) in enumerate(plan.slices):
        if ctx.redacted:
            box = (0, y0 // block, src.width, max(y0 // block + 1, math.ceil(y1 / block)))
        else:
            box = (0, y0, src.width, y1)
        path = work / f"{tag}-{i:03d}.jpg"
        src.crop(box).save(path, "JPEG", quality=JPEG_QUALITY, optimize=False)
        plan.files.append(path)
    src.close()


class ImageSlice(Flowable):  # type: ignore[misc]
    """One slice drawn from its JPEG file; in the counting pass (no file) only its box."""

    def __init__(self, path: Path | None, width: float, height: float, redacted: bool) -> None:
        super().__init__()
        self.path = path
        self.width = width
        self.height = height
        self.redacted = redacted

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        if self.path is not None:
            c.drawImage(str(self.path), 0, 0, self.width, self.height)
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height)
        if self.redacted:
            c.saveState()
            c.setFillColor(colors.white)
            c.rect(4, self.height - 22, 150, 18, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#a00000"))
            c.setFont(SANS_BOLD, 10)
            c.drawString(8, self.height - 17, "REDACTED RENDERING")
            c.restoreState()
