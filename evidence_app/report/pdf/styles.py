"""Paragraph styles and small flowable helpers shared by the report's sections."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from evidence_app.report.fonts import MONO, SANS, SANS_BOLD, markup, register_fonts

PAGE_W, PAGE_H = A4
MARGIN = 36.0
FOOTER_H = 28.0
FRAME_W = PAGE_W - 2 * MARGIN
FRAME_H = PAGE_H - 2 * MARGIN - FOOTER_H

register_fonts()

BODY = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12)
# wordWrap CJK lets a line break between any two characters (no hyphen is inserted): Chinese
# text, and URLs/hashes that must stay copyable.
BODY_CJK = ParagraphStyle("body_cjk", parent=BODY, wordWrap="CJK")
CLAUSE = ParagraphStyle("clause", parent=BODY_CJK, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5)
SMALL_CJK = ParagraphStyle("small_cjk", parent=SMALL, wordWrap="CJK")
CODE = ParagraphStyle("code", parent=BODY, fontName=MONO, fontSize=7.5, leading=9.5,
                      wordWrap="CJK")
CODE_SMALL = ParagraphStyle("code_small", parent=CODE, fontSize=6.5, leading=8)
LABEL = ParagraphStyle("label", parent=SMALL, fontName=SANS_BOLD)
H1 = ParagraphStyle("h1", parent=BODY, fontName=SANS_BOLD, fontSize=16, leading=20,
                    spaceAfter=8, wordWrap="CJK")
H2 = ParagraphStyle("h2", parent=BODY, fontName=SANS_BOLD, fontSize=12, leading=15,
                    spaceBefore=8, spaceAfter=5, wordWrap="CJK")
H3 = ParagraphStyle("h3", parent=BODY, fontName=SANS_BOLD, fontSize=10, leading=13,
                    spaceBefore=6, spaceAfter=3, wordWrap="CJK")
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=28, spaceAfter=14)
DRAFT = ParagraphStyle("draft", parent=BODY, fontName=SANS_BOLD, fontSize=10, leading=13,
                       textColor=colors.HexColor("#a00000"), wordWrap="CJK")

GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])
KV = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])


def P(text: str, style: ParagraphStyle = BODY, limit: int | None = 2000) -> Paragraph:
    """A paragraph of plain text (escaped; CJK runs in the CJK font)."""
    base = MONO if style.fontName == MONO else (SANS_BOLD if style.fontName == SANS_BOLD
                                                 else SANS)
    return Paragraph(markup(text, base, limit), style)


def code(text: str, small: bool = False, limit: int | None = 4000) -> Paragraph:
    """Monospace text that wraps at any character: URLs, hashes."""
    return P(text, CODE_SMALL if small else CODE, limit)


class OneLine(Flowable):  # type: ignore[misc]
    """Monospace text that never wraps: a SHA-256 copied from the PDF must come out whole.

    It shrinks to fit the width it is given, down to `min_size`; tables give hash columns at
    least 64 characters at that size.
    """

    def __init__(self, text: str, size: float = 7.5, min_size: float = 5.0) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.min_size = min_size
        self._drawn_size = size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        unit = stringWidth(self.text, MONO, 1) or 1.0
        self._drawn_size = max(self.min_size, min(self.size, avail_w / unit))
        self.width = unit * self._drawn_size
        self.height = self._drawn_size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(MONO, self._drawn_size)
        self.canv.drawString(0, self._drawn_size * 0.3, self.text)


def hash_text(digest: str, size: float = 7.5) -> OneLine:
    """A SHA-256 (or other fixed token) on one line, whole, in the monospace font."""
    return OneLine(digest, size)


def kv_table(rows: list[tuple[str, Any]], label_w: float = 120) -> Table:
    """Two-column label/value table; values are flowables or plain strings."""
    data = [[P(label, LABEL), v if not isinstance(v, str) else P(v, SMALL_CJK)]
            for label, v in rows]
    t = Table(data, colWidths=[label_w, FRAME_W - label_w], repeatRows=0)
    t.setStyle(KV)
    return t


def grid(header: list[str], rows: list[list[Any]], widths: list[float],
         span_rows: tuple[int, ...] = ()) -> Table:
    """A table with a header row repeated on every page; `span_rows` (0-based, without the
    header) are notes spanning all columns."""
    data: list[list[Any]] = [[P(h, LABEL) for h in header]]
    for r in rows:
        data.append([c if not isinstance(c, str) else P(c, SMALL_CJK) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(GRID)
    for i in span_rows:
        t.setStyle(TableStyle([("SPAN", (0, i + 1), (-1, i + 1)),
                               ("BACKGROUND", (0, i + 1), (-1, i + 1),
                                colors.HexColor("#f6f6f6"))]))
    return t
