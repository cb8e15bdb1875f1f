"""WhatsApp "Export chat" text: Android and iOS line formats, 12/24-hour clocks, either date order.

Two passes over the text, each a stream: the first reads only the message headers and decides
how the dates are written (a day over 12 decides; else the order in which the messages run
forward in time; else day-first, the Hong Kong convention) and records why; the second turns
lines into entries. A line that starts no message continues the previous one (multi-line
messages); a line before the first message, or a header whose date cannot be read in the
chosen order, is kept verbatim as an unparsed entry.

Markers recognised: English ("<Media omitted>", "<attached: ...>", "(file attached)", "image
omitted") and those of phones set to Chinese (上午/下午 before the time, "<附件：...>" on iOS,
"(附件檔案)" or "(文件附件)" on Android, as Hong Kong phones write them); other languages'
markers stay message text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
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

MAX_LINE_BYTES = 256 * 1024  # a longer line is cut (the original keeps it whole) and counted
_MARKS = "\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
# A Chinese phone writes its 12-hour clock's half of the day before the time: 下午6:18:45.
_TIME = (r"(?:(?P<zh_ampm>上午|下午)\s?)?(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
         r"(?:[\s\u202f\u00a0]?(?P<ampm>[aApP]\.?\s?[mM]\.?))?")
ANDROID = re.compile(rf"{_DATE},?\s{_TIME}\s[-\u2013]\s(?P<rest>.*)", re.DOTALL)
IOS = re.compile(rf"\[{_DATE},?\s{_TIME}\]\s(?P<rest>.*)", re.DOTALL)
_ATTACHED_IOS = re.compile(r"<(?:attached:|附件[：:])\s*(?P<name>[^>\n]{1,255})>")
_ATTACHED_ANDROID = re.compile(
    r"^(?P<name>[^\n]{1,255}?) \((?:file attached|附件檔案|文件附件)\)(?:\n|$)")
# iOS in Chinese writes no space between the sender's colon and an attachment: "Klaus:<附件：...>"
_SENDER_BEFORE_ATTACHMENT = re.compile(r"(?P<sender>[^:\n]{1,100}):(?=<附件[：:])")
_PM = ("p", "下午")
_OMITTED_IOS = re.compile(r"^(?P<kind>image|video|audio|sticker|GIF|document|Contact card)"
                          r" omitted$")
_MAX_SENDER = 100

DAY_FIRST, MONTH_FIRST, YEAR_FIRST = "day_first", "month_first", "year_first"

Opener = Callable[[], AbstractContextManager[BinaryIO]]  # opens the chat text, once per pass


@dataclass(frozen=True)
class Header:
    """A message header found at the start of a line."""

    fmt: str  # "android" | "ios"
    date: str
    time: str
    ampm: str | None
    rest: str
    written: str


def match_header(line: str) -> Header | None:
    """The message header at the start of a line, if it has one."""
    body = line.lstrip(_MARKS)
    for fmt, rx in (("ios", IOS), ("android", ANDROID)):
        m = rx.match(body)
        if m:
            written = body[:m.start("rest")].rstrip(" -\u2013").rstrip()
            return Header(fmt, m["date"], m["time"], m["ampm"] or m["zh_ampm"], m["rest"],
                          written)
    return None


def iter_lines(stream: BinaryIO) -> Iterator[tuple[str, bool, bool]]:
    """(line, cut, bad bytes) for each line, without its line ending; lines are bounded."""
    while True:
        raw = stream.readline(MAX_LINE_BYTES)
        if not raw:
            return
        cut = not raw.endswith(b"\n")
        if cut and len(raw) >= MAX_LINE_BYTES:
            while True:  # skip the rest of an over-long line, a bounded read at a time
                more = stream.readline(MAX_LINE_BYTES)
                if not more or more.endswith(b"\n"):
                    break
        else:
            cut = False
        text = raw.decode("utf-8", errors="replace")
        bad = "\ufffd" in text and b"\xef\xbf\xbd" not in raw
        yield text.rstrip("\r\n"), cut, bad


def _date_parts(date: str) -> tuple[int, int, int, int] | None:
    """(first, second, third, width of first) of a written date."""
    parts = re.split(r"[./-]", date)
    if len(parts) != 3:
        return None
    return int(parts[0]), int(parts[1]), int(parts[2]), len(parts[0])


def to_datetime(h: Header, order: str) -> datetime | None:
    """The wall-clock time a header names, read in `order`; None when it is no real date."""
    parts = _date_parts(h.date)
    if parts is None:
        return None
    a, b, c, width = parts
    if width == 4:
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        day, month = (a, b) if order == DAY_FIRST else (b, a)
    tparts = [int(x) for x in re.split(r"[:.]", h.time)]
    hour, minute = tparts[0], tparts[1]
    second = tparts[2] if len(tparts) > 2 else 0
    if h.ampm:
        if not 1 <= hour <= 12:
            return None
        pm = h.ampm.lower().startswith(_PM)
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


@dataclass
class Layout:
    """What the first pass learnt: line format, clock and date order, and why."""

    line_format: str = ""
    clock: str = ""
    date_order: str = DAY_FIRST
    basis: str = "default"
    headers: int = 0
    example_line: int | None = None


@dataclass
class _OrderVotes:
    fmt: dict[str, int] = field(default_factory=dict)
    clocks: set[str] = field(default_factory=set)
    year_first: int = 0
    day_votes: int = 0
    month_votes: int = 0
    first_day_line: int | None = None
    first_month_line: int | None = None
    last: dict[str, datetime | None] = field(
        default_factory=lambda: {DAY_FIRST: None, MONTH_FIRST: None})
    backwards: dict[str, int] = field(default_factory=lambda: {DAY_FIRST: 0, MONTH_FIRST: 0})
    invalid: dict[str, int] = field(default_factory=lambda: {DAY_FIRST: 0, MONTH_FIRST: 0})


def resolve_layout(stream: BinaryIO) -> Layout:
    """First pass: read only the headers and decide the date order from the whole file."""
    v = _OrderVotes()
    headers = 0
    for lineno, (line, _cut, _bad) in enumerate(iter_lines(stream), start=1):
        h = match_header(line)
        if h is None:
            continue
        headers += 1
        v.fmt[h.fmt] = v.fmt.get(h.fmt, 0) + 1
        v.clocks.add("12h" if h.ampm else "24h")
        parts = _date_parts(h.date)
        if parts is None:
            continue
        a, b, _c, width = parts
        if width == 4:
            v.year_first += 1
            continue
        if a > 12 >= b:
            v.day_votes += 1
            v.first_day_line = v.first_day_line or lineno
        elif b > 12 >= a:
            v.month_votes += 1
            v.first_month_line = v.first_month_line or lineno
        for order in (DAY_FIRST, MONTH_FIRST):
            dt = to_datetime(h, order)
            if dt is None:
                v.invalid[order] += 1
                continue
            prev = v.last[order]
            if prev is not None and dt < prev:
                v.backwards[order] += 1
            v.last[order] = dt
    layout = Layout(headers=headers)
    layout.line_format = max(v.fmt, key=lambda k: v.fmt[k]) if v.fmt else ""
    layout.clock = "mixed" if len(v.clocks) > 1 else next(iter(v.clocks), "")
    if v.year_first and not (v.day_votes or v.month_votes):
        layout.date_order, layout.basis = YEAR_FIRST, "four_digit_year_first"
    elif v.day_votes and not v.month_votes:
        layout.date_order, layout.basis = DAY_FIRST, "day_over_12"
        layout.example_line = v.first_day_line
    elif v.month_votes and not v.day_votes:
        layout.date_order, layout.basis = MONTH_FIRST, "day_over_12"
        layout.example_line = v.first_month_line
    elif v.day_votes and v.month_votes:
        # Both seen: the file mixes orders (edited, or joined from two phones). The majority
        # wins; headers that do not fit become unparsed entries, so nothing is hidden.
        layout.date_order = DAY_FIRST if v.day_votes >= v.month_votes else MONTH_FIRST
        layout.basis = "conflicting_majority"
    elif v.backwards[DAY_FIRST] != v.backwards[MONTH_FIRST]:
        layout.date_order = (DAY_FIRST if v.backwards[DAY_FIRST] < v.backwards[MONTH_FIRST]
                             else MONTH_FIRST)
        layout.basis = "chronology"
    else:
        layout.date_order, layout.basis = DAY_FIRST, "ambiguous_default_day_first"
    return layout


def _attachment(text: str, present: Mapping[str, Attachment]) -> Attachment | None:
    body = text.lstrip(_MARKS)
    if body.strip() == "<Media omitted>":
        return Attachment(name="", status=AttachmentStatus.OMITTED)
    m = _OMITTED_IOS.match(body.strip())
    if m:
        return Attachment(name="", status=AttachmentStatus.OMITTED, kind=m["kind"].lower())
    m = _ATTACHED_IOS.search(body) or _ATTACHED_ANDROID.match(body)
    if m:
        name = m["name"].strip().lstrip(_MARKS)
        found = present.get(name)
        return found or Attachment(name=name, status=AttachmentStatus.MISSING)
    return None


@dataclass
class ParseStats:
    """Facts the second pass counts (known only once the entries are consumed)."""

    decode_errors: int = 0
    truncated_lines: int = 0


def parse(opener: Opener, zone: StatedZone, present: Mapping[str, Attachment],
          layout: Layout, stats: ParseStats) -> Iterator[Entry]:
    """Second pass: the entries of the export, one at a time."""
    n = 0
    cur: dict[str, Any] | None = None
    parts: list[str] = []

    def finish() -> Entry:
        assert cur is not None
        text, cut = bound_text("\n".join(parts))
        return Entry(**cur, text=text, truncated=cut,
                     attachment=_attachment(text, present) if cur["kind"] != "system" else None)

    with opener() as stream:
        for lineno, (line, cut, bad) in enumerate(iter_lines(stream), start=1):
            stats.decode_errors += bad
            stats.truncated_lines += cut
            h = match_header(line)
            dt = to_datetime(h, layout.date_order) if h is not None else None
            if h is not None and dt is not None:
                if cur is not None:
                    yield finish()
                n += 1
                local = dt.replace(tzinfo=zone.tz)
                sender, text, kind = _split(h, layout.line_format)
                cur = {"kind": kind, "line": lineno, "n": n, "written": h.written,
                       "local": iso_local(local), "utc": iso_utc_seconds(local),
                       "sender": sender}
                change = clock_change(dt, zone)
                if change:
                    cur["extra"] = {"clock_change": change}
                parts = [text]
                continue
            if cur is not None and h is None:
                parts.append(line)  # a continuation of a multi-line message
                continue
            if cur is not None:
                yield finish()
                cur = None
            unparsed, cut2 = bound_text(line)
            yield Entry(kind=EntryKind.UNPARSED, line=lineno, text=unparsed,
                        truncated=cut or cut2)
    if cur is not None:
        yield finish()


def clock_change(wall: datetime, zone: StatedZone) -> str | None:
    """'ambiguous' for a wall-clock time that happened twice in the zone (summer time ended;
    the earlier instant is used), 'skipped' for one that never happened (it began)."""
    first = wall.replace(tzinfo=zone.tz)
    second = wall.replace(tzinfo=zone.tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    back = first.astimezone(timezone.utc).astimezone(zone.tz).replace(tzinfo=None)
    return "skipped" if back != wall else "ambiguous"


def _split(h: Header, line_format: str) -> tuple[str | None, str, str]:
    """(sender, text, kind) of a header's rest."""
    rest = h.rest
    sender, sep, text = rest.partition(": ")
    tight = _SENDER_BEFORE_ATTACHMENT.match(rest)
    if tight is not None and (not sep or len(tight["sender"]) < len(sender)):
        sender, sep, text = tight["sender"], ":", rest[tight.end():]
    # A quote before the first ": " is a system message quoting a group name or subject
    # ('Alex changed the subject to "Plan: B"'); names themselves rarely hold quotes.
    if (not sep or len(sender) > _MAX_SENDER or "\n" in sender
            or any(q in sender for q in "\"\u201c\u201d\u00ab\u00bb")):
        return None, rest, EntryKind.SYSTEM
    sender = sender.strip(_MARKS + " ")
    # iOS writes system messages ("Messages and calls are end-to-end encrypted", "X added
    # Y") under the chat's name with a left-to-right mark before the text.
    if h.fmt == "ios" and text.startswith("\u200e") and _attachment(text, {}) is None:
        return sender, text.lstrip(_MARKS), EntryKind.SYSTEM
    return sender, text, EntryKind.MESSAGE


def looks_like_export(stream: BinaryIO, sample_lines: int = 50) -> bool:
    """Whether a text starts like a WhatsApp export: its first non-blank line is a message
    header, and so is at least one other of the first lines (or the file is that one line)."""
    headers = 0
    seen = 0
    first_checked = False
    for line, _cut, _bad in iter_lines(stream):
        if not line.strip():
            continue
        seen += 1
        h = match_header(line)
        if not first_checked:
            first_checked = True
            if h is None:
                return False
        if h is not None and (to_datetime(h, DAY_FIRST) or to_datetime(h, MONTH_FIRST)):
            headers += 1
        if seen >= sample_lines:
            break
    return headers >= 2 or (headers == 1 and seen == 1)
