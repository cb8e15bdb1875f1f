"""Export a case as an exhibit bundle: artifacts, report.pdf, custody log, manifest, VERIFY.txt.

The bundle is built completely in a hidden sibling folder and renamed into place at the end, so
a cancelled or failed export leaves nothing half-made. The export is a custody event.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import shutil
import threading
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from evidence_app import __version__
from evidence_app.errors import Cancelled, DiskFull, ExportTargetNotEmpty, ExportWriteFailed
from evidence_app.integrity import manifest as m
from evidence_app.integrity.timestamps import bundle as tsb
from evidence_app.report import bundle as b
from evidence_app.report.export_journal import (
    ExportJournal,
    Leftover,
    partial_name,
    sweep_interrupted_exports,
    sweep_unnoted_partials,
)
from evidence_app.report.model import ArtifactEntry, ReportContext
from evidence_app.report.pdf import render_report
from evidence_app.report.verify_text import timestamps_txt, verify_txt
from evidence_app.takedown.report_data import build as takedown_report
from evidence_app.vault import Vault
from evidence_app.vault.models import iso_utc, local_offset, utc_now

log = logging.getLogger(__name__)

ExportProgress = Callable[[int, int, str], None]  # (done, total, message)


@dataclass
class ExportOptions:
    out_dir: Path
    make_zip: bool = False
    redact: bool = False
    purpose: str = "police report"
    organisation: str = ""
    prepared_by: str | None = None


@dataclass
class ExportResult:
    bundle_dir: Path
    zip_path: Path | None
    bundle_id: str
    pdf_path: Path
    exhibits: int
    files: int
    manifest_sha256: str = ""
    redacted: bool = False
    timestamp: dict[str, object] | None = None  # the manifest's trusted timestamp
    leftovers: list[Leftover] = field(default_factory=list)  # of earlier, killed exports

    def as_dict(self) -> dict[str, object]:
        return {"bundle_dir": str(self.bundle_dir),
                "zip_path": str(self.zip_path) if self.zip_path else None,
                "bundle_id": self.bundle_id, "pdf_path": str(self.pdf_path),
                "exhibits": self.exhibits, "files": self.files,
                "manifest_sha256": self.manifest_sha256, "redacted": self.redacted,
                "timestamp": self.timestamp,
                "leftovers_removed": [x.as_dict() for x in self.leftovers]}


def _check_target(out_dir: Path, zip_path: Path | None) -> None:
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ExportTargetNotEmpty(f"{out_dir} already exists and is not an empty folder. "
                                   "Choose a new folder name; nothing was changed.")
    if zip_path is not None and zip_path.exists():
        raise ExportTargetNotEmpty(f"{zip_path} already exists. Choose another folder name or "
                                   "move the old zip away; nothing was changed.")


def _new_bundle_id(prefix: str, when: datetime) -> str:
    return f"{prefix}-{when.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"


def export_case(vault: Vault, case_id: str, options: ExportOptions,
                progress: ExportProgress | None = None,
                cancel: threading.Event | None = None) -> ExportResult:
    """Write the case's exhibit bundle into a new folder (and a zip beside it if asked)."""
    case = vault.get_case(case_id)
    out_dir = Path(options.out_dir).expanduser().absolute()
    zip_path = out_dir.with_name(out_dir.name + ".zip") if options.make_zip else None
    _check_target(out_dir, zip_path)
    captures = vault.list_captures(case.id)
    exhibits = b.plan_exhibits(captures, options.redact)
    created = utc_now()
    bundle_id = _new_bundle_id(case.exhibit_prefix, created)
    copy_total = sum(a.info.size for e in exhibits for a in e.artifacts if a.file)
    pdf_weight = max(1, copy_total // 2)
    total = copy_total + pdf_weight
    done = 0

    def report(msg: str) -> None:
        if progress is not None:
            progress(min(done, total), total, msg)

    # What killed exports left (decrypted evidence in hidden folders) goes first; then this
    # export is noted in the vault before its first file exists (report.export_journal).
    leftovers = sweep_interrupted_exports(vault)
    leftovers += sweep_unnoted_partials(vault, out_dir)
    tmp = partial_name(out_dir, uuid.uuid4().hex[:8])
    tmp_zip = partial_name(zip_path, uuid.uuid4().hex[:8]) if zip_path else None
    journal = ExportJournal.begin(vault, case.id, bundle_id, out_dir, zip_path, tmp, tmp_zip)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
    except OSError as e:
        journal.finish()
        raise _write_error(e) from e
    try:
        for ex in exhibits:
            report(f"copying {ex.capture.exhibit}")
            for a in ex.artifacts:
                if a.file is None:
                    continue

                def on_bytes(n: int) -> None:
                    nonlocal done
                    done += n
                b.copy_artifact(vault, a, tmp, on_bytes, cancel)
            report(f"copied {ex.capture.exhibit}")
        events = b.chain_for_bundle(vault.custody_events(), case.id)
        head_seq, head_hash = (events[-1]["seq"], events[-1]["hash"]) if events else (0, "0" * 64)
        b.write_jsonl(tmp / m.CUSTODY, events)
        # Trusted time: the exhibits' tokens, and one over custody.jsonl for the cover.
        stamp_rows, stamp_docs = tsb.write_exhibit_tokens(vault, [e.capture for e in exhibits], tmp)
        report("requesting a trusted timestamp")
        custody_stamp = tsb.stamp_file(tmp, m.CUSTODY, tsb.CUSTODY_TOKEN)
        with open(tmp / m.VERIFY, "x", encoding="utf-8", newline="") as f:
            f.write(verify_txt(bundle_id, iso_utc(created), options.redact)
                    + timestamps_txt(stamp_docs, custody_stamp.certificates))

        def open_image(entry: ArtifactEntry) -> BinaryIO:
            if entry.file is not None:
                return open(tmp / entry.file, "rb")
            # Redacted bundle: the picture is read from the vault into memory, never to disk.
            return io.BytesIO(vault.read_artifact(entry.info.id))

        ctx = ReportContext(
            bundle_id=bundle_id, created=created, case=case, exhibits=exhibits,
            purpose=options.purpose, organisation=options.organisation,
            prepared_by=options.prepared_by or vault.operator.name, redacted=options.redact,
            events=events, head_seq=int(head_seq), head_hash=str(head_hash),
            tool_version=__version__, open_image=open_image, timestamps=stamp_rows,
            bundle_stamp=custody_stamp, takedown=takedown_report(vault, case.id))

        def on_pdf(part: int, parts: int, msg: str) -> None:
            nonlocal done
            done = copy_total + pdf_weight * part // max(1, parts)
            report(msg)
        render_report(ctx, tmp / m.REPORT, tmp / ".work", on_pdf, cancel)
        _check_cancel(cancel)
        doc = {
            "format": m.FORMAT, "format_version": m.FORMAT_VERSION, "bundle_id": bundle_id,
            "created_utc": iso_utc(created), "created_local_offset": local_offset(created),
            "tool": {"name": "evidence-app", "version": __version__},
            "redacted": options.redact, "purpose": options.purpose,
            "organisation": options.organisation, "prepared_by": ctx.prepared_by,
            "case": case.as_dict(), "exhibits": [b.exhibit_doc(x) for x in exhibits],
            "custody": {"file": m.CUSTODY, "events": len(events), "head_seq": head_seq,
                        "head_hash": head_hash},
            "files": {name: m.sha256_file(tmp / name) for name in (m.REPORT, m.CUSTODY, m.VERIFY)},
        }
        doc["files"] = {**doc["files"],  # type: ignore[dict-item]
                        **{n: m.sha256_file(tmp / n) for n in tsb.timestamp_files(tmp)}}
        doc["timestamps"] = {"folder": tsb.FOLDER, "custody_token": custody_stamp.as_dict(),
                             "manifest_token": m.MANIFEST_TOKEN
                             if custody_stamp.status == "granted" else None,
                             "exhibits": stamp_docs}
        b.write_json(tmp / m.BUNDLE_JSON, doc)
        manifest_sha, lines = m.write_manifest(tmp)
        manifest_stamp = (tsb.stamp_file(tmp, m.MANIFEST, m.MANIFEST_TOKEN, only_known=True,
                                         prefer=custody_stamp.url)
                          if custody_stamp.status == "granted" else custody_stamp)
        files = lines + 1
        if tmp_zip is not None:
            report("writing the zip")
            _write_zip(tmp, tmp_zip, out_dir.name)
        _check_cancel(cancel)
        report("finishing")
        # The record before the bundle appears: a kill between the two leaves a record without
        # a bundle, which the next sweep marks as abandoned, never a bundle without a record.
        vault.record_event("exported", case_id=case.id, details={
            "bundle_id": bundle_id, "files": files, "exhibits": len(exhibits),
            "manifest_sha256": manifest_sha, "redacted": options.redact,
            "purpose": options.purpose, "folder": out_dir.name,
            "zip": zip_path.name if zip_path else None,
            "zip_sha256": m.sha256_file(tmp_zip) if tmp_zip else None,
            "chain_head_in_bundle": head_hash,
            "manifest_timestamp": manifest_stamp.as_dict()})
    except OSError as e:
        _cleanup(tmp, tmp_zip)
        journal.finish()
        raise _write_error(e) from e
    except BaseException:
        _cleanup(tmp, tmp_zip)
        journal.finish()
        raise
    try:
        if out_dir.exists():
            out_dir.rmdir()  # checked empty above
        os.replace(tmp, out_dir)
        if tmp_zip is not None and zip_path is not None:
            os.replace(tmp_zip, zip_path)
    except OSError as e:
        # Recorded but not delivered: remove the partials and say so in the log.
        journal.abandon()
        raise _write_error(e) from e
    journal.finish()
    done = total
    report("done")
    log.info("exported a bundle of %d exhibits", len(exhibits))
    return ExportResult(out_dir, zip_path, bundle_id, out_dir / m.REPORT, len(exhibits), files,
                        manifest_sha, options.redact, manifest_stamp.as_dict(), leftovers)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("Export cancelled. No bundle was written.")


def _write_zip(src: Path, dest: Path, top: str) -> None:
    with zipfile.ZipFile(dest, "x", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for rel in m.bundle_files(src):
            z.write(src / rel, f"{top}/{rel}")


def _cleanup(*paths: Path | None) -> None:
    for p in paths:
        if p is None:
            continue
        with contextlib.suppress(OSError):
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()


def _write_error(e: OSError) -> Exception:
    if e.errno == errno.ENOSPC:
        return DiskFull("The disk is full, so no bundle was written (nothing half-made was left "
                        "behind). Free some space or export to another drive.")
    return ExportWriteFailed(f"The bundle could not be written ({e.strerror or e}). No half-made "
                             "bundle was left behind; check the drive and export again.")
