"""The take-down tab and the overview, driven like a caseworker would (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime

from evidence_app.gui.takedown.table import CHECK_COL, HOST_COL, STATUS_COL, URL_COL

from .test_full_flow import fast_options
from .test_workflow import new_case

URL = "https://example.org/post/7?ref=share"


def open_tab(qtbot, main):
    view = main.case_view
    tab = view.takedown
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.book is not None and tab.case_id is not None, timeout=10_000)
    return tab


def add(qtbot, tab, url: str, note: str = "found by the survivor") -> None:
    dlg = tab.add_location()
    dlg.url_edit.setText(url)
    dlg.note_edit.setText(note)
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        with qtbot.waitSignal(tab.step_done, timeout=10_000):
            dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any(st.location.url == url for st in tab.table.states),
                    timeout=10_000)


def select(tab, url: str) -> None:
    tab.table.clearSelection()
    tab.table.selectRow(next(i for i, st in enumerate(tab.table.states)
                             if st.location.url == url))


def status_of(tab, url: str) -> str:
    row = next(i for i, st in enumerate(tab.table.states) if st.location.url == url)
    return tab.table.item(row, STATUS_COL).text()


def mark_sent(qtbot, tab, days_ago: float = 0.0, ref: str = "FB-123") -> None:
    dlg = tab.mark_sent()
    dlg.route.setCurrentIndex(dlg.route.findData("other"))
    dlg.ref.setText(ref)
    dlg.when.setDateTime(QDateTime.currentDateTime().addSecs(-int(days_ago * 86400)))
    dlg.buttons.accepted.emit()
    assert dlg.error.isVisible()  # the route "other" needs to say how it was sent
    dlg.note.setText("the platform's report form")
    with qtbot.waitSignal(tab.step_done, timeout=10_000):
        dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: tab.table.states[0].reported, timeout=10_000)


def respond(qtbot, tab, outcome: str) -> None:
    dlg = tab.record_response()
    dlg.outcome.setCurrentIndex(dlg.outcome.findData(outcome))
    dlg.ref.setText("FB-123")
    dlg.note.setPlainText("Thanks for your report.")
    before = len(tab.table.states[0].requests[-1].responses)
    with qtbot.waitSignal(tab.step_done, timeout=10_000):
        dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(tab.table.states[0].requests[-1].responses) > before,
                    timeout=10_000)


def test_add_draft_send_answer_in_the_tab(qtbot, main_window, tmp_path, monkeypatch):
    main = main_window
    new_case(qtbot, main, "Take-down of C", "HK-12", "TD")
    tab = open_tab(qtbot, main)
    assert tab.table.rowCount() == 0 and not tab.draft_button.isEnabled()

    dlg = tab.add_location()
    dlg.url_edit.setText("not an address")
    dlg.buttons.accepted.emit()
    assert dlg.error.isVisible() and dlg.isVisible()
    dlg.reject()
    add(qtbot, tab, URL)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, URL_COL).text() == URL
    assert tab.table.item(0, HOST_COL).text() == "example.org"
    assert status_of(tab, URL) == "Found, not reported"

    # A response before any request is refused in plain words (the core would refuse too).
    select(tab, URL)
    assert tab.record_response() is None and "Mark sent" in tab.status.text()

    # Drafts in both languages carry the address; opening one as e-mail needs an e-mail route.
    select(tab, URL)
    draft = tab.draft_request()
    assert draft.route.itemData(draft.route.count() - 1) == "other"
    for lang, word in (("en", "removal"), ("zh-HK", "移除")):
        draft.lang.setCurrentIndex(draft.lang.findData(lang))
        draft.organisation.setText("Example NGO")
        with qtbot.waitSignal(tab.step_done, timeout=10_000):
            draft.draft_button.click()
        text = draft.text.toPlainText()
        assert URL in text and "Example NGO" in text and word in text.lower()
        assert draft.text.isReadOnly() and draft.copy_button.isEnabled()
    saved = draft.save_to(tmp_path / "request.txt")
    assert saved is not None and URL in saved.read_text(encoding="utf-8")
    draft.reject()

    # Sent three days ago on a 48-hour route: overdue, loudly.
    select(tab, URL)
    mark_sent(qtbot, tab, days_ago=3)
    assert "Reported" in status_of(tab, URL) and "OVERDUE" in status_of(tab, URL)
    assert "1 overdue" in tab.summary.text()
    assert tab.table.item(0, STATUS_COL).background().color().name() == "#ffe082"

    select(tab, URL)
    respond(qtbot, tab, "removed")
    assert status_of(tab, URL) == "Removed"
    assert "OVERDUE" not in status_of(tab, URL)
    select(tab, URL)  # its history: the note, the request and the answer, in plain text
    history = tab.history.toPlainText()
    assert "found by the survivor" in history and "FB-123" in history
    assert "Answer" in history and "Removed" in history and "Thanks for your report." in history

    from evidence_app.vocab import Action

    events = [e.action for e in main.session.vault.custody_events()]
    for action in (Action.TAKEDOWN_LOCATION_ADDED, Action.TAKEDOWN_DRAFTED,
                   Action.TAKEDOWN_SENT, Action.TAKEDOWN_RESPONSE):
        assert action in events


def check_all(qtbot, tab) -> list:
    with qtbot.waitSignal(tab.check_finished, timeout=180_000) as done:
        tab.check_button.click()
        assert tab.cancel_button.isVisible() and not tab.check_button.isEnabled()
    qtbot.waitUntil(lambda: tab.check_job is None and tab.check_button.isEnabled(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: tab.table.states[0].last_check is not None
                    and tab.table.states[0].last_check.capture_id == done.args[0][0].capture_id,
                    timeout=10_000)
    return done.args[0]


@pytest.mark.browser
def test_check_all_now_proves_removal_then_flags_reappearance(qtbot, main_window, page_server):
    main = main_window
    new_case(qtbot, main, "Re-check of D", "HK-13", "RC")
    tab = open_tab(qtbot, main)
    tab.options = fast_options()
    url = page_server.add("/gui-td/post/9", "<html><body><h1>This post was removed</h1></body>"
                                            "</html>", status=410)
    add(qtbot, tab, url)

    [r] = check_all(qtbot, tab)
    assert (r.status, r.reason, r.http_status) == ("removed", "http-410", 410)
    assert r.capture_id and status_of(tab, url) == "Removed"
    assert "HTTP 410" in tab.table.item(0, CHECK_COL).toolTip()
    assert "Removed: 1" in tab.status.text() and not tab.alarm.isVisible()

    # The post comes back: reappeared, in red on the row and in a banner above the table.
    page_server.add("/gui-td/post/9", "<html><body><p>back again</p></body></html>")
    [r] = check_all(qtbot, tab)
    assert r.status == "reappeared"
    assert status_of(tab, url) == "REAPPEARED"
    assert tab.table.item(0, STATUS_COL).background().color().name() == "#b00020"
    assert tab.alarm.isVisible() and "REAPPEARED" in tab.alarm.text()
    # Re-check captures are evidence of the case, never new locations.
    assert tab.table.rowCount() == 1
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() == 2, timeout=10_000)


def seed(vault) -> None:
    """Two cases: one removed after two days, one overdue, one never reported."""
    from datetime import timedelta

    from evidence_app.takedown import platforms
    from evidence_app.takedown.locations import add_location
    from evidence_app.takedown.requests import mark_sent, record_response
    from evidence_app.vault.models import iso_utc, utc_now

    book = platforms.load()
    now = utc_now()
    a = vault.create_case("Overview A", ref="OV-1", exhibit_prefix="OA")
    b = vault.create_case("Overview B", ref="OV-2", exhibit_prefix="OB")
    gone, _ = add_location(vault, book, a.id, "https://www.pornhub.com/view_video.php?k=1")
    late, _ = add_location(vault, book, a.id, "https://www.facebook.com/posts/1")
    add_location(vault, book, b.id, "https://lihkg.com/thread/1")
    three_days_ago = iso_utc(now - timedelta(days=3))
    for loc in (gone, late):
        mark_sent(vault, book, [loc], "other", note="the platform's form", at=three_days_ago)
    record_response(vault, gone, "removed", at=iso_utc(now - timedelta(days=1)))


def test_overview_counts_across_cases_and_exports_counts_only(qtbot, main_window, tmp_path):
    main = main_window
    seed(main.session.vault)
    win = main.show_takedown_overview()
    qtbot.waitUntil(lambda: win.data is not None, timeout=10_000)
    figures = {k: label.text() for k, label in win.figures.items()}
    assert figures == {"open": "1", "overdue": "1", "reappeared": "0", "locations": "3",
                       "reported": "2", "removed": "1"}
    assert win.figures["overdue"].styleSheet() == "color: #b00020;"
    rows = {(win.table.item(r, 0).text(), win.table.item(r, 1).text()):
            [win.table.item(r, c).text() for c in range(2, 7)]
            for r in range(win.table.rowCount())}
    assert rows[("Category", "Porn site")] == ["1", "1", "1", "100%", "2"]
    assert rows[("Category", "Social media")] == ["1", "1", "0", "0%", "—"]
    assert rows[("Category", "Forum")] == ["1", "0", "0", "—", "—"]
    assert ("Platform", "Facebook") in rows or any(k[0] == "Platform" and "Facebook" in k[1]
                                                   for k in rows)
    path = win.write_csv(tmp_path / "overview.csv")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[1] == "total,all,3,2,1,0.5,2"
    for private in ("pornhub.com", "facebook.com", "lihkg.com", "OV-1", "Overview A"):
        assert private not in text


def test_take_down_tab_and_overview_in_chinese_show_no_english(qtbot, make_controller, store,
                                                               existing_vault):
    from evidence_app.gui.settings import Settings

    from .conftest import unlock
    from .test_chinese_flow import english_left, visible_texts

    store.save(Settings(language="zh_HK"))
    controller = make_controller()
    controller.start()
    main = unlock(qtbot, controller)
    main.create_case("陳小姐的個案", "HK-77", "CSM")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    tab = open_tab(qtbot, main)
    assert main.case_view.tabs.tabText(main.case_view.tabs.indexOf(tab)) == "移除內容"
    add(qtbot, tab, URL)
    add(qtbot, tab, "https://www.facebook.com/posts/77")
    select(tab, URL)
    mark_sent(qtbot, tab, days_ago=3)
    assert status_of(tab, URL) == "已舉報 · 已逾期"

    data = ["陳小姐的個案", "HK-77", "Test Caseworker", "example.org", "www.facebook.com",
            "found by the survivor",
            main.session.vault.operator.machine]
    shown = visible_texts(tab)
    assert english_left(shown, data) == [], english_left(shown, data)
    select(tab, URL)
    history = tab.history.toPlainText()
    assert "FB-123" in history and "已逾期" not in history
    assert english_left(history.splitlines(), [*data, "FB-123", "the platform's report form"]) \
        == [], history

    draft = tab.draft_request()
    routes = [draft.route.itemText(i) for i in range(draft.route.count())]
    with qtbot.waitSignal(tab.step_done, timeout=10_000):
        draft.draft_button.click()
    # The request's text is what is sent to the platform (English here): data, not interface.
    shown = [t for t in visible_texts(draft) if t != draft.text.toPlainText()]
    assert english_left(shown, [*data, *routes, "English"]) == []
    assert routes[-1] == "其他（說明以甚麼方式提交）"
    draft.reject()

    win = main.show_takedown_overview()
    qtbot.waitUntil(lambda: win.data is not None, timeout=10_000)
    shown = visible_texts(win)
    assert english_left(shown, [*data, "Facebook"]) == [], english_left(shown, data)
    assert win.table.item(0, 0).text() == "類別"

    # The same walk finds English when the interface is English (the check can fail).
    controller.apply_settings(Settings(language="en", operator_name="Test Caseworker"))
    qtbot.waitUntil(lambda: tab.check_button.text() == "Check all now", timeout=5000)
    assert len(english_left(visible_texts(tab), data)) > 5


@pytest.mark.browser
def test_a_check_shows_each_location_s_progress_and_can_be_cancelled(qtbot, main_window,
                                                                     page_server):
    main = main_window
    new_case(qtbot, main, "Cancel check of E", "HK-14", "CC")
    tab = open_tab(qtbot, main)
    tab.options = fast_options()
    hang = page_server.url("/hang")
    add(qtbot, tab, hang)
    with qtbot.waitSignal(tab.check_finished, timeout=120_000) as done:
        tab.check_button.click()
        # The location's own row says where its check is, while it runs.
        qtbot.waitUntil(lambda: "loading the page" in tab.table.item(0, CHECK_COL).text(),
                        timeout=60_000)
        assert tab.progress.isVisible() and tab.progress.maximum() == 1
        tab.cancel_button.click()
    qtbot.waitUntil(lambda: tab.check_job is None, timeout=30_000)
    [r] = done.args[0]
    assert r.status in ("cancelled", "check-failed")
    assert "Check cancelled." in tab.status.text()
    assert status_of(tab, hang) == "Found, not reported"  # a failed check changes nothing
    assert not tab.progress.isVisible() and tab.check_button.isEnabled()


@pytest.mark.browser
def test_the_daily_check_is_a_saved_setting_and_checks_every_case_once_a_day(
        qtbot, main_window, controller, page_server):
    main = main_window
    new_case(qtbot, main, "Daily check of F", "HK-15", "DC")
    tab = open_tab(qtbot, main)
    tab.options = fast_options()
    assert not tab.daily.isChecked() and not tab.timer.isActive()  # off by default
    url = page_server.add("/gui-td/daily/1", "<html><body>gone</body></html>", status=410)
    add(qtbot, tab, url)

    # Switching it on saves the setting and checks at once (nothing was ever checked).
    with qtbot.waitSignal(tab.check_finished, timeout=180_000) as done:
        tab.daily.setChecked(True)
    assert controller.store.load().takedown_daily_check is True and tab.timer.isActive()
    assert [r.status for r in done.args[0]] == ["removed"]
    qtbot.waitUntil(lambda: tab.check_job is None, timeout=10_000)

    # Checked less than a day ago: the next tick looks and does nothing.
    job = tab.daily_tick()
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert tab.check_job is None

    tab.daily.setChecked(False)
    assert controller.store.load().takedown_daily_check is False and not tab.timer.isActive()
    assert tab.daily_tick() is None


def test_a_broken_platforms_file_is_named_with_its_line(qtbot, main_window, tmp_path,
                                                       monkeypatch):
    from evidence_app.takedown.platforms import PLATFORMS_ENV

    bad = tmp_path / "platforms.toml"
    bad.write_text('version = 1\n[[platforms]]\nid = "x"\nname = \n', encoding="utf-8")
    monkeypatch.setenv(PLATFORMS_ENV, str(bad))
    main = main_window
    new_case(qtbot, main, "Broken data", "HK-16", "BD")
    tab = main.case_view.takedown
    qtbot.waitUntil(lambda: tab.book_error is not None, timeout=10_000)
    text = tab.summary.text()
    assert "platforms data file has an error" in text and "line 4" in text
    assert not tab.add_button.isEnabled() and not tab.check_button.isEnabled()
    win = main.show_takedown_overview()
    assert "line 4" in win.status.text() and not win.export_button.isEnabled()


RDAP_IP = {
    "objectClassName": "ip network", "handle": "NET-127", "name": "LOOPBACK-NET",
    "entities": [{"objectClassName": "entity", "roles": ["registrant"],
                  "vcardArray": ["vcard", [["fn", {}, "text", "Example Hosting Ltd"]]],
                  "entities": [{"objectClassName": "entity", "roles": ["abuse"],
                                "vcardArray": ["vcard", [["email", {}, "text",
                                                          "abuse@hosting.test"]]]}]}],
}


@pytest.fixture
def rdap_url(monkeypatch):
    """A local RDAP service that knows 127.0.0.1 (tests never ask the internet)."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from evidence_app.takedown.rdap import RDAP_ENV

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):  # noqa: ANN002
            pass

        def do_GET(self):  # noqa: N802
            found = self.path == "/ip/127.0.0.1"
            body = json.dumps(RDAP_IP if found else {"errorCode": 404}).encode()
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/rdap+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    monkeypatch.setenv(RDAP_ENV, url)
    yield url
    httpd.shutdown()
    httpd.server_close()


def test_look_up_host_shows_the_abuse_contact_and_keeps_it(qtbot, main_window, rdap_url):
    main = main_window
    new_case(qtbot, main, "Look-up of G", "HK-17", "LU")
    tab = open_tab(qtbot, main)
    url = "http://127.0.0.1:9/post/1"
    add(qtbot, tab, url)
    select(tab, url)
    with qtbot.waitSignal(tab.step_done, timeout=30_000):
        tab.lookup_button.click()
    assert "abuse@hosting.test" in tab.status.text()
    qtbot.waitUntil(lambda: bool(tab.table.states) and bool(tab.table.states[0].lookups),
                    timeout=10_000)
    select(tab, url)
    history = tab.history.toPlainText()
    assert "Example Hosting Ltd" in history and "abuse@hosting.test" in history


def test_an_e_mail_route_opens_the_draft_in_the_mail_program_and_sends_nothing(
        qtbot, main_window, monkeypatch):
    from urllib.parse import unquote

    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    # The desktop's mail program is outside the test: record what would be handed to it.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
                        or True)
    main = main_window
    new_case(qtbot, main, "Channel H", "HK-18", "CH")
    tab = open_tab(qtbot, main)
    url = "https://t.me/demo_channel/12"
    add(qtbot, tab, url)
    select(tab, url)
    draft = tab.draft_request()
    assert not draft.mail_button.isEnabled()  # nothing drafted yet
    draft.route.setCurrentIndex(draft.route.findData("telegram-abuse-email"))
    with qtbot.waitSignal(tab.step_done, timeout=10_000):
        draft.draft_button.click()
    assert draft.mail_button.isEnabled()
    draft.mail_button.click()
    [link] = opened
    assert link.startswith("mailto:") and url in unquote(link)
    assert url in draft.text.toPlainText()


def test_the_history_says_a_location_shows_a_watched_picture(qapp):
    from evidence_app.gui.takedown.history import history_text
    from evidence_app.takedown.locations import CaptureRef, Location
    from evidence_app.takedown.platforms import UNKNOWN
    from evidence_app.takedown.status import LocationState
    from evidence_app.vocab import TakedownStatus

    ref = CaptureRef("c" * 32, "KL-002", "2026-12-02T01:00:00Z", 200, "a" * 64,
                     watch_matches=(("KL-W01", 8),))
    loc = Location("l" * 32, "k" * 32, "https://repost.example/p/1", "repost.example", UNKNOWN,
                   "capture", captures=(ref,))
    text = history_text(LocationState(loc, TakedownStatus.FOUND), None, {})
    assert "Shows watched picture KL-W01 (distance 8): report this location." in text
