"""The under-18 safeguard in a web capture: a page result that keeps the hashes of the page's
pictures and videos instead of their bytes. The screenshots were taken with every picture hidden
(evidence_app.capture.picture_hiding).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

from evidence_app.capture.media import Artifact
from evidence_app.capture.page import PageResult
from evidence_app.capture.picture_hiding import HIDE_CSS
from evidence_app.fingerprints.safeguard import (
    HASH_LIST_NAME,
    effective_type,
    hash_list,
    is_picture_or_video,
    picture_entry,
)
from evidence_app.messages import Notice
from evidence_app.vocab import Role

log = logging.getLogger(__name__)

# A data: URL runs to the quote or parenthesis that opened it (an SVG written as text holds
# spaces and angle brackets); unquoted, to the first space, quote or bracket.
_DATA_PICTURE = re.compile(
    rb"(?<=\")data:(?:image|video)/[^\"]*|(?<=')data:(?:image|video)/[^']*"
    rb"|(?<=\()data:(?:image|video)/[^)]*|data:(?:image|video)/[^\s\"'<>)]*", re.IGNORECASE)


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
