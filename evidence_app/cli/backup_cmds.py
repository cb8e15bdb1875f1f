"""CLI: `backup` (a checked, still-encrypted copy of the vault) and `restore` (to a new path)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidence_app.cli.common import emit, open_vault, operator, passphrase
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK


def _stage_printer(args: argparse.Namespace, what: str):  # type: ignore[no-untyped-def]
    labels = {"copying": "copying the encrypted vault", "checking":
              "opening the copy and re-checking every hash", "done": "done"}

    def show(stage: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"{what}: {labels.get(stage, stage)}\n")
            sys.stderr.flush()
    return show


def cmd_backup(args: argparse.Namespace) -> int:
    from evidence_app.vault.backup import backup_vault

    with open_vault(args) as vault:
        res = backup_vault(vault, Path(args.out), _stage_printer(args, "backup"))
    emit(args, {"ok": True, **res.as_dict()},
         f"Backed up the vault to {res.folder}\n"
         f"  backup id        {res.backup_id}\n"
         f"  checked          {res.artifacts_checked} artifacts re-hashed in the copy, custody "
         f"chain of {res.chain_head_seq} events\n"
         f"  vault SHA-256    {res.vault_sha256}\n"
         "The copy is encrypted: the same passphrase and recovery key open it. Keep it away "
         "from this computer (a USB stick in a safe place).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from evidence_app.cli.common import vault_path
    from evidence_app.vault.backup import restore_vault

    to = Path(args.to).expanduser() if args.to else vault_path(args)
    res = restore_vault(Path(args.backup), to, passphrase(args), operator(args),
                        _stage_printer(args, "restore"))
    rep = res.report
    if rep.ok:
        human = (f"Restored backup {res.backup_id} to {res.vault_path}\n"
                 f"  verified         {rep.artifacts_checked} artifacts, {rep.events_checked} "
                 "custody events: all match")
    else:
        human = (f"Restored backup {res.backup_id} to {res.vault_path}, but verification found "
                 f"{len(rep.problems)} problems:\n" + "\n".join(
                     f"  [{p.kind}] {p.detail}" for p in rep.problems))
    emit(args, {"ok": rep.ok, **res.as_dict()}, human)
    return EXIT_OK if rep.ok else EXIT_ITEM_FAILED


def register(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
             common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="copy the vault and its key file to a folder, still encrypted",
                       description="Write a consistent, still-encrypted copy of the vault and its "
                                   "key file into a new folder (e.g. on a USB stick), open it, "
                                   "re-check every hash in it, and record the backup in the "
                                   "custody log. Safe while the app is running.")
    p.add_argument("--out", required=True, metavar="PATH", help="a new (or empty) folder")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup to a new vault path (never overwrites)",
                       description="Copy a backup folder to a vault path where no vault exists, "
                                   "open it with its passphrase and verify it.")
    p.add_argument("backup", metavar="BACKUP", help="the backup folder")
    p.add_argument("--to", metavar="VAULT_PATH",
                   help="where the restored vault goes (default: --vault or the usual place)")
    p.set_defaults(handler=cmd_restore)
