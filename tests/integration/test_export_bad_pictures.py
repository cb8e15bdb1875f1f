"""Pictures that cannot be drawn never block an export: each becomes a placeholder in the PDF.

The bad files are sealed into a real vault through the importer (and as a capture's screenshot),
exactly as a caseworker's import would seal them; sealed evidence cannot be deleted, so a case
holding one must still export, with or without --redact.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from integration.test_export_support import seal_web
from PIL import Image
from support.badimages import (
    bomb_png,
    corrupt_png,
    good_png,
    truncated_jpeg,
    truncated_png,
)

from evidence_app import pictures
from evidence_app.importer import import_file
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case

PLACEHOLDER = "This picture cannot be displayed:"


@pytest.fixture
def bad_case(vault, case, tmp_path):  # type: ignore[no-untyped-def]
    files = {
        "truncated.png": truncated_png(),
        "corrupt.png": corrupt_png(),
        "truncated.jpg": truncated_jpeg(),
        "bomb-900mp.png": bomb_png(30000, 30000),
        "bomb-400mp.png": bomb_png(20000, 20000),
        "good.png": good_png(),
        "thin.png": bomb_png(2, 400_000),  # within the pixel budget, but 400+ pages tall
    }
    src = tmp_path / "incoming"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
        import_file(vault, case.id, src / name)
    seal_web(vault, case.id, "https://bad.example/page", "Truncated screenshot",
             segments=[truncated_png(800, 1200)])
    return case


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.mark.parametrize("redact", [False, True], ids=["full", "redacted"])
def test_export_succeeds_with_placeholders(vault, bad_case, tmp_path, redact):
    result = export_case(vault, bad_case.id, ExportOptions(tmp_path / "out", redact=redact))
    text = pdf_text(result.pdf_path)
    # 2 too large (known from the header), 3 damaged imports + 1 damaged screenshot (found when
    # drawn: their boxes say so), the good picture drawn.
    assert text.count("cannot be displayed: too large (30000 x 30000 pixels)") == 1
    assert text.count("cannot be displayed: too large (20000 x 20000 pixels)") == 1
    assert text.count("cannot be displayed: too large (2 x 400000 pixels)") == 1
    assert text.count("cannot be displayed: the file is truncated or damaged") >= 4
    if redact:
        assert "The original is kept sealed in the vault" in text
    else:
        assert "The file itself is in the bundle" in text
        assert (result.bundle_dir / "TO-004 bomb-900mp" / "original-01-bomb-900mp.png").is_file()
    assert verify_bundle(result.bundle_dir).ok
    rows = vault.custody_events(case_id=bad_case.id)
    assert rows[-1].action == "exported"


def test_good_picture_is_still_drawn(vault, bad_case, tmp_path):
    result = export_case(vault, bad_case.id, ExportOptions(tmp_path / "out"))
    from pypdf import PdfReader

    drawn = [img for page in PdfReader(str(result.pdf_path)).pages for img in page.images]
    assert any(Image.open(io.BytesIO(i.data)).size == (300, 200) for i in drawn)


def test_huge_jpeg_is_decoded_reduced_within_the_budget():
    buf = io.BytesIO()
    Image.effect_noise((2000, 1500), 40).convert("RGB").save(buf, "JPEG")
    buf.seek(0)
    decoded = pictures.decode(buf, 1_000_000)
    assert decoded.factor == 2
    assert decoded.image.size == (1000, 750)
    assert (decoded.width, decoded.height) == (2000, 1500)


def test_pillow_global_limit_is_left_alone():
    before = Image.MAX_IMAGE_PIXELS
    with pytest.raises(pictures.PictureError) as err:
        pictures.decode(io.BytesIO(bomb_png(30000, 30000)), 64_000_000)
    assert err.value.reason == pictures.TOO_LARGE
    assert Image.MAX_IMAGE_PIXELS == before
