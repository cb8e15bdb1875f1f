"""Signing in to a site to make a login profile: automatically (a plain form) or by hand.

The session never touches the disk: contexts are incognito (cookies live in the browser's memory),
`storage_state()` is read as a dict (never with `path=`), and the caller stores it in the vault.
No persistent browser profile is used.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.options import CaptureOptions
from evidence_app.errors import LoginFailed, NoDisplay, SignedOut
from evidence_app.messages import Notice, ParamValue, english
from evidence_app.vault.logins import LoginState

log = logging.getLogger(__name__)

# Paths that sign-in pages live on (a site that forgets a session sends the browser there).
SIGN_IN_PATH = re.compile(
    r"/(log-?in|sign-?in|signin|logon|auth|authenticate|session/new|accounts?/login|"
    r"i/flow/login|checkpoint|uas/login)(/|\.|$)", re.IGNORECASE)

# The visible password field, and the text/e-mail field nearest before it (the user name).
_FIND_FIELDS = """() => {
  const shown = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const all = Array.from(document.querySelectorAll('input')).filter(shown);
  const pw = all.findIndex(i => i.type === 'password');
  if (pw < 0) return null;
  let user = -1;
  for (let i = pw - 1; i >= 0; i--) {
    const t = (all[i].type || 'text').toLowerCase();
    if (['text', 'email', 'tel', ''].includes(t)) { user = i; break; }
  }
  all.forEach((el, i) => el.setAttribute('data-evidence-app-field',
      i === pw ? 'password' : i === user ? 'username' : ''));
  return {user: user >= 0};
}"""

_VISIBLE_PW_FIELD = """() => Array.from(document.querySelectorAll('input[type="password"]'))
  .some(el => {
  const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none'; })"""


@dataclass
class SignInResult:
    """A signed-in session, in memory, ready for `vault.logins.save_profile`."""

    storage_state: dict[str, Any] = field(repr=False)
    final_url: str
    mode: str  # "automatic" | "interactive"


def sign_in_path(url: str) -> bool:
    return bool(SIGN_IN_PATH.search(urlsplit(url).path or "/"))


async def looks_like_sign_in(page: Any) -> bool:
    """Whether the page is a sign-in page: a visible password field, or a sign-in path."""
    if sign_in_path(page.url):
        return True
    try:
        return bool(await page.evaluate(_VISIBLE_PW_FIELD))
    except Exception as e:  # noqa: BLE001 - a page navigating away is not a sign-in page
        log.debug("password check failed: %s", type(e).__name__)
        return False


def require_display() -> None:
    """A visible window needs a screen: on Linux, an X11 or Wayland display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        raise NoDisplay()


def _context_args(session: BrowserSession, state: dict[str, Any] | None = None,
                  viewport: dict[str, int] | None = None) -> dict[str, Any]:
    args: dict[str, Any] = {"ignore_https_errors": True, "accept_downloads": False,
                            "service_workers": "block", "viewport": viewport,
                            "user_agent": session.user_agent or None}
    if state is not None:
        args["storage_state"] = state  # a dict: Playwright reads it from memory
    return args


def sign_in_automatic(session: BrowserSession, url: str, username: str, password: str,
                      timeout_s: float = 60.0) -> SignInResult:
    """Fill a plain user name/password form at `url`, submit, and keep the session."""
    return session.run(asyncio.wait_for(_automatic(session, url, username, password, timeout_s),
                                        timeout_s + 10))


async def _automatic(session: BrowserSession, url: str, username: str, password: str,
                     timeout_s: float) -> SignInResult:
    from playwright.async_api import Error as PlaywrightError

    ms = int(timeout_s * 1000)
    context = await session.new_context(**_context_args(
        session, viewport={"width": 1280, "height": 900}))
    try:
        page = await context.new_page()
        try:
            await page.goto(url, wait_until="load", timeout=ms)
            fields = await page.evaluate(_FIND_FIELDS)
        except PlaywrightError as e:
            raise LoginFailed("The sign-in page could not be opened. Check the address and "
                              "the connection; no login profile was saved.") from e
        if fields is None:
            raise LoginFailed("No password field was found at that address. Give the address "
                              "of the site's sign-in form, or sign in by hand (leave out "
                              "--username). No login profile was saved.")
        if not fields["user"]:
            raise LoginFailed("The sign-in form has no user name field before the password. "
                              "Sign in by hand (leave out --username). No login profile was "
                              "saved.")
        before = page.url
        try:
            await page.fill("[data-evidence-app-field=username]", username, timeout=ms)
            await page.fill("[data-evidence-app-field=password]", password, timeout=ms)
            async with page.expect_navigation(wait_until="load", timeout=ms):
                await page.press("[data-evidence-app-field=password]", "Enter")
        except PlaywrightError as e:
            raise LoginFailed("The sign-in form did not lead anywhere (no new page after "
                              "submitting). Sign in by hand (leave out --username). No login "
                              "profile was saved.") from e
        if await looks_like_sign_in(page) or (page.url == before and sign_in_path(before)):
            raise LoginFailed()
        state = await context.storage_state()  # a dict in memory; never `path=`
        return SignInResult(state, page.url, "automatic")
    finally:
        await session.close_context(context)


class InteractiveSignIn:
    """A visible browser window, controlled by the app, in which the caseworker signs in.

    `open()` shows the window at the sign-in address; the caseworker signs in (two-factor
    included); `finish()` (the "Done" step) keeps the session, or the window being closed ends
    it the same way (`closed` is set). `close()` always ends the browser.
    """

    def __init__(self, url: str, browser_path: str | None = None) -> None:
        require_display()
        self.url = url
        self.session = BrowserSession(browser_path, headless=False)
        self.closed = threading.Event()
        self._context: Any = None
        self._page: Any = None

    def open(self) -> None:
        self.session.run(self._open())

    async def _open(self) -> None:
        self._context = await self.session.new_context(**_context_args(self.session))
        self._page = await self._context.new_page()
        self._page.on("close", lambda _p: self.closed.set())
        try:
            await self._page.goto(self.url, wait_until="commit", timeout=60_000)
        except Exception as e:  # noqa: BLE001 - the caseworker sees the browser's own error page
            log.info("sign-in page did not open: %s", type(e).__name__)

    def finish(self) -> SignInResult:
        """Keep the session as it is now (the caseworker said Done, or closed the window)."""
        return self.session.run(self._finish())

    async def _finish(self) -> SignInResult:
        final_url = self.url
        if not self.closed.is_set():
            final_url = self._page.url
            if await looks_like_sign_in(self._page):
                raise LoginFailed("The window still shows a sign-in page, so no login profile "
                                  "was saved. Finish signing in, then press Done.")
        state = await self._context.storage_state()  # a dict in memory; never `path=`
        if not state.get("cookies") and not state.get("origins"):
            raise LoginFailed("The browser holds no session (no cookies): the sign-in was not "
                              "finished. No login profile was saved.")
        return SignInResult(state, final_url, "interactive")

    def close(self) -> None:
        self.session.close()


def signed_out(login: LoginState) -> SignedOut:
    """The failure for a capture whose session the site no longer accepts."""
    params: dict[str, ParamValue] = {
        "profile": login.name,
        "command": f"evidence-app login {login.name} {login.site_url}".strip()}
    return SignedOut(english("capture.signed_out", params), code="capture.signed_out",
                     params=params)


def login_wall_hint(options: CaptureOptions, url: str) -> Notice | None:
    """For a login-wall warning: the login profile that fits the page's site, or how to make
    one. None when the capture was already signed in."""
    if options.login is not None:
        return None
    host = urlsplit(url).hostname or ""
    fitting = [p for p in options.known_logins or [] if p.fits(host)]
    if fitting:
        names = ", ".join(f"'{p.name}' ({p.label})" for p in fitting[:3])
        return Notice("capture.login_wall_profile", {"profiles": names, "name": fitting[0].name})
    return Notice("capture.login_wall_make_profile")


def login_mismatch_warning(login: LoginState, url: str) -> list[Notice]:
    """A warning when the profile's session does not cover the captured page's site (the page
    was then most likely seen signed out, whatever the record's logged-in flag says)."""
    from evidence_app.vault.logins import host_matches, state_hosts

    host = urlsplit(url).hostname or ""
    hosts = state_hosts(login.site_url, login.storage_state)
    if not host or any(host_matches(host, h) for h in hosts):
        return []
    return [Notice("capture.login_wrong_site",
                   {"profile": login.name, "hosts": ", ".join(hosts[:3]), "host": host})]


def redirected_to_sign_in(options: CaptureOptions, requested_url: str, final_url: str
                          ) -> list[Notice]:
    """A login-wall warning for a logged-out capture that the site sent to its sign-in page
    (e.g. /i/flow/login, /accounts/login), even when the sign-in page shows no password yet."""
    if options.login is not None or not sign_in_path(final_url) or sign_in_path(requested_url):
        return []
    hint = login_wall_hint(options, final_url)
    return [Notice("capture.redirected_to_sign_in"), *([hint] if hint else [])]
