"""Trusted time against local TSAs (`openssl ts -reply` on 127.0.0.1): granted, pending while a
TSA is down, failed when its answer does not verify, and re-checked by `verify`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from pypdf import PdfReader
from support.tsaserver import LocalTsa
from support.vaulttools import raw_connection

from evidence_app import after_seal
from evidence_app.importer import import_file
from evidence_app.integrity import timestamps
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case
from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault

WAIT_S = 60.0


@pytest.fixture
def tsas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Two local TSAs with their own roots, configured the way a user would."""
    servers = [LocalTsa(tmp_path / f"tsa{i}").start() for i in (1, 2)]
    roots = tmp_path / "tsa-roots.pem"
    roots.write_bytes(b"".join(s.root_pem.read_bytes() for s in servers))
    monkeypatch.setenv("EVIDENCE_APP_TSA", " ".join(s.url for s in servers))
    monkeypatch.setenv("EVIDENCE_APP_TSA_ROOTS", str(roots))
    yield servers
    for s in servers:
        s.stop()


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    f = tmp_path / "threat.txt"
    f.write_text("I will post the pictures\n", encoding="utf-8")
    return f


def _seal(vault: Vault, case_id: str, f: Path):  # type: ignore[no-untyped-def]
    after_seal.install(vault)
    cap = import_file(vault, case_id, f)
    assert timestamps.wait(vault, WAIT_S)
    return cap


def test_an_import_gets_a_verified_token_from_each_tsa(vault, case, tsas, evidence):
    heard: list[timestamps.Outcome] = []
    timestamps.on_outcome(vault, heard.append)
    cap = _seal(vault, case.id, evidence)
    assert sorted((o.capture_id, o.status) for o in heard) == [(cap.id, "granted")] * 2
    stamps = timestamps.capture_timestamps(vault, cap.id)
    assert [(a.tsa, a.status) for a in stamps] == [(s.url.split("/")[2], "granted") for s in tsas]
    for a in stamps:
        assert a.tsa_time and a.tsa_time.endswith("Z") and a.serial and a.serial.startswith("0x")
        assert a.token and "BEGIN CERTIFICATE" in (a.chain_pem or "") and not a.clock_warning
        doc = json.loads(a.digest_input)
        assert doc["capture_id"] == cap.id and doc["format"] == "evidence-app-timestamp/1"
    stamped = [e for e in vault.custody_events(capture_id=cap.id) if e.action == "timestamped"]
    assert sorted(e.details["tsa"] for e in stamped) == sorted(a.tsa for a in stamps)
    assert verify_vault(vault).ok


def test_timestamps_off_requests_nothing(vault, case, evidence, monkeypatch, tmp_path):
    tsa = LocalTsa(tmp_path / "tsa").start()
    try:
        monkeypatch.setenv("EVIDENCE_APP_TSA", "none")
        cap = _seal(vault, case.id, evidence)
        assert timestamps.capture_timestamps(vault, cap.id) == [] and tsa.requests == 0
    finally:
        tsa.stop()


def _cli(*args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    import os
    import sys

    env = dict(os.environ, EVIDENCE_APP_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([sys.executable, "-m", "evidence_app", *args, "--json"],
                          capture_output=True, text=True, env=env, timeout=180)
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_tsa_down_leaves_pending_then_timestamp_grants(tsas, evidence, tmp_path):
    for s in tsas:
        s.mode = "down"
    vault = str(tmp_path / "cli" / "vault.db")
    assert _cli("--vault", vault, "init")[0] == 0
    assert _cli("--vault", vault, "case", "new", "Down", "--ref", "D-1")[0] == 0
    code, doc, err = _cli("--vault", vault, "import", "--case", "D-1", str(evidence))
    assert code == 0 and doc["ok"]  # an unreachable TSA never fails the capture
    assert "trusted time: 0 granted, 0 failed, 2 unanswered" in err and "stay pending" in err
    cap = doc["results"][0]["capture_id"]
    code, shown, _ = _cli("--vault", vault, "show", cap)
    assert [t["status"] for t in shown["capture"]["timestamps"]] == ["pending", "pending"]
    assert all("unreachable" in (t["error"] or "") for t in shown["capture"]["timestamps"])
    for s in tsas:
        s.mode = "ok"
    code, doc, _ = _cli("--vault", vault, "timestamp")
    assert code == 0 and doc["granted"] == 2 and doc["still_pending"] == 0, doc
    code, shown, _ = _cli("--vault", vault, "show", cap)
    stamps = shown["capture"]["timestamps"]
    assert [t["status"] for t in stamps] == ["granted", "granted"]
    assert all(t["time"].endswith("Z") and t["serial"] and t["error"] is None for t in stamps)
    assert _cli("--vault", vault, "verify")[0] == 0


def test_a_tsa_answering_garbage_is_failed_never_granted(vault, case, tsas, evidence):
    tsas[1].mode = "garbage"
    cap = _seal(vault, case.id, evidence)
    by_tsa = {a.tsa_url: a for a in timestamps.capture_timestamps(vault, cap.id)}
    assert by_tsa[tsas[0].url].status == "granted"
    bad = by_tsa[tsas[1].url]
    assert bad.status == "failed" and bad.token is None and bad.tsa_time is None
    assert "not an RFC 3161 time-stamp response" in (bad.error or "")
    events = vault.custody_events(capture_id=cap.id)
    assert [e.details["tsa"] for e in events if e.action == "timestamp_failed"] == [bad.tsa]
    assert bad.tsa not in [e.details["tsa"] for e in events if e.action == "timestamped"]
    # `timestamp` asks for pending ones only; a failed one stays failed unless asked again.
    outcomes, done = timestamps.request_pending(vault, WAIT_S)
    assert done and outcomes == []
    assert timestamps.retry_failed(vault) == 1
    outcomes, done = timestamps.request_pending(vault, WAIT_S)
    assert [(o.status, o.tsa) for o in outcomes] == [("failed", bad.tsa)]


def test_a_token_over_another_digest_is_rejected(vault, case, tsas, evidence):
    tsas[0].mode = "other_digest"
    cap = _seal(vault, case.id, evidence)
    a = {a.tsa_url: a for a in timestamps.capture_timestamps(vault, cap.id)}[tsas[0].url]
    assert a.status == "failed" and "different digest" in (a.error or "")


def test_a_token_moved_to_another_capture_is_named_by_verify(vault, case, tsas, evidence,
                                                             vault_path, operator, tmp_path):
    cap_a = _seal(vault, case.id, evidence)
    other = tmp_path / "other.txt"
    other.write_text("another message")
    cap_b = _seal(vault, case.id, other)
    vault.close()
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("DROP TRIGGER timestamp_attempts_no_update")
    token_a = conn.execute("SELECT token FROM timestamp_attempts WHERE capture_id=? AND "
                           "status='granted' AND tsa_url=?", (cap_a.id, tsas[0].url)).fetchone()[0]
    conn.execute("UPDATE timestamp_attempts SET token=? WHERE capture_id=? AND status='granted' "
                 "AND tsa_url=?", (token_a, cap_b.id, tsas[0].url))
    conn.close()
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        report = verify_vault(v)
    kinds = {(p.kind, p.capture_id) for p in report.problems}
    assert ("timestamp_invalid", cap_b.id) in kinds and ("timestamp_unrecorded", cap_b.id) in kinds
    assert all(p.capture_id == cap_b.id for p in report.problems)
    detail = next(p.detail for p in report.problems if p.kind == "timestamp_invalid")
    assert tsas[0].url.split("/")[2] in detail and "different digest" in detail


def test_a_tampered_artifact_names_its_tokens(vault, case, tsas, evidence, vault_path, operator):
    cap = _seal(vault, case.id, evidence)
    vault.close()
    art = cap.artifacts[0]
    conn = raw_connection(vault_path, PASSPHRASE)
    conn.execute("DROP TRIGGER chunks_no_update")
    conn.execute("UPDATE chunks SET data=? WHERE artifact_id=?", (b"a harmless message\n", art.id))
    conn.close()
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        report = verify_vault(v)
    named = [p for p in report.problems if p.kind == "timestamp_covers_altered_evidence"]
    assert sorted(p.detail.split(" for capture")[0] for p in named) == sorted(
        f"the trusted timestamp from {s.url.split('/')[2]}" for s in tsas)
    assert all(p.capture_id == cap.id for p in named)
    assert report.as_dict()["timestamps_checked"] == 2


def _openssl_verify(bundle: Path, token: str, data: str,
                    pem: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", "ts", "-verify", "-in", token, "-data", data,
                           "-CAfile", pem], cwd=bundle, capture_output=True, text=True,
                          timeout=60)


def test_the_bundle_carries_tokens_that_openssl_verifies(vault, case, tsas, evidence, tmp_path):
    cap = _seal(vault, case.id, evidence)
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle", make_zip=True))
    root = res.bundle_dir
    assert res.zip_path is not None and verify_bundle(res.zip_path).ok  # the zip carries them too
    doc = json.loads((root / "bundle.json").read_text(encoding="utf-8"))
    section = doc["timestamps"]
    assert section["manifest_token"] == "manifest.sha256.tsr"
    assert section["custody_token"]["status"] == "granted"
    [ex] = section["exhibits"]
    assert ex["capture_id"] == cap.id and len(ex["tokens"]) == 2
    stamped = [f"timestamps/{p.name}" for p in (root / "timestamps").iterdir()]
    assert sorted(stamped) == sorted(n for n in doc["files"] if n.startswith("timestamps/"))
    assert len([n for n in stamped if n.endswith(".tsr")]) == 3  # 2 exhibit + custody
    assert len([n for n in stamped if n.endswith(".pem")]) == 2
    manifest_lines = (root / "manifest.sha256").read_text(encoding="utf-8")
    assert "manifest.sha256.tsr" not in manifest_lines and "timestamps/" in manifest_lines
    assert res.as_dict()["timestamp"]["status"] == "granted"
    pem = section["custody_token"]["certificates"]
    # The recipient's check, exactly as VERIFY.txt gives it.
    verify_txt = (root / "VERIFY.txt").read_text(encoding="utf-8")
    assert (f'openssl ts -verify -in "manifest.sha256.tsr" -data "manifest.sha256" '
            f'-CAfile "{pem}"') in verify_txt
    ok = _openssl_verify(root, "manifest.sha256.tsr", "manifest.sha256", pem)
    assert ok.returncode == 0 and "Verification: OK" in ok.stdout, ok.stderr
    for t in ex["tokens"]:
        assert f'-in "{t["file"]}" -data "{ex["input"]}" -CAfile "{t["certificates"]}"' in \
            verify_txt
        r = _openssl_verify(root, t["file"], ex["input"], t["certificates"])
        assert r.returncode == 0 and "Verification: OK" in r.stdout, r.stderr
    assert verify_bundle(root).ok, verify_bundle(root).problems
    pdf_text = "".join(page.extract_text() for page in PdfReader(root / "report.pdf").pages)
    assert "Trusted timestamps (RFC 3161)" in pdf_text and "Bundle timestamp" in pdf_text
    assert tsas[0].url.split("/")[2] in pdf_text
    # One byte of the manifest changed: openssl and verify-bundle both refuse it.
    data = bytearray((root / "manifest.sha256").read_bytes())
    data[10] = ord("0") if data[10] != ord("0") else ord("1")
    (root / "manifest.sha256").write_bytes(bytes(data))
    bad = _openssl_verify(root, "manifest.sha256.tsr", "manifest.sha256", pem)
    assert bad.returncode != 0 and "Verification: OK" not in bad.stdout
    kinds = {(p["kind"], p.get("file")) for p in verify_bundle(root).problems}
    assert ("timestamp_invalid", "manifest.sha256.tsr") in kinds


def test_an_offline_export_says_so_and_still_verifies(vault, case, tsas, evidence, tmp_path):
    _seal(vault, case.id, evidence)
    for s in tsas:
        s.mode = "down"
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle"))
    root = res.bundle_dir
    assert not (root / "manifest.sha256.tsr").exists()
    doc = json.loads((root / "bundle.json").read_text(encoding="utf-8"))
    assert doc["timestamps"]["custody_token"]["status"] == "offline"
    assert doc["timestamps"]["manifest_token"] is None
    assert verify_bundle(root).ok  # the exhibits' own tokens still check
    cover = PdfReader(root / "report.pdf").pages[0].extract_text()
    assert "Not timestamped: offline at export" in cover
    assert "not timestamped when it was exported" in (root / "VERIFY.txt").read_text("utf-8")


def test_a_removed_exhibit_token_is_named_by_verify_bundle(vault, case, tsas, evidence,
                                                           tmp_path):
    _seal(vault, case.id, evidence)
    root = export_case(vault, case.id, ExportOptions(tmp_path / "bundle")).bundle_dir
    doc = json.loads((root / "bundle.json").read_text(encoding="utf-8"))
    victim = doc["timestamps"]["exhibits"][0]["tokens"][1]["file"]
    (root / victim).write_bytes(b"forged")
    problems = verify_bundle(root).problems
    assert ("timestamp_invalid", victim) in {(p["kind"], p.get("file")) for p in problems}


@pytest.mark.browser
def test_a_web_capture_from_the_cli_is_timestamped_before_it_exits(tsas, page_server, tmp_path):
    url = page_server.add("/timestamps/web", "<title>stamped</title><p>a threatening post</p>")
    vault = str(tmp_path / "cli" / "vault.db")
    assert _cli("--vault", vault, "init")[0] == 0
    assert _cli("--vault", vault, "case", "new", "Web", "--ref", "W-1")[0] == 0
    code, doc, _ = _cli("--vault", vault, "capture", "--case", "W-1", url, "--timeout", "60")
    assert code == 0, doc
    cap = doc["results"][0]["capture_id"]
    code, shown, _ = _cli("--vault", vault, "show", cap)
    stamps = shown["capture"]["timestamps"]
    assert [t["status"] for t in stamps] == ["granted", "granted"]
    assert {t["tsa"] for t in stamps} == {s.url.split("/")[2] for s in tsas}


def test_a_clock_two_minutes_off_is_warned_about(vault, case, tsas, evidence, monkeypatch,
                                                 tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from evidence_app.cli.timestamp_cmds import show_lines
    from evidence_app.integrity.timestamps import service, tsa

    def slow_clock_here(url, message, config):  # type: ignore[no-untyped-def]
        # Fault injection: the TSA's signed time is 10 minutes ahead of this computer's clock.
        token = tsa.request_token(url, message, config)
        return replace(token, gen_time=token.gen_time + timedelta(minutes=10))

    monkeypatch.setattr(service, "request_token", slow_clock_here)
    cap = _seal(vault, case.id, evidence)
    stamps = timestamps.capture_timestamps(vault, cap.id)
    assert all(a.clock_warning and 590 < (a.clock_skew_s or 0) < 610 for a in stamps)
    assert any("WARNING" in line and "clock" in line for line in show_lines(stamps))
    events = [e for e in vault.custody_events(capture_id=cap.id) if e.action == "timestamped"]
    assert events and all(e.details["clock_warning"] for e in events)
    root = export_case(vault, case.id, ExportOptions(tmp_path / "bundle")).bundle_dir
    pdf_text = "".join(p.extract_text() for p in PdfReader(root / "report.pdf").pages)
    assert "Clock warning" in pdf_text and "behind" in pdf_text


def test_captures_sealed_while_off_are_stamped_by_timestamp_later(vault, case, tsas, evidence,
                                                                  monkeypatch):
    monkeypatch.setenv("EVIDENCE_APP_TSA", "none")
    cap = _seal(vault, case.id, evidence)
    assert timestamps.capture_timestamps(vault, cap.id) == []
    monkeypatch.setenv("EVIDENCE_APP_TSA", " ".join(s.url for s in tsas))
    assert timestamps.reload(vault).enabled  # as the GUI does after Settings changed
    outcomes, done = timestamps.request_pending(vault, WAIT_S)
    assert done and sorted(o.status for o in outcomes) == ["granted", "granted"]
    assert verify_vault(vault).ok


def test_a_version_1_vault_gains_the_append_only_table(vault_path, operator, monkeypatch):
    from evidence_app.errors import ImmutableEvidence
    from evidence_app.vault import schema

    with monkeypatch.context() as m:
        m.setattr(schema, "SCHEMA_VERSION", 1)
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        Vault.create(vault_path, PASSPHRASE, operator)[0].close()
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert v.custody_events()[-1].action == "migrated"
        case = v.create_case("Old vault")
        with v.new_capture(case.id, "import", "f") as w:
            w.add_artifact("original", "f", "text/plain", b"old evidence")
        with v.transaction() as conn:
            from evidence_app.integrity.timestamps import store

            store.insert(conn, capture_id=w.sealed.id, tsa_url="http://t.example",
                         status=store.Status.PENDING, text="{}")
        for sql in ("UPDATE timestamp_attempts SET status = 'granted'",
                    "DELETE FROM timestamp_attempts"):
            with pytest.raises(ImmutableEvidence), v.transaction() as conn:
                conn.execute(sql)
