"""`evidence-app login` (login profiles) and `evidence-app browse` (assisted capture)."""

from __future__ import annotations

import argparse
import logging
import queue
import sys
import threading
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import emit, open_vault, read_secret_file
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK, EvidenceAppError, UsageError

if TYPE_CHECKING:
    from evidence_app.capture.batch import UrlResult
    from evidence_app.vault.logins import LoginProfile

log = logging.getLogger(__name__)

_LOGIN_HELP = """\
  evidence-app login NAME URL [--label TEXT]     sign in by hand in a browser window
  evidence-app login NAME URL --username U --password-file F
                                                 sign in automatically (plain forms)
  evidence-app login list                        the login profiles in the vault
  evidence-app login forget NAME                 erase a login profile
"""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "login", parents=[common], help="sign in to a site once, keep the session as a login "
                                        "profile (encrypted in the vault)",
        usage=_LOGIN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Login profiles let captures see what only a signed-in account sees. The "
                    "session (cookies and local storage) is kept only inside the encrypted "
                    "vault, never in the evidence: capture with `capture --login NAME`.")
    p.add_argument("words", nargs="+", metavar="NAME URL | list | forget NAME")
    p.add_argument("--label", metavar="TEXT",
                   help="which account this is, for the record (e.g. \"NGO research account "
                        "on X\")")
    p.add_argument("--username", metavar="U", help="sign in automatically with this user name")
    p.add_argument("--password-file", metavar="F",
                   help="the password for --username, first line of F")
    p.add_argument("--browser", metavar="PATH", help="the browser program to use")
    p.set_defaults(handler=cmd_login)

    p = sub.add_parser(
        "browse", parents=[common], help="open a visible evidence browser; capture pages as "
                                         "you navigate",
        description="Opens a browser window controlled by evidence-app. Navigate, expand "
                    "comments, scroll; then type c and Enter here to seal the page as it "
                    "stands (every artifact, plus the pages visited since the window opened). "
                    "q and Enter (or closing the window) ends.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("--login", metavar="NAME", help="browse signed in with this login profile")
    p.add_argument("url", nargs="?", metavar="URL", help="the first page to open")
    p.add_argument("--timeout", type=float, default=90.0, metavar="S",
                   help="time limit per capture in seconds (default 90)")
    p.add_argument("--browser", metavar="PATH", help="the browser program to use")
    p.set_defaults(handler=cmd_browse)


def cmd_login(args: argparse.Namespace) -> int:
    from evidence_app.vault.logins import check_name

    words = list(args.words)
    if words == ["list"]:
        return _login_list(args)
    if len(words) == 2 and words[0] == "forget":
        return _login_forget(args, words[1])
    if len(words) != 2:
        raise UsageError("Use `evidence-app login NAME URL`, `evidence-app login list` or "
                         "`evidence-app login forget NAME`.")
    name, url = check_name(words[0]), words[1]
    if name in ("list", "forget"):
        raise UsageError("'list' and 'forget' cannot be login profile names.")
    if bool(args.username) != bool(args.password_file):
        raise UsageError("Automatic sign-in needs both --username and --password-file (or "
                         "neither, to sign in by hand in a browser window).")
    from evidence_app.capture.urls import validate_url
    from evidence_app.vault.logins import save_profile

    url = validate_url(url)
    password = read_secret_file(args.password_file, "password") if args.password_file else None
    with open_vault(args) as vault:
        if args.username and password is not None:
            result = _sign_in_automatic(args, url, args.username, password)
        else:
            result = _sign_in_interactive(args, url)
        profile = save_profile(vault, name, args.label or name, url, result.storage_state,
                               result.mode)
    emit(args, {"ok": True, "profile": profile.as_dict()},
         f"Login profile '{profile.name}' saved ({profile.label}; {profile.cookie_count} "
         f"cookie(s), kept encrypted in the vault).\nCapture with it: evidence-app capture --case "
         f"CASE --login {profile.name} URL")
    return EXIT_OK


def _say(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        sys.stderr.write(text.rstrip("\n") + "\n")
        sys.stderr.flush()


def _sign_in_automatic(args: argparse.Namespace, url: str, username: str,
                       password: str) -> Any:
    from evidence_app.capture.engine import BrowserSession
    from evidence_app.capture.login import sign_in_automatic

    _say(args, "Signing in (headless browser)...")
    with BrowserSession(args.browser) as session:
        return sign_in_automatic(session, url, username, password)


def _sign_in_interactive(args: argparse.Namespace, url: str) -> Any:
    from evidence_app.capture.login import InteractiveSignIn

    signin = InteractiveSignIn(url, args.browser)
    try:
        signin.open()
        _say(args, "A browser window controlled by evidence-app is open. Sign in there "
                   "(two-factor included).\nDone: press Enter here when you are signed in (or "
                   "close the window). Ctrl+C cancels; nothing is saved.")
        _next_word(_stdin_lines(), signin.closed)  # Enter, or the window closed
        return signin.finish()
    finally:
        signin.close()


def _stdin_lines() -> queue.Queue[str]:
    """Lines typed in the terminal, read in a background thread (EOF ends the reading)."""
    q: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            q.put(line.strip().lower())

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return q


def _next_word(lines: queue.Queue[str], closed: threading.Event) -> str | None:
    """The next line typed in the terminal; None once the window was closed."""
    while not closed.is_set():
        try:
            return lines.get(timeout=0.2)
        except queue.Empty:
            continue
    return None


def _login_list(args: argparse.Namespace) -> int:
    from evidence_app.vault.logins import list_profiles

    with open_vault(args) as vault:
        profiles: list[LoginProfile] = list_profiles(vault)
    lines = [f"{p.name:<20} {p.label}  ({', '.join(p.hosts[:3])}; saved {p.created_at[:16]} "
             f"by {p.created_by}, {p.mode})" for p in profiles]
    emit(args, {"ok": True, "profiles": [p.as_dict() for p in profiles]},
         "\n".join(lines) or "No login profiles. Make one with `evidence-app login NAME URL`.")
    return EXIT_OK


def _login_forget(args: argparse.Namespace, name: str) -> int:
    from evidence_app.vault.logins import forget_profile

    with open_vault(args) as vault:
        profile = forget_profile(vault, name)
    emit(args, {"ok": True, "forgotten": profile.as_dict()},
         f"Login profile '{profile.name}' forgotten: its session was erased from the vault. "
         "(The account may still be signed in on the site; sign out there to end it.)")
    return EXIT_OK


def cmd_browse(args: argparse.Namespace) -> int:
    from evidence_app.capture.assisted import SHORTCUT, EvidenceBrowser
    from evidence_app.capture.options import CaptureOptions
    from evidence_app.vault.logins import load_state

    if args.timeout < 5:
        raise UsageError("--timeout must be at least 5 seconds.")
    results: list[UrlResult] = []
    failures: list[str] = []
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        options = CaptureOptions(timeout_s=args.timeout, browser_path=args.browser,
                                 settle_timeout_s=3.0,
                                 login=load_state(vault, args.login) if args.login else None)
        with EvidenceBrowser(vault, case.id, options) as browser:
            browser.open(args.url)
            _say(args, "The evidence browser is open. Navigate there; then type here:\n"
                       "  c + Enter  capture the page shown (seal it into the case); or press "
                       f"{SHORTCUT} in the window\n"
                       "  q + Enter  quit (or close the window)")
            lines = _stdin_lines()
            browser.on_shortcut = lambda: lines.put("c")
            while True:
                word = _next_word(lines, browser.closed)
                if word is None or word in ("q", "quit"):
                    break
                if word not in ("c", "capture"):
                    _say(args, "Type c + Enter to capture, q + Enter to quit.")
                    continue
                _say(args, "Capturing the page as it stands...")
                try:
                    r = browser.capture()
                except EvidenceAppError as e:
                    failures.append(e.message)
                    _say(args, f"FAILED: {e.message}")
                    continue
                results.append(r)
                _say(args, f"SEALED as {r.exhibit}: {r.url} ({len(r.artifacts)} items, capture "
                           f"{(r.capture_id or '')[:8]})"
                     + "".join(f"\n  warning: {w}" for w in r.warnings))
            history = list(browser.history)
    doc = {"ok": not failures, "case_id": case.id, "results": [r.as_dict() for r in results],
           "failures": failures, "history": history}
    emit(args, doc, "\n".join(f"{r.exhibit:<9} {r.url}  capture {(r.capture_id or '')[:8]}"
                              for r in results) or "No page was captured.")
    return EXIT_ITEM_FAILED if failures else EXIT_OK
