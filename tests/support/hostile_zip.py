"""A zip writer that writes what it is told, however wrong: duplicate names, overlapping
entries, lying sizes, encryption flags, unknown methods, links, raw file-name bytes, and zip
bombs made without ever holding (or writing) the inflated data."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

S_IFREG = 0o100644 << 16
S_IFLNK = 0o120777 << 16
UTF8_FLAG = 0x800


@dataclass
class Member:
    name: str | bytes
    data: bytes = b""
    method: int = 8  # deflate
    raw: bytes | None = None  # the stored (compressed) bytes; made from data if None
    crc: int | None = None
    size: int | None = None  # the inflated size the headers claim
    flags: int = 0
    external_attr: int = S_IFREG
    same_data_as: int | None = None  # index of an earlier member: point at its local header

    def name_bytes(self) -> tuple[bytes, int]:
        if isinstance(self.name, bytes):
            return self.name, self.flags
        return self.name.encode("utf-8"), self.flags | UTF8_FLAG

    def stored(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.method == 0:
            return self.data
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        return c.compress(self.data) + c.flush()


def write_zip(path: Path, members: list[Member], cut: int | None = None) -> Path:
    """Write the members, then the central directory; `cut` truncates the result."""
    out = bytearray()
    offsets: list[int] = []
    central = bytearray()
    for m in members:
        name, flags = m.name_bytes()
        raw = m.stored()
        crc = m.crc if m.crc is not None else zlib.crc32(m.data)
        size = m.size if m.size is not None else len(m.data)
        if m.same_data_as is not None:
            offset = offsets[m.same_data_as]
            raw = members[m.same_data_as].stored()
        else:
            offset = len(out)
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, m.method, 0, 0x21, crc,
                               len(raw), size, len(name), 0) + name + raw
        offsets.append(offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags,
                               m.method, 0, 0x21, crc, len(raw), size, len(name), 0, 0, 0, 0,
                               m.external_attr, offset) + name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                       cd_offset, 0)
    data = bytes(out if cut is None else out[:cut])
    path.write_bytes(data)
    return path


def zero_bomb(size: int) -> tuple[bytes, int]:
    """Raw deflate data inflating to `size` zero bytes (a multiple of 1 MiB) and its CRC-32.

    Each 1 MiB block is compressed after a full flush, so all blocks compress to the same bytes:
    the stream is built by repetition, never by compressing `size` bytes."""
    block = 1 << 20
    assert size % block == 0
    zeros = bytes(block)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    raw = piece * (size // block) + c.flush()
    crc = 0
    for _ in range(size // block):
        crc = zlib.crc32(zeros, crc)
    return raw, crc
