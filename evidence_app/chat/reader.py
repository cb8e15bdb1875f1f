"""Reading a sealed chat back, and marking messages as relevant (the core a chat view calls).

The sealed transcript never changes: a mark is a custody event (Action.CHAT_MARKED /
CHAT_UNMARKED) naming message numbers, and the current marks are replayed from the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from evidence_app.chat.transcript import Entry, EntryKind, TranscriptReader
from evidence_app.errors import ChatMessageNotFound, NotAChat, UsageError
from evidence_app.provenance import ChatProvenance
from evidence_app.vault.models import ArtifactInfo, CaptureInfo, CustodyEvent
from evidence_app.vault.store import Vault
from evidence_app.vocab import Action, Role

log = logging.getLogger(__name__)

MAX_NOTE = 2000
MAX_MARK_NUMBERS = 10_000


@dataclass(frozen=True)
class Mark:
    """A message marked relevant: by whom, when, with what note (from the custody log)."""

    n: int
    note: str | None
    operator: str
    ts_utc: str
    event_seq: int


@dataclass(frozen=True)
class ChatFilter:
    """What a reader asks to see: text, sender, a time range (UTC ISO prefixes), marks only."""

    search: str | None = None
    sender: str | None = None
    since: str | None = None
    until: str | None = None
    marked_only: bool = False
    include_unparsed: bool = True

    def matches(self, e: Entry, marks: Mapping[int, Mark]) -> bool:
        if e.kind == EntryKind.UNPARSED:
            if not self.include_unparsed or self.sender or self.marked_only:
                return False
        if self.marked_only and (e.n is None or e.n not in marks):
            return False
        if self.sender and (e.sender or "").casefold() != self.sender.casefold():
            return False
        if self.since and (e.utc is None or e.utc < self.since):
            return False
        if self.until and (e.utc is None or e.utc[:len(self.until)] > self.until):
            return False
        if self.search:
            needle = self.search.casefold()
            hay = f"{e.sender or ''}\n{e.text}\n{e.attachment.name if e.attachment else ''}"
            if needle not in hay.casefold():
                return False
        return True


def chat_of(cap: CaptureInfo) -> ChatProvenance:
    """The capture's chat record; NotAChat for any other capture."""
    chat = ChatProvenance.of(cap.meta)
    if chat is None:
        raise NotAChat()
    return chat


def transcript_artifact(cap: CaptureInfo) -> ArtifactInfo:
    chat_of(cap)
    for a in cap.artifacts:
        if a.role == Role.CHAT_TRANSCRIPT:
            return a
    raise NotAChat()


def open_transcript(vault: Vault, cap: CaptureInfo) -> TranscriptReader:
    """The sealed transcript, read a chunk at a time from the vault."""
    return TranscriptReader(vault.iter_artifact(transcript_artifact(cap).id))


def current_marks(events: Iterable[CustodyEvent | Mapping[str, Any]],
                  capture_id: str) -> dict[int, Mark]:
    """Replay the capture's mark and unmark events in log order."""
    marks: dict[int, Mark] = {}
    rows = [e.as_dict() if isinstance(e, CustodyEvent) else e for e in events]
    for ev in sorted(rows, key=lambda r: int(r.get("seq") or 0)):
        if ev.get("capture_id") != capture_id:
            continue
        details = ev.get("details") or {}
        numbers = details.get("messages") if isinstance(details, dict) else None
        if not isinstance(numbers, list):
            continue
        for n in numbers:
            if not isinstance(n, int):
                continue
            if ev.get("action") == Action.CHAT_MARKED:
                note = details.get("note") if isinstance(details.get("note"), str) else None
                marks[n] = Mark(n, note, str(ev.get("operator") or ""),
                                str(ev.get("ts_utc") or ""), int(ev.get("seq") or 0))
            elif ev.get("action") == Action.CHAT_UNMARKED:
                marks.pop(n, None)
    return marks


def marks_for(vault: Vault, cap: CaptureInfo) -> dict[int, Mark]:
    return current_marks(vault.custody_events(capture_id=cap.id), cap.id)


def iter_view(vault: Vault, cap: CaptureInfo, flt: ChatFilter | None = None
              ) -> Iterator[tuple[Entry, Mark | None]]:
    """The transcript's entries that pass the filter, each with its current mark."""
    flt = flt or ChatFilter()
    marks = marks_for(vault, cap)
    for e in open_transcript(vault, cap).entries():
        if flt.matches(e, marks):
            yield e, marks.get(e.n) if e.n is not None else None


def set_marks(vault: Vault, cap: CaptureInfo, numbers: Sequence[int], *,
              note: str | None = None, unmark: bool = False) -> CustodyEvent:
    """Mark (or unmark) messages by number: one custody event; the transcript is untouched."""
    wanted = sorted(set(numbers))
    if not wanted:
        raise UsageError("Name at least one message number.")
    if len(wanted) > MAX_MARK_NUMBERS:
        raise UsageError(f"Mark at most {MAX_MARK_NUMBERS} messages at a time.")
    art = transcript_artifact(cap)
    left = set(wanted)
    for e in open_transcript(vault, cap).entries():
        if e.n is not None:
            left.discard(e.n)
        if not left:
            break
    if left:
        raise ChatMessageNotFound(
            f"This chat has no message {', '.join(str(n) for n in sorted(left)[:10])}. Message "
            "numbers are shown by `evidence-app chat CAPTURE`.")
    details: dict[str, Any] = {"messages": wanted, "transcript_artifact": art.id,
                               "transcript_sha256": art.sha256}
    if note and not unmark:
        details["note"] = note.strip()[:MAX_NOTE]
    return vault.record_event(Action.CHAT_UNMARKED if unmark else Action.CHAT_MARKED,
                              case_id=cap.case_id, capture_id=cap.id, artifact_id=art.id,
                              details=details)


def attachment_artifact(cap: CaptureInfo, entry: Entry) -> ArtifactInfo | None:
    """The sealed artifact holding a message's attached file (to show it blurred, like every
    picture), matched by SHA-256; None when the file is not in the export."""
    a = entry.attachment
    if a is None or not a.sha256:
        return None
    for art in cap.artifacts:
        if art.sha256 == a.sha256 and art.role in (Role.CHAT_FILE, Role.ORIGINAL):
            return art
    return None
