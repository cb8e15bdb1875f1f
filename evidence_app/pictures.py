"""Pictures from evidence decoded within a pixel budget: a damaged file or a decompression bomb
is a named reason ("damaged", "too large"), never a traceback and never gigabytes of memory.

Shared by the PDF (report.pdf.images) and the GUI previews (gui.imaging). Pillow's global
MAX_IMAGE_PIXELS is never changed: each caller passes its own budget, checked against the
header before anything is decoded. JPEGs over the budget are decoded reduced (draft, 1/2 to
1/8 scale); other formats over it are refused.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

log = logging.getLogger(__name__)

DAMAGED = "damaged"  # truncated or corrupt data
TOO_LARGE = "too_large"  # more pixels than the caller's budget
UNREADABLE = "unreadable"  # not a picture format this tool decodes

# Modes whose pixels can be cropped, scaled and converted without a palette lookup first.
_DIRECT_MODES = frozenset({"RGB", "RGBA", "L", "LA"})


class PictureError(Exception):
    """A picture that cannot be drawn, with the reason code and (if known) its size."""

    def __init__(self, reason: str, width: int = 0, height: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.width = width
        self.height = height


@dataclass
class Decoded:
    """A decoded picture, possibly reduced: `factor` original pixels per decoded pixel."""

    image: Image.Image
    width: int  # of the original
    height: int
    factor: int = 1


def probe(fh: BinaryIO, max_pixels: int) -> tuple[int, int, int]:
    """(width, height, reduction factor) from the header only; PictureError if it cannot be
    drawn within `max_pixels`."""
    with _open(fh) as img:
        return _plan(img, max_pixels)


def decode(fh: BinaryIO, max_pixels: int, draft_to: tuple[int, int] | None = None) -> Decoded:
    """Decode within the budget (JPEGs reduced if needed, or to about `draft_to` if given);
    PictureError if it cannot be."""
    img = _open(fh)
    try:
        width, height, factor = _plan(img, max_pixels)
        target = (-(-width // factor), -(-height // factor))
        if draft_to is not None and img.format == "JPEG":
            img.draft("RGB", (min(target[0], draft_to[0]), min(target[1], draft_to[1])))
            factor = max(factor, round(width / img.size[0]))
        elif factor > 1:
            img.draft("RGB", target)
        img.load()
        if img.mode not in _DIRECT_MODES:
            converted = img.convert("RGBA" if _has_alpha(img) else "RGB")
            img.close()
            img = converted
        return Decoded(img, width, height, factor)
    except PictureError:
        img.close()
        raise
    except (MemoryError, Image.DecompressionBombError) as e:
        img.close()
        raise PictureError(TOO_LARGE, *img.size) from e
    except Exception as e:  # noqa: BLE001 - untrusted data: any decoder failure means "damaged"
        # Truncated data ("image file is truncated"), corrupt chunks, bad compressed streams,
        # and whatever a format plugin raises on input it was not written for.
        log.info("picture could not be decoded: %s", type(e).__name__)
        img.close()
        raise PictureError(DAMAGED, *img.size) from e


def _open(fh: BinaryIO) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # The budget is checked explicitly in _plan; Pillow's own warning would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(fh)
    except Image.DecompressionBombError as e:
        raise PictureError(TOO_LARGE, *_bomb_size(fh)) from e
    except UnidentifiedImageError as e:
        raise PictureError(UNREADABLE) from e
    except Exception as e:  # noqa: BLE001 - untrusted data, as in decode()
        raise PictureError(DAMAGED) from e


def _bomb_size(fh: BinaryIO) -> tuple[int, int]:
    """The size a picture claims, read the way Image.open does but without its bomb check
    (which refuses to say it); (0, 0) if unknown."""
    Image.init()
    try:
        fh.seek(0)
        prefix = fh.read(16)
    except OSError:
        return 0, 0
    for fmt in Image.ID:
        factory, accept = Image.OPEN[fmt]
        accepted = accept is None or accept(prefix)
        if not accepted or isinstance(accepted, str):
            continue
        try:
            fh.seek(0)
            with factory(fh, "") as img:
                width, height = img.size
                return int(width), int(height)
        except Exception:  # noqa: BLE001, S112 - not this format; the size is only a detail
            continue
    return 0, 0


def _plan(img: Image.Image, max_pixels: int) -> tuple[int, int, int]:
    width, height = img.size
    if width <= 0 or height <= 0:
        raise PictureError(DAMAGED, width, height)
    factor = 1
    if img.format == "JPEG":
        while width * height > max_pixels * factor * factor and factor < 8:
            factor *= 2
    if width * height > max_pixels * factor * factor:
        raise PictureError(TOO_LARGE, width, height)
    return width, height, factor


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("PA", "RGBa", "La") or "transparency" in img.info


def reason_text(err: PictureError) -> str:
    """English reason for the PDF (the GUI words the codes itself)."""
    if err.reason == TOO_LARGE:
        size = f" ({err.width} x {err.height} pixels)" if err.width else ""
        return f"too large{size}"
    if err.reason == UNREADABLE:
        return "not a picture format this tool can draw"
    return "the file is truncated or damaged"
