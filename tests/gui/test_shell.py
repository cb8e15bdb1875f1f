"""First run, unlock, wrong passphrase with a growing wait, quick exit, auto-lock."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer

from evidence_app.gui.dialogs.recovery_key import RecoveryKeyDialog
from evidence_app.gui.main_window import MainWindow
from evidence_app.gui.setup_window import SetupWindow
from evidence_app.gui.unlock_window import UnlockWindow, lockout_seconds
from evidence_app.paths import key_file_for
from evidence_app.vault import Operator, Vault

from .conftest import PASSPHRASE, unlock


def gone(widget) -> bool:
    """Hidden, or already deleted (the controller deletes windows it drops)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def test_first_run_creates_vault_and_shows_recovery_key_once(qtbot, controller, vault_path):
    controller.start()
    win = controller.window
    assert isinstance(win, SetupWindow)
    win.name_edit.setText("Chan Tai Man")
    win.pass_edit.setText("short")
    assert "Too short" in win.strength_label.text()
    assert not win.create_button.isEnabled()
    win.pass_edit.setText(PASSPHRASE)
    win.repeat_edit.setText(PASSPHRASE + "x")
    assert "do not match" in win.match_label.text()
    assert not win.create_button.isEnabled()
    win.repeat_edit.setText(PASSPHRASE)
    assert win.create_button.isEnabled()
    assert win.strength_bar.value() >= 2

    win.create_button.click()
    qtbot.waitUntil(lambda: getattr(controller, "recovery_dialog", None) is not None
                    and controller.recovery_dialog.isVisible(), timeout=30_000)
    dlg: RecoveryKeyDialog = controller.recovery_dialog
    key = dlg.key_label.text()
    assert len(key.split("-")) == 8
    assert dlg.key_label.textFormat() == Qt.TextFormat.PlainText
    assert not dlg.continue_button.isEnabled()
    dlg.reject()  # Esc / close: ignored until confirmed
    assert dlg.isVisible()
    dlg.confirm.setChecked(True)
    with qtbot.waitSignal(controller.screen_shown) as blocker:
        dlg.continue_button.click()
    assert blocker.args == ["main"]
    assert vault_path.exists() and key_file_for(vault_path).exists()
    assert controller.settings.operator_name == "Chan Tai Man"
    # The key shown really opens the vault.
    controller.lock("manual")
    qtbot.waitUntil(lambda: not controller.last_session.closer.is_alive(), timeout=30_000)
    Vault.reset_passphrase(vault_path, key, "a brand new passphrase",
                           Operator("t", "m")).close()


def test_wrong_passphrase_message_then_growing_wait(qtbot, existing_vault):
    win = UnlockWindow(existing_vault, "Tester", delay_for=lambda n: 1 if n >= 2 else 0)
    qtbot.addWidget(win)
    win.show()
    for attempt in (1, 2):
        win.pass_edit.setText("not the passphrase")
        win.unlock_button.click()
        qtbot.waitUntil(lambda a=attempt: win.failures == a, timeout=30_000)
        assert "passphrase is wrong" in win.error_label.text()
        assert f"Wrong tries so far: {attempt}" in win.error_label.text()
    assert not win.unlock_button.isEnabled()
    assert "Try again in 1 s" in win.countdown_label.text()
    win.try_unlock()  # ignored during the wait
    assert win._job is None
    qtbot.waitUntil(win.unlock_button.isEnabled, timeout=5000)
    assert win.countdown_label.text() == ""
    win.pass_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(win.unlocked, timeout=30_000) as blocker:
        win.unlock_button.click()
    blocker.args[0].close()


def test_lockout_schedule_grows():
    assert [lockout_seconds(n) for n in range(1, 5)] == [0, 0, 0, 0]
    assert lockout_seconds(5) == 30
    assert lockout_seconds(6) == 60
    assert lockout_seconds(50) == 900


def test_quick_exit_button_hides_at_once_and_locks(qtbot, main_window, controller,
                                                   quit_recorder):
    session = main_window.session
    vault = session.vault
    main_window.quick_exit.click()
    assert gone(main_window)  # at once, before the vault has finished closing
    assert controller.session is None and not session.is_open
    qtbot.waitUntil(lambda: quit_recorder.calls == 1, timeout=30_000)
    assert not session.closer.is_alive()
    with pytest.raises(Exception):  # noqa: B017 - any error proves the connection is closed
        vault.list_cases()


def test_escape_twice_is_quick_exit(qtbot, main_window, controller, quit_recorder):
    qtbot.waitExposed(main_window)
    handle = main_window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert main_window.isVisible()  # one Esc alone does nothing
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert gone(main_window)
    assert controller.session is None
    qtbot.waitUntil(lambda: quit_recorder.calls == 1, timeout=30_000)


def test_idle_auto_lock_returns_to_unlock_window(qtbot, make_controller, existing_vault):
    controller = make_controller(idle_ms=300)
    controller.start()
    main = unlock(qtbot, controller)
    assert controller.safety.armed
    with qtbot.waitSignal(controller.locked, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert gone(main)
    assert isinstance(controller.window, UnlockWindow)
    assert controller.session is None
    qtbot.waitUntil(lambda: not controller.last_session.closer.is_alive(), timeout=30_000)


def test_user_input_postpones_auto_lock(qtbot, make_controller, existing_vault):
    controller = make_controller(idle_ms=600)
    controller.start()
    main = unlock(qtbot, controller)
    qtbot.waitExposed(main)
    locked: list[str] = []
    controller.locked.connect(locked.append)
    typed: list[int] = []

    def type_a_key() -> None:
        qtbot.keyClick(main.cases.search, Qt.Key.Key_A)
        typed.append(1)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(type_a_key)
    timer.start()
    qtbot.waitUntil(lambda: len(typed) >= 6, timeout=10_000)  # 1.2 s of typing > 0.6 s idle
    timer.stop()
    assert locked == []
    qtbot.waitUntil(lambda: locked == ["idle"], timeout=10_000)


def test_manual_lock_then_unlock_again(qtbot, main_window, controller):
    main_window.session.content_warning_accepted = True
    main_window.lock_action.trigger()
    assert isinstance(controller.window, UnlockWindow)
    again = unlock(qtbot, controller)
    assert isinstance(again, MainWindow) and again is not main_window
    # A new session: the content warning is shown again before the first reveal.
    assert again.session.content_warning_accepted is False


def test_quick_exit_from_the_unlock_window_quits(qtbot, controller, existing_vault,
                                                 quit_recorder):
    controller.start()
    win = controller.window
    win.quick_exit.click()
    assert gone(win)
    assert quit_recorder.calls == 1


def test_forgotten_passphrase_recovery_key_sets_a_new_one(qtbot, vault_path, operator):
    v, recovery = Vault.create(vault_path, PASSPHRASE, operator)
    v.close()
    win = UnlockWindow(vault_path, "Tester")
    qtbot.addWidget(win)
    win.show()
    dlg = win.open_recovery()
    dlg.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dlg.pass_edit.setText("a new passphrase of mine")
    assert not dlg.ok_button.isEnabled()  # not repeated yet
    dlg.repeat_edit.setText("a new passphrase of mine")
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=30_000)
    assert "recovery key is wrong" in dlg.status.text()
    dlg.key_edit.setText(recovery.lower())  # case does not matter
    with qtbot.waitSignal(win.unlocked, timeout=30_000) as blocker:
        dlg.ok_button.click()
    vault = blocker.args[0]
    try:
        assert vault.custody_events()[-1].action == "passphrase_reset"
    finally:
        vault.close()
    Vault.open(vault_path, "a new passphrase of mine", operator).close()


def test_neutral_title_covers_dialogs_too(qtbot, main_window, controller):
    from evidence_app.gui.settings import Settings

    controller.apply_settings(Settings(neutral_title=True))
    assert main_window.windowTitle() == "Notes"
    dlg = main_window.verify()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=30_000)
    assert dlg.windowTitle() == "Notes"
    dlg.setWindowTitle("Verify vault")  # as a retranslation would
    assert dlg.windowTitle() == "Notes"


def test_wrong_tries_and_the_wait_survive_a_restart(qtbot, existing_vault, tmp_path):
    from evidence_app.gui.lockout import LockoutStore

    store = LockoutStore(tmp_path / "attempts.json")
    win = UnlockWindow(existing_vault, "Tester", delay_for=lambda n: 60 if n >= 1 else 0,
                       lockout=store)
    qtbot.addWidget(win)
    win.pass_edit.setText("wrong one")
    win.unlock_button.click()
    qtbot.waitUntil(lambda: win.failures == 1, timeout=30_000)
    again = UnlockWindow(existing_vault, "Tester", lockout=store)  # the app was restarted
    qtbot.addWidget(again)
    assert again.failures == 1
    assert 55 <= again.remaining_s <= 60
    assert not again.unlock_button.isEnabled()
    assert "Try again in" in again.countdown_label.text()
