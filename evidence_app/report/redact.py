"""Pixelate and blur pictures beyond recognition, for bundles shared with people who must not
see them. Only the rendering in the PDF is redacted; the originals stay sealed in the vault."""

from __future__ import annotations

import logging

from PIL import Image, ImageFilter

log = logging.getLogger(__name__)

# Blocks of about 1/24 of the picture's width (at least 24 px), then a blur across blocks: a face
# or a line of text becomes a few soft colour patches.
BLOCKS_ACROSS = 24
MIN_BLOCK = 24


def block_size(width: int) -> int:
    return max(MIN_BLOCK, width // BLOCKS_ACROSS)


def redact_image(img: Image.Image) -> tuple[Image.Image, int]:
    """A coarse, blurred version of `img` (one pixel per block) and the block size in pixels.

    Drawn scaled up by the block size, it covers the same area as the original.
    """
    block = block_size(img.width)
    w = max(1, -(-img.width // block))
    h = max(1, -(-img.height // block))
    # Averaged in the picture's own mode, then converted: no full-size copy of a big picture.
    src = img if img.mode in ("RGB", "RGBA", "L", "LA") else img.convert("RGB")
    coarse = src.resize((w, h), Image.Resampling.BOX).convert("RGB")
    return coarse.filter(ImageFilter.GaussianBlur(1.2)), block
