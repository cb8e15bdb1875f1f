"""Reading sealed artifacts out of the vault: chunk by chunk, re-checking the sealed hash."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from evidence_app.errors import Cancelled, SealedHashMismatch
from evidence_app.vault.models import ArtifactInfo


class ArtifactReader:
    """The Vault's artifact reading (a mixin: the Vault provides `_read`)."""

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def iter_chunks(self, artifact_id: str, batch: int = 4) -> Iterator[tuple[int, bytes]]:
        """An artifact's stored chunks as (seq, bytes), in order, a few chunks in memory at a time.

        Each batch is its own query, so no lock or cursor is held while the caller works.
        """
        last = -1
        while True:
            rows = self._read("SELECT seq, data FROM chunks WHERE artifact_id = ? AND seq > ? "
                              "ORDER BY seq LIMIT ?", (artifact_id, last, batch))
            yield from rows
            if len(rows) < batch:
                return
            last = rows[-1][0]

    def iter_artifact(self, artifact_id: str) -> Iterator[bytes]:
        """An artifact's bytes, chunk by chunk (bounded memory for any size)."""
        for _seq, data in self.iter_chunks(artifact_id):
            yield data

    def write_artifact(self, art: ArtifactInfo, dest: Path, *,
                       on_bytes: Callable[[int], None] | None = None,
                       cancel: threading.Event | None = None, fsync: bool = False) -> None:
        """Write an artifact to a new file, re-checking its sealed SHA-256 on the way out.

        A mismatch or a cancel removes the partial file (SealedHashMismatch / Cancelled).
        """
        h = hashlib.sha256()
        try:
            with open(dest, "xb") as out:
                for chunk in self.iter_artifact(art.id):
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    h.update(chunk)
                    out.write(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                if fsync:
                    out.flush()
                    os.fsync(out.fileno())
            if h.hexdigest() != art.sha256:
                raise SealedHashMismatch(
                    f"{art.name} of capture {art.capture_id[:8]} no longer matches the hash "
                    "recorded when it was sealed, so it was not written out. Run "
                    "`evidence-app verify` and keep the vault file as it is.")
        except BaseException:
            with contextlib.suppress(OSError):
                dest.unlink()
            raise

    def read_artifact(self, artifact_id: str) -> bytes:
        """A whole artifact in memory: for small ones (screenshots, JSON), not videos."""
        return b"".join(self.iter_artifact(artifact_id))
