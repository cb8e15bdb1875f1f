"""The visible-window flows under Xvfb: signing in by hand (`login NAME URL`, Done = Enter) and
the evidence browser (`browse`: navigate, `c` to capture, `q` to quit), driven like a user."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from integration.test_capture_marker import find_marker
from support.loginsite import login_site  # noqa: F401

from evidence_app.vault import Vault

pytestmark = pytest.mark.browser


@pytest.fixture
def xvfb(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private X display (Xvfb picks a free number and reports it when ready)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb): the visible-window flows "
                    "need a display")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()  # written once the server accepts clients
    assert number, "Xvfb did not start"
    display = f":{number}"
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    yield display
    proc.terminate()
    proc.wait(timeout=20)


class Cli:
    """An evidence-app command running with stdin/stderr pipes, as in a terminal."""

    def __init__(self, vault_path: Path, *args: str) -> None:
        env = {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE,
               "EVIDENCE_APP_OPERATOR": "Headed Tester"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "evidence_app", "--vault", str(vault_path), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        self.err: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err.append(line)
            self.lines.put(line)

    def wait_line(self, text: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r}; stderr: {''.join(self.err)}")

    def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def finish(self, timeout: float = 120) -> tuple[int, dict]:
        out, _ = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, json.loads(out)


def _grab(display: str) -> object:
    from PIL import ImageGrab

    return ImageGrab.grab(xdisplay=display)


def test_no_display_is_a_clear_error(vault, case, vault_path, monkeypatch):
    vault.close()
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run(
        [sys.executable, "-m", "evidence_app", "--vault", str(vault_path), "login", "x",
         "http://127.0.0.1:9/login", "--json"], capture_output=True, text=True,
        env={**env, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE}, timeout=60)
    assert proc.returncode == 2
    assert "no screen" in json.loads(proc.stdout)["error"]


def test_sign_in_by_hand_then_browse_and_capture(vault, case, vault_path, operator, xvfb,
                                                 login_site, tmp_path):  # noqa: F811
    vault.close()
    since = time.time() - 2
    # 1. `login NAME URL`: a visible window; the "person" signs in; Enter in the terminal = Done.
    cli = Cli(vault_path, "login", "by-hand", login_site.url("/login-by-hand"), "--label",
              "NGO account (by hand)", "--json")
    cli.wait_line("press Enter here")
    assert login_site.wait_for("/members"), "the sign-in in the window did not happen"
    cli.type("")
    code, doc = cli.finish()
    assert code == 0, cli.err
    assert doc["profile"]["mode"] == "interactive" and doc["profile"]["cookie_count"] == 1

    # 2. `browse --login`: the window opens at /hop, moves on to /members; `c` seals it.
    seen = len(login_site.requests)
    cli = Cli(vault_path, "browse", "--case", "T-1", "--login", "by-hand",
              login_site.url("/hop"), "--json", "--timeout", "60")
    cli.wait_line("c + Enter")
    assert login_site.wait_for("/members", since=seen)
    shot = _grab(xvfb)
    cli.type("c")
    cli.wait_line("SEALED as")
    cli.type("q")
    code, doc = cli.finish()
    assert code == 0, cli.err
    [r] = doc["results"]
    assert r["url"] == login_site.url("/members")
    assert [h["url"] for h in doc["history"]][:2] == [login_site.url("/hop"),
                                                      login_site.url("/members")]
    # The visible browser wrote nothing of the session or the page outside the vault.
    [session_value] = login_site.session_values
    roots_full = [Path(os.environ["TMPDIR"]), tmp_path]
    roots_recent = [Path("/tmp"), Path.home()]
    for secret in (session_value.encode(), login_site.page_marker.encode()):
        assert find_marker(secret, roots_full, roots_recent, since) == []
    out_dir = os.environ.get("EVIDENCE_APP_TEST_SCREENSHOTS")
    if out_dir:  # for a person to look at: the evidence browser on the virtual screen
        shot.save(Path(out_dir) / "evidence-browser.png")  # type: ignore[attr-defined]

    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        cap = v.get_capture(r["capture_id"])
        prov = cap.web
        assert prov.operator_assisted and prov.logged_in and prov.login_profile == "by-hand"
        assert [h["url"] for h in prov.navigation_history][:2] == [login_site.url("/hop"),
                                                                   login_site.url("/members")]
        assert any("Operator-assisted" in c for c in prov.page_changes)
        blobs = {a.name: v.read_artifact(a.id) for a in cap.artifacts}
        actions = [e.action for e in v.custody_events()]
    assert {"screenshot-viewport.png", "page.mhtml", "page.html", "capture.wacz",
            "headers.json", "provenance.json"} <= set(blobs)
    assert login_site.page_marker.encode() in blobs["page.html"]
    for name, data in blobs.items():
        assert session_value.encode() not in data, name
    assert actions.count("login_profile_created") == 1 and actions.count("captured") == 1


def test_closing_the_window_is_done_and_a_sign_in_page_is_refused(xvfb, login_site):  # noqa: F811
    from evidence_app.capture.login import InteractiveSignIn
    from evidence_app.errors import LoginFailed

    signin = InteractiveSignIn(login_site.url("/login"))
    try:
        signin.open()
        assert login_site.wait_for("/login")
        with pytest.raises(LoginFailed, match="still shows a sign-in page"):
            signin.finish()  # "Done" pressed before signing in: nothing to keep
    finally:
        signin.close()

    seen = len(login_site.requests)
    signin = InteractiveSignIn(login_site.url("/login-by-hand"))
    try:
        signin.open()
        assert login_site.wait_for("/members", since=seen)
        page = signin._page
        signin.session.run(page.wait_for_url("**/members", timeout=30_000))
        signin.session.run(page.close())  # the caseworker closes the window
        assert signin.closed.wait(30)
        result = signin.finish()
    finally:
        signin.close()
    assert result.mode == "interactive"
    assert [c["name"] for c in result.storage_state["cookies"]] == ["sid"]


def test_shortcut_in_the_window_is_out_of_the_pages_reach(vault, case, xvfb, login_site):  # noqa: F811
    from evidence_app.capture.assisted import EvidenceBrowser
    from evidence_app.capture.options import CaptureOptions

    asked: queue.Queue[str] = queue.Queue()
    with EvidenceBrowser(vault, case.id, CaptureOptions(timeout_s=60, settle_timeout_s=2)) as b:
        b.on_shortcut = lambda: asked.put("capture")
        b.open(login_site.url("/wall"))
        page = b._page
        b.session.run(page.wait_for_load_state("load"))
        names = "() => Object.getOwnPropertyNames(window).filter(k => k.startsWith('evidenceApp'))"
        assert b.session.run(page.evaluate(names)) == []  # the binding is not a global
        # A page script forging the key press is ignored (isTrusted is false)...
        b.session.run(page.evaluate("() => window.dispatchEvent(new KeyboardEvent('keydown', "
                                    "{ctrlKey: true, shiftKey: true, code: 'KeyE'}))"))
        assert b.session.run(page.evaluate("() => 1")) == 1  # earlier events delivered
        assert asked.empty()
        # ...a real key press in the window asks for a capture.
        b.session.run(page.keyboard.press("Control+Shift+KeyE"))
        assert asked.get(timeout=30) == "capture"
        r = b.capture()
    assert r.ok
    prov = vault.get_capture(r.capture_id).web
    assert prov.operator_assisted and not prov.logged_in
    assert any("Ctrl+Shift+E" in c for c in prov.page_changes)
    assert any("evidence-app login NAME URL" in w for w in prov.warnings)  # the login wall


def test_assisted_capture_in_an_under_18_case_keeps_no_picture(vault, case, xvfb, page_server):
    """The evidence browser obeys the under-18 safeguard like every capture: the pictures'
    hashes are sealed, never their bytes, and the screenshots are taken with pictures hidden."""
    from support.pictures import synthetic_png

    from evidence_app.capture.assisted import EvidenceBrowser
    from evidence_app.capture.options import CaptureOptions
    from evidence_app.fingerprints import safeguard
    from evidence_app.vocab import Role

    picture = synthetic_png(7, 300, 200)
    page_server.add("/minor/pic.png", picture, content_type="image/png")
    url = page_server.add("/minor/post", "<title>post</title><p>words</p>"
                                         "<img src='/minor/pic.png' width='300'>")
    safeguard.mark_minor(vault, case.id)
    with EvidenceBrowser(vault, case.id, CaptureOptions(timeout_s=60, settle_timeout_s=2)) as b:
        b.open(url)
        b.session.run(b._page.wait_for_load_state("load"))
        r = b.capture()
    assert r.ok
    cap = vault.get_capture(r.capture_id)
    assert Role.PICTURE_HASHES in {a.role for a in cap.artifacts}
    assert not any(a.role in (Role.MEDIA, Role.MHTML, Role.WACZ) for a in cap.artifacts)
    chunks = b"".join(row[0] for row in vault.query("SELECT data FROM chunks"))
    assert picture[200:400] not in chunks
    assert cap.web.extra.get("minor_safeguard", {}).get("pictures_hidden_in_screenshots")


def test_a_link_to_a_new_tab_opens_in_the_one_tab_that_is_captured(vault, case, xvfb,
                                                                    page_server):
    """What the caseworker sees is what is sealed: a target=_blank link or window.open does not
    leave the capture on the first page while the new page shows in another tab."""
    import time

    from evidence_app.capture.assisted import EvidenceBrowser
    from evidence_app.capture.options import CaptureOptions

    second = page_server.add("/tabs/second", "<title>second</title><p>the reposted picture</p>")
    first = page_server.add("/tabs/first", f"<title>first</title><a id='l' href='{second}' "
                                           "target='_blank'>open</a>")
    with EvidenceBrowser(vault, case.id, CaptureOptions(timeout_s=60, settle_timeout_s=2)) as b:
        b.open(first)
        b.session.run(b._page.wait_for_load_state("load"))
        b.session.run(b._page.click("#l"))
        deadline = time.monotonic() + 30
        while b.current_url != second and time.monotonic() < deadline:
            time.sleep(0.1)
        assert b.current_url == second
        assert len(b.session.run(_pages(b))) == 1  # the new tab was closed
        r = b.capture()
    assert r.ok and r.final_url == second
    history = vault.get_capture(r.capture_id).web.navigation_history
    assert [h["url"] for h in history] == [first, second]
    assert history[1]["note"] == "asked to open in a new tab; opened in this tab"


async def _pages(b):  # type: ignore[no-untyped-def]
    return b._page.context.pages


async def _user_tab(b, url):  # type: ignore[no-untyped-def]
    """What the caseworker does with "+": a new tab, left empty a moment, then an address."""
    import asyncio

    empty = await b._page.context.new_page()
    await empty.close()  # opened and closed again: nothing to open, nothing recorded
    tab = await b._page.context.new_page()
    await asyncio.sleep(1.0)
    await tab.goto(url, wait_until="commit")


def test_a_tab_the_caseworker_opens_also_lands_in_the_one_tab(vault, case, xvfb, page_server):
    import time

    from evidence_app.capture.assisted import EvidenceBrowser
    from evidence_app.capture.options import CaptureOptions

    typed = page_server.add("/tabs/typed", "<title>typed</title><p>found by hand</p>")
    with EvidenceBrowser(vault, case.id, CaptureOptions(timeout_s=60, settle_timeout_s=2)) as b:
        b.open(page_server.add("/tabs/start", "<title>start</title><p>start</p>"))
        b.session.run(b._page.wait_for_load_state("load"))
        b.session.run(_user_tab(b, typed))
        deadline = time.monotonic() + 30
        while b.current_url != typed and time.monotonic() < deadline:
            time.sleep(0.1)
        assert b.current_url == typed and len(b.session.run(_pages(b))) == 1
        r = b.capture()
        b.session.run(b._page.context.new_page())  # left empty: its handler is still waiting
    # ...and closing the window did not hang on it (the with-block's close returned).
    assert not b.session._thread.is_alive()
    history = vault.get_capture(r.capture_id).web.navigation_history
    assert [h.get("note") for h in history] == [None, "asked to open in a new tab; opened in "
                                                      "this tab"]
