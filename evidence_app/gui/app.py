"""`evidence-app` without arguments: the desktop app."""

from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from evidence_app.gui.controller import AppController
from evidence_app.gui.settings import SettingsStore

log = logging.getLogger(__name__)

WORKER_THREADS = 4


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured to leave no traces (no recent-documents entries)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("evidence-app")
    app.setQuitOnLastWindowClosed(False)  # windows are swapped, and the controller quits
    QThreadPool.globalInstance().setMaxThreadCount(WORKER_THREADS)
    return app


def no_display_reason() -> str | None:
    """Why the desktop app cannot open a window here (Linux without a display), else None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("No screen was found (DISPLAY is not set), so the desktop app cannot open. "
            "On a server, use the command line: evidence-app --help")


def run_gui() -> int:
    """Open the setup or unlock window and run until quit."""
    reason = no_display_reason()
    if reason is not None:
        # Qt would abort the process with a core dump; say what to do instead.
        sys.stderr.write(f"evidence-app: {reason}\n")
        return 2
    app = create_application()
    controller = AppController(app, SettingsStore())
    controller.start()
    # Startup objects (Qt wrappers, modules) never die: keep them out of the garbage collector's
    # full passes, which otherwise hold every thread for tens of milliseconds during a capture.
    gc.freeze()
    code = app.exec()
    session = controller.session or controller.last_session
    if controller.session is not None:
        controller.lock("closed", show_unlock=False)
        session = controller.last_session
    if session is not None and session.closer is not None:
        session.closer.join(timeout=60)
    return int(code)
