"""Streaming SHA-256 helpers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

CHUNK_SIZE = 1024 * 1024  # 1 MiB: bounded memory for any file size


def iter_stream(stream: BinaryIO, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    """Yield a binary stream's bytes in chunks until EOF."""
    while True:
        block = stream.read(chunk_size)
        if not block:
            return
        yield block


def sha256_chunks(chunks: Iterable[bytes]) -> tuple[str, int]:
    """Hash chunks as they come; return (hex digest, total size)."""
    h = hashlib.sha256()
    size = 0
    for c in chunks:
        h.update(c)
        size += len(c)
    return h.hexdigest(), size


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
