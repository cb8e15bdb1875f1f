"""Trusted-time benchmark, run by hand: `.venv/bin/python benchmarks/timestamps.py [--quick]`.

Capture throughput with RFC 3161 timestamps on (two local `openssl ts -reply` TSAs on 127.0.0.1,
the test TSA) against off, in the same run, alternating batches so machine load affects both
alike. Requests run in background threads beside the next capture, so the target is a per-page
time at most 5 % slower with timestamps on. Also printed: how long after a batch ends its last
token arrives (the lag a caseworker would see before "granted" shows).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.pageserver import PageServer  # noqa: E402
from support.tsaserver import LocalTsa  # noqa: E402

from evidence_app import after_seal  # noqa: E402
from evidence_app.capture.batch import CaptureOptions, capture_urls  # noqa: E402
from evidence_app.capture.engine import BrowserSession  # noqa: E402
from evidence_app.integrity import timestamps  # noqa: E402
from evidence_app.integrity.timestamps.config import TsaConfig, load_config  # noqa: E402
from evidence_app.integrity.timestamps.service import service_for  # noqa: E402
from evidence_app.vault import Operator, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 123"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds")
    args = ap.parse_args()
    rounds, per_batch = (3, 4) if args.quick else (10, 6)
    server = PageServer().start()
    with tempfile.TemporaryDirectory() as tmp, BrowserSession() as session:
        tsas = [LocalTsa(Path(tmp) / f"tsa{i}").start() for i in (1, 2)]
        roots = Path(tmp) / "roots.pem"
        roots.write_bytes(b"".join(t.root_pem.read_bytes() for t in tsas))
        # The roots a user has (certifi, the system store) plus the local TSAs' own.
        on = TsaConfig(urls=tuple(t.url for t in tsas),
                       roots_pem=(*load_config(env={}).roots_pem, roots))
        off = TsaConfig(urls=())
        vault = after_seal.install(Vault.create(Path(tmp) / "vault.db", PASSPHRASE,
                                                Operator("Benchmark", "bench"))[0])
        case = vault.create_case("benchmark")
        options = CaptureOptions(session=session)
        n = 0
        per_page: dict[str, list[float]] = {"on": [], "off": []}
        ratios: list[float] = []  # on / off within a round: load drifts less within one
        lags: list[float] = []
        print(f"browser: {session.info.label} {session.version}; {rounds} rounds of "
              f"{per_batch} pages each way")
        for r in range(rounds):
            for mode in (("on", "off") if r % 2 == 0 else ("off", "on")):
                service_for(vault, on if mode == "on" else off)
                urls = []
                for _ in range(per_batch):
                    n += 1
                    urls.append(server.add(f"/ts/{n}", f"<title>page {n}</title>"
                                           f"<p>{'evidence text ' * 300}</p>"))
                t = time.perf_counter()
                results = capture_urls(vault, case.id, urls, options)
                dt = time.perf_counter() - t
                assert all(x.ok for x in results), [x.error for x in results if not x.ok]
                per_page[mode].append(dt / per_batch)
                if mode == "on":
                    t = time.perf_counter()
                    assert timestamps.wait(vault, 120)
                    lags.append(time.perf_counter() - t)
                print(f"  round {r + 1} {mode:<3}: {dt / per_batch:6.3f} s per page", flush=True)
            ratios.append(per_page["on"][-1] / per_page["off"][-1])
        granted = sum(1 for a in timestamps.store.read_rows(vault) if a.status == "granted")
        vault.close()
        for t in tsas:
            t.stop()
    server.stop()
    on_s, off_s = statistics.median(per_page["on"]), statistics.median(per_page["off"])
    result = {"per_page_on_s": round(on_s, 3), "per_page_off_s": round(off_s, 3),
              "slower_pct": round((on_s - off_s) / off_s * 100, 1),
              "paired_slower_pct": round((statistics.median(ratios) - 1) * 100, 1),
              "token_lag_after_batch_s": round(statistics.median(lags), 2),
              "tokens_granted": granted, "pages": n}
    print(f"per page: on {on_s:.3f} s, off {off_s:.3f} s -> {result['slower_pct']:+.1f} %; "
          f"median of per-round ratios {result['paired_slower_pct']:+.1f} % (target <= +5 %); "
          f"last token {result['token_lag_after_batch_s']} s after a batch")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
