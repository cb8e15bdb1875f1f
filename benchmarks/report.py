"""Benchmark: export of a case of N exhibits with tall screenshots vs a bare reportlab script.

Run by hand (minutes, not a test):

    .venv/bin/python benchmarks/report.py                 # 25 and 100 exhibits
    .venv/bin/python benchmarks/report.py --exhibits 100 --height 8000

For each N, a vault is filled with N sealed synthetic web captures (a 1280 x HEIGHT PNG full-page
screenshot, a viewport screenshot, provenance following the data contract), then two children
run one after the other, each measured for wall time and peak RSS (getrusage of the child):
  export    evidence_app.report.export.export_case (bundle folder with report.pdf)
  baseline  a bare reportlab canvas drawing the same PNG files over pages at the same scale
            (each page a clipped window onto the whole picture), nothing else
Reported: time ratio export/baseline (target <= 1.5) and peak RSS of both; across N the export's
peak RSS should stay flat while the baseline's grows with the number of exhibits.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
PASSPHRASE = "benchmark passphrase 123"


def setup(work: Path, n: int, height: int) -> None:
    """Vault with one case of n exhibits; PNGs also written to work/png for the baseline."""
    from integration.test_export_support import provenance, tall_png

    from evidence_app.vault import Operator, Vault

    v, _ = Vault.create(work / "vault.db", PASSPHRASE, Operator("Bench Mark", "bench"))
    case = v.create_case("Benchmark case 基準", ref="BENCH", exhibit_prefix="BM")
    (work / "png").mkdir()
    base = [tall_png(1280, height, seed) for seed in range(4)]
    viewport = tall_png(1280, 800, 99)
    for i in range(n):
        # Unique bytes per exhibit (one changed chunk of pixels), so nobody can deduplicate.
        png = _stamp(base[i % len(base)], i)
        (work / "png" / f"{i:04d}.png").write_bytes(png)
        url = f"https://site{i % 7}.example/post/{i}"
        with v.new_capture(case.id, "web", url, meta=provenance(url, f"Page {i}")) as cap:
            cap.add_artifact("screenshot_full", "screenshot-full.png", "image/png", png,
                             meta={"segment": 1, "segments": 1, "y_offset": 0,
                                   "height": height, "width": 1280})
            cap.add_artifact("screenshot_viewport", "screenshot-viewport.png", "image/png",
                             viewport)
            cap.add_artifact("provenance", "provenance.json", "application/json",
                             json.dumps(provenance(url, f"Page {i}")).encode())
    v.close()


def _stamp(png: bytes, i: int) -> bytes:
    import io

    from PIL import Image, ImageDraw

    img = Image.open(io.BytesIO(png)).convert("RGB")
    ImageDraw.Draw(img).text((10, 85), f"exhibit {i} " * 20, fill=(200, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def run_export(work: Path) -> None:
    from evidence_app.report.export import ExportOptions, export_case
    from evidence_app.vault import Operator, Vault

    with Vault.open(work / "vault.db", PASSPHRASE, Operator("Bench Mark", "bench")) as v:
        res = export_case(v, "BENCH", ExportOptions(work / "bundle"))
    pages = int(subprocess.run(["pdfinfo", str(res.pdf_path)], capture_output=True, text=True,
                               check=True).stdout.split("Pages:")[1].split()[0])
    print(json.dumps({"pages": pages, "pdf_bytes": res.pdf_path.stat().st_size}))


def run_baseline(work: Path) -> None:
    """Bare reportlab: the same PNGs, each page a window onto the picture at the same scale."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    margin, footer = 36.0, 28.0
    frame_w = A4[0] - 2 * margin
    frame_h = A4[1] - 2 * margin - footer - 44.0
    out = work / "baseline.pdf"
    c = Canvas(str(out), pagesize=A4)
    pages = 0
    for png in sorted((work / "png").iterdir()):
        with Image.open(png) as im:
            w, h = im.size
        scale = min(0.75, frame_w / w)
        dw, dh = w * scale, h * scale
        y = 0.0
        while y < dh:
            c.saveState()
            p = c.beginPath()
            p.rect(margin, margin + footer, frame_w, frame_h)
            c.clipPath(p, stroke=0)
            c.drawImage(str(png), margin, margin + footer + frame_h + y - dh, dw, dh)
            c.restoreState()
            c.drawString(margin, margin, f"Page {pages + 1}")
            c.showPage()
            pages += 1
            y += frame_h
    c.save()
    print(json.dumps({"pages": pages, "pdf_bytes": out.stat().st_size}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exhibits", type=int, nargs="*", default=[25, 100])
    ap.add_argument("--height", type=int, default=8000, help="screenshot height in px")
    ap.add_argument("--worker", nargs=2, metavar=("MODE", "WORK"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        mode, work = args.worker
        (run_export if mode == "export" else run_baseline)(Path(work))
        return
    rows = []
    for n in args.exhibits:
        work = Path(tempfile.mkdtemp(prefix=f"bench-report-{n}-"))
        try:
            t0 = time.perf_counter()
            setup(work, n, args.height)
            print(f"[{n} exhibits] setup {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            res = {m: _isolated(m, work) for m in ("baseline", "export")}
        finally:
            shutil.rmtree(work, ignore_errors=True)
        rows.append((n, res))
        e, b = res["export"], res["baseline"]
        print(f"[{n} exhibits] export {e['seconds']} s, peak {e['peak_rss_mib']} MiB, "
              f"{e['pages']} pages, {e['pdf_bytes'] / 2**20:.1f} MiB PDF | baseline "
              f"{b['seconds']} s, peak {b['peak_rss_mib']} MiB, {b['pages']} pages, "
              f"{b['pdf_bytes'] / 2**20:.1f} MiB PDF | time ratio "
              f"{e['seconds'] / b['seconds']:.2f}", file=sys.stderr)
    print(json.dumps([{"exhibits": n, **{f"{m}_{k}": v for m, d in r.items()
                                          for k, v in d.items()}} for n, r in rows], indent=1))


def _isolated(mode: str, work: Path) -> dict[str, float]:
    """Each measurement in its own grandchild so RUSAGE_CHILDREN is that worker's peak alone."""
    code = ("import json,resource,subprocess,sys,time;t=time.perf_counter();"
            "p=subprocess.run([sys.executable,sys.argv[1],'--worker',sys.argv[2],sys.argv[3]],"
            "capture_output=True,text=True,check=True);"
            "d=json.loads(p.stdout.strip().splitlines()[-1]);"
            "d['seconds']=round(time.perf_counter()-t,2);"
            "d['peak_rss_mib']=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,1);"
            "print(json.dumps(d))")
    out = subprocess.run([sys.executable, "-c", code, __file__, mode, str(work)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


if __name__ == "__main__":
    main()
