"""The take-down log (every request, response and re-check) and the per-location take-down
table of the s.159AAL schedule. Both are absent when the case has no take-down steps."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer

from evidence_app.report.model import ReportContext
from evidence_app.report.pdf.styles import FRAME_W, H2, LABEL, SMALL, SMALL_CJK, P, code, grid

_KIND = {"sent": "request sent", "response": "response", "recheck": "re-check",
         "lookup": "network look-up"}


def takedown_log_flowables(ctx: ReportContext) -> list[Flowable]:
    """Every take-down step in the order it happened, with its times and capture reference."""
    td = ctx.takedown
    if td is None or td.empty:
        return []
    rows: list[list[Any]] = []
    for e in td.log:
        what = f"{e.result}" + (f"; note: {e.note}" if e.note else "")
        loud = e.result.startswith("reappeared")  # found online again after removal
        rows.append([P(f"{e.at[:19].replace('T', ' ')} UTC", SMALL),
                     P(str(e.location_no), SMALL), P(_KIND.get(e.kind, e.kind), SMALL),
                     code(e.route, small=True, limit=80), P(e.ref, SMALL_CJK, 120),
                     P(what.upper() if loud else what, LABEL if loud else SMALL_CJK, 600),
                     P(e.exhibit, SMALL, 60),
                     P(e.operator, SMALL, 60)])
    return [PageBreak(), P("Take-down log", H2),
            P("Every request sent, every answer received and every re-check, in the order they "
              "happened. Each is an appended record with its own custody event; nothing here "
              "was edited afterwards. A re-check is a new sealed capture (its exhibit is named): "
              "the evidence that a location was removed or was still online. Location numbers "
              "refer to the take-down table in the disposal-order schedule.", SMALL),
            Spacer(1, 4),
            grid(["When (UTC)", "Loc.", "Step", "Route", "Reference", "Result", "Capture",
                  "Operator"], rows, [62, 24, 50, 78, 52, FRAME_W - 376, 58, 52])]


def takedown_schedule_flowables(ctx: ReportContext) -> list[Flowable]:
    """Per location: the first capture, the requests made and the status at the last check."""
    td = ctx.takedown
    if td is None or td.empty:
        return []
    rows: list[list[Any]] = []
    for s in td.schedule:
        rows.append([P(str(s.no), SMALL), code(s.url, small=True, limit=2000),
                     P(f"{s.platform} ({s.category})", SMALL, 120),
                     P(s.first_capture, SMALL), P("; ".join(s.requests) or "none", SMALL_CJK,
                                                  800),
                     P(s.status, LABEL if s.status.startswith("reappeared") else SMALL),
                     P(s.last_check, SMALL, 200)])
    return [Spacer(1, 10),
            P("Take-down status of each location: the first capture, the removal requests made, "
              "and the status found at the last re-check (with the date and the capture that "
              "proves it).", SMALL),
            Spacer(1, 4),
            grid(["Loc.", "URL", "Platform", "First capture", "Requests", "Status",
                  "Last check"], rows, [24, FRAME_W - 416, 72, 70, 96, 72, 82])]
