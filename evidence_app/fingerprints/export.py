"""The hash-only hand-off: a case's picture and video hashes as CSV or JSON, with no pictures,
for hash-sharing programmes (StopNCII, Take It Down) and platforms' trusted-flagger channels.

Pictures carry SHA-256 and PDQ, videos SHA-256 and MD5 (what those programmes take). Page
addresses are left out unless asked for: the file is meant to leave the organisation.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evidence_app.errors import UsageError
from evidence_app.fingerprints.store import (
    Fingerprint,
    fingerprints_of,
    hash_list_entries,
    is_picture,
    is_video,
)
from evidence_app.vault import Vault
from evidence_app.vocab import Action, Role

log = logging.getLogger(__name__)

FORMATS = ("csv", "json")


@dataclass(frozen=True)
class HashRow:
    """One picture or video of the case, by its hashes."""

    exhibit: str
    capture_id: str
    artifact_id: str
    item: int
    kind: str  # "image" | "video"
    media_type: str
    sha256: str
    md5: str | None
    pdq: str | None
    pdq_quality: int | None
    url: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _md5(vault: Vault, artifact_id: str) -> str:
    h = hashlib.md5(usedforsecurity=False)
    for chunk in vault.iter_artifact(artifact_id):
        h.update(chunk)
    return h.hexdigest()


def case_hashes(vault: Vault, case_id: str, *, with_urls: bool = False) -> list[HashRow]:
    """Every picture and video of a case (kept, or kept as hashes only), in exhibit order."""
    fps: dict[tuple[str, int], Fingerprint] = {
        (f.artifact_id, f.item): f for f in fingerprints_of(vault, case_id=case_id)}
    rows: list[HashRow] = []
    for cap in vault.list_captures(case_id):
        for a in cap.artifacts:
            if a.role == Role.PICTURE_HASHES:
                for i, e in enumerate(hash_list_entries(vault, a), start=1):
                    mt = str(e.get("media_type", ""))
                    f = fps.get((a.id, i))
                    video = is_video(mt)
                    rows.append(HashRow(
                        cap.exhibit, cap.id, a.id, i, "video" if video else "image", mt,
                        str(e.get("sha256", "")), str(e.get("md5")) if video else None,
                        f.pdq if f else None, f.quality if f and f.pdq else None,
                        str(e.get("url")) if with_urls and e.get("url") else None))
            elif is_picture(a) or is_video(a.media_type):
                video = is_video(a.media_type)
                f = fps.get((a.id, 0))
                rows.append(HashRow(
                    cap.exhibit, cap.id, a.id, 0, "video" if video else "image", a.media_type,
                    a.sha256, _md5(vault, a.id) if video else None, f.pdq if f else None,
                    f.quality if f and f.pdq else None,
                    str(a.meta.get("url")) if with_urls and a.meta.get("url") else None))
    return rows


def render(rows: list[HashRow], fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps({"hashes": [r.as_dict() for r in rows]}, indent=2,
                           ensure_ascii=False) + "\n").encode("utf-8")
    out = io.StringIO()
    names = list(HashRow.__dataclass_fields__)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for r in rows:
        writer.writerow(["" if v is None else v for v in (getattr(r, n) for n in names)])
    return out.getvalue().encode("utf-8")


def export_hashes(vault: Vault, case_id: str, out: Path, fmt: str = "csv", *,
                  with_urls: bool = False) -> list[HashRow]:
    """Write the case's hashes to a new file and log the export in the custody log."""
    if fmt not in FORMATS:
        raise UsageError(f"--format is one of {', '.join(FORMATS)}.")
    rows = case_hashes(vault, case_id, with_urls=with_urls)
    data = render(rows, fmt)
    try:
        with open(out, "xb") as f:
            f.write(data)
    except FileExistsError as e:
        raise UsageError(f"{out} already exists; choose a new file name.") from e
    except OSError as e:
        raise UsageError(f"{out} could not be written ({e.strerror or e}).") from e
    vault.record_event(Action.EXPORTED, case_id=case_id, details={
        "what": "hashes", "format": fmt, "file": out.name, "rows": len(rows),
        "with_urls": with_urls, "sha256": hashlib.sha256(data).hexdigest()})
    return rows
