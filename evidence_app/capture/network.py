"""Recording every HTTP exchange of a page through the DevTools protocol, bodies kept in memory.

Bodies are fetched from the browser's in-memory buffer (`Network.getResponseBody`) as each
response finishes, so they are available even if the page's script thread later wedges. Bodies
larger than the per-resource cap are not kept (recorded as such); nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from evidence_app.capture.options import CaptureOptions
from evidence_app.messages import Notice

log = logging.getLogger(__name__)


@dataclass
class Exchange:
    """One request and its response (a redirect hop is an exchange of its own)."""

    request_id: str
    url: str
    method: str
    request_headers: dict[str, str]
    resource_type: str
    frame_id: str | None
    started_utc: datetime
    post_data: bytes | None = None
    status: int | None = None
    status_text: str = ""
    response_headers: dict[str, str] = field(default_factory=dict)
    mime_type: str = ""
    protocol: str = ""
    remote_ip: str | None = None
    remote_port: int | None = None
    security_details: dict[str, Any] | None = None
    security_state: str | None = None
    body: bytes | None = None
    body_note: str | None = None  # why the body is missing or incomplete
    finished: bool = False
    failed: str | None = None
    received_bytes: int = 0

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for k, v in self.response_headers.items():
            if k.lower() == lname:
                return v
        return None


class NetworkRecorder:
    """Listens to one page's CDP session and keeps each exchange, in order."""

    def __init__(self, cdp: Any, options: CaptureOptions) -> None:
        self.cdp = cdp
        self.options = options
        self.exchanges: list[Exchange] = []
        self._live: dict[str, Exchange] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.total_body_bytes = 0
        self.warnings: list[Notice] = []
        self.main_frame_id: str | None = None
        self.main_body_cut = False
        self.cut = asyncio.Event()  # set once loading was stopped at the body cap
        self.last_activity = time.monotonic()

    async def start(self) -> None:
        tree = await self.cdp.send("Page.getFrameTree")
        self.main_frame_id = tree["frameTree"]["frame"]["id"]
        for name in ("requestWillBeSent", "responseReceived", "loadingFinished",
                     "loadingFailed", "dataReceived"):
            self.cdp.on(f"Network.{name}", getattr(self, f"_on_{name}"))
        await self.cdp.send("Network.enable", {
            "maxTotalBufferSize": min(self.options.max_total_bytes, 2**31 - 1),
            "maxResourceBufferSize": min(self.options.max_resource_bytes, 2**31 - 1)})
        # The capture must see the server's answer, not a cached copy.
        await self.cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})

    @property
    def in_flight(self) -> int:
        return sum(1 for e in self._live.values() if not e.finished and e.failed is None)

    def main_documents(self) -> list[Exchange]:
        """Main-frame document exchanges (redirect hops and navigations), in order."""
        return [e for e in self.exchanges
                if e.resource_type == "Document" and e.frame_id == self.main_frame_id]

    # --- CDP events -------------------------------------------------------------------------

    def _on_requestWillBeSent(self, ev: dict[str, Any]) -> None:  # noqa: N802
        self.last_activity = time.monotonic()
        rid = ev["requestId"]
        req = ev["request"]
        if not req["url"].startswith(("http://", "https://")):
            return  # data:, blob:, about: - nothing crossed the network
        prev = self._live.get(rid)
        if prev is not None and ev.get("redirectResponse"):
            self._set_response(prev, ev["redirectResponse"])
            prev.finished = True
            prev.body = b""
        post = req.get("postData")
        ex = Exchange(request_id=rid, url=req["url"], method=req.get("method", "GET"),
                      request_headers=dict(req.get("headers", {})),
                      resource_type=ev.get("type", "Other"), frame_id=ev.get("frameId"),
                      started_utc=datetime.now(timezone.utc),
                      post_data=post.encode("utf-8") if isinstance(post, str) else None)
        self._live[rid] = ex
        self.exchanges.append(ex)

    def _set_response(self, ex: Exchange, resp: dict[str, Any]) -> None:
        ex.status = int(resp.get("status", 0))
        ex.status_text = str(resp.get("statusText", ""))
        ex.response_headers = {str(k): str(v) for k, v in resp.get("headers", {}).items()}
        ex.mime_type = str(resp.get("mimeType", ""))
        ex.protocol = str(resp.get("protocol", ""))
        ex.remote_ip = resp.get("remoteIPAddress")
        ex.remote_port = resp.get("remotePort")
        ex.security_details = resp.get("securityDetails")
        ex.security_state = resp.get("securityState")

    def _on_responseReceived(self, ev: dict[str, Any]) -> None:  # noqa: N802
        self.last_activity = time.monotonic()
        ex = self._live.get(ev["requestId"])
        if ex is not None:
            self._set_response(ex, ev["response"])

    def _on_dataReceived(self, ev: dict[str, Any]) -> None:  # noqa: N802
        self.last_activity = time.monotonic()
        ex = self._live.get(ev["requestId"])
        if ex is None:
            return
        ex.received_bytes += int(ev.get("dataLength", 0))
        if (ex.resource_type == "Document" and ex.frame_id == self.main_frame_id
                and not self.main_body_cut
                and ex.received_bytes > self.options.max_main_body_bytes):
            self.main_body_cut = True
            ex.body_note = (f"body larger than {self.options.max_main_body_bytes} bytes; "
                            "loading was stopped at the cap")
            self.warnings.append(Notice("capture.html_too_large",
                                        {"cap_mb": self.options.max_main_body_bytes // 2**20}))
            self._spawn(self._stop_loading())

    async def _stop_loading(self) -> None:
        # window.stop() is what actually halts a streaming document in current Chromium;
        # Page.stopLoading alone lets it continue.
        for method, params in (("Runtime.evaluate", {"expression": "window.stop()"}),
                               ("Page.stopLoading", {})):
            try:
                await asyncio.wait_for(self.cdp.send(method, params), 3)
            except Exception as e:  # noqa: BLE001 - the page may be gone or busy
                log.debug("%s failed: %s", method, type(e).__name__)
        self.cut.set()

    def _on_loadingFinished(self, ev: dict[str, Any]) -> None:  # noqa: N802
        self.last_activity = time.monotonic()
        ex = self._live.get(ev["requestId"])
        if ex is None or ex.finished:
            return
        ex.finished = True
        ex.received_bytes = max(ex.received_bytes, int(ev.get("encodedDataLength", 0)))
        self._spawn(self._fetch_body(ex))

    def _on_loadingFailed(self, ev: dict[str, Any]) -> None:  # noqa: N802
        self.last_activity = time.monotonic()
        ex = self._live.get(ev["requestId"])
        if ex is None:
            return
        ex.failed = str(ev.get("errorText") or "failed")
        if ev.get("canceled"):
            ex.failed = "canceled"

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _fetch_body(self, ex: Exchange) -> None:
        if ex.status is None or 300 <= ex.status < 400 or ex.status == 204:
            ex.body = b""
            return
        if self.total_body_bytes >= self.options.max_total_bytes:
            ex.body_note = "not kept: the capture's total size cap was reached"
            return
        try:
            res = await self.cdp.send("Network.getResponseBody", {"requestId": ex.request_id})
        except Exception as e:  # noqa: BLE001 - evicted, too large, or the page is gone
            ex.body_note = ("not kept: larger than the per-item cap or no longer available "
                            f"({type(e).__name__})")
            return
        data = res.get("body", "")
        body = base64.b64decode(data) if res.get("base64Encoded") else data.encode("utf-8")
        if len(body) > self.options.max_resource_bytes:
            ex.body_note = f"not kept: larger than {self.options.max_resource_bytes} bytes"
            return
        self.total_body_bytes += len(body)
        if self.total_body_bytes > self.options.max_total_bytes:
            ex.body_note = "not kept: the capture's total size cap was reached"
            self.warnings.append(Notice("capture.total_size_cap"))
            return
        ex.body = body

    async def drain(self, timeout_s: float) -> None:
        """Wait (bounded) for the body fetches still running."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=max(0.1, timeout_s))
