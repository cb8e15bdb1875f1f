"""GUI fixtures: a controller on pytest-qt's QApplication, a vault, an unlocked main window."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from evidence_app.gui.controller import AppController
from evidence_app.gui.main_window import MainWindow
from evidence_app.gui.settings import SettingsStore
from evidence_app.gui.unlock_window import UnlockWindow

PASSPHRASE = "correct horse battery staple"  # the same as tests/conftest.py's


class QuitRecorder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    # The machine's own locale must not pick the language of a test.
    return SettingsStore(tmp_path / "config" / "settings.json", languages=lambda: ["en-GB"])


@pytest.fixture
def quit_recorder() -> QuitRecorder:
    return QuitRecorder()


@pytest.fixture
def make_controller(qapp, store, vault_path, quit_recorder):  # type: ignore[no-untyped-def]
    made: list[AppController] = []

    def make(idle_ms: int | None = None) -> AppController:
        c = AppController(qapp, store, vault_path=vault_path, idle_ms=idle_ms,
                          quit_fn=quit_recorder)
        made.append(c)
        return c

    yield make
    for c in made:
        session = c.session or c.last_session
        c.shutdown()
        session = c.last_session or session
        if session is not None and session.closer is not None:
            session.closer.join(timeout=60)
        c.deleteLater()


@pytest.fixture
def controller(make_controller):  # type: ignore[no-untyped-def]
    return make_controller()


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> MainWindow:  # type: ignore[no-untyped-def]
    """Drive the unlock window like a user and wait for the main window."""
    win = controller.window
    assert isinstance(win, UnlockWindow)
    win.name_edit.setText("Test Caseworker")
    win.pass_edit.setText(passphrase)
    with qtbot.waitSignal(controller.screen_shown, timeout=30_000) as blocker:
        win.unlock_button.click()
    assert blocker.args == ["main"]
    main = controller.window
    assert isinstance(main, MainWindow)
    return main


@pytest.fixture
def existing_vault(vault_path, operator):  # type: ignore[no-untyped-def]
    """A vault on disk (created by the core, closed), so the app starts at the unlock window."""
    from evidence_app.vault import Vault

    v, _recovery = Vault.create(vault_path, PASSPHRASE, operator)
    v.close()
    return vault_path


@pytest.fixture
def main_window(qtbot, controller, existing_vault) -> MainWindow:  # type: ignore[no-untyped-def]
    controller.start()
    return unlock(qtbot, controller)


def checkerboard_png(size: int = 200, cell: int = 10) -> bytes:
    """A sharp black/white pattern: easy to tell blurred from revealed."""
    from PIL import Image

    img = Image.new("RGB", (size, size), "white")
    px = img.load()
    for y in range(size):
        for x in range(size):
            if (x // cell + y // cell) % 2:
                px[x, y] = (0, 0, 0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
