"""One headless browser kept in a background thread with its own asyncio loop.

The GUI and the CLI call the synchronous capture API from any thread; the browser work runs
here. If the browser wedges (a context that cannot be closed), the session restarts it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

from evidence_app.capture.browser import BrowserInfo, find_browser, private_launch, use_sandbox
from evidence_app.errors import BrowserStartFailed, content_free

log = logging.getLogger(__name__)

T = TypeVar("T")
LAUNCH_TIMEOUT_S = 60.0
CLOSE_TIMEOUT_S = 10.0


class BrowserSession:
    """A running browser for captures; `close()` when done (or use as a context manager)."""

    def __init__(self, browser_path: str | None = None, headless: bool = True) -> None:
        self.info: BrowserInfo = find_browser(browser_path)
        self.headless = headless  # False: a visible window (sign-in, assisted capture)
        self.version = ""
        self.user_agent = ""
        self.broken = False
        self.restarts = 0
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run_loop, name="capture-browser",
                                        daemon=True)
        self._pw: Any = None
        self._browser: Any = None
        self._lock: asyncio.Lock | None = None
        self._browser_tmp: str | None = None
        self._thread.start()
        try:
            self.run(self._launch())
        except BaseException:
            self._stop_loop()
            raise

    def _run_loop(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the browser's loop and wait for its result."""
        return self.submit(coro).result()

    async def _launch(self) -> None:
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import async_playwright

        self._lock = self._lock or asyncio.Lock()
        try:
            if self._pw is None:
                self._pw = await _start_detached(async_playwright())
            sandbox = use_sandbox()
            self._browser_tmp = _browser_tmpdir()
            args, env = private_launch(self._browser_tmp)
            try:
                self._browser = await self._pw.chromium.launch(
                    executable_path=self.info.path, headless=self.headless, args=args,
                    chromium_sandbox=sandbox, handle_sigint=False, handle_sigterm=False,
                    handle_sighup=False, timeout=LAUNCH_TIMEOUT_S * 1000, env=env)
            except PlaywrightError:
                if not sandbox:
                    raise
                # Some Linux systems forbid the namespaces the sandbox needs.
                log.warning("browser sandbox unavailable; starting without it")
                self._browser = await self._pw.chromium.launch(
                    executable_path=self.info.path, headless=self.headless, args=args,
                    chromium_sandbox=False, handle_sigint=False, handle_sigterm=False,
                    handle_sighup=False, timeout=LAUNCH_TIMEOUT_S * 1000, env=env)
        except PlaywrightError as e:
            log.error("browser launch failed: %s", content_free(e))
            await self._shutdown()
            raise BrowserStartFailed(f"The capture browser ({self.info.label}, {self.info.path}) "
                                     "could not be started. Try another browser with "
                                     "EVIDENCE_APP_BROWSER, or reinstall it.") from e
        self.version = self._browser.version
        cdp = await self._browser.new_browser_cdp_session()
        info = await cdp.send("Browser.getVersion")
        await cdp.detach()
        # Sites refuse "HeadlessChrome"; the capture presents the browser's normal name (recorded).
        self.user_agent = str(info.get("userAgent", "")).replace("HeadlessChrome", "Chrome")
        self.broken = False

    async def new_context(self, **kwargs: Any) -> Any:
        """A fresh incognito context; restarts the browser first if it wedged or died."""
        assert self._lock is not None
        async with self._lock:
            if self.broken or self._browser is None or not self._browser.is_connected():
                log.warning("restarting the capture browser")
                await self._shutdown(keep_driver=True)
                self.restarts += 1
                await self._launch()
        return await self._browser.new_context(**kwargs)

    async def close_context(self, context: Any) -> None:
        """Close a context within a bound; one that will not close marks the browser broken."""
        try:
            await asyncio.wait_for(context.close(), CLOSE_TIMEOUT_S)
        except Exception as e:  # noqa: BLE001 - any failure here means the browser is unwell
            log.warning("context did not close (%s); the browser will be restarted",
                        type(e).__name__)
            self.broken = True

    async def _shutdown(self, keep_driver: bool = False) -> None:
        browser, pw = self._browser, self._pw
        self._browser = None
        if keep_driver:
            pw = None
        else:
            self._pw = None
        if browser is not None:
            try:
                await asyncio.wait_for(browser.close(), CLOSE_TIMEOUT_S)
            except Exception as e:  # noqa: BLE001
                log.warning("browser did not close cleanly: %s", type(e).__name__)
        if self._browser_tmp:
            shutil.rmtree(self._browser_tmp, ignore_errors=True)
            self._browser_tmp = None
        if pw is not None:
            try:
                await asyncio.wait_for(pw.stop(), CLOSE_TIMEOUT_S)
            except Exception as e:  # noqa: BLE001
                log.warning("playwright driver did not stop cleanly: %s", type(e).__name__)
                _kill_driver(pw)

    def close(self) -> None:
        """Close the browser (its temporary profile folder is removed) and stop the thread."""
        if not self.loop.is_closed() and self.loop.is_running():
            try:
                self.run(self._shutdown())
            finally:
                self._stop_loop()

    def _stop_loop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=CLOSE_TIMEOUT_S)
        if not self._thread.is_alive():
            self.loop.close()

    def __enter__(self) -> BrowserSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _browser_tmpdir() -> str | None:
    """A short private temp folder for the browser on POSIX.

    Chromium puts a socket in TMPDIR and aborts when the path exceeds the 107-byte socket limit
    (long TMPDIRs are common in CI and sandboxes). The folder is removed when the browser closes.
    """
    if os.name != "posix":
        return None
    base = tempfile.gettempdir()
    # ~20 bytes of our folder name + ~45 of Chromium's own (".org.chromium.Chromium.XXXXXX/
    # SingletonSocket") leave about 40 for the base; a 55-byte TMPDIR was seen to abort.
    if len(base) > 32:
        base = "/tmp"  # noqa: S108 - private (0700) folder, removed on close
    return tempfile.mkdtemp(prefix="ea-browser-", dir=base)


async def _start_detached(manager: Any) -> Any:
    """Start the Playwright driver in its own session, so a Ctrl+C in the terminal reaches only
    our process (which then cancels cleanly) and not the driver and browser."""
    if os.name != "posix":
        return await manager.start()
    original = asyncio.create_subprocess_exec

    async def detached(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("start_new_session", True)
        return await original(*args, **kwargs)

    asyncio.create_subprocess_exec = detached
    try:
        return await manager.start()
    finally:
        asyncio.create_subprocess_exec = original


def _kill_driver(pw: Any) -> None:
    """Last resort for a wedged driver: kill its process (the browser dies with it)."""
    try:
        proc = pw._impl_obj._connection._transport._proc  # noqa: SLF001 - no public handle
        proc.kill()
    except Exception as e:  # noqa: BLE001
        log.warning("could not kill the playwright driver: %s", type(e).__name__)
