"""The evidence browser: a visible window the caseworker navigates, captured on request.

Core API for the CLI (`evidence-app browse`) and the GUI ("Browse and capture..."):

    browser = EvidenceBrowser(vault, case_id, options)   # options.login: a profile's session
    browser.open(url)                                     # the window appears
    result = browser.capture()                            # seal the page as it stands (any
    ...                                                   # number of times)
    browser.closed                                        # set when the caseworker closes it
    browser.close()

The window is an incognito context of a browser the app launched (no persistent profile); the
network is recorded from the moment it opens, so the capture's archive holds what the page
loaded, and every main-frame navigation is kept (URL and time) for the provenance record.

The window has one tab. A link or script that would open a new tab has its address opened in
that tab instead (and the history says so), so the page on screen is always the page a capture
seals: a second tab would be invisible to the recorder and to Capture page.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import threading
from collections.abc import Callable
from typing import Any

from evidence_app.capture.batch import UrlResult, _seal
from evidence_app.capture.credentials import CredentialHeaders
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.hostile import sanitise
from evidence_app.capture.login import _context_args, require_display
from evidence_app.capture.minor import without_pictures
from evidence_app.capture.network import NetworkRecorder
from evidence_app.capture.open_page import capture_open_page
from evidence_app.capture.options import CaptureOptions
from evidence_app.capture.page import StageFn
from evidence_app.capture.urls import validate_url
from evidence_app.errors import UsageError
from evidence_app.fingerprints.safeguard import is_minor
from evidence_app.vault import Vault
from evidence_app.vault.logins import list_profiles
from evidence_app.vault.models import iso_utc, utc_now

log = logging.getLogger(__name__)

MAX_HISTORY = 500  # navigations kept for the record (a bound against a page that loops)
SHORTCUT = "Ctrl+Shift+E"
# The capture shortcut inside the window. The binding is taken out of the page's reach before
# any page script runs (kept in this closure, removed from window), only a real key press
# (isTrusted: scripts cannot forge one) calls it, and it must carry a per-window secret, so a
# page cannot trigger captures of itself.
_SHORTCUT_JS = """(() => {
  const name = %(name)s, secret = %(secret)s;
  const call = window[name];
  if (typeof call !== 'function') return;
  try { delete window[name]; } catch (e) {}
  window.addEventListener('keydown', ev => {
    if (ev.isTrusted && ev.ctrlKey && ev.shiftKey && !ev.altKey && ev.code === 'KeyE') {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      call(secret);
    }
  }, true);
})()"""
SHORTCUT_NOTE = (f"A key listener for the capture shortcut ({SHORTCUT}) was added to each page "
                 "of the window; it changes nothing the page shows.")


class EvidenceBrowser:
    """A visible, app-controlled browser window whose pages are sealed into a case on request."""

    def __init__(self, vault: Vault, case_id: str, options: CaptureOptions | None = None) -> None:
        require_display()
        self.vault = vault
        self.case_id = vault.get_case(case_id).id
        self.options = options or CaptureOptions()
        if self.options.known_logins is None:
            self.options.known_logins = list_profiles(vault)
        if is_minor(vault, self.case_id):
            self.options.minor_safe = True  # screenshots are taken with pictures hidden
        self.session = BrowserSession(self.options.browser_path, headless=False)
        self.history: list[dict[str, Any]] = []
        self.closed = threading.Event()
        self.captures: list[UrlResult] = []
        self._page: Any = None
        self._cdp: Any = None
        self._recorder: NetworkRecorder | None = None
        self._credentials = CredentialHeaders()
        # Called (on the browser's thread) when the caseworker presses the shortcut in the
        # window; the front end queues a capture (capture() must not run on that thread).
        self.on_shortcut: Callable[[], None] | None = None
        self._secret = secrets.token_hex(16)
        self._next_note = ""  # said of the next navigation (it came from a new-tab request)

    def open(self, url: str | None = None) -> None:
        """Show the window (at `url`, if given)."""
        target = validate_url(url) if url else None
        self.session.run(self._open(target))

    async def _open(self, url: str | None) -> None:
        o = self.options
        state = o.login.storage_state if o.login else None
        context = await self.session.new_context(**_context_args(
            self.session, state, {"width": o.viewport_width, "height": o.viewport_height}))
        name = f"evidenceApp{secrets.token_hex(8)}"
        await context.expose_binding(name, self._on_binding)
        await context.add_init_script(_SHORTCUT_JS % {"name": json.dumps(name),
                                                      "secret": json.dumps(self._secret)})
        self._page = page = await context.new_page()
        page.on("close", lambda _p: self.closed.set())
        context.on("page", self._into_the_one_tab)
        page.on("framenavigated", self._on_navigated)
        self._cdp = await context.new_cdp_session(page)
        self._recorder = NetworkRecorder(self._cdp, o)
        await self._recorder.start()
        self._credentials.attach(self._cdp)
        # Registered after the recorder's own handler, so the new document is already listed.
        self._cdp.on("Network.requestWillBeSent", self._on_request)
        if url:
            try:
                await page.goto(url, wait_until="commit", timeout=int(o.nav_timeout_s * 1000))
            except Exception as e:  # noqa: BLE001 - the window shows the browser's error page
                log.info("first page did not open: %s", type(e).__name__)

    async def _into_the_one_tab(self, tab: Any) -> None:
        """A new tab (target=_blank, window.open): close it and open its address in the window's
        one tab, where the recorder and the capture see it."""
        if tab is self._page or self._page is None:
            return
        # A page's link or script gives its address at once; a tab the caseworker opened with
        # "+" waits (without a time limit) for the address they type.
        by_page = await tab.opener() is not None
        try:
            await tab.wait_for_url(lambda u: u.startswith(("http://", "https://")),
                                   wait_until="commit", timeout=10_000 if by_page else 0)
        except Exception as e:  # noqa: BLE001 - it stays blank, or was closed: nothing to open
            log.info("new tab gave no address: %s", type(e).__name__)
        if tab.is_closed():
            return  # closed by the caseworker (or the window): nothing was shown
        url = str(tab.url)
        try:
            await tab.close()
        except Exception as e:  # noqa: BLE001 - already closed
            log.info("new tab did not close: %s", type(e).__name__)
        if not url.startswith(("http://", "https://")):
            if len(self.history) < MAX_HISTORY:
                self.history.append({"url": sanitise(url, 4000), "time_utc": iso_utc(utc_now()),
                                     "note": "a new tab without a web address was closed"})
            return
        if not self.closed.is_set():
            self._next_note = "asked to open in a new tab; opened in this tab"
            try:
                await self._page.goto(url, wait_until="commit",
                                      timeout=int(self.options.nav_timeout_s * 1000))
                await self._page.bring_to_front()
            except Exception as e:  # noqa: BLE001 - the tab shows the browser's error page
                log.info("new tab's page did not open here: %s", type(e).__name__)

    def _on_binding(self, _source: Any, untrusted_secret: Any = None) -> None:
        if untrusted_secret == self._secret and self.on_shortcut is not None:
            try:
                self.on_shortcut()
            except Exception as e:  # noqa: BLE001 - a front end's hook must not break the page
                log.error("shortcut hook failed: %s", type(e).__name__)

    def _on_navigated(self, frame: Any) -> None:
        if frame is self._page.main_frame and len(self.history) < MAX_HISTORY:
            entry = {"url": sanitise(frame.url, 4000), "time_utc": iso_utc(utc_now())}
            if self._next_note:
                entry["note"], self._next_note = self._next_note, ""
            self.history.append(entry)

    def _on_request(self, ev: dict[str, Any]) -> None:
        """A new main-frame document: earlier exchanges belong to pages already left, so they
        are dropped (memory stays bounded over a long session, and the next capture's archive
        holds only the page it seals)."""
        rec = self._recorder
        if rec is None or ev.get("type") != "Document" or ev.get("frameId") != rec.main_frame_id:
            return
        ids = [e.request_id for e in rec.exchanges]
        if ev["requestId"] not in ids:
            return
        keep = rec.exchanges[len(ids) - 1 - ids[::-1].index(ev["requestId"]):]
        rec.exchanges = keep
        rec._live = {e.request_id: e for e in keep}  # noqa: SLF001 - the recorder's own index
        rec.total_body_bytes = sum(len(e.body or b"") for e in keep)

    def capture(self, stage: StageFn | None = None) -> UrlResult:
        """Seal the page shown now, with every artifact and the navigation history."""
        if self.closed.is_set() or self._recorder is None:
            raise UsageError("The evidence browser window is closed; open it again to capture.")
        o = self.options
        page = self.session.run(asyncio.wait_for(
            capture_open_page(self.session, self._page, self._cdp, self._recorder, o,
                              self.vault.operator.name, self.history,
                              stage or (lambda _s, _m: None), self._credentials,
                              (SHORTCUT_NOTE,)),
            o.timeout_s + 30))
        if o.minor_safe:
            # Under-18 safeguard, as in every capture: only the pictures' hashes are sealed.
            page = without_pictures(page)
        info = _seal(self.vault, self.case_id, page.provenance.requested_url, page,
                     threading.Event())
        result = UrlResult(
            url=page.provenance.requested_url, ok=True, capture_id=info.id, exhibit=info.exhibit,
            http_status=page.http_status, final_url=page.final_url, warnings=page.warnings,
            artifacts=[{"role": a.role, "name": a.name, "sha256": a.sha256, "size": a.size,
                        "media_type": a.media_type} for a in info.artifacts])
        self.captures.append(result)
        return result

    @property
    def current_url(self) -> str:
        return str(self._page.url) if self._page is not None else ""

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> EvidenceBrowser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
