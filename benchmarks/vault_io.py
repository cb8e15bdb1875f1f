"""Vault import and verify of a large file against bare SQLCipher doing the same I/O.

Run by hand:  .venv/bin/python benchmarks/vault_io.py [--size-mib 1024] [--repeat 1]

Each measured step runs in its own fresh process, which reports the step's wall time and its own
peak RSS (ru_maxrss). Repeats alternate which of bare and ours runs first, since the second writer
of a gigabyte meets the kernel's writeback of the first. "bare" is a plain sqlcipher3 connection
with the vault's settings (raw key, rollback journal, synchronous=FULL, temp_store=MEMORY)
inserting the same 1 MiB chunks in one transaction, and reading them back in order while
hashing. Ratios are bare time / our time (1.0 = as fast as bare; the target is >= 0.8).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

MIB = 1024 * 1024
PASSPHRASE = "benchmark passphrase only"

PRELUDE = textwrap.dedent("""
    import hashlib, json, resource, sys, time
    from pathlib import Path
    def done(seconds):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_rss_mib": rss}))
""")

BARE_INSERT = PRELUDE + textwrap.dedent("""
    import sqlcipher3
    db, src = sys.argv[1], sys.argv[2]
    conn = sqlcipher3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = \\"x'" + "ab" * 32 + "'\\"")
    for p in ("temp_store = MEMORY", "journal_mode = DELETE", "synchronous = FULL"):
        conn.execute("PRAGMA " + p)
    conn.execute("CREATE TABLE chunks (artifact_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "data BLOB NOT NULL, PRIMARY KEY (artifact_id, seq))")
    t = time.perf_counter()
    h = hashlib.sha256()
    conn.execute("BEGIN IMMEDIATE")
    with open(src, "rb") as f:
        seq = 0
        while True:
            block = f.read(1 << 20)
            if not block:
                break
            h.update(block)
            conn.execute("INSERT INTO chunks VALUES (?, ?, ?)", ("a" * 32, seq, block))
            seq += 1
    conn.execute("COMMIT")
    done(time.perf_counter() - t)
""")

BARE_READ = PRELUDE + textwrap.dedent("""
    import sqlcipher3
    conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = \\"x'" + "ab" * 32 + "'\\"")
    t = time.perf_counter()
    h = hashlib.sha256()
    for (data,) in conn.execute("SELECT data FROM chunks WHERE artifact_id = ? ORDER BY seq",
                                ("a" * 32,)):
        h.update(data)
    h.hexdigest()
    done(time.perf_counter() - t)
""")

OUR_IMPORT = PRELUDE + textwrap.dedent("""
    from evidence_app.importer import import_file
    from evidence_app.vault import Operator, Vault
    v, _ = Vault.create(Path(sys.argv[1]), sys.argv[3], Operator("bench", "bench"))
    case = v.create_case("benchmark")
    t = time.perf_counter()
    import_file(v, case.id, Path(sys.argv[2]))
    done(time.perf_counter() - t)
""")

OUR_VERIFY = PRELUDE + textwrap.dedent("""
    from evidence_app.vault import Operator, Vault
    from evidence_app.vault.verify import verify_vault
    v = Vault.open(Path(sys.argv[1]), sys.argv[3], Operator("bench", "bench"))
    t = time.perf_counter()
    report = verify_vault(v)
    assert report.ok, report.problems
    done(time.perf_counter() - t)
""")


def step(script: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--dir", help="work folder (default: a temp folder on the same disk)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
        src = Path(tmp) / "input.bin"
        with open(src, "wb") as f:  # random bytes: nothing compresses or dedupes
            for _ in range(a.size_mib):
                f.write(os.urandom(MIB))
        runs: dict[str, list[dict[str, float]]] = {k: [] for k in
                                                   ("bare_insert", "our_import", "bare_read",
                                                    "our_verify")}
        for i in range(a.repeat):
            bare_db, our_db = Path(tmp) / f"bare{i}.db", Path(tmp) / f"vault{i}.db"
            steps = [("bare_insert", BARE_INSERT, (str(bare_db), str(src))),
                     ("our_import", OUR_IMPORT, (str(our_db), str(src), PASSPHRASE)),
                     ("bare_read", BARE_READ, (str(bare_db),)),
                     ("our_verify", OUR_VERIFY, (str(our_db), str(src), PASSPHRASE))]
            if i % 2:  # alternate who goes first: the second writer meets the first's writeback
                steps = [steps[1], steps[0], steps[3], steps[2]]
            for name, script, args in steps:
                runs[name].append(step(script, *args))
            for p in Path(tmp).glob(f"*{i}.db*"):
                p.unlink()
    med = {k: {m: statistics.median(r[m] for r in v) for m in ("seconds", "peak_rss_mib")}
           for k, v in runs.items()}
    size = a.size_mib
    print(f"{size} MiB, median of {a.repeat} run(s), each step in a fresh process")
    for k, v in med.items():
        print(f"  {k:<12} {v['seconds']:7.2f} s  {size / v['seconds']:7.1f} MiB/s  "
              f"peak RSS {v['peak_rss_mib']:6.1f} MiB")
    imp = med["bare_insert"]["seconds"] / med["our_import"]["seconds"]
    ver = med["bare_read"]["seconds"] / med["our_verify"]["seconds"]
    print(f"import throughput vs bare: {imp:.2f}x (target >= 0.8)")
    print(f"verify throughput vs bare: {ver:.2f}x (target >= 0.8)")
    print(f"peak RSS: import {med['our_import']['peak_rss_mib']:.0f} MiB, verify "
          f"{med['our_verify']['peak_rss_mib']:.0f} MiB (target <= 150)")
    print(json.dumps({"size_mib": size, "median": med, "import_ratio": round(imp, 3),
                      "verify_ratio": round(ver, 3)}))


if __name__ == "__main__":
    main()
