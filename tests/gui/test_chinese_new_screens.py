"""The trusted-time, backup, fingerprint and chat screens in Traditional Chinese: no English
phrase left visible (user and chat data taken out), as test_chinese_flow checks the rest."""

from __future__ import annotations

from pathlib import Path

from support.chatexports import MIXED_SCRIPTS, whatsapp_zip

from evidence_app.gui.dialogs.settings_dialog import SettingsDialog
from evidence_app.gui.settings import Settings
from evidence_app.importer import import_files

from .conftest import checkerboard_png
from .test_chinese_flow import english_left, visible_texts


def test_new_screens_show_no_english_in_chinese(qtbot, main_window, controller, tmp_path):
    main = main_window
    controller.apply_settings(Settings(language="zh_HK", operator_name="Test Caseworker"))
    main.create_case("陳小姐", "HK-1", "KL")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    export = whatsapp_zip(tmp_path / "chat.zip", MIXED_SCRIPTS + (
        "13/03/2024, 10:03 - 陳大文: IMG-1.jpg (file attached)\n"), {
        "IMG-1.jpg": checkerboard_png(200, 10)})
    import_files(main.session.vault, main.case_view.case.id, [export],
                 chat_timezone="Asia/Hong_Kong")
    view, extras = main.case_view, main.extras
    view.reload()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    ce = extras.capture_extras
    qtbot.waitUntil(lambda: ce.data is not None and ce.chat_button.isVisibleTo(ce),
                    timeout=20_000)
    qtbot.waitUntil(extras.reminder.isVisible, timeout=10_000)
    data = ["Test Caseworker", "KL-001", "Asia/Hong_Kong", "WhatsApp", "Sam Lee", "chat.zip",
            "_chat.txt", "IMG-1.jpg", "HK-1", "chat-transcript.json", "Take It Down",
            "takeitdown.ncmec.org", "e-Report", "Hong Kong Police", "SHA-256", "Caps Lock"]
    # The custody timeline's "fingerprinted" details are the core's words (not these screens').
    shown = [t for t in visible_texts(main) if not t.startswith("algorithm: pdq")]
    assert english_left(shown, data) == []

    chat = extras.open_chat(ce.data.chat)
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() > 0, timeout=20_000)
    chat_data = [*data, *(chat.table.item(r, 3).text() for r in range(chat.table.rowCount()))]
    assert english_left(visible_texts(chat), chat_data) == []

    backup = extras.open_backup()
    assert english_left(visible_texts(backup), data) == []
    taken = tmp_path / "usb" / "taken"
    taken.mkdir(parents=True)
    (taken / "other.txt").write_text("not empty")
    job = backup.start(taken)  # refused: the reason in Chinese too
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert backup.status.text() and english_left(visible_texts(backup), data) == []
    watch = extras.open_watch_list()
    qtbot.waitUntil(lambda: watch.list_job is not None and not watch.list_job.running,
                    timeout=10_000)
    assert english_left(visible_texts(watch), data) == []
    box = extras.confirm_mark_minor()
    assert english_left([box.text(), box.informativeText(),
                         *(b.text() for b in box.buttons())], data) == []
    box.reject()
    extras.mark_minor(view.case.id)
    qtbot.waitUntil(extras.minor_banner.isVisible, timeout=10_000)
    assert english_left(visible_texts(extras.minor_banner), data) == []
    settings = SettingsDialog(controller.settings)
    assert english_left(visible_texts(settings), [*data, "none", "RFC"]) == []
    for w in (chat, backup, watch, settings):
        w.close()
    assert Path(export).exists()
