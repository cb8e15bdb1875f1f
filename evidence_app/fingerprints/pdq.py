"""PDQ perceptual hashes (Meta ThreatExchange, BSD): our own numpy port of the reference.

Why our own: the `pdqhash` bindings ship no Linux wheels (they build from C++ source), while numpy
and Pillow install from wheels on Linux, Windows and macOS. The steps follow ThreatExchange's
pdq/python reference exactly (Pillow thumbnail to 512 px, RGB to luma, two passes of Jarosz box
filters, decimation to 64x64, quality from gradients, 16x16 DCT, median threshold), so the hashes
are those that hash-sharing programmes compute; tests check reference vectors and, where it is
installed, agreement with `pdqhash`.

Decoding is bounded: the pixel count is read from the header before any pixel is decoded and
pictures beyond MAX_PIXELS are refused (Pillow itself refuses twice its own limit, about 179 MP,
as a decompression bomb); JPEGs are decoded at a reduced scale (Pillow's draft mode, which the
reference's thumbnail step uses), so a 12 MP photo never costs 12 MP of memory.
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, UnidentifiedImageError

log = logging.getLogger(__name__)

ALGORITHM = "pdq"
# Bumped if our hashing ever changes, so stored hashes can be told apart and recomputed.
IMPLEMENTATION = "evidence-app-pdq-1 (ThreatExchange pdq/python, numpy port)"
MATCH_THRESHOLD = 31     # ThreatExchange's suggested distance for a match
MIN_QUALITY = 50         # hashes of quality <= 49 are too flat to match on
MAX_PIXELS = 100_000_000  # larger pictures are refused (a decompression bomb, or not a photo)
_DOWNSAMPLE = 512        # the reference thumbnails to at most 512 x 512 before hashing
_LUMA = (0.299, 0.587, 0.114)
_WINDOW_DIVISOR = 128
_PASSES = 2

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PdqHash:
    """A 256-bit PDQ hash as 64 hex digits (the reference's text form) and its quality 0-100."""

    hex: str
    quality: int

    @property
    def usable(self) -> bool:
        """Whether the hash carries enough detail to match on (quality >= 50)."""
        return self.quality >= MIN_QUALITY


class PictureRefused(Exception):
    """A picture that was not hashed; `reason` is a short stored code, e.g. 'too_many_pixels'."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _dct_matrix() -> FloatArray:
    i = np.arange(1, 17, dtype=np.float64)[:, None]
    j = np.arange(64, dtype=np.float64)[None, :]
    matrix: FloatArray = np.sqrt(2.0 / 64.0) * np.cos((math.pi / 2 / 64.0) * i * (2 * j + 1))
    return matrix


_DCT = _dct_matrix()


def _box(a: FloatArray, window: int, axis: int) -> FloatArray:
    """The reference's 1-D box filter along `axis`: a clipped window mean, off-centre as theirs."""
    n = a.shape[axis]
    half = (window + 2) // 2
    k = np.arange(n)
    lo = np.maximum(0, k - (window - half))
    hi = np.minimum(n, k + half)
    zeros_shape = list(a.shape)
    zeros_shape[axis] = 1
    cs = np.concatenate([np.zeros(zeros_shape), np.cumsum(a, axis=axis)], axis=axis)
    count = (hi - lo).astype(np.float64)
    out: FloatArray
    if axis == 0:
        out = (cs[hi, :] - cs[lo, :]) / count[:, None]
    else:
        out = (cs[:, hi] - cs[:, lo]) / count[None, :]
    return out


def _window(dimension: int) -> int:
    return (dimension + _WINDOW_DIVISOR - 1) // _WINDOW_DIVISOR


def hash_luma(luma: FloatArray) -> PdqHash:
    """PDQ of a luma matrix (rows x cols, values 0-255)."""
    rows, cols = luma.shape
    buf = luma
    for _ in range(_PASSES):
        buf = _box(buf, _window(cols), axis=1)
        buf = _box(buf, _window(rows), axis=0)
    ri = ((np.arange(64) + 0.5) * rows / 64).astype(np.int64)
    ci = ((np.arange(64) + 0.5) * cols / 64).astype(np.int64)
    small = buf[np.ix_(ri, ci)]
    quality = _quality(small)
    dct = _DCT @ small @ _DCT.T
    median = np.sort(dct, axis=None)[127]  # Torben's median of 256 values: the 128th smallest
    bits = dct > median
    return PdqHash(hex=_to_hex(bits), quality=quality)


def _quality(small: FloatArray) -> int:
    # int() in the reference truncates towards zero: np.trunc does the same.
    dv = np.abs(np.trunc((small[:-1, :] - small[1:, :]) * 100 / 255)).sum()
    dh = np.abs(np.trunc((small[:, :-1] - small[:, 1:]) * 100 / 255)).sum()
    return int(min(100, int((dv + dh) / 90)))


def _to_hex(bits: npt.NDArray[np.bool_]) -> str:
    # Row i of the 16x16 output is the reference's 16-bit word i (column j is its bit j); the
    # text form lists word 15 first.
    weights = 1 << np.arange(16, dtype=np.int64)
    words = (bits.astype(np.int64) * weights).sum(axis=1)
    return "".join(f"{int(w):04x}" for w in words[::-1])


def luma_of(img: Image.Image) -> FloatArray:
    """The reference's luma: RGB weighted 0.299/0.587/0.114, in double precision."""
    rgb = np.asarray(img.convert("RGB"), dtype=np.float64)
    return _LUMA[0] * rgb[:, :, 0] + _LUMA[1] * rgb[:, :, 1] + _LUMA[2] * rgb[:, :, 2]


def hash_image(img: Image.Image) -> PdqHash:
    """PDQ of a Pillow image, thumbnailed to 512 px as the reference does."""
    img.thumbnail((_DOWNSAMPLE, _DOWNSAMPLE))
    return hash_luma(luma_of(img))


def open_bounded(untrusted_data: bytes) -> Image.Image:
    """Open picture bytes, refusing what would cost too much to decode (never raises others)."""
    try:
        with warnings.catch_warnings():
            # Our own limit applies below; Pillow's warning (above ~89 MP) would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(untrusted_data))
            width, height = img.size
            if width <= 0 or height <= 0:
                raise PictureRefused("empty")
            if width * height > MAX_PIXELS:
                raise PictureRefused("too_many_pixels")
            return img
    except PictureRefused:
        raise
    except Image.DecompressionBombError as e:
        raise PictureRefused("too_many_pixels") from e
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise PictureRefused("not_a_picture") from e


def hash_bytes(untrusted_data: bytes) -> PdqHash:
    """PDQ of picture bytes; PictureRefused('too_many_pixels' | 'not_a_picture' | 'undecodable')."""
    img = open_bounded(untrusted_data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return hash_image(img)
    except Image.DecompressionBombError as e:
        raise PictureRefused("too_many_pixels") from e
    except (OSError, ValueError, SyntaxError, MemoryError, EOFError) as e:
        raise PictureRefused("undecodable") from e
    finally:
        img.close()


def distance(a: str, b: str) -> int:
    """Hamming distance between two PDQ hashes in hex."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def is_pdq_hex(text: str) -> bool:
    """Whether `text` is a PDQ hash as 64 hex digits."""
    return len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text)
