"""Batch capture: many URLs, bounded concurrency over one browser, progress events, cancel.

`capture_urls` is synchronous and safe to call from a worker thread: the browser work runs on the
browser session's own asyncio loop, and `on_event` is called from that loop's thread. Each URL is
sealed into the vault (one transaction) as soon as its bytes are ready; a cancelled or failed URL
leaves nothing behind, and URLs sealed before a cancel stay sealed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.media import Artifact
from evidence_app.capture.minor import without_pictures
from evidence_app.capture.options import CaptureOptions
from evidence_app.capture.page import PageResult, capture_page
from evidence_app.capture.urls import has_credentials, validate_url, without_credentials
from evidence_app.errors import (
    Cancelled,
    CaptureError,
    CaptureTimedOut,
    EvidenceAppError,
    content_free,
)
from evidence_app.fingerprints.safeguard import is_minor
from evidence_app.messages import Notice, english
from evidence_app.vault import CaptureInfo, Vault
from evidence_app.vault.logins import list_profiles
from evidence_app.vocab import CaptureKind, Role, Stage, role_order

log = logging.getLogger(__name__)

__all__ = ["CaptureEvent", "CaptureOptions", "UrlResult", "capture_urls"]


@dataclass
class UrlResult:
    """The outcome for one URL."""

    url: str
    ok: bool
    capture_id: str | None = None
    exhibit: str | None = None
    error: str | None = None
    http_status: int | None = None
    final_url: str | None = None
    warnings: list[str] = field(default_factory=list)
    artifacts: list[dict[str, Any]] = field(default_factory=list)
    # The same as codes with parameters (evidence_app.messages), for front ends to word.
    notices: list[Notice] = field(default_factory=list)
    error_code: str | None = None
    error_params: dict[str, str | int | float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CaptureEvent:
    """Progress of one URL; `result` is set when the stage is final (done/failed/cancelled)."""

    index: int
    url: str
    stage: Stage
    message: str
    result: UrlResult | None = None


EventFn = Callable[[CaptureEvent], None]


def capture_urls(vault: Vault, case_id: str, urls: list[str],
                 options: CaptureOptions | None = None, on_event: EventFn | None = None,
                 cancel: threading.Event | None = None) -> list[UrlResult]:
    """Capture each URL into the case; one UrlResult per URL, in the order given."""
    options = options or CaptureOptions()
    cancel = cancel or threading.Event()
    vault.get_case(case_id)  # a wrong case fails before any browser work
    if not options.minor_safe and is_minor(vault, case_id):
        options = dataclasses.replace(options, minor_safe=True)
    if options.known_logins is None:  # login-wall warnings name the profile that fits
        options = dataclasses.replace(options, known_logins=list_profiles(vault))
    results: list[UrlResult | None] = [None] * len(urls)
    # user:password@ never goes further than this line: not to the browser, events or results.
    credentials_removed = frozenset(i for i, raw in enumerate(urls) if has_credentials(raw))
    urls = [without_credentials(raw) if i in credentials_removed else raw
            for i, raw in enumerate(urls)]

    def emit(i: int, stage: Stage, message: str, result: UrlResult | None = None) -> None:
        if on_event is None:
            return
        try:
            on_event(CaptureEvent(i, urls[i], stage, message, result))
        except Exception as e:  # noqa: BLE001 - a broken progress display must not break capture
            log.error("on_event failed: %s", content_free(e))

    todo: list[tuple[int, str]] = []
    for i, raw in enumerate(urls):
        try:
            todo.append((i, validate_url(raw)))
            emit(i, Stage.QUEUED, "waiting")
        except EvidenceAppError as e:
            results[i] = UrlResult(url=raw, ok=False, error=e.message, error_code=e.code,
                                   error_params=e.params)
            emit(i, Stage.FAILED, e.message, results[i])
    if todo and not cancel.is_set():
        session = options.session or BrowserSession(options.browser_path)
        try:
            session.run(_run_all(session, vault, case_id, todo, options, emit, cancel, results,
                                 credentials_removed))
        finally:
            if options.session is None:
                session.close()
    out: list[UrlResult] = []
    for i, r in enumerate(results):
        if r is None:
            r = UrlResult(url=urls[i], ok=False, error=Cancelled().message,
                          error_code=Cancelled().code)
            emit(i, Stage.CANCELLED, r.error or "", r)
        out.append(r)
    return out


async def _run_all(session: BrowserSession, vault: Vault, case_id: str,
                   todo: list[tuple[int, str]], options: CaptureOptions,
                   emit: Callable[..., None], cancel: threading.Event,
                   results: list[UrlResult | None],
                   credentials_removed: frozenset[int] = frozenset()) -> None:
    sem = asyncio.Semaphore(max(1, options.concurrency))
    sealing: set[int] = set()

    async def one(i: int, url: str) -> None:
        async with sem:
            if cancel.is_set():
                return
            emit(i, Stage.STARTING, "starting")
            try:
                page = await asyncio.wait_for(
                    capture_page(session, url, options,
                                 lambda stage, msg: emit(i, stage, msg), vault.operator.name),
                    options.timeout_s)
            except asyncio.TimeoutError:
                params: dict[str, str | int | float] = {"seconds": f"{options.timeout_s:g}"}
                _fail(i, url, CaptureTimedOut(english("capture.timed_out", params),
                                              code="capture.timed_out", params=params),
                      emit, results)
                return
            except EvidenceAppError as e:
                _fail(i, url, e, emit, results)
                return
            except asyncio.CancelledError:
                raise
            except Exception as e:  # noqa: BLE001 - one bad page must not end the batch
                log.error("capture failed unexpectedly: %s", content_free(e))
                _fail(i, url, _unexpected("capture.unexpected", e), emit, results)
                return
            if options.minor_safe:
                page = without_pictures(page)
            if i in credentials_removed:
                page = page.with_notice(Notice("capture.credentials_removed"))
            emit(i, Stage.SEALING, "sealing into the vault")
            sealing.add(i)
            try:
                info = await asyncio.get_running_loop().run_in_executor(
                    None, _seal, vault, case_id, url, page, cancel)
            except Cancelled:
                return
            except EvidenceAppError as e:
                _fail(i, url, e, emit, results)
                return
            except Exception as e:  # noqa: BLE001 - a bug in sealing fails this URL, loudly
                log.error("sealing failed unexpectedly: %s", content_free(e))
                _fail(i, url, _unexpected("capture.seal_unexpected", e), emit, results)
                return
            finally:
                sealing.discard(i)
            results[i] = UrlResult(
                url=url, ok=True, capture_id=info.id, exhibit=info.exhibit,
                http_status=page.http_status, final_url=page.final_url, warnings=page.warnings,
                notices=list(page.notices),
                artifacts=[{"role": a.role, "name": a.name, "sha256": a.sha256, "size": a.size,
                            "media_type": a.media_type} for a in info.artifacts])
            emit(i, Stage.DONE, f"sealed as {info.exhibit}", results[i])

    tasks = {i: asyncio.ensure_future(one(i, url)) for i, url in todo}

    async def watch_cancel() -> None:
        while not all(t.done() for t in tasks.values()):
            if cancel.is_set():
                for i, t in tasks.items():
                    if i not in sealing:  # a seal in progress obeys `cancel` itself
                        t.cancel()
                return
            await asyncio.sleep(0.1)

    watcher = asyncio.ensure_future(watch_cancel())
    outcomes = await asyncio.gather(*tasks.values(), return_exceptions=True)
    watcher.cancel()
    # Anything that escaped `one` is a bug: report that URL as failed, never as "cancelled".
    for (i, url), outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, Exception) and results[i] is None:
            log.error("capture task failed unexpectedly: %s", content_free(outcome))
            _fail(i, url, _unexpected("capture.unexpected", outcome), emit, results)


def _unexpected(code: str, e: BaseException) -> CaptureError:
    params: dict[str, str | int | float] = {"kind": type(e).__name__}
    return CaptureError(english(code, params), code=code, params=params)


def _fail(i: int, url: str, err: EvidenceAppError, emit: Callable[..., None],
          results: list[UrlResult | None]) -> None:
    results[i] = UrlResult(url=url, ok=False, error=err.message, error_code=err.code,
                           error_params=err.params)
    emit(i, Stage.FAILED, err.message, results[i])


def _seal(vault: Vault, case_id: str, url: str, page: PageResult,
          cancel: threading.Event) -> CaptureInfo:
    """Write one capture in one transaction (runs in a worker thread)."""
    prov = page.provenance.to_dict()
    prov_art = Artifact(Role.PROVENANCE, "provenance.json", "application/json",
                        json.dumps(prov, indent=2, ensure_ascii=False, sort_keys=True)
                        .encode("utf-8"))
    ordered = sorted(page.artifacts + [prov_art], key=lambda a: role_order(a.role))
    with vault.new_capture(case_id, CaptureKind.WEB, url, meta=prov, cancel=cancel) as cap:
        for a in ordered:
            cap.add_artifact(a.role, a.name, a.media_type, a.data, meta=a.meta,
                             expected_sha256=a.sha256)
    assert cap.sealed is not None
    return cap.sealed
