"""Re-check benchmark, run by hand: `.venv/bin/python benchmarks/recheck.py [-n 50] [--runs 2]`.

`takedown recheck` of N locations against a plain capture (capture_urls) of the same N pages in
the same run, with the same browser session and options. The re-check adds deriving the
locations, reading each new capture back, classifying it and appending one step and custody
event per location. Target: re-check time <= 1.1x the plain capture. The time the re-check spends
inside capture_urls is also measured, so its own bookkeeping is reported apart from the browser's
run-to-run noise.

Pages (one picture each) are served on 127.0.0.1 by the test page server; runs alternate
(plain, re-check, plain, re-check...) so machine load affects both alike.
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

from evidence_app.capture.batch import CaptureOptions, capture_urls  # noqa: E402
from evidence_app.capture.engine import BrowserSession  # noqa: E402
from evidence_app.takedown import platforms  # noqa: E402
from evidence_app.takedown import recheck as recheck_mod  # noqa: E402
from evidence_app.vault import Operator, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 123"


def png(seed: int) -> bytes:
    im = Image.effect_noise((320, 200), 40 + seed % 60).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50, help="locations (default 50)")
    ap.add_argument("--runs", type=int, default=2, help="timed runs of each (default 2)")
    ap.add_argument("--concurrency", type=int, default=2)
    args = ap.parse_args()
    server = PageServer().start()
    urls = []
    for i in range(args.n):
        server.add(f"/r/{i}.png", png(i), content_type="image/png")
        urls.append(server.add(f"/r/post{i}", f"<title>post {i}</title><p>{'text ' * 80}</p>"
                                              f"<img src='/r/{i}.png'>"))
    book = platforms.load()
    with tempfile.TemporaryDirectory() as tmp, BrowserSession() as session:
        vault, _ = Vault.create(Path(tmp) / "vault.db", PASSPHRASE, Operator("Bench", "bench"))
        reported = vault.create_case("re-checked", exhibit_prefix="RC").id
        plain_case = vault.create_case("plain", exhibit_prefix="PL").id
        options = CaptureOptions(session=session, concurrency=args.concurrency)
        print(f"browser: {session.info.label} {session.version}; {args.n} locations, "
              f"concurrency {args.concurrency}", flush=True)
        t = time.perf_counter()
        first = capture_urls(vault, reported, urls, options)
        assert all(r.ok for r in first), [r.error for r in first if not r.ok]
        print(f"  first capture (makes the locations): {time.perf_counter() - t:.1f} s",
              flush=True)
        plain_s, recheck_s, inner_s = [], [], []
        inner: list[float] = []
        real_capture = recheck_mod.capture_urls

        def timed_capture(*a, **kw):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return real_capture(*a, **kw)
            finally:
                inner.append(time.perf_counter() - t0)

        recheck_mod.capture_urls = timed_capture  # type: ignore[assignment]
        for run in range(args.runs):
            t = time.perf_counter()
            res = capture_urls(vault, plain_case, urls, options)
            plain_s.append(time.perf_counter() - t)
            assert all(r.ok for r in res)
            inner.clear()
            t = time.perf_counter()
            checked = recheck_mod.recheck(vault, book, [reported], options)
            recheck_s.append(time.perf_counter() - t)
            inner_s.append(sum(inner))
            assert len(checked) == args.n and all(c.status == "online" for c in checked), \
                {c.status for c in checked}
            print(f"  run {run + 1}: plain {plain_s[-1]:6.1f} s, re-check {recheck_s[-1]:6.1f} s "
                  f"({recheck_s[-1] / plain_s[-1]:.2f}x; of which capturing {inner_s[-1]:.1f} s, "
                  f"bookkeeping {recheck_s[-1] - inner_s[-1]:.2f} s)", flush=True)
        vault.close()
    server.stop()
    p, r = statistics.median(plain_s), statistics.median(recheck_s)
    book_s = statistics.median([a - b for a, b in zip(recheck_s, inner_s, strict=True)])
    doc = {"locations": args.n, "runs": args.runs, "plain_s": round(p, 2),
           "recheck_s": round(r, 2), "plain_per_location_s": round(p / args.n, 3),
           "recheck_per_location_s": round(r / args.n, 3), "ratio": round(r / p, 3),
           "bookkeeping_s": round(book_s, 3),
           "ratio_bookkeeping_over_plain": round((p + book_s) / p, 3),
           "target_ratio": 1.1}
    print(json.dumps(doc, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
