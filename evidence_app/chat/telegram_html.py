"""Telegram Desktop's HTML export: messages.html, messages2.html... read as a stream.

Each message is a `div.message` (`default`, `joined` when the sender repeats, `service` for
"X created group" and the date headings, which are skipped); inside it `div.from_name`, a
`div.date` whose title is the time as written ("13.03.2024 09:06:00 UTC+08:00", the offset
only in newer exports), `div.text`, and links to the exported media. The stdlib HTMLParser is
fed a chunk at a time, so the pages are never held whole. Service messages carry no time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
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

PAGE = re.compile(r"messages(\d*)\.html")
_TITLE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})"
                    r"(?: UTC([+-])(\d{2}):(\d{2}))?")
_MAX_TEXT_PARTS = 20_000
_CHUNK = 256 * 1024


def looks_like_export(head: bytes) -> bool:
    """Whether an HTML page starts like a Telegram Desktop chat export page."""
    text = head[:65536].decode("utf-8", errors="replace")
    return "<title>Exported Data</title>" in text and 'class="page_body chat_page"' in text


def page_order(names: list[str]) -> list[str]:
    """messages.html, messages2.html, ... in Telegram's order (by number, the bare one first)."""
    numbered = []
    for n in names:
        m = PAGE.fullmatch(n.rsplit("/", 1)[-1])
        if m:
            numbered.append((int(m.group(1) or 1), n))
    return [n for _k, n in sorted(numbered)]


@dataclass
class _Msg:
    kind: str
    msg_id: int | None
    sender: str | None
    written: str = ""
    text: list[str] = field(default_factory=list)
    media: str | None = None
    forwarded_from: str | None = None


class _Parser(HTMLParser):
    """Collects finished messages in `done`; the caller drains it after each feed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []  # the classes of each open div
        self.msg: _Msg | None = None
        self.msg_depth = 0
        self.capture: str | None = None  # "text", "from", "service", "forwarded"
        self.capture_depth = 0
        self.last_sender: str | None = None
        self.done: list[_Msg] = []
        self.in_media = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "br" and self.capture == "text" and self.msg is not None:
            self.msg.text.append("\n")
            return
        if tag == "a" and self.msg is not None and self.in_media and not self.msg.media:
            href = a.get("href", "")
            if href and not href.startswith(("#", "http:", "https:", "tg:", "mailto:")):
                self.msg.media = href
            return
        if tag != "div":
            return
        classes = set(a.get("class", "").split())
        self.stack.append(classes)
        depth = len(self.stack)
        if "message" in classes and self.msg is None:
            m = re.fullmatch(r"message(-?\d+)", a.get("id", ""))
            msg_id = int(m.group(1)) if m else None
            kind = EntryKind.SYSTEM if "service" in classes else EntryKind.MESSAGE
            sender = self.last_sender if "joined" in classes else None
            self.msg, self.msg_depth = _Msg(kind, msg_id, sender), depth
            return
        if self.msg is None:
            return
        if "media_wrap" in classes:
            self.in_media = depth
        if "date" in classes and a.get("title") and not self.msg.written:
            self.msg.written = a["title"]
        if self.capture is None:
            if "forwarded" in classes:
                self.capture, self.capture_depth = "forwarded", depth
            elif "from_name" in classes:
                self.capture, self.capture_depth = "from", depth
                self.msg.sender = ""
            elif "text" in classes:
                self.capture, self.capture_depth = "text", depth
            elif self.msg.kind == EntryKind.SYSTEM and "body" in classes:
                self.capture, self.capture_depth = "service", depth

    def handle_endtag(self, tag: str) -> None:
        if tag != "div" or not self.stack:
            return
        depth = len(self.stack)
        self.stack.pop()
        if self.capture is not None and depth == self.capture_depth:
            self.capture = None
        if self.in_media == depth:
            self.in_media = 0
        if self.msg is not None and depth == self.msg_depth:
            msg = self.msg
            self.msg = None
            if msg.kind == EntryKind.MESSAGE and msg.sender:
                self.last_sender = msg.sender.strip()
            self.done.append(msg)

    def handle_data(self, data: str) -> None:
        msg = self.msg
        if msg is None or self.capture is None or len(msg.text) > _MAX_TEXT_PARTS:
            return
        if self.capture == "from":
            msg.sender = ((msg.sender or "") + data)[:200]
        elif self.capture in ("text", "service"):
            msg.text.append(data)


def _when(written: str, zone: StatedZone) -> tuple[str | None, str | None]:
    m = _TITLE.fullmatch(written.strip())
    if not m:
        return None, None
    d, mo, y, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    try:
        wall = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None, None
    if m.group(7):
        off = timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        instant = wall.replace(tzinfo=timezone(off if m.group(7) == "+" else -off))
    else:
        instant = wall.replace(tzinfo=zone.tz)
    return iso_local(instant.astimezone(zone.tz)), iso_utc_seconds(instant)


PageOpener = Callable[[str], AbstractContextManager[BinaryIO]]


def parse(pages: list[str], open_page: PageOpener, zone: StatedZone,
          present: Mapping[str, Attachment]) -> Iterator[Entry]:
    """The entries of the export's pages, in order."""
    n = 0
    pos = 0
    for page in pages:
        parser = _Parser()
        with open_page(page) as stream:
            while True:
                block = stream.read(_CHUNK)
                if block:
                    parser.feed(block.decode("utf-8", errors="replace"))
                else:
                    parser.close()
                for msg in parser.done:
                    pos += 1
                    entry = _entry(msg, pos, n + 1, page, zone, present)
                    if entry is not None:
                        n += entry.n is not None
                        yield entry
                parser.done.clear()
                if not block:
                    break


def _entry(msg: _Msg, pos: int, n: int, page: str, zone: StatedZone,
           present: Mapping[str, Attachment]) -> Entry | None:
    text, cut = bound_text("".join(msg.text).strip())
    extra: dict[str, Any] = {"page": page.rsplit("/", 1)[-1]}
    if msg.msg_id is not None:
        extra["id"] = msg.msg_id
    if msg.kind == EntryKind.SYSTEM:
        if msg.msg_id is None or msg.msg_id < 0:
            return None  # a date heading, not a message
        return Entry(kind=EntryKind.SYSTEM, line=pos, n=n, text=text, truncated=cut,
                     extra=extra)
    local, utc = _when(msg.written, zone)
    if utc is None:
        return Entry(kind=EntryKind.UNPARSED, line=pos, text=text or msg.written,
                     truncated=cut, extra=extra)
    attachment = None
    if msg.media:
        found = present.get(msg.media)
        attachment = found or Attachment(name=msg.media, status=AttachmentStatus.MISSING)
    return Entry(kind=EntryKind.MESSAGE, line=pos, n=n, written=msg.written, local=local,
                 utc=utc, sender=(msg.sender or "").strip() or None, text=text,
                 attachment=attachment, truncated=cut, extra=extra)
