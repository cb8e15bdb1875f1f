"""Small parts of the export: safe names, markup of untrusted text, the PDF joiner."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from evidence_app.report.fonts import CJK, markup
from evidence_app.report.names import safe_component, unique
from evidence_app.report.pdf.document import Footer, render_part
from evidence_app.report.pdf.merge import merge_pdfs
from evidence_app.report.pdf.styles import BODY, P


def test_safe_component_is_short_ascii_and_never_reserved():
    assert safe_component("TO-001") == "TO-001"
    assert safe_component('a/b\\c:d*e?f"g<h>i|j') == "a_b_c_d_e_f_g_h_i_j"
    assert safe_component("CON") == "_CON"
    assert safe_component("nul.txt") == "_nul.txt"
    assert safe_component("...") == "item"
    assert safe_component("私密影像") == "item"
    assert safe_component("Café déjà vu") == "Cafe deja vu"
    assert len(safe_component("x" * 500)) <= 48
    assert safe_component("trailing dots. . .") == "trailing dots"
    taken: set[str] = set()
    assert [unique(n, taken) for n in ("a.png", "A.png", "a.png")] == \
        ["a.png", "A~2.png", "a~3.png"]


def test_markup_escapes_hostile_page_text_and_bounds_it():
    hostile = ('<font name="Nope" size="400">big</font><a href="javascript:x">l</a>&amp;'
               '<img src="/etc/passwd"/>\x00\x1b[31m' + "x" * 5000)
    m = markup(hostile, limit=100)
    assert "<font name=\"Nope\"" not in m and "<img" not in m and "<a " not in m
    assert "&lt;font" in m and "&amp;amp;" in m
    assert "\x00" not in m and "\x1b" not in m
    assert "more characters" in m and len(m) < 400
    p = Paragraph(m, BODY)  # parses without error
    p.wrap(300, 1000)


def test_markup_puts_chinese_in_the_cjk_font_and_names_unknown_characters():
    m = markup("Title 私密 ok \U0001F9E0 \u0e01")  # brain emoji, Thai: in no bundled font
    assert f'<font name="{CJK}">私密</font>' in m
    assert "[U+1F9E0]" in m and "[U+0E01]" in m


def _part(text: str, pages: int) -> bytes:
    buf = io.BytesIO()
    flow = []
    for i in range(pages):
        flow.append(P(f"{text} {i}"))
        if i + 1 < pages:
            from reportlab.platypus import PageBreak
            flow.append(PageBreak())
    render_part(flow, buf, Footer("B-1", "case", 0, None), "t")
    return buf.getvalue()


def test_merge_joins_parts_in_order_with_bookmarks(tmp_path):
    parts = []
    for n, (text, pages) in enumerate([("alpha 私密", 2), ("beta", 1), ("gamma", 3)]):
        p = tmp_path / f"p{n}.pdf"
        p.write_bytes(_part(text, pages))
        parts.append(p)
    out = tmp_path / "joined.pdf"
    with open(out, "wb") as f:
        total = merge_pdfs(parts, f, title="Joined 報告", bookmarks=[("B", 2), ("G", 3)])
    assert total == 6
    reader = PdfReader(str(out))
    texts = [pg.extract_text() for pg in reader.pages]
    assert ["alpha" in texts[0], "beta" in texts[2], "gamma 2" in texts[5]] == [True] * 3
    assert [o.title for o in reader.outline] == ["B", "G"]
    assert reader.get_destination_page_number(reader.outline[1]) == 3
    assert reader.metadata.title == "Joined 報告"
    # poppler reads it without complaint and finds the Chinese text
    res = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stderr == "" and "私密" in res.stdout
