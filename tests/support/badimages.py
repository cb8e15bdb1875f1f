"""Pictures that cannot be drawn: truncated, corrupt, decompression bombs (small on disk)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def bomb_png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of width x height white pixels: ~110 KB for 30000 x 30000 (900 MP),
    built row by row so that making it never holds the picture in memory."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    comp = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    parts = [comp.compress(row) for _ in range(height)]
    data = b"".join(parts) + comp.flush()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", data)
            + _chunk(b"IEND", b""))


def good_png(width: int = 300, height: int = 200, colour: tuple[int, int, int] = (20, 90, 160)
             ) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def noisy_png(width: int = 400, height: int = 600) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((width, height), 80).convert("RGB").save(buf, "PNG")
    return buf.getvalue()


def truncated_png(width: int = 400, height: int = 600) -> bytes:
    """A real picture cut off half-way (an interrupted download): the header is intact."""
    data = noisy_png(width, height)
    return data[: len(data) // 2]


def corrupt_png(width: int = 400, height: int = 600) -> bytes:
    """Intact header and length, garbage in the compressed pixel data."""
    data = bytearray(noisy_png(width, height))
    start = data.index(b"IDAT") + 4
    for i in range(start + 10, min(len(data) - 20, start + 4000)):
        data[i] ^= 0x5A
    return bytes(data)


def truncated_jpeg(width: int = 400, height: int = 600) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((width, height), 80).convert("RGB").save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    return data[: len(data) // 3]
