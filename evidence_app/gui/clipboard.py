"""The clipboard, as far as this app uses it: what it copied is cleared on lock and quick exit.

A hash is not secret, but a copied fingerprint or file name left on the clipboard after a quick
exit tells whoever opens the computer next that the app was in use.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

_copied: set[str] = set()


def copy(text: str) -> None:
    """Put `text` on the clipboard and remember that the app put it there."""
    QGuiApplication.clipboard().setText(text)
    _copied.add(text)


def clear_ours() -> bool:
    """Empty the clipboard if it still holds something this app copied; True if it did."""
    clipboard = QGuiApplication.clipboard()
    held = clipboard.text()
    ours = held in _copied
    _copied.clear()
    if ours:
        clipboard.clear()
        log.info("cleared the app's text from the clipboard")
    return ours
