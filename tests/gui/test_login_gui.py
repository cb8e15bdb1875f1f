"""Login profiles in the window (issue 13): the profiles list with Forget, and the capture view's
choice of profile capturing members-only content from the local login site."""

from __future__ import annotations

from typing import Any

import pytest
from integration.test_login_headed import xvfb  # noqa: F401
from PySide6.QtWidgets import QMessageBox
from support.loginsite import PASSWORD, USERNAME, login_site  # noqa: F401

from .test_capture_cases import new_case
from .test_full_flow import fast_options

STATE = {"cookies": [{"name": "sid", "value": "SESSION-not-a-real-one", "domain": "x.example",
                      "path": "/", "expires": -1, "httpOnly": True, "secure": False,
                      "sameSite": "Lax"}], "origins": []}


def run_on_session(qtbot, main, fn) -> Any:  # type: ignore[no-untyped-def]
    """Run `fn(vault)` on the session's worker (as the window does) and return its result."""
    out: dict[str, Any] = {}
    job = main.session.run(lambda v, _ctx: fn(v), name="test")
    job.succeeded.connect(lambda r: out.setdefault("r", r))
    job.failed.connect(lambda e: out.setdefault("e", e))
    job.start(main.session.pool)
    qtbot.waitUntil(lambda: bool(out), timeout=120_000)
    if "e" in out:
        raise out["e"]
    return out["r"]


def test_profiles_list_and_forget_with_confirmation(qtbot, main_window):
    from evidence_app.vault.logins import list_profiles, save_profile

    main = main_window
    run_on_session(qtbot, main, lambda v: save_profile(
        v, "x-research", "NGO research account on X", "https://x.example/login", STATE,
        "interactive"))
    dlg = main.show_login_dialog(sign_in=False)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    cells = [dlg.table.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["x-research", "NGO research account on X", "x.example"]
    assert "Test Caseworker" in cells[3]
    assert not dlg.forget_button.isEnabled()  # nothing chosen yet
    dlg.table.selectRow(0)
    assert dlg.forget_button.isEnabled()

    box = dlg.ask_forget()
    assert isinstance(box, QMessageBox) and "x-research" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # cancelling keeps the profile
    assert dlg.forget_job is None and dlg.table.rowCount() == 1

    box = dlg.ask_forget()
    [forget] = [b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    with qtbot.waitSignal(dlg.forgotten, timeout=30_000):
        forget.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=10_000)
    assert "x-research" in dlg.status.text() and not dlg.empty.isHidden()
    assert run_on_session(qtbot, main, list_profiles) == []
    events = run_on_session(qtbot, main, lambda v: [e.action for e in v.custody_events()])
    assert events[-1] == "login_profile_forgotten"
    assert events.count("login_profile_created") == 1


def test_sign_in_dialog_refuses_a_bad_name_before_opening_a_browser(qtbot, main_window):
    dlg = main_window.show_login_dialog(sign_in=True)
    dlg.name_edit.setText("no spaces allowed here!")
    dlg.url_edit.setText("https://x.example/login")
    assert dlg.open_browser() is None
    assert dlg.signin is None and dlg.status.text()
    assert not dlg.done_button.isEnabled()


@pytest.mark.browser
def test_capture_queue_with_a_profile_captures_members_only_content(
        qtbot, main_window, login_site):  # noqa: F811
    from evidence_app.capture.engine import BrowserSession
    from evidence_app.capture.login import sign_in_automatic
    from evidence_app.vault.logins import save_profile

    main = main_window
    with BrowserSession() as browser:  # the automatic sign-in: a profile without a window
        result = sign_in_automatic(browser, login_site.url("/login"), USERNAME, PASSWORD,
                                   timeout_s=30)
    run_on_session(qtbot, main, lambda v: save_profile(
        v, "site-a", "NGO research account", login_site.url("/login"), result.storage_state,
        result.mode))
    new_case(qtbot, main, "Client L", "L-1", "LL")
    queue = main.case_view.queue
    queue.options = fast_options()
    qtbot.waitUntil(lambda: queue.profile.count() == 2, timeout=10_000)
    assert queue.profile.chosen() is None  # "Not signed in" is the default
    assert queue.profile.itemText(1).startswith("site-a")

    def capture(url: str, profile: str | None) -> Any:
        queue.profile.choose(profile)
        queue.urls_edit.setPlainText(url)
        queue.start_button.click()
        batch = queue.batch
        qtbot.waitUntil(lambda: batch.state == "done", timeout=180_000)
        [row] = batch.rows
        return row.result

    members = login_site.url("/members")
    signed_in = capture(members, "site-a")
    assert signed_in.ok and signed_in.final_url == members, signed_in
    marker = login_site.page_marker.encode()

    def page_html(v: Any) -> bytes:
        cap = v.get_capture(signed_in.capture_id)
        [html] = [a for a in cap.artifacts if a.role == "dom_html"]
        return bytes(v.read_artifact(html.id))

    assert marker in run_on_session(qtbot, main, page_html)
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() >= 1, timeout=10_000)

    # The session expired on the site: the row says so, in the caseworker's words.
    login_site.forget_sessions()
    signed_out = capture(members, "site-a")
    assert not signed_out.ok and signed_out.error_code == "capture.signed_out"
    assert "site-a" in queue.table.item(queue.table.rowCount() - 1, 3).text()


@pytest.mark.browser
def test_browse_and_capture_seals_pages_and_lists_them(qtbot, main_window, login_site,  # noqa: F811
                                                       xvfb):  # noqa: F811
    """The window stays offscreen; the evidence browser opens on the Xvfb display."""
    import threading

    from evidence_app.capture.engine import BrowserSession
    from evidence_app.capture.login import sign_in_automatic
    from evidence_app.vault.logins import save_profile

    main = main_window
    with BrowserSession() as browser:
        result = sign_in_automatic(browser, login_site.url("/login"), USERNAME, PASSWORD,
                                   timeout_s=30)
    run_on_session(qtbot, main, lambda v: save_profile(
        v, "site-a", "NGO research account", login_site.url("/login"), result.storage_state,
        result.mode))
    case = new_case(qtbot, main, "Client B", "B-9", "BB")
    win = main.case_view.browse_and_capture()
    qtbot.waitUntil(lambda: win.profile.count() == 2, timeout=10_000)
    assert not win.capture_button.isEnabled()  # nothing open yet
    win.profile.choose("site-a")
    win.url_edit.setText(login_site.url("/members"))
    since = len(login_site.requests)
    win.open_button.click()
    qtbot.waitUntil(lambda: win.browser is not None, timeout=120_000)
    qtbot.waitUntil(lambda: "/members" in login_site.requests[since:], timeout=60_000)
    assert win.capture_button.isEnabled() and not win.open_button.isEnabled()

    win.capture_button.click()
    qtbot.waitUntil(lambda: len(win.results) == 1, timeout=180_000)
    [first] = win.results
    assert first.ok and first.final_url == login_site.url("/members")
    assert win.table.rowCount() == 1 and win.table.item(0, 0).text() == first.exhibit
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() == 1, timeout=10_000)

    # The shortcut in the browser calls its hook on the browser's thread: a queued capture.
    threading.Thread(target=win.browser.on_shortcut).start()
    qtbot.waitUntil(lambda: len(win.results) == 2, timeout=180_000)
    assert win.table.rowCount() == 2 and win.results[1].exhibit != first.exhibit
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() == 2, timeout=10_000)

    def meta(v):  # type: ignore[no-untyped-def]
        cap = v.get_capture(first.capture_id)
        assert cap.case_id == case.id
        [html] = [a for a in cap.artifacts if a.role == "dom_html"]
        return cap.meta, bytes(v.read_artifact(html.id))

    prov, html = run_on_session(qtbot, main, meta)
    assert login_site.page_marker.encode() in html
    assert prov["logged_in"] is True and prov["login_profile"] == "site-a"

    browser = win.browser
    win.close_button.click()
    assert win.browser is None and win.isHidden()
    qtbot.waitUntil(lambda: not browser.session._thread.is_alive(), timeout=60_000)


@pytest.mark.browser
def test_sign_in_by_hand_in_the_window_saves_a_profile(qtbot, main_window, login_site,  # noqa: F811
                                                       xvfb):  # noqa: F811
    from evidence_app.vault.logins import list_profiles

    main = main_window
    dlg = main.show_login_dialog(sign_in=True)
    dlg.name_edit.setText("by-hand")
    dlg.label_edit.setText("NGO account (by hand)")
    dlg.url_edit.setText(login_site.url("/login-by-hand"))
    assert not dlg.done_button.isEnabled()
    dlg.open_button.click()
    # The job's end (a later signal than the browser's arrival) is what frees the buttons.
    qtbot.waitUntil(lambda: dlg.signin is not None and dlg.job is None, timeout=120_000)
    assert dlg.done_button.isEnabled() and not dlg.name_edit.isEnabled()
    # The page's script stands in for the caseworker typing; it ends on the members' page.
    qtbot.waitUntil(lambda: "/members" in login_site.requests, timeout=60_000)
    signin = dlg.signin
    with qtbot.waitSignal(dlg.saved, timeout=60_000) as saved:
        dlg.done_button.click()
    profile = saved.args[0]
    assert profile.name == "by-hand" and profile.mode == "interactive"
    assert profile.cookie_count == 1 and profile.site_url == login_site.url("/login-by-hand")
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.signin is None
    [listed] = run_on_session(qtbot, main, list_profiles)
    assert listed.label == "NGO account (by hand)"
    qtbot.waitUntil(lambda: main.case_view.queue.profile.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not signin.session._thread.is_alive(), timeout=60_000)


@pytest.mark.browser
def test_done_on_the_sign_in_page_saves_nothing_and_cancel_closes(qtbot, main_window,
                                                                   login_site, xvfb):  # noqa: F811
    from evidence_app.vault.logins import list_profiles

    main = main_window
    dlg = main.show_login_dialog(sign_in=True)
    dlg.name_edit.setText("not-yet")
    dlg.url_edit.setText(login_site.url("/login"))
    dlg.open_button.click()
    qtbot.waitUntil(lambda: dlg.signin is not None and dlg.job is None, timeout=120_000)
    qtbot.waitUntil(lambda: "/login" in login_site.requests, timeout=60_000)
    assert dlg.done_button.isEnabled()
    dlg.done_button.click()  # still on the form: not signed in
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    assert "sign-in page" in dlg.status.text() and dlg.signin is not None
    assert dlg.done_button.isEnabled()  # the caseworker can finish signing in and try again
    signin = dlg.signin
    dlg.cancel_button.click()
    assert dlg.result() == dlg.DialogCode.Rejected and dlg.signin is None
    qtbot.waitUntil(lambda: not signin.session._thread.is_alive(), timeout=60_000)
    assert run_on_session(qtbot, main, list_profiles) == []


@pytest.mark.browser
def test_locking_closes_the_evidence_browser(qtbot, controller, main_window, xvfb):  # noqa: F811
    main = main_window
    new_case(qtbot, main, "Client K", "K-1", "KK")
    win = main.case_view.browse_and_capture()
    win.open_button.click()  # no address: an empty window
    qtbot.waitUntil(lambda: win.browser is not None, timeout=120_000)
    browser = win.browser
    controller.lock("manual")
    assert win.browser is None and win.isHidden()
    qtbot.waitUntil(lambda: not browser.session._thread.is_alive(), timeout=60_000)


@pytest.mark.browser
def test_cancel_while_the_sign_in_window_opens_still_closes_it(qtbot, main_window,
                                                                login_site, xvfb):  # noqa: F811
    dlg = main_window.show_login_dialog(sign_in=True)
    dlg.name_edit.setText("quick-cancel")
    dlg.url_edit.setText(login_site.url("/login"))
    job = dlg.open_browser()
    opened: list = []
    job.succeeded.connect(opened.append)
    dlg.cancel_button.click()  # at once: the worker is still starting the browser
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    assert dlg.signin is None and dlg.opening.ended
    [signin] = opened  # None if it saw the cancel before starting the browser
    if signin is not None:  # started anyway: closed by the cancel all the same
        qtbot.waitUntil(lambda: not signin.session._thread.is_alive(), timeout=60_000)
