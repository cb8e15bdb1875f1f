"""A case's watch list: pictures the survivor provided (kept only as hashes, unless imported as
evidence), checked against every new capture of the case. A capture that shows a watched
picture is flagged by a `watch_match` custody event: sealed captures never change, so the flag
is a new record that names the capture, the picture in it, the watched entry and the distance.

Entries are never deleted: taking one off the list (a wrong picture given) is a `watch_removed`
custody event, and the list is what was added minus what was removed. Earlier flags stay.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evidence_app.errors import ImportFailed, NotFound
from evidence_app.fingerprints import pdq
from evidence_app.fingerprints.match import HashIndex
from evidence_app.fingerprints.store import Fingerprint
from evidence_app.vault import CaptureInfo, Vault
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import Action

log = logging.getLogger(__name__)

_COLS = "id, case_id, label, pdq, quality, sha256, artifact_id, added_at, added_by"


@dataclass(frozen=True)
class WatchEntry:
    """One watched picture: its label (e.g. KL-W01, or the exhibit when kept) and its hashes."""

    id: str
    case_id: str
    label: str
    pdq: str
    quality: int
    sha256: str | None
    artifact_id: str | None
    added_at: str
    added_by: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class WatchHit:
    """A picture of a capture that matches a watched picture."""

    capture_id: str
    artifact_id: str
    item: int
    watch_id: str
    label: str
    distance: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def entries(vault: Vault, case_id: str) -> list[WatchEntry]:
    """The case's watch list now: every entry added and not removed, oldest first."""
    gone = removed_ids(vault, case_id)
    rows = vault.query(f"SELECT {_COLS} FROM watch_entries WHERE case_id = ? ORDER BY seq",
                       (case_id,))
    return [e for e in (WatchEntry(*r) for r in rows) if e.id not in gone]


def removed_ids(vault: Vault, case_id: str) -> set[str]:
    rows = vault.query("SELECT details FROM custody_events WHERE case_id = ? AND action = ?",
                       (case_id, str(Action.WATCH_REMOVED)))
    out = set()
    for (details,) in rows:
        try:
            out.add(str(json.loads(details)["watch_id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return out


def remove(vault: Vault, case_id: str, ref: str, note: str | None = None) -> WatchEntry:
    """Take an entry (by label, e.g. KL-W02, or id) off the case's watch list; logged."""
    key = ref.strip()
    current = entries(vault, case_id)
    hits = [e for e in current if e.label.upper() == key.upper() or e.id == key.lower()]
    if not hits:
        raise NotFound(f"No picture {key!r} on this case's watch list; "
                       "`evidence-app watch list --case CASE` shows them.")
    entry = hits[0]
    vault.record_event(Action.WATCH_REMOVED, case_id=case_id, artifact_id=entry.artifact_id,
                       details={"watch_id": entry.id, "label": entry.label, "pdq": entry.pdq,
                                "note": note})
    return entry


def _next_label(vault: Vault, case_id: str) -> str:
    prefix = vault.query("SELECT exhibit_prefix FROM cases WHERE id = ?", (case_id,))[0][0]
    n = vault.query("SELECT count(*) FROM watch_entries WHERE case_id = ?", (case_id,))[0][0]
    return f"{prefix}-W{n + 1:02d}"


def add(vault: Vault, case_id: str, h: pdq.PdqHash, *, sha256: str | None = None,
        artifact_id: str | None = None, label: str | None = None) -> WatchEntry:
    """Watch for a picture by its hash; logged in the custody log."""
    entry = WatchEntry(id=uuid.uuid4().hex, case_id=case_id,
                       label=label or _next_label(vault, case_id), pdq=h.hex, quality=h.quality,
                       sha256=sha256, artifact_id=artifact_id, added_at=iso_utc(utc_now()),
                       added_by=vault.operator.name)
    with vault.transaction() as conn:
        conn.execute(f"INSERT INTO watch_entries ({_COLS}) VALUES (?,?,?,?,?,?,?,?,?)",
                     (entry.id, entry.case_id, entry.label, entry.pdq, entry.quality,
                      entry.sha256, entry.artifact_id, entry.added_at, entry.added_by))
        append_event(conn, vault.operator, Action.WATCH_ADDED, case_id=case_id,
                     artifact_id=artifact_id,
                     details={"watch_id": entry.id, "label": entry.label, "pdq": entry.pdq,
                              "quality": entry.quality, "sha256": sha256})
    return entry


def hash_file(path: Path) -> tuple[pdq.PdqHash, str]:
    """PDQ and SHA-256 of a picture file, read once and bounded in size."""
    from evidence_app.fingerprints.store import MAX_PICTURE_BYTES

    try:
        with open(path, "rb") as f:
            untrusted_data = f.read(MAX_PICTURE_BYTES + 1)
    except OSError as e:
        raise ImportFailed(f"{path.name} could not be read ({e.strerror or e}).") from e
    if len(untrusted_data) > MAX_PICTURE_BYTES:
        raise ImportFailed(f"{path.name} is larger than {MAX_PICTURE_BYTES // 2**20} MB; it is "
                           "not a picture that can be fingerprinted.")
    try:
        h = pdq.hash_bytes(untrusted_data)
    except pdq.PictureRefused as e:
        raise ImportFailed(f"{path.name} cannot be fingerprinted ({e.reason.replace('_', ' ')}); "
                           "give a JPEG, PNG, GIF, WebP, BMP or TIFF picture.") from e
    return h, hashlib.sha256(untrusted_data).hexdigest()


def check_capture(vault: Vault, capture: CaptureInfo, new: list[Fingerprint]) -> list[WatchHit]:
    """Compare a capture's new fingerprints with its case's watch list; log any match."""
    watched = entries(vault, capture.case_id)
    usable = [f for f in new if f.usable and f.pdq is not None]
    if not watched or not usable:
        return []
    index = HashIndex.from_hex([(w.id, 0) for w in watched], [w.pdq for w in watched])
    labels = {w.id: w.label for w in watched}
    hits = []
    for f in usable:
        assert f.pdq is not None
        for row, dist in index.near(f.pdq, pdq.MATCH_THRESHOLD):
            wid = index.keys[row][0]
            hits.append(WatchHit(capture.id, f.artifact_id, f.item, wid, labels[wid], dist))
    if hits:
        vault.record_event(Action.WATCH_MATCH, case_id=capture.case_id, capture_id=capture.id,
                           details={"threshold": pdq.MATCH_THRESHOLD,
                                    "matches": [h.as_dict() for h in hits]})
    return hits


def _hits(events: list[Any]) -> list[WatchHit]:
    hits = []
    for ev in events:
        if ev.action == Action.WATCH_MATCH:
            for m in ev.details.get("matches", []):
                try:
                    hits.append(WatchHit(**m))
                except TypeError:
                    continue
    return sorted(hits, key=lambda h: h.distance)


def flags(vault: Vault, capture_id: str) -> list[WatchHit]:
    """The watch-list matches recorded for a capture (nearest first)."""
    return _hits(vault.custody_events(capture_id=capture_id))


def case_flags(vault: Vault, case_id: str) -> dict[str, list[WatchHit]]:
    """The watch-list matches recorded for every capture of a case, by capture id."""
    out: dict[str, list[WatchHit]] = {}
    for hit in _hits(vault.custody_events(case_id=case_id)):
        out.setdefault(hit.capture_id, []).append(hit)
    return out


def after_seal(vault: Vault, capture: CaptureInfo) -> None:
    """The after-seal step: fingerprint the new capture's pictures, then check the watch list."""
    from evidence_app.fingerprints.store import fingerprint_capture

    check_capture(vault, capture, fingerprint_capture(vault, capture))
