"""Trusted time against local TSAs (`openssl ts -reply` on 127.0.0.1): granted, pending while a
TSA is down, failed when its answer does not verify, and re-checked by `verify`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from support.tsaserver import LocalTsa
from support.vaulttools import raw_connection

from evidence_app import after_seal
from evidence_app.cli import main
from evidence_app.integrity import timestamps
from evidence_app.importer import import_file
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
    cap = _seal(vault, case.id, evidence)
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
