"""--redact: no picture leaves the vault recognisably; the originals' hashes are still listed."""

from __future__ import annotations

import io
import json
import math
import random
import re
import subprocess

import filetype
from integration.test_export_support import seal_web
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader

from evidence_app.importer import import_file
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case


def detailed_png(width: int = 1280, height: int = 1400, seed: int = 11) -> bytes:
    """High detail everywhere: fine noise, sharp shapes, text: easy to tell apart."""
    rnd = random.Random(seed)
    img = Image.effect_noise((width, height), 90).convert("RGB")
    d = ImageDraw.Draw(img)
    for _ in range(500):
        x, y = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randint(4, 40)
        d.ellipse((x, y, x + r, y + r), fill=(rnd.randrange(256), rnd.randrange(256),
                                              rnd.randrange(256)))
    for y in range(0, height, 18):
        d.text((rnd.randint(0, 40), y), "CONFIDENTIAL IMAGE DETAIL " * 6, fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def high_pass(img: Image.Image, size: tuple[int, int]) -> list[float]:
    """Grey values minus their local mean: the detail that makes a picture recognisable."""
    g = img.convert("L").resize(size, Image.Resampling.BILINEAR)
    blur = g.filter(ImageFilter.GaussianBlur(3))
    return [a - b for a, b in zip(g.tobytes(), blur.tobytes(), strict=True)]


def correlation(a: list[float], b: list[float]) -> float:
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in a))
    vb = math.sqrt(sum((y - mb) ** 2 for y in b))
    return cov / (va * vb) if va and vb else 0.0


def first_slice(pdf, original: Image.Image) -> tuple[Image.Image, Image.Image]:
    """The first screenshot slice embedded in the PDF and the original rows it shows."""
    reader = PdfReader(str(pdf))
    for page in reader.pages:
        text = page.extract_text()
        m = re.search(r"pixel rows (\d+)-(\d+) of", text)
        if m and page.images:
            y0, y1 = int(m.group(1)), int(m.group(2))
            shown = page.images[0].image.convert("RGB")
            crop = original.crop((0, y0, original.width, y1))
            return shown.resize(crop.size, Image.Resampling.NEAREST), crop
    raise AssertionError("no screenshot slice in the PDF")


def test_redacted_bundle_has_no_recognisable_picture_but_all_hashes(vault, case, tmp_path):
    png = detailed_png()
    seal_web(vault, case.id, "https://leak.example/post/1", "Leaked photo page",
             segments=[png], media=detailed_png(300, 300, 5))
    photo = tmp_path / "photo.png"
    photo.write_bytes(detailed_png(600, 800, 6))
    import_file(vault, case.id, photo)

    plain = export_case(vault, case.id, ExportOptions(tmp_path / "plain"))
    red = export_case(vault, case.id, ExportOptions(tmp_path / "red", redact=True))
    assert verify_bundle(red.bundle_dir).ok

    # The unredacted rendering keeps the detail (the measure works) ...
    original = Image.open(io.BytesIO(png)).convert("RGB")
    shown, crop = first_slice(plain.pdf_path, original)
    size = (crop.width // 4, crop.height // 4)
    assert correlation(high_pass(shown, size), high_pass(crop, size)) > 0.8
    # ... the redacted one has none of it, and is coarse blocks only.
    shown, crop = first_slice(red.pdf_path, original)
    assert abs(correlation(high_pass(shown, size), high_pass(crop, size))) < 0.1
    embedded = [img.image for page in PdfReader(str(red.pdf_path)).pages for img in page.images]
    assert embedded and max(i.width for i in embedded) <= 60

    # No picture, page archive or DOM in the redacted bundle: only JSON records and the report.
    files = [p for p in red.bundle_dir.rglob("*") if p.is_file()]
    for p in files:
        if p.name == "report.pdf":
            continue
        kind = filetype.guess(p.read_bytes()[:4096])
        assert kind is None, p
        assert p.suffix in (".json", ".jsonl", ".txt", ".sha256"), p

    # The originals' hashes are still listed, in bundle.json and in the PDF.
    doc = json.loads((red.bundle_dir / "bundle.json").read_text(encoding="utf-8"))
    assert doc["redacted"] is True
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(red.pdf_path), "-"], check=True,
                                             capture_output=True, text=True).stdout)
    withheld = [a for e in doc["exhibits"] for a in e["artifacts"] if a["file"] is None]
    assert {a["role"] for a in withheld} >= {"screenshot_full", "screenshot_viewport", "media",
                                             "dom_html", "original"}
    for e in doc["exhibits"]:
        for a in e["artifacts"]:
            assert a["sha256"] in text
    assert "REDACTEDRENDERING" in text
