"""Disposal-order schedule: every location where the material was found (s.159AAL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from reportlab.platypus import Flowable, PageBreak, Spacer

from evidence_app.report.model import ReportContext
from evidence_app.report.pdf.styles import FRAME_W, H2, SMALL, SMALL_CJK, P, code, grid
from evidence_app.report.pdf.takedown import takedown_schedule_flowables
from evidence_app.report.pdf.timefmt import short_utc
from evidence_app.vocab import CaptureKind, Role


@dataclass
class Location:
    url: str
    kind: str
    exhibits: list[str] = field(default_factory=list)
    first: str = ""
    last: str = ""
    last_status: str = "-"


def locations(ctx: ReportContext) -> list[Location]:
    """Unique URLs (page, final page, embedded media) in order of first capture."""
    found: dict[str, Location] = {}

    def add(url: str, kind: str, exhibit: str, when: str, status: Any) -> None:
        if not url:
            return
        loc = found.setdefault(url, Location(url, kind, first=when))
        if exhibit not in loc.exhibits:
            loc.exhibits.append(exhibit)
        if when >= loc.last:
            loc.last = when
            loc.last_status = "-" if status is None else str(status)

    for e in ctx.exhibits:
        cap = e.capture
        if cap.kind != CaptureKind.WEB:
            continue
        prov = cap.web
        when = prov.capture_started_utc or cap.started_at
        status = prov.http_status
        requested = prov.requested_url or cap.source
        add(requested, "page", cap.exhibit, when, status)
        final = prov.final_url or ""
        if final and final != requested:
            add(final, "page (after redirects)", cap.exhibit, when, status)
        for a in e.artifacts:
            if a.info.role == Role.MEDIA and isinstance(a.info.meta, dict):
                add(str(a.info.meta.get("url") or ""), "embedded "
                    + str(a.info.meta.get("element") or "media"), cap.exhibit, when, None)
    return list(found.values())


def schedule_flowables(ctx: ReportContext) -> list[Flowable]:
    rows: list[list[Any]] = []
    for i, loc in enumerate(locations(ctx), 1):
        host = urlsplit(loc.url).hostname or "-"
        rows.append([P(str(i), SMALL), code(loc.url, small=True, limit=2000),
                     code(host, small=True, limit=120), P(loc.kind, SMALL),
                     P(", ".join(loc.exhibits), SMALL, 200),
                     P(short_utc(loc.first) + (f"; last {short_utc(loc.last)}"
                                               if loc.last != loc.first else ""), SMALL_CJK),
                     P(loc.last_status, SMALL)])
    imports = [e.capture for e in ctx.exhibits if e.capture.kind != CaptureKind.WEB]
    out: list[Flowable] = [
        PageBreak(), P("Disposal-order schedule (Crimes Ordinance, Cap. 200, s.159AAL)", H2),
        P("Every location where the material was found, for an application that the images be "
          "removed, deleted or destroyed. Status is the HTTP status at the last capture "
          "(200: the page was there; 404/410: gone). Capture again before the hearing to show "
          "whether each is still there.", SMALL),
        Spacer(1, 4)]
    if rows:
        out.append(grid(["No.", "URL / location", "Host", "What", "Exhibits", "Captured (UTC)",
                         "Last status"], rows,
                        [22, FRAME_W - 326, 76, 56, 50, 82, 40]))
    else:
        out.append(P("No web locations were captured in this case.", SMALL))
    out += takedown_schedule_flowables(ctx)
    if imports:
        out += [Spacer(1, 8), P("Imported files (location as given by the caseworker):", SMALL)]
        out.append(grid(["Exhibit", "File", "Note"],
                        [[P(c.exhibit, SMALL), P(c.imported.original_name or c.source,
                                                 SMALL, 200), P(c.note or "-", SMALL, 400)]
                         for c in imports], [50, 200, FRAME_W - 250]))
    return out
