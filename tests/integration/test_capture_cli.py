"""`evidence-app capture` as a user runs it: JSON output, exit codes, Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import PASSPHRASE

from evidence_app.vault import Vault

pytestmark = pytest.mark.browser


@pytest.fixture
def cli_vault(vault_path, operator):
    v, _ = Vault.create(vault_path, PASSPHRASE, operator)
    v.create_case("CLI case", ref="C-1", exhibit_prefix="CL")
    v.close()
    return vault_path


def cli_env() -> dict[str, str]:
    return {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE,
            "EVIDENCE_APP_OPERATOR": "CLI Tester"}


def test_capture_json_and_exit_code(cli_vault, page_server, operator):
    ok_url = page_server.add("/cli/ok", "<title>CLI page</title><p>captured from the CLI</p>")
    proc = subprocess.run(
        [sys.executable, "-m", "evidence_app", "--vault", str(cli_vault), "capture", "--case",
         "C-1", ok_url, "file:///etc/passwd", "--json", "--concurrency", "2", "--timeout", "40"],
        capture_output=True, text=True, env=cli_env(), timeout=120)
    assert proc.returncode == 1, proc.stderr  # one URL failed
    doc = json.loads(proc.stdout)
    ok, bad = doc["results"]
    assert set(ok) >= {"url", "ok", "capture_id", "error", "http_status", "final_url",
                       "warnings", "artifacts"}
    assert ok["ok"] and ok["http_status"] == 200 and ok["final_url"] == ok_url
    assert {"role", "name", "sha256", "size", "media_type"} <= set(ok["artifacts"][0])
    assert not bad["ok"] and "file:" in bad["error"] and bad["capture_id"] is None
    assert f"DONE {ok_url}" in proc.stderr  # per-URL progress on stderr
    with Vault.open(cli_vault, PASSPHRASE, operator) as v:
        [cap] = v.list_captures(v.get_case("C-1").id)
        assert cap.id == ok["capture_id"] and cap.operator == "CLI Tester"


def test_ctrl_c_keeps_finished_and_leaves_nothing_else(cli_vault, page_server, operator):
    fast = page_server.add("/cli/fast", "<title>fast</title><p>fast page</p>")
    slow = [page_server.url("/hang") + f"?n={i}" for i in range(2)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "evidence_app", "--vault", str(cli_vault), "capture", "--case",
         "C-1", fast, *slow, "--json", "--concurrency", "1", "--timeout", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    deadline = time.monotonic() + 90
    seen = ""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        seen += line
        if "DONE" in line:
            break
    assert "DONE" in seen, seen
    time.sleep(1)  # the next (hanging) URL is loading now
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    doc = json.loads(out)
    assert [r["ok"] for r in doc["results"]] == [True, False, False]
    assert doc["cancelled"] is True
    with Vault.open(cli_vault, PASSPHRASE, operator) as v:
        caps = v.list_captures(v.get_case("C-1").id)
        assert [c.id for c in caps] == [doc["results"][0]["capture_id"]]
        assert [e.action for e in v.custody_events() if e.action == "captured"] == ["captured"]
