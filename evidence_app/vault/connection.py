"""Opening the SQLCipher file with the vault key, and turning SQLite errors into ours."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from evidence_app.errors import (
    DiskFull,
    EvidenceAppError,
    ImmutableEvidence,
    VaultBusy,
    VaultCorrupt,
    VaultWriteError,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 15.0
DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, key: bytes) -> Any:
    """Open (or create) the encrypted database and apply the vault's settings."""
    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                              check_same_thread=False)
    try:
        # SQLCipher logs decryption failures on stderr; our errors say it better.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Temporary tables and sort files stay in memory: nothing in plaintext on disk.
        conn.execute("PRAGMA temp_store = MEMORY")
        # A rollback journal (encrypted pages, like the database) rather than WAL: a large import
        # is written once, and an interrupted transaction is rolled back on the next open.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as e:
        conn.close()
        raise translate(e) from e
    return conn


def create_private_file(path: Path) -> None:
    """Create an empty file only the user can read, so SQLite's files inherit that mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def translate(e: BaseException) -> EvidenceAppError:
    """Map a SQLite/SQLCipher exception to the error a user can act on."""
    text = str(e).lower()
    if "immutable" in text:
        return ImmutableEvidence()
    if "full" in text:
        return DiskFull()
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultCorrupt()
    if "disk i/o" in text or "readonly" in text or "unable to open" in text:
        return VaultWriteError()
    log.error("unexpected database error: %s", type(e).__name__)
    return VaultWriteError(f"The vault reported an unexpected error ({type(e).__name__}). "
                           "Nothing was changed; try again, and keep the vault file as it is.")


@contextlib.contextmanager
def db_errors() -> Iterator[None]:
    """Re-raise database exceptions as user-facing errors."""
    try:
        yield
    except sqlcipher3.DatabaseError as e:
        raise translate(e) from e
