"""`evidence-app capture`: capture web pages into a case (a thin layer over capture.batch)."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from typing import TYPE_CHECKING, Any

from evidence_app.cli import timestamp_cmds
from evidence_app.cli.common import emit, open_vault, run_interruptibly
from evidence_app.cli.fingerprint_cmds import MINOR_GUIDANCE, flag_lines, watch_flags
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK, EvidenceAppError, UsageError
from evidence_app.fingerprints.safeguard import is_minor
from evidence_app.vocab import Stage

if TYPE_CHECKING:  # the capture engine loads only when a capture runs
    from collections.abc import Callable

    from evidence_app.capture.batch import CaptureEvent, UrlResult
    from evidence_app.capture.engine import BrowserSession

log = logging.getLogger(__name__)



def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("capture", parents=[common],
                       help="capture web pages into a case (screenshots, archive, provenance)",
                       description="Capture each URL in a fresh headless browser and seal the "
                                   "result into the case. Ctrl+C cancels: finished captures stay "
                                   "sealed, the unfinished ones leave nothing.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("urls", nargs="+", metavar="URL", help="web addresses (http:// or https://)")
    p.add_argument("--concurrency", type=int, default=2, metavar="N",
                   help="pages captured at once (default 2)")
    p.add_argument("--timeout", type=float, default=90.0, metavar="S",
                   help="hard time limit per page in seconds (default 90)")
    p.add_argument("--browser", metavar="PATH",
                   help="the browser program to use (default: EVIDENCE_APP_BROWSER, else found "
                        "automatically)")
    p.add_argument("--login", metavar="NAME",
                   help="capture signed in with this login profile (`evidence-app login`)")
    p.set_defaults(handler=cmd_capture)


class _Progress:
    """Per-URL progress lines on stderr (called from the capture thread)."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.lock = threading.Lock()

    def __call__(self, ev: CaptureEvent) -> None:
        if self.quiet or ev.stage == Stage.QUEUED:
            return
        text = ev.message
        if ev.stage == Stage.DONE and ev.result is not None:
            text = f"{ev.message} (HTTP {ev.result.http_status})"
            for w in ev.result.warnings:
                text += f"\n      warning: {w}"
        with self.lock:
            sys.stderr.write(f"[{ev.index + 1}/{self.total}] {_stage_word(ev.stage)}"
                             f" {ev.url}: {text}\n")
            sys.stderr.flush()


def _valid(validate: Callable[[str], str], url: str) -> bool:
    try:
        validate(url)
    except EvidenceAppError:
        return False
    return True


def _stage_word(stage: str) -> str:
    st = Stage(stage)
    return st.value.upper() if st.final else st.value


class _EarlyBrowser:
    """Starts the capture browser while the vault unlocks: each takes about a second, and the
    passphrase's key derivation does not need the browser (nor the browser the vault)."""

    def __init__(self, browser_path: str | None) -> None:
        self._box: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._start, args=(browser_path,),
                                        name="browser-start", daemon=True)
        self._thread.start()

    def _start(self, browser_path: str | None) -> None:
        from evidence_app.capture.engine import BrowserSession

        try:
            self._box["session"] = BrowserSession(browser_path)
        except BaseException as e:  # noqa: BLE001 - handed to whoever asks for the session
            self._box["error"] = e

    def get(self) -> BrowserSession:
        self._thread.join()
        if "error" in self._box:
            raise self._box["error"]
        session: BrowserSession = self._box["session"]
        return session

    def close(self) -> None:
        self._thread.join()
        session = self._box.get("session")
        if session is not None:
            session.close()


def cmd_capture(args: argparse.Namespace) -> int:
    from evidence_app.capture.batch import CaptureOptions, capture_urls
    from evidence_app.capture.urls import validate_url

    if args.concurrency < 1 or args.concurrency > 8:
        raise UsageError("--concurrency must be between 1 and 8.")
    if args.timeout < 5:
        raise UsageError("--timeout must be at least 5 seconds.")
    options = CaptureOptions(timeout_s=args.timeout, concurrency=args.concurrency,
                             browser_path=args.browser,
                             nav_timeout_s=min(30.0, args.timeout * 0.5))
    cancel = threading.Event()
    early = _EarlyBrowser(args.browser) if any(_valid(validate_url, u) for u in args.urls) else None
    try:
        with open_vault(args) as vault:
            case = vault.get_case(args.case)
            if getattr(args, "login", None):
                from evidence_app.vault.logins import load_state

                options.login = load_state(vault, args.login)
            progress = _Progress(len(args.urls), args.quiet)

            def work(cancel: threading.Event) -> list[UrlResult]:
                if early is not None:
                    options.session = early.get()
                return capture_urls(vault, case.id, list(args.urls), options,
                                    on_event=progress, cancel=cancel)

            results = run_interruptibly(
                work, cancel, name="capture",
                cancelling="Cancelling: finished captures stay sealed; waiting for the browser "
                           "to close...")
            flags = watch_flags(vault, [r.capture_id for r in results])
            minor = is_minor(vault, case.id)
            timestamp_cmds.finish(vault, args)
    finally:
        if early is not None:
            early.close()
    failed = [r for r in results if not r.ok]
    doc = {"ok": not failed, "case_id": case.id, "cancelled": cancel.is_set(),
           "results": [{"url": r.url, "ok": r.ok, "capture_id": r.capture_id,
                        "exhibit": r.exhibit, "error": r.error, "http_status": r.http_status,
                        "final_url": r.final_url, "warnings": r.warnings,
                        "artifacts": r.artifacts,
                        "watch_matches": [h.as_dict() for h in flags.get(r.capture_id or "", [])]}
                       for r in results]}
    if minor:
        doc["notice"] = "minor_safeguard"
    lines = []
    for r in results:
        if r.ok:
            lines.append(f"{r.exhibit:<9} {r.url}  HTTP {r.http_status}, {len(r.artifacts)} "
                         f"items, capture {(r.capture_id or '')[:8]}")
            lines += [f"          warning: {w}" for w in r.warnings]
            lines += flag_lines(flags.get(r.capture_id or "", []))
        else:
            lines.append(f"FAILED    {r.url}: {r.error}")
    if minor:
        lines.append(MINOR_GUIDANCE)
    emit(args, doc, "\n".join(lines))
    if cancel.is_set():
        return 130
    return EXIT_ITEM_FAILED if failed else EXIT_OK


