"""Settings file handling, and no traces of case files in Qt's file-dialog history."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from evidence_app.gui.file_dialogs import scrub_qt_file_dialog_history
from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.settings import Settings, SettingsStore
from evidence_app.gui.strength import score


def test_settings_defaults_merged_with_saved_values(tmp_path):
    store = SettingsStore(tmp_path / "s.json", languages=lambda: ["en-GB"])
    assert store.load() == Settings()
    store.path.write_text(json.dumps({"language": "zh_HK", "unknown": 1}))
    loaded = store.load()
    assert loaded.language == "zh_HK" and loaded.idle_lock_minutes == Settings().idle_lock_minutes


def test_broken_or_out_of_range_settings_fall_back_to_defaults(tmp_path):
    store = SettingsStore(tmp_path / "s.json", languages=lambda: ["en-GB"])
    store.path.write_text("{not json")
    assert store.load() == Settings()
    store.path.write_text(json.dumps({"language": "xx", "idle_lock_minutes": -5}))
    loaded = store.load()
    assert loaded.language == "en" and loaded.idle_lock_minutes == 1
    store.save(Settings(operator_name="  Jane  ", idle_lock_minutes=10))
    assert json.loads(store.path.read_text()) == {
        "language": "en", "idle_lock_minutes": 10, "neutral_title": False,
        "operator_name": "Jane", "window_width": 0, "window_height": 0,
        "recovery_key_unconfirmed": False, "takedown_daily_check": False, "tsa_urls": "",
        "backup_reminder_days": 7}


def test_settings_default_location_is_the_config_folder(isolated_paths):
    store = SettingsStore()
    assert store.path == isolated_paths / "config" / "settings.json"


def test_file_dialog_history_is_scrubbed(qapp, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/history", ["file:///home/x/Case of Jane"])
    qt.setValue("FileDialog/lastVisited", "file:///home/x/Case of Jane")
    qt.setValue("FileDialog/viewMode", "Detail")
    qt.sync()
    scrub_qt_file_dialog_history()
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") is None
    assert after.value("FileDialog/lastVisited") is None
    assert after.value("FileDialog/viewMode") == "Detail"


def test_strength_score():
    assert score("short") == 0
    assert score("password123") <= 1
    assert score("correct horse battery staple") >= 3


def test_local_time_shows_offset_and_plain_strips_controls():
    text = local_time("2026-01-02T03:04:05.000000Z")
    assert text[:4] == "2026" and text[-6] in "+-" and text[-3] == ":"
    assert plain("a\x07b\x1b[31mc") == "a b [31mc"
    assert plain("x" * 5000, 10) == "x" * 10 + "…"
