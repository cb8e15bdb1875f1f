"""Tamper evidence: verify names each altered artifact or event; sealed rows never change."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from support.vaulttools import raw_connection

from evidence_app.errors import Cancelled, ImmutableEvidence
from evidence_app.importer import import_file
from evidence_app.integrity.canonical import check_chain
from evidence_app.vault import Vault
from evidence_app.vault import schema as schema_mod
from evidence_app.vault.connection import db_errors
from evidence_app.vault.verify import verify_vault


@pytest.fixture
def filled(vault, case, tmp_path):
    """A vault with two imports (one multi-chunk) and a case."""
    a = tmp_path / "photo.bin"
    a.write_bytes(bytes(range(256)) * 12_000)  # ~3 MiB: 3 chunks
    b = tmp_path / "note.txt"
    b.write_text("threat message 你好\n", encoding="utf-8")
    cap_a = import_file(vault, case.id, a)
    cap_b = import_file(vault, case.id, b)
    return vault, cap_a, cap_b


def _reopen(vault_path: Path, operator) -> Vault:  # type: ignore[no-untyped-def]
    return Vault.open(vault_path, PASSPHRASE, operator)


def test_clean_vault_verifies_and_verification_is_a_custody_event(filled):
    vault, cap_a, _ = filled
    report = verify_vault(vault)
    assert report.ok, report.problems
    assert report.artifacts_checked == 2
    assert report.bytes_checked == cap_a.artifacts[0].size + len("threat message 你好\n".encode())
    last = vault.custody_events()[-1]
    assert last.action == "verified" and last.details["ok"] is True
    assert check_chain([e.as_dict() for e in vault.custody_events()])[0] == []


def test_tampered_chunk_is_named(filled, vault_path, operator):
    vault, cap_a, cap_b = filled
    vault.close()
    art = cap_a.artifacts[0]
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("DROP TRIGGER chunks_no_update")
    data = bytearray(conn.execute("SELECT data FROM chunks WHERE artifact_id=? AND seq=1",
                                  (art.id,)).fetchone()[0])
    data[100] ^= 0x01
    conn.execute("UPDATE chunks SET data=? WHERE artifact_id=? AND seq=1", (bytes(data), art.id))
    conn.close()
    with _reopen(vault_path, operator) as v:
        report = verify_vault(v)
    assert not report.ok
    assert [(p.kind, p.artifact_id) for p in report.problems] == [
        ("artifact_hash_mismatch", art.id)]
    assert cap_a.id in report.problems[0].detail and art.sha256 in report.problems[0].detail


def test_tampered_artifact_record_is_named(filled, vault_path, operator):
    """Replacing content and its recorded hash together is still caught by the custody log."""
    vault, _, cap_b = filled
    vault.close()
    art = cap_b.artifacts[0]
    import hashlib

    forged = b"a harmless message\n"
    conn = raw_connection(vault_path, PASSPHRASE)
    for t in ("chunks", "artifacts"):
        conn.execute(f"DROP TRIGGER {t}_no_update")
    conn.execute("UPDATE chunks SET data=? WHERE artifact_id=?", (forged, art.id))
    conn.execute("UPDATE artifacts SET sha256=?, size=? WHERE id=?",
                 (hashlib.sha256(forged).hexdigest(), len(forged), art.id))
    conn.close()
    with _reopen(vault_path, operator) as v:
        report = verify_vault(v)
    assert [(p.kind, p.artifact_id) for p in report.problems] == [
        ("artifact_record_mismatch", art.id)]


@pytest.mark.parametrize("column,value,kind", [
    ("operator", "Someone Else", "custody_hash_mismatch"),
    ("details", '{"kind":"import","source":"other.txt"}', "custody_details_mismatch"),
    ("prev_hash", "0" * 64, "custody_broken_link"),
])
def test_tampered_custody_row_is_named(filled, vault_path, operator, column, value, kind):
    vault, cap_a, _ = filled
    target = next(e for e in vault.custody_events() if e.capture_id == cap_a.id)
    vault.close()
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("DROP TRIGGER custody_events_no_update")
    conn.execute(f"UPDATE custody_events SET {column}=? WHERE seq=?", (value, target.seq))
    conn.close()
    with _reopen(vault_path, operator) as v:
        report = verify_vault(v)
    kinds = {(p.kind, p.event_seq) for p in report.problems}
    assert (kind, target.seq) in kinds
    # Only that event is blamed (a changed prev_hash also breaks its own hash, nothing later);
    # other problems, if any, concern that event's own capture.
    assert {seq for _, seq in kinds if seq is not None} == {target.seq}
    assert {p.capture_id for p in report.problems if p.event_seq is None} <= {cap_a.id}


def test_deleted_custody_event_is_named(filled, vault_path, operator):
    vault, cap_a, _ = filled
    target = next(e for e in vault.custody_events() if e.capture_id == cap_a.id)
    vault.close()
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("DROP TRIGGER custody_events_no_delete")
    conn.execute("DELETE FROM custody_events WHERE seq=?", (target.seq,))
    conn.close()
    with _reopen(vault_path, operator) as v:
        kinds = {p.kind for p in verify_vault(v).problems}
    assert {"custody_sequence_gap", "custody_broken_link", "capture_without_custody",
            "artifact_record_mismatch"} <= kinds


@pytest.mark.parametrize("sql", [
    "UPDATE chunks SET data = x'00'",
    "DELETE FROM chunks",
    "UPDATE artifacts SET sha256 = 'x'",
    "DELETE FROM artifacts",
    "UPDATE captures SET source = 'x'",
    "DELETE FROM captures",
    "UPDATE custody_events SET operator = 'x'",
    "DELETE FROM custody_events",
    "UPDATE cases SET title = 'x'",
    "DELETE FROM cases",
])
def test_database_refuses_to_change_sealed_evidence(filled, sql):
    vault, _, _ = filled
    with pytest.raises(ImmutableEvidence), vault._write() as conn, db_errors():
        conn.execute(sql)
    assert verify_vault(vault).ok


def test_cancel_and_exceptions_leave_no_partial_capture(vault, case, tmp_path):
    src = tmp_path / "video.bin"
    src.write_bytes(b"\x01" * (5 * 1024 * 1024))
    cancel = threading.Event()

    def cancel_midway(done: int, total: int) -> None:
        if done >= 2 * 1024 * 1024:
            cancel.set()

    with pytest.raises(Cancelled):
        import_file(vault, case.id, src, progress=cancel_midway, cancel=cancel)
    with pytest.raises(RuntimeError), vault.new_capture(case.id, "web", "http://x.test/") as cap:
        cap.add_artifact("dom_html", "page.html", "text/html", b"<html>" * 1000)
        raise RuntimeError("browser crashed")
    assert vault.list_captures(case.id) == []
    assert vault._read("SELECT count(*) FROM chunks")[0][0] == 0
    assert verify_vault(vault).ok


def test_migration_backs_up_first_and_is_logged(vault, vault_path, operator, monkeypatch):
    vault.close()

    def to_2(conn):  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE takedowns (id TEXT PRIMARY KEY)")

    base = schema_mod.SCHEMA_VERSION  # the schema this version creates; one more is faked
    monkeypatch.setattr(schema_mod, "MIGRATIONS", [*schema_mod.MIGRATIONS, to_2])
    monkeypatch.setattr(schema_mod, "SCHEMA_VERSION", base + 1)
    with _reopen(vault_path, operator) as v:
        assert v._read("PRAGMA user_version")[0][0] == base + 1
        ev = v.custody_events()[-1]
        assert ev.action == "migrated" and ev.details["from"] == base
    backups = list(vault_path.parent.glob(f"vault.db.v{base}-backup-*"))
    assert [b.name for b in backups] == [ev.details["backup"]]
    # The backup is still encrypted, at the old version, and opens with the same key file.
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.close()
    import shutil

    restored = vault_path.with_name("restored.db")
    shutil.copy(backups[0], restored)
    shutil.copy(vault_path.with_name("vault.db.keys"), restored.with_name("restored.db.keys"))
    monkeypatch.setattr(schema_mod, "SCHEMA_VERSION", base)
    monkeypatch.setattr(schema_mod, "MIGRATIONS", schema_mod.MIGRATIONS[:base])
    with _reopen(restored, operator) as v:
        assert v._read("PRAGMA user_version")[0][0] == base


def test_vault_from_a_newer_version_is_refused(vault, vault_path, operator):
    from evidence_app.errors import VaultTooNew

    vault.close()
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(VaultTooNew):
        _reopen(vault_path, operator)


def test_custody_details_are_json_objects_with_hashes(filled):
    vault, cap_a, _ = filled
    ev = next(e for e in vault.custody_events() if e.capture_id == cap_a.id)
    assert ev.action == "imported"
    assert ev.details["artifacts"][0]["sha256"] == cap_a.artifacts[0].sha256
    assert ev.ts_utc.endswith("Z") and ev.local_offset[0] in "+-"
    json.dumps(ev.as_dict())


def test_writing_an_artifact_out_rechecks_its_sealed_hash(filled, tmp_path, monkeypatch):
    from evidence_app.errors import SealedHashMismatch

    vault, cap_a, _ = filled
    art = cap_a.artifacts[0]
    good = tmp_path / "good.bin"
    seen: list[int] = []
    vault.write_artifact(art, good, on_bytes=seen.append, fsync=True)
    assert good.stat().st_size == art.size == sum(seen)
    # Fault injection: the bytes read back differ from what was sealed.
    real = vault.iter_artifact
    monkeypatch.setattr(vault, "iter_artifact",
                        lambda aid: (c[:-1] + b"!" for c in real(aid)))
    bad = tmp_path / "bad.bin"
    with pytest.raises(SealedHashMismatch, match="verify"):
        vault.write_artifact(art, bad)
    assert not bad.exists()
    monkeypatch.undo()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        vault.write_artifact(art, tmp_path / "cancelled.bin", cancel=cancel)
    assert not (tmp_path / "cancelled.bin").exists()
