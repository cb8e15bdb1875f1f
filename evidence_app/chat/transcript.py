"""The typed chat transcript and its sealed JSON artifact, written and read as a stream.

The artifact is one JSON document, laid out one entry per line so that it is written while the
export is parsed and read back a line at a time (bounded memory for a 100,000-message chat):

    {"format": "evidence-app/chat-transcript", "version": 1, "header": {...},
    "entries": [
    {...first entry...}
    ,{...next entry...}
    ],
    "summary": {...}}

Any JSON reader can open it whole; `iter_entries` reads it line by line.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from evidence_app.errors import ChatTimezoneUnknown
from evidence_app.provenance import ChatProvenance
from evidence_app.vocab import Word

log = logging.getLogger(__name__)

FORMAT = "evidence-app/chat-transcript"
VERSION = 1
TRANSCRIPT_NAME = "chat-transcript.json"
PARSER = "evidence-app chat parser 1"
MAX_TEXT = 100_000  # characters of one message kept in the transcript (the original keeps all)
MAX_PARTICIPANTS = 5_000
_BATCH = 256 * 1024


# Why the dates were read in the order they were (ChatProvenance.date_order_basis), in English
# for the CLI and the PDF; the GUI translates these.
DATE_ORDER_BASIS_LABELS = {
    "day_over_12": "a day number over 12 in the dates",
    "chronology": "the order in which the messages run forward in time",
    "ambiguous_default_day_first": "nothing in the file decides, so day-first (Hong Kong "
                                   "usage) was assumed: check against the phone",
    "conflicting_majority": "the file mixes both orders; the majority was taken and the "
                            "lines that do not fit are kept as not understood",
    "four_digit_year_first": "the dates start with a four-digit year",
    "iso_8601": "ISO 8601 dates with exact Unix times",
    "telegram_html_dd_mm_yyyy": "Telegram's HTML pages always write day.month.year",
}


def date_order_reason(basis: str) -> str:
    return DATE_ORDER_BASIS_LABELS.get(basis, basis.replace("_", " "))


class EntryKind(Word):
    """What one transcript entry is."""

    MESSAGE = "message"
    SYSTEM = "system"  # "Messages are end-to-end encrypted", "Alice added Bob", a call...
    UNPARSED = "unparsed"  # a line the parser did not understand, kept verbatim


class AttachmentStatus(Word):
    """Whether an attached file is in the export."""

    PRESENT = "present"  # in the export: its SHA-256 is recorded
    MISSING = "missing"  # named by the chat, but not in the export
    OMITTED = "omitted"  # exported "without media": the chat only says a file was sent


@dataclass(frozen=True)
class Attachment:
    """A file a message carried, as the chat names it."""

    name: str
    status: str
    sha256: str | None = None
    size: int | None = None
    media_type: str | None = None
    kind: str | None = None  # "image", "video"... when the export says so


@dataclass(frozen=True)
class Entry:
    """One transcript entry: a message, a system message, or an unparsed line."""

    kind: str
    line: int  # the first source line (WhatsApp) or the position in the messages list (Telegram)
    n: int | None = None  # message number (messages and system messages), used to mark them
    written: str = ""  # the timestamp exactly as the export wrote it
    local: str | None = None  # interpreted, ISO 8601 in the stated zone, with its offset
    utc: str | None = None
    sender: str | None = None
    text: str = ""
    attachment: Attachment | None = None
    truncated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        # vars() rather than dataclasses.asdict: asdict deep-copies, and was half the import time
        d = dict(vars(self))
        if self.attachment is not None:
            d["attachment"] = dict(vars(self.attachment))
        if not d["extra"]:
            del d["extra"]
        if not d["truncated"]:
            del d["truncated"]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entry:
        att = d.get("attachment")
        known = {k: d[k] for k in ("kind", "line", "n", "written", "local", "utc", "sender",
                                   "text", "truncated", "extra") if k in d}
        return cls(**known, attachment=Attachment(**att) if isinstance(att, dict) else None)


def bound_text(text: str) -> tuple[str, bool]:
    if len(text) <= MAX_TEXT:
        return text, False
    return text[:MAX_TEXT], True


# --- time zones ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StatedZone:
    """The zone the export's wall-clock times are read in, and where that choice came from."""

    tz: tzinfo
    label: str
    source: str  # "given" (--chat-timezone) or "machine"


def resolve_zone(name: str | None) -> StatedZone:
    """The named IANA zone, or the machine's own zone when no name is given."""
    if name:
        try:
            return StatedZone(ZoneInfo(name.strip()), name.strip(), "given")
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ChatTimezoneUnknown() from e
    return StatedZone(*_machine_zone(), "machine")


def _machine_zone() -> tuple[tzinfo, str]:
    env = os.environ.get("TZ", "").lstrip(":")
    candidates = [env] if env else []
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for c in candidates:
        try:
            return ZoneInfo(c), c
        except (ZoneInfoNotFoundError, ValueError):
            continue
    # No zone name (e.g. Windows): the machine's current offset, which knows no summer time.
    off = datetime.now().astimezone().utcoffset() or timedelta(0)
    fixed = timezone(off)
    return fixed, "UTC" + _offset_text(off)


def _offset_text(off: timedelta) -> str:
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def iso_local(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def iso_utc_seconds(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- summary -------------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts kept while the entries stream past (nothing per message is held)."""

    senders: Counter[str] = field(default_factory=Counter)
    messages: int = 0
    system: int = 0
    unparsed: int = 0
    first: Entry | None = None
    last: Entry | None = None
    attachments: int = 0
    present: int = 0
    missing: int = 0
    truncated: int = 0

    def add(self, e: Entry) -> None:
        if e.kind == EntryKind.UNPARSED:
            self.unparsed += 1
            return
        if e.kind == EntryKind.SYSTEM:
            self.system += 1
        else:
            self.messages += 1
            if e.sender and (e.sender in self.senders or len(self.senders) < MAX_PARTICIPANTS):
                self.senders[e.sender] += 1
        if e.utc and (self.first is None or (self.first.utc or "") > e.utc):
            self.first = e
        if e.utc and (self.last is None or (self.last.utc or "") <= e.utc):
            self.last = e
        if e.truncated:
            self.truncated += 1
        if e.attachment is not None:
            self.attachments += 1
            if e.attachment.status == AttachmentStatus.PRESENT:
                self.present += 1
            elif e.attachment.status == AttachmentStatus.MISSING:
                self.missing += 1


def provenance(header: dict[str, Any], tally: Tally) -> ChatProvenance:
    """The capture's chat record from the header and the finished tally."""
    return ChatProvenance(
        app=header["app"], line_format=header.get("line_format", ""),
        chat_name=header.get("chat_name"), export_file=header.get("export_file", ""),
        participants=[s for s, _ in sorted(tally.senders.items(), key=lambda kv: (-kv[1], kv[0]))],
        messages=tally.messages + tally.system, system_messages=tally.system,
        unparsed=tally.unparsed,
        first=tally.first.local if tally.first else None,
        last=tally.last.local if tally.last else None,
        first_utc=tally.first.utc if tally.first else None,
        last_utc=tally.last.utc if tally.last else None,
        timezone=header.get("timezone", ""), timezone_source=header.get("timezone_source", ""),
        date_order=header.get("date_order", ""),
        date_order_basis=header.get("date_order_basis", ""), clock=header.get("clock", ""),
        attachments=tally.attachments, attachments_present=tally.present,
        attachments_missing=tally.missing, decode_errors=int(header.get("decode_errors", 0)),
        truncated_lines=int(header.get("truncated_lines", 0)), parser=PARSER)


# --- the artifact: write -------------------------------------------------------------------

def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode(header: Callable[[], dict[str, Any]], entries: Iterable[Entry], tally: Tally,
           footer: Callable[[], dict[str, Any]] | None = None) -> Iterator[bytes]:
    """The transcript artifact's bytes, produced while `entries` is consumed.

    `header` is called before the first entry (a parser's first pass fills it); `footer` after
    the last, for facts only known then (decode errors...), merged into the header's copy.
    """
    buf: list[str] = []
    size = 0
    first = True
    head_line: str | None = None
    for e in entries:
        if head_line is None:
            head_line = _head(header())
            buf.append(head_line)
        tally.add(e)
        line = ("" if first else ",") + _dump(e.to_json()) + "\n"
        first = False
        buf.append(line)
        size += len(line)
        if size >= _BATCH:
            yield "".join(buf).encode("utf-8")
            buf.clear()
            size = 0
    if head_line is None:
        buf.append(_head(header()))
    final = dict(header())
    if footer is not None:
        final.update(footer())
    summary = provenance(final, tally).to_dict()
    buf.append("],\n\"summary\":" + _dump(summary) + "}\n")
    yield "".join(buf).encode("utf-8")


def _head(header: dict[str, Any]) -> str:
    return ("{\"format\":" + _dump(FORMAT) + ",\"version\":" + str(VERSION) + ",\"header\":"
            + _dump(header) + ",\n\"entries\":[\n")


# --- the artifact: read --------------------------------------------------------------------

def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        rest += chunk
        *complete, rest = rest.split(b"\n")
        yield from complete
    if rest:
        yield rest


@dataclass
class TranscriptReader:
    """Reads a transcript artifact's chunks: `header` first, then `entries()` once."""

    chunks: Iterable[bytes]
    header: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lines = _lines(self.chunks)
        first = next(self._lines, b"")
        try:
            head = json.loads(first.decode("utf-8") + "\"entries\":[]}")
        except (UnicodeDecodeError, ValueError) as e:
            raise ValueError("not a chat transcript artifact") from e
        if head.get("format") != FORMAT:
            raise ValueError("not a chat transcript artifact")
        self.header = head.get("header") or {}
        next(self._lines, b"")  # "entries":[

    def entries(self) -> Iterator[Entry]:
        for raw in self._lines:
            if raw.startswith(b"],"):
                tail = raw[2:].decode("utf-8")
                for more in self._lines:
                    tail += "\n" + more.decode("utf-8")
                try:
                    self.summary = json.loads("{" + tail).get("summary") or {}
                except ValueError:
                    self.summary = {}
                return
            text = raw.decode("utf-8")
            yield Entry.from_json(json.loads(text[1:] if text.startswith(",") else text))


def read_transcript_file(path: Path) -> TranscriptReader:
    """A transcript from a file (an exhibit bundle), for tools and tests."""
    def chunks() -> Iterator[bytes]:
        with open(path, "rb") as f:
            while True:
                block = f.read(_BATCH)
                if not block:
                    return
                yield block
    return TranscriptReader(chunks())
