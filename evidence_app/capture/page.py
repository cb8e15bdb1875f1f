"""The capture of one page in a fresh incognito context, every artifact kept in memory.

Steps: navigate (bounded), settle, viewport screenshot, scroll (lazy loading, bounded infinite
scroll), settle again, inspect for spinners/login walls/overlays, full-page screenshot segments,
MHTML, rendered DOM, media, downloads. Each step runs under the page's time budget; a step that
overruns (an endless script, a wedged renderer) is recorded as a warning and the steps that need
the page's renderer are skipped, so the capture still holds what the network delivered.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypeVar

from evidence_app.capture import settle as st
from evidence_app.capture.archive import build_wacz
from evidence_app.capture.credentials import (
    CredentialHeaders,
    count_credentials,
    leak_warnings,
    redact_headers,
)
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.hostile import PRINT_COUNT, PageGuards, sanitise
from evidence_app.capture.login import (
    login_mismatch_warning,
    login_wall_hint,
    looks_like_sign_in,
    redirected_to_sign_in,
    signed_out,
)
from evidence_app.capture.media import DOM_MEDIA, Artifact, collect_media
from evidence_app.capture.network import Exchange, NetworkRecorder
from evidence_app.capture.options import CaptureOptions
from evidence_app.capture.picture_hiding import hide_pictures
from evidence_app.capture.provenance import build_provenance, redirect_chain
from evidence_app.capture.redirects import internal_redirect_warnings, unsafe_redirect_reason
from evidence_app.capture.screens import full_page_segments, viewport_shot
from evidence_app.capture.tlsinfo import browser_chain, tls_record, verify_server
from evidence_app.errors import PageUnreachable
from evidence_app.messages import CATALOG, Notice, ParamValue, english, unique
from evidence_app.provenance import WebProvenance
from evidence_app.vocab import Role, Stage

log = logging.getLogger(__name__)

T = TypeVar("T")
StageFn = Callable[[Stage, str], None]  # (stage, message)

# Chromium network errors worded in the message catalog (evidence_app.messages, "net.ERR_*").
_NET_ERRORS = tuple(code[4:] for code in CATALOG if code.startswith("net.ERR_"))


@dataclass
class PageResult:
    """A finished page capture, ready to seal: artifacts in memory plus the provenance record."""

    artifacts: list[Artifact]
    provenance: WebProvenance
    http_status: int | None
    final_url: str | None
    warnings: list[str] = field(default_factory=list)  # English, as kept in the record
    notices: list[Notice] = field(default_factory=list)  # the same, as codes (the GUI words them)

    def with_notice(self, notice: Notice, **extra: Any) -> PageResult:
        """This result with one more notice, in the record too (`extra`: provenance fields
        this version does not know, kept as they are)."""
        prov = dataclasses.replace(
            self.provenance, warnings=[*self.provenance.warnings, notice.english],
            notices=[*self.provenance.notices, notice.to_dict()],
            extra={**self.provenance.extra, **extra})
        return dataclasses.replace(self, provenance=prov,
                                   warnings=[*self.warnings, notice.english],
                                   notices=[*self.notices, notice])


class _Budget:
    """Runs page steps under the page's deadline; a timeout disables renderer-bound steps."""

    def __init__(self, deadline: float, warnings: list[Notice]) -> None:
        self.deadline = deadline
        self.warnings = warnings
        self.renderer_ok = True

    def left(self) -> float:
        return self.deadline - time.monotonic()

    async def run(self, what: str, coro: Coroutine[Any, Any, T], limit_s: float) -> T | None:
        from playwright.async_api import Error as PlaywrightError

        if not self.renderer_ok or self.left() <= 0.5:
            coro.close()
            return None
        limit = max(0.5, min(limit_s, self.left()))
        try:
            return await asyncio.wait_for(coro, limit)
        except asyncio.TimeoutError:
            self.renderer_ok = False
            if limit < limit_s:
                self.warnings.append(Notice("capture.time_limit_in_step", {"step": what}))
            else:
                self.warnings.append(Notice("capture.page_unresponsive",
                                            {"step": what, "seconds": f"{limit:.0f}"}))
        except PlaywrightError as e:
            message = e.message or ""
            if "navigat" in message or "context was destroyed" in message:
                # The page moved on by itself (script redirect, download): later steps can work.
                self.warnings.append(Notice("capture.navigated_in_step", {"step": what}))
                return None
            self.renderer_ok = False
            self.warnings.append(Notice("capture.step_failed",
                                        {"step": what, "detail": sanitise(message, 200)}))
        return None


def _net_error(message: str) -> str | None:
    """The catalog code (evidence_app.messages) of a browser network error, if known."""
    for code in _NET_ERRORS:
        if code in message:
            return f"net.{code}"
    return None


async def capture_page(session: BrowserSession, url: str, options: CaptureOptions,
                       stage: StageFn, operator: str) -> PageResult:
    """Capture one URL; raise PageUnreachable when no page arrived at all."""
    from playwright.async_api import Error as PlaywrightError

    started = datetime.now(timezone.utc)
    t0 = time.monotonic()
    reserve = max(4.0, min(20.0, options.timeout_s * 0.2))
    warnings: list[Notice] = []
    budget = _Budget(t0 + options.timeout_s - reserve, warnings)
    artifacts: list[Artifact] = []
    context = await session.new_context(
        ignore_https_errors=True, accept_downloads=False, service_workers="block",
        viewport={"width": options.viewport_width, "height": options.viewport_height},
        user_agent=session.user_agent or None,
        storage_state=options.login.storage_state if options.login else None)
    try:
        page = await context.new_page()
        guards = PageGuards(options, session.user_agent)
        await guards.attach(context, page)
        cdp = await context.new_cdp_session(page)
        recorder = NetworkRecorder(cdp, options)
        await recorder.start()
        credentials = CredentialHeaders()  # names only: the values never reach the evidence
        credentials.attach(cdp)

        stage(Stage.LOADING, "opening the page")
        nav_error: str | None = None
        nav_limit = max(1.0, min(options.nav_timeout_s, budget.left()))
        nav = asyncio.ensure_future(page.goto(url, wait_until="load", timeout=0))
        nav.add_done_callback(_swallow)
        body_cut = asyncio.ensure_future(recorder.cut.wait())
        done, _ = await asyncio.wait({nav, body_cut}, timeout=nav_limit,
                                     return_when=asyncio.FIRST_COMPLETED)
        body_cut.cancel()
        if nav in done:
            err = nav.exception()
            if isinstance(err, PlaywrightError):
                nav_error = err.message or str(err)
            elif err is not None:
                raise err
        else:
            nav.cancel()
            if body_cut not in done:
                warnings.append(Notice("capture.load_timeout", {"seconds": f"{nav_limit:.0f}"}))
        docs = [d for d in recorder.main_documents() if d.status is not None]
        unsafe = unsafe_redirect_reason(docs, nav_error)
        if unsafe is not None:
            why: dict[str, ParamValue] = {**unsafe.params, "reason_code": unsafe.code,
                                          "url": url[:200]}
            raise PageUnreachable(english("capture.unreachable", why),
                                  code="capture.unreachable", params=why)
        if not docs and not guards.downloads:
            await guards.finish(2)
            if not guards.downloads:
                reason = _net_error(nav_error or "") or (
                    "net.no_answer" if nav_error is None else "net.not_opened")
                params: dict[str, ParamValue] = {"reason_code": reason, "url": url[:200],
                                                 "seconds": f"{nav_limit:.0f}"}
                raise PageUnreachable(english("capture.unreachable", params),
                                      code="capture.unreachable", params=params)

        if budget.renderer_ok and page.url != "about:blank":
            await budget.run("page check", st.install_watchers(page), 5)
            stage(Stage.LOADING, "waiting for the page to settle")
            settled = await budget.run("settle wait", st.settle(page, recorder, options,
                                                                budget.left()),
                                       options.settle_timeout_s + 5)
            if settled is False:
                warnings.append(Notice("capture.not_settled",
                                       {"seconds": f"{options.settle_timeout_s:g}"}))
            if options.login is not None:  # an expired session: never seal a login form
                if await budget.run("sign-in check", looks_like_sign_in(page), 5):
                    raise signed_out(options.login)
            shot = (await budget.run("viewport screenshot", viewport_shot(page), 20)
                    if await pictures_hidden(budget, page, options) else None)
            if shot is not None:
                artifacts.append(shot)
            stage(Stage.SCROLLING, "scrolling through the page")
            scroll_cut = await budget.run(
                "scroll", st.scroll_through(page, recorder, options, budget.left()),
                options.scroll_time_s + 10)
            warnings += scroll_cut or []
            await budget.run("settle wait", st.settle(page, recorder, options, budget.left(),
                                                      since=time.monotonic()),
                             options.settle_timeout_s + 5)
            pending = await budget.run("image wait", st.wait_images(page, 5), 8)
            if pending:
                warnings.append(Notice("capture.images_pending", {"count": pending}))
            warnings += await budget.run("page check", st.inspect(
                page, login_wall_hint(options, page.url)), 10) or []
            warnings += redirected_to_sign_in(options, url, page.url)
            more, noted = await page_snapshots(budget, page, cdp, options, stage)
            artifacts += more
            warnings += noted
        untrusted_title = await budget.run("title", page.title(), 5) or ""
        untrusted_dom_media = await budget.run("media list", page.evaluate(DOM_MEDIA), 5) or []
        prints = await budget.run("print check", page.evaluate(PRINT_COUNT), 5) or 0
        await recorder.drain(min(10.0, max(1.0, budget.left() + reserve / 2)))
        warnings += await guards.finish(min(10.0, max(1.0, budget.left() + reserve / 2)))
        final_docs = [d for d in recorder.main_documents() if d.status is not None]
        main = final_docs[-1] if final_docs else None
        chain = await _chain(cdp, main)
    finally:
        await session.close_context(context)

    stage(Stage.ARCHIVING, "building the web archive")
    if main is not None and main.status is not None and main.status >= 400:
        warnings.append(Notice("capture.http_error", {"status": main.status}))
    if prints:
        guards.dialogs.append({"type": "print", "message": f"window.print() called {prints} "
                               "time(s)", "default_value": "", "action": "ignored"})
    warnings += recorder.warnings
    title = sanitise(untrusted_title, 300)
    tls = await _tls(main, chain)
    if tls is not None and tls.get("error"):
        warnings.append(Notice("capture.certificate_problem", {"detail": str(tls["error"])}))
    archived = credentials.archived(recorder.exchanges)
    wacz, wacz_summary = await asyncio.to_thread(
        build_wacz, archived, main_url=main.url if main else url, title=title,
        started=started, software=f"evidence-app {_version()}")
    artifacts.append(Artifact(Role.WACZ, "capture.wacz", "application/wacz+zip", wacz,
                              meta={"records": wacz_summary["records"]}))
    if wacz_summary["left_out_count"]:
        warnings.append(Notice("capture.requests_left_out",
                               {"count": int(wacz_summary["left_out_count"])}))
    media, media_warnings = collect_media(recorder.exchanges, untrusted_dom_media, options)
    artifacts += media
    warnings += media_warnings
    artifacts += guards.download_artifacts
    if main is not None:
        artifacts.append(Artifact(Role.HEADERS, "headers.json", "application/json", json.dumps(
            {"url": main.url, "status": main.status, "status_text": main.status_text,
             "protocol": main.protocol,
             "headers": redact_headers(_as_archived(main, recorder.exchanges, archived))},
            indent=2, ensure_ascii=False).encode("utf-8")))
    warnings += internal_redirect_warnings(url, final_docs)
    if options.login:
        warnings += leak_warnings(options.login.storage_state, artifacts, recorder.exchanges)
        warnings += login_mismatch_warning(options.login, main.url if main else url)
    notices = unique(warnings)
    english_warnings = list(dict.fromkeys(n.english for n in notices))
    prov = build_provenance(
        requested_url=url, main=main, chain=redirect_chain(recorder.main_documents()),
        tls=tls, title=title, started=started, session=session, options=options,
        operator=operator, guards=guards, warnings=english_warnings, wacz=wacz_summary,
        notices=notices, credentials_removed=count_credentials(archived))
    return PageResult(artifacts, prov, main.status if main else None,
                      main.url if main else None, english_warnings, notices)


async def page_snapshots(budget: _Budget, page: Any, cdp: Any, options: CaptureOptions,
                         stage: StageFn) -> tuple[list[Artifact], list[Notice]]:
    """The page as it stands: full-page screenshot segments (pictures hidden first in an
    under-18 case), the MHTML snapshot and the rendered DOM. Shared by the ordinary capture and
    the assisted capture of an open page."""
    artifacts: list[Artifact] = []
    warnings: list[Notice] = []
    stage(Stage.SCREENSHOT, "taking the full-page screenshot")
    height = await budget.run("page height", st.page_height(page), 5)
    shots = (await budget.run("full-page screenshot",
                              full_page_segments(page, options, height or 1),
                              max(30.0, budget.left()))
             if await pictures_hidden(budget, page, options) else None)
    if shots is not None:
        artifacts += shots[0]
        warnings += shots[1]
    stage(Stage.ARCHIVING, "saving the page's HTML")
    mhtml = await budget.run("MHTML snapshot",
                             cdp.send("Page.captureSnapshot", {"format": "mhtml"}), 30)
    if mhtml is not None:
        artifacts.append(Artifact(Role.MHTML, "page.mhtml", "multipart/related",
                                  str(mhtml["data"]).encode("utf-8")))
    html = await budget.run("rendered HTML", _content(page), 15)
    if html is not None:
        artifacts.append(Artifact(Role.DOM_HTML, "page.html", "text/html", html.encode("utf-8"),
                                  meta={"note": "the DOM as rendered, serialised"}))
    return artifacts, warnings


async def pictures_hidden(budget: _Budget, page: Any, options: CaptureOptions) -> bool:
    """Under the under-18 safeguard, hide the page's pictures; False: take no screenshot."""
    if not options.minor_safe:
        return True
    return bool(await budget.run("picture hiding", hide_pictures(page), 10))


def _as_archived(ex: Exchange, exchanges: list[Exchange], archived: list[Exchange]
                 ) -> dict[str, str]:
    """An exchange's response headers as archived (with the credential headers it carried)."""
    for original, copy in zip(exchanges, archived, strict=False):
        if original is ex:
            return copy.response_headers
    return ex.response_headers


def _swallow(fut: asyncio.Future[Any]) -> None:
    """Retrieve a navigation's outcome once, so an abandoned one logs no noise."""
    if not fut.cancelled():
        fut.exception()


async def _content(page: Any) -> str:
    """The serialised DOM; retried briefly while a late navigation (e.g. a download) settles."""
    from playwright.async_api import Error as PlaywrightError

    for attempt in range(20):
        try:
            return str(await page.content())
        except PlaywrightError as e:
            if "navigating" not in (e.message or "") or attempt == 19:
                raise
            await asyncio.sleep(0.3)
    raise AssertionError("unreachable")


async def _chain(cdp: Any, main: Exchange | None) -> list[bytes]:
    if main is None or not main.url.startswith("https:"):
        return []
    try:
        return await asyncio.wait_for(browser_chain(cdp, main.url), 5)
    except asyncio.TimeoutError:
        return []


async def _tls(main: Exchange | None, chain: list[bytes]) -> dict[str, Any] | None:
    if main is None or not main.url.startswith("https:"):
        return None
    from urllib.parse import urlsplit

    host = urlsplit(main.url).hostname or ""
    check = None
    if main.remote_ip and main.remote_port:
        check = await asyncio.to_thread(verify_server, host, main.remote_ip.strip("[]"),
                                        int(main.remote_port))
    return tls_record(main.url, main.security_details, main.security_state, chain, check)


def _version() -> str:
    from evidence_app import __version__

    return __version__
