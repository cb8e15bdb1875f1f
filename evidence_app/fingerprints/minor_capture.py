"""The under-18 safeguard in a web capture: screenshots with every picture hidden, and a page
result that keeps the hashes of the page's pictures and videos instead of their bytes.

Hiding is done twice over, because a page's own inline `!important` styles beat any style sheet:
a style sheet hides pictures, videos, frames and background images, then a script sets the
same properties inline (with `important`) on every element that still shows one. Both run just
before each screenshot; the screenshot is skipped when hiding failed.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING, Any

from evidence_app.capture.media import Artifact
from evidence_app.fingerprints.safeguard import (
    HASH_LIST_NAME,
    effective_type,
    hash_list,
    is_picture_or_video,
    picture_entry,
)
from evidence_app.messages import Notice
from evidence_app.vocab import Role

if TYPE_CHECKING:
    from evidence_app.capture.page import PageResult

log = logging.getLogger(__name__)

_HIDDEN_TAGS = ("img, picture, video, canvas, svg, embed, object, iframe, frame, image, "
                "input[type=image]")
HIDE_CSS = (f"{_HIDDEN_TAGS} {{ visibility: hidden !important; }}\n"
            "*, *::before, *::after { background-image: none !important; "
            "border-image: none !important; list-style-image: none !important; "
            "mask-image: none !important; -webkit-mask-image: none !important; }\n"
            "*::before, *::after, *::marker { content: none !important; }")

# Returns how many elements were hidden inline; throws when the document cannot be reached.
_HIDE_SCRIPT = """([css, tags]) => {
  const root = document.documentElement;
  if (!root) return 0;
  let style = document.getElementById('evidence-app-minor-safeguard');
  if (!style) {
    style = document.createElement('style');
    style.id = 'evidence-app-minor-safeguard';
    style.textContent = css;
  }
  root.appendChild(style);
  let n = 0;
  for (const el of document.querySelectorAll(tags)) {
    el.style.setProperty('visibility', 'hidden', 'important'); n++;
  }
  for (const el of document.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.backgroundImage !== 'none' || cs.borderImageSource !== 'none'
        || cs.listStyleImage !== 'none') {
      el.style.setProperty('background-image', 'none', 'important');
      el.style.setProperty('border-image', 'none', 'important');
      el.style.setProperty('list-style-image', 'none', 'important');
      n++;
    }
  }
  return n;
}"""

# A data: URL runs to the quote or parenthesis that opened it (an SVG written as text holds
# spaces and angle brackets); unquoted, to the first space, quote or bracket.
_DATA_PICTURE = re.compile(
    rb"(?<=\")data:(?:image|video)/[^\"]*|(?<=')data:(?:image|video)/[^']*"
    rb"|(?<=\()data:(?:image|video)/[^)]*|data:(?:image|video)/[^\s\"'<>)]*", re.IGNORECASE)


async def hide_pictures(page: Any) -> bool:
    """Hide every picture, video, frame and background image before a screenshot."""
    await page.evaluate(_HIDE_SCRIPT, [HIDE_CSS, _HIDDEN_TAGS])
    return True


def strip_data_pictures(html: bytes) -> tuple[bytes, int]:
    """Pictures written inline in the HTML (data: URLs) replaced by an empty data: URL."""
    return _DATA_PICTURE.subn(b"data:,", html)


def without_pictures(result: PageResult) -> PageResult:
    """The page result with no picture or video bytes: hashes instead, archives left out.

    The MHTML and WACZ archives embed every picture, so they are not kept; the rendered HTML
    is kept with inline (data:) pictures removed; headers, screenshots (taken with pictures
    hidden) and provenance are kept.
    """
    kept: list[Artifact] = []
    entries: list[dict[str, Any]] = []
    left_out: list[str] = []
    inline_removed = 0
    for a in result.artifacts:
        if a.role in (Role.MHTML, Role.WACZ):
            left_out.append(str(a.role))
        elif a.role in (Role.MEDIA, Role.DOWNLOAD) and is_picture_or_video(a.media_type,
                                                                           a.data[:8192]):
            entries.append(picture_entry(a.data, effective_type(a.media_type, a.data[:8192]),
                                         name=a.name, url=a.meta.get("url"),
                                         element=a.meta.get("element")))
        elif a.role == Role.DOM_HTML:
            html, inline_removed = strip_data_pictures(a.data)
            kept.append(Artifact(a.role, a.name, a.media_type, html,
                                 meta={**a.meta, "inline_pictures_removed": inline_removed}))
        else:
            kept.append(a)
    kept.append(Artifact(Role.PICTURE_HASHES, HASH_LIST_NAME, "application/json",
                         hash_list(entries), meta={"pictures": len(entries)}))
    record = {"pictures_hidden_in_screenshots": True, "css": HIDE_CSS,
              "pictures_hashed": len(entries), "archives_left_out": left_out,
              "inline_pictures_removed_from_html": inline_removed}
    return dataclasses.replace(result, artifacts=kept).with_notice(
        Notice("capture.minor_safeguard", {"count": len(entries)}), minor_safeguard=record)
