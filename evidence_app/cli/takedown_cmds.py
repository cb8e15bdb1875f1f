"""`evidence-app takedown ...`: locations, requests, responses, re-checks and the overview."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import emit, open_vault, run_interruptibly
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from evidence_app.takedown.platforms import PlatformBook
    from evidence_app.vault import Vault

log = logging.getLogger(__name__)

OUTCOMES = ("removed", "refused", "acknowledged", "info-requested", "none")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    td = sub.add_parser("takedown", help="take-down: locations, requests, re-checks, overview",
                        description="Track take-down requests with evidence behind every step. "
                                    "Every step is appended (never edited) and logged; the "
                                    "status is derived from them. The app sends nothing itself.")
    s = td.add_subparsers(dest="takedown_command", metavar="ACTION", required=True)

    p = s.add_parser("list", parents=[common], help="a case's locations with status and routes")
    p.add_argument("--case", required=True, help="case reference or id")
    p.set_defaults(handler=cmd_list)

    p = s.add_parser("add", parents=[common], help="add a location by hand (a URL that cannot "
                     "be captured, a search-result URL)")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("url", metavar="URL")
    p.add_argument("--note", help="where it was found, or why it was not captured")
    p.set_defaults(handler=cmd_add)

    p = s.add_parser("draft", parents=[common], help="draft a request for locations on one route")
    p.add_argument("locations", nargs="+", metavar="LOCATION", help="location id (or its first "
                   "characters)")
    p.add_argument("--route", help="route id (default: the platform's first route)")
    p.add_argument("--lang", choices=("en", "zh-HK"), default="en")
    p.add_argument("--out", metavar="FILE", help="save the text to FILE (a new file)")
    p.add_argument("--organisation", help="the organisation acting for the survivor (default: "
                   "EVIDENCE_APP_ORGANISATION)")
    p.add_argument("--survivor-name", metavar="NAME", help="name the survivor in the request "
                   "(left out unless given)")
    p.set_defaults(handler=cmd_draft)

    p = s.add_parser("sent", parents=[common], help="record that a request was sent")
    p.add_argument("locations", nargs="+", metavar="LOCATION")
    p.add_argument("--route", required=True, help="route id; `other` with --note always fits")
    p.add_argument("--ref", help="the platform's reference or ticket number")
    p.add_argument("--at", metavar="ISO8601", help="when it was sent, with its zone (default now)")
    p.add_argument("--note", help="how it was sent (required for the route `other`)")
    p.set_defaults(handler=cmd_sent)

    p = s.add_parser("response", parents=[common], help="record a platform's answer")
    p.add_argument("location", metavar="LOCATION")
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--ref", help="the platform's reference")
    p.add_argument("--note", help="what they said (free text)")
    p.add_argument("--at", metavar="ISO8601", help="when it arrived, with its zone (default now)")
    p.set_defaults(handler=cmd_response)

    p = s.add_parser("recheck", parents=[common], help="capture every location again and derive "
                     "its status (removed, online, changed, reappeared)",
                     description="Each location is captured again as a normal sealed capture "
                                 "linked to it. Ctrl+C cancels: finished checks stay recorded.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", help="case reference or id")
    which.add_argument("--all", action="store_true", help="every case")
    p.add_argument("--concurrency", type=int, default=2, metavar="N")
    p.add_argument("--timeout", type=float, default=90.0, metavar="S")
    p.add_argument("--browser", metavar="PATH")
    p.set_defaults(handler=cmd_recheck)

    p = s.add_parser("lookup", parents=[common], help="find who runs a location's host (RDAP: "
                     "network owner and abuse contact)")
    p.add_argument("locations", nargs="+", metavar="LOCATION")
    p.set_defaults(handler=cmd_lookup)

    p = s.add_parser("stats", parents=[common], help="the overview across cases (CSV: counts "
                     "only, no personal data)")
    p.add_argument("--csv", action="store_true", help="print the counts as CSV")
    p.set_defaults(handler=cmd_stats)


def _safe(text: object, limit: int = 300) -> str:
    """Text from pages or users, printed on one line without control characters."""
    s = "" if text is None else str(text)
    s = "".join(ch if ch.isprintable() else "?" for ch in s)
    return s if len(s) <= limit else s[:limit - 1] + "…"


def _book() -> PlatformBook:
    from evidence_app.takedown import platforms

    return platforms.load()


def _resolve(vault: Vault, book: PlatformBook, refs: list[str]) -> list[Any]:
    from evidence_app.takedown.locations import resolve

    return resolve(vault, book, refs)


def cmd_list(args: argparse.Namespace) -> int:
    from evidence_app.takedown.stats import states
    from evidence_app.vault.models import utc_now

    book = _book()
    now = utc_now()
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        found = states(vault, book, now, [case.id])
    docs = [st.as_dict(book, now) for st in found]
    lines = []
    for st, d in zip(found, docs, strict=True):
        flag = " OVERDUE" if st.overdue else ""
        flag += " <<< REAPPEARED" if d["status"] == "reappeared" else ""
        lines.append(f"{st.location.id[:8]}  {d['status']:<14} {d['platform']:<14} "
                     f"{d['category']:<13} {_safe(st.location.url, 120)}{flag}")
        for label, distance in st.location.watch_matches:
            lines.append(f"          shows watched picture {label} (distance {distance})")
        last = st.last_check
        if last is not None:
            lines.append(f"          last check {last.at[:16]}Z: {last.status} "
                         f"({last.details.get('reason', '-')}), capture "
                         f"{(last.capture_id or '-')[:8]}")
        for r in st.requests:
            answers = ", ".join(f"{x.outcome}" for x in r.responses) or "no answer yet"
            lines.append(f"          request {r.at[:16]}Z via {r.route}"
                         f" ref {_safe(r.ref or '-', 60)}, due {(r.due_at or '-')[:16]}Z: "
                         f"{answers}")
    if not lines:
        lines = ["No locations yet: capture a page (`evidence-app capture`) or add one "
                 "(`evidence-app takedown add`)."]
    emit(args, {"ok": True, "case_id": case.id, "locations": docs}, "\n".join(lines))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from evidence_app.takedown.locations import add_location

    book = _book()
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        loc, new = add_location(vault, book, case.id, args.url, args.note)
    doc = {"ok": True, "created": new, "location": loc.as_dict()}
    emit(args, doc, f"{'Added' if new else 'Already a location:'} {loc.id[:8]}  "
                    f"{loc.platform.id} ({loc.category})  {_safe(loc.url, 200)}")
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    from evidence_app.takedown.requests import draft, record_draft

    book = _book()
    with open_vault(args) as vault:
        locs = _resolve(vault, book, args.locations)
        d = draft(book, locs, route_id=args.route, lang=args.lang,
                  organisation=args.organisation, survivor_name=args.survivor_name)
        if args.out:
            try:
                with open(Path(args.out), "x", encoding="utf-8") as f:
                    f.write(d.text)
            except FileExistsError:
                raise UsageError(f"{args.out} already exists; choose a new file name.") from None
            except OSError as e:
                raise UsageError(f"Cannot write {args.out}: {e.strerror or e}.") from e
        record_draft(vault, d, locs)
    doc = {"ok": True, **d.as_dict(), "out": args.out}
    human = (f"Saved the draft to {args.out} (SHA-256 {d.sha256[:16]}…). Nothing was sent."
             if args.out else d.text)
    emit(args, doc, human)
    return EXIT_OK


def cmd_sent(args: argparse.Namespace) -> int:
    from evidence_app.takedown.requests import mark_sent

    book = _book()
    with open_vault(args) as vault:
        locs = _resolve(vault, book, args.locations)
        steps = mark_sent(vault, book, locs, args.route, ref=args.ref, at=args.at,
                          note=args.note)
    doc = {"ok": True, "request_id": steps[0].request_id, "route": steps[0].route,
           "sent_at": steps[0].at, "due_at": steps[0].due_at, "ref": steps[0].ref,
           "locations": [s.location_id for s in steps]}
    emit(args, doc, f"Recorded request {(steps[0].request_id or '')[:8]} via {steps[0].route} for "
                    f"{len(steps)} location(s); due {steps[0].due_at}.")
    return EXIT_OK


def cmd_response(args: argparse.Namespace) -> int:
    from evidence_app.takedown.requests import record_response

    book = _book()
    with open_vault(args) as vault:
        [loc] = _resolve(vault, book, [args.location])
        step = record_response(vault, loc, args.outcome, ref=args.ref, note=args.note, at=args.at)
    doc = {"ok": True, "location": loc.id, "outcome": step.outcome, "at": step.at,
           "request_id": step.request_id, "ref": step.ref}
    emit(args, doc, f"Recorded {step.outcome} for {loc.id[:8]} (request "
                    f"{(step.request_id or '')[:8]}).")
    return EXIT_OK


def cmd_lookup(args: argparse.Namespace) -> int:
    from evidence_app.takedown.lookups import lookup_locations

    book = _book()
    with open_vault(args) as vault:
        locs = _resolve(vault, book, args.locations)
        found = lookup_locations(vault, locs)
    docs = [{"location": loc.id, **lk.as_dict()} for loc, lk in found]
    lines = []
    for loc, lk in found:
        if lk.later:
            lines.append(f"{loc.id[:8]}  {_safe(lk.host)}: no answer now; look up later.")
            continue
        names = "; ".join(_safe(f"{a.query}: {a.holder or a.name} {a.handle}".strip())
                          for a in lk.answers if a.ok)
        lines.append(f"{loc.id[:8]}  {_safe(lk.host)}: {names}")
        lines.append(f"          abuse contact: {', '.join(map(_safe, lk.abuse_emails)) or '-'}"
                     + ("  (behind Cloudflare: route cloudflare-abuse)"
                        if lk.behind_cloudflare else ""))
    emit(args, {"ok": True, "lookups": docs}, "\n".join(lines))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from evidence_app.takedown.stats import overview, states
    from evidence_app.vault.models import utc_now

    book = _book()
    with open_vault(args) as vault:
        ov = overview(states(vault, book, utc_now()))
    doc: dict[str, Any] = {"ok": True, **ov.as_dict()}
    if args.csv:
        doc["csv"] = ov.csv()
        human = ov.csv()
    else:
        lines = [f"Locations {ov.locations}, reported {ov.reported}, removed {ov.removed}, "
                 f"open {ov.open}, overdue {ov.overdue}, reappeared {ov.reappeared}"]
        for r in ov.rows:
            share = "-" if r.share_removed is None else f"{r.share_removed:.0%}"
            med = "-" if r.median_days is None else f"{r.median_days:g} d"
            lines.append(f"  {r.group:<9} {r.key:<16} reported {r.reported:>4}  removed "
                         f"{r.removed:>4}  ({share})  median to removal {med}")
        human = "\n".join(lines)
    emit(args, doc, human)
    return EXIT_OK


def cmd_recheck(args: argparse.Namespace) -> int:
    from evidence_app.capture.batch import CaptureOptions
    from evidence_app.cli.capture_cmds import _Progress
    from evidence_app.takedown.recheck import recheck

    if not 1 <= args.concurrency <= 8:
        raise UsageError("--concurrency must be between 1 and 8.")
    if args.timeout < 5:
        raise UsageError("--timeout must be at least 5 seconds.")
    book = _book()
    options = CaptureOptions(timeout_s=args.timeout, concurrency=args.concurrency,
                             browser_path=args.browser,
                             nav_timeout_s=min(30.0, args.timeout * 0.5))
    cancel = threading.Event()
    with open_vault(args) as vault:
        case_ids = ([c.id for c in vault.list_cases()] if args.all
                    else [vault.get_case(args.case).id])
        from evidence_app.takedown.locations import case_locations

        total = sum(1 for cid in case_ids for loc in case_locations(vault, cid, book)
                    if loc.url.lower().startswith(("http://", "https://")))
        progress = _Progress(total, args.quiet)
        results = run_interruptibly(
            lambda cancel: recheck(vault, book, case_ids, options, on_event=progress,
                                   cancel=cancel),
            cancel, name="recheck",
            cancelling="Cancelling: finished checks stay recorded; waiting for the browser to "
                       "close...")
    reappeared = [r for r in results if r.status == "reappeared"]
    failed = [r for r in results if r.status == "check-failed"]
    for r in reappeared:
        sys.stderr.write(f"!!! REAPPEARED: {r.location_id[:8]} {_safe(r.url, 200)} was removed "
                         f"and is online again (capture {(r.capture_id or '')[:8]}).\n")
    doc = {"ok": not failed, "cancelled": cancel.is_set(), "reappeared": len(reappeared),
           "results": [r.as_dict() for r in results]}
    lines = []
    for r in results:
        word = r.status.upper() if r.status == "reappeared" else r.status
        lines.append(f"{r.location_id[:8]}  {word:<13} {r.reason:<18} {r.exhibit or '-':<8} "
                     f"{_safe(r.url, 120)}")
    emit(args, doc, "\n".join(lines) or "No locations to re-check.")
    if cancel.is_set():
        return 130
    return EXIT_ITEM_FAILED if failed else EXIT_OK
