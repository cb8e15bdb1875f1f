"""Which window is showing, and the safety rules: lock, auto-lock, quick exit, settings."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from evidence_app.gui import clipboard
from evidence_app.gui.capture_batches import CaptureBatches
from evidence_app.gui.dialogs.recovery_key import RecoveryKeyDialog
from evidence_app.gui.dialogs.settings_dialog import SettingsDialog
from evidence_app.gui.i18n import LanguageSwitcher
from evidence_app.gui.safety import NeutralTitleFilter, SafetyFilter
from evidence_app.gui.session import Session
from evidence_app.gui.settings import Settings, SettingsStore
from evidence_app.gui.setup_window import SetupWindow
from evidence_app.gui.unlock_window import UnlockWindow
from evidence_app.paths import default_vault_path
from evidence_app.vault import Vault

log = logging.getLogger(__name__)


class AppController(QObject):
    """Creates and swaps the top-level windows; owns the Session while unlocked."""

    screen_shown = Signal(str)  # "setup", "unlock", "main"
    locked = Signal(str)  # reason: "manual", "idle", "quick_exit", "closed"

    def __init__(self, app: QApplication, store: SettingsStore, *,
                 vault_path: Path | None = None, idle_ms: int | None = None,
                 quit_fn: Callable[[], None] | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.store = store
        self.settings = store.load()
        self.vault_path = vault_path or default_vault_path()
        self.quit_fn = quit_fn or app.quit
        self.pool = pool or QThreadPool.globalInstance()
        self._idle_override = idle_ms
        self.languages = LanguageSwitcher(app)
        self.languages.apply(self.settings.language)
        self.safety = SafetyFilter(self._idle_ms(), self)
        app.installEventFilter(self.safety)
        self.safety.idle_timeout.connect(lambda: self.lock("idle"))
        self.safety.quick_exit_requested.connect(self.quick_exit)
        self.titles = NeutralTitleFilter(self)
        app.installEventFilter(self.titles)
        self._update_neutral_title()
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.last_session: Session | None = None  # kept so tests can wait for its closing
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.batches = CaptureBatches(self)  # outlives a lock: see capture_batches

    # --- windows --------------------------------------------------------------------------

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.settings.idle_lock_minutes * 60_000

    def title(self) -> str:
        if self.settings.neutral_title:
            return self.tr("Notes")
        return self.tr("Evidence App")

    def _show(self, window: QWidget, name: str) -> None:
        old, self.window = self.window, window
        window.setWindowTitle(self.title())
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.screen_shown.emit(name)

    def start(self) -> None:
        """First run creates the vault; later runs unlock it."""
        if self.vault_path.exists():
            self.show_unlock()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        win = SetupWindow(self.vault_path, self.settings.operator_name,
                          language=self.languages.current)
        win.language_switch.chosen.connect(self.set_language)
        win.created.connect(lambda vault, key: self._on_created(win, vault, key))
        win.quick_exit_requested.connect(self.quick_exit)
        win.close_requested.connect(self.close_and_quit)
        self._show(win, "setup")

    def show_unlock(self) -> None:
        win = UnlockWindow(self.vault_path, self.settings.operator_name,
                           language=self.languages.current)
        win.set_recovery_reminder(self.settings.recovery_key_unconfirmed)
        win.language_switch.chosen.connect(self.set_language)
        win.unlocked.connect(lambda vault: self._remember_name(win.operator_name, vault))
        win.quick_exit_requested.connect(self.quick_exit)
        win.close_requested.connect(self.close_and_quit)
        self._show(win, "unlock")

    def _on_created(self, win: SetupWindow, vault: Vault, recovery_key: str) -> None:
        self._remember_name(win.operator_name, None)
        self.settings.recovery_key_unconfirmed = True  # until the user says it is written down
        self.store.save(self.settings)
        self.session = Session(vault, self.settings, self.pool, self)  # lockable while shown
        dlg = RecoveryKeyDialog(recovery_key, win)
        dlg.setWindowTitle(self.title())
        dlg.accepted.connect(self._recovery_key_confirmed)
        dlg.accepted.connect(lambda: self.open_main(vault))
        self.recovery_dialog = dlg
        dlg.open()

    def _recovery_key_confirmed(self) -> None:
        self.settings.recovery_key_unconfirmed = False
        self.store.save(self.settings)

    def _remember_name(self, name: str, vault: Vault | None) -> None:
        if name and name != self.settings.operator_name:
            self.settings.operator_name = name
            self.store.save(self.settings)
        if vault is not None:
            if self.settings.recovery_key_unconfirmed:
                self._recovery_key_confirmed()  # the reminder was on the unlock screen
            self.open_main(vault)

    def open_main(self, vault: Vault) -> None:
        if self.session is None or not self.session.is_open:
            self.session = Session(vault, self.settings, self.pool, self)
        self.batches.attach(self.session)
        # Imported on first unlock: the unlock window comes up without loading every screen.
        from evidence_app.gui.main_window import MainWindow

        win = MainWindow(self.session, batches=self.batches)
        win.lock_requested.connect(lambda: self.lock("manual"))
        win.quick_exit_requested.connect(self.quick_exit)
        win.settings_requested.connect(self.edit_settings)
        win.close_requested.connect(self.close_and_quit)
        win.case_view.takedown.settings_changed.connect(lambda: self.store.save(self.settings))
        self._show(win, "main")
        self.safety.arm()
        stopped = self.batches.take_interruptions()
        if stopped:
            win.show_interrupted_captures(stopped)

    # --- locking --------------------------------------------------------------------------

    def _hide_everything(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                if isinstance(w, RecoveryKeyDialog):
                    w.force_close()
                else:
                    w.reject()
            w.hide()

    def lock(self, reason: str = "manual", *, show_unlock: bool = True,
             after_close: Callable[[], None] | None = None) -> None:
        """Drop every window holding case data and close the vault in the background."""
        self.safety.disarm()
        self._remember_window_size()
        clipboard.clear_ours()  # a copied hash must not outlive the unlocked session
        session, self.session = self.session, None
        if session is None:
            if after_close is not None:
                after_close()
            return
        self._hide_everything()
        if after_close is not None:
            session.closed.connect(after_close)
        self.batches.interrupt()
        session.lock(then=self.batches.detach_browser())
        self.last_session = session
        log.info("vault locked (%s)", reason)
        if show_unlock:
            self.show_unlock()
        elif self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.locked.emit(reason)

    def _remember_window_size(self) -> None:
        # Never import the main window here (a quick exit from the unlock screen must not wait):
        # if its module is not loaded, no main window can be showing.
        loaded = sys.modules.get("evidence_app.gui.main_window")
        if (loaded is not None and isinstance(self.window, loaded.MainWindow)
                and self.window.isVisible()):
            size = self.window.size()
            if (size.width(), size.height()) != (self.settings.window_width,
                                                 self.settings.window_height):
                self.settings.window_width = size.width()
                self.settings.window_height = size.height()
                self.store.save(self.settings)

    def quick_exit(self) -> None:
        """Everything disappears at once; the vault closes; then the app quits."""
        self._hide_everything()
        self.batches.forget()
        self.lock("quick_exit", show_unlock=False, after_close=self.quit_fn)

    def close_and_quit(self) -> None:
        self.lock("closed", show_unlock=False, after_close=self.quit_fn)

    def shutdown(self) -> None:
        """Lock, remove the event filter and translators (tests reuse one QApplication)."""
        self.lock("closed", show_unlock=False)
        self.app.removeEventFilter(self.safety)
        self.app.removeEventFilter(self.titles)
        self.languages.apply("en")
        self.languages.remove_all()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    # --- settings -------------------------------------------------------------------------

    def edit_settings(self) -> None:
        dlg = SettingsDialog(self.settings, self.window)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dlg.settings())

    def apply_settings(self, new: Settings) -> None:
        """Save and apply at once: language, idle time, title."""
        language_changed = new.language != self.settings.language
        tsa_changed = new.tsa_urls != self.settings.tsa_urls
        for field in ("language", "idle_lock_minutes", "neutral_title", "operator_name",
                      "tsa_urls", "backup_reminder_days"):
            setattr(self.settings, field, getattr(new, field))
        self.store.save(self.settings)
        if tsa_changed and self.session is not None and self.session.is_open:
            from evidence_app.integrity import timestamps

            timestamps.reload(self.session.vault)  # the saved file is what the core reads
        if language_changed:
            self.languages.apply(self.settings.language)
        self.safety.set_idle_ms(self._idle_ms())
        self._update_neutral_title()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog):
                self.titles.apply_to(w)
            elif w.isWindow():
                w.setWindowTitle(self.title())

    def set_language(self, code: str) -> None:
        """The switch on the first-run and unlock screens: saved in settings.json, outside the
        vault, so the next start opens in the same language before anyone unlocks."""
        self.apply_settings(replace(self.settings, language=code))

    def _update_neutral_title(self) -> None:
        self.titles.title = self.title() if self.settings.neutral_title else None
