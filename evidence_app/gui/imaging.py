"""Images for review, decoded in memory only (never written to disk): blurred or revealed.

Runs on worker threads: QImage (unlike QPixmap) may be built off the GUI thread. Decoding is
bounded (evidence_app.pictures): a damaged picture or a decompression bomb raises PictureError,
which the caller shows as a placeholder, instead of taking seconds and gigabytes.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageFilter
from PySide6.QtGui import QImage

from evidence_app import pictures

log = logging.getLogger(__name__)

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"})
PREVIEW_WIDTH = 560
MAX_PREVIEW_HEIGHT = 3000
BLUR_GRID = 12  # the blurred preview keeps at most 12 x 12 "pixels" of information
# Decode budget: the largest full-page screenshot segment (2560 x 16000 px) fits; at most
# ~200 MB decoded. Bigger JPEGs are decoded reduced; bigger PNGs get the placeholder.
MAX_PREVIEW_PIXELS = 48_000_000


def _decode(data: bytes) -> Image.Image:
    decoded = pictures.decode(io.BytesIO(data), MAX_PREVIEW_PIXELS,
                              draft_to=(PREVIEW_WIDTH, MAX_PREVIEW_HEIGHT))
    img = _crop_tall(decoded.image)  # crop before converting: no second full-size copy
    return img if img.mode == "RGB" else img.convert("RGB")


def _display_size(img: Image.Image, width: int) -> tuple[int, int]:
    w = min(width, img.width)
    h = max(1, round(img.height * w / img.width))
    return w, min(h, MAX_PREVIEW_HEIGHT)


def _crop_tall(img: Image.Image) -> Image.Image:
    """Very tall pages: only the top is previewed (the full image is in the export)."""
    limit = round(img.width * MAX_PREVIEW_HEIGHT / PREVIEW_WIDTH)
    return img.crop((0, 0, img.width, limit)) if img.height > limit else img


def _to_qimage(img: Image.Image) -> QImage:
    data = img.tobytes("raw", "RGB")
    qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888)
    return qimg.copy()  # detach from the Python buffer


def blurred(data: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """A strongly blurred preview: shrunk to a tiny grid, scaled back up, then blurred."""
    img = _decode(data)
    size = _display_size(img, width)
    tiny = img.copy()
    tiny.thumbnail((BLUR_GRID, BLUR_GRID))
    out = tiny.resize(size, Image.Resampling.BILINEAR)
    out = out.filter(ImageFilter.GaussianBlur(radius=max(10, size[0] // 20)))
    return _to_qimage(out)


def revealed(data: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """The image at display size (still in memory only)."""
    img = _decode(data)
    return _to_qimage(img.resize(_display_size(img, width), Image.Resampling.LANCZOS))


def is_previewable(media_type: str) -> bool:
    return media_type in IMAGE_TYPES
