"""Telegram Desktop "Export chat history" in machine-readable JSON (`result.json`).

A single chat's export: {"name", "type", "id", "messages": [...]}. Each message has `date` (the
exporting computer's wall clock, as written) and `date_unixtime` (the exact instant), `from`,
`text` (a string or a list of strings and formatted pieces), and `photo` / `file` naming a
file in the export's folders, or "(File not included...)" when media were not exported.
A whole-account export (several chats) and the HTML export are imported as ordinary files.

The document is read as a stream (ijson): the header first, then one message at a time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from typing import Any, BinaryIO

from evidence_app.chat.transcript import (
    Attachment,
    AttachmentStatus,
    Entry,
    EntryKind,
    StatedZone,
    bound_text,
    iso_local,
    iso_utc_seconds,
)

log = logging.getLogger(__name__)

_MAX_VERBATIM = 4000
_MEDIA_KEYS = ("photo", "file")


def looks_like_export(head: bytes) -> bool:
    """Whether the first bytes of a JSON file look like a single-chat Telegram export."""
    text = head[:65536].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text.startswith("{"):
        return False
    return ('"messages"' in text and '"type"' in text
            and any(t in text for t in ('"personal_chat"', '"private_group"', '"public_group"',
                                        '"private_supergroup"', '"public_supergroup"',
                                        '"private_channel"', '"public_channel"', '"bot_chat"',
                                        '"saved_messages"'))
            and '"chats"' not in text[:4096])


def read_header(stream: BinaryIO) -> dict[str, Any]:
    """The chat's top-level facts (name, type, id), read up to the messages array only.

    ValueError when the document has no top-level `messages` array (not a single-chat export).
    """
    import ijson

    header: dict[str, Any] = {}
    key = None
    for prefix, event, value in ijson.parse(stream, use_float=True):
        if prefix == "" and event == "map_key":
            key = value
        elif prefix == key and event in ("string", "number", "boolean", "null") and key:
            header[key] = value
        elif prefix == "messages" and event == "start_array":
            return header
    raise ValueError("not a single-chat Telegram export")


def iter_messages(stream: BinaryIO) -> Iterator[Any]:
    """The `messages` array's items one at a time (ijson): the document is never held whole.
    A document that stops being valid JSON ends the stream with a _Broken marker."""
    import ijson

    try:
        yield from ijson.items(stream, "messages.item", use_float=True)
    except ijson.JSONError as e:
        yield _Broken(type(e).__name__)


class _Broken:
    """Where result.json stopped being readable (truncated or damaged)."""

    def __init__(self, what: str) -> None:
        self.what = what


def flatten_text(value: Any) -> str:
    """Telegram's `text`: a string, or a list of strings and {"type", "text"} pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        out = []
        for piece in value:
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
                out.append(piece["text"])
        return "".join(out)
    return ""


def _attachment(msg: Mapping[str, Any], present: Mapping[str, Attachment]) -> Attachment | None:
    for key in _MEDIA_KEYS:
        value = msg.get(key)
        if not isinstance(value, str) or not value:
            continue
        kind = str(msg.get("media_type") or key)
        if value.startswith("(File not included"):
            name = str(msg.get("file_name") or "")
            return Attachment(name=name, status=AttachmentStatus.OMITTED, kind=kind)
        found = present.get(value.replace("\\", "/"))
        if found is not None:
            return Attachment(name=found.name, status=found.status, sha256=found.sha256,
                              size=found.size, media_type=found.media_type, kind=kind)
        return Attachment(name=value, status=AttachmentStatus.MISSING, kind=kind)
    return None


def _when(msg: Mapping[str, Any], zone: StatedZone) -> tuple[str, str | None, str | None]:
    written = msg.get("date") if isinstance(msg.get("date"), str) else ""
    unix = msg.get("date_unixtime")
    try:
        instant = datetime.fromtimestamp(int(str(unix)), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        try:  # older exports: the exporting computer's wall clock only
            instant = datetime.fromisoformat(str(written)).replace(tzinfo=zone.tz)
        except ValueError:
            return str(written), None, None
    return str(written), iso_local(instant.astimezone(zone.tz)), iso_utc_seconds(instant)


def parse(messages: Iterable[Any], zone: StatedZone,
          present: Mapping[str, Attachment]) -> Iterator[Entry]:
    """The entries of a single-chat export's messages."""
    n = 0
    for pos, msg in enumerate(messages, start=1):
        if isinstance(msg, _Broken):
            yield Entry(kind=EntryKind.UNPARSED, line=pos,
                        text=f"(result.json stops being readable JSON here: {msg.what}; the "
                             "rest of the file is in the sealed original only)")
            return
        if not isinstance(msg, dict) or msg.get("type") not in ("message", "service"):
            verbatim, _ = bound_text(json.dumps(msg, ensure_ascii=False)[:_MAX_VERBATIM])
            yield Entry(kind=EntryKind.UNPARSED, line=pos, text=verbatim)
            continue
        written, local, utc = _when(msg, zone)
        if utc is None:
            verbatim = json.dumps(msg, ensure_ascii=False)[:_MAX_VERBATIM]
            yield Entry(kind=EntryKind.UNPARSED, line=pos, text=verbatim)
            continue
        n += 1
        text, cut = bound_text(flatten_text(msg.get("text")))
        extra: dict[str, Any] = {}
        for key in ("id", "reply_to_message_id", "forwarded_from", "edited", "via_bot"):
            if isinstance(msg.get(key), str | int) and not isinstance(msg.get(key), bool):
                extra[key] = msg[key]
        if msg["type"] == "service":
            actor = msg.get("actor") if isinstance(msg.get("actor"), str) else None
            action = str(msg.get("action") or "").replace("_", " ")
            facts = [f"{k}: {msg[k]}" for k in ("title", "discard_reason", "duration_seconds")
                     if isinstance(msg.get(k), str | int)]
            members = msg.get("members")
            if isinstance(members, list):
                facts.append("members: " + ", ".join(str(m) for m in members[:50]))
            text = "; ".join(p for p in (action, text, *facts) if p)
            yield Entry(kind=EntryKind.SYSTEM, line=pos, n=n, written=written, local=local,
                        utc=utc, sender=actor, text=text, truncated=cut, extra=extra)
            continue
        sender = msg.get("from") if isinstance(msg.get("from"), str) else None
        yield Entry(kind=EntryKind.MESSAGE, line=pos, n=n, written=written, local=local,
                    utc=utc, sender=sender, text=text, truncated=cut,
                    attachment=_attachment(msg, present), extra=extra)
