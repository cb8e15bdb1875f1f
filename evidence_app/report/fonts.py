"""Fonts for the PDF: bundled TrueType files, and markup that picks a font per script.

reportlab embeds subsets of TrueType-outline fonts with a ToUnicode map, so a reviewer can copy
URLs, hashes and Traditional Chinese out of the PDF exactly. DejaVu covers Latin and symbols;
Droid Sans Fallback covers CJK. See resources/fonts/README.md for the licences.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from evidence_app.errors import FontsMissing

log = logging.getLogger(__name__)

SANS = "EA-Sans"
SANS_BOLD = "EA-Sans-Bold"
MONO = "EA-Mono"
CJK = "EA-CJK"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
FONTS_ENV = "EVIDENCE_APP_FONTS"  # override for packaged builds
_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def fonts_dir() -> Path:
    """resources/fonts beside the package (source tree), in a frozen build, or from the env."""
    env = os.environ.get(FONTS_ENV)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process."""
    with _lock:
        if _coverage:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontsMissing(f"The PDF font {filename} is missing from {folder}. "
                                   "Reinstall evidence-app.")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                      boldItalic=SANS_BOLD)


def covered(font: str, ch: str) -> bool:
    register_fonts()
    return ord(ch) in _coverage[font]


def clean_text(text: str, limit: int | None = None) -> str:
    """Control characters (except tab/newline) removed and the length bounded."""
    out = "".join(ch for ch in text
                  if ch in "\t\n" or unicodedata.category(ch)[0] != "C")
    if limit is not None and len(out) > limit:
        out = out[:limit] + f" [... {len(text) - limit} more characters]"
    return out


def markup(text: str, base: str = SANS, limit: int | None = 2000) -> str:
    """Plain (possibly untrusted) text as safe Paragraph markup, with CJK runs in the CJK font.

    Characters no bundled font has are shown as [U+XXXX] so nothing silently turns into boxes.
    """
    register_fonts()
    text = clean_text(text, limit)
    base_cov = _coverage[base]
    cjk_cov = _coverage[CJK]
    parts: list[str] = []
    run: list[str] = []
    run_font = base

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        parts.append(chunk if run_font == base else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for ch in text:
        if ch == "\n":
            flush()
            parts.append("<br/>")
            continue
        cp = ord(ch)
        if cp in base_cov or ch in " \t":
            font = base
        elif cp in cjk_cov:
            font = CJK
        else:
            flush()
            parts.append(escape(f"[U+{cp:04X}]"))
            continue
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(parts)
