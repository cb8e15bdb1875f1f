"""File pickers that leave no trace of case files in recent-documents lists.

The operating system's own dialogs add what they open to "recent" lists (on Windows, the
ComDlg32 MRU in the registry), so Qt's own dialog is used. Qt in turn saves the folders it visited
under the "QtProject" settings; that history is scrubbed after every use.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

log = logging.getLogger(__name__)

_PRIVATE = (QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons)


def scrub_qt_file_dialog_history() -> None:
    """Forget the folders Qt's file dialog remembers (history, last visited)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited", "shortcuts"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _dialog(parent: QWidget | None, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
    dlg = QFileDialog(parent, title, QDir.homePath())
    dlg.setOptions(_PRIVATE | (QFileDialog.Option.ShowDirsOnly
                               if mode == QFileDialog.FileMode.Directory else
                               QFileDialog.Option(0)))
    dlg.setFileMode(mode)
    dlg.setHistory([])
    return dlg


def _run(dlg: QFileDialog) -> list[Path]:
    try:
        if dlg.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(p) for p in dlg.selectedFiles()]
    finally:
        dlg.setHistory([])
        # Destroy now: the dialog saves its history in its destructor, and the scrub must come
        # after that.
        shiboken6.delete(dlg)
        scrub_qt_file_dialog_history()


def open_files(parent: QWidget | None, title: str) -> list[Path]:
    """Ask for one or more existing files."""
    return _run(_dialog(parent, title, QFileDialog.FileMode.ExistingFiles))


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder (to export into)."""
    picked = _run(_dialog(parent, title, QFileDialog.FileMode.Directory))
    return picked[0] if picked else None
