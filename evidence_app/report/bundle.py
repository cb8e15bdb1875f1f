"""Writing the bundle's files: artifacts, custody.jsonl, bundle.json, manifest.sha256."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from evidence_app.errors import Cancelled, ExportWriteFailed, SealedHashMismatch
from evidence_app.report.model import ArtifactEntry, ExhibitEntry, is_withheld_when_redacted
from evidence_app.report.names import artifact_filename, exhibit_folder, unique
from evidence_app.vault import CaptureInfo, CustodyEvent, Vault

log = logging.getLogger(__name__)

WITHHELD_REASON = "redacted bundle: may show the images; the original stays sealed in the vault"


def plan_exhibits(captures: Iterable[CaptureInfo], redact: bool) -> list[ExhibitEntry]:
    """Folder and file names for every exhibit and artifact (nothing written yet)."""
    folders: set[str] = set()
    entries = []
    for cap in captures:
        folder = unique(exhibit_folder(cap), folders)
        entry = ExhibitEntry(cap, folder)
        names: set[str] = set()
        by_role: dict[str, int] = {}
        counts: dict[str, int] = {}
        for a in cap.artifacts:
            counts[a.role] = counts.get(a.role, 0) + 1
        for a in cap.artifacts:
            by_role[a.role] = by_role.get(a.role, 0) + 1
            if redact and is_withheld_when_redacted(a):
                entry.artifacts.append(ArtifactEntry(a, None, WITHHELD_REASON))
                continue
            name = unique(artifact_filename(a, by_role[a.role], counts[a.role]), names)
            entry.artifacts.append(ArtifactEntry(a, f"{folder}/{name}"))
        entries.append(entry)
    return entries


def copy_artifact(vault: Vault, entry: ArtifactEntry, root: Path,
                  on_bytes: Callable[[int], None], cancel: threading.Event | None) -> None:
    """Stream one artifact out of the vault, re-checking its sealed SHA-256 on the way."""
    assert entry.file is not None
    dest = root / entry.file
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        vault.write_artifact(entry.info, dest, on_bytes=on_bytes, cancel=cancel)
    except Cancelled as e:
        raise Cancelled("Export cancelled. No bundle was written.") from e
    except SealedHashMismatch as e:
        raise ExportWriteFailed(f"{e.message} No bundle was written.") from e


def chain_for_bundle(events: Iterable[CustodyEvent], case_id: str) -> list[dict[str, Any]]:
    """The whole chain; other cases' events keep their hashes but withhold their details."""
    out = []
    for ev in events:
        d = ev.as_dict()
        if ev.case_id is not None and ev.case_id != case_id:
            d["details"] = None
        out.append(d)
    return out


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with open(path, "x", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def write_json(path: Path, doc: dict[str, Any]) -> None:
    with open(path, "x", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def exhibit_doc(e: ExhibitEntry) -> dict[str, Any]:
    cap = e.capture
    return {
        "exhibit": cap.exhibit, "capture_id": cap.id, "kind": cap.kind, "source": cap.source,
        "note": cap.note, "started_at": cap.started_at, "sealed_at": cap.sealed_at,
        "operator": cap.operator, "machine": cap.machine, "folder": e.folder,
        "provenance": cap.meta,
        "artifacts": [{"id": a.info.id, "ord": a.info.ord, "role": a.info.role,
                       "name": a.info.name, "media_type": a.info.media_type,
                       "size": a.info.size, "sha256": a.info.sha256, "meta": a.info.meta,
                       "file": a.file, "withheld": a.withheld} for a in e.artifacts],
    }
