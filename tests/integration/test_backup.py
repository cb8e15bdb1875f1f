"""Backups (issue 9): backup -> restore -> verify, never overwriting, while others write."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from integration.test_export_support import seal_web, tall_png

from evidence_app.errors import BackupUnreadable, VaultExists, WrongPassphrase
from evidence_app.importer import import_file
from evidence_app.paths import key_file_for
from evidence_app.vault import Vault
from evidence_app.vault.backup import backup_vault, last_backup, restore_vault
from evidence_app.vault.verify import verify_vault


@pytest.fixture
def filled(vault, case, tmp_path):  # type: ignore[no-untyped-def]
    for i in range(3):
        f = tmp_path / f"photo-{i}.png"
        f.write_bytes(tall_png(400, 600, i))
        import_file(vault, case.id, f)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    import_file(vault, case.id, big)
    seal_web(vault, case.id, "https://forum.example.hk/t/1", "a web capture")
    return case


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_backup_restore_verify(vault, filled, vault_path, operator, tmp_path):
    assert last_backup(vault) is None
    res = backup_vault(vault, tmp_path / "usb" / "backup-1")
    assert res.artifacts_checked == sum(len(c.artifacts) for c in vault.list_captures(filled.id))
    files = sorted(p.name for p in res.folder.iterdir())
    assert files == ["backup.json", "vault.db", "vault.db.keys"]
    # Still encrypted: no plaintext SQLite header, no evidence text.
    raw = (res.folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"forum.example.hk" not in raw
    assert last_backup(vault) is not None
    [ev] = [e for e in vault.custody_events() if e.action == "backed_up"]
    assert ev.details["backup_id"] == res.backup_id and ev.details["folder"] == "backup-1"
    source_events = [e.hash for e in vault.custody_events()]
    source_caps = [(c.id, [a.sha256 for a in c.artifacts]) for c in vault.list_captures(filled.id)]

    to = tmp_path / "new-laptop" / "vault.db"
    restored = restore_vault(res.folder, to, PASSPHRASE, operator)
    assert restored.report.ok, restored.report.problems
    with Vault.open(to, PASSPHRASE, operator) as v:
        assert [(c.id, [a.sha256 for a in c.artifacts])
                for c in v.list_captures(filled.id)] == source_caps
        events = v.custody_events()
        # The restored chain is the source chain up to the backup, then the restore.
        assert [e.hash for e in events[:res.chain_head_seq]] == source_events[:res.chain_head_seq]
        assert events[-1].action == "restored"
        assert events[-1].details["backup_id"] == res.backup_id
        assert verify_vault(v).ok
    # The recovery key opens the restored vault too.
    Vault.reset_passphrase(to, vault.recovery_key_for_tests, "another passphrase 1",
                           operator).close()
    assert oct(to.stat().st_mode & 0o777) == "0o600"


def test_restore_never_overwrites_a_vault(vault, filled, vault_path, operator, tmp_path):
    res = backup_vault(vault, tmp_path / "b")
    vault.close()
    before = (_sha(vault_path), _sha(key_file_for(vault_path)))
    with pytest.raises(VaultExists, match="never overwrites"):
        restore_vault(res.folder, vault_path, PASSPHRASE, operator)
    assert (_sha(vault_path), _sha(key_file_for(vault_path))) == before
    # Only a key file there is refused too.
    other = tmp_path / "other" / "vault.db"
    other.parent.mkdir()
    key_file_for(other).write_text("{}")
    with pytest.raises(VaultExists):
        restore_vault(res.folder, other, PASSPHRASE, operator)
    assert not other.exists()


def test_a_damaged_backup_or_a_wrong_passphrase_restores_nothing(vault, filled, operator,
                                                                tmp_path):
    res = backup_vault(vault, tmp_path / "b")
    to = tmp_path / "r" / "vault.db"
    with pytest.raises(WrongPassphrase):
        restore_vault(res.folder, to, "not the passphrase", operator)
    db = res.folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 1
    db.write_bytes(bytes(data))
    with pytest.raises(BackupUnreadable):
        restore_vault(res.folder, to, PASSPHRASE, operator)
    assert not to.parent.exists() or list(to.parent.iterdir()) == []


def test_backup_while_another_connection_holds_a_write_transaction(vault, filled, vault_path,
                                                                   operator, tmp_path):
    """Another window is sealing something: the copy is taken meanwhile (without it), and the
    backup's custody record waits for that window's commit."""
    other = Vault.open(vault_path, PASSPHRASE, operator)
    writing, copied = threading.Event(), threading.Event()

    def writer() -> None:
        with other._write() as conn:
            conn.execute("INSERT INTO cases (id, title, ref, exhibit_prefix, created_at, "
                         "created_by) VALUES ('x', 'uncommitted', NULL, 'X', 'now', 'o')")
            writing.set()
            copied.wait(timeout=120)

    t = threading.Thread(target=writer)
    t.start()
    try:
        assert writing.wait(timeout=120)
        res = backup_vault(vault, tmp_path / "b",
                           lambda stage: copied.set() if stage == "checking" else None)
    finally:
        copied.set()
        t.join()
    assert [c.title for c in other.list_cases()].count("uncommitted") == 1
    other.close()
    assert [e.action for e in vault.custody_events()][-1] == "backed_up"
    restored = restore_vault(res.folder, tmp_path / "r" / "vault.db", PASSPHRASE, operator)
    assert restored.report.ok
    with Vault.open(tmp_path / "r" / "vault.db", PASSPHRASE, operator) as v:
        assert "uncommitted" not in [c.title for c in v.list_cases()]


def test_backup_and_restore_cli_json(vault, filled, vault_path, tmp_path):
    vault.close()
    env = dict(os.environ, EVIDENCE_APP_PASSPHRASE=PASSPHRASE)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "evidence_app", "--vault", str(vault_path),
                               *args, "--json"], capture_output=True, text=True, env=env,
                              timeout=300)

    b = cli("backup", "--out", str(tmp_path / "usb" / "b"))
    assert b.returncode == 0, b.stderr
    doc = json.loads(b.stdout)
    assert doc["ok"] and doc["artifacts_checked"] >= 5
    again = cli("restore", doc["folder"], "--to", str(vault_path))
    assert again.returncode == 3 and "never overwrites" in json.loads(again.stdout)["error"]
    r = cli("restore", doc["folder"], "--to", str(tmp_path / "r" / "vault.db"))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["verify"]["ok"] is True
    assert "Traceback" not in b.stderr + again.stderr + r.stderr
