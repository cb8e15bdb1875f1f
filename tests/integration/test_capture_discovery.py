"""Browser discovery order and URL checks (no browser started, except the real Linux lookup)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from evidence_app.capture.browser import BROWSER_ENV, candidates, find_browser
from evidence_app.capture.urls import validate_url
from evidence_app.errors import BrowserNotFound, InvalidURL


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"#!fake browser\n")
    return path


def no_path(name: str) -> None:
    return None


def windows_env(tmp_path: Path) -> dict[str, str]:
    return {"PROGRAMFILES": str(tmp_path / "pf"), "PROGRAMFILES(X86)": str(tmp_path / "pf86"),
            "LOCALAPPDATA": str(tmp_path / "local")}


def test_windows_order_playwright_chrome_edge(tmp_path):
    env = windows_env(tmp_path)
    edge = touch(tmp_path / "pf86/Microsoft/Edge/Application/msedge.exe")
    assert find_browser(system="Windows", env=env, home=tmp_path, which=no_path).path == str(edge)
    chrome = touch(tmp_path / "local/Google/Chrome/Application/chrome.exe")
    found = find_browser(system="Windows", env=env, home=tmp_path, which=no_path)
    assert (found.kind, found.path) == ("chrome", str(chrome))
    touch(tmp_path / "local/ms-playwright/chromium-1097/chrome-win/chrome.exe")
    newest = touch(tmp_path / "local/ms-playwright/chromium-1140/chrome-win64/chrome.exe")
    found = find_browser(system="Windows", env=env, home=tmp_path, which=no_path)
    assert (found.kind, found.path) == ("playwright", str(newest))
    kinds = [b.kind for b in candidates("Windows", env, tmp_path, no_path)]
    assert kinds == ["playwright", "playwright", "chrome", "edge"]


def test_macos_locations(tmp_path):
    edge = touch(tmp_path / "Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")
    found = find_browser(system="Darwin", env={}, home=tmp_path, which=no_path)
    assert (found.kind, found.path) == ("edge", str(edge))
    pw = touch(tmp_path / "Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/"
                          "Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing")
    assert find_browser(system="Darwin", env={}, home=tmp_path, which=no_path).path == str(pw)


def test_linux_path_lookup_order(tmp_path):
    fake = {"chromium": str(touch(tmp_path / "bin/chromium")),
            "microsoft-edge": str(touch(tmp_path / "bin/microsoft-edge"))}
    found = find_browser(system="Linux", env={}, home=tmp_path, which=fake.get)
    assert found.kind == "edge"  # Edge before Chromium
    del fake["microsoft-edge"]
    assert find_browser(system="Linux", env={}, home=tmp_path, which=fake.get).kind == "chromium"


def test_explicit_setting_wins_and_must_exist(tmp_path):
    env = windows_env(tmp_path)
    touch(tmp_path / "pf/Google/Chrome/Application/chrome.exe")
    mine = touch(tmp_path / "portable/chrome.exe")
    found = find_browser(system="Windows", env={**env, BROWSER_ENV: str(mine)}, home=tmp_path,
                         which=no_path)
    assert (found.kind, found.path) == ("explicit", str(mine))
    assert find_browser(str(mine), system="Windows", env=env, home=tmp_path,
                        which=no_path).kind == "explicit"
    with pytest.raises(BrowserNotFound, match="does not exist"):
        find_browser(str(tmp_path / "missing.exe"), system="Windows", env=env, home=tmp_path,
                     which=no_path)


@pytest.mark.parametrize("system,hint", [("Windows", "Microsoft Edge"), ("Darwin", "Chrome"),
                                         ("Linux", "apt install chromium")])
def test_nothing_found_names_what_to_install(tmp_path, system, hint):
    with pytest.raises(BrowserNotFound) as e:
        find_browser(system=system, env=windows_env(tmp_path), home=tmp_path, which=no_path)
    assert hint in str(e.value) and BROWSER_ENV in str(e.value)


def test_real_linux_lookup_finds_the_installed_chromium(monkeypatch):
    monkeypatch.delenv(BROWSER_ENV, raising=False)
    if os.name != "posix" or not shutil.which("chromium"):
        pytest.skip("needs Chromium on the PATH")
    found = find_browser()
    assert Path(found.path).is_file() and found.kind in ("playwright", "chrome", "edge",
                                                         "chromium")


@pytest.mark.parametrize("raw,expected", [
    ("  https://Example.COM/Post/1?x=Y  ", "https://example.com/Post/1?x=Y"),
    ("example.com/post", "https://example.com/post"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080/"),
    ("https://[::1]:8443/a", "https://[::1]:8443/a"),
])
def test_urls_accepted(raw, expected):
    assert validate_url(raw) == expected


@pytest.mark.parametrize("raw,words", [
    ("file:///etc/passwd", "file:"), ("javascript:alert(1)", "javascript:"),
    ("data:text/html,<b>x</b>", "data:"), ("chrome://settings", "chrome:"),
    ("ftp://example.com/x", "ftp:"), ("", "empty"), ("http://", "host name"),
    ("http://exa mple.com", "spaces"), ("http://[::1", "malformed"),
    ("https://bad_host..com/", "not valid"), ("http://example.com:99999/", "malformed"),
])
def test_urls_refused_with_a_clear_message(raw, words):
    with pytest.raises(InvalidURL) as e:
        validate_url(raw)
    assert words in str(e.value)
