"""PDQ: reference vectors, agreement with the `pdqhash` bindings, and what matches what."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageOps
from support.pictures import encode, synthetic_png, synthetic_rgb

from evidence_app.fingerprints import pdq

# Expected hashes computed with Meta's reference implementation (facebook/ThreatExchange,
# pdq/python, PDQHasher.fromBufferedImage, commit baefb4ed) on the pictures synthetic_png makes.
# The last one is larger than 512 px, so it also checks the reference's thumbnail step.
REFERENCE_VECTORS = [
    (1, 320, 240, "ee3bd9b4dc365c966c3fa96c037966f3e36156aabc06abe52e49302119981a19", 100),
    (2, 512, 384, "72f335e3ca4cfe789b84d663acd5a9b0f820422f3dce7310725402be9c7b88e1", 100),
    (3, 200, 500, "47c9dc64bf9326b896c374eac7407c9429258b577eb6bc0c08f5c191aa6a31f6", 100),
    (4, 1024, 768, "488732dca37e49728d388c79708bf5f8f940039707c2c958165f3d1e7fb6a293", 100),
]


@pytest.mark.parametrize(("seed", "width", "height", "expected", "quality"), REFERENCE_VECTORS)
def test_pdq_equals_the_reference_implementation(seed: int, width: int, height: int,
                                                 expected: str, quality: int) -> None:
    h = pdq.hash_bytes(synthetic_png(seed, width, height))
    assert h.hex == expected
    assert h.quality == quality


def test_a_flat_picture_has_a_low_quality_hash() -> None:
    flat = encode(Image.new("RGB", (300, 200), (200, 30, 30)))
    h = pdq.hash_bytes(flat)
    assert h.quality < pdq.MIN_QUALITY and not h.usable


@pytest.mark.parametrize("seed", [1, 2, 3, 5, 6])
def test_pdq_agrees_with_the_pdqhash_bindings(seed: int) -> None:
    pdqhash = pytest.importorskip("pdqhash")
    data = synthetic_png(seed, 400, 300)
    bits, quality = pdqhash.compute(np.asarray(Image.open(io.BytesIO(data)).convert("RGB")))
    theirs = np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()
    mine = pdq.hash_bytes(data)
    # The bindings compute in single precision, we in double (as the Python reference does):
    # a value next to the median can fall either side.
    assert pdq.distance(mine.hex, theirs) <= 2
    assert abs(mine.quality - int(quality)) <= 1


def _variant(img: Image.Image, how: str) -> bytes:
    w, h = img.size
    if how == "resized_jpeg":
        return encode(img.resize((w * 2 // 5, h * 2 // 5), Image.Resampling.BILINEAR), "JPEG",
                      quality=60)
    if how.startswith("crop"):
        share = int(how[4:]) / 100
        dx, dy = int(w * share / 2), int(h * share / 2)
        return encode(img.crop((dx, dy, w - dx, h - dy)), "JPEG", quality=90)
    if how == "mirrored":
        return encode(ImageOps.mirror(img), "JPEG", quality=90)
    raise AssertionError(how)


def test_a_resized_recompressed_copy_matches() -> None:
    img = synthetic_rgb(7, 1200, 900)
    original = pdq.hash_bytes(encode(img))
    copy = pdq.hash_bytes(_variant(img, "resized_jpeg"))
    assert original.usable and copy.usable
    assert pdq.distance(original.hex, copy.hex) <= pdq.MATCH_THRESHOLD


def test_unrelated_pictures_do_not_match() -> None:
    hashes = [pdq.hash_bytes(synthetic_png(seed, 400, 300)).hex for seed in range(10, 20)]
    distances = [pdq.distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1:]]
    assert min(distances) > pdq.MATCH_THRESHOLD


def test_crops_and_mirroring(capsys: pytest.CaptureFixture[str]) -> None:
    """Reports the distances the README quotes: crops drift away, a mirror is not found."""
    img = synthetic_rgb(7, 1200, 900)
    original = pdq.hash_bytes(encode(img)).hex
    found = {how: pdq.distance(original, pdq.hash_bytes(_variant(img, how)).hex)
             for how in ("resized_jpeg", "crop2", "crop5", "crop10", "mirrored")}
    with capsys.disabled():
        print(f"\nPDQ distances from the original: {found}")
    assert found["crop2"] <= found["crop10"]
    assert found["mirrored"] > pdq.MATCH_THRESHOLD  # what plain matching does not catch


def test_refuses_decompression_bombs_and_non_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdq, "MAX_PIXELS", 10_000)
    with pytest.raises(pdq.PictureRefused) as e:
        pdq.hash_bytes(synthetic_png(1, 200, 100))
    assert e.value.reason == "too_many_pixels"
    with pytest.raises(pdq.PictureRefused) as e:
        pdq.hash_bytes(b"<html>not a picture</html>")
    assert e.value.reason == "not_a_picture"
    truncated = synthetic_png(1, 64, 64)[:200]
    monkeypatch.setattr(pdq, "MAX_PIXELS", 100_000_000)
    with pytest.raises(pdq.PictureRefused):
        pdq.hash_bytes(truncated)
