"""Render the whole report: count pages in a layout pass, then draw part by part and join.

Memory stays bounded for big cases: a part holds at most PART_IMAGE_PAGES screenshot pages;
reportlab keeps a part in memory only until it is saved, its slice files are then deleted, and
the parts are joined object by object.
"""

from __future__ import annotations

import gc
import io
import logging
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evidence_app.errors import Cancelled, ExportError
from evidence_app.report.model import ArtifactEntry, ExhibitEntry, ReportContext
from evidence_app.report.pdf.cover import cover_flowables
from evidence_app.report.pdf.custody import custody_flowables
from evidence_app.report.pdf.document import Footer, render_part
from evidence_app.report.pdf.exhibits import index_flowables, section_flowables
from evidence_app.report.pdf.images import ImagePlan, plan_image, render_slices
from evidence_app.report.pdf.legal import certificate_flowables, statement_flowables
from evidence_app.report.pdf.merge import merge_pdfs
from evidence_app.report.pdf.schedule import schedule_flowables
from evidence_app.report.pdf.takedown import takedown_log_flowables
from evidence_app.vocab import Role

log = logging.getLogger(__name__)

PART_IMAGE_PAGES = 40
ProgressFn = Callable[[int, int, str], None]  # (parts done, parts, message)


def picture_entries(e: ExhibitEntry) -> list[ArtifactEntry]:
    """The pictures an exhibit shows: its full-page screenshot segments, else the viewport
    screenshot, or an imported picture."""
    full = [a for a in e.artifacts if a.info.role == Role.SCREENSHOT_FULL]
    if full:
        return sorted(full, key=lambda a: int(a.info.meta.get("segment", 0) or 0))
    view = [a for a in e.artifacts if a.info.role == Role.SCREENSHOT_VIEWPORT]
    if view:
        return view[:1]
    return [a for a in e.artifacts
            if a.info.role == Role.ORIGINAL and a.info.media_type.startswith("image/")]


def _group(ctx: ReportContext, plans: dict[str, list[ImagePlan]]) -> list[list[ExhibitEntry]]:
    groups: list[list[ExhibitEntry]] = []
    current: list[ExhibitEntry] = []
    pages = 0
    for e in ctx.exhibits:
        n = sum(len(p.slices) for p in plans[e.capture.id])
        if current and pages + n > PART_IMAGE_PAGES:
            groups.append(current)
            current, pages = [], 0
        current.append(e)
        pages += n
    if current:
        groups.append(current)
    return groups


def render_report(ctx: ReportContext, out_path: Path, work: Path,
                  progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Write report.pdf; returns the page count. `work` is a scratch folder (emptied after)."""
    def check() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()

    def say(done: int, msg: str) -> None:
        if progress is not None:
            progress(done, len(builders) + 1, msg)

    plans = {e.capture.id: [plan_image(ctx, a) for a in picture_entries(e)] for e in ctx.exhibits}
    groups = _group(ctx, plans)

    def front() -> list[Flowable]:
        return cover_flowables(ctx) + [PageBreak()] + index_flowables(ctx)

    def back() -> list[Flowable]:
        return (custody_flowables(ctx) + statement_flowables(ctx) + certificate_flowables(ctx)
                + schedule_flowables(ctx) + takedown_log_flowables(ctx))

    def exhibits_part(group: list[ExhibitEntry]) -> list[Flowable]:
        out: list[Flowable] = []
        for e in group:
            if out:
                out.append(PageBreak())
            out += section_flowables(ctx, e, plans[e.capture.id])
        return out

    builders: list[Callable[[], list[Flowable]]] = [front]
    builders += [lambda g=g: exhibits_part(g) for g in groups]  # type: ignore[misc]
    builders.append(back)
    title = f"Chain-of-custody report {ctx.bundle_id}"
    footer = Footer(ctx.bundle_id, ctx.case.ref or ctx.case.title)

    # Pass 1: lay out without pictures (same sizes) to learn each part's page count.
    counts = []
    for build in builders:
        check()
        counts.append(render_part(build(), io.BytesIO(), footer, title))
    footer.total = sum(counts)
    say(0, f"report: {footer.total} pages")

    # Pass 2: draw each part with its pictures, then join.
    work.mkdir(parents=True, exist_ok=True)
    part_files: list[Path] = []
    bookmarks: list[tuple[str, int]] = [("Cover and exhibit index", 0)]
    offset = 0
    for i, build in enumerate(builders):
        check()
        if 0 < i < len(builders) - 1:
            group = groups[i - 1]
            say(i, f"report: drawing exhibits {group[0].capture.exhibit} to "
                f"{group[-1].capture.exhibit}")
            page = offset
            for e in group:
                for n, plan in enumerate(plans[e.capture.id]):
                    check()
                    render_slices(ctx, plan, work, f"{e.capture.seq:05d}-{n:02d}")
                bookmarks.append((f"Exhibit {e.capture.exhibit}", page))
                page += _section_pages(ctx, e, plans[e.capture.id], footer)
        if i == len(builders) - 1:
            bookmarks.append(("Custody log, statement, certificate, schedule", offset))
        footer.page_offset = offset
        path = work / f"part-{i:04d}.pdf"
        with open(path, "wb") as fh:
            pages = render_part(build(), fh, footer, title)
        if pages != counts[i]:
            log.error("report part %d laid out to %d pages, expected %d", i, pages, counts[i])
            raise ExportError("The report's page numbering came out inconsistent, so no bundle "
                              "was written. Please report this problem.")
        offset += pages
        part_files.append(path)
        # reportlab's document, canvas and flowables reference each other: collect the cycles
        # now so this part's picture data is freed before the next part is drawn.
        gc.collect()
        for plan in (p for e in (groups[i - 1] if 0 < i < len(builders) - 1 else [])
                     for p in plans[e.capture.id]):
            for f in plan.files:
                if f is not None:
                    f.unlink(missing_ok=True)
            plan.files = []
    check()
    say(len(builders), "report: joining parts")
    with open(out_path, "wb") as out:
        total = merge_pdfs(part_files, out, title=title, bookmarks=bookmarks)
    shutil.rmtree(work, ignore_errors=True)
    return total


def _section_pages(ctx: ReportContext, e: ExhibitEntry, plans: list[ImagePlan],
                   footer: Footer) -> int:
    """Pages one exhibit section takes (for its bookmark); a cheap layout without pictures."""
    saved = [p.files for p in plans]
    for p in plans:
        p.files = []
    try:
        n = render_part(section_flowables(ctx, e, plans), io.BytesIO(), footer, "")
    finally:
        for p, files in zip(plans, saved, strict=True):
            p.files = files
    return n
