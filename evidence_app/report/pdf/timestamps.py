"""Trusted timestamps in the report: per exhibit, each TSA's answer; on the cover, the bundle's."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from evidence_app.report.model import ExhibitEntry, ReportContext
from evidence_app.report.pdf.styles import DRAFT, FRAME_W, H3, SMALL, SMALL_CJK, P, code, grid
from evidence_app.report.pdf.timefmt import parse_iso, utc_and_local
from evidence_app.vault.models import local_offset

_STATUS = {
    "granted": "granted",
    "pending": "pending: not received yet (the computer was offline or the authority did not "
               "answer); no trusted time from this authority",
    "failed": "FAILED: the answer did not pass verification and is not trusted time",
}


def _both(text: str | None) -> str:
    """A UTC time with this computer's local time beside it."""
    dt = parse_iso(text) if text else None
    return utc_and_local(text, local_offset(dt)) if dt else "-"


def exhibit_flowables(ctx: ReportContext, e: ExhibitEntry) -> list[Flowable]:
    """The exhibit's 'Trusted timestamps' table (and a warning where the clocks differed)."""
    stamps: list[Any] = ctx.timestamps.get(e.capture.id) or []
    out: list[Flowable] = [CondPageBreak(70), P("Trusted timestamps (RFC 3161)", H3)]
    if not stamps:
        out.append(P("None: no time-stamping authority was asked about this exhibit "
                     "(timestamps were turned off when it was sealed), so its time rests on this "
                     "computer's clock only.", SMALL))
        return out
    out.append(P("Independent time-stamping authorities signed the time at which this "
                 "exhibit's sealing record (which holds every SHA-256 above) existed. VERIFY.txt "
                 "gives the openssl command that checks each token file.", SMALL_CJK))
    rows: list[list[Any]] = []
    for s in stamps:
        status = _STATUS.get(s.status, s.status)
        if s.status == "failed" and s.error:
            status += f" ({s.error})"
        rows.append([P(s.tsa, SMALL_CJK), P(status, SMALL_CJK),
                     P(_both(s.time) if s.status == "granted" else "-", SMALL),
                     code(s.serial or "-", small=True),
                     code(s.file.split("/", 1)[-1] if s.file else "-", small=True)])
    out.append(grid(["Authority", "Status", "Signed time (UTC and local)", "Serial",
                     "Token file (timestamps/)"], rows, [78, 112, 150, 44, FRAME_W - 384]))
    for s in stamps:
        if s.clock_warning:
            out.append(P(f"Clock warning: when {s.tsa} signed, this computer's clock differed "
                         f"from it by {abs(s.clock_skew_s or 0):.0f} seconds "
                         f"({'behind' if (s.clock_skew_s or 0) > 0 else 'ahead'}). Times in "
                         "this report taken from this computer's clock may be off by as much.",
                         DRAFT))
    return out


def cover_rows(ctx: ReportContext) -> list[tuple[str, Any]]:
    """The cover's 'Bundle timestamp' row and how many exhibits carry trusted time."""
    stamp = ctx.bundle_stamp
    if stamp is None:
        return []
    if stamp.status == "granted":
        text = (f"{_both(stamp.time)}, signed by {stamp.tsa} (serial {stamp.serial}). Token "
                "over the custody log: timestamps/custody.jsonl.tsr; over every file: "
                "manifest.sha256.tsr. VERIFY.txt shows how to check both.")
    elif stamp.status == "off":
        text = "Not timestamped: trusted timestamps are turned off on this computer"
    elif stamp.status == "failed":
        text = ("Not timestamped: the time-stamping authority answered, but its token did "
                "not pass verification")
    else:
        text = "Not timestamped: offline at export"
    stamped = sum(1 for e in ctx.exhibits
                  if any(s.status == "granted" for s in ctx.timestamps.get(e.capture.id) or []))
    return [("Bundle timestamp", text),
            ("Exhibits with trusted time", f"{stamped} of {len(ctx.exhibits)}")]
