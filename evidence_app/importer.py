"""Import existing files (phone screenshots, chat exports, videos, PDFs) as sealed evidence."""

from __future__ import annotations

import logging
import mimetypes
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from evidence_app.errors import Cancelled, EvidenceAppError, ImportFailed
from evidence_app.fingerprints.safeguard import (
    import_hashes_only,
    is_minor,
    is_picture_or_video,
    not_changed,
    read_chunks,
)
from evidence_app.integrity.hashing import CHUNK_SIZE
from evidence_app.media_types import sniff_media_type
from evidence_app.provenance import ImportProvenance
from evidence_app.vault.models import CaptureInfo, iso_utc
from evidence_app.vault.store import Vault
from evidence_app.vocab import CaptureKind, Role

log = logging.getLogger(__name__)

ImportProgress = Callable[[int, int], None]  # (bytes read, file size)


def _modified_utc(st: os.stat_result) -> str:
    return iso_utc(datetime.fromtimestamp(st.st_mtime, timezone.utc))


def import_file(vault: Vault, case_id: str, path: Path, *, note: str | None = None,
                progress: ImportProgress | None = None,
                cancel: threading.Event | None = None, record_path: bool = False,
                extra_warnings: Sequence[str] = ()) -> CaptureInfo:
    """Seal one file as one capture; the source file is only read.

    Only the file's name is recorded unless `record_path`: a full local path can name the
    survivor or the caseworker's folders, and it would travel into every bundle.
    """
    path = Path(path)
    try:
        before = path.stat()
        if not path.is_file():
            raise ImportFailed(f"{path.name} is not a file (folders are imported file by file).")
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except FileNotFoundError as e:
        raise ImportFailed(f"File not found: {path}. Check the name and folder.") from e
    except PermissionError as e:
        raise ImportFailed(f"No permission to read {path}. Copy it somewhere you can read.") from e
    try:
        head = handle.read(CHUNK_SIZE)
        media_type = sniff_media_type(head)
        claimed = mimetypes.guess_type(path.name)[0]
        warnings = list(extra_warnings)
        if claimed and claimed != media_type:
            warnings.append(f"The file name suggests {claimed}, but its content is {media_type}.")
        meta = ImportProvenance(
            original_name=path.name, original_path=str(path.resolve()) if record_path else None,
            size=before.st_size, modified_utc=_modified_utc(before), media_type=media_type,
            claimed_media_type=claimed, warnings=warnings,
        ).to_dict()
        if may_hold_pictures(media_type) and is_minor(vault, case_id):
            # Under-18 safeguard: only the hashes are sealed, never bytes that are or may hold a
            # picture (an archive, a PDF or a web page can carry pictures inside).
            return import_hashes_only(
                vault, case_id, path.name, read_chunks(handle, head, CHUNK_SIZE), media_type,
                meta, note=note, cancel=cancel, check_unchanged=not_changed(path, before))

        def chunks() -> Iterator[bytes]:
            if head:
                yield head
            while True:
                block = handle.read(CHUNK_SIZE)
                if not block:
                    return
                yield block

        def on_progress(done: int) -> None:
            if progress is not None:
                progress(done, before.st_size)

        with vault.new_capture(case_id, CaptureKind.IMPORT, path.name, note=note, meta=meta,
                               cancel=cancel) as cap:
            art = cap.add_artifact(Role.ORIGINAL, path.name, media_type, chunks(),
                                   meta={"original_name": path.name}, progress=on_progress)
            after = path.stat()
            if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) \
                    or art.size != before.st_size:
                raise ImportFailed(f"{path.name} changed while it was being imported, so it was "
                                   "not saved. Close any program writing to it and import again.")
    except OSError as e:
        raise ImportFailed(f"{path.name} could not be read ({e.strerror or e}). "
                           "Nothing was saved for it.") from e
    finally:
        handle.close()
    assert cap.sealed is not None
    return cap.sealed


BatchProgress = Callable[[int, int, str], None]  # (bytes done, bytes in all, file name)


@dataclass
class FileResult:
    """The outcome for one file of an import batch."""

    path: Path
    capture: CaptureInfo | None = None
    error: str | None = None
    error_code: str | None = None  # the error as a message code (evidence_app.messages)
    error_params: dict[str, str | int | float] = field(default_factory=dict)


@dataclass
class ImportOutcome:
    """Every file's result in the order given; `cancelled` when the batch stopped early."""

    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def sealed(self) -> list[CaptureInfo]:
        return [r.capture for r in self.results if r.capture is not None]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.error is not None]


def import_files(vault: Vault, case_id: str, paths: Sequence[Path], *,
                 note: str | None = None, record_path: bool = False,
                 progress: BatchProgress | None = None,
                 on_result: Callable[[FileResult], None] | None = None,
                 cancel: threading.Event | None = None,
                 chat_timezone: str | None = None) -> ImportOutcome:
    """Seal each file as its own capture: one failure does not stop the others; a cancel stops
    the batch after the files already sealed (the unfinished one leaves nothing)."""
    cancel = cancel or threading.Event()
    outcome = ImportOutcome()
    sizes = []
    for p in paths:
        try:
            sizes.append(Path(p).stat().st_size)
        except OSError:
            sizes.append(0)
    total = max(1, sum(sizes))
    done_before = 0
    for path, size in zip(paths, sizes, strict=True):
        path = Path(path)
        if cancel.is_set():
            outcome.cancelled = True
            break
        if progress is not None:
            progress(done_before, total, path.name)

        def on_bytes(done: int, _size: int, base: int = done_before, name: str = path.name
                     ) -> None:
            if progress is not None:
                progress(base + done, total, name)

        try:
            result = FileResult(path, capture=_import_one(
                vault, case_id, path, note=note, progress=on_bytes, cancel=cancel,
                record_path=record_path, chat_timezone=chat_timezone))
        except Cancelled:
            outcome.cancelled = True
            break
        except EvidenceAppError as e:
            result = FileResult(path, error=e.message, error_code=e.code,
                                error_params=e.params)
        outcome.results.append(result)
        if on_result is not None:
            on_result(result)
        done_before += size
    if progress is not None:
        progress(total, total, "")
    return outcome


# Content that cannot show a picture: kept in an under-18 case. Anything else there is sealed as
# its hashes only.
_TEXT_ONLY = frozenset({"text/plain", "application/json", "text/csv"})


def may_hold_pictures(media_type: str) -> bool:
    """Whether a file of this (sniffed) type is, or may contain, a picture or video."""
    return is_picture_or_video(media_type) or media_type.split(";")[0].strip() not in _TEXT_ONLY


def _import_one(vault: Vault, case_id: str, path: Path, *, note: str | None,
                progress: ImportProgress, cancel: threading.Event, record_path: bool,
                chat_timezone: str | None) -> CaptureInfo:
    """A chat export becomes one chat capture (evidence_app.chat); a file that only looks like
    one, or one too damaged to read as a chat, is sealed as an ordinary file."""
    from evidence_app.chat.detect import FOLDER, ZIP, recognise
    from evidence_app.chat.ingest import import_chat
    from evidence_app.chat.transcript import resolve_zone
    from evidence_app.errors import ChatExportUnreadable

    zone = resolve_zone(chat_timezone)
    source = recognise(path)
    if source is not None and source.container in (ZIP, FOLDER) and is_minor(vault, case_id):
        # An export with its media (zip or folder) would store the pictures it holds: in an
        # under-18 case it is sealed as hashes only (import_file), never read as a chat.
        source = None
    warnings: list[str] = []
    if source is not None:
        try:
            return import_chat(vault, case_id, source, zone, note=note, record_path=record_path,
                               progress=progress, cancel=cancel)
        except ChatExportUnreadable as e:
            warnings.append(f"It looks like a {source.app} chat export but could not be read as "
                            f"one ({e.message}).")
    return import_file(vault, case_id, path, note=note, progress=progress, cancel=cancel,
                       record_path=record_path, extra_warnings=warnings)
