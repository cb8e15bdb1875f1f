"""Screenshots of each main screen in English and Traditional Chinese (Hong Kong).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_screenshots.py

The screen is a small laptop's (1366x768): the main window must fit it.

Uses a demo vault in a temporary folder, demo pages served on 127.0.0.1 and the real capture and
export engines; writes docs/screenshots/<language>-<nn>-<screen>.png.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

# Shown as a caseworker in Hong Kong sees it: local times with +08:00.
os.environ.setdefault("TZ", "Asia/Hong_Kong")
time.tzset()

PASSPHRASE = "blue kettle harbour lantern"  # noqa: S105 - a demo vault in a temp folder


def wait_until(cond: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget, lang: str, name: str) -> None:  # type: ignore[no-untyped-def]
    settle()
    path = HERE / f"{lang}-{name}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def demo_png(title: str, colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (900, 600), colour)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.rectangle((40 + i * 70, 80, 90 + i * 70, 520), fill=(255 - i * 15, 200, i * 20))
    draw.text((40, 30), title, fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def demo_pages(server) -> list[str]:  # type: ignore[no-untyped-def]
    server.add("/demo/photo.png", demo_png("demo photo", (230, 230, 240)), content_type="image/png")
    urls = []
    for i, (title, text) in enumerate([
        ("Forum post #4411", "A demo forum post with an embedded picture."),
        ("Profile: demo_account", "A demo profile page."),
    ]):
        urls.append(server.add(f"/demo/page{i}", f"""<html><head><title>{title}</title></head>
            <body style="font-family: sans-serif; margin: 40px">
            <h1>{title}</h1><p>{text}</p><img src="/demo/photo.png" width="450">
            <p>{"Demo text. " * 60}</p></body></html>"""))
    return urls


def answer_modal(button_text_options: tuple[str, ...], grab_as: tuple[str, str] | None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        if grab_as is not None:
            save(box, *grab_as)
        for b in box.buttons():
            if b.text() in button_text_options:
                b.click()
                return

    QTimer.singleShot(100, answer)


def run(lang: str) -> None:
    from support.pageserver import PageServer

    from evidence_app.capture.batch import CaptureOptions
    from evidence_app.gui.app import create_application
    from evidence_app.gui.controller import AppController
    from evidence_app.gui.dialogs.settings_dialog import SettingsDialog
    from evidence_app.gui.settings import Settings, SettingsStore

    app = create_application()
    home = Path(tempfile.mkdtemp())
    from support.tsaserver import LocalTsa

    tsa = LocalTsa(home / "tsa").start()  # trusted time from a local TSA (no internet here)
    os.environ["EVIDENCE_APP_TSA"] = tsa.url
    os.environ["EVIDENCE_APP_TSA_ROOTS"] = str(tsa.root_pem)
    os.environ["EVIDENCE_APP_HOME"] = str(home)
    store = SettingsStore(home / "settings.json")
    store.save(Settings(language=lang, operator_name="Wong Ka Yan"))
    controller = AppController(app, store, vault_path=home / "vault.db", quit_fn=lambda: None)
    controller.start()
    setup = controller.window
    setup.pass_edit.setText(PASSPHRASE)
    setup.repeat_edit.setText(PASSPHRASE)
    save(setup, lang, "01-first-run")
    setup.create_vault()
    wait_until(lambda: getattr(controller, "recovery_dialog", None) is not None)
    save(controller.recovery_dialog, lang, "02-recovery-key")
    controller.recovery_dialog.confirm.setChecked(True)
    controller.recovery_dialog.continue_button.click()
    wait_until(lambda: type(controller.window).__name__ == "MainWindow")

    controller.lock("manual")
    unlock = controller.window
    unlock.pass_edit.setText("wrong guess")
    unlock.try_unlock()
    wait_until(lambda: unlock.failures == 1)
    save(unlock, lang, "03-unlock")
    unlock.pass_edit.setText(PASSPHRASE)
    unlock.try_unlock()
    wait_until(lambda: type(controller.window).__name__ == "MainWindow")
    main = controller.window
    settle(0.5)

    title = "網上威脅（示範）" if lang == "zh_HK" else "Online threats (demo)"
    dlg = main.new_case()
    dlg.title_edit.setText(title)
    dlg.ref_edit.setText("HK-2026-014")
    dlg.prefix_edit.setText("黃")  # a natural first try, explained in place
    save(dlg, lang, "04c-new-case-prefix")
    dlg.prefix_edit.setText("WKY")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    wait_until(lambda: main.case_view.case is not None)
    wait_until(lambda: main.case_view.empty_hint.isVisible())
    save(main, lang, "04a-new-case-empty")
    server = PageServer().start()
    urls = demo_pages(server)
    gone = server.add("/demo/removed", "<html><head><title>Removed</title></head><body>"
                      "<h1>This post was removed</h1></body></html>", status=404)
    queue = main.case_view.queue
    queue.options = CaptureOptions(timeout_s=60, nav_timeout_s=20, settle_timeout_s=3,
                                   settle_quiet_ms=300, scroll_time_s=3)
    queue.urls_edit.setPlainText("\n".join([*urls, gone, "http://127.0.0.1:47/nothing-here",
                                            "htp:/typo.example", "我的相片被人放上網"]))
    main.case_view.tabs.setCurrentIndex(1)
    done: list[object] = []
    queue.finished.connect(done.append)
    queue.start()
    wait_until(lambda: bool(done), timeout=240)
    save(main, lang, "05-capture")

    pic = home / "chat-screenshot.png"
    pic.write_bytes(demo_png("chat screenshot", (250, 240, 220)))
    note = main.case_view.ask_and_import([pic])
    note.note_edit.setText("當事人經 WhatsApp 傳來" if lang == "zh_HK" else
                           "sent by the client on WhatsApp")
    save(note, lang, "10-import-note")
    note.buttons.button(note.buttons.StandardButton.Ok).click()
    wait_until(lambda: main.case_view.import_job is None)
    wait_until(lambda: main.case_view.table.rowCount() == 4)
    main.case_view.tabs.setCurrentIndex(0)
    main.case_view.table.selectRow(0)
    detail = main.case_view.detail
    wait_until(lambda: detail.data is not None and bool(detail.previews))
    save(main, lang, "04-case")

    preview = next(iter(detail.previews.values()))
    detail.ensureWidgetVisible(preview.reveal_button, 50, 50)
    save(main, lang, "04b-review-blurred")
    answer_modal(("Cancel", "取消"), (lang, "06-content-warning"))
    preview.reveal_button.click()

    dlg = main.export_case(main.case_view.case)
    out = home / "exports"
    out.mkdir()
    dlg.folder_edit.setText(str(out))
    dlg.start()
    wait_until(lambda: dlg.job is None, timeout=240)
    save(dlg, lang, "07-export")
    dlg.close()

    verify = main.verify()
    wait_until(lambda: verify.job is None and verify.report is not None)
    save(verify, lang, "08-verify")
    verify.close()

    takedown_screens(main, server, lang, urls, gone)
    new_screens(main, home, lang)  # last: it ends in a new (under-18) case

    settings = SettingsDialog(controller.settings, main)
    settings.show()
    save(settings, lang, "09-settings")
    settings.close()
    server.stop()
    controller.shutdown()
    tsa.stop()
    session = controller.last_session
    if session is not None and session.closer is not None:
        session.closer.join(60)


def takedown_screens(main, server, lang: str, urls: list[str], gone: str) -> None:  # type: ignore[no-untyped-def]
    """The take-down tab after two re-checks; a draft; the overview."""
    from PySide6.QtCore import QDateTime

    view = main.case_view
    tab = view.takedown
    tab.options = view.queue.options
    view.tabs.setCurrentWidget(tab)
    wait_until(lambda: len(tab.table.states) >= 3)

    def select(url: str) -> None:
        tab.table.clearSelection()
        tab.table.selectRow(next(i for i, st in enumerate(tab.table.states)
                                 if st.location.url == url))

    def step(start: Callable[[], object]) -> None:
        done: list[str] = []
        tab.step_done.connect(done.append)
        start()
        wait_until(lambda: bool(done))
        tab.step_done.disconnect(done.append)
        settle(0.5)

    def sent(url: str, route: str, ref: str, days_ago: float) -> None:
        select(url)
        dlg = tab.mark_sent()
        dlg.route.setCurrentIndex(max(0, dlg.route.findData(route)))
        dlg.ref.setText(ref)
        how = "平台的舉報表格" if lang == "zh_HK" else "the platform's report form"
        dlg.note.setText(how if route == "other" else "")
        dlg.when.setDateTime(QDateTime.currentDateTime().addSecs(-int(days_ago * 86400)))
        step(dlg.buttons.accepted.emit)

    def check() -> None:
        finished: list[object] = []
        tab.check_finished.connect(finished.append)
        tab.check_now()
        wait_until(lambda: bool(finished), timeout=240)
        tab.check_finished.disconnect(finished.append)
        wait_until(lambda: tab.check_job is None)
        settle(1.0)

    sent(urls[0], "other", "T-20931", 4)
    sent(gone, "other", "T-20932", 4)
    check()  # the pages are online; the 404 post counts as removed
    server.add("/demo/page0", "<html><body><h1>Removed by the platform</h1></body></html>",
               status=410)
    server.add("/demo/removed", "<html><head><title>Back</title></head><body><h1>Back online"
                                "</h1><p>reposted</p></body></html>")
    check()  # page 0 removed (410), the 404 post reappeared

    for url, note in (("https://www.facebook.com/demo.account/posts/4411",
                       "shared in a group" if lang == "en" else "在群組內分享"),
                      ("https://www.google.com/search?q=demo+name",
                       "search result for the client's name" if lang == "en" else
                       "以當事人姓名搜尋的結果")):
        dlg = tab.add_location()
        dlg.url_edit.setText(url)
        dlg.note_edit.setText(note)
        step(dlg.buttons.accepted.emit)
    wait_until(lambda: len(tab.table.states) >= 5)
    sent("https://www.facebook.com/demo.account/posts/4411", "facebook-ncii", "FB-7781", 3)
    select(urls[0])  # its history below the table: the request, two re-checks, the removal
    settle(0.5)
    save(main, lang, "11-takedown")

    select("https://www.facebook.com/demo.account/posts/4411")
    draft = tab.draft_request()
    draft.lang.setCurrentIndex(draft.lang.findData("zh-HK" if lang == "zh_HK" else "en"))
    draft.organisation.setText("示範關注組" if lang == "zh_HK" else "Demo Support Centre")
    step(draft.draft_button.click)
    save(draft, lang, "12-takedown-draft")
    draft.reject()

    overview = main.show_takedown_overview()
    wait_until(lambda: overview.data is not None)
    save(overview, lang, "13-takedown-overview")
    overview.close()


def new_screens(main, home: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Trusted time, backup, watch list, similar pictures, chat view and an under-18 case."""
    from support.chatexports import ANDROID_24H_DAY_FIRST, MIXED_SCRIPTS, whatsapp_zip

    from evidence_app.importer import import_files

    zh = lang == "zh_HK"
    view, extras = main.case_view, main.extras
    ce = extras.capture_extras
    view.table.selectRow(1)
    wait_until(lambda: ce.data is not None and ce.data.stamps
               and all(a.status == "granted" for a in ce.data.stamps))
    view.detail.ensureWidgetVisible(ce, 0, 0)
    save(main, lang, "11-trusted-time")

    backup = extras.open_backup()
    backup.start(home / "usb" / "evidence-app-backup")
    wait_until(lambda: backup.job is None and backup.result is not None)
    save(backup, lang, "12-backup")
    backup.close()

    picture = home / "provided.png"
    picture.write_bytes(demo_png("demo photo", (230, 230, 240)))
    watch = extras.open_watch_list()
    watch.add_paths([picture])
    wait_until(lambda: watch.add_job is None and watch.table.rowCount() == 1)
    save(watch, lang, "13-watch-list")
    watch.close()

    for row in range(view.table.rowCount()):  # the first capture holding a picture
        view.table.selectRow(row)
        wait_until(lambda: ce.data is not None and ce.load_job is not None
                   and not ce.load_job.running and ce.data.capture_id == ce.capture_id)
        if ce.similar_button.isEnabled():
            break
    ce.similar_button.click()
    similar = extras.similar_dialog
    wait_until(lambda: similar.matches is not None)
    save(similar, lang, "14-similar")
    similar.close()

    chat_text = ANDROID_24H_DAY_FIRST + MIXED_SCRIPTS.replace("13/03/2024", "14/03/2024")
    export = whatsapp_zip(home / "WhatsApp Chat.zip", chat_text,
                          {"IMG-20240313-WA0001.jpg": demo_png("attached", (220, 230, 250))})
    rows = view.table.rowCount()
    import_files(main.session.vault, view.case.id, [export], chat_timezone="Asia/Hong_Kong")
    view.reload()
    wait_until(lambda: view.table.rowCount() == rows + 1)
    chat_row = next(r for r in range(view.table.rowCount())
                    if "WhatsApp" in view.table.item(r, 2).text())
    view.table.selectRow(chat_row)
    wait_until(lambda: ce.data is not None and ce.data.chat is not None)
    chat = extras.open_chat(ce.data.chat)
    chat.resize(1300, 700)
    wait_until(lambda: chat.page_job is None and chat.table.rowCount() > 0)
    threat = next(r for r in range(chat.table.rowCount())
                  if "Pay me" in chat.table.item(r, 3).text())
    chat.table.selectRow(threat)
    job = chat.set_marks(chat.selected_numbers(), "勒索" if zh else "the threat", False)
    wait_until(lambda: not job.running)
    wait_until(lambda: chat.page_job is None and any(
        chat.table.item(r, 5).text() for r in range(chat.table.rowCount())))
    picture_row = next(r for r in range(chat.table.rowCount())
                       if "WA0001" in chat.table.item(r, 4).text())
    chat.table.selectRow(picture_row)
    wait_until(lambda: chat.preview is not None)
    save(chat, lang, "16-chat")
    chat.close()

    main.create_case("學生個案（示範）" if zh else "Student (demo)", "HK-2026-015", "STU")
    wait_until(lambda: main.case_view.case is not None
               and main.case_view.case.exhibit_prefix == "STU")
    extras.mark_minor(main.case_view.case.id)
    wait_until(extras.minor_banner.isVisible)
    save(main, lang, "15-minor-case")


def main() -> int:
    for lang in sys.argv[1:] or ["en", "zh_HK"]:
        run(lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
