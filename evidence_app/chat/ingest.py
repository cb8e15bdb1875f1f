"""Seal a recognised chat export as one capture: the originals unchanged, each file of a zip
as its own artifact, and the parsed transcript (evidence_app.chat.transcript).

The capture's meta is the ImportProvenance of the export plus `chat`, its ChatProvenance.
"""

from __future__ import annotations

import functools
import io
import logging
import mimetypes
import os
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, cast

from evidence_app.chat import telegram, telegram_html, whatsapp
from evidence_app.chat.detect import FOLDER, JSON, TELEGRAM, ZIP, ChatSource
from evidence_app.chat.limits import (
    MAX_FOLDER_FILES,
    MAX_TOTAL_BYTES,
    ExportTooLarge,
    check_zip,
    member_chunks,
    safe_member_name,
)
from evidence_app.chat.transcript import (
    TRANSCRIPT_NAME,
    Attachment,
    AttachmentStatus,
    StatedZone,
    Tally,
    encode,
    provenance,
)
from evidence_app.errors import ChatExportUnreadable, ImportFailed, content_free
from evidence_app.integrity.hashing import CHUNK_SIZE
from evidence_app.media_types import sniff_media_type
from evidence_app.provenance import ImportProvenance
from evidence_app.vault.models import CaptureInfo, iso_utc
from evidence_app.vault.store import Vault
from evidence_app.vault.writer import CaptureWriter
from evidence_app.vocab import CaptureKind, Role

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (bytes read, bytes in all)


@dataclass(frozen=True)
class _File:
    """One file of the export as it will be stored: its safe name and how to read it."""

    name: str
    size: int
    chunks: Callable[[], Iterator[bytes]]
    check: Callable[[], None] | None = None  # raises if the file changed while it was read


def import_chat(vault: Vault, case_id: str, source: ChatSource, zone: StatedZone, *,
                note: str | None = None, record_path: bool = False,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> CaptureInfo:
    """Seal the export as one capture; ChatExportUnreadable when it cannot be read as a chat
    (the caller then imports it as an ordinary file), with nothing kept of the attempt."""
    try:
        return _import(vault, case_id, source, zone, note, record_path, progress, cancel)
    except (zipfile.BadZipFile, zlib.error, ExportTooLarge, ValueError, EOFError,
            RuntimeError, KeyError) as e:
        # A bad CRC is a BadZipFile, a corrupt deflate stream a zlib.error (no ValueError).
        log.warning("chat export unreadable, imported as a file: %s", content_free(e))
        raise ChatExportUnreadable() from e
    except OSError as e:
        if source.container == ZIP:
            raise ChatExportUnreadable() from e
        raise ImportFailed(f"{source.path.name} could not be read ({e.strerror or e}). "
                           "Nothing was saved for it.") from e


def _import(vault: Vault, case_id: str, source: ChatSource, zone: StatedZone,
            note: str | None, record_path: bool, progress: Progress | None,
            cancel: threading.Event | None) -> CaptureInfo:
    path = source.path
    st = path.stat()
    zf = zipfile.ZipFile(path) if source.container == ZIP else None
    try:
        originals, members = _plan(source, zf)
        total = max(1, sum(f.size for f in originals + members))
        done = 0

        def on_progress(base: int) -> Callable[[int], None]:
            # The batch counts this export as its file's size: scale the bytes of all its parts
            # (the zip and each member) to that.
            def report(n: int) -> None:
                if progress is not None:
                    progress((base + n) * st.st_size // total, st.st_size)
            return report

        media_type = ("application/zip" if zf is not None else "inode/directory"
                      if source.container == FOLDER else
                      "application/json" if source.container == JSON else "text/plain")
        meta = ImportProvenance(
            original_name=path.name, original_path=str(path.resolve()) if record_path else None,
            size=sum(f.size for f in originals), modified_utc=iso_utc(
                datetime.fromtimestamp(st.st_mtime, timezone.utc)),
            media_type=media_type, claimed_media_type=mimetypes.guess_type(path.name)[0],
        ).to_dict()
        present: dict[str, Attachment] = {}
        with vault.new_capture(case_id, CaptureKind.IMPORT, path.name, note=note, meta=meta,
                               cancel=cancel) as cap:
            for f in originals:
                art = cap.add_artifact(Role.ORIGINAL, f.name, _sniff(f), f.chunks(),
                                       meta={"original_name": f.name},
                                       progress=on_progress(done))
                if f.check is not None:
                    f.check()
                done += f.size
                if source.container == FOLDER:
                    present[f.name] = Attachment(f.name, AttachmentStatus.PRESENT, art.sha256,
                                                 art.size, art.media_type)
            for f in members:
                art = cap.add_artifact(Role.CHAT_FILE, f.name, _sniff(f), f.chunks(),
                                       meta={"member": f.name}, progress=on_progress(done))
                done += f.size
                present[f.name] = Attachment(f.name, AttachmentStatus.PRESENT, art.sha256,
                                             art.size, art.media_type)
            _add_transcript(cap, source, zf, zone, present)
    finally:
        if zf is not None:
            zf.close()
    assert cap.sealed is not None
    return cap.sealed


def _sniff(f: _File) -> str:
    chunks = f.chunks()
    try:
        head = next(chunks, b"")
    finally:
        close = getattr(chunks, "close", None)  # a generator: closes its file or member now
        if close is not None:
            close()
    return sniff_media_type(head[:CHUNK_SIZE])


def _disk_file(path: Path, name: str) -> _File:
    before = path.stat()

    def chunks() -> Iterator[bytes]:
        with open(path, "rb") as fh:
            while True:
                block = fh.read(CHUNK_SIZE)
                if not block:
                    return
                yield block

    def check() -> None:
        after = path.stat()
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            raise ImportFailed(f"{name} changed while it was being imported, so it was not "
                               "saved. Close any program writing to it and import again.")
    return _File(name, before.st_size, chunks, check)


def _plan(source: ChatSource, zf: zipfile.ZipFile | None) -> tuple[list[_File], list[_File]]:
    """(originals, members of the zip) to store, with safe, unique names."""
    if zf is not None:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        check_zip(infos)
        used: set[str] = set()
        members = []
        for k, info in enumerate(infos, start=1):
            name = _unique(safe_member_name(info.filename, f"file-{k}"), used)
            members.append(_File(name, info.file_size, functools.partial(member_chunks, zf, info)))
        return [_disk_file(source.path, source.path.name)], members
    if source.container == FOLDER:
        files = []
        used = set()
        total = 0
        for root, dirs, names in os.walk(source.path):
            dirs.sort()
            for n in sorted(names):
                p = Path(root) / n
                if p.is_symlink() or not p.is_file():
                    continue
                rel = p.relative_to(source.path).as_posix()
                files.append(_disk_file(p, _unique(safe_member_name(rel, "file"), used)))
                total += files[-1].size
                if len(files) > MAX_FOLDER_FILES or total > MAX_TOTAL_BYTES:
                    raise ImportFailed("That folder is too large to import as one chat "
                                       "export. Import its files instead.")
        return files, []
    return [_disk_file(source.path, source.path.name)], []


def _unique(name: str, used: set[str]) -> str:
    out, k = name, 1
    while out in used:
        k += 1
        stem, dot, ext = name.rpartition(".")
        out = f"{stem}~{k}.{ext}" if dot and stem else f"{name}~{k}"
    used.add(out)
    return out


def _opener(source: ChatSource, zf: zipfile.ZipFile | None
            ) -> Callable[[], AbstractContextManager[BinaryIO]]:
    """Opens the chat file itself (again for each pass): a zip member, or a file on disk."""
    if zf is not None:
        info = zf.getinfo(source.chat_member)
        def open_member() -> AbstractContextManager[BinaryIO]:
            return _ZipStream(member_chunks(zf, info))
        return open_member
    path = source.path / source.chat_member if source.container == FOLDER else source.path
    return lambda: open(path, "rb")


class _ZipStream(io.RawIOBase):
    """A member's bounded chunks as a readable stream (for readline and json)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            nxt = next(self._chunks, None)
            if nxt is None:
                return 0
            self._buf = nxt
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def __enter__(self) -> BinaryIO:  # type: ignore[override]
        return cast(BinaryIO, io.BufferedReader(self))


def _add_transcript(cap: CaptureWriter, source: ChatSource, zf: zipfile.ZipFile | None,
                    zone: StatedZone, present: Mapping[str, Attachment]) -> None:
    opener = _opener(source, zf)
    header: dict[str, Any] = {"app": source.app, "export_file": source.chat_member
                              or source.path.name, "timezone": zone.label,
                              "timezone_source": zone.source, "container": source.container}
    tally = Tally()
    if source.app == TELEGRAM and source.chat_member.lower().endswith(".html"):
        prefix = str(PurePosixPath(source.chat_member).parent)
        by_path = {_relative(k, prefix): v for k, v in present.items()}
        pages, open_page = _html_pages(source, zf, prefix)
        header.update(line_format="telegram_html", date_order="day_first",
                      date_order_basis="telegram_html_dd_mm_yyyy", clock="24h",
                      pages=len(pages))
        entries = telegram_html.parse(pages, open_page, zone, by_path)
        footer = None
    elif source.app == TELEGRAM:
        with opener() as stream:
            top = telegram.read_header(stream)
        prefix = str(PurePosixPath(source.chat_member).parent) if source.chat_member else "."
        by_path = {_relative(k, prefix): v for k, v in present.items()}
        header.update(line_format="telegram_json", date_order="year_first",
                      date_order_basis="iso_8601", clock="24h",
                      chat_name=top.get("name") if isinstance(top.get("name"), str) else None)
        entries = telegram.parse(_json_messages(opener), zone, by_path)
        footer = None
    else:
        by_name = {PurePosixPath(k).name: v for k, v in present.items()}
        with opener() as stream:
            layout = whatsapp.resolve_layout(stream)
        header.update(line_format=layout.line_format, date_order=layout.date_order,
                      date_order_basis=layout.basis, clock=layout.clock,
                      date_order_example_line=layout.example_line)
        stats = whatsapp.ParseStats()
        entries = whatsapp.parse(opener, zone, by_name, layout, stats)

        def footer() -> dict[str, Any]:
            return {"decode_errors": stats.decode_errors,
                    "truncated_lines": stats.truncated_lines}
    cap.add_artifact(Role.CHAT_TRANSCRIPT, TRANSCRIPT_NAME, "application/json",
                     encode(lambda: header, entries, tally, footer),
                     meta={"format": "evidence-app/chat-transcript", "version": 1})
    final = dict(header)
    if footer is not None:
        final.update(footer())
    cap.meta["chat"] = provenance(final, tally).to_dict()


def _json_messages(opener: Callable[[], AbstractContextManager[BinaryIO]]) -> Iterator[Any]:
    with opener() as stream:
        yield from telegram.iter_messages(stream)


def _html_pages(source: ChatSource, zf: zipfile.ZipFile | None, prefix: str
                ) -> tuple[list[str], telegram_html.PageOpener]:
    """The export's pages in order (raw names), and how to open one."""
    if zf is not None:
        names = [n for n in zf.namelist()
                 if str(PurePosixPath(n).parent) == prefix and not n.endswith("/")]

        def open_member(name: str) -> AbstractContextManager[BinaryIO]:
            return _ZipStream(member_chunks(zf, zf.getinfo(name)))
        return telegram_html.page_order(names), open_member
    names = [e.name for e in os.scandir(source.path) if e.is_file(follow_symlinks=False)]

    def open_file(name: str) -> AbstractContextManager[BinaryIO]:
        return open(source.path / name, "rb")
    return telegram_html.page_order(names), open_file


def _relative(name: str, prefix: str) -> str:
    if prefix in ("", "."):
        return name
    return name[len(prefix) + 1:] if name.startswith(prefix + "/") else name
