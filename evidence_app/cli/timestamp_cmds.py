"""`evidence-app timestamp`: ask every TSA now for the pending trusted timestamps.

Also `finish`, which `capture` and `import` call before closing the vault: it waits (bounded,
progress on stderr) for the requests of the captures just sealed, and leaves any TSA that has
not answered by then pending, to be asked again by the next seal or `evidence-app timestamp`.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import emit, open_vault
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK

if TYPE_CHECKING:
    from evidence_app.integrity.timestamps.store import Attempt
    from evidence_app.vault import Vault

FINISH_WAIT_S = 20.0   # after capture/import: long enough for a TSA on a normal network
COMMAND_WAIT_S = 120.0  # `timestamp`: every pending token, one TSA request after another


def _progress_printer(quiet: bool, limit_s: float) -> Any:
    start = time.monotonic()
    last = [start - 1.0]  # the first line after a second of waiting

    def progress(running: int) -> None:
        now = time.monotonic()
        if quiet or now - last[0] < 2.0:
            return
        last[0] = now
        sys.stderr.write(f"trusted time: waiting for {running} time-stamping authorit"
                         f"{'y' if running == 1 else 'ies'} ({now - start:.0f} s of at most "
                         f"{limit_s:.0f} s; Ctrl+C leaves them pending)\n")
        sys.stderr.flush()
    return progress


def finish(vault: Vault, args: argparse.Namespace) -> None:
    """Before the CLI closes the vault: let running TSA requests finish (bounded)."""
    from evidence_app.integrity import timestamps

    try:
        done = timestamps.wait(vault, FINISH_WAIT_S, _progress_printer(args.quiet, FINISH_WAIT_S))
    except KeyboardInterrupt:
        done = False
    if args.quiet:
        return
    outcomes = timestamps.outcomes(vault)
    if not outcomes and done:
        return
    counts = {k: sum(1 for o in outcomes if o.status == k)
              for k in ("granted", "pending", "failed")}
    running = "" if done else ", others still running"
    sys.stderr.write(f"trusted time: {counts['granted']} granted, {counts['failed']} failed, "
                     f"{counts['pending']} unanswered{running}\n")
    if counts["pending"] or not done:
        sys.stderr.write("trusted time: unanswered requests stay pending; they are asked again "
                         "on the next capture and by `evidence-app timestamp`.\n")


def cmd_timestamp(args: argparse.Namespace) -> int:
    from evidence_app.integrity import timestamps

    with open_vault(args) as vault:
        config = timestamps.load_config()
        if not config.enabled:
            emit(args, {"ok": True, "enabled": False, "results": []},
                 "Trusted timestamps are turned off (EVIDENCE_APP_TSA=none or the settings).")
            return EXIT_OK
        requeued = timestamps.retry_failed(vault) if args.retry_failed else 0
        outcomes, done = timestamps.request_pending(
            vault, args.wait, _progress_printer(args.quiet, args.wait))
        still = _still_pending(vault)
    failed = [o for o in outcomes if o.status == "failed"]
    granted = [o for o in outcomes if o.status == "granted"]
    doc = {"ok": not failed, "enabled": True, "finished": done, "requeued_failed": requeued,
           "granted": len(granted), "failed": len(failed), "still_pending": len(still),
           "results": [{"capture_id": o.capture_id, "tsa": o.tsa, "status": o.status,
                        "error": o.error} for o in outcomes]}
    lines = [f"{o.status.upper():<8} {o.capture_id[:8]}  {o.tsa}"
             + (f": {o.error}" if o.error else "") for o in outcomes]
    lines.append(f"{len(granted)} granted, {len(failed)} failed, {len(still)} still pending.")
    if still:
        lines.append("Pending tokens are asked for again on the next capture, when the app "
                     "starts, and by this command.")
    emit(args, doc, "\n".join(lines))
    return EXIT_ITEM_FAILED if failed else EXIT_OK


def capture_stamps(vault: Vault, capture_id: str) -> list[Attempt]:
    from evidence_app.integrity.timestamps import capture_timestamps

    return capture_timestamps(vault, capture_id)


def show_lines(stamps: list[Attempt]) -> list[str]:
    """The `show` lines: one per TSA asked, with a clock warning where there is one."""
    if not stamps:
        return [f"{'Trusted time:':<14}none requested (timestamps were off)"]
    lines = ["Trusted time:"]
    for a in stamps:
        if a.status == "granted":
            lines.append(f"  granted  {a.tsa}  {a.tsa_time}  serial {a.serial}")
            if a.clock_warning:
                lines.append(f"  {'':<9}WARNING: this computer's clock differed from the TSA's "
                             f"by {a.clock_skew_s:+.0f} s")
        else:
            lines.append(f"  {a.status:<8} {a.tsa}" + (f"  ({a.error})" if a.error else ""))
    return lines


def export_line(stamp: dict[str, Any] | None) -> str:
    """How the bundle's own timestamp went, for `export`."""
    stamp = stamp or {}
    status = stamp.get("status")
    if status == "granted":
        return (f"{stamp.get('time')} by {stamp.get('tsa')} (serial {stamp.get('serial')}), "
                f"{stamp.get('file')}")
    if status == "off":
        return "not timestamped: timestamps are turned off"
    if status == "failed":
        return "not timestamped: the authority's token did not verify"
    return "not timestamped: offline at export"


def _still_pending(vault: Vault) -> list[Attempt]:
    from evidence_app.integrity.timestamps.store import read_pending

    return read_pending(vault)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("timestamp", parents=[common],
                       help="ask the time-stamping authorities now for every pending timestamp",
                       description="Request every pending RFC 3161 trusted timestamp now and "
                                   "wait for the answers. Exit 1 if any answer failed "
                                   "verification.")
    p.add_argument("--retry-failed", action="store_true",
                   help="also ask again where a TSA's earlier answer failed verification")
    p.add_argument("--wait", type=float, default=COMMAND_WAIT_S, metavar="S",
                   help=f"wait at most S seconds (default {COMMAND_WAIT_S:.0f})")
    p.set_defaults(handler=cmd_timestamp)
