"""The command line: a thin layer over the core, also used by scripts and tests."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence

from evidence_app import __version__
from evidence_app.cli import (
    backup_cmds,
    capture_cmds,
    chat_cmds,
    export_cmds,
    fingerprint_cmds,
    login_cmds,
    takedown_cmds,
    timestamp_cmds,
    vault_cmds,
)
from evidence_app.errors import EXIT_USAGE, EvidenceAppError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def _common(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the command (after: without overriding defaults)."""
    d = argparse.SUPPRESS if suppress else None
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--vault", metavar="PATH", default=d,
                   help="the vault file (default: EVIDENCE_APP_VAULT or the user data folder)")
    p.add_argument("--passphrase-file", metavar="FILE", default=d,
                   help="read the passphrase from the first line of FILE "
                        "(else EVIDENCE_APP_PASSPHRASE, else a prompt)")
    p.add_argument("--operator", metavar="NAME", default=d,
                   help="who is acting, for the custody log (default: EVIDENCE_APP_OPERATOR "
                        "or the OS user)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help="print one JSON document on stdout")
    p.add_argument("-q", "--quiet", action="store_true",
                   default=argparse.SUPPRESS if suppress else False,
                   help="no progress on stderr")
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidence-app", parents=[_common(False)],
        description="Preserve web evidence: capture, import, seal in an encrypted vault, verify, "
                    "export. Without a command, opens the desktop app.",
        epilog="Exit codes: 0 ok, 1 an item failed or verification found problems, 2 usage "
               "error, 3 the vault cannot be opened.")
    parser.add_argument("--version", action="version", version=f"evidence-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common(True)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("init", vault_cmds.cmd_init, "create a new vault and show its recovery key once")

    case = sub.add_parser("case", help="create or list cases", description="Cases.")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = case_sub.add_parser("new", parents=[common], help="create a case")
    p.add_argument("title")
    p.add_argument("--ref", help="your own case reference (unique)")
    p.add_argument("--exhibit-prefix", metavar="PREFIX",
                   help="exhibit numbers start with this, e.g. your initials (default: the "
                        "operator's initials)")
    p.add_argument("--minor", action="store_true",
                   help="the person depicted may be under 18: keep no pictures or videos, "
                        "only their hashes (cannot be undone)")
    p.set_defaults(handler=vault_cmds.cmd_case_new)
    p = case_sub.add_parser("mark-minor", parents=[common],
                            help="mark a case: the person depicted may be under 18 (cannot be "
                                 "undone)")
    p.add_argument("case", metavar="CASE", help="case reference or id")
    p.set_defaults(handler=fingerprint_cmds.cmd_case_mark_minor)
    p = case_sub.add_parser("list", parents=[common], help="list cases")
    p.set_defaults(handler=vault_cmds.cmd_case_list)

    p = add("import", vault_cmds.cmd_import, "seal existing files as evidence (read only)")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--note", help="where the file came from (free text)")
    p.add_argument("--record-path", action="store_true",
                   help="also record the file's full local path (default: its name only, since "
                        "a path can name people and travels into every bundle)")
    p.add_argument("--chat-timezone", metavar="ZONE",
                   help="the zone a chat export's times were written in, e.g. Asia/Hong_Kong "
                        "(default: this computer's; it is recorded)")

    p = add("list", vault_cmds.cmd_list, "list the evidence of a case")
    p.add_argument("--case", required=True, help="case reference or id")

    p = add("show", vault_cmds.cmd_show, "show one capture: provenance, artifacts, custody")
    p.add_argument("capture", metavar="CAPTURE",
                   help="exhibit number (e.g. KL-003), or capture id (or its first characters)")

    p = add("extract", vault_cmds.cmd_extract, "write a capture's artifacts to a folder")
    p.add_argument("capture", metavar="CAPTURE", help="exhibit number or capture id")
    p.add_argument("--out", required=True, metavar="DIR")

    add("verify", vault_cmds.cmd_verify,
        "recompute every artifact's SHA-256 and re-walk the custody chain")

    p = add("passwd", vault_cmds.cmd_passwd, "change the vault passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else EVIDENCE_APP_NEW_PASSPHRASE, "
                        "else a prompt)")
    p = add("recover", vault_cmds.cmd_recover,
            "set a new passphrase with the recovery key (forgotten passphrase)")
    p.add_argument("--recovery-key-file", metavar="FILE",
                   help="read the recovery key from FILE (else EVIDENCE_APP_RECOVERY_KEY, "
                        "else a prompt)")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    add("new-recovery-key", vault_cmds.cmd_new_recovery_key,
        "make a new recovery key (lost, or never written down); the old one stops working")

    # Each command module adds its own subcommands; heavy parts load inside the handlers.
    for module in (capture_cmds, export_cmds, chat_cmds, fingerprint_cmds, takedown_cmds,
                   timestamp_cmds, backup_cmds, login_cmds):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except EvidenceAppError as e:
        return _fail(args, e.message, e.exit_code)
    except KeyboardInterrupt:
        return _fail(args, "Cancelled. Items finished before were sealed; the unfinished item "
                           "left nothing behind.", 130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout for the interpreter's exit
        return 0


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    if getattr(args, "json", False):
        json.dump({"ok": False, "error": message, "exit_code": code}, sys.stdout,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    sys.stderr.write(f"evidence-app: {message}\n")
    return code
