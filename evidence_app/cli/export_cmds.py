"""CLI: `export` (exhibit bundle + chain-of-custody PDF) and `verify-bundle` (no vault needed)."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from evidence_app.cli import timestamp_cmds
from evidence_app.cli.common import emit, open_vault
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from evidence_app.report.export import ExportOptions, export_case

    options = ExportOptions(out_dir=Path(args.out), make_zip=args.zip, redact=args.redact,
                            purpose=args.purpose, organisation=args.organisation or "",
                            prepared_by=args.prepared_by)
    last = [-1]

    def progress(done: int, total: int, message: str) -> None:
        if args.quiet:
            return
        pct = done * 100 // total if total else 100
        if pct // 10 != last[0] or message in ("done",):
            last[0] = pct // 10
            sys.stderr.write(f"export: {pct:3d}%  {message}\n")
            sys.stderr.flush()

    with open_vault(args) as vault:
        result = export_case(vault, args.case, options, progress, threading.Event())
    lines = [f"Exported {result.exhibits} exhibits to {result.bundle_dir}",
             f"  bundle id        {result.bundle_id}",
             f"  report           {result.pdf_path}",
             f"  files            {result.files} (listed in manifest.sha256)",
             f"  manifest SHA-256 {result.manifest_sha256}  (send this separately to the "
             "recipient)"]
    if result.zip_path:
        lines.append(f"  zip              {result.zip_path}")
    lines.append(f"  trusted time     {timestamp_cmds.export_line(result.timestamp)}")
    if result.redacted:
        lines.append("  REDACTED: pictures pixelated, no image/archive files included")
    if result.leftovers:
        lines.append(f"  Removed the unfinished files of {len(result.leftovers)} earlier export(s) "
                     "that were interrupted (recorded in the custody log as export_abandoned).")
    emit(args, {"ok": True, **result.as_dict()}, "\n".join(lines))
    return EXIT_OK


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    from evidence_app.integrity.shown import shown
    from evidence_app.integrity.verify_bundle import verify_bundle

    rep = verify_bundle(Path(args.path))
    # The report's names are already escaped; escaping control characters again here makes
    # sure nothing from the bundle can move the cursor or recolour the verdict.
    def safe(v: object) -> str:
        return shown(v, 4000, backslash=False)

    if rep.ok:
        human = (f"OK: all {rep.files_checked} files match manifest.sha256 and bundle.json; the "
                 f"custody chain of {rep.events_checked} events holds.\n"
                 f"  checked          {safe(rep.path)}\n"
                 f"  bundle id        {safe(rep.bundle_id)}\n"
                 f"  chain head       {safe(rep.chain_head)}\n"
                 f"  manifest SHA-256 {rep.manifest_sha256}\n"
                 "Now compare this manifest SHA-256 with the one the sender gave you separately "
                 "(letter, e-mail, phone):\nonly if they are the same is this the bundle that "
                 "was sent.")
    else:
        human = (f"PROBLEMS FOUND ({len(rep.problems) + rep.problems_omitted}) in "
                 f"{safe(rep.path)}:\n") + "\n".join(
            f"  [{safe(p['kind'])}] {safe(p['detail'])}" for p in rep.problems)
        if rep.problems_omitted:
            human += f"\n  ... and {rep.problems_omitted} more (see --json)"
        human += "\nDo not rely on this bundle: ask the sender for it again."
    emit(args, rep.as_dict(), human)
    return EXIT_OK if rep.ok else EXIT_ITEM_FAILED


def register(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
             common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="write a case's exhibit bundle: report.pdf, files, manifest",
                       description="Write a case's exhibit bundle into a new folder: the "
                                   "chain-of-custody PDF, every artifact, manifest.sha256, "
                                   "custody.jsonl, bundle.json and VERIFY.txt.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) folder")
    p.add_argument("--zip", action="store_true", help="also write DIR.zip beside the folder")
    p.add_argument("--redact", action="store_true",
                   help="pixelate pictures in the PDF and leave image/archive files out")
    p.add_argument("--purpose", default="police report",
                   choices=["police report", "disposal order"], help="shown on the cover")
    p.add_argument("--organisation", help="shown on the cover and in the certificate")
    p.add_argument("--prepared-by", help="shown on the cover (default: the operator)")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("verify-bundle", parents=[common],
                       help="check an exhibit bundle (no vault or passphrase needed)",
                       description="Check every file against manifest.sha256, the manifest "
                                   "against bundle.json, and the custody chain.")
    p.add_argument("path", metavar="PATH", help="the bundle folder or its .zip")
    p.set_defaults(handler=cmd_verify_bundle)


