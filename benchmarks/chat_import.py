"""Import of a large synthetic WhatsApp export: wall time and peak memory.

Run by hand:  .venv/bin/python benchmarks/chat_import.py [--messages 100000] [--zip]

Writes a synthetic Android export (multi-line messages, system messages, media markers, Chinese
and emoji text; no real person's chat) to a temporary folder, then imports it into a fresh vault
in a child process, which reports the import's wall time, its Python peak (tracemalloc) and its
peak RSS (ru_maxrss, including the interpreter and SQLCipher's page cache), and its CPU
seconds (on a shared machine the wall time also counts other processes). A second child reads
the whole transcript back (`evidence-app chat`'s path) for its time and peak. Bounded memory
means the peaks stay flat as --messages grows: compare 10,000 with 100,000.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

PASSPHRASE = "benchmark passphrase only"

CHILD = textwrap.dedent("""
    import json, resource, sys, time, tracemalloc
    from pathlib import Path
    from evidence_app.vault import Operator, Vault
    from evidence_app.importer import import_files
    from evidence_app.chat.reader import iter_view
    db, src, mode, trace = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
    op = Operator("bench", "bench")
    if mode == "import":
        vault, _ = Vault.create(db, %r, op)
        case = vault.create_case("bench")
        if trace:
            tracemalloc.start()
        t, c = time.perf_counter(), time.process_time()
        out = import_files(vault, case.id, [src], chat_timezone="Asia/Hong_Kong")
        seconds, cpu = time.perf_counter() - t, time.process_time() - c
        assert not out.failed, out.failed[0].error
        cap = out.sealed[0]
        extra = {"messages": cap.meta["chat"]["messages"],
                 "unparsed": cap.meta["chat"]["unparsed"],
                 "transcript_bytes": cap.artifacts[-1].size}
    else:
        vault = Vault.open(db, %r, op)
        [case] = vault.list_cases()
        [cap] = vault.list_captures(case.id)
        if trace:
            tracemalloc.start()
        t, c = time.perf_counter(), time.process_time()
        n = sum(1 for _ in iter_view(vault, cap))
        seconds, cpu = time.perf_counter() - t, time.process_time() - c
        extra = {"entries": n}
    peak = tracemalloc.get_traced_memory()[1] if trace else -2**20
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                      "python_peak_mib": round(peak / 2**20, 1),
                      "peak_rss_mib": round(rss, 1), **extra}))
""") % (PASSPHRASE, PASSPHRASE)

_TEXTS = ["ok", "Did you see it?", "我會把相片發給你所有朋友 😡", "Pay me or everyone sees them.\n"
          "I mean it.", "<Media omitted>", "IMG-20240313-WA0001.jpg (file attached)", "👍🏽",
          "Where are you now? " * 8]


def write_export(path: Path, messages: int) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("01/01/2024, 00:00 - Messages and calls are end-to-end encrypted.\n")
        for i in range(messages - 1):
            minute = i  # one message a minute
            day, rest = divmod(minute, 24 * 60)
            month, dom = divmod(day, 28)
            year, month = divmod(month, 12)
            h, m = divmod(rest, 60)
            sender = ("Alex Wong", "Sam Lee", "陳大文")[i % 3]
            f.write(f"{dom + 1:02d}/{month + 1:02d}/{2024 + year}, {h:02d}:{m:02d} - {sender}: "
                    f"{_TEXTS[i % len(_TEXTS)]}\n")


def child(args: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--zip", action="store_true", help="import it as a .zip export")
    ap.add_argument("--no-trace", action="store_true",
                    help="no tracemalloc (it slows allocation-heavy code about twofold); "
                         "python_peak_mib is then -1")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "WhatsApp Chat with Alex Wong.txt"
        write_export(src, a.messages)
        size = src.stat().st_size
        if a.zip:
            z = Path(tmp) / "WhatsApp Chat with Alex Wong.zip"
            with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.write(src, "_chat.txt")
            src = z
        db = Path(tmp) / "vault.db"
        trace = "0" if a.no_trace else "1"
        imported = child([str(db), str(src), "import", trace])
        read = child([str(db), str(src), "read", trace])
    print(json.dumps({"messages": a.messages, "export_mib": round(size / 2**20, 1),
                      "zip": a.zip, "import": imported, "read_back": read}, indent=2))


if __name__ == "__main__":
    main()
