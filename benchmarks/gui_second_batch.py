"""The desktop app's capture queue: a batch's time to done, first batch (the capture browser
starts) against the second (it reuses the browser), in one app session.

    .venv/bin/python benchmarks/gui_second_batch.py [--runs 5]     (QT_QPA_PLATFORM=offscreen)

Each run is a fresh app session (offscreen Qt, a new vault): batch 1 captures one 404 page served
on 127.0.0.1, then batch 2 the same page again. Reported: the median of each, and the pairwise
difference, which is what a reused browser saves (launch and driver start-up).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVIDENCE_APP_TSA", "none")

PASSPHRASE = "benchmark passphrase words"
_KEEP: list[object] = []


def one_session(url: str) -> tuple[float, float]:
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from evidence_app.gui.capture_batches import CaptureBatches
    from evidence_app.gui.session import Session
    from evidence_app.gui.settings import Settings
    from evidence_app.vault import Operator, Vault

    _KEEP.append(QApplication.instance() or QApplication([]))  # Qt needs the app alive
    work = Path(tempfile.mkdtemp(prefix="ea-bench-gui-"))
    os.environ["EVIDENCE_APP_HOME"] = str(work)
    vault, _ = Vault.create(work / "vault.db", PASSPHRASE, Operator.current("bench"))
    case = vault.create_case("Second-batch benchmark", ref="BENCH")
    session = Session(vault, Settings(), QThreadPool.globalInstance())
    batches = CaptureBatches()
    batches.attach(session)

    def timed_batch() -> float:
        loop = QEventLoop()
        batches.batch_finished.connect(loop.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(180_000)
        t0 = time.perf_counter()
        batch = batches.start(case.id, case.title, [url])
        loop.exec()
        elapsed = time.perf_counter() - t0
        batches.batch_finished.disconnect(loop.quit)
        result = batch.rows[0].result
        if result is None or not getattr(result, "ok", False):
            raise SystemExit(f"capture failed: {getattr(result, 'error', result)}")
        return elapsed

    first = timed_batch()
    second = timed_batch()
    batches.close_browser()
    session.lock()
    if session.closer is not None:
        session.closer.join(60)
    return first, second


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from support.pageserver import PageServer

    server = PageServer().start()
    try:
        url = server.url("/missing-page")
        one_session(url)  # warm-up: disk cache, the browser's first start
        firsts, seconds = [], []
        for _ in range(args.runs):
            a, b = one_session(url)
            firsts.append(a)
            seconds.append(b)
    finally:
        server.stop()
    diffs = [a - b for a, b in zip(firsts, seconds, strict=True)]
    print(f"first batch (starts the browser): median {statistics.median(firsts):.2f} s "
          f"(min {min(firsts):.2f}, max {max(firsts):.2f})")
    print(f"second batch (same browser):      median {statistics.median(seconds):.2f} s "
          f"(min {min(seconds):.2f}, max {max(seconds):.2f})")
    print(f"saved by reusing the browser: median {statistics.median(diffs):.2f} s per batch; "
          f"second/first = {statistics.median(seconds) / statistics.median(firsts):.2f}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip Qt's interpreter-exit teardown, which can crash after a benchmark
