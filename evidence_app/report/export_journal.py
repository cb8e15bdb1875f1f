"""Exports in progress, so that a killed export leaves no decrypted evidence behind for ever.

An export writes decrypted evidence into hidden `.NAME.partial-XXXXXXXX` folders and zips beside
its target. Before the first of them is created, a note naming them (and the process doing the
work) is committed inside the encrypted vault; it is deleted once the bundle is in place. A process
killed in between (`kill -9`, power loss) leaves the note, and the next export, or the app at
start (`sweep_interrupted_exports`), removes what the note names and records an
`export_abandoned` custody event saying so.

The order of the custody record and the bundle's appearance (`export_case`): the `exported`
event is committed first, naming the bundle id and manifest hash, and only then are the finished
folder and zip renamed into place. A kill cannot leave a bundle without its record; it can leave
a record without its bundle, which the sweep marks with `export_abandoned` (folder_in_place /
zip_in_place false), so the log never claims less than what reached the disk.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import socket
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evidence_app.errors import EvidenceAppError, content_free
from evidence_app.vault import Vault
from evidence_app.vocab import Action

log = logging.getLogger(__name__)

NOTE_PREFIX = "export_in_progress/"
# Only names export_case makes are ever removed, whatever a note says.
_PARTIAL_NAME = re.compile(r"\..+\.partial-[0-9a-f]{8}")
# Exports running in this process (the GUI may run one while another starts).
_active: set[str] = set()
_active_lock = threading.Lock()


def partial_name(final: Path, token: str) -> Path:
    """The hidden sibling an export writes before renaming it to `final`."""
    return final.with_name(f".{final.name}.partial-{token}")


@dataclass(frozen=True)
class Leftover:
    """What the sweep found of one interrupted export."""

    bundle_id: str
    case_id: str
    removed: tuple[str, ...]  # the partial folder/zip paths removed
    recorded_as_exported: bool
    folder_in_place: bool
    zip_in_place: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExportJournal:
    """The note of one export in progress; `begin` before writing, `finish` when in place."""

    vault: Vault
    bundle_id: str

    @classmethod
    def begin(cls, vault: Vault, case_id: str, bundle_id: str, out_dir: Path,
              zip_path: Path | None, partial_dir: Path, partial_zip: Path | None
              ) -> ExportJournal:
        note = {"bundle_id": bundle_id, "case_id": case_id, "pid": os.getpid(),
                "host": socket.gethostname(), "out_dir": str(out_dir),
                "zip_path": str(zip_path) if zip_path else None,
                "partials": [str(p) for p in (partial_dir, partial_zip) if p is not None]}
        with _active_lock:
            _active.add(bundle_id)
        vault.set_note(NOTE_PREFIX + bundle_id, json.dumps(note))
        return cls(vault, bundle_id)

    def abandon(self) -> list[Leftover]:
        """Remove this export's partial files now and record that it did not finish."""
        with _active_lock:
            _active.discard(self.bundle_id)
        return sweep_interrupted_exports(self.vault, only=self.bundle_id)

    def finish(self) -> None:
        with _active_lock:
            _active.discard(self.bundle_id)
        try:
            self.vault.delete_note(NOTE_PREFIX + self.bundle_id)
        except EvidenceAppError as e:
            # The bundle is in place and recorded; a stale note only makes the next sweep look.
            log.warning("could not clear an export note: %s", content_free(e))


def _alive_here(note: dict[str, Any]) -> bool:
    """Whether the export's process may still be running (then its files are left alone)."""
    if note.get("host") != socket.gethostname():
        return False
    pid = note.get("pid")
    if pid == os.getpid():
        with _active_lock:
            return note.get("bundle_id") in _active
    if type(pid) is not int or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> bool:
    if not _PARTIAL_NAME.fullmatch(path.name) or not (path.exists() or path.is_symlink()):
        return False
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    return True


def sweep_interrupted_exports(vault: Vault, only: str | None = None) -> list[Leftover]:
    """Remove what killed exports left behind and record it; returns what was found.

    Exports still running (in this process or another on this computer) are left alone. The
    GUI calls this at start; every export calls it before it begins.
    """
    found: list[Leftover] = []
    exported = {str(e.details.get("bundle_id")) for e in vault.custody_events()
                if e.action == Action.EXPORTED and e.details}
    for key, raw in sorted(vault.notes(NOTE_PREFIX).items()):
        if only is not None and key != only:
            continue
        try:
            note = json.loads(raw)
            partials = [Path(p) for p in note["partials"]]
            bundle_id, case_id = str(note["bundle_id"]), str(note["case_id"])
            out_dir = Path(note["out_dir"])
            zip_path = Path(note["zip_path"]) if note.get("zip_path") else None
        except (ValueError, KeyError, TypeError):
            log.warning("dropping an unreadable export note")
            vault.delete_note(NOTE_PREFIX + key)
            continue
        if _alive_here(note):
            continue
        removed = tuple(str(p) for p in partials if _remove(p))
        recorded = bundle_id in exported
        left = Leftover(bundle_id, case_id, removed, recorded,
                        folder_in_place=recorded and out_dir.is_dir(),
                        zip_in_place=recorded and zip_path is not None and zip_path.is_file())
        complete = left.folder_in_place and (zip_path is None or left.zip_in_place)
        if removed or not complete:
            vault.record_event(Action.EXPORT_ABANDONED, case_id=case_id, details={
                "bundle_id": bundle_id, "partials_removed": len(removed),
                "recorded_as_exported": recorded, "folder_in_place": left.folder_in_place,
                "zip_in_place": left.zip_in_place})
            found.append(left)
        vault.delete_note(NOTE_PREFIX + key)
    if found:
        log.warning("removed what %d interrupted exports left behind", len(found))
    return found


def sweep_unnoted_partials(vault: Vault, out_dir: Path) -> list[Leftover]:
    """Remove hidden partial exports beside `out_dir` that no note names (an older version's).

    Every export of this version notes its partials before creating them, so an unnoted one
    belongs to no running export.
    """
    parent = out_dir.parent
    try:
        candidates = [p for p in parent.iterdir() if _PARTIAL_NAME.fullmatch(p.name)]
    except OSError:
        return []
    if not candidates:
        return []
    noted: set[str] = set()
    for raw in vault.notes(NOTE_PREFIX).values():
        with contextlib.suppress(ValueError, KeyError, TypeError):
            noted.update(str(p) for p in json.loads(raw)["partials"])
    removed = tuple(str(p) for p in candidates if str(p) not in noted and _remove(p))
    if not removed:
        return []
    vault.record_event(Action.EXPORT_ABANDONED, details={
        "bundle_id": None, "partials_removed": len(removed), "recorded_as_exported": False,
        "folder_in_place": False, "zip_in_place": False, "noted": False})
    return [Leftover("", "", removed, False, False, False)]
