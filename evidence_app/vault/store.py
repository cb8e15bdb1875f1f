"""The Vault: one encrypted SQLCipher file of cases, captures, artifacts and custody events."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from evidence_app.errors import (
    EvidenceAppError,
    KeyFileMissing,
    NotFound,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    content_free,
)
from evidence_app.paths import key_file_for
from evidence_app.vault import keychange, schema
from evidence_app.vault.connection import (
    WRITE_WAIT_S,
    begin_write,
    connect,
    create_private_file,
    db_errors,
    translate,
)
from evidence_app.vault.custody import append_event, iter_events
from evidence_app.vault.keys import (
    KeyFile,
    check_passphrase_strength,
    new_recovery_key,
    new_vault_key,
)
from evidence_app.vault.models import (
    CaptureInfo,
    CustodyEvent,
    Operator,
    utc_now,
)
from evidence_app.vault.records import RecordReader
from evidence_app.vault.writer import CaptureWriter
from evidence_app.vocab import Action

log = logging.getLogger(__name__)



class Vault(RecordReader):
    """An unlocked vault. Thread-safe: one connection, serialised by a lock."""

    def __init__(self, path: Path, conn: Any, keyfile: KeyFile, operator: Operator) -> None:
        self.path = path
        self.keyfile = keyfile
        self.operator = operator
        self._conn = conn
        self._lock = threading.RLock()
        # Called with each CaptureInfo after its transaction committed (evidence_app.after_seal
        # installs the steps); a failing step is logged and never undoes the seal.
        self.after_seal: list[Callable[[Vault, CaptureInfo], None]] = []
        # Another window's long import holds the write lock: wait this long for it, calling
        # on_write_wait(seconds waited) every few seconds so a front end can say so.
        self.write_wait_s = WRITE_WAIT_S
        self.on_write_wait: Callable[[float], None] | None = None
        # The key SQLCipher already holds, kept to open a copy of this vault (backup checks).
        self._vault_key: bytes | None = None

    # --- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, operator: Operator) -> tuple[Vault, str]:
        """Create a new vault; returns it and the recovery key (to be shown once)."""
        check_passphrase_strength(passphrase)
        kpath = key_file_for(path)
        if path.exists() or kpath.exists():
            raise VaultExists()
        vault_key = new_vault_key()
        recovery = new_recovery_key()
        keyfile = KeyFile.create(vault_key, passphrase, recovery)
        create_private_file(path)
        conn = None
        try:
            conn = connect(path, vault_key)
            with db_errors():
                conn.execute("BEGIN IMMEDIATE")
                schema.MIGRATIONS[0](conn)
                for i in range(1, schema.SCHEMA_VERSION):
                    schema.MIGRATIONS[i](conn)
                conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)",
                             (keyfile.vault_id,))
                append_event(conn, operator, "vault_created",
                             details={"schema_version": schema.SCHEMA_VERSION})
                conn.execute("COMMIT")
            keyfile.save(kpath)
        except BaseException:
            if conn is not None:
                conn.close()
            # Nothing of value exists yet: remove the half-made vault so `init` can be retried.
            for p in (path, kpath, *(path.with_name(path.name + s)
                                      for s in ("-journal", "-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    p.unlink()
            raise
        vault = cls(path, conn, keyfile, operator)
        vault._vault_key = vault_key
        return vault, recovery

    @classmethod
    def open(cls, path: Path, passphrase: str, operator: Operator) -> Vault:
        """Unlock with the passphrase; WrongPassphrase leaves the files untouched."""
        keyfile = cls._load_keyfile(path)
        via_staged = False
        try:
            key = keyfile.unlock_with_passphrase(passphrase)
        except WrongPassphrase:
            # An interrupted passphrase change leaves its new key file staged (vault.keychange):
            # the new passphrase unlocks that one.
            staged = keychange.load_staged(key_file_for(path))
            if staged is None:
                raise
            key = staged.unlock_with_passphrase(passphrase)
            via_staged = True
        vault = cls._open_with_key(path, keyfile, key, operator)
        vault._finish_key_change(via_staged)
        return vault

    @classmethod
    def reset_passphrase(cls, path: Path, recovery_key: str, new_passphrase: str,
                         operator: Operator) -> Vault:
        """Set a new passphrase using the recovery key (forgotten passphrase)."""
        keyfile = cls._load_keyfile(path)
        vault_key = keyfile.unlock_with_recovery_key(recovery_key)
        vault = cls._open_with_key(path, keyfile, vault_key, operator)
        vault._finish_key_change(False)
        vault._rewrap(vault_key, new_passphrase, "passphrase_reset", {"via": "recovery key"})
        return vault

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the vault key under a new passphrase; no evidence is re-encrypted."""
        vault_key = self.keyfile.unlock_with_passphrase(old_passphrase)
        self._rewrap(vault_key, new_passphrase, "passphrase_changed", {})

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens this vault (asked again before key changes)."""
        self.keyfile.unlock_with_passphrase(passphrase)

    def replace_recovery_key(self, passphrase: str, key: str | None = None) -> str:
        """A new recovery key (the old one stops working), for a key that was lost or never
        written down; the passphrase is asked again. Returns the new key, to be shown once.

        The desktop app shows `key` (from keys.new_recovery_key) and applies it only once the
        caseworker confirms it is written down; once recorded, the change survives a crash."""
        vault_key = self.keyfile.unlock_with_passphrase(passphrase)
        key = key or new_recovery_key()
        self._rewrap(vault_key, passphrase, Action.RECOVERY_KEY_REPLACED, {}, recovery_key=key)
        return key

    def _rewrap(self, vault_key: bytes, new_passphrase: str, action: str,
                details: dict[str, Any], recovery_key: str | None = None) -> None:
        # Stage and prove the new key file, commit the event naming it, then install it: see
        # vault.keychange for why this order never lets a crash hide a change from the log.
        kpath = key_file_for(self.path)
        new = (self.keyfile.with_recovery_key(vault_key, recovery_key) if recovery_key
               else self.keyfile.with_passphrase(vault_key, new_passphrase))
        sha = keychange.stage(new, kpath, vault_key, new_passphrase, recovery_key)
        try:
            with self._write() as conn:
                append_event(conn, self.operator, action,
                             details=dict(details, key_file_sha256=sha))
        except BaseException:
            keychange.discard(kpath)
            raise
        keychange.install(kpath, sha)
        self.keyfile = new

    def _finish_key_change(self, via_staged: bool) -> None:
        """Complete or discard a passphrase change that a crash interrupted (vault.keychange)."""
        kpath = key_file_for(self.path)
        sha = keychange.staged_sha256(kpath)
        if sha is None:
            keychange.drop_stale_previous(kpath, self.keyfile.vault_id)
            return
        with self._lock, db_errors():
            actions = tuple(str(a) for a in keychange.KEY_CHANGE_ACTIONS)
            events = list(iter_events(self._conn, "WHERE action IN "
                                      f"({', '.join('?' * len(actions))})", actions))
        recorded = sha in keychange.recorded_key_files(events)
        if not recorded and via_staged:
            # Proven and unlocked with the new passphrase, but killed before its record: record
            # it now, so the log still shows every change that took effect.
            self.record_event("passphrase_changed",
                              details={"key_file_sha256": sha, "finished_when_opened": True})
            recorded = True
        if recorded:
            log.warning("finishing a passphrase change that was interrupted")
            keychange.install(kpath, sha)
            self.keyfile = KeyFile.load(kpath)
        else:
            log.warning("discarding a key file staged by an interrupted passphrase change")
            keychange.discard(kpath)

    @staticmethod
    def _load_keyfile(path: Path) -> KeyFile:
        if not path.exists():
            raise VaultNotFound(f"No vault exists at {path}. Create one with `evidence-app init`.")
        kpath = key_file_for(path)
        try:
            return KeyFile.load(kpath)
        except (KeyFileMissing, VaultCorrupt):
            # The key file kept while a new one was being installed (vault.keychange).
            prev = keychange.previous_path(kpath)
            if not prev.exists():
                raise
            log.warning("the key file is missing or damaged; using the previous one")
            return KeyFile.load(prev)

    @classmethod
    def _open_with_key(cls, path: Path, keyfile: KeyFile, key: bytes, operator: Operator) -> Vault:
        conn = connect(path, key)
        try:
            with db_errors():
                stored_id = conn.execute(
                    "SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if stored_id is None or stored_id[0] != keyfile.vault_id:
                raise VaultCorrupt("The key file beside the vault belongs to another vault.")
            vault = cls(path, conn, keyfile, operator)
            vault._vault_key = key
            vault._migrate_if_needed()
        except BaseException as e:
            conn.close()
            if isinstance(e, EvidenceAppError | KeyboardInterrupt):
                raise
            raise translate(e) from e
        return vault

    def _migrate_if_needed(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version == schema.SCHEMA_VERSION:
            return
        if version > schema.SCHEMA_VERSION:
            raise VaultTooNew()
        # The backup is a consistent, still-encrypted copy that opens with the same key file.
        # It is copied through SQLCipher, not as a file: the latest commits may still be in the
        # write-ahead log. (ATTACH cannot run inside the migration's transaction.)
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        backup = self.path.with_name(f"{self.path.name}.v{version}-backup-{stamp}")
        self.copy_database_to(backup)
        with self._write(exclusive=True) as conn:
            if conn.execute("PRAGMA user_version").fetchone()[0] != version:
                return  # another window migrated it meanwhile
            for i in range(version, schema.SCHEMA_VERSION):
                schema.MIGRATIONS[i](conn)
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            append_event(conn, self.operator, "migrated",
                         details={"from": version, "to": schema.SCHEMA_VERSION,
                                  "backup": backup.name})
        log.info("vault migrated from schema %s to %s", version, schema.SCHEMA_VERSION)

    def open_copy(self, path: Path) -> Vault:
        """Open a copy of this vault (a backup) with the key this vault was unlocked with."""
        if self._vault_key is None:
            raise VaultError("This vault was not unlocked in a way that can open its copies.")
        return Vault._open_with_key(path, KeyFile.load(key_file_for(path)), self._vault_key,
                                    self.operator)

    def copy_database_to(self, dest: Path) -> None:
        """Write a consistent copy of the encrypted database to a new file, under the same key.

        One statement copies everything in one read transaction: another process may keep
        writing, and the copy holds exactly what was committed when it started.
        """
        create_private_file(dest)
        with self._lock, db_errors():
            self._conn.execute("ATTACH DATABASE ? AS backup_copy", (str(dest),))
            try:
                # sqlcipher_export copies tables, indexes and triggers but not user_version.
                self._conn.execute("BEGIN")
                try:
                    version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
                    self._conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
                    self._conn.execute(f"PRAGMA backup_copy.user_version = {version}")
                finally:
                    self._conn.execute("COMMIT")
            finally:
                self._conn.execute("DETACH DATABASE backup_copy")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, exclusive: bool = False) -> Iterator[Any]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self._lock:
            conn = self._conn
            begin_write(conn, "BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE",
                        self.write_wait_s, self.on_write_wait)
            with db_errors():
                # Sealed rows reference each other; check the references at commit time.
                conn.execute("PRAGMA defer_foreign_keys = ON")
            try:
                with db_errors():
                    yield conn
                    conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    conn.execute("ROLLBACK")
                raise

    def transaction(self) -> contextlib.AbstractContextManager[Any]:
        """A write transaction for a feature that owns tables of its own (timestamps,
        fingerprints, take-down): its append-only rows and their custody events commit together."""
        return self._write()

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read query on a feature's own tables (our SQL, never user text)."""
        return self._read(sql, params)

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock, db_errors():
            return list(self._conn.execute(sql, params).fetchall())

    # --- captures -------------------------------------------------------------------------

    @contextlib.contextmanager
    def new_capture(self, case_id: str, kind: str, source: str, *, note: str | None = None,
                    meta: dict[str, Any] | None = None,
                    cancel: threading.Event | None = None) -> Iterator[CaptureWriter]:
        """Write a capture: sealed when the block ends normally, nothing kept otherwise.

        The writer's `sealed` attribute holds the CaptureInfo after the block.
        """
        if not self._read("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
            raise NotFound("That case does not exist.")
        prefix = self._exhibit_prefix(case_id)
        with self._write() as conn:
            writer = CaptureWriter(conn, self.operator, case_id, prefix, kind, source, note,
                                   meta or {}, cancel)
            yield writer
            with db_errors():
                writer.sealed = writer.seal()
        for step in list(self.after_seal):
            try:
                step(self, writer.sealed)
            except Exception as e:  # noqa: BLE001 - the capture is sealed; a step must not undo it
                log.error("after-seal step failed: %s", content_free(e))

    # --- custody --------------------------------------------------------------------------

    def record_event(self, action: str, *, case_id: str | None = None,
                     capture_id: str | None = None, artifact_id: str | None = None,
                     details: dict[str, Any] | None = None) -> CustodyEvent:
        """Append a custody event (viewed, exported, verified...) in its own transaction."""
        with self._write() as conn:
            return append_event(conn, self.operator, action, case_id=case_id,
                                capture_id=capture_id, artifact_id=artifact_id, details=details)

    def custody_events(self, *, case_id: str | None = None,
                       capture_id: str | None = None) -> list[CustodyEvent]:
        with self._lock, db_errors():
            if capture_id is not None:
                return list(iter_events(self._conn, "WHERE capture_id = ?", (capture_id,)))
            if case_id is not None:
                return list(iter_events(self._conn, "WHERE case_id = ?", (case_id,)))
            return list(iter_events(self._conn))

    def structural_problems(self) -> list[tuple[str, str]]:
        """Rows that reference nothing, or sealed things missing their parts or custody event."""
        checks = [
            ("orphan_chunks", "SELECT count(*) FROM chunks WHERE artifact_id NOT IN "
                              "(SELECT id FROM artifacts)",
             "{n} stored chunks belong to no artifact"),
            ("orphan_artifacts", "SELECT count(*) FROM artifacts WHERE capture_id NOT IN "
                                 "(SELECT id FROM captures)",
             "{n} artifacts belong to no capture"),
            ("capture_without_custody", "SELECT count(*) FROM captures WHERE id NOT IN (SELECT "
                                        "capture_id FROM custody_events WHERE action IN "
                                        "('captured', 'imported') AND capture_id IS NOT NULL)",
             "{n} captures have no sealing event in the custody log"),
        ]
        found = []
        for kind, sql, text in checks:
            n = self._read(sql)[0][0]
            if n:
                found.append((kind, text.format(n=n)))
        return found

    # --- notes the app keeps for itself (meta table; encrypted, not evidence) ---------------

    def set_note(self, key: str, value: str) -> None:
        """Store a small working note (e.g. an export in progress) inside the encrypted vault."""
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         (f"note/{key}", value))

    def delete_note(self, key: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (f"note/{key}",))

    def notes(self, prefix: str) -> dict[str, str]:
        """Working notes whose key starts with `prefix` (key without the prefix -> value)."""
        rows = self._read("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?",
                          (len(prefix) + 5, f"note/{prefix}"))
        return {k[len(prefix) + 5:]: v for k, v in rows}

    def chain_head(self) -> tuple[int, str]:
        rows = self._read("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1")
        return (rows[0][0], rows[0][1]) if rows else (0, "0" * 64)
