"""Changing the passphrase safely: stage and prove the new key file, record, then install it.

The order, and why:

1. The new key file is written beside the old one as `NAME.keys.new` (every byte, fsynced, the
   folder fsynced), read back and unlocked with the new passphrase. Nothing has changed yet: a
   failure here removes it and the old passphrase and recovery key keep working.
2. The custody event (`passphrase_changed` / `passphrase_reset`) is committed, naming the staged
   file's SHA-256. This is the point of no return.
3. The old key file is kept as `NAME.keys.prev`, the staged one renamed over it, read back and
   checked against the recorded SHA-256, and only then is `.prev` removed.

A crash (or kill) before step 2 leaves the old key file in force and an unrecorded staged file,
which the next open discards: the change did not happen and the log says nothing. A crash after
step 2 leaves a recorded change whose staged file the next open installs (`finish_pending`): the
change happens, late, exactly as the log says. The log therefore never misses a change that took
effect, whichever passphrase the user types next (the old one, or the new one, which unlocks the
staged file).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from evidence_app.errors import EvidenceAppError, KeyFileInstallFailed, KeyFileWriteFailed
from evidence_app.vault.keys import KeyFile, fsync_dir, write_durably
from evidence_app.vocab import Action

log = logging.getLogger(__name__)

KEY_CHANGE_ACTIONS = frozenset({Action.PASSPHRASE_CHANGED, Action.PASSPHRASE_RESET,
                                Action.RECOVERY_KEY_REPLACED})


def staged_path(kpath: Path) -> Path:
    return kpath.with_name(kpath.name + ".new")


def previous_path(kpath: Path) -> Path:
    return kpath.with_name(kpath.name + ".prev")


def stage(new: KeyFile, kpath: Path, vault_key: bytes, new_passphrase: str,
          new_recovery_key: str | None = None) -> str:
    """Step 1: write the new key file as `.new` and prove it (with the passphrase, and the new
    recovery key when that is what changes); returns its SHA-256."""
    data = new.to_json().encode("utf-8")
    staged = staged_path(kpath)
    try:
        write_durably(staged, data)
        if staged.read_bytes() != data:
            raise KeyFileWriteFailed("The new key file read back differs from what was written, "
                                     "so the passphrase was NOT changed: the old passphrase and "
                                     "the recovery key still open the vault. Check the drive.")
        proof = KeyFile.load(staged)
        if proof.unlock_with_passphrase(new_passphrase) != vault_key:
            raise KeyFileWriteFailed()
        if (new_recovery_key is not None
                and proof.unlock_with_recovery_key(new_recovery_key) != vault_key):
            raise KeyFileWriteFailed()
    except KeyFileWriteFailed:
        discard(kpath)
        raise
    except (OSError, EvidenceAppError) as e:
        discard(kpath)
        raise KeyFileWriteFailed() from e
    return hashlib.sha256(data).hexdigest()


def install(kpath: Path, sha256: str) -> None:
    """Step 3: swap the staged key file in, keeping the previous one until the swap is proven."""
    staged = staged_path(kpath)
    prev = previous_path(kpath)
    try:
        if _sha256(staged) != sha256:
            raise KeyFileInstallFailed("The staged key file no longer matches the one recorded; "
                                       "it was not installed. Keep the vault files as they are "
                                       "and contact support.")
        if kpath.exists():
            with contextlib.suppress(FileNotFoundError):
                prev.unlink()
            try:
                os.link(kpath, prev)
            except OSError:  # a file system without hard links
                shutil.copy2(kpath, prev)
            fsync_dir(kpath.parent)
        os.replace(staged, kpath)
        fsync_dir(kpath.parent)
        if _sha256(kpath) != sha256:
            os.replace(prev, kpath)
            fsync_dir(kpath.parent)
            raise KeyFileInstallFailed()
    except OSError as e:
        raise KeyFileInstallFailed() from e
    with contextlib.suppress(FileNotFoundError):
        prev.unlink()
    fsync_dir(kpath.parent)


def discard(kpath: Path) -> None:
    """Remove a staged key file that was never recorded."""
    with contextlib.suppress(FileNotFoundError):
        staged_path(kpath).unlink()
        fsync_dir(kpath.parent)


def recorded_key_files(events: list[Any]) -> set[str]:
    """SHA-256s of key files named by passphrase change events in the custody log."""
    return {str(e.details.get("key_file_sha256")) for e in events
            if e.action in KEY_CHANGE_ACTIONS and e.details}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def staged_sha256(kpath: Path) -> str | None:
    try:
        return _sha256(staged_path(kpath))
    except FileNotFoundError:
        return None


def load_staged(kpath: Path) -> KeyFile | None:
    """The staged key file of an interrupted change, if there is a readable one."""
    staged = staged_path(kpath)
    if not staged.exists():
        return None
    try:
        return KeyFile.load(staged)
    except EvidenceAppError:
        return None


def drop_stale_previous(kpath: Path, vault_id: str) -> None:
    """Remove `.prev` once the current key file is readable: it wraps the old passphrase."""
    prev = previous_path(kpath)
    if not prev.exists():
        return
    try:
        if KeyFile.load(kpath).vault_id != vault_id:
            return
    except EvidenceAppError:
        return  # the current one is damaged: `.prev` is what opened the vault
    with contextlib.suppress(FileNotFoundError):
        prev.unlink()
    fsync_dir(kpath.parent)
