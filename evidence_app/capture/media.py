"""Embedded images, videos and audio of a page, each kept as its own artifact."""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from evidence_app.capture.network import Exchange
from evidence_app.capture.options import CaptureOptions
from evidence_app.filenames import safe_filename
from evidence_app.messages import Notice
from evidence_app.vocab import Role

log = logging.getLogger(__name__)

# The page's media elements and the address each one shows (currentSrc: the chosen srcset entry).
DOM_MEDIA = """() => Array.from(document.querySelectorAll('img, video, audio, source, image'))
  .map(el => ({tag: el.tagName.toLowerCase(),
               src: el.currentSrc || el.src || (el.href && el.href.baseVal) || ''}))
  .filter(m => m.src && !m.src.startsWith('data:'))"""


@dataclass
class Artifact:
    """An artifact produced in memory, hashed when produced."""

    role: str
    name: str
    media_type: str
    data: bytes
    meta: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.data).hexdigest()


def _media_kind(ex: Exchange) -> str | None:
    mime = (ex.header("Content-Type") or ex.mime_type or "").split(";")[0].strip().lower()
    if mime.startswith(("image/", "video/", "audio/")):
        return mime
    if ex.resource_type in ("Image", "Media"):
        return mime or "application/octet-stream"
    return None


def collect_media(exchanges: list[Exchange], untrusted_dom: list[dict[str, str]],
                  options: CaptureOptions) -> tuple[list[Artifact], list[Notice]]:
    """Media artifacts from the recorded exchanges; warnings for what a cap or the network cut."""
    elements: dict[str, str] = {}
    streamed = 0
    for m in untrusted_dom:
        src, tag = str(m.get("src", "")), str(m.get("tag", ""))[:10]
        if src.startswith("blob:"):
            streamed += tag in ("video", "audio", "source")
            continue
        elements.setdefault(src, tag)
    out: list[Artifact] = []
    seen: set[str] = set()
    too_big = not_kept = over_count = partial = 0
    for ex in exchanges:
        mime = _media_kind(ex)
        if mime is None or ex.status is None or not (200 <= ex.status < 300):
            continue
        if ex.body is None:
            not_kept += 1
            continue
        if len(ex.body) > options.max_media_bytes:
            too_big += 1
            continue
        digest = hashlib.sha256(ex.body).hexdigest()
        if digest in seen or not ex.body:
            continue
        if len(out) >= options.max_media_count:
            over_count += 1
            continue
        seen.add(digest)
        if ex.status == 206:
            partial += 1
        base = unquote(urlsplit(ex.url).path.rsplit("/", 1)[-1])
        name = safe_filename(base, 60, "media")
        if "." not in name:
            name += mimetypes.guess_extension(mime) or ""
        element = elements.get(ex.url, "css or script")
        out.append(Artifact(Role.MEDIA, f"media-{len(out) + 1:03d}-{name}", mime, ex.body,
                            meta={"url": ex.url[:4000], "element": element,
                                  "http_status": ex.status, "partial": ex.status == 206}))
    warnings: list[Notice] = []
    if streamed:
        warnings.append(Notice("capture.media_streamed", {"count": streamed}))
    if too_big:
        warnings.append(Notice("capture.media_too_big", {
            "count": too_big, "cap_mb": options.max_media_bytes // 2**20}))
    if not_kept:
        warnings.append(Notice("capture.media_not_kept", {"count": not_kept}))
    if over_count:
        warnings.append(Notice("capture.media_over_count", {
            "count": over_count, "limit": options.max_media_count}))
    if partial:
        warnings.append(Notice("capture.media_partial", {"count": partial}))
    return out, warnings
