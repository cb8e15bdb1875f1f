"""PDQ fingerprints: hashing time per picture, and a match query against 100,000 stored hashes.

Run by hand:  .venv/bin/python benchmarks/fingerprints.py [--hashes 100000] [--repeat 5]

Hashing includes decoding (JPEG at quality 90 and PNG), as at seal time; pictures are generated,
photo-like. The match query is timed two ways: against the index in memory (what `match` does
per query once loaded, and what the GUI would keep), and end to end from the vault (loading the
100,000 usable fingerprints from SQLCipher, then the query). Target: a query under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.pictures import encode, synthetic_rgb  # noqa: E402

from evidence_app.fingerprints import match, pdq  # noqa: E402
from evidence_app.vault import Operator, Vault  # noqa: E402
from evidence_app.vault.models import iso_utc, utc_now  # noqa: E402

SIZES = {"1 MP": (1155, 866), "4 MP": (2309, 1732), "12 MP": (4000, 3000)}


def median_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_hashing(repeat: int) -> dict[str, dict[str, float]]:
    out = {}
    for label, (w, h) in SIZES.items():
        img = synthetic_rgb(1, w, h)
        jpeg, png = encode(img, "JPEG", quality=90), encode(img, "PNG")
        out[label] = {"jpeg_ms": median_ms(lambda d=jpeg: pdq.hash_bytes(d), repeat),
                      "png_ms": median_ms(lambda d=png: pdq.hash_bytes(d), repeat)}
        print(f"PDQ {label:>6} ({w}x{h}): JPEG {out[label]['jpeg_ms']:7.1f} ms, "
              f"PNG {out[label]['png_ms']:7.1f} ms", file=sys.stderr)
    return out


def bench_match(n: int, repeat: int) -> dict[str, float]:
    rng = np.random.default_rng(1)
    hexes = [bytes(row).hex() for row in rng.integers(0, 256, (n, 32), dtype=np.uint8)]
    index = match.HashIndex.from_hex(list(range(n)), hexes)
    queries = [bytes(rng.integers(0, 256, 32, dtype=np.uint8)).hex() for _ in range(repeat)]
    queries[0] = hexes[n // 2]  # one that is there
    in_memory = statistics.median(
        [median_ms(lambda q=q: index.near(q, pdq.MATCH_THRESHOLD), 3) for q in queries])
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "bench.db", "benchmark passphrase only",
                                Operator("bench", "bench"))
        case = vault.create_case("bench", exhibit_prefix="B")
        with vault.new_capture(case.id, "import", "x") as cap:
            cap.add_artifact("original", "x", "image/png", b"x")
        assert cap.sealed is not None
        now = iso_utc(utc_now())
        t0 = time.perf_counter()
        with vault.transaction() as conn:
            conn.executemany(
                "INSERT INTO fingerprints (artifact_id, item, capture_id, case_id, sha256, pdq, "
                "quality, algorithm, version, refused, computed_at) VALUES "
                "(?, 0, ?, ?, ?, ?, 100, 'pdq', 'bench', NULL, ?)",
                [(uuid.uuid4().hex, cap.sealed.id, case.id, "0" * 64, h, now) for h in hexes])
        insert_s = time.perf_counter() - t0
        load = median_ms(lambda: match.load_index(vault, case.id), repeat)
        end_to_end = median_ms(
            lambda: match.load_index(vault, case.id).near(queries[1], pdq.MATCH_THRESHOLD),
            repeat)
        vault.close()
    result = {"hashes": n, "query_in_memory_ms": in_memory, "load_index_ms": load,
              "load_and_query_ms": end_to_end, "insert_100k_rows_s": insert_s}
    print(f"match against {n:,} hashes: {in_memory:.2f} ms in memory; loading them from the "
          f"vault {load:.0f} ms; load + query {end_to_end:.0f} ms (target < 100 ms)",
          file=sys.stderr)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hashes", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    doc = {"hashing": bench_hashing(args.repeat), "match": bench_match(args.hashes, args.repeat)}
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
