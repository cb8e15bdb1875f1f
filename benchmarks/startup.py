"""Start-up costs: `--help`, cold start to the unlock window, and a one-page capture in a fresh
process against the same browser steps in a warm script.

    .venv/bin/python benchmarks/startup.py            (QT_QPA_PLATFORM=offscreen is set for you)
    .venv/bin/python benchmarks/startup.py --runs 7 --skip-gui

--help: `python -m evidence_app --help` in a fresh process (target < 0.25 s).
Cold start: a fresh process opens the app on an existing vault until the unlock window has been
shown and painted (target < 0.5 s).
Capture: `evidence-app capture` of a 404 page served on 127.0.0.1, as a fresh process, against a
warm script (Playwright already imported) doing the browser steps a capture cannot avoid: launch
the browser, open a context and page, load the page, take a full-page screenshot and an MHTML
snapshot, read the DOM, close. Both in the same run, alternating. Target: fresh capture at most
the browser steps + 1.5 s.
Medians are quoted; the machine is shared, so the min-max spread is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase words"


def spread(times: list[float]) -> str:
    return (f"median {statistics.median(times):.2f} s (min {min(times):.2f}, "
            f"max {max(times):.2f}, n={len(times)})")


def time_help(runs: int) -> list[float]:
    out = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "evidence_app", "--help"], check=True,
                       stdout=subprocess.DEVNULL)
        out.append(time.perf_counter() - t0)
    return out[1:]  # the first run warms the disk cache


def fresh_capture(vault: Path, url: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "evidence_app", "--vault", str(vault), "-q",
                           "capture", "--case", "BENCH", url], env=env,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if "HTTP 404" not in proc.stdout:
        raise SystemExit(f"capture failed: {proc.stdout}{proc.stderr}")
    return elapsed


async def browser_steps(url: str, executable: str) -> float:
    """What any capture must do in a browser, timed in a process that already imported it."""
    from playwright.async_api import async_playwright

    from evidence_app.capture.browser import LAUNCH_ARGS, use_sandbox

    t0 = time.perf_counter()
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=executable, headless=True,
                                           args=LAUNCH_ARGS, chromium_sandbox=use_sandbox())
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        page = await context.new_page()
        await page.goto(url)
        await page.screenshot(full_page=True)
        cdp = await context.new_cdp_session(page)
        await cdp.send("Page.captureSnapshot", {"format": "mhtml"})
        await page.content()
        await context.close()
        await browser.close()
    return time.perf_counter() - t0


def capture_pair(runs: int) -> tuple[list[float], list[float]]:
    from support.pageserver import PageServer

    from evidence_app.capture.browser import find_browser
    from evidence_app.vault import Operator, Vault

    work = Path(tempfile.mkdtemp(prefix="ea-bench-"))
    vault_path = work / "vault.db"
    v, _ = Vault.create(vault_path, PASSPHRASE, Operator.current("bench"))
    v.create_case("Start-up benchmark", ref="BENCH")
    v.close()
    env = {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE, "EVIDENCE_APP_HOME": str(work),
           "EVIDENCE_APP_TSA": "none"}
    executable = find_browser(None).path
    server = PageServer().start()
    try:
        url = server.url("/missing-page")
        # warm-up of both (disk cache, browser's first start)
        fresh_capture(vault_path, url, env)
        asyncio.run(browser_steps(url, executable))
        fresh, warm = [], []
        for _ in range(runs):
            fresh.append(fresh_capture(vault_path, url, env))
            warm.append(asyncio.run(browser_steps(url, executable)))
    finally:
        server.stop()
    return fresh, warm


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-gui", action="store_true")
    ap.add_argument("--skip-capture", action="store_true")
    args = ap.parse_args()
    print(f"--help: {spread(time_help(args.runs))}  (target < 0.25 s)")
    if not args.skip_gui:
        from gui_responsiveness import cold_start

        print(f"cold start to unlock window: {spread(cold_start(args.runs))}  (target < 0.5 s)")
    if not args.skip_capture:
        fresh, warm = capture_pair(args.runs)
        diffs = [f - w for f, w in zip(fresh, warm, strict=True)]
        print(f"fresh-process capture of a 404 page: {spread(fresh)}")
        print(f"same browser steps in a warm script: {spread(warm)}")
        print(f"difference (pairwise): median +{statistics.median(diffs):.2f} s  "
              "(target <= +1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
