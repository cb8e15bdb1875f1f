"""Import several files one after another (worker side), reporting overall progress."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from evidence_app.errors import Cancelled, EvidenceAppError
from evidence_app.gui.workers import JobContext
from evidence_app.importer import import_file
from evidence_app.vault import CaptureInfo, Vault

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    sealed: list[CaptureInfo] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)
    cancelled: bool = False


def import_files(vault: Vault, case_id: str, paths: list[Path], ctx: JobContext) -> ImportOutcome:
    """Each file sealed on its own: one failure does not stop the others."""
    outcome = ImportOutcome()
    sizes = []
    for p in paths:
        try:
            sizes.append(p.stat().st_size)
        except OSError:
            sizes.append(0)
    total = max(1, sum(sizes))
    done_before = 0
    for path, size in zip(paths, sizes, strict=True):
        if ctx.cancel.is_set():
            outcome.cancelled = True
            break
        ctx.progress(done_before, total, path.name)

        def on_progress(done: int, _size: int, base: int = done_before, name: str = path.name
                        ) -> None:
            ctx.progress(base + done, total, name)

        try:
            outcome.sealed.append(import_file(vault, case_id, path, progress=on_progress,
                                              cancel=ctx.cancel))
            ctx.event(outcome.sealed[-1])
        except Cancelled:
            outcome.cancelled = True
            break
        except EvidenceAppError as e:
            outcome.failed.append((path.name, str(e)))
        done_before += size
    ctx.progress(total, total, "")
    return outcome
