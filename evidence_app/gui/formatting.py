"""Qt-free helpers that turn stored values into text for the screen."""

from __future__ import annotations

from datetime import datetime, timezone

MAX_UNTRUSTED_CHARS = 2000


def local_time(iso_utc: str | None) -> str:
    """'2026-01-02T03:04:05.000000Z' -> '2026-01-02 11:04:05 +08:00' (local zone, offset shown)."""
    if not iso_utc:
        return ""
    try:
        text = iso_utc.replace("Z", "+00:00")
        dt = datetime.fromisoformat(text)
    except ValueError:
        return iso_utc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    local = dt.astimezone()
    offset = local.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset
    return f"{local:%Y-%m-%d %H:%M:%S} {offset}"


def plain(untrusted_text: object, limit: int = MAX_UNTRUSTED_CHARS) -> str:
    """Page-derived text made safe to show: control characters dropped, length bounded."""
    text = "" if untrusted_text is None else str(untrusted_text)
    cleaned = "".join(ch if (ch.isprintable() or ch in "\n\t") else " " for ch in text)
    if len(cleaned) > limit:
        cleaned = cleaned[:limit] + "…"
    return cleaned
