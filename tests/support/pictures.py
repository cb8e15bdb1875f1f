"""Deterministic test pictures, generated in code (no picture files in the repository)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image


def synthetic_rgb(seed: int, width: int, height: int) -> Image.Image:
    """A photo-like picture: smooth random waves and blobs, the same for the same arguments."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    x /= width
    y /= height
    channels = []
    for _ in range(3):
        acc = np.zeros((height, width))
        for _ in range(6):
            fx, fy = rng.uniform(0.5, 6.0, 2)
            phase = rng.uniform(0, 2 * np.pi)
            acc += rng.uniform(0.3, 1.0) * np.sin(2 * np.pi * (fx * x + fy * y) + phase)
        for _ in range(4):
            cx, cy, r = rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.25)
            acc += 2.0 * (((x - cx) ** 2 + (y - cy) ** 2) < r * r)
        lo, hi = acc.min(), acc.max()
        channels.append((acc - lo) / (hi - lo) * 255.0)
    pixels = np.clip(np.stack(channels, axis=2), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def encode(img: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, format=fmt, **params)
    return out.getvalue()


def synthetic_png(seed: int, width: int, height: int) -> bytes:
    return encode(synthetic_rgb(seed, width, height))
