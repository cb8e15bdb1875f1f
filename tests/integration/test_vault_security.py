"""The vault file on disk: encrypted, keyed by passphrase or recovery key, untouched by mistakes."""

from __future__ import annotations

import collections
import math
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from support.vaulttools import file_digest, files_containing

from evidence_app.errors import (
    KeyFileMissing,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from evidence_app.importer import import_file
from evidence_app.paths import key_file_for
from evidence_app.vault import Vault

MARKER = b"MARKER-7f3a9c-intimate-image-placeholder"


def _import_marker_file(vault: Vault, case_id: str, tmp_path: Path, size: int = 3_000_000) -> Path:
    src = tmp_path / "chat-export.txt"
    src.write_bytes((MARKER + b"\n") * (size // (len(MARKER) + 1)))
    import_file(vault, case_id, src, note="marker note " + MARKER.decode())
    return src


def _entropy_bits_per_byte(data: bytes) -> float:
    counts = collections.Counter(data)
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def test_vault_file_looks_random_and_plain_sqlite_cannot_read_it(vault, case, vault_path,
                                                                  tmp_path):
    _import_marker_file(vault, case.id, tmp_path)
    vault.close()
    data = vault_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert MARKER not in data and b"Test case" not in data and b"chat-export" not in data
    assert _entropy_bits_per_byte(data) > 7.99
    # Python's sqlite3 and the sqlite3 command line both refuse it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(str(vault_path)).execute("SELECT * FROM sqlite_master").fetchall()
    proc = subprocess.run(["sqlite3", str(vault_path), ".tables"], capture_output=True, text=True)
    assert proc.returncode != 0 and "not a database" in proc.stderr
    # Nothing beside the vault (key file, journal) holds the marker either.
    assert files_containing(vault_path.parent, MARKER) == []
    assert files_containing(tmp_path / "tmp", MARKER) == []


def test_no_plaintext_in_journal_during_an_open_transaction(vault, case, vault_path, tmp_path):
    src = tmp_path / "big.txt"
    src.write_bytes((MARKER + b"\n") * 200_000)  # ~8 MiB, several chunks
    seen: list[list[Path]] = []

    def look(done: int, total: int) -> None:
        # Mid-transaction: the journal (WAL) exists now; nothing in the folder is plaintext.
        if not seen and done >= 2 * 1024 * 1024:
            seen.append(files_containing(vault_path.parent, MARKER))
            seen.append(sorted(p.name for p in vault_path.parent.iterdir()))

    import_file(vault, case.id, src, progress=look)
    assert seen and seen[0] == []
    assert {"vault.db-journal", "vault.db-wal"} & set(seen[1])


def test_wrong_passphrase_is_clear_and_changes_nothing(vault, case, vault_path, operator):
    vault.close()
    before = file_digest(vault_path, key_file_for(vault_path))
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(vault_path, "not the passphrase", operator)
    assert "passphrase is wrong" in str(err.value)
    assert err.value.exit_code == 3
    assert file_digest(vault_path, key_file_for(vault_path)) == before
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert [c.title for c in v.list_cases()] == ["Test case"]


def test_recovery_key_sets_a_new_passphrase(vault, vault_path, operator):
    recovery = vault.recovery_key_for_tests
    vault.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(vault_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
                               "a brand new passphrase", operator)
    # Typed sloppily: lower case, spaces instead of dashes, O for 0.
    sloppy = recovery.lower().replace("-", " ").replace("0", "o")
    v = Vault.reset_passphrase(vault_path, sloppy, "a brand new passphrase", operator)
    assert v.custody_events()[-1].action == "passphrase_reset"
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE, operator)
    Vault.open(vault_path, "a brand new passphrase", operator).close()


def test_passwd_rewraps_the_key_without_reencrypting_evidence(vault, case, vault_path, operator,
                                                              tmp_path):
    _import_marker_file(vault, case.id, tmp_path, size=4_000_000)
    vault.close()
    before = vault_path.read_bytes()
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        v.change_passphrase(PASSPHRASE, "another long passphrase")
        assert v.custody_events()[-1].action == "passphrase_changed"
    after = vault_path.read_bytes()
    page = 4096
    pages = len(before) // page
    changed = sum(1 for i in range(pages) if before[i * page:(i + 1) * page]
                  != after[i * page:(i + 1) * page])
    # Only the pages the custody event touched differ; the ~1000 evidence pages are as they were.
    assert pages > 900 and changed < 10
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE, operator)
    with Vault.open(vault_path, "another long passphrase", operator) as v:
        assert v.list_cases()[0].capture_count == 1


def test_passwd_with_wrong_old_passphrase_changes_nothing(vault, vault_path):
    before = file_digest(key_file_for(vault_path))
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong old passphrase", "another long passphrase")
    assert file_digest(key_file_for(vault_path)) == before


def test_create_refuses_weak_passphrase_and_existing_vault(vault_path, operator, vault):
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path.with_name("other.db"), "short", operator)
    assert not vault_path.with_name("other.db").exists()
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, operator)


def test_missing_vault_and_missing_key_file(tmp_path, operator, vault, vault_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing.db", PASSPHRASE, operator)
    vault.close()
    key_file_for(vault_path).rename(tmp_path / "moved.keys")
    with pytest.raises(KeyFileMissing):
        Vault.open(vault_path, PASSPHRASE, operator)


def test_vault_files_are_private_to_the_user(vault, vault_path):
    assert vault_path.stat().st_mode & 0o077 == 0
    assert key_file_for(vault_path).stat().st_mode & 0o077 == 0
