"""Bounds on untrusted exports (zip bombs, huge folders) and safe names for their files.

A zip's members are read in memory, a chunk at a time, straight into the vault: nothing is
extracted to disk. A member's declared size is checked before reading and enforced while reading.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator

MAX_MEMBERS = 20_000
MAX_FOLDER_FILES = 20_000
MAX_TOTAL_BYTES = 8 * 1024 ** 3  # all files of one export, uncompressed
MAX_RATIO = 1_000  # uncompressed : compressed, above which a big member is taken for a bomb
RATIO_FLOOR = 1024 * 1024  # members smaller than this are not ratio-checked
MAX_NAME = 200
_CHUNK = 1024 * 1024


class ExportTooLarge(ValueError):
    """The export breaks a bound: read as an ordinary file instead."""


def check_zip(infos: list[zipfile.ZipInfo]) -> int:
    """Refuse a zip whose central directory promises too much; returns the declared total."""
    if len(infos) > MAX_MEMBERS:
        raise ExportTooLarge("too many members")
    total = 0
    for info in infos:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise ExportTooLarge("encrypted member")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ExportTooLarge("compression ratio of a zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise ExportTooLarge("too large uncompressed")
    return total


def member_head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, n: int) -> bytes:
    with zf.open(info) as f:
        return f.read(n)


def member_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's bytes a chunk at a time; never more than its declared size."""
    read = 0
    with zf.open(info) as f:
        while True:
            block = f.read(_CHUNK)
            if not block:
                break
            read += len(block)
            if read > info.file_size:
                raise ExportTooLarge("member larger than declared")
            yield block
    if read != info.file_size:
        raise zipfile.BadZipFile("member shorter than declared")


def safe_member_name(untrusted_name: str, fallback: str) -> str:
    """A member's path as shown and stored: '/'-separated, no '..', no control characters."""
    parts = []
    for part in untrusted_name.replace("\\", "/").split("/"):
        part = "".join(ch for ch in part if unicodedata.category(ch)[0] != "C").strip()
        if part in ("", ".", ".."):
            continue
        parts.append(part[:120])
    name = "/".join(parts)[:MAX_NAME]
    name = re.sub(r"^/+", "", name)
    return name or fallback
