"""`evidence-app chat`: read a sealed chat export's transcript, and mark messages as relevant.

    evidence-app chat CAPTURE [--search TEXT] [--sender NAME] [--marked] [--json]
    evidence-app chat mark CAPTURE MESSAGE... [--note TEXT]
    evidence-app chat unmark CAPTURE MESSAGE...
"""

from __future__ import annotations

import argparse
import logging
import unicodedata
from typing import Any

from evidence_app.cli.common import emit, open_vault
from evidence_app.errors import EXIT_OK, UsageError
from evidence_app.provenance import ChatProvenance

log = logging.getLogger(__name__)

MAX_SHOWN_CHARS = 2000  # of one message in the terminal; --json carries the whole text
_KEEP = {"\n", "\t", "\u200d"}  # newline, tab, and the joiner inside emoji sequences
_DROP = {"\u200e", "\u200f"}  # the direction marks iOS puts before system text and files


def escape(untrusted: str, limit: int | None = MAX_SHOWN_CHARS) -> str:
    """Text from an export as safe terminal output: control and direction-override
    characters shown as \\uXXXX, length bounded."""
    out = []
    for ch in untrusted[:limit] if limit else untrusted:
        if ch in _DROP:
            continue
        if ch not in _KEEP and unicodedata.category(ch)[0] == "C":
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    text = "".join(out)
    if limit and len(untrusted) > limit:
        text += f" [... {len(untrusted) - limit} more characters]"
    return text


def chat_summary_lines(chat: ChatProvenance) -> list[str]:
    """The chat facts `show` prints for a chat capture."""
    from evidence_app.chat.transcript import date_order_reason

    people = ", ".join(escape(p, 80) for p in chat.participants[:20])
    if len(chat.participants) > 20:
        people += f" and {len(chat.participants) - 20} more"
    return [f"{'Chat:':<14}{chat.app_label} ({chat.line_format}), {chat.messages} messages "
            f"({chat.system_messages} system), {chat.unparsed} lines not understood",
            f"{'Participants:':<14}{people or '-'}",
            f"{'First, last:':<14}{chat.first or '-'}  ..  {chat.last or '-'}",
            f"{'Time zone:':<14}{chat.timezone} ({chat.timezone_source}); dates "
            f"{chat.date_order.replace('_', '-')} ({date_order_reason(chat.date_order_basis)})",
            f"{'Attachments:':<14}{chat.attachments} named, {chat.attachments_present} in the "
            f"export, {chat.attachments_missing} missing"]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "chat", parents=[common], help="read a chat export's transcript, mark messages",
        usage="evidence-app chat CAPTURE [--search TEXT] [--sender NAME] [--marked] [--json]\n"
              "       evidence-app chat mark CAPTURE MESSAGE... [--note TEXT]\n"
              "       evidence-app chat unmark CAPTURE MESSAGE...",
        description="Print the transcript of an imported WhatsApp or Telegram export (text "
                    "escaped, long chats bounded by --limit), or mark messages as relevant by "
                    "their numbers. Each mark is a custody event; the sealed transcript never "
                    "changes.")
    p.add_argument("words", nargs="+", metavar="CAPTURE",
                   help="an exhibit number or capture id, or `mark CAPTURE MESSAGE...` / "
                        "`unmark CAPTURE MESSAGE...`")
    p.add_argument("--search", metavar="TEXT", help="only messages containing TEXT")
    p.add_argument("--sender", metavar="NAME", help="only messages from NAME")
    p.add_argument("--since", metavar="DATE", help="only from this UTC date/time (ISO 8601)")
    p.add_argument("--until", metavar="DATE", help="only up to this UTC date/time (ISO 8601)")
    p.add_argument("--marked", action="store_true", help="only messages marked relevant")
    p.add_argument("--limit", type=int, default=1000, metavar="N",
                   help="print at most N entries (default 1000)")
    p.add_argument("--note", metavar="TEXT", help="with `mark`: why the messages matter")
    p.set_defaults(handler=cmd_chat)


def cmd_chat(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words[0] in ("mark", "unmark"):
        return _cmd_mark(args, words[0] == "unmark", words[1:])
    if len(words) != 1:
        raise UsageError("Give one capture id: `evidence-app chat CAPTURE`, or mark messages "
                         "with `evidence-app chat mark CAPTURE MESSAGE...`.")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    from evidence_app.chat.reader import ChatFilter, chat_of, iter_view

    flt = ChatFilter(search=args.search, sender=args.sender, since=args.since,
                     until=args.until, marked_only=args.marked)
    with open_vault(args) as vault:
        cap = vault.get_capture(words[0])
        chat = chat_of(cap)
        shown: list[dict[str, Any]] = []
        lines = [f"Exhibit {cap.exhibit}  (capture {cap.id})", *chat_summary_lines(chat), ""]
        matched = 0
        for e, mark in iter_view(vault, cap, flt):
            matched += 1
            if matched > args.limit:
                continue
            doc = e.to_json()
            doc["marked"] = mark is not None
            if mark is not None:
                doc["mark"] = {"note": mark.note, "operator": mark.operator,
                               "ts_utc": mark.ts_utc}
            shown.append(doc)
            lines.append(_entry_line(e, mark is not None))
    if matched > args.limit:
        lines.append(f"... {matched - args.limit} more; narrow with --search or raise --limit.")
    if matched == 0:
        lines.append("No message matches.")
    emit(args, {"ok": True, "capture_id": cap.id, "exhibit": cap.exhibit,
                "chat": chat.summary(), "matched": matched, "shown": len(shown),
                "entries": shown}, "\n".join(lines))
    return EXIT_OK


def _entry_line(e: Any, marked: bool) -> str:
    flag = "*" if marked else " "
    if e.kind == "unparsed":
        return f"{flag}      line {e.line} (not understood): {escape(e.text)}"
    when = (e.local or e.written or "-").replace("T", " ")
    who = escape(e.sender or "", 80) if e.kind == "message" else "[system]"
    body = escape(e.text).replace("\n", "\n" + " " * 9)
    if e.extra.get("clock_change"):
        when += f" (clock change: {e.extra['clock_change']})"
    out = f"{flag}{e.n:>6} {when}  {who}: {body}"
    a = e.attachment
    if a is not None:
        out += (f"\n{'':>9}[attachment {escape(a.name or a.kind or 'file', 200)}: {a.status}"
                + (f", sha256 {a.sha256}" if a.sha256 else "") + "]")
    return out


def _cmd_mark(args: argparse.Namespace, unmark: bool, words: list[str]) -> int:
    verb = "unmark" if unmark else "mark"
    if len(words) < 2:
        raise UsageError(f"Use `evidence-app chat {verb} CAPTURE MESSAGE...` with the message "
                         "numbers shown by `evidence-app chat CAPTURE`.")
    try:
        numbers = [int(w) for w in words[1:]]
    except ValueError as e:
        raise UsageError("Message numbers are whole numbers, as shown by "
                         "`evidence-app chat CAPTURE`.") from e
    from evidence_app.chat.reader import marks_for, set_marks

    with open_vault(args) as vault:
        cap = vault.get_capture(words[0])
        event = set_marks(vault, cap, numbers, note=args.note, unmark=unmark)
        marks = marks_for(vault, cap)
    done = sorted(set(numbers))
    emit(args, {"ok": True, "capture_id": cap.id, "action": event.action,
                "messages": done, "event_seq": event.seq, "marked_now": sorted(marks)},
         f"{'Unmarked' if unmark else 'Marked'} message(s) {', '.join(map(str, done))} of "
         f"{cap.exhibit} (custody event #{event.seq}). Marked now: "
         f"{', '.join(map(str, sorted(marks))) or 'none'}.")
    return EXIT_OK
