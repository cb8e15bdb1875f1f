"""Shared fixtures: every path (data, config, vault, temp) points into the test's tmp_path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Qt tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))

# The page server fixtures (HTTP and self-signed HTTPS on 127.0.0.1) for every test folder.
from support.pageserver import page_server, tls_page_server  # noqa: E402, F401

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders or inherits a developer's settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("EVIDENCE_APP_HOME", str(home))
    monkeypatch.setenv("EVIDENCE_APP_TSA", "none")  # never a public TSA; tests set a local one
    for var in ("EVIDENCE_APP_VAULT", "EVIDENCE_APP_PASSPHRASE", "EVIDENCE_APP_NEW_PASSPHRASE",
                "EVIDENCE_APP_RECOVERY_KEY", "EVIDENCE_APP_OPERATOR"):
        monkeypatch.delenv(var, raising=False)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "vault.db"


@pytest.fixture
def operator():  # type: ignore[no-untyped-def]
    from evidence_app.vault import Operator

    return Operator(name="Test Operator", machine="test-machine (Linux)")


@pytest.fixture
def vault(vault_path: Path, operator):  # type: ignore[no-untyped-def]
    """A fresh, unlocked vault; `vault.recovery_key_for_tests` holds its recovery key."""
    from evidence_app.vault import Vault

    v, recovery = Vault.create(vault_path, PASSPHRASE, operator)
    v.recovery_key_for_tests = recovery  # type: ignore[attr-defined]
    yield v
    v.close()


@pytest.fixture
def case(vault):  # type: ignore[no-untyped-def]
    return vault.create_case("Test case", ref="T-1", exhibit_prefix="TO")

