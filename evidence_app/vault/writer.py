"""Writing one capture (a web capture or an import) into the vault, all or nothing."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, cast

from evidence_app.errors import ArtifactChanged, Cancelled
from evidence_app.integrity.hashing import CHUNK_SIZE, iter_stream
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import ArtifactInfo, CaptureInfo, Operator, iso_utc, utc_now
from evidence_app.vocab import Action, CaptureKind

log = logging.getLogger(__name__)

ArtifactData = bytes | bytearray | memoryview | BinaryIO | Iterable[bytes]
ProgressFn = Callable[[int], None]  # called with the bytes written so far for this artifact


def _chunks_of(data: ArtifactData) -> Iterator[bytes]:
    if isinstance(data, bytes | bytearray | memoryview):
        view = memoryview(data)
        for i in range(0, len(view), CHUNK_SIZE):
            yield bytes(view[i:i + CHUNK_SIZE])
    elif isinstance(data, io.IOBase) or hasattr(data, "read"):
        yield from iter_stream(cast(BinaryIO, data))
    else:
        yield from data


def exhibit_label(prefix: str, seq: int) -> str:
    """An exhibit number: the case's prefix and the capture's sequence, e.g. KL-003."""
    return f"{prefix}-{seq:03d}"


class CaptureWriter:
    """Collects artifacts for one capture inside the vault's open write transaction.

    Use through ``Vault.new_capture``: the capture is sealed (capture row and custody event written,
    transaction committed) when the ``with`` block ends normally, and leaves no trace otherwise.
    """

    def __init__(self, conn: Any, operator: Operator, case_id: str, exhibit_prefix: str,
                 kind: str, source: str, note: str | None, meta: dict[str, Any],
                 cancel: threading.Event | None) -> None:
        self._conn = conn
        self._operator = operator
        self._exhibit_prefix = exhibit_prefix
        self.case_id = case_id
        self.kind = kind
        self.source = source
        self.note = note
        self.meta = dict(meta)
        self.capture_id = uuid.uuid4().hex
        self.started_at = utc_now()
        self.artifacts: list[ArtifactInfo] = []
        self._cancel = cancel
        self.sealed: CaptureInfo | None = None

    def add_artifact(self, role: str, name: str, media_type: str, data: ArtifactData, *,
                     meta: dict[str, Any] | None = None, expected_sha256: str | None = None,
                     progress: ProgressFn | None = None) -> ArtifactInfo:
        """Store one artifact in chunks, hashing (SHA-256) as the bytes stream in."""
        artifact_id = uuid.uuid4().hex
        h = hashlib.sha256()
        size = 0
        count = 0
        for chunk in _chunks_of(data):
            if self._cancel is not None and self._cancel.is_set():
                raise Cancelled()
            if not chunk:
                continue
            h.update(chunk)
            self._conn.execute("INSERT INTO chunks (artifact_id, seq, data) VALUES (?, ?, ?)",
                               (artifact_id, count, chunk))
            size += len(chunk)
            count += 1
            if progress is not None:
                progress(size)
        digest = h.hexdigest()
        if expected_sha256 is not None and expected_sha256 != digest:
            # The bytes changed between capture and storage: never seal such an artifact.
            raise ArtifactChanged(f"The {role} changed between capture and storage, so the "
                                  "capture was not saved. Capture it again.")
        info = ArtifactInfo(id=artifact_id, capture_id=self.capture_id, ord=len(self.artifacts),
                            role=role, name=name, media_type=media_type, size=size,
                            sha256=digest, chunk_count=count, created_at=iso_utc(utc_now()),
                            meta=dict(meta or {}))
        self._conn.execute(
            "INSERT INTO artifacts (id, capture_id, ord, role, name, media_type, size, sha256, "
            "chunk_count, created_at, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (info.id, info.capture_id, info.ord, role, name, media_type, size, digest, count,
             info.created_at, json.dumps(info.meta, ensure_ascii=False, sort_keys=True)))
        self.artifacts.append(info)
        return info

    def seal(self) -> CaptureInfo:
        """Write the capture row and its custody event (the caller commits)."""
        if not self.artifacts:
            raise ValueError("a capture needs at least one artifact")
        conn = self._conn
        seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM captures WHERE case_id = ?",
                           (self.case_id,)).fetchone()[0]
        sealed = utc_now()
        op = self._operator
        conn.execute(
            "INSERT INTO captures (id, case_id, seq, kind, source, note, started_at, sealed_at, "
            "operator, machine, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (self.capture_id, self.case_id, seq, self.kind, self.source, self.note,
             iso_utc(self.started_at), iso_utc(sealed), op.name, op.machine,
             json.dumps(self.meta, ensure_ascii=False, sort_keys=True)))
        exhibit = exhibit_label(self._exhibit_prefix, seq)
        append_event(conn, op, Action.CAPTURED if self.kind == CaptureKind.WEB else Action.IMPORTED,
                     case_id=self.case_id, capture_id=self.capture_id, when=sealed,
                     details={"kind": self.kind, "source": self.source, "exhibit": exhibit,
                              "artifacts": [{"id": a.id, "role": a.role, "name": a.name,
                                             "media_type": a.media_type, "size": a.size,
                                             "sha256": a.sha256} for a in self.artifacts]})
        return CaptureInfo(id=self.capture_id, case_id=self.case_id, seq=seq, exhibit=exhibit,
                           kind=self.kind, source=self.source, note=self.note,
                           started_at=iso_utc(self.started_at), sealed_at=iso_utc(sealed),
                           operator=op.name, machine=op.machine, meta=self.meta,
                           artifacts=list(self.artifacts))
