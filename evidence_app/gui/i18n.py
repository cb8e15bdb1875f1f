"""Loading and switching the interface language at runtime (Qt Linguist .qm files)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def _translations_dir() -> Path:
    """resources/translations of the source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


TRANSLATIONS_DIR = _translations_dir()
LANGUAGE_NAMES = {"en": "English", "zh_HK": "繁體中文（香港）"}
# Qt's own strings (standard buttons, file dialog): Hong Kong uses Traditional characters.
_QT_BASE = {"en": "qtbase_en", "zh_HK": "qtbase_zh_TW"}
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "zh_HK": QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                             QLocale.Country.HongKong)}


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"evidence_app_{code}.qm"


class LanguageSwitcher:
    """Owns the installed translators; installing them makes Qt send LanguageChange to widgets."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "en"

    def remove_all(self) -> None:
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed = []

    def apply(self, code: str) -> bool:
        """Switch to `code`; returns False (and keeps English) if its files are missing."""
        self.remove_all()
        self.current = code if code in LANGUAGE_NAMES else "en"
        QLocale.setDefault(_LOCALES[self.current])
        ok = True
        ours = QTranslator(self._app)
        if ours.load(str(qm_path(self.current))):
            self._installed.append(ours)
        elif self.current != "en":
            log.warning("translation file missing for %s", self.current)
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(self._app)
        if base.load(_QT_BASE[self.current], qt_dir):
            self._installed.append(base)
        for tr in self._installed:
            self._app.installTranslator(tr)
        return ok
