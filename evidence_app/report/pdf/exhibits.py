"""The exhibit index and one section per exhibit (provenance, artifacts, screenshots)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from evidence_app.provenance import ChatProvenance
from evidence_app.report.model import ExhibitEntry, ReportContext
from evidence_app.report.pdf import timestamps
from evidence_app.report.pdf.chat import chat_flowables
from evidence_app.report.pdf.images import ImagePlan, ImageSlice
from evidence_app.report.pdf.styles import (
    BODY_CJK,
    FRAME_W,
    H2,
    H3,
    SMALL,
    SMALL_CJK,
    P,
    code,
    grid,
    hash_text,
    kv_table,
)
from evidence_app.report.pdf.timefmt import short_utc, utc_and_local
from evidence_app.units import human_size
from evidence_app.vocab import CaptureKind, Role, role_label

LIMIT = 600  # characters of any single untrusted value shown in the PDF


_PICTURE_ROLES = (Role.SCREENSHOT_FULL, Role.SCREENSHOT_VIEWPORT, Role.ORIGINAL)


def describe(entry: ExhibitEntry) -> str:
    cap = entry.capture
    if cap.kind == CaptureKind.WEB:
        untrusted_title = cap.web.title
        return "Web page capture" + (f": {untrusted_title}" if untrusted_title else "")
    if (chat := ChatProvenance.of(cap.meta)) is not None:
        return f"{chat.app_label} chat export ({chat.messages} messages)"
    return f"Imported file ({cap.imported.media_type or 'unknown type'})"


def index_flowables(ctx: ReportContext) -> list[Flowable]:
    """The exhibit index table."""
    rows: list[list[Any]] = []
    for e in ctx.exhibits:
        cap = e.capture
        main = e.main_artifact()
        rows.append([P(cap.exhibit, SMALL), P(describe(e), SMALL_CJK, 200),
                     code(cap.source, small=True, limit=LIMIT),
                     P(short_utc(cap.web.capture_started_utc or cap.started_at), SMALL),
                     hash_text(main.info.sha256)])
    widths = [38, 96, 118, 50, FRAME_W - 302]
    return [P("Exhibit index", H2),
            P("Main artifact: the full-page screenshot of a web capture, or the imported file. "
              "Every artifact's SHA-256 is listed in its exhibit's section.", SMALL),
            Spacer(1, 4),
            grid(["Exhibit", "What it is", "URL or source", "Captured", "SHA-256 of main artifact"],
                 rows, widths)]


def _value(v: Any) -> str:
    if v is None or v == "":
        return "-"
    return str(v)


def _web_rows(ctx: ReportContext, e: ExhibitEntry) -> list[tuple[str, Any]]:
    m = e.capture.web
    off = m.local_offset
    redirect_text = "\n".join(
        f"{_value(r.get('status'))}  {_value(r.get('url'))}"
        + (f"  ->  {r.get('location')}" if r.get("location") else "")
        for r in m.redirect_chain[:30] if isinstance(r, dict)) or "none"
    tls = m.tls
    if isinstance(tls, dict):
        tls_text = (f"{_value(tls.get('protocol'))}; subject: {_value(tls.get('subject'))}; "
                    f"issuer: {_value(tls.get('issuer'))}; valid {_value(tls.get('valid_from'))} "
                    f"to {_value(tls.get('valid_to'))}; SHA-256 fingerprint: "
                    f"{_value(tls.get('sha256_fingerprint'))}"
                    + (f"; ERROR: {tls.get('error')}" if tls.get("error") else ""))
    else:
        tls_text = "none (plain HTTP)"
    warnings = [str(w) for w in m.warnings][:40]
    server = _value(m.server_ip) + (f" port {m.server_port}" if m.server_port else "")
    return [
        ("Page title", _value(m.title)),
        ("Requested URL", code(_value(m.requested_url or e.capture.source), limit=LIMIT * 4)),
        ("Final URL", code(_value(m.final_url), limit=LIMIT * 4)),
        ("Redirect chain", code(redirect_text, limit=LIMIT * 8)),
        ("HTTP status", _value(m.http_status)),
        ("Server IP", server),
        ("TLS certificate", P(tls_text, SMALL_CJK, LIMIT * 2)),
        ("Capture started", utc_and_local(m.capture_started_utc, off)),
        ("Capture ended", utc_and_local(m.capture_ended_utc, off)),
        ("Server Date header", _value(m.server_date)),
        ("Browser", _value(m.browser_label)),
        ("Tool", f"{_value(m.tool.get('name'))} {_value(m.tool.get('version'))}"),
        ("User agent", _value(m.user_agent)),
        ("Viewport, OS", f"{_value(m.viewport.get('width'))} x "
                         f"{_value(m.viewport.get('height'))} px; {_value(m.os)}"),
        ("Logged in", ("yes" + (f" (profile {m.login_profile})" if m.login_profile else ""))
         if m.logged_in else "no"),
        *([("Logged in as", f"{_value(m.login_account_label)}; session credentials (cookies, "
                            "authorization) removed from the archive")]
          if m.logged_in else []),
        *([("Capture method", f"operator-assisted: the caseworker navigated a visible browser "
                              f"({len(m.navigation_history)} page(s) opened in the window up to "
                              "the capture, listed in the provenance record)")]
          if m.operator_assisted else []),
        ("Dialogs / pop-ups / downloads",
         f"{len(m.dialogs)} / {len(m.popups)} / {len(m.downloads)}"),
        ("Warnings", "\n".join(warnings) if warnings else "none"),
    ]


def _import_rows(e: ExhibitEntry) -> list[tuple[str, Any]]:
    m = e.capture.imported
    warnings = [str(w) for w in m.warnings][:40]
    return [
        ("Original file name", _value(m.original_name)),
        ("Original location", code(_value(m.original_path), limit=LIMIT)),
        ("Size", f"{_value(m.size)} bytes"),
        ("File last modified", utc_and_local(m.modified_utc, None)),
        ("Media type (content)", _value(m.media_type)),
        ("Media type (file name)", _value(m.claimed_media_type)),
        ("Warnings", "\n".join(warnings) if warnings else "none"),
    ]


def section_flowables(ctx: ReportContext, e: ExhibitEntry,
                      plans: list[ImagePlan]) -> list[Flowable]:
    """One exhibit: heading, provenance, artifacts table, then its pictures page by page."""
    cap = e.capture
    out: list[Flowable] = [P(f"Exhibit {cap.exhibit}: {describe(e)}", H2, 300)]
    rows = _web_rows(ctx, e) if cap.kind == CaptureKind.WEB else _import_rows(e)
    rows += [
        ("Operator", f"{cap.operator} on {cap.machine}"),
        ("Sealed in the vault", utc_and_local(
            cap.sealed_at, cap.web.local_offset if cap.kind == CaptureKind.WEB else None)),
        ("Capture id", code(cap.id)),
        ("Note", _value(cap.note)),
        ("Folder in this bundle", code(e.folder + "/")),
    ]
    out.append(kv_table(rows))
    out.append(CondPageBreak(80))
    out.append(P("Artifacts (SHA-256 computed when captured)", H3))
    art_rows: list[list[Any]] = []
    for a in e.artifacts:
        where = code(a.file.split("/", 1)[-1], small=True) if a.file else P(
            f"withheld: {a.withheld}", SMALL_CJK)
        art_rows.append([P(str(a.info.ord + 1), SMALL), P(role_label(a.info.role), SMALL),
                         where, P(human_size(a.info.size), SMALL),
                         hash_text(a.info.sha256)])
    out.append(grid(["#", "What it is", "File", "Size", "SHA-256"], art_rows,
                    [16, 88, 122, 44, FRAME_W - 270]))
    out += chat_flowables(ctx, e)
    out += timestamps.exhibit_flowables(ctx, e)
    for plan in plans:
        out += _picture(ctx, e, plan)
    return out


def _picture(ctx: ReportContext, e: ExhibitEntry, plan: ImagePlan) -> list[Flowable]:
    art = plan.entry
    seg = art.info.meta.get("segment") if isinstance(art.info.meta, dict) else None
    what = role_label(art.info.role) if art.info.role in _PICTURE_ROLES else "Picture"
    segs = art.info.meta.get("segments") if isinstance(art.info.meta, dict) else None
    if seg is not None and segs != 1:
        what += f", segment {seg} of {segs or '?'}"
    source = (f"original file {art.file}" if art.file else "original kept in the vault")
    if plan.error:
        return [KeepTogether([P(f"{e.capture.exhibit} {what}", H3), P(plan.error, BODY_CJK)])]
    out: list[Flowable] = []
    n = len(plan.slices)
    for i, (y0, y1) in enumerate(plan.slices):
        w, h = plan.size_pt(i)
        mode = ("REDACTED: pixelated beyond recognition; " if ctx.redacted
                else "Reading copy, re-encoded for print; ")
        if plan.factor > 1:
            mode += f"decoded at 1/{plan.factor} of its size (too large to draw whole); "
        cap_text = (f"{e.capture.exhibit} {what}: page {i + 1} of {n}, pixel rows {y0}-{y1} of "
                    f"{plan.height}, width {plan.width} px, {w / plan.width / 0.75:.0%} scale. "
                    f"{mode}evidence: {source}, SHA-256:")
        path = plan.files[i] if i < len(plan.files) else None
        out += [PageBreak(), P(cap_text, SMALL_CJK, 800), hash_text(art.info.sha256),
                Spacer(1, 2), ImageSlice(path, w, h, ctx.redacted, plan.failed)]
    return out
