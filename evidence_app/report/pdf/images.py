"""Screenshots in the PDF: tall pages are cut into page-high slices at a legible scale.

Each slice is written as a JPEG file in the work folder and drawn from there, one decoded
picture in memory at a time; the part is saved and the slices deleted before the next part.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from evidence_app import pictures
from evidence_app.report.fonts import SANS, SANS_BOLD
from evidence_app.report.model import ArtifactEntry, ReportContext
from evidence_app.report.pdf.styles import FRAME_H, FRAME_W
from evidence_app.report.redact import redact_image

log = logging.getLogger(__name__)

PT_PER_PX = 0.75  # CSS pixel = 1/96 in: never drawn larger than at 100 %
CAPTION_H = 44.0  # room for the caption paragraph above each slice
JPEG_QUALITY = 82
# Decode budget: 64 MP is at most 256 MB decoded (RGBA) and above the largest screenshot segment
# a capture makes (2560 x 16000); bigger JPEGs are decoded reduced, bigger PNGs get a placeholder.
MAX_PIXELS = 64_000_000
# Pages one picture may take: a 1 x 60,000,000 pixel PNG is within the pixel budget but would be
# 60,000 pages. A capture's 16,000 px segment takes at most ~20.
MAX_PAGES_PER_PICTURE = 200


@dataclass
class ImagePlan:
    """How one picture is laid out: scale and the pixel rows of each page slice."""

    entry: ArtifactEntry
    width: int
    height: int
    scale: float
    slices: list[tuple[int, int]]
    files: list[Path | None] = field(default_factory=list)
    error: str | None = None  # cannot be drawn, known from its header: a placeholder instead
    failed: str | None = None  # decoding failed when drawing: the laid-out boxes say so
    factor: int = 1  # original pixels per drawn pixel (a huge JPEG decoded reduced)

    def size_pt(self, i: int) -> tuple[float, float]:
        y0, y1 = self.slices[i]
        return self.width * self.scale, (y1 - y0) * self.scale


def cannot_display(entry: ArtifactEntry, err: pictures.PictureError, name_file: bool = True) -> str:
    """The placeholder text for a picture that cannot be drawn."""
    if entry.file is None:
        where = "The original is kept sealed in the vault; its SHA-256 is listed above."
    elif name_file:
        where = f"The file itself is in the bundle ({entry.file}) with its SHA-256 listed above."
    else:
        where = "The file itself is in the bundle with its SHA-256 (see above)."
    return f"This picture cannot be displayed: {pictures.reason_text(err)}. {where}"


def plan_image(ctx: ReportContext, entry: ArtifactEntry) -> ImagePlan:
    """Read only the picture's header to plan the slices (nothing decoded)."""
    try:
        with ctx.open_image(entry) as fh:
            width, height, factor = pictures.probe(fh, MAX_PIXELS)
    except pictures.PictureError as e:
        log.warning("picture cannot be drawn in the report: %s", e.reason)
        return ImagePlan(entry, e.width, e.height, 1.0, [], error=cannot_display(entry, e))
    width, height = -(-width // factor), -(-height // factor)
    scale = min(PT_PER_PX, FRAME_W / width)
    rows = max(1, int((FRAME_H - CAPTION_H) / scale))
    if -(-height // rows) > MAX_PAGES_PER_PICTURE:
        err = pictures.PictureError(pictures.TOO_LARGE, width * factor, height * factor)
        return ImagePlan(entry, width, height, 1.0, [], error=cannot_display(entry, err))
    slices = [(y, min(height, y + rows)) for y in range(0, height, rows)]
    return ImagePlan(entry, width, height, scale, slices, factor=factor)


def render_slices(ctx: ReportContext, plan: ImagePlan, work: Path, tag: str) -> None:
    """Decode the picture once and write each slice as JPEG (redacted if the bundle is).

    A picture that fails to decode keeps its laid-out pages (the page numbers are already
    counted); `plan.failed` makes each box say why it is empty.
    """
    if plan.error or not plan.slices:
        return
    try:
        with ctx.open_image(plan.entry) as fh:
            decoded = pictures.decode(fh, MAX_PIXELS)
    except pictures.PictureError as e:
        log.warning("picture could not be decoded for the report: %s", e.reason)
        plan.failed = cannot_display(plan.entry, e, name_file=False)  # drawn in DejaVu
        plan.files = []
        return
    src = decoded.image
    block = 1
    if ctx.redacted:
        coarse, block = redact_image(src)
        src.close()
        src = coarse
    plan.files = []
    try:
        for i, (y0, y1) in enumerate(plan.slices):
            if ctx.redacted:
                box = (0, y0 // block, src.width,
                       max(y0 // block + 1, math.ceil(y1 / block)))
            else:
                box = (0, y0, src.width, y1)
            path = work / f"{tag}-{i:03d}.jpg"
            # Crop first, convert the slice only: one full-size copy of the picture at most.
            part = src.crop(box)
            if part.mode not in ("RGB", "L"):
                part = part.convert("RGB")
            part.save(path, "JPEG", quality=JPEG_QUALITY, optimize=False)
            plan.files.append(path)
    finally:
        src.close()


class ImageSlice(Flowable):  # type: ignore[misc]
    """One slice drawn from its JPEG file; in the counting pass (no file) only its box."""

    def __init__(self, path: Path | None, width: float, height: float, redacted: bool,
                 notice: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.width = width
        self.height = height
        self.redacted = redacted
        self.notice = notice

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        if self.path is not None:
            c.drawImage(str(self.path), 0, 0, self.width, self.height)
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height)
        if self.notice:
            self._draw_notice(c)
        elif self.redacted:
            c.saveState()
            c.setFillColor(colors.white)
            c.rect(4, self.height - 22, 150, 18, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#a00000"))
            c.setFont(SANS_BOLD, 10)
            c.drawString(8, self.height - 17, "REDACTED RENDERING")
            c.restoreState()

    def _draw_notice(self, c: Canvas) -> None:
        """The placeholder text, inside the empty box (wider than it if the box is narrow)."""
        width = min(FRAME_W, max(self.width, 300.0)) - 16
        lines = simpleSplit(self.notice or "", SANS, 10, width)
        c.saveState()
        c.setFillColor(colors.HexColor("#a00000"))
        c.setFont(SANS, 10)
        y = self.height - 18
        for line in lines:
            c.drawString(8, y, line)
            y -= 13
        c.restoreState()
