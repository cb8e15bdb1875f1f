"""Timestamps for the report: UTC as stored, and the capturing machine's local time."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone


def parse_iso(text: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def utc_and_local(text: str | None, offset: str | None) -> str:
    """'2026-11-21 07:57:12 UTC (15:57:12 UTC+08:00)'; untrusted text is returned as it is."""
    if not text:
        return "-"
    dt = parse_iso(str(text))
    if dt is None:
        return str(text)
    out = dt.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", offset or "")
    if m:
        sign = 1 if m.group(1) == "+" else -1
        tz = timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
        local = dt.astimezone(tz)
        out += f" ({local.strftime('%Y-%m-%d %H:%M:%S')} UTC{offset})"
    return out


def short_utc(text: str | None) -> str:
    dt = parse_iso(str(text)) if text else None
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if dt else (text or "-")
