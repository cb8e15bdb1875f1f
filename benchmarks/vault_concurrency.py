"""How a long import affects other processes: can they open and read the vault meanwhile?

Run by hand:  PYTHONPATH=. python benchmarks/vault_concurrency.py [MiB] [journal_mode]
A child process imports a MiB-sized file; this process keeps opening the vault and listing its
cases until the import ends, and reports how long each attempt took and how many failed.
`journal_mode` (delete | wal) is forced in both processes to compare the two; set NO_READERS=1
to time the import alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase 123"

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[4])
    import vault_concurrency as vc
    vc.force_journal_mode(sys.argv[3])
    from evidence_app.importer import import_file
    from evidence_app.vault import Operator, Vault
    v = Vault.open(Path(sys.argv[1]), vc.PASSPHRASE, Operator("child", "bench"))
    t0 = time.monotonic()
    import_file(v, v.list_cases()[0].id, Path(sys.argv[2]),
                progress=lambda d, t: print("progress", d, flush=True))
    print("done", time.monotonic() - t0, flush=True)
""")


def force_journal_mode(mode: str) -> None:
    """Make every connection of this process use `mode` (the vault's default is WAL)."""
    from evidence_app.vault import connection

    connection.JOURNAL_MODE = mode


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    mode = sys.argv[2] if len(sys.argv) > 2 else "delete"
    force_journal_mode(mode)
    from evidence_app.vault import Operator, Vault

    with tempfile.TemporaryDirectory() as d:
        vp = Path(d) / "vault.db"
        v, _ = Vault.create(vp, PASSPHRASE, Operator("bench", "bench"))
        v.create_case("bench")
        v.close()
        src = Path(d) / "video.bin"
        with open(src, "wb") as f:
            for _ in range(mib):
                f.write(os.urandom(1 << 20))
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(vp), str(src), mode,
                                  str(Path(__file__).parent)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().startswith("progress")
        times: list[float] = []
        failures: list[str] = []
        while child.poll() is None and not os.environ.get("NO_READERS"):
            t0 = time.monotonic()
            try:
                with Vault.open(vp, PASSPHRASE, Operator("reader", "bench")) as r:
                    r.list_cases()
            except Exception as e:  # noqa: BLE001 - counted and reported
                failures.append(type(e).__name__)
            times.append(time.monotonic() - t0)
        child.wait()
        out = child.stdout.read().splitlines()
        import_s = float(out[-1].split()[1])
        print(f"journal_mode={mode} import {mib} MiB in {import_s:.1f} s "
              f"({mib / import_s:.1f} MiB/s); readers: {len(times)} attempts, "
              f"{len(failures)} failed {sorted(set(failures))}, "
              f"slowest {max(times, default=0):.1f} s")


if __name__ == "__main__":
    main()
