"""The key file write (issue 9 item 4): short writes, damaged KDF settings, kills mid-change."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from evidence_app.errors import KeyFileWriteFailed, VaultCorrupt, WrongPassphrase, WrongRecoveryKey
from evidence_app.paths import key_file_for
from evidence_app.vault import Vault, keychange

NEW = "a brand new passphrase 42"


def _changes(v: Vault) -> list[dict[str, object]]:
    return [e.details for e in v.custody_events() if e.action == "passphrase_changed"]


def _assert_old_still_works(vault_path: Path, operator, recovery: str) -> None:  # type: ignore[no-untyped-def]
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert _changes(v) == []
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, NEW, operator)
    Vault.reset_passphrase(vault_path, recovery, PASSPHRASE, operator).close()
    kpath = key_file_for(vault_path)
    assert not keychange.staged_path(kpath).exists()
    assert not keychange.previous_path(kpath).exists()


def test_short_writes_are_followed_until_the_whole_file_is_written(vault, vault_path, operator,
                                                                   monkeypatch):
    real_write = os.write
    calls = []

    def half_write(fd: int, data: bytes) -> int:  # what a signal or a network drive can do
        calls.append(len(data))
        return real_write(fd, bytes(data[:max(1, len(data) // 2)]))

    monkeypatch.setattr(os, "write", half_write)
    vault.change_passphrase(PASSPHRASE, NEW)
    monkeypatch.undo()
    assert len(calls) > 3
    vault.close()
    with Vault.open(vault_path, NEW, operator) as v:
        assert len(_changes(v)) == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE, operator)


def test_a_write_that_loses_bytes_fails_clearly_and_keeps_the_old_keys(vault, vault_path,
                                                                       operator, monkeypatch):
    recovery = vault.recovery_key_for_tests
    real_write = os.write

    def lying_write(fd: int, data: bytes) -> int:  # reports every byte, writes half
        real_write(fd, bytes(data[:len(data) // 2]))
        return len(data)

    monkeypatch.setattr(os, "write", lying_write)
    with pytest.raises(KeyFileWriteFailed, match="NOT changed"):
        vault.change_passphrase(PASSPHRASE, NEW)
    monkeypatch.undo()
    vault.close()
    _assert_old_still_works(vault_path, operator, recovery)


def test_a_full_disk_during_the_key_write_fails_clearly(vault, vault_path, operator, monkeypatch):
    recovery = vault.recovery_key_for_tests
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        if len(data) > 10:
            return real_write(fd, bytes(data[:10]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(KeyFileWriteFailed, match="old passphrase and the recovery key still"):
        vault.change_passphrase(PASSPHRASE, NEW)
    monkeypatch.undo()
    vault.close()
    _assert_old_still_works(vault_path, operator, recovery)


@pytest.mark.parametrize("field,value", [
    ("memory_kib", 2**40), ("memory_kib", 4), ("iterations", 10**9), ("iterations", 0),
    ("lanes", 0), ("lanes", 2**24), ("memory_kib", "65536"), ("iterations", True),
    ("memory_kib", 1e300),
])
def test_absurd_kdf_settings_are_a_damaged_key_file(vault, vault_path, operator, field, value):
    recovery = vault.recovery_key_for_tests
    vault.close()
    kpath = key_file_for(vault_path)
    doc = json.loads(kpath.read_text())
    for slot in doc["slots"].values():
        slot["kdf"][field] = value
    kpath.write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt, match="key file is damaged"):
        Vault.open(vault_path, PASSPHRASE, operator)
    with pytest.raises(VaultCorrupt, match="key file is damaged"):
        Vault.reset_passphrase(vault_path, recovery, NEW, operator)


def test_absurd_kdf_settings_in_the_cli_exit_3_without_traceback(vault, vault_path):
    vault.close()
    kpath = key_file_for(vault_path)
    doc = json.loads(kpath.read_text())
    doc["slots"]["passphrase"]["kdf"]["memory_kib"] = 2**42
    kpath.write_text(json.dumps(doc))
    env = dict(os.environ, EVIDENCE_APP_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([sys.executable, "-m", "evidence_app", "--vault", str(vault_path),
                           "verify"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 3
    assert "key file is damaged" in proc.stderr and "Traceback" not in proc.stderr


# A child that changes the passphrase and kills itself with SIGKILL at one point of the change.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from evidence_app.vault import Operator, Vault, keychange
    vault_path, old, new, point = sys.argv[1:5]
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    if point == "before_record":
        real_stage = keychange.stage
        def stage(*a, **k):
            real_stage(*a, **k)
            die()
        keychange.stage = stage
    elif point == "after_record":
        keychange.install = lambda *a, **k: die()
    elif point in ("after_link", "after_rename"):
        real_link, real_replace = os.link, os.replace
        def link(*a, **k):
            real_link(*a, **k)
            if point == "after_link":
                die()
        def replace(*a, **k):
            real_replace(*a, **k)
            die()
        keychange.os.link = link
        keychange.os.replace = replace
    v = Vault.open(Path(vault_path), old, Operator("child", "test"))
    v.change_passphrase(old, new)
    print("changed", flush=True)
""")


@pytest.mark.parametrize("point,changed", [
    ("before_record", False), ("after_record", True), ("after_link", True),
    ("after_rename", True),
])
@pytest.mark.parametrize("reopen_with", ["old", "new"])
def test_a_kill_during_the_change_never_hides_it_from_the_log(vault, vault_path, operator, point,
                                                             changed, reopen_with):
    recovery = vault.recovery_key_for_tests
    vault.close()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE, NEW, point],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    kpath = key_file_for(vault_path)
    first = PASSPHRASE if reopen_with == "old" else NEW
    if not changed and reopen_with == "new":
        # Killed before the record, but the new key file was proven: typing the new passphrase
        # finishes the change, and records it then.
        changed = True
    if changed and reopen_with == "old" and point == "after_rename":
        # The new key file was already in place: the old passphrase no longer opens.
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, PASSPHRASE, operator)
        first = NEW
    with Vault.open(vault_path, first, operator) as v:
        assert len(_changes(v)) == (1 if changed else 0)
        if changed:
            assert _changes(v)[0]["key_file_sha256"] == keychange._sha256(kpath)
            late = point == "before_record"
            assert _changes(v)[0].get("finished_when_opened", False) is late
    assert not keychange.staged_path(kpath).exists()
    assert not keychange.previous_path(kpath).exists()
    # Whatever happened, the log and the key file now agree, and the recovery key still works.
    now_works, now_fails = (NEW, PASSPHRASE) if changed else (PASSPHRASE, NEW)
    Vault.open(vault_path, now_works, operator).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, now_fails, operator)
    Vault.reset_passphrase(vault_path, recovery, "after the crash test", operator).close()


def test_a_damaged_key_file_falls_back_to_the_kept_previous_one(vault, vault_path, operator):
    vault.close()
    kpath = key_file_for(vault_path)
    keychange.previous_path(kpath).write_bytes(kpath.read_bytes())
    kpath.write_bytes(b"")  # what a lost write leaves
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert v.list_cases() == []
    assert keychange.previous_path(kpath).exists()  # still needed: the current one is damaged


# A child that makes a new recovery key and kills itself before or after the record.
NEW_KEY_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from evidence_app.vault import Operator, Vault, keychange
    from evidence_app.vault.keys import new_recovery_key  # noqa: PLC0415
    vault_path, passphrase, point, key = sys.argv[1:5]
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    if point == "before_record":
        real_stage = keychange.stage
        def stage(*a, **k):
            real_stage(*a, **k)
            die()
        keychange.stage = stage
    else:
        keychange.install = lambda *a, **k: die()
    v = Vault.open(Path(vault_path), passphrase, Operator("child", "test"))
    v.replace_recovery_key(passphrase, key)
""")


@pytest.mark.parametrize("point,replaced", [("before_record", False), ("after_record", True)])
def test_a_kill_while_making_a_new_recovery_key_leaves_one_key_that_the_log_explains(
        vault, vault_path, operator, point, replaced):
    from evidence_app.vault.keys import new_recovery_key  # noqa: PLC0415

    old = vault.recovery_key_for_tests
    vault.close()
    new = new_recovery_key()
    proc = subprocess.run([sys.executable, "-c", NEW_KEY_CHILD, str(vault_path), PASSPHRASE,
                           point, new], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    kpath = key_file_for(vault_path)
    with Vault.open(vault_path, PASSPHRASE, operator) as v:  # the passphrase never changed
        events = [e for e in v.custody_events() if e.action == "recovery_key_replaced"]
        assert len(events) == (1 if replaced else 0)
        if replaced:
            assert events[0].details["key_file_sha256"] == keychange._sha256(kpath)
    assert not keychange.staged_path(kpath).exists()
    works, fails = (new, old) if replaced else (old, new)
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(vault_path, fails, "after the crash test", operator)
    Vault.reset_passphrase(vault_path, works, "after the crash test", operator).close()
