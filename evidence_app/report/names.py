"""Readable, short, cross-platform safe file names for the exhibit bundle."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from evidence_app.filenames import safe_component
from evidence_app.vault import ArtifactInfo, CaptureInfo
from evidence_app.vocab import CaptureKind, Role

_EXT_BY_TYPE = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp",
    "image/svg+xml": ".svg", "video/mp4": ".mp4", "video/webm": ".webm", "audio/mpeg": ".mp3",
    "application/json": ".json", "text/html": ".html", "text/plain": ".txt",
    "application/pdf": ".pdf", "multipart/related": ".mhtml", "application/x-mimearchive": ".mhtml",
    "application/wacz": ".wacz", "application/zip": ".zip",
}


def exhibit_folder(cap: CaptureInfo) -> str:
    """'TO-001 example.com' for a web capture, 'TO-002 chat-export' for an import."""
    if cap.kind == CaptureKind.WEB:
        host = urlsplit(cap.source).hostname or "page"
        label = safe_component(host, 32, "page")
    else:
        stem = (cap.imported.original_name or cap.source).rsplit(".", 1)[0]
        label = safe_component(stem, 32, "file")
    return f"{safe_component(cap.exhibit, 16, 'EX')} {label}"


def extension_for(art: ArtifactInfo) -> str:
    ext = _EXT_BY_TYPE.get(art.media_type.split(";")[0].strip().lower())
    if ext:
        return ext
    m = re.search(r"(\.[A-Za-z0-9]{1,6})$", art.name)
    return m.group(1).lower() if m else ".bin"


def artifact_filename(art: ArtifactInfo, index_in_role: int, count_in_role: int) -> str:
    """A readable name from the artifact's role, e.g. screenshot-full-01.png, dom.html."""
    ext = extension_for(art)
    fixed: dict[str, str] = {
        Role.SCREENSHOT_FULL: "screenshot-full", Role.SCREENSHOT_VIEWPORT: "screenshot-viewport",
        Role.MHTML: "page", Role.DOM_HTML: "dom", Role.WACZ: "archive", Role.HEADERS: "headers",
        Role.PROVENANCE: "provenance"}
    if art.role in fixed:
        base = fixed[art.role]
        if art.role == Role.SCREENSHOT_FULL or count_in_role > 1:
            base += f"-{index_in_role:02d}"
        return base + ext
    stem = safe_component(art.name.rsplit(".", 1)[0], 32, art.role)
    return f"{safe_component(art.role, 12, 'item')}-{index_in_role:02d}-{stem}{ext}"


def unique(name: str, taken: set[str]) -> str:
    """`name`, or name~2, name~3... before the extension if already used (case-insensitively)."""
    candidate = name
    n = 2
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    while candidate.lower() in taken:
        candidate = f"{stem}~{n}{'.' + ext if ext else ''}"
        n += 1
    taken.add(candidate.lower())
    return candidate
