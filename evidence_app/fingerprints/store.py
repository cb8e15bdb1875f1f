"""Fingerprints beside the sealed artifacts: computed once per picture, stored append-only, and
recorded in the custody log (the hashes are then part of the hash-chained record)."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from evidence_app.errors import content_free
from evidence_app.fingerprints import pdq
from evidence_app.vault import ArtifactInfo, CaptureInfo, Vault
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import Action, Role

log = logging.getLogger(__name__)

MAX_PICTURE_BYTES = 64 * 1024 * 1024  # a bigger "picture" is refused unread
_NOT_PICTURES = (Role.SCREENSHOT_FULL.value, Role.SCREENSHOT_VIEWPORT.value)
_COLS = ("artifact_id, item, capture_id, case_id, sha256, pdq, quality, refused, computed_at")


@dataclass(frozen=True)
class Fingerprint:
    """The PDQ hash of one picture: an artifact's bytes (item 0) or an entry of a hash list."""

    artifact_id: str
    item: int
    capture_id: str
    case_id: str
    sha256: str
    pdq: str | None
    quality: int | None
    refused: str | None
    computed_at: str

    @property
    def usable(self) -> bool:
        return self.pdq is not None and (self.quality or 0) >= pdq.MIN_QUALITY

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_picture(a: ArtifactInfo) -> bool:
    """Whether an artifact is a picture to fingerprint (screenshots show the page, not one)."""
    return a.media_type.lower().startswith("image/") and a.role not in _NOT_PICTURES


def is_video(media_type: str) -> bool:
    return media_type.lower().startswith("video/")


def hash_list_entries(vault: Vault, a: ArtifactInfo) -> list[dict[str, Any]]:
    """The entries of a picture-hash list (what an under-18 case keeps instead of pictures)."""
    try:
        doc = json.loads(vault.read_artifact(a.id))
        entries = doc.get("pictures", []) if isinstance(doc, dict) else []
        return [e for e in entries if isinstance(e, dict)]
    except (ValueError, UnicodeDecodeError):
        return []


def _hash_artifact(vault: Vault, a: ArtifactInfo) -> tuple[pdq.PdqHash | None, str | None]:
    if a.size > MAX_PICTURE_BYTES:
        return None, "too_large"
    data = vault.read_artifact(a.id)
    if hashlib.sha256(data).hexdigest() != a.sha256:
        return None, "sealed_hash_mismatch"  # `verify` reports it; never fingerprint such bytes
    try:
        return pdq.hash_bytes(data), None
    except pdq.PictureRefused as e:
        return None, e.reason


def fingerprints_of(vault: Vault, *, capture_id: str | None = None, case_id: str | None = None,
                    artifact_ids: Iterable[str] = ()) -> list[Fingerprint]:
    """Stored fingerprints of one capture, one case, or the artifacts named."""
    if capture_id is not None:
        rows = vault.query(f"SELECT {_COLS} FROM fingerprints WHERE capture_id = ? "
                           "ORDER BY seq", (capture_id,))
    elif case_id is not None:
        rows = vault.query(f"SELECT {_COLS} FROM fingerprints WHERE case_id = ? ORDER BY seq",
                           (case_id,))
    else:
        ids = list(artifact_ids)
        rows = []
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            rows += vault.query(f"SELECT {_COLS} FROM fingerprints WHERE artifact_id IN "
                                f"({','.join('?' * len(part))}) ORDER BY seq", tuple(part))
    return [Fingerprint(*r) for r in rows]


def fingerprint_capture(vault: Vault, capture: CaptureInfo) -> list[Fingerprint]:
    """Compute, store and log the fingerprints of a capture's pictures not yet fingerprinted."""
    done = {(f.artifact_id, f.item) for f in fingerprints_of(vault, capture_id=capture.id)}
    now = iso_utc(utc_now())
    new: list[Fingerprint] = []
    for a in capture.artifacts:
        if a.role == Role.PICTURE_HASHES:
            for i, e in enumerate(hash_list_entries(vault, a), start=1):
                if (a.id, i) in done:
                    continue
                text = str(e.get("pdq") or "").lower()
                ok = pdq.is_pdq_hex(text)
                quality = e.get("pdq_quality")
                # Videos get a row too (refused), so the backfill does not come back to them.
                refused = None if ok else str(e.get("pdq_refused") or "not_a_picture")[:40]
                new.append(Fingerprint(
                    a.id, i, capture.id, capture.case_id, str(e.get("sha256", ""))[:64],
                    text if ok else None,
                    int(quality) if ok and isinstance(quality, int) else None, refused, now))
        elif is_picture(a) and (a.id, 0) not in done:
            h, refused = _hash_artifact(vault, a)
            new.append(Fingerprint(a.id, 0, capture.id, capture.case_id, a.sha256,
                                   h.hex if h else None, h.quality if h else None, refused, now))
    if not new:
        return []
    with vault.transaction() as conn:
        for f in new:
            conn.execute(
                "INSERT INTO fingerprints (artifact_id, item, capture_id, case_id, sha256, pdq, "
                "quality, algorithm, version, refused, computed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (f.artifact_id, f.item, f.capture_id, f.case_id, f.sha256, f.pdq, f.quality,
                 pdq.ALGORITHM, pdq.IMPLEMENTATION, f.refused, f.computed_at))
        append_event(conn, vault.operator, Action.FINGERPRINTED, case_id=capture.case_id,
                     capture_id=capture.id, details={
                         "algorithm": pdq.ALGORITHM, "implementation": pdq.IMPLEMENTATION,
                         "pictures": [{"artifact_id": f.artifact_id, "item": f.item,
                                       "sha256": f.sha256, "pdq": f.pdq, "quality": f.quality,
                                       "refused": f.refused} for f in new]})
    return new


def backfill(vault: Vault, *, progress: Callable[[int, int], None] | None = None,
             cancel: threading.Event | None = None) -> int:
    """Fingerprint every sealed capture whose pictures have none yet; returns how many pictures.

    Safe to run again and again (the CLI runs it before `match` and `hashes`): a capture already
    done is skipped by one query.
    """
    rows = vault.query(
        "SELECT DISTINCT a.capture_id FROM artifacts a WHERE "
        "((lower(a.media_type) LIKE 'image/%' AND a.role NOT IN (?, ?)) OR a.role = ?) "
        "AND NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.artifact_id = a.id)",
        (*_NOT_PICTURES, Role.PICTURE_HASHES.value))
    count = 0
    for n, (capture_id,) in enumerate(rows):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(n, len(rows))
        try:
            count += len(fingerprint_capture(vault, vault.get_capture(capture_id)))
        except Exception as e:  # noqa: BLE001 - one bad capture must not stop the others
            log.error("fingerprinting a capture failed: %s", content_free(e))
    if progress is not None and rows:
        progress(len(rows), len(rows))
    return count
