"""Chinese before unlocking: the first-run language follows the system, and can be switched on
the first-run and unlock screens; the choice is kept outside the vault."""

from __future__ import annotations

import json

import pytest

from evidence_app.gui.controller import AppController
from evidence_app.gui.settings import SettingsStore, language_for_locales
from evidence_app.gui.setup_window import SetupWindow
from evidence_app.gui.unlock_window import UnlockWindow


@pytest.mark.parametrize(("names", "expected"), [
    (["zh-Hant-HK", "zh-HK"], "zh_HK"),
    (["zh_HK.UTF-8"], "zh_HK"),
    (["zh-TW"], "zh_HK"),
    (["zh-Hant"], "zh_HK"),
    (["zh-MO"], "zh_HK"),
    (["zh-CN"], "en"),
    (["en-GB", "zh-HK"], "en"),
    (["C"], "en"),
    ([], "en"),
])
def test_first_run_language_from_the_system_locale(names, expected):
    assert language_for_locales(names) == expected


def test_first_run_in_chinese_then_switch_and_remembered(qtbot, qapp, tmp_path, vault_path,
                                                          quit_recorder):
    path = tmp_path / "config" / "settings.json"
    controllers = []

    def start(store: SettingsStore) -> AppController:
        c = AppController(qapp, store, vault_path=vault_path, quit_fn=quit_recorder)
        controllers.append(c)
        c.start()
        return c

    try:
        c = start(SettingsStore(path, languages=lambda: ["zh-Hant-HK"]))
        win = c.window
        assert isinstance(win, SetupWindow)
        assert win.title.text() == "建立你的證據庫"
        assert win.language_switch.currentData() == "zh_HK"
        assert not path.exists()  # nothing written until someone chooses
        win.language_switch.activated.emit(win.language_switch.findData("en"))
        qtbot.waitUntil(lambda: win.title.text() == "Create your evidence vault", timeout=5000)
        assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"
        c.shutdown()

        # The next start keeps the choice, whatever the system says.
        vault_path.parent.mkdir(parents=True, exist_ok=True)
        vault_path.write_bytes(b"")  # a vault exists: the unlock screen
        c = start(SettingsStore(path, languages=lambda: ["zh-HK"]))
        win = c.window
        assert isinstance(win, UnlockWindow)
        assert win.unlock_button.text() == "Unlock"
        win.language_switch.activated.emit(win.language_switch.findData("zh_HK"))
        qtbot.waitUntil(lambda: win.unlock_button.text() == "解鎖", timeout=5000)
        assert win.forgot_button.text() != "Forgot the passphrase?"
        assert SettingsStore(path, languages=lambda: ["en"]).load().language == "zh_HK"
    finally:
        for c in controllers:
            c.shutdown()
