"""Logged-in capture against a local site with a sign-in form, a session cookie and a
members-only page: the session lives only in the vault, never in the evidence or on the disk."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from integration.test_capture_marker import find_marker
from support.loginsite import PASSWORD, USERNAME, login_site  # noqa: F401
from support.vaulttools import raw_connection

from evidence_app.capture.batch import CaptureOptions, capture_urls
from evidence_app.capture.credentials import REDACTED
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.login import sign_in_automatic
from evidence_app.errors import LoginFailed, LoginProfileNotFound
from evidence_app.vault import Vault
from evidence_app.vault.logins import (
    forget_profile,
    list_profiles,
    load_state,
    profiles_for_host,
    save_profile,
)

COOKIE = "SESSION-0123456789abcdef0123456789abcdef"


def _state(domain: str = "127.0.0.1", value: str = COOKIE) -> dict:
    return {"cookies": [{"name": "sid", "value": value, "domain": domain, "path": "/",
                         "expires": -1, "httpOnly": True, "secure": False, "sameSite": "Lax"}],
            "origins": []}


def test_profiles_are_kept_in_the_vault_and_can_be_forgotten(vault, vault_path):
    p = save_profile(vault, "x-research", "NGO research account on X",
                     "https://x.example/login", _state("x.example"), "automatic")
    assert p.hosts == ["x.example"] and p.cookie_count == 1
    [listed] = list_profiles(vault)
    assert listed.label == "NGO research account on X" and listed.mode == "automatic"
    assert load_state(vault, "x-research").storage_state == _state("x.example")
    assert [q.name for q in profiles_for_host(vault, "www.x.example")] == ["x-research"]
    assert profiles_for_host(vault, "y.example") == []
    # saving again replaces (signing in again after the session expired)
    save_profile(vault, "x-research", "NGO research account on X", "https://x.example/login",
                 _state("x.example", COOKIE + "2"), "interactive")
    assert len(list_profiles(vault)) == 1
    forget_profile(vault, "x-research")
    assert list_profiles(vault) == []
    with pytest.raises(LoginProfileNotFound):
        load_state(vault, "x-research")
    with pytest.raises(LoginProfileNotFound):
        forget_profile(vault, "x-research")
    events = [e for e in vault.custody_events() if e.action.startswith("login_profile")]
    assert [e.action for e in events] == ["login_profile_created", "login_profile_created",
                                          "login_profile_forgotten"]
    assert events[0].details["account_label"] == "NGO research account on X"
    assert events[1].details["replaced_previous"] is True
    assert COOKIE not in json.dumps([e.as_dict() for e in vault.custody_events()])
    # the erased session is not left in the (decrypted) database file either
    conn = raw_connection(vault_path, PASSPHRASE)
    assert conn.execute("SELECT count(*) FROM login_profiles").fetchone()[0] == 0
    conn.close()
    assert COOKIE.encode() not in vault_path.read_bytes()  # encrypted at rest anyway


@pytest.mark.browser
def test_wrong_password_saves_no_profile(vault, login_site):  # noqa: F811
    with BrowserSession() as session, pytest.raises(LoginFailed):
        sign_in_automatic(session, login_site.url("/login"), USERNAME, "wrong", timeout_s=30)
    assert list_profiles(vault) == []


def _cli(vault_path: Path, *args: str, stdin: str | None = None,
         timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE,
           "EVIDENCE_APP_OPERATOR": "Login Tester"}
    return subprocess.run([sys.executable, "-m", "evidence_app", "--vault", str(vault_path),
                           *args], capture_output=True, text=True, env=env, timeout=timeout,
                          input=stdin)


def _warc_bytes(wacz: bytes) -> bytes:
    import gzip

    with zipfile.ZipFile(io.BytesIO(wacz)) as z:
        raw = z.read("archive/data.warc.gz")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:  # every member, one after another
        out.write(g.read())
    return out.getvalue()


@pytest.mark.browser
def test_login_then_capture_holds_members_content_and_no_session(vault, case, vault_path,
                                                                  login_site, tmp_path,  # noqa: F811
                                                                  operator):
    vault.close()
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PASSWORD + "\n")
    tmpdir = Path(os.environ["TMPDIR"])
    since = time.time() - 2

    proc = _cli(vault_path, "login", "site-a", login_site.url("/login"), "--label",
                "NGO research account", "--username", USERNAME, "--password-file",
                str(pw_file), "--json")
    assert proc.returncode == 0, proc.stderr
    profile = json.loads(proc.stdout)["profile"]
    assert profile["name"] == "site-a" and profile["cookie_count"] == 1
    [session_value] = login_site.session_values
    assert session_value not in proc.stdout + proc.stderr

    proc = _cli(vault_path, "capture", "--case", "T-1", "--login", "site-a",
                login_site.url("/members"), "--json", "--timeout", "60")
    assert proc.returncode == 0, proc.stderr
    [r] = json.loads(proc.stdout)["results"]
    assert r["ok"] and r["final_url"] == login_site.url("/members"), r
    proc = _cli(vault_path, "show", r["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    prov = json.loads(proc.stdout)["capture"]["meta"]
    assert prov["logged_in"] is True and prov["login_profile"] == "site-a"
    assert prov["login_account_label"] == "NGO research account"
    assert prov["credentials_removed"]["marker"] == REDACTED
    assert prov["credentials_removed"]["headers_replaced"] >= 2
    assert any("Session credentials removed" in c for c in prov["page_changes"])
    assert session_value not in proc.stdout

    marker = login_site.page_marker.encode()
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        cap = v.get_capture(r["capture_id"])
        roles = {a.role for a in cap.artifacts}
        assert {"screenshot_full", "screenshot_viewport", "mhtml", "dom_html", "wacz",
                "headers", "provenance"} <= roles
        blobs = {a.name: v.read_artifact(a.id) for a in cap.artifacts}
    assert marker in blobs["page.html"] and marker in blobs["page.mhtml"]
    warc = _warc_bytes(blobs["capture.wacz"])
    assert marker in warc  # the members-only content is in the archive
    for name, data in [*blobs.items(), ("WARC (decompressed)", warc)]:
        assert session_value.encode() not in data, name
    # The session crossed the network in the archived exchanges: it shows as the marker.
    assert f"Cookie: {REDACTED}".encode() in warc
    assert f"Set-Cookie: {REDACTED}".encode() in warc
    headers_json = json.loads(blobs["headers.json"])
    assert {k.lower(): v for k, v in headers_json["headers"].items()}["set-cookie"] == REDACTED

    # Nothing of the session or the members-only page is on the disk outside the vault.
    roots_full = [tmpdir, tmp_path]
    roots_recent = [Path("/tmp"), Path.home()]
    hits = [h for h in find_marker(session_value.encode(), roots_full, roots_recent, since)
            + find_marker(marker, roots_full, roots_recent, since)]
    assert hits == []

    # The server forgets the session: the capture ends signed out, and nothing is sealed.
    login_site.forget_sessions()
    proc = _cli(vault_path, "capture", "--case", "T-1", "--login", "site-a",
                login_site.url("/members"), "--json", "--timeout", "60")
    assert proc.returncode == 1
    [r2] = json.loads(proc.stdout)["results"]
    assert not r2["ok"] and r2["error"].startswith("Signed out")
    assert "evidence-app login site-a" in r2["error"]
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert len(v.list_captures(v.get_case("T-1").id)) == 1

    proc = _cli(vault_path, "login", "list", "--json")
    assert [p["name"] for p in json.loads(proc.stdout)["profiles"]] == ["site-a"]
    proc = _cli(vault_path, "login", "forget", "site-a", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["forgotten"]["name"] == "site-a"
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        actions = [e.action for e in v.custody_events()]
        assert actions.count("login_profile_created") == 1
        assert actions[-1] == "login_profile_forgotten"


@pytest.mark.browser
def test_login_wall_warning_names_the_fitting_profile(vault, case, login_site):  # noqa: F811
    url = login_site.url("/wall")
    [plain] = capture_urls(vault, case.id, [url], CaptureOptions(timeout_s=40,
                                                                  settle_timeout_s=2))
    assert plain.ok
    # The login-wall warning is followed by the hint (each a notice of its own).
    assert any("login wall" in w for w in plain.warnings)
    assert any("evidence-app login NAME URL" in w for w in plain.warnings)
    save_profile(vault, "group-account", "NGO group account", login_site.url("/login"),
                 _state(), "automatic")
    hinted, redirected = capture_urls(vault, case.id, [url, login_site.url("/members")],
                                      CaptureOptions(timeout_s=40, settle_timeout_s=2))
    assert any("login wall" in w for w in hinted.warnings)
    [hint] = [w for w in hinted.warnings if "'group-account' (NGO group account)" in w]
    assert "--login group-account" in hint
    assert "capture.login_wall_profile" in [n.code for n in hinted.notices]
    # signed out, /members sends the browser to /login: a login wall too, with the same hint
    assert redirected.ok and redirected.final_url.startswith(login_site.url("/login"))
    assert any("sent the browser to its sign-in page" in w for w in redirected.warnings)
    assert any("--login group-account" in w for w in redirected.warnings)
