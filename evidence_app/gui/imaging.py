"""Images for review, decoded in memory only (never written to disk): blurred or revealed.

Runs on worker threads: QImage (unlike QPixmap) may be built off the GUI thread.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageFilter
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"})
PREVIEW_WIDTH = 560
MAX_PREVIEW_HEIGHT = 3000
BLUR_GRID = 12  # the blurred preview keeps at most 12 x 12 "pixels" of information
Image.MAX_IMAGE_PIXELS = 200_000_000  # tall full-page screenshots are legitimately large


def _decode(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img.convert("RGB")


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
    img = _crop_tall(_decode(data))
    size = _display_size(img, width)
    tiny = img.copy()
    tiny.thumbnail((BLUR_GRID, BLUR_GRID))
    out = tiny.resize(size, Image.Resampling.BILINEAR)
    out = out.filter(ImageFilter.GaussianBlur(radius=max(10, size[0] // 20)))
    return _to_qimage(out)


def revealed(data: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """The image at display size (still in memory only)."""
    img = _crop_tall(_decode(data))
    return _to_qimage(img.resize(_display_size(img, width), Image.Resampling.LANCZOS))


def is_previewable(media_type: str) -> bool:
    return media_type in IMAGE_TYPES
