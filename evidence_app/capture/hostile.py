"""Guards against what a hostile page throws at the capture: dialogs, popups, downloads, print.

Everything is recorded for the provenance record. Downloads never reach the disk: the browser's
own download is refused (contexts have ``accept_downloads=False``) and the file is fetched again
into memory with the page's cookies, up to a size cap.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
import urllib.request
from typing import Any

from evidence_app.capture.media import Artifact
from evidence_app.capture.options import CaptureOptions
from evidence_app.filenames import safe_filename
from evidence_app.messages import Notice
from evidence_app.vocab import Role

log = logging.getLogger(__name__)

# window.print() would block some browsers; it is replaced by a counter (recorded as a change).
PRINT_HOOK = """(() => {
  const k = Symbol.for('evidence-app.print');
  window[k] = 0;
  window.print = function () { window[k] += 1; };
})()"""
PRINT_COUNT = "() => window[Symbol.for('evidence-app.print')] || 0"
DOWNLOAD_TIMEOUT_S = 30.0


def sanitise(untrusted_text: str | None, limit: int = 500) -> str:
    """Page-supplied text made safe to store and show: no control characters, bounded length."""
    text = "".join(ch if ch.isprintable() or ch in " " else " " for ch in (untrusted_text or ""))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def fetch_into_memory(url: str, headers: dict[str, str], cap: int,
                      timeout_s: float = DOWNLOAD_TIMEOUT_S) -> dict[str, Any]:
    """GET `url` into memory, at most `cap` bytes, within `timeout_s` in total."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the capture goes ahead on TLS errors; they are recorded
    req = urllib.request.Request(url, headers=headers)  # noqa: S310 - http(s) checked by caller
    deadline = time.monotonic() + timeout_s
    chunks: list[bytes] = []
    size = 0
    truncated = False
    with urllib.request.urlopen(req, timeout=min(15.0, timeout_s), context=ctx) as resp:  # noqa: S310
        while True:
            block = resp.read(256 * 1024)
            if not block:
                break
            chunks.append(block)
            size += len(block)
            if size > cap or time.monotonic() > deadline:
                truncated = True
                break
        status = resp.status
        ctype = resp.headers.get("Content-Type", "application/octet-stream")
    data = b"".join(chunks)[:cap]
    return {"data": data, "status": status, "content_type": ctype, "truncated": truncated}


class PageGuards:
    """Attach to a context/page; collects dialogs, popups and downloads as they happen."""

    def __init__(self, options: CaptureOptions, user_agent: str) -> None:
        self.options = options
        self.user_agent = user_agent
        self.dialogs: list[dict[str, Any]] = []
        self.popups: list[dict[str, Any]] = []
        self.downloads: list[dict[str, Any]] = []
        self.download_artifacts: list[Artifact] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._main: Any = None
        self._context: Any = None

    async def attach(self, context: Any, page: Any) -> None:
        self._main, self._context = page, context
        await context.add_init_script(PRINT_HOOK)
        context.on("page", self._on_page)
        page.on("dialog", self._on_dialog)
        page.on("download", self._on_download)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append({"type": dialog.type, "message": sanitise(dialog.message),
                             "default_value": sanitise(dialog.default_value, 200),
                             "action": "dismissed"})
        self._spawn(self._dismiss(dialog))

    async def _dismiss(self, dialog: Any) -> None:
        try:
            await dialog.dismiss()
        except Exception as e:  # noqa: BLE001 - the page may have closed meanwhile
            log.debug("dialog dismiss failed: %s", type(e).__name__)

    def _on_page(self, popup: Any) -> None:
        if popup is self._main:
            return
        entry: dict[str, Any] = {"url": None, "action": "closed"}
        self.popups.append(entry)
        self._spawn(self._close_popup(popup, entry))

    async def _close_popup(self, popup: Any, entry: dict[str, Any]) -> None:
        try:
            await popup.wait_for_load_state("commit", timeout=3000)
        except Exception:  # noqa: BLE001, S110 - record whatever address it reached
            pass
        entry["url"] = sanitise(popup.url, 4000)
        try:
            await popup.close(run_before_unload=False)
        except Exception as e:  # noqa: BLE001
            log.debug("popup close failed: %s", type(e).__name__)

    def _on_download(self, download: Any) -> None:
        entry: dict[str, Any] = {"url": sanitise(download.url, 4000),
                                 "suggested_filename": sanitise(download.suggested_filename, 200),
                                 "method": "the browser's download was refused; the file was "
                                           "fetched again into memory with the page's cookies"}
        self.downloads.append(entry)
        self._spawn(self._fetch(download.url, entry))

    async def _fetch(self, url: str, entry: dict[str, Any]) -> None:
        if not url.lower().startswith(("http://", "https://")):
            entry["error"] = "not an http(s) address; not fetched"
            return
        headers = {"User-Agent": self.user_agent}
        try:
            cookies = await self._context.cookies(url)
            if cookies:
                headers["Cookie"] = "; ".join(f"{c['name']}={c['value']}" for c in cookies)
            if self._main is not None:
                headers["Referer"] = self._main.url
        except Exception as e:  # noqa: BLE001 - context closing; fetch without cookies
            log.debug("cookies unavailable: %s", type(e).__name__)
        try:
            got = await asyncio.to_thread(fetch_into_memory, url, headers,
                                          self.options.max_download_bytes)
        except Exception as e:  # noqa: BLE001 - network errors of any kind are recorded
            entry["error"] = f"could not be fetched: {type(e).__name__}"
            return
        name = safe_filename(entry["suggested_filename"] or "download", 60, "download")
        art = Artifact(Role.DOWNLOAD, f"download-{len(self.download_artifacts) + 1:02d}-{name}",
                       got["content_type"].split(";")[0].strip() or "application/octet-stream",
                       got["data"], meta={"url": entry["url"],
                                          "suggested_filename": entry["suggested_filename"],
                                          "truncated": got["truncated"],
                                          "http_status": got["status"]})
        self.download_artifacts.append(art)
        entry.update(size=len(art.data), sha256=art.sha256, http_status=got["status"],
                     truncated=got["truncated"])

    async def finish(self, timeout_s: float) -> list[Notice]:
        """Wait (bounded) for pending dismissals, popup closes and download fetches."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=max(0.1, timeout_s))
        warnings: list[Notice] = []
        if self.dialogs:
            warnings.append(Notice("capture.dialogs", {"count": len(self.dialogs)}))
        if self.popups:
            warnings.append(Notice("capture.popups", {"count": len(self.popups)}))
        for d in self.downloads:
            if d.get("truncated"):
                warnings.append(Notice("capture.download_truncated",
                                       {"cap_mb": self.options.max_download_bytes // 2**20}))
            elif "sha256" not in d:
                warnings.append(Notice("capture.download_not_kept", {
                    "detail": str(d.get("error", "still running at the time cap"))}))
        return warnings
