"""The cover page."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from evidence_app.report.model import ReportContext
from evidence_app.report.pdf import timestamps
from evidence_app.report.pdf.styles import DRAFT, TITLE, P, hash_text, kv_table
from evidence_app.report.pdf.timefmt import utc_and_local
from evidence_app.vault.models import iso_utc, local_offset
from evidence_app.vocab import CaptureKind

PURPOSES = {
    "police report": "Report to the police",
    "disposal order": "Application for a disposal order (Crimes Ordinance, Cap. 200, s.159AAL)",
}


def purpose_text(purpose: str) -> str:
    return PURPOSES.get(purpose.strip().lower(), purpose)


def cover_flowables(ctx: ReportContext) -> list[Flowable]:
    case = ctx.case
    web = sum(1 for e in ctx.exhibits if e.capture.kind == CaptureKind.WEB)
    rows = [
        ("Case", case.title),
        ("Case reference", case.ref or "-"),
        ("Bundle id", hash_text(ctx.bundle_id)),
        ("Date prepared", utc_and_local(iso_utc(ctx.created), local_offset(ctx.created))),
        ("Prepared by", ctx.prepared_by),
        ("Organisation", ctx.organisation or "-"),
        ("Purpose", purpose_text(ctx.purpose)),
        ("Number of exhibits", f"{len(ctx.exhibits)} ({web} web captures, "
                               f"{len(ctx.exhibits) - web} imported files)"),
        ("Exhibit numbers", f"{ctx.exhibits[0].capture.exhibit} to "
                            f"{ctx.exhibits[-1].capture.exhibit}" if ctx.exhibits else "-"),
        ("Custody chain head", f"event #{ctx.head_seq}"),
        ("Chain head hash (SHA-256)", hash_text(ctx.head_hash)),
        ("Produced with", f"evidence-app {ctx.tool_version}"),
    ]
    rows[-1:-1] = timestamps.cover_rows(ctx)
    out: list[Flowable] = [P("Chain-of-custody report and exhibit bundle", TITLE),
                           P("證物保管鏈報告及證物包", TITLE), kv_table(rows, 130), Spacer(1, 12)]
    if ctx.redacted:
        out.append(P("REDACTED BUNDLE: pictures in this report are pixelated beyond recognition "
                      "and the bundle carries no image, video, audio or page-archive files. The "
                      "SHA-256 hashes listed are those of the unaltered originals kept sealed in "
                      "the evidence vault. 此為經遮蔽的版本：圖片已作馬賽克處理。", DRAFT))
        out.append(Spacer(1, 8))
    out.append(P(
        "This report lists each exhibit with where and how it was captured, the SHA-256 hash of "
        "every file (computed when it was captured and sealed in an encrypted evidence vault), "
        "and the custody log of everything done with it since. Every file of this bundle is "
        "listed in manifest.sha256: VERIFY.txt explains how to check them with sha256sum "
        "(Linux), shasum (macOS) or certutil (Windows), without installing anything. Contents: "
        "exhibit index; one section per exhibit; custody log; capturer's statement template; "
        "draft certificate under s.22A(5) of the Evidence Ordinance (English and Chinese); "
        "disposal-order schedule.")
    )
    return out
