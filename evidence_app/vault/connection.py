"""Opening the SQLCipher file with the vault key, and turning SQLite errors into ours."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
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
JOURNAL_MODE = "WAL"
WRITE_WAIT_S = 600.0  # how long a write waits for another window's write before VaultBusy
WRITE_POLL_S = 2.0  # how often the wait is reported
WAL_SIZE_LIMIT = 64 * 1024 * 1024
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
        # Write-ahead log (encrypted pages, like the database). With a rollback journal a long
        # import locked every other window and command out once its page cache spilled (a
        # 600 MiB import: readers failed with VaultBusy after 15 s); with WAL they keep reading
        # (benchmarks/vault_concurrency.py: 0 of 34 failed). The cost is a second write of each
        # page at the checkpoint: 150 MiB imported in 6.5 s instead of 5.9 s, 600 MiB in 36 s
        # instead of 14 s, on a busy 2-core machine. An interrupted transaction is simply not
        # in the log on the next open. After a checkpoint
        # the WAL file is cut back, so a big import does not leave a file of its size behind.
        conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
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


def begin_write(conn: Any, statement: str, wait_s: float,
                on_wait: Callable[[float], None] | None) -> None:
    """Begin a write transaction, waiting up to `wait_s` for another connection's write.

    Readers never wait (WAL); a writer waits for the one writer before it, reporting the time
    waited every WRITE_POLL_S through `on_wait`, instead of failing after the busy timeout.
    """
    started = time.monotonic()
    conn.execute(f"PRAGMA busy_timeout = {int(WRITE_POLL_S * 1000)}")
    try:
        while True:
            try:
                conn.execute(statement)
                return
            except sqlcipher3.DatabaseError as e:
                err = translate(e)
                waited = time.monotonic() - started
                if not isinstance(err, VaultBusy) or waited >= wait_s:
                    raise err from e
                if on_wait is not None:
                    on_wait(waited)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

