"""Screenshots: the viewport as first seen, and the full page in segments.

Why segments and not one stitched image: Chromium cannot paint one capture taller than its
maximum texture size (16,384 px); beyond that, tools that ask for one full-page image get the
same tile repeated. We take the page in clips of ``segment_height_px`` (default 8,000 px, well
below the limit), each a separate PNG artifact whose meta says where it sits on the page
(``segment``, ``segments``, ``y_offset``, ``height``). Segments are exact pixels as rendered:
nothing is scaled or re-encoded, and no single file is too tall for ordinary image viewers (a
stitched 40,000 px PNG would also cost hundreds of MB of memory to assemble). Placed one under
the other in order they form the whole page.
"""

from __future__ import annotations

import logging
from typing import Any

from evidence_app.capture.media import Artifact
from evidence_app.capture.options import CaptureOptions
from evidence_app.messages import Notice
from evidence_app.vocab import Role

log = logging.getLogger(__name__)


async def viewport_shot(page: Any) -> Artifact:
    png = await page.screenshot(type="png")
    return Artifact(Role.SCREENSHOT_VIEWPORT, "screenshot-viewport.png", "image/png", png,
                    meta={"note": "the page as first seen, before scrolling"})


async def full_page_segments(page: Any, options: CaptureOptions,
                             height: int) -> tuple[list[Artifact], list[Notice]]:
    """The whole page (up to the height cap) as PNG segments, top to bottom."""
    warnings: list[Notice] = []
    width = int(await page.evaluate(
        "() => Math.max(document.documentElement.clientWidth, window.innerWidth || 0)"))
    width = max(1, min(width, options.viewport_width))
    total = max(1, height)
    if total > options.max_page_height_px:
        warnings.append(Notice("capture.screenshot_height_cap", {
            "height_px": f"{total:,}", "limit_px": f"{options.max_page_height_px:,}"}))
        total = options.max_page_height_px
    seg_h = max(500, min(options.segment_height_px, 16_000))
    count = (total + seg_h - 1) // seg_h
    shots: list[Artifact] = []
    for i in range(count):
        y = i * seg_h
        h = min(seg_h, total - y)
        png = await page.screenshot(type="png", full_page=True,
                                    clip={"x": 0, "y": y, "width": width, "height": h})
        name = ("screenshot-full.png" if count == 1
                else f"screenshot-full-{i + 1:02d}-of-{count:02d}.png")
        shots.append(Artifact(Role.SCREENSHOT_FULL, name, "image/png", png,
                              meta={"segment": i + 1, "segments": count, "y_offset": y,
                                    "height": h, "width": width}))
    return shots, warnings
