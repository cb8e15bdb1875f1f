"""Benchmark: time and peak memory of `verify-bundle` on hostile bundles (run by hand).

    .venv/bin/python benchmarks/verify_bundle_hostile.py

A real bundle is exported once from a small vault with imports; the attacks are derived from
it (zip members inflating to 3 GiB, a 3 GiB artifact declared consistently so that it really is
streamed through SHA-256, links to /dev/zero, FIFOs). Each is checked by the real CLI in a child
process, measured with /usr/bin/time (wall time, peak RSS of that child alone). Nothing multi-GB is
written: the bombs are ~3 MB on disk. Every input must give a verdict (exit 1 for an attack,
0 for the intact bundle) well inside the time cap.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
PASSPHRASE = "benchmark passphrase 123"
TIME_CAP = 120.0
GIB3 = 3 << 30
ARTIFACT = "TO-001 photo/original-01-photo.png"


def good_bundle(work: Path) -> tuple[Path, Path]:
    from support.badimages import good_png

    from evidence_app.importer import import_file
    from evidence_app.report.export import ExportOptions, export_case
    from evidence_app.vault import Operator, Vault

    v, _ = Vault.create(work / "vault.db", PASSPHRASE, Operator("Bench Mark", "bench"))
    try:
        case = v.create_case("Hostile", ref="H-1", exhibit_prefix="TO")
        (work / "photo.png").write_bytes(good_png())
        (work / "chat.txt").write_text("a chat log\n")
        import_file(v, case.id, work / "photo.png")
        import_file(v, case.id, work / "chat.txt")
        res = export_case(v, case.id, ExportOptions(work / "bundle", make_zip=True))
    finally:
        v.close()
    assert res.zip_path is not None
    return res.bundle_dir, res.zip_path


def attacks(folder: Path, zpath: Path, work: Path) -> dict[str, Path]:
    from support.hostile_zip import Member, write_zip, zero_bomb

    raw, crc = zero_bomb(GIB3)
    with zipfile.ZipFile(zpath) as z:
        base = [(i.filename, z.read(i)) for i in z.infolist()]
    top = zpath.stem + "/"
    out: dict[str, Path] = {"intact zip": zpath, "intact folder": folder}

    def bomb(label: str, rel: str, edit_index: bool = False) -> None:
        members = []
        for name, data in base:
            if name == top + rel:
                members.append(Member(name, raw=raw, crc=crc, size=GIB3))
                continue
            if edit_index and name == top + "bundle.json":
                doc = json.loads(data)
                for a in doc["exhibits"][0]["artifacts"]:
                    a["size"] = GIB3
                data = json.dumps(doc).encode()
            members.append(Member(name, data))
        out[label] = write_zip(work / f"{label.replace(' ', '-')}.zip", members)

    bomb("manifest inflates to 3 GiB", "manifest.sha256")
    bomb("bundle.json inflates to 3 GiB", "bundle.json")
    bomb("custody.jsonl inflates to 3 GiB", "custody.jsonl")
    bomb("report.pdf inflates to 3 GiB", "report.pdf")
    bomb("artifact of 3 GiB, declared (streamed)", ARTIFACT, edit_index=True)
    for label, make in (("artifact -> /dev/zero", lambda p: os.symlink("/dev/zero", p)),
                        ("artifact is a FIFO", os.mkfifo),
                        ("manifest -> /dev/zero",
                         lambda p: os.symlink("/dev/zero", p))):
        copy = work / label.replace(" ", "_").replace("/", "_")
        shutil.copytree(folder, copy)
        target = copy / ("manifest.sha256" if "manifest" in label else ARTIFACT)
        target.unlink()
        make(target)
        out[label] = copy
    return out


def measure(target: Path) -> tuple[int, float, int]:
    """(exit code, wall seconds, peak RSS in KiB) of one CLI run, via /usr/bin/time (the
    child's own peak, not the parent's that forked it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(["/usr/bin/time", "-f", "%x %e %M", sys.executable, "-m",
                           "evidence_app", "verify-bundle", str(target), "--json"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          timeout=TIME_CAP, text=True)
    code, secs, rss = proc.stderr.strip().splitlines()[-1].split()
    return int(code), float(secs), int(rss)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["EVIDENCE_APP_HOME"] = str(work / "home")
        (work / "home").mkdir()
        folder, zpath = good_bundle(work)
        print(f"{'input':42} {'exit':>4} {'seconds':>8} {'peak RSS':>10}  size on disk")
        for label, target in attacks(folder, zpath, work).items():
            code, secs, rss_kib = measure(target)
            size = target.stat().st_size if target.is_file() else 0
            print(f"{label:42} {code:>4} {secs:8.2f} {rss_kib / 1024:8.1f} MB  "
                  f"{size / 1e6:.1f} MB" if size else
                  f"{label:42} {code:>4} {secs:8.2f} {rss_kib / 1024:8.1f} MB  (folder)")


if __name__ == "__main__":
    main()
