"""A file's media type from its first bytes (magic numbers), never from its name.

Used by the importer and the chat-export recogniser, which the importer calls.
"""

from __future__ import annotations

import filetype


def sniff_media_type(head: bytes) -> str:
    """Media type from the content's first bytes (magic numbers), never from the extension."""
    if not head:
        return "application/octet-stream"
    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    sample = head[:65536]
    if b"\x00" in sample:
        return "application/octet-stream"
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:  # not just a character cut at the sample's end
            return "application/octet-stream"
        text = sample[:e.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return "text/html"
    if lowered.startswith(("{", "[")):
        return "application/json"
    return "text/plain"
