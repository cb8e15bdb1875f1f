"""Safety watchers on the whole application: idle auto-lock and the Esc-twice quick exit."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})
ESC_TWICE_WINDOW_S = 1.0


class SafetyFilter(QObject):
    """Installed on the QApplication: sees every user input before any widget does."""

    idle_timeout = Signal()
    quick_exit_requested = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, idle_ms))
        self._timer.timeout.connect(self.idle_timeout)
        self._last_esc = 0.0

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def set_idle_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))
        if self._timer.isActive():
            self._timer.start()

    def arm(self) -> None:
        """Start counting idle time (the vault is unlocked)."""
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        etype = event.type()
        if etype in _INPUT_EVENTS:
            if self._timer.isActive():
                self._timer.start()
            # A key press reaches the window first, then each widget it propagates to: count it
            # once, at the window.
            if (etype == QEvent.Type.KeyPress and isinstance(obj, QWindow)
                    and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                    and not event.isAutoRepeat()):
                now = time.monotonic()
                if now - self._last_esc <= ESC_TWICE_WINDOW_S:
                    self._last_esc = 0.0
                    self.quick_exit_requested.emit()
                else:
                    self._last_esc = now
        return False


class NeutralTitleFilter(QObject):
    """When the neutral title is on, every window and dialog shows it (no "Export case" etc.)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title: str | None = None  # None: off
        self._setting = False

    def apply_to(self, widget: QWidget) -> None:
        if self.title is not None and widget.isWindow() and widget.windowTitle() != self.title:
            self._setting = True
            try:
                widget.setWindowTitle(self.title)
            finally:
                self._setting = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (self.title is not None and not self._setting and isinstance(obj, QWidget)
                and event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)):
            self.apply_to(obj)
        return False
