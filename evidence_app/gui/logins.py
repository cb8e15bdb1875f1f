"""Login profiles in the window: the capture view's choice of profile, the profiles list with
Forget, and "Sign in to a site…" (a visible browser the caseworker signs in with).

Thin over the core (`evidence_app.capture.login`, `evidence_app.vault.logins`): every call that
touches the vault or a browser runs on a Session worker. Sessions (cookies) never reach a widget;
only what `LoginProfile` shows (name, account label, site, when, by whom).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import error_text
from evidence_app.gui.session import Session
from evidence_app.gui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    form_row,
    is_language_change,
    plain_label,
)
from evidence_app.gui.workers import Job

log = logging.getLogger(__name__)


def _list(vault: Any, _ctx: Any) -> list[Any]:
    from evidence_app.vault.logins import list_profiles

    return list_profiles(vault)


class ProfileChooser(QComboBox):
    """"Not signed in" (the default) or one of the vault's login profiles."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profiles: list[Any] = []
        self.list_job: Job | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)  # long account labels are elided, never squeeze others
        self._fill()

    def chosen(self) -> str | None:
        """The chosen profile's name, or None for "Not signed in"."""
        data = self.currentData()
        return str(data) if data else None

    def choose(self, name: str | None) -> None:
        index = self.findData(name) if name else 0
        self.setCurrentIndex(max(index, 0))

    def reload(self) -> Job | None:
        if not self.session.is_open:
            return None
        job = self.session.run(_list, name="login-profiles")
        job.succeeded.connect(self._on_listed)
        self.list_job = job
        return job.start(self.session.pool)

    def _on_listed(self, profiles: list[Any]) -> None:
        self.profiles = profiles
        self._fill()

    def _fill(self) -> None:
        keep = self.chosen()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Not signed in"), None)
        for p in self.profiles:
            self.addItem(f"{plain(p.name, 60)} — {plain(p.label, 80)}", p.name)
        self.choose(keep)
        self.blockSignals(False)
        self.setToolTip(self.tr("Capture as a signed-in account: choose a login profile made with "
                                "“Sign in to a site…”. The session itself never goes into the "
                                "evidence."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self._fill()
        super().changeEvent(event)


class LoginProfilesDialog(QDialog):
    """The vault's login profiles (name, account, site, when); Forget erases one."""

    forgotten = Signal(str)  # the profile's name

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profiles: list[Any] = []
        self.job: Job | None = None
        self.forget_job: Job | None = None
        self.confirm_box: QMessageBox | None = None
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = plain_label("", self)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setVisible(False)
        self.status = plain_label("", self)
        self.forget_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.forget_button.clicked.connect(self.ask_forget)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._render_buttons)
        self.resize(760, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Login profiles"))
        self.help.setText(self.tr(
            "A login profile keeps a site's signed-in session, encrypted in the vault, so captures "
            "can see what only that account sees. Forget erases the session from the vault (sign "
            "out on the site too, to end it there)."))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Account"),
                                              self.tr("Site"), self.tr("Created")])
        self.empty.setText(self.tr("No login profiles yet. Make one with “Sign in to a site…”."))
        self.forget_button.setText(self.tr("Forget…"))
        self.close_button.setText(self.tr("Close"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> Job | None:
        if not self.session.is_open:
            return None
        job = self.session.run(_list, name="login-profiles")
        job.succeeded.connect(self._on_listed)
        job.failed.connect(self._show_error)
        self.job = job
        return job.start(self.session.pool)

    def _on_listed(self, profiles: list[Any]) -> None:
        self.profiles = profiles
        self._render()

    def _render(self) -> None:
        self.table.setRowCount(len(self.profiles))
        for row, p in enumerate(self.profiles):
            site = ", ".join(p.hosts[:3]) or p.site_url
            created = self.tr("%1 by %2").replace("%1", local_time(p.created_at)) \
                .replace("%2", plain(p.created_by, 80))
            for col, text in enumerate((p.name, p.label, site, created)):
                item = QTableWidgetItem(plain(text, 200))
                item.setToolTip(plain(text, 500))
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self.profiles)
        self._render_buttons()

    def _render_buttons(self) -> None:
        self.forget_button.setEnabled(self.selected() is not None)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.profiles):
            return None
        return self.profiles[rows[0].row()]

    def ask_forget(self) -> QMessageBox | None:
        profile = self.selected()
        if profile is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Forget login profile"), self.tr(
            "Forget the login profile “%1” (%2)? Its session is erased from the vault and "
            "captures can no longer use it. Captures already sealed are kept.")
            .replace("%1", plain(profile.name, 60)).replace("%2", plain(profile.label, 80)),
            QMessageBox.StandardButton.Cancel, self)
        forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda b: self.forget(profile.name) if b is forget else None)
        self.confirm_box = box
        box.open()
        return box

    def forget(self, name: str) -> Job | None:
        if not self.session.is_open:
            return None

        def work(vault: Any, _ctx: Any) -> Any:
            from evidence_app.vault.logins import forget_profile

            return forget_profile(vault, name)

        job = self.session.run(work, name="login-forget")
        job.succeeded.connect(self._on_forgotten)
        job.failed.connect(self._show_error)
        self.forget_job = job
        return job.start(self.session.pool)

    def _on_forgotten(self, profile: Any) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Login profile “%1” forgotten: its session was erased from "
                                    "the vault.").replace("%1", plain(profile.name, 60)))
        self.forgotten.emit(profile.name)
        self.reload()

    def _show_error(self, err: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))


class SignInDialog(QDialog):
    """Name, account label and address; Open shows a browser window the caseworker signs in with;
    Done keeps the session as a login profile; Cancel (or closing) keeps nothing."""

    saved = Signal(object)  # LoginProfile

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signin: Any = None  # capture.login.InteractiveSignIn while its window is open
        self.job: Job | None = None
        self.profile: Any = None
        self.url = ""  # the sign-in address as checked when the window was opened
        self.opening = Opening()  # the browser window being opened (closed by Cancel or a lock)
        self.help = plain_label("", self)
        self.help.setStyleSheet(MUTED_STYLE)
        self.name_edit = QLineEdit(self)
        self.label_edit = QLineEdit(self)
        self.url_edit = QLineEdit(self)
        form = QFormLayout()
        self.name_label = form_row(form, self.name_edit)
        self.account_label = form_row(form, self.label_edit)
        self.url_label = form_row(form, self.url_edit)
        self.status = plain_label("", self)
        self.open_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_browser)
        self.done_button.clicked.connect(self.done_signing_in)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(560, 260)
        self.retranslate()
        self._render_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to a site"))
        self.help.setText(self.tr(
            "Sign in once in a browser window controlled by this app (two-factor included). The "
            "session is kept encrypted in the vault as a login profile, never in the evidence, "
            "and captures can then use it."))
        self.name_label.setText(self.tr("Profile name"))
        self.account_label.setText(self.tr("Which account"))
        self.url_label.setText(self.tr("Sign-in address"))
        self.name_edit.setPlaceholderText("x-research")
        self.label_edit.setPlaceholderText(self.tr("e.g. NGO research account on X"))
        self.url_edit.setPlaceholderText("https://x.com/login")
        self.open_button.setText(self.tr("Open the sign-in window"))
        self.done_button.setText(self.tr("Done: I am signed in"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _render_buttons(self) -> None:
        busy = self.job is not None
        self.open_button.setEnabled(not busy and self.signin is None)
        self.done_button.setEnabled(not busy and self.signin is not None)
        for edit in (self.name_edit, self.label_edit, self.url_edit):
            edit.setEnabled(self.signin is None and not busy)

    def _say(self, text: str, style: str = MUTED_STYLE) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def open_browser(self) -> Job | None:
        """Check the fields, then open the visible browser at the sign-in address."""
        from evidence_app.capture.urls import validate_url
        from evidence_app.errors import EvidenceAppError
        from evidence_app.vault.logins import check_name

        try:
            name = check_name(self.name_edit.text().strip())
            url = validate_url(self.url_edit.text().strip())
        except EvidenceAppError as e:
            self._say(error_text(e), ERROR_STYLE)
            return None
        if name in ("list", "forget"):
            self._say(self.tr("“list” and “forget” cannot be profile names."), ERROR_STYLE)
            return None
        browser_path = getattr(self.session.settings, "browser_path", None) or None
        self.url = url
        opening = self.opening = Opening()

        def work(_vault: Any, _ctx: Any) -> Any:
            from evidence_app.capture.login import InteractiveSignIn

            signin = InteractiveSignIn(url, browser_path)
            if not opening.hold(signin):  # cancelled or locked meanwhile
                signin.close()
                return None
            signin.open()
            return signin

        self._say(self.tr("Opening the sign-in window…"))
        return self._run(work, self._on_opened)

    def _on_opened(self, signin: Any) -> None:
        if signin is None or self.opening.ended:
            return
        self.signin = signin
        self._say(self.tr("Sign in in the browser window, then press Done here. Cancel keeps "
                          "nothing."))

    def done_signing_in(self) -> Job | None:
        """Keep the session (the Done step) as a login profile."""
        signin = self.signin
        if signin is None:
            return None
        name, url = self.name_edit.text().strip(), self.url
        label = self.label_edit.text().strip() or name

        def work(vault: Any, _ctx: Any) -> Any:
            from evidence_app.vault.logins import save_profile

            result = signin.finish()
            return save_profile(vault, name, label, url, result.storage_state, result.mode)

        self._say(self.tr("Keeping the session…"))
        return self._run(work, self._on_saved)

    def _on_saved(self, profile: Any) -> None:
        self.profile = profile
        self._close_browser()
        self._say(self.tr("Login profile “%1” saved (encrypted in the vault). Choose it in "
                          "“Capture web pages”.").replace("%1", plain(profile.name, 60)),
                  OK_STYLE)
        self.saved.emit(profile)
        self.accept()

    def _run(self, work: Any, then: Any) -> Job:
        job = self.session.run(work, name="sign-in")
        job.succeeded.connect(then)
        job.failed.connect(lambda err: self._say(error_text(err), ERROR_STYLE))
        job.finished.connect(self._on_finished)
        self.job = job
        self._render_buttons()
        return job.start(self.session.pool)

    def _on_finished(self) -> None:
        self.job = None
        self._render_buttons()

    def _close_browser(self) -> None:
        self.signin = None
        self.opening.end()

    def done(self, result: int) -> None:  # Cancel, Done and closing all end the browser
        self._close_browser()
        super().done(result)


class Opening:
    """The browser window a worker is opening, so that a lock or Cancel meanwhile closes it too
    (the worker's result would never reach an abandoned job's window)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._things: list[Any] = []
        self.ended = False

    def hold(self, thing: Any) -> bool:
        """Keep `thing` to close later; False if already ended (the caller closes it)."""
        with self._lock:
            if not self.ended:
                self._things.append(thing)
            return not self.ended

    def end(self) -> None:
        """Close everything held, on a plain thread (closing a browser takes a moment)."""
        with self._lock:
            things, self._things, self.ended = self._things, [], True
        for thing in things:
            threading.Thread(target=_close_quietly, args=(thing,), name="browser-close",
                             daemon=True).start()


def _close_quietly(thing: Any) -> None:
    try:
        thing.close()
    except Exception as e:  # noqa: BLE001 - closing must never crash the app
        log.warning("browser window did not close: %s", type(e).__name__)
