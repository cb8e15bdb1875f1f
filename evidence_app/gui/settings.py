"""User settings (language, idle lock, neutral title, operator name): JSON, never case content."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from evidence_app.paths import config_dir

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
LANGUAGE_CODES = ("en", "zh_HK")


@dataclass
class Settings:
    """The defaults live here and only here; a saved file overrides them key by key."""

    language: str = "en"
    idle_lock_minutes: int = 5
    neutral_title: bool = False
    operator_name: str = ""
    # The main window's size as last left (0: fit the screen); not case content.
    window_width: int = 0
    window_height: int = 0
    # Set when a vault is created, cleared once its recovery key is confirmed as written down:
    # a quick exit in between must not leave that unsaid at the next start.
    recovery_key_unconfirmed: bool = False
    # Re-check every case's take-down locations once a day while the app is open and unlocked.
    takedown_daily_check: bool = False
    # Time-stamping authorities, space-separated ("" = the defaults, "none" = off); read by
    # evidence_app.integrity.timestamps.config from this same file (key `tsa_urls`).
    tsa_urls: str = ""
    # Remind to back up when the last backup is older than this many days.
    backup_reminder_days: int = 7

    def normalised(self) -> Settings:
        """A copy with out-of-range values replaced by the defaults."""
        d = Settings()
        language = self.language if self.language in LANGUAGE_CODES else d.language
        try:
            minutes = int(self.idle_lock_minutes)
        except (TypeError, ValueError):
            minutes = d.idle_lock_minutes
        minutes = min(max(minutes, 1), 240)
        name = str(self.operator_name or "").strip()[:100]
        size = []
        for value in (self.window_width, self.window_height):
            try:
                number = int(value)
            except (TypeError, ValueError):
                number = 0
            size.append(number if 300 <= number <= 20_000 else 0)
        try:
            days = min(max(int(self.backup_reminder_days), 1), 365)
        except (TypeError, ValueError):
            days = d.backup_reminder_days
        raw: object = self.tsa_urls  # the core also accepts a list in the file
        tsa = " ".join(str(u) for u in raw) if isinstance(raw, list) else str(raw or "")
        return Settings(language=language, idle_lock_minutes=minutes,
                        neutral_title=bool(self.neutral_title), operator_name=name,
                        window_width=size[0], window_height=size[1],
                        recovery_key_unconfirmed=bool(self.recovery_key_unconfirmed),
                        takedown_daily_check=bool(self.takedown_daily_check),
                        tsa_urls=" ".join(tsa.split())[:2000], backup_reminder_days=days)


def language_for_locales(names: Iterable[str]) -> str:
    """The first-run language for the system's preferred languages (most preferred first).

    Traditional Chinese for Hong Kong, Taiwan, Macau or any zh-Hant locale; English otherwise
    (Simplified Chinese is not offered yet, and English is the fallback of every string).
    """
    for name in names:
        parts = name.replace("-", "_").split(".")[0].lower().split("_")
        if parts[0] in ("", "c", "posix"):
            continue
        if parts[0] == "zh" and ("hant" in parts or {"hk", "tw", "mo"} & set(parts)):
            return "zh_HK"
        return "en"
    return "en"


def system_languages() -> list[str]:
    """The user's preferred languages as the system reports them (e.g. ["zh-Hant-HK"])."""
    from PySide6.QtCore import QLocale

    return [*QLocale.system().uiLanguages(), QLocale.system().name()]


class SettingsStore:
    """Loads and saves Settings as JSON in one file (the config folder by default).

    Before the first save (first run), the language comes from the system locale; once chosen,
    it is kept here, outside the vault, so the screens before unlocking use it too.
    """

    def __init__(self, path: Path | None = None,
                 languages: Callable[[], list[str]] = system_languages) -> None:
        self.path = path or (config_dir() / SETTINGS_FILENAME)
        self._languages = languages

    def load(self) -> Settings:
        """Defaults merged with whatever valid keys the file holds; a broken file is ignored."""
        known = {f.name for f in fields(Settings)}
        saved: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                saved = {k: v for k, v in raw.items() if k in known}
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as e:
            log.warning("settings file unreadable (%s); using defaults", type(e).__name__)
        if "language" not in saved:
            saved["language"] = language_for_locales(self._languages())
        merged = {**asdict(Settings()), **saved}
        return Settings(**merged).normalised()

    def save(self, settings: Settings) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        data = json.dumps(asdict(settings.normalised()), indent=2, ensure_ascii=False)
        try:
            tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as e:
            log.warning("settings could not be saved (%s)", type(e).__name__)
            with contextlib.suppress(OSError):
                tmp.unlink()
