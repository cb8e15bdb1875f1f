"""Backups: a consistent, still-encrypted copy of the vault and its key file, and restoring one.

A backup is a folder holding the vault file, its key file and `backup.json` (what was copied,
when, the SHA-256 of both files and the custody chain head). The database is copied by SQLCipher
itself (`sqlcipher_export` in one read transaction), so it is consistent while another window or
command keeps working, and it stays encrypted under the same vault key: the copied key file, and
so the same passphrase and recovery key, open it. Every backup is opened and fully verified
(every artifact re-hashed, the chain re-walked) before it is declared good, and recorded in the
source vault's custody log (`backed_up`); `last_backup` reads that for the GUI's reminder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from evidence_app import __version__
from evidence_app.errors import (
    BackupCheckFailed,
    BackupError,
    BackupTargetNotEmpty,
    BackupUnreadable,
    EvidenceAppError,
    VaultExists,
)
from evidence_app.paths import key_file_for
from evidence_app.vault.keys import KeyFile, fsync_dir, write_durably
from evidence_app.vault.models import Operator, iso_utc, utc_now
from evidence_app.vault.store import Vault
from evidence_app.vault.verify import VerifyReport, verify_vault
from evidence_app.vocab import Action

log = logging.getLogger(__name__)

FORMAT = "evidence-app-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
MAX_MANIFEST_BYTES = 64 * 1024
BackupProgress = Callable[[str], None]  # a stage: "copying", "checking", "done"


@dataclass
class BackupResult:
    """What `backup_vault` wrote and checked."""

    folder: Path
    backup_id: str
    created_utc: str
    vault_sha256: str
    key_file_sha256: str
    size: int
    chain_head_seq: int
    chain_head_hash: str
    artifacts_checked: int

    def as_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "backup_id": self.backup_id,
                "created_utc": self.created_utc, "vault_sha256": self.vault_sha256,
                "key_file_sha256": self.key_file_sha256, "size": self.size,
                "chain_head_seq": self.chain_head_seq, "chain_head_hash": self.chain_head_hash,
                "artifacts_checked": self.artifacts_checked}


@dataclass
class RestoreResult:
    """Where a backup was restored and how its verification went."""

    vault_path: Path
    backup_id: str
    report: VerifyReport
    problems: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"vault": str(self.vault_path), "key_file": str(key_file_for(self.vault_path)),
                "backup_id": self.backup_id, "verify": self.report.as_dict()}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_empty_target(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupTargetNotEmpty(f"{folder} already exists and is not an empty folder. Choose "
                                   "a new folder name; nothing was changed.")


def backup_vault(vault: Vault, folder: Path, progress: BackupProgress | None = None
                 ) -> BackupResult:
    """Copy the vault and its key file into a new folder, verify the copy, record it."""
    def report(stage: str) -> None:
        if progress is not None:
            progress(stage)

    folder = Path(folder).expanduser().absolute()
    _check_empty_target(folder)
    created = utc_now()
    backup_id = f"backup-{created.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    tmp = folder.with_name(f".{folder.name}.partial-{uuid.uuid4().hex[:8]}")
    db_name, key_name = vault.path.name, key_file_for(vault.path).name
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp.mkdir(mode=0o700)
        report("copying")
        vault.copy_database_to(tmp / db_name)
        _fsync_file(tmp / db_name)
        # The key file that unlocked this vault, byte for byte as it is on disk.
        key_bytes = key_file_for(vault.path).read_bytes()
        if KeyFile.load(key_file_for(vault.path)).slots != vault.keyfile.slots:
            raise BackupError("The vault's passphrase was changed while the backup was taken; "
                              "nothing was kept. Run the backup again.")
        write_durably(tmp / key_name, key_bytes)
        report("checking")
        result = _check_copy(vault, tmp, db_name, backup_id, created)
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "backup_id": backup_id,
                    "created_utc": result.created_utc, "vault_id": vault.keyfile.vault_id,
                    "tool": {"name": "evidence-app", "version": __version__},
                    "files": {db_name: result.vault_sha256, key_name: result.key_file_sha256},
                    "chain_head": {"seq": result.chain_head_seq,
                                   "hash": result.chain_head_hash}}
        write_durably(tmp / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())
        if folder.exists():
            folder.rmdir()  # checked empty above
        os.replace(tmp, folder)
        fsync_dir(folder.parent)
    except OSError as e:
        _remove_tree(tmp)
        raise BackupError(f"The backup could not be written ({e.strerror or e}). Nothing "
                          "half-made was left behind; check the drive and try again.") from e
    except BaseException:
        _remove_tree(tmp)
        raise
    result.folder = folder
    # Recorded after the copy is checked and in place, so the log names only good backups.
    # The folder's name only: where it is kept (a USB stick's label) is not the log's business.
    vault.record_event(Action.BACKED_UP, details={
        "backup_id": backup_id, "folder": folder.name, "vault_sha256": result.vault_sha256,
        "key_file_sha256": result.key_file_sha256, "size": result.size,
        "chain_head_seq": result.chain_head_seq, "chain_head_hash": result.chain_head_hash,
        "artifacts_checked": result.artifacts_checked})
    report("done")
    log.info("backup written and checked (%d bytes)", result.size)
    return result


def _check_copy(vault: Vault, tmp: Path, db_name: str, backup_id: str,
                created: datetime) -> BackupResult:
    """Open the copy with the vault's key, re-verify everything, compare the chain heads."""
    head_before_seq, head_before_hash = vault.chain_head()
    try:
        copy = vault.open_copy(tmp / db_name)
    except EvidenceAppError as e:
        raise BackupCheckFailed() from e
    try:
        rep = verify_vault(copy, record=False)
        if copy.keyfile.vault_id != vault.keyfile.vault_id or not rep.ok:
            raise BackupCheckFailed()
        # The copy holds at least everything committed before the check, identically.
        seq, head = copy.chain_head()
        event = copy._read("SELECT hash FROM custody_events WHERE seq = ?", (head_before_seq,))
        if seq < head_before_seq or (head_before_seq and event[0][0] != head_before_hash):
            raise BackupCheckFailed()
    finally:
        copy.close()
    db = tmp / db_name
    return BackupResult(folder=tmp, backup_id=backup_id, created_utc=iso_utc(created),
                        vault_sha256=_sha256(db), key_file_sha256=_sha256(key_file_for(db)),
                        size=db.stat().st_size, chain_head_seq=seq, chain_head_hash=head,
                        artifacts_checked=rep.artifacts_checked)


def _remove_tree(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(path)


def read_backup(folder: Path) -> tuple[dict[str, Any], Path, Path]:
    """A backup's manifest and its two files, each checked against its recorded SHA-256."""
    folder = Path(folder).expanduser()
    try:
        with open(folder / MANIFEST, "rb") as f:
            raw = f.read(MAX_MANIFEST_BYTES + 1)
        doc = json.loads(raw.decode("utf-8"))
        if len(raw) > MAX_MANIFEST_BYTES or doc.get("format") != FORMAT:
            raise ValueError("format")
        if int(doc["format_version"]) > FORMAT_VERSION:
            raise BackupUnreadable("This backup was written by a newer evidence-app; update "
                                   "the app to restore it.")
        files = doc["files"]
        [key_name] = [n for n in files if n.endswith(".keys")]
        [db_name] = [n for n in files if n != key_name]
        for name in (db_name, key_name):
            if "/" in name or "\\" in name or name.startswith("."):
                raise ValueError("name")
            p = folder / name
            if p.is_symlink() or not p.is_file() or _sha256(p) != files[name]:
                raise ValueError("hash")
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as e:
        raise BackupUnreadable() from e
    return doc, folder / db_name, folder / key_name


def restore_vault(backup: Path, to: Path, passphrase: str, operator: Operator,
                  progress: BackupProgress | None = None) -> RestoreResult:
    """Copy a backup to a new vault path (never over a vault), open it and verify it."""
    def report(stage: str) -> None:
        if progress is not None:
            progress(stage)

    doc, db_src, key_src = read_backup(backup)
    to = Path(to).expanduser().absolute()
    kpath = key_file_for(to)
    if to.exists() or kpath.exists():
        raise VaultExists(f"A vault already exists at {to}; restoring never overwrites one. "
                          "Choose another path, or move that vault away first.")
    # The passphrase is checked before anything is written.
    KeyFile.load(key_src).unlock_with_passphrase(passphrase)
    tmp_db = to.with_name(f".{to.name}.restoring-{uuid.uuid4().hex[:8]}")
    tmp_key = key_file_for(tmp_db)
    report("copying")
    try:
        to.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(to.parent, 0o700)
        for src, dest in ((db_src, tmp_db), (key_src, tmp_key)):
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            shutil.copyfile(src, dest)
            _fsync_file(dest)
            if _sha256(dest) != doc["files"][src.name]:
                raise BackupCheckFailed("The restored copy does not match the backup when read "
                                        "back; nothing was restored. The drive may be failing.")
        # The key file first: a vault file without its key file would look broken.
        os.replace(tmp_key, kpath)
        os.replace(tmp_db, to)
        fsync_dir(to.parent)
    except BaseException as e:
        for p in (tmp_db, tmp_key):
            with contextlib.suppress(OSError):
                p.unlink()
        if isinstance(e, OSError):
            with contextlib.suppress(OSError):
                if not to.exists():
                    kpath.unlink()
            raise BackupError(f"The backup could not be restored ({e.strerror or e}); nothing "
                              "was left behind.") from e
        raise
    report("checking")
    with Vault.open(to, passphrase, operator) as vault:
        rep = verify_vault(vault, record=False)
        vault.record_event(Action.RESTORED, details={
            "backup_id": str(doc.get("backup_id")), "backup_created_utc":
            str(doc.get("created_utc")), "verified_ok": rep.ok,
            "artifacts_checked": rep.artifacts_checked, "problem_count": len(rep.problems)})
    report("done")
    return RestoreResult(to, str(doc.get("backup_id")), rep)


def last_backup(vault: Vault) -> datetime | None:
    """When this vault was last backed up (and checked), from its custody log; None if never."""
    rows = vault.query("SELECT ts_utc FROM custody_events WHERE action = ? "
                       "ORDER BY seq DESC LIMIT 1", (str(Action.BACKED_UP),))
    return datetime.fromisoformat(rows[0][0].replace("Z", "+00:00")) if rows else None
