"""A chat exhibit's pages: the conversation's facts and its transcript as a table.

A chat of up to LONG_CHAT messages is printed whole. A longer one prints the messages marked
relevant (custody events) with CONTEXT messages either side, and says so: the full transcript
is the exhibit's chat-transcript.json in the bundle. Text is untrusted and bounded per cell, so
no row can outgrow a page; characters no bundled font draws (most emoji) are written as their
Unicode names, so they still read, and extract, as words.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from evidence_app.chat.reader import Mark, current_marks
from evidence_app.chat.transcript import Entry, EntryKind, TranscriptReader, date_order_reason
from evidence_app.provenance import ChatProvenance
from evidence_app.report.fonts import CJK, SANS, covered
from evidence_app.report.model import ArtifactEntry, ExhibitEntry, ReportContext
from evidence_app.report.pdf.styles import (
    FRAME_W,
    H3,
    SMALL,
    SMALL_CJK,
    P,
    grid,
    hash_text,
    kv_table,
)

log = logging.getLogger(__name__)

LONG_CHAT = 200  # messages printed whole up to this many
CONTEXT = 3  # messages either side of a marked one in a long chat
UNMARKED_SHOWN = 100  # a long chat with no marks: its first messages
MAX_CELL_CHARS = 3000
MAX_CELL_LINES = 40
_DROP = {"\u200e", "\u200f", "\u200d", "\ufe0e", "\ufe0f"}
_SKIN = {0x1F3FB: "light", 0x1F3FC: "medium-light", 0x1F3FD: "medium", 0x1F3FE: "medium-dark",
         0x1F3FF: "dark"}


def printable(untrusted: str) -> str:
    """Text the bundled fonts can draw and a PDF reader can extract.

    Characters beyond the Basic Multilingual Plane (most emoji) become [their Unicode name]:
    no bundled font draws most of them, and reportlab's ToUnicode map garbles those it does
    (U+1F621 extracts as U+1F62). Right-to-left lines are shaped and put in visual order.
    """
    return "\n".join(_visual(line) for line in _names(untrusted).split("\n"))


def _visual(line: str) -> str:
    """A line holding Arabic or Hebrew in visual order, Arabic letters joined (presentation
    forms, which extract as compatibility characters: NFKC gives back the text). A right-to-
    left paragraph that wraps onto several lines reads its lines in the wrong order."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


def _names(untrusted: str) -> str:
    out = []
    for ch in untrusted:
        if ch in _DROP:
            continue
        cp = ord(ch)
        if cp in _SKIN:
            out.append(f"[{_SKIN[cp]} skin tone]")
        elif ch in "\n\t " or (cp <= 0xFFFF and (covered(SANS, ch) or covered(CJK, ch))):
            out.append(ch)
        elif unicodedata.category(ch)[0] == "C":
            continue
        else:
            name = unicodedata.name(ch, "")
            out.append(f"[{name.lower()}]" if name else f"[U+{cp:04X}]")
    return "".join(out)


def _bounded(text: str) -> str:
    lines = text.split("\n")
    if len(lines) > MAX_CELL_LINES:
        text = "\n".join(lines[:MAX_CELL_LINES]) + (
            f"\n[... {len(lines) - MAX_CELL_LINES} more lines in the transcript file]")
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS] + (
            f" [... {len(text) - MAX_CELL_CHARS} more characters in the transcript file]")
    return text


def _wrap_style(text: str) -> Any:
    """Break anywhere only where needed: CJK text, or a long unbroken run (a link)."""
    if any(covered(CJK, ch) and not covered(SANS, ch) for ch in text) or any(
            len(w) > 40 for w in text.split()):
        return SMALL_CJK
    return SMALL


def chat_flowables(ctx: ReportContext, e: ExhibitEntry) -> list[Flowable]:
    """The chat section of an exhibit; nothing for an exhibit that is not a chat."""
    chat = ChatProvenance.of(e.capture.meta)
    transcript = next((a for a in e.artifacts if a.info.role == "chat_transcript"), None)
    if chat is None or transcript is None:
        return []
    marks = current_marks(ctx.events, e.capture.id)
    out: list[Flowable] = [CondPageBreak(120), P("Chat", H3), kv_table(_facts(chat, marks))]
    long_chat = chat.messages > LONG_CHAT
    if long_chat and marks:
        note = (f"This chat has {chat.messages} messages. Shown: the {len(marks)} messages "
                f"marked relevant (marked rows, with their notes) and {CONTEXT} messages before "
                "and after each. The full transcript is chat-transcript.json in this exhibit's "
                "folder, and the original export beside it.")
    elif long_chat:
        note = (f"This chat has {chat.messages} messages and none was marked relevant. Shown: "
                f"the first {UNMARKED_SHOWN}. The full transcript is chat-transcript.json in "
                "this exhibit's folder, and the original export beside it.")
    else:
        note = ("The whole transcript, as parsed from the export. " + (
            "Times are the export's own (with their offset or as Unix time), shown in the "
            "stated time zone" if chat.app == "telegram" else
            "Times are the export's wall clock read in the stated time zone")
            + "; the time as written is below each.")
    out += [Spacer(1, 4), P(note, SMALL_CJK, 1000), Spacer(1, 3)]
    rows, spans = _rows(ctx, transcript, marks, long_chat)
    widths = [30, 96, 72, FRAME_W - 198]
    out.append(grid(["#", "Local time", "Sender", "Message and attachment"], rows, widths,
                    span_rows=tuple(spans)))
    return out


def _facts(chat: ChatProvenance, marks: dict[int, Mark]) -> list[tuple[str, Any]]:
    people = ", ".join(printable(p) for p in chat.participants[:40])
    if len(chat.participants) > 40:
        people += f" and {len(chat.participants) - 40} more"
    order = chat.date_order.replace("_", "-")
    return [
        ("App", f"{chat.app_label} ({chat.line_format.replace('_', ' ')})"
                + (f", chat \"{printable(chat.chat_name)}\"" if chat.chat_name else "")),
        ("Participants", people or "-"),
        ("Messages", f"{chat.messages} (of which {chat.system_messages} system messages)"),
        ("First message", _local(chat.first)),
        ("Last message", _local(chat.last)),
        ("Time zone", f"{chat.timezone} ("
                      + ("stated at import" if chat.timezone_source == "given"
                         else "the importing computer's; the export carries none") + ")"),
        ("Date order", f"{order}, decided by: {date_order_reason(chat.date_order_basis)}"),
        ("Lines not understood", f"{chat.unparsed} (kept verbatim in the transcript)"),
        ("Attachments", f"{chat.attachments} named; {chat.attachments_present} in the export "
                        f"(SHA-256 below), {chat.attachments_missing} missing"),
        ("Marked relevant", ", ".join(str(n) for n in sorted(marks)[:200]) or "none"),
    ]


def _local(iso: str | None) -> str:
    """'2024-03-13T21:08:00+08:00' as '2024-03-13 21:08:00 UTC+08:00'."""
    when = (iso or "-").replace("T", " ")
    return f"{when[:19]} UTC{when[19:]}" if len(when) >= 25 else when


def _read(ctx: ReportContext, transcript: ArtifactEntry) -> Iterator[Entry]:
    with ctx.open_image(transcript) as f:
        def chunks() -> Iterator[bytes]:
            while True:
                block = f.read(1024 * 1024)
                if not block:
                    return
                yield block
        yield from TranscriptReader(chunks()).entries()


def _rows(ctx: ReportContext, transcript: ArtifactEntry, marks: dict[int, Mark],
          long_chat: bool) -> tuple[list[list[Any]], list[int]]:
    """Table rows (and the indexes of the 'not shown' note rows) in one pass."""
    wanted: set[int] | None = None
    if long_chat and marks:
        wanted = {n + d for n in marks for d in range(-CONTEXT, CONTEXT + 1)}
    rows: list[list[Any]] = []
    spans: list[int] = []
    skipped = 0
    last_n = 0
    for e in _read(ctx, transcript):
        n = e.n if e.n is not None else last_n
        last_n = n
        if long_chat:
            show = (n in wanted) if wanted is not None else n <= UNMARKED_SHOWN
            if e.kind == EntryKind.UNPARSED and e.n is None:
                show = show and wanted is None
            if not show:
                skipped += e.kind != EntryKind.UNPARSED
                if wanted is None and n > UNMARKED_SHOWN:
                    break
                continue
        if skipped:
            spans.append(len(rows))
            rows.append([P(f"... {skipped} messages not shown ...", SMALL), "", "", ""])
            skipped = 0
        rows.append(_row(e, marks.get(e.n) if e.n is not None else None))
    if skipped or (long_chat and wanted is None):
        spans.append(len(rows))
        rows.append([P("... the rest of the chat is in the transcript file ...", SMALL),
                     "", "", ""])
    return rows, spans


def _row(e: Entry, mark: Mark | None) -> list[Any]:
    if e.kind == EntryKind.UNPARSED:
        text = _bounded(printable(e.text))
        return [P(f"line {e.line}", SMALL), P("-", SMALL), P("(not understood)", SMALL),
                P(text, _wrap_style(text), None)]
    when = _local(e.local)
    written = (f"as written: {printable(e.written)}" if e.written
               else "the export gives no time for it")
    when_cell = [P(when or "-", SMALL), P(written, SMALL_CJK, 80)]
    change = e.extra.get("clock_change")
    if change:
        when_cell.append(P("CLOCK CHANGE: this wall time " + (
            "happened twice; the earlier is shown" if change == "ambiguous"
            else "never happened in this zone"), SMALL_CJK))
    sender = "[system]" if e.kind == EntryKind.SYSTEM else printable(e.sender or "-")
    text = _bounded(printable(e.text))
    cell: list[Any] = [P(text, _wrap_style(text), None)]
    a = e.attachment
    if a is not None:
        label = printable(a.name or a.kind or "file")
        status = {"present": "in the export", "missing": "NOT in the export",
                  "omitted": "exported without media"}.get(a.status, a.status)
        cell.append(P(f"Attachment: {label} ({status})", SMALL_CJK, 300))
        if a.sha256:
            cell.append(hash_text(a.sha256, 6.5))
    if mark is not None:
        cell.append(P(f"MARKED RELEVANT by {mark.operator} at {mark.ts_utc}"
                      + (f": {printable(mark.note)}" if mark.note else ""), SMALL_CJK, 600))
    number = f"{e.n}" + (" *" if mark is not None else "")
    return [P(number, SMALL), when_cell, P(sender, SMALL_CJK, 200), cell]
