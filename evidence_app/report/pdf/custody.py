"""The custody log table and the chain head."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from evidence_app.report.model import ReportContext
from evidence_app.report.pdf.styles import FRAME_W, H2, SMALL, P, grid, hash_text
from evidence_app.vocab import action_label


def _subject(ev: dict[str, Any], exhibits: dict[str, str]) -> str:
    d = ev.get("details") or {}
    if ev.get("capture_id") in exhibits:
        return exhibits[str(ev["capture_id"])]
    if ev.get("action") == "exported" and isinstance(d, dict):
        return f"bundle {d.get('bundle_id', '?')}"
    return "-"


def custody_flowables(ctx: ReportContext) -> list[Flowable]:
    exhibits = {e.capture.id: e.capture.exhibit for e in ctx.exhibits}
    rows: list[list[Any]] = []
    spans: list[int] = []
    withheld = 0

    def flush_withheld() -> None:
        nonlocal withheld
        if withheld:
            spans.append(len(rows))
            rows.append([P(f"{withheld} event(s) of other cases: details withheld here; their "
                           "hashes are in custody.jsonl and are part of the chain", SMALL),
                         "", "", "", "", ""])
            withheld = 0

    for ev in ctx.events:
        if ev.get("case_id") not in (None, ctx.case.id):
            withheld += 1
            continue
        flush_withheld()
        rows.append([P(str(ev["seq"]), SMALL),
                     P(f"{ev['ts_utc'][:19].replace('T', ' ')} UTC (local {ev['local_offset']})",
                       SMALL),
                     P(action_label(str(ev["action"])), SMALL),
                     P(str(ev.get("operator") or "-"), SMALL, 80),
                     P(_subject(ev, exhibits), SMALL, 80),
                     hash_text(str(ev["hash"]))])
    flush_withheld()
    widths = [22, 70, 62, 64, 46, FRAME_W - 264]
    return [P("Custody log", H2),
            P("Every action on the evidence is an event in an append-only log; each event's hash "
              "covers its content and the previous event's hash, so no event can be changed, "
              "removed or reordered without breaking the chain. custody.jsonl in this bundle "
              "holds the full chain; `evidence-app verify-bundle` re-checks it.", SMALL),
            Spacer(1, 4),
            grid(["#", "Time", "Action", "Operator", "Exhibit", "Event hash (SHA-256)"], rows,
                 widths, tuple(spans)),
            Spacer(1, 6),
            P(f"Chain head at export: event #{ctx.head_seq}", SMALL), hash_text(ctx.head_hash)]
