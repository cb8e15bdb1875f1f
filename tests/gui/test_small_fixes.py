"""The smaller fixes from the first-use test (issue 10, item 7) and the clipboard (issue 9)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from evidence_app.gui.dialogs.recover_dialog import RecoverDialog
from evidence_app.gui.dialogs.recovery_key import RecoveryKeyDialog
from evidence_app.gui.main_window import fitted_size
from evidence_app.gui.setup_window import SetupWindow
from evidence_app.gui.unlock_window import UnlockWindow

from .conftest import PASSPHRASE, checkerboard_png, unlock
from .test_workflow import import_files, new_case


def press_enter(widget) -> None:  # type: ignore[no-untyped-def]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier))


def test_enter_in_passphrase_again_creates_the_vault_and_a_quick_exit_on_the_key_is_recalled(
        qtbot, make_controller, vault_path, quit_recorder):
    controller = make_controller()
    controller.start()
    win = controller.window
    assert isinstance(win, SetupWindow)
    win.pass_edit.setText(PASSPHRASE)
    win.repeat_edit.setText(PASSPHRASE)
    press_enter(win.repeat_edit)
    qtbot.waitUntil(lambda: isinstance(controller.recovery_dialog, RecoveryKeyDialog)
                    and controller.recovery_dialog.isVisible(), timeout=30_000)
    assert controller.store.load().recovery_key_unconfirmed
    controller.quick_exit()  # the key was never confirmed as written down
    qtbot.waitUntil(lambda: quit_recorder.calls == 1, timeout=30_000)

    again = make_controller()
    again.start()
    unlock_win = again.window
    assert isinstance(unlock_win, UnlockWindow) and unlock_win.reminder.isVisibleTo(unlock_win)
    assert "recovery key" in unlock_win.reminder.text()
    unlock(qtbot, again)
    assert not again.store.load().recovery_key_unconfirmed  # said once is enough


def test_recovery_screen_shows_passphrase_strength(qtbot, existing_vault):
    dlg = RecoverDialog(existing_vault, "t")
    qtbot.addWidget(dlg)
    dlg.pass_edit.setText("short")
    assert "Too short" in dlg.strength.label.text() and dlg.strength.bar.value() == 0
    dlg.pass_edit.setText("four quite unrelated words here")
    assert dlg.strength.bar.value() >= 3 and "Strength" in dlg.strength.label.text()


def test_main_window_fits_a_small_screen_and_remembers_its_size(qtbot, make_controller,
                                                                existing_vault):
    assert fitted_size(0, 0, QSize(1366, 728)).height() <= 728 - 40
    assert fitted_size(0, 0, QSize(1366, 728)).width() <= 1366
    assert fitted_size(900, 600, QSize(1920, 1040)) == QSize(900, 600)
    controller = make_controller()
    controller.start()
    main = unlock(qtbot, controller)
    main.resize(1000, 650)
    controller.lock("manual")
    assert (controller.store.load().window_width, controller.store.load().window_height) == (
        1000, 650)
    main = unlock(qtbot, controller)
    assert main.size() == fitted_size(1000, 650, main.screen().availableGeometry().size())
    assert main.height() == 650  # this test screen has room for the remembered height


def test_new_case_hints_where_evidence_comes_from(qtbot, main_window):
    main = main_window
    new_case(qtbot, main)
    view = main.case_view
    qtbot.waitUntil(lambda: view.empty_hint.isVisibleTo(view), timeout=5000)
    assert "Capture web pages" in view.empty_text.text()
    view.go_capture_button.click()
    assert view.tabs.currentWidget() is view.queue


def test_copied_note_custody_text_and_clipboard_cleared_on_lock(qtbot, main_window, controller,
                                                                tmp_path):
    main = main_window
    new_case(qtbot, main)
    files = []
    for i in range(2):
        f = tmp_path / f"pic-{i}.png"
        f.write_bytes(checkerboard_png(60 + i))
        files.append(f)
    import_files(qtbot, main, files)
    view = main.case_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 2 and not view.empty_hint.isVisibleTo(view),
                    timeout=10_000)
    detail = view.detail
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: detail.data is not None, timeout=10_000)
    first = detail.data.capture.id
    detail.artifacts.selectRow(0)
    detail.copy_button.click()
    assert detail.copy_note.text() == "Copied."
    digest = QGuiApplication.clipboard().text()
    assert len(digest) == 64
    view.table.selectRow(1)
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.capture.id != first,
                    timeout=10_000)
    assert detail.copy_note.text() == ""  # not "Copied." next to another item's hashes
    # The custody timeline is words, not a JSON record.
    details = [detail.custody.item(r, 3).text() for r in range(detail.custody.rowCount())]
    assert details and not any(t.lstrip().startswith("{") for t in details)
    assert detail.artifacts.item(0, 0).text() == "Imported file"  # a role name for people

    controller.lock("manual")
    assert QGuiApplication.clipboard().text() == ""


def test_someone_elses_clipboard_text_is_left_alone(qtbot, main_window, controller):
    QGuiApplication.clipboard().setText("the user's own text")
    controller.lock("manual")
    assert QGuiApplication.clipboard().text() == "the user's own text"
