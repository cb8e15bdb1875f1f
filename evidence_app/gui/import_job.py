"""The GUI's import job: the core's import_files, reporting through the job's signals."""

from __future__ import annotations

from pathlib import Path

from evidence_app.gui.workers import JobContext
from evidence_app.importer import ImportOutcome, import_files
from evidence_app.vault import Vault

__all__ = ["ImportOutcome", "run_import"]


def run_import(vault: Vault, case_id: str, paths: list[Path], ctx: JobContext, *,
               note: str | None = None, record_path: bool = False) -> ImportOutcome:
    """Each file sealed on its own; every sealed capture is reported as it is sealed."""
    return import_files(vault, case_id, paths, note=note, record_path=record_path,
                        progress=ctx.progress, cancel=ctx.cancel,
                        on_result=lambda r: ctx.event(r.capture) if r.capture else None)
