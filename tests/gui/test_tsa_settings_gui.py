"""The TSA list chosen in Settings takes effect at once for the open vault (the core reads the
same settings.json)."""

from __future__ import annotations

import pytest

from evidence_app.gui.settings import SettingsStore


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    return SettingsStore(languages=lambda: ["en-GB"])  # the default path: the core's own file


def test_a_new_tsa_list_is_used_from_now_on(qtbot, main_window, controller, monkeypatch):
    from dataclasses import replace

    from evidence_app.integrity.timestamps.service import service_for

    monkeypatch.delenv("EVIDENCE_APP_TSA")  # the environment would win over the settings
    vault = main_window.session.vault
    controller.apply_settings(replace(controller.settings,
                                      tsa_urls="http://tsa.one.example http://tsa.two.example"))
    assert service_for(vault).config.urls == ("http://tsa.one.example", "http://tsa.two.example")
    controller.apply_settings(replace(controller.settings, tsa_urls="none"))
    assert service_for(vault).config.urls == ()
    assert not service_for(vault).config.enabled
