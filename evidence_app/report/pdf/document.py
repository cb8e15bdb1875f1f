"""One PDF part: page template with the footer (page X of Y, bundle id) on every page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from evidence_app.report.fonts import MONO, SANS
from evidence_app.report.pdf.styles import FOOTER_H, FRAME_H, FRAME_W, MARGIN, PAGE_W


@dataclass
class Footer:
    bundle_id: str
    case_label: str
    page_offset: int = 0
    total: int | None = None  # None in the counting pass

    def draw(self, canvas: Canvas, page: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        y = MARGIN + FOOTER_H - 10
        canvas.line(MARGIN, y, PAGE_W - MARGIN, y)
        canvas.setFont(SANS, 7.5)
        total = "?" if self.total is None else str(self.total)
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN + 6,
                               f"Page {self.page_offset + page} of {total}")
        canvas.drawString(MARGIN, MARGIN + 6, "CONFIDENTIAL - evidence; handle accordingly")
        canvas.setFont(MONO, 7)
        canvas.drawCentredString(PAGE_W / 2, MARGIN + 6, f"Bundle {self.bundle_id}")
        canvas.restoreState()


def _canvas(*args: Any, **kwargs: Any) -> Canvas:
    # Start in an embedded font: no reference to a non-embedded standard font in the file.
    kwargs.update(initialFontName=SANS, initialFontSize=9)
    return Canvas(*args, **kwargs)


def render_part(flowables: Sequence[Flowable], out: BinaryIO, footer: Footer,
                title: str) -> int:
    """Lay out and write one part; returns its page count."""
    doc = BaseDocTemplate(out, pagesize=(PAGE_W, MARGIN * 2 + FOOTER_H + FRAME_H),
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN + FOOTER_H, title=title,
                          author="evidence-app", creator="evidence-app")
    frame = Frame(MARGIN, MARGIN + FOOTER_H, FRAME_W, FRAME_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        footer.draw(canvas, doc.page)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(flowables), canvasmaker=_canvas)
    return int(doc.page)
