"""The CLI as a user or script drives it: real processes, exit codes, JSON documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000105fe02fea70000000049454e44ae426082")


def run(*args: str, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(os.environ)
    if passphrase is not None:
        e["EVIDENCE_APP_PASSPHRASE"] = passphrase
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "evidence_app", *args], capture_output=True,
                          text=True, env=e, input=stdin, timeout=120)


def js(proc: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(proc.stdout)


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    vault = tmp_path / "cli" / "vault.db"
    proc = run("--vault", str(vault), "init", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = js(proc)
    assert doc["ok"] and len(doc["recovery_key"]) == 39
    assert run("--vault", str(vault), "case", "new", "Chan v Unknown 陳", "--ref", "HK-7",
               "--exhibit-prefix", "KL").returncode == 0
    return vault


def test_default_vault_location_and_help(tmp_path: Path) -> None:
    proc = run("init")
    assert proc.returncode == 0, proc.stderr
    home = Path(os.environ["EVIDENCE_APP_HOME"])
    assert (home / "data" / "vault.db").exists() and (home / "data" / "vault.db.keys").exists()
    assert "RECOVERY KEY" in proc.stdout
    help_proc = run("--help")
    assert help_proc.returncode == 0
    for cmd in ("init", "case", "import", "list", "show", "extract", "verify", "passwd", "recover"):
        assert cmd in help_proc.stdout


def test_import_list_show_extract_verify(cli_vault: Path, tmp_path: Path) -> None:
    shot = tmp_path / "phone screenshot.txt"  # a PNG with a misleading extension
    shot.write_bytes(PNG_1PX)
    chat = tmp_path / "chat.txt"
    chat.write_text("I will post your photos 我會放上網\n", encoding="utf-8")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (shot, chat)}
    listing_before = sorted(tmp_path.iterdir())
    proc = run("--vault", str(cli_vault), "--operator", "Kim Lee", "import", "--case", "HK-7",
               str(shot), str(chat), "--note", "sent by the survivor on WhatsApp", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = js(proc)
    assert [r["ok"] for r in doc["results"]] == [True, True]
    first = doc["results"][0]
    assert isinstance(first["capture_id"], str) and first["exhibit"] == "KL-001"
    art = first["artifacts"][0]
    assert art["role"] == "original" and art["media_type"] == "image/png"
    assert art["size"] == len(PNG_1PX) and len(art["sha256"]) == 64
    # The sources were only read.
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (shot, chat)} == before
    assert sorted(tmp_path.iterdir()) == listing_before

    listing = js(run("--vault", str(cli_vault), "list", "--case", "HK-7", "--json"))
    assert [c["exhibit"] for c in listing["captures"]] == ["KL-001", "KL-002"]
    shown = js(run("--vault", str(cli_vault), "show", first["capture_id"][:8], "--json"))
    cap = shown["capture"]
    assert cap["note"] == "sent by the survivor on WhatsApp" and cap["operator"] == "Kim Lee"
    assert cap["meta"]["claimed_media_type"] == "text/plain"
    assert "image/png" in cap["meta"]["warnings"][0]
    # A picture's PDQ fingerprint is computed after sealing, and logged.
    assert [e["action"] for e in cap["custody"]] == ["imported", "fingerprinted"]
    assert "pdq" in cap["artifacts"][0] and "pdq_quality" in cap["artifacts"][0]

    out = tmp_path / "out"
    proc = run("--vault", str(cli_vault), "extract", first["capture_id"], "--out", str(out),
               "--json")
    assert proc.returncode == 0, proc.stderr
    folder = Path(js(proc)["folder"])
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True,
                           text=True)
    assert check.returncode == 0 and "OK" in check.stdout
    assert (folder / "phone screenshot.txt").read_bytes() == PNG_1PX
    shown = js(run("--vault", str(cli_vault), "show", first["capture_id"], "--json"))
    assert [e["action"] for e in shown["capture"]["custody"]] == ["imported", "fingerprinted",
                                                                  "extracted"]

    proc = run("--vault", str(cli_vault), "verify", "--json")
    assert proc.returncode == 0
    assert js(proc)["ok"] is True and js(proc)["artifacts_checked"] == 2


def test_exit_codes_and_clear_errors(cli_vault: Path, tmp_path: Path) -> None:
    wrong = run("--vault", str(cli_vault), "case", "list", "--json", passphrase="wrong wrong wrong")
    assert wrong.returncode == 3
    assert js(wrong) == {"ok": False, "exit_code": 3, "error": js(wrong)["error"]}
    assert "passphrase is wrong" in wrong.stderr
    # No SQLCipher log noise and no traceback, only our one line.
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr

    missing = run("--vault", str(tmp_path / "none.db"), "case", "list")
    assert missing.returncode == 3 and "evidence-app init" in missing.stderr

    usage = run("--vault", str(cli_vault), "import")
    assert usage.returncode == 2
    unknown_case = run("--vault", str(cli_vault), "list", "--case", "NOPE")
    assert unknown_case.returncode == 2 and "case list" in unknown_case.stderr

    partial = run("--vault", str(cli_vault), "import", "--case", "HK-7", str(tmp_path / "gone.jpg"),
                  "--json")
    assert partial.returncode == 1
    assert js(partial)["results"][0]["error"].startswith("File not found")

    no_secret = run("--vault", str(cli_vault), "case", "list", passphrase=None, stdin="")
    assert no_secret.returncode == 2 and "--passphrase-file" in no_secret.stderr


def test_passphrase_file_passwd_and_recover(tmp_path: Path) -> None:
    vault = tmp_path / "v" / "vault.db"
    pw = tmp_path / "pw.txt"
    pw.write_text("first passphrase here\n")
    init = run("--vault", str(vault), "--passphrase-file", str(pw), "init", "--json",
               passphrase=None)
    assert init.returncode == 0, init.stderr
    recovery = js(init)["recovery_key"]
    new = tmp_path / "new.txt"
    new.write_text("second passphrase here\n")
    proc = run("--vault", str(vault), "--passphrase-file", str(pw), "passwd",
               "--new-passphrase-file", str(new), passphrase=None)
    assert proc.returncode == 0, proc.stderr
    assert run("--vault", str(vault), "--passphrase-file", str(pw), "case", "list",
               passphrase=None).returncode == 3
    assert run("--vault", str(vault), "--passphrase-file", str(new), "case", "list",
               passphrase=None).returncode == 0
    proc = run("--vault", str(vault), "recover", passphrase=None,
               env={"EVIDENCE_APP_RECOVERY_KEY": recovery,
                    "EVIDENCE_APP_NEW_PASSPHRASE": "third passphrase here"})
    assert proc.returncode == 0, proc.stderr
    bad = run("--vault", str(vault), "recover", passphrase=None,
              env={"EVIDENCE_APP_RECOVERY_KEY": "0000-0000-0000-0000-0000-0000-0000-0000",
                   "EVIDENCE_APP_NEW_PASSPHRASE": "fourth passphrase here"})
    assert bad.returncode == 3 and "recovery key is wrong" in bad.stderr
    events = js(run("--vault", str(vault), "verify", "--json", passphrase="third passphrase here"))
    assert events["ok"] and events["events_checked"] == 3  # created, changed, reset


def test_operator_from_environment(cli_vault: Path, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x")
    doc = js(run("--vault", str(cli_vault), "import", "--case", "HK-7", str(f), "--json",
                 env={"EVIDENCE_APP_OPERATOR": "Caseworker Wong"}))
    shown = js(run("--vault", str(cli_vault), "show", doc["results"][0]["capture_id"], "--json"))
    assert shown["capture"]["operator"] == "Caseworker Wong"
    assert shown["capture"]["custody"][0]["operator"] == "Caseworker Wong"


def test_no_arguments_without_a_screen_says_what_to_do() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "evidence_app"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 2
    assert "No screen was found" in proc.stderr and "evidence-app --help" in proc.stderr


def test_captures_are_named_by_their_exhibit_numbers(cli_vault: Path, tmp_path: Path) -> None:
    """A new user types the exhibit number the CLI printed (KL-001), in any case of letters."""
    note = tmp_path / "note.txt"
    note.write_text("threat received 12:05\n", encoding="utf-8")
    v = ("--vault", str(cli_vault))
    first = js(run(*v, "import", "--case", "HK-7", str(note), "--json"))["results"][0]
    shown = js(run(*v, "show", "kl-001", "--json"))["capture"]
    assert shown["id"] == first["capture_id"] and shown["exhibit"] == "KL-001"
    missing = run(*v, "show", "KL-009")
    assert missing.returncode == 2 and "No exhibit 'KL-009'" in missing.stderr
    # Two cases with the same prefix: the number alone no longer says which capture.
    assert run(*v, "case", "new", "Second client", "--ref", "HK-8",
               "--exhibit-prefix", "KL").returncode == 0
    assert run(*v, "import", "--case", "HK-8", str(note)).returncode == 0
    twice = run(*v, "show", "KL-001")
    assert twice.returncode == 2 and "more than one case" in twice.stderr
    assert run(*v, "show", first["capture_id"][:8]).returncode == 0


def test_a_new_recovery_key_replaces_the_old_one(cli_vault: Path, tmp_path: Path) -> None:
    """For a key that was lost or never written down (a quick exit on the recovery screen)."""
    from evidence_app.vault import Operator, Vault

    v = ("--vault", str(cli_vault))
    wrong = run(*v, "new-recovery-key", passphrase="not the passphrase at all")
    assert wrong.returncode == 3
    made = run(*v, "new-recovery-key", "--json")
    assert made.returncode == 0, made.stderr
    key = js(made)["recovery_key"]
    assert len(key) == 39 and "shown only this once" in run(*v, "new-recovery-key").stdout
    # The key just printed is replaced again by the second call: only the newest works.
    newest = js(run(*v, "new-recovery-key", "--json"))["recovery_key"]
    stale = run(*v, "recover", passphrase=None, env={
        "EVIDENCE_APP_RECOVERY_KEY": key, "EVIDENCE_APP_NEW_PASSPHRASE": "a new passphrase 1"})
    assert stale.returncode == 3 and "recovery key is wrong" in stale.stderr
    ok = run(*v, "recover", passphrase=None, env={
        "EVIDENCE_APP_RECOVERY_KEY": newest, "EVIDENCE_APP_NEW_PASSPHRASE": "a new passphrase 1"})
    assert ok.returncode == 0, ok.stderr
    with Vault.open(cli_vault, "a new passphrase 1", Operator("t", "m")) as vault:
        actions = [e.action for e in vault.custody_events()]
        assert actions.count("recovery_key_replaced") == 3 and actions[-1] == "passphrase_reset"
        replaced = [e for e in vault.custody_events() if e.action == "recovery_key_replaced"]
        assert all(len(e.details["key_file_sha256"]) == 64 for e in replaced)
        assert key not in json.dumps([e.as_dict() for e in vault.custody_events()])
    assert js(run(*v, "verify", "--json", passphrase="a new passphrase 1"))["ok"]
