"""The under-18 safeguard: a case marked "the person depicted may be under 18" keeps no picture
or video bytes, only their hashes (SHA-256, MD5, PDQ), addresses, text and provenance.

Possessing such images is itself an offence (Hong Kong's Prevention of Child Pornography
Ordinance), and hash-sharing (Take It Down) works from hashes alone. The mark is a custody event
on the case (`marked_minor`): the log is append-only, so it cannot be undone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from evidence_app.errors import ImportFailed
from evidence_app.vault import CaptureInfo, Vault
from evidence_app.vocab import Action, CaptureKind, Role

log = logging.getLogger(__name__)

NOTICE = "minor_safeguard"  # the code front ends word (CLI: cli/fingerprint_cmds.MINOR_GUIDANCE)
HASH_LIST_NAME = "picture-hashes.json"
_PICTURE_LIMIT = 64 * 1024 * 1024  # PDQ needs the whole picture in memory; bigger is refused


def is_minor(vault: Vault, case_id: str) -> bool:
    """Whether the case is marked: the person depicted may be under 18."""
    return bool(vault.query("SELECT 1 FROM custody_events WHERE case_id = ? AND action = ? "
                            "LIMIT 1", (case_id, Action.MARKED_MINOR.value)))


def mark_minor(vault: Vault, case_id: str) -> bool:
    """Mark a case (a custody event, never undone); False when it was already marked."""
    if is_minor(vault, case_id):
        return False
    vault.record_event(Action.MARKED_MINOR, case_id=case_id,
                       details={"safeguard": "no picture or video bytes are kept for this case"})
    return True


def effective_type(media_type: str, head: bytes = b"") -> str:
    """The declared type when it names a picture or video, else the content's (magic numbers)."""
    if media_type.lower().startswith(("image/", "video/")) or not head:
        return media_type
    import filetype

    kind = filetype.guess(head[:8192])
    return str(kind.mime) if kind is not None else media_type


def is_picture_or_video(media_type: str, head: bytes = b"") -> bool:
    """By the declared type, or by the content's magic numbers when it says less."""
    return effective_type(media_type, head).lower().startswith(("image/", "video/"))


def picture_entry(data: bytes, media_type: str, **facts: Any) -> dict[str, Any]:
    """What is kept of a picture or video instead of its bytes: its hashes and the facts given."""
    from evidence_app.fingerprints import pdq

    entry: dict[str, Any] = {**facts, "media_type": media_type, "size": len(data),
                             "sha256": hashlib.sha256(data).hexdigest(),
                             "md5": hashlib.md5(data, usedforsecurity=False).hexdigest()}
    if media_type.lower().startswith("video/"):
        entry["pdq_refused"] = "video"
        return entry
    try:
        h = pdq.hash_bytes(data)
        entry["pdq"], entry["pdq_quality"] = h.hex, h.quality
    except pdq.PictureRefused as e:
        entry["pdq_refused"] = e.reason
    return entry


def hash_list(entries: list[dict[str, Any]]) -> bytes:
    """The picture-hash list artifact's bytes."""
    return json.dumps({"note": "Pictures and videos were not kept (the person depicted may be "
                               "under 18); these are their hashes.", "pictures": entries},
                      indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def import_hashes_only(vault: Vault, case_id: str, name: str, chunks: Iterator[bytes],
                       media_type: str, meta: dict[str, Any], *, note: str | None,
                       cancel: threading.Event | None,
                       check_unchanged: Callable[[int], None]) -> CaptureInfo:
    """Seal an imported picture or video as its hashes only (the bytes are never stored)."""
    sha, md5 = hashlib.sha256(), hashlib.md5(usedforsecurity=False)
    kept: list[bytes] | None = [] if not media_type.startswith("video/") else None
    size = 0
    for block in chunks:
        sha.update(block)
        md5.update(block)
        size += len(block)
        if kept is not None:
            kept.append(block)
            if size > _PICTURE_LIMIT:
                kept = None
    check_unchanged(size)
    if kept is not None:
        entry = picture_entry(b"".join(kept), media_type, name=name)
    else:
        entry = {"name": name, "media_type": media_type, "size": size,
                 "sha256": sha.hexdigest(), "md5": md5.hexdigest(),
                 "pdq_refused": "video" if media_type.startswith("video/") else "too_large"}
    warning = ("The person depicted may be under 18: only this file's hashes (SHA-256, MD5, "
               "PDQ) and details were kept, not the file.")
    meta = {**meta, "warnings": [*meta.get("warnings", []), warning],
            "minor_safeguard": {"kept": "hashes only", "sha256": entry["sha256"]}}
    with vault.new_capture(case_id, CaptureKind.IMPORT, name, note=note, meta=meta,
                           cancel=cancel) as cap:
        cap.add_artifact(Role.PICTURE_HASHES, HASH_LIST_NAME, "application/json",
                         hash_list([entry]), meta={"pictures": 1})
    assert cap.sealed is not None
    return cap.sealed


def read_chunks(handle: BinaryIO, head: bytes, chunk_size: int) -> Iterator[bytes]:
    if head:
        yield head
    while True:
        block = handle.read(chunk_size)
        if not block:
            return
        yield block


def not_changed(path: Path, before: os.stat_result) -> Callable[[int], None]:
    """A check that the file read is the file that was there when the import started."""
    def check(size: int) -> None:
        after = path.stat()
        if (size, after.st_size, after.st_mtime_ns) != (before.st_size, before.st_size,
                                                        before.st_mtime_ns):
            raise ImportFailed(f"{path.name} changed while it was being imported, so it was not "
                               "saved. Close any program writing to it and import again.")
    return check
