"""Capture benchmarks, run by hand: `.venv/bin/python benchmarks/capture.py [--quick]`.

(a) Bookkeeping overhead: our full capture (capture_urls: hashing, WACZ, media, provenance,
    TLS/headers, sealing into an encrypted vault) against a bare Playwright script doing the same
    browser steps (same context settings, network recording, settle, scroll, viewport and
    segmented full-page screenshots, MHTML, DOM) with no hashing, archiving or sealing.
    Target: overhead <= 10 %.
(b) Batch throughput at concurrency 1, 2 and 4 on local pages that wait on the network (the
    server delays the HTML and each image). Target: 4 >= 1.8x of 1.

Pages are served on 127.0.0.1 by the test page server; one browser is shared by all runs.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from PIL import Image  # noqa: E402
from support.pageserver import PageServer  # noqa: E402

from evidence_app.capture import settle as st  # noqa: E402
from evidence_app.capture.batch import CaptureOptions, capture_urls  # noqa: E402
from evidence_app.capture.engine import BrowserSession  # noqa: E402
from evidence_app.capture.network import NetworkRecorder  # noqa: E402
from evidence_app.vault import Operator, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 123"


def png(seed: int, size: tuple[int, int] = (640, 400)) -> bytes:
    im = Image.effect_noise(size, 40 + seed).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def serve_pages(server: PageServer) -> dict[str, str]:
    for i in range(6):
        server.add(f"/b/img{i}.png", png(i), content_type="image/png")
    imgs = "".join(f"<p>{'text ' * 200}</p><img src='/b/img{i}.png'>" for i in range(6))
    pages = {
        "article": server.add("/b/article", f"<title>Article</title><h1>Article</h1>{imgs}"),
        "long": server.add("/b/long", "<title>Long</title>" + "".join(
            f"<div style='height:600px;background:hsl({i * 13 % 360},60%,70%)'>row {i}</div>"
            for i in range(30))),
        "lazy": server.add("/b/lazy", "<title>Lazy</title>" + "".join(
            f"<div style='height:1500px'>{'word ' * 100}</div>"
            f"<img loading=lazy src='/b/img{i}.png'>" for i in range(6))),
    }
    return pages


async def bare_capture(session: BrowserSession, url: str, options: CaptureOptions) -> int:
    """The same browser steps as capture_page, without hashing, archiving or sealing."""
    context = await session.new_context(
        ignore_https_errors=True, accept_downloads=False, service_workers="block",
        viewport={"width": options.viewport_width, "height": options.viewport_height},
        user_agent=session.user_agent or None)
    try:
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        recorder = NetworkRecorder(cdp, options)
        await recorder.start()
        await page.goto(url, wait_until="load")
        await st.install_watchers(page)
        await st.settle(page, recorder, options, 30)
        total = len(await page.screenshot(type="png"))
        await st.scroll_through(page, options, 30)
        await st.settle(page, recorder, options, 30)
        await st.wait_images(page, 5)
        height = await st.page_height(page)
        for y in range(0, min(height, options.max_page_height_px), options.segment_height_px):
            h = min(options.segment_height_px, height - y)
            total += len(await page.screenshot(type="png", full_page=True, clip={
                "x": 0, "y": y, "width": options.viewport_width, "height": h}))
        total += len((await cdp.send("Page.captureSnapshot", {"format": "mhtml"}))["data"])
        total += len(await page.content())
        await recorder.drain(5)
        return total + sum(len(e.body or b"") for e in recorder.exchanges)
    finally:
        await context.close()


def bench_overhead(session: BrowserSession, vault: Vault, case_id: str, pages: dict[str, str],
                   runs: int) -> dict[str, dict[str, float]]:
    options = CaptureOptions(session=session)
    out: dict[str, dict[str, float]] = {}
    for name, url in pages.items():
        ours, bare = [], []
        for _ in range(runs):  # interleaved so machine load affects both alike
            t = time.perf_counter()
            session.run(bare_capture(session, url, options))
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            [r] = capture_urls(vault, case_id, [url], options)
            ours.append(time.perf_counter() - t)
            assert r.ok, r.error
        b, o = statistics.median(bare), statistics.median(ours)
        out[name] = {"bare_s": round(b, 3), "ours_s": round(o, 3),
                     "overhead_pct": round((o - b) / b * 100, 1)}
        pct = out[name]["overhead_pct"]
        print(f"  {name:<8} bare {b:6.2f} s   ours {o:6.2f} s   overhead {pct:+5.1f} %",
              flush=True)
    return out


def bench_batch(session: BrowserSession, vault: Vault, case_id: str, server: PageServer,
                count: int) -> dict[str, float]:
    for i in range(4):
        server.add(f"/slow/img{i}.png", png(10 + i, (300, 200)), content_type="image/png",
                   delay_s=1.0)
    urls = [server.add(f"/slow/page{i}", f"<title>slow {i}</title><p>{'text ' * 100}</p>" +
                       "".join(f"<img src='/slow/img{k}.png?p={i}'>" for k in range(4)),
                       delay_s=1.5) for i in range(count)]
    res: dict[str, float] = {}
    for conc in (1, 2, 4):
        t = time.perf_counter()
        results = capture_urls(vault, case_id, urls, CaptureOptions(session=session,
                                                                    concurrency=conc))
        dt = time.perf_counter() - t
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        res[f"c{conc}_s"] = round(dt, 2)
        res[f"c{conc}_pages_per_min"] = round(count / dt * 60, 1)
        print(f"  concurrency {conc}: {count} pages in {dt:6.2f} s = "
              f"{count / dt * 60:5.1f} pages/min", flush=True)
    res["speedup_4_vs_1"] = round(res["c1_s"] / res["c4_s"], 2)
    res["speedup_2_vs_1"] = round(res["c1_s"] / res["c2_s"], 2)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs")
    args = ap.parse_args()
    runs, count = (3, 6) if args.quick else (7, 8)
    server = PageServer().start()
    with tempfile.TemporaryDirectory() as tmp, BrowserSession() as session:
        vault, _ = Vault.create(Path(tmp) / "vault.db", PASSPHRASE,
                                Operator("Benchmark", "bench"))
        case = vault.create_case("benchmark")
        print(f"browser: {session.info.label} {session.version}")
        print(f"(a) full capture vs bare Playwright, median of {runs}:")
        overhead = bench_overhead(session, vault, case.id, serve_pages(server), runs)
        print(f"(b) batch throughput, {count} pages that wait on the network:")
        batch = bench_batch(session, vault, case.id, server, count)
        vault.close()
    server.stop()
    print(json.dumps({"overhead": overhead, "batch": batch}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
