"""Trusted time in the GUI: per capture granted / pending / failed, the table column, the
"Request timestamps now" action, and the TSA list in Settings (read by the core)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.tsaserver import LocalTsa

from evidence_app.gui.dialogs.settings_dialog import SettingsDialog
from evidence_app.gui.settings import Settings, SettingsStore
from evidence_app.integrity.timestamps import config as tsa_config

from .conftest import unlock

TIME_COL = 6


@pytest.fixture
def local_tsa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    tsa = LocalTsa(tmp_path / "tsa").start()
    monkeypatch.setenv("EVIDENCE_APP_TSA", tsa.url)
    monkeypatch.setenv("EVIDENCE_APP_TSA_ROOTS", str(tsa.root_pem))
    yield tsa
    tsa.stop()


@pytest.fixture
def stamped_main(qtbot, local_tsa, controller, existing_vault):  # type: ignore[no-untyped-def]
    controller.start()  # after the TSA is configured: the vault's service reads it at unlock
    return unlock(qtbot, controller)


def _import_one(qtbot, main, tmp_path: Path, title: str = "Threats"):  # type: ignore[no-untyped-def]
    main.create_case(title, None, "TT")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    f = tmp_path / "threat.txt"
    f.write_text("I will post the pictures\n", encoding="utf-8")
    view = main.case_view
    job = view.import_paths([f])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    return view


def test_pending_while_the_tsa_is_down_then_granted_by_request_now(
        qtbot, stamped_main, local_tsa, tmp_path):
    local_tsa.mode = "down"
    view = _import_one(qtbot, stamped_main, tmp_path)
    extras = stamped_main.extras.capture_extras
    qtbot.waitUntil(lambda: extras.data is not None and extras.data.stamps
                    and extras.data.stamps[0].error is not None, timeout=30_000)
    assert extras.isVisible()
    assert "waiting for the network" in extras.stamps.text()
    assert "asked again automatically" in extras.stamps.text()
    qtbot.waitUntil(lambda: view.table.item(0, TIME_COL).text() == "… pending", timeout=10_000)

    local_tsa.mode = "ok"
    job = extras.request_timestamps()
    assert job is not None and not extras.request_button.isEnabled()
    with qtbot.waitSignal(job.finished, timeout=90_000):
        pass
    assert "Granted: 1. Failed: 0. Still pending: 0." in extras.request_status.text()
    qtbot.waitUntil(lambda: extras.stamps.text().startswith("✓ 127.0.0.1"), timeout=10_000)
    assert "trusted time" in extras.stamps.text() and "serial 0x" in extras.stamps.text()
    assert "+" in extras.stamps.text() or "-" in extras.stamps.text()  # local time with offset
    assert not extras.clock.isVisible()
    qtbot.waitUntil(lambda: view.table.item(0, TIME_COL).text() == "✓ trusted", timeout=10_000)


def test_a_grant_in_the_background_refreshes_the_shown_capture(qtbot, stamped_main, tmp_path):
    view = _import_one(qtbot, stamped_main, tmp_path)
    extras = stamped_main.extras.capture_extras
    # Nothing here asks: the after-seal request's answer arrives through on_outcome.
    qtbot.waitUntil(lambda: extras.stamps.text().startswith("✓ 127.0.0.1"), timeout=60_000)
    qtbot.waitUntil(lambda: view.table.item(0, TIME_COL).text() == "✓ trusted", timeout=10_000)


def test_a_garbage_answer_is_failed_not_trusted_time(qtbot, stamped_main, local_tsa, tmp_path):
    local_tsa.mode = "garbage"
    view = _import_one(qtbot, stamped_main, tmp_path)
    extras = stamped_main.extras.capture_extras
    qtbot.waitUntil(lambda: extras.stamps.text().startswith("✗"), timeout=60_000)
    assert ("failed, not trusted time. Reason: the answer is not a time-stamp"
            in extras.stamps.text())
    assert "RFC 3161" in extras.stamps.toolTip()  # the recorded words
    assert "#b00020" in extras.stamps.styleSheet()
    qtbot.waitUntil(lambda: view.table.item(0, TIME_COL).text() == "✗ failed", timeout=10_000)


def test_a_clock_warning_is_shown_in_red(qtbot, main_window):
    from evidence_app.gui.widgets.capture_extras import ExtrasData

    extras = main_window.extras.capture_extras

    class Skewed:
        tsa, status, tsa_time, serial, error = "tsa.example", "granted", \
            "2026-01-02T03:04:05Z", "0x01", None
        clock_skew_s, clock_warning = -300.0, True

    extras.data = ExtrasData("c1", [Skewed()], [], [])
    extras._render()
    assert extras.clock.isVisibleTo(extras)
    assert "-300 s" in extras.clock.text() and "tsa.example" in extras.clock.text()
    assert "#b00020" in extras.clock.styleSheet()


def test_tsa_list_and_backup_days_are_set_in_settings_and_read_by_the_core(
        qapp, tmp_path, monkeypatch):
    dlg = SettingsDialog(Settings(tsa_urls="", backup_reminder_days=7))
    assert dlg.tsa_urls.text() == "" and dlg.backup_days.value() == 7
    dlg.tsa_urls.setText("  http://tsa.one.example   https://tsa.two.example ")
    dlg.backup_days.setValue(14)
    chosen = dlg.settings()
    assert chosen.tsa_urls == "http://tsa.one.example https://tsa.two.example"
    assert chosen.backup_reminder_days == 14
    # The core reads the same settings.json key.
    monkeypatch.delenv("EVIDENCE_APP_TSA", raising=False)
    store = SettingsStore(tsa_config.config_dir() / "settings.json", languages=lambda: ["en"])
    store.save(chosen)
    assert json.loads(store.path.read_text())["tsa_urls"] == chosen.tsa_urls
    assert tsa_config.load_config().urls == ("http://tsa.one.example", "https://tsa.two.example")
    store.save(Settings(tsa_urls="none"))
    assert tsa_config.load_config().urls == ()
    store.save(Settings(tsa_urls=""))
    assert tsa_config.load_config().urls == tsa_config.DEFAULT_TSAS
    assert store.load().backup_reminder_days == 7
    assert Settings(backup_reminder_days=0).normalised().backup_reminder_days == 1
    dlg.deleteLater()
