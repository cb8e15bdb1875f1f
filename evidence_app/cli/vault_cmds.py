"""CLI commands on the vault: init, case, import, list, show, extract, verify, passwd, recover."""

from __future__ import annotations

import argparse
import functools
from pathlib import Path
from typing import Any

from evidence_app.cli import timestamp_cmds
from evidence_app.cli.common import (
    ProgressPrinter,
    emit,
    new_passphrase,
    open_vault,
    operator,
    passphrase,
    recovery_key,
    vault_path,
)
from evidence_app.cli.fingerprint_cmds import (
    MINOR_GUIDANCE,
    flag_lines,
    picture_fields,
    watch_flags,
)
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK, UsageError
from evidence_app.filenames import safe_component, safe_filename
from evidence_app.fingerprints.safeguard import is_minor
from evidence_app.importer import import_files
from evidence_app.paths import key_file_for
from evidence_app.provenance import ChatProvenance, WebProvenance
from evidence_app.units import human_size
from evidence_app.vault import ArtifactInfo, CaptureInfo, Vault
from evidence_app.vault.models import parse_utc
from evidence_app.vault.verify import verify_vault
from evidence_app.vocab import CaptureKind


def artifact_doc(a: ArtifactInfo) -> dict[str, Any]:
    return {"id": a.id, "role": a.role, "name": a.name, "media_type": a.media_type,
            "size": a.size, "sha256": a.sha256}


def capture_doc(c: CaptureInfo) -> dict[str, Any]:
    return {"id": c.id, "case_id": c.case_id, "exhibit": c.exhibit, "kind": c.kind,
            "source": c.source, "note": c.note, "started_at": c.started_at,
            "sealed_at": c.sealed_at, "operator": c.operator, "machine": c.machine,
            "meta": c.meta, "artifacts": [artifact_doc(a) for a in c.artifacts]}


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    vault, recovery = Vault.create(path, passphrase(args, confirm=True), operator(args))
    vault.close()
    emit(args, {"ok": True, "vault": str(path), "key_file": str(key_file_for(path)),
                "vault_id": vault.keyfile.vault_id, "recovery_key": recovery},
         f"Created a new vault at {path}\n"
         f"Its key file is {key_file_for(path)}: back up both files together.\n\n"
         f"RECOVERY KEY (shown only this once):\n\n    {recovery}\n\n"
         "Write it on paper and keep it somewhere safe, away from this computer. It is the only\n"
         "way back into the vault if the passphrase is forgotten.")
    return EXIT_OK


def cmd_case_new(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case = vault.create_case(args.title, ref=args.ref, exhibit_prefix=args.exhibit_prefix)
        if getattr(args, "minor", False):
            from evidence_app.fingerprints.safeguard import mark_minor

            mark_minor(vault, case.id)
    emit(args, {"ok": True, "case": case.as_dict(), "minor": bool(getattr(args, "minor", False))},
         f"Created case {case.id[:8]}  {case.title}"
         + (f"  (ref {case.ref})" if case.ref else "")
         + f"; exhibits will be numbered {case.exhibit_prefix}-001, {case.exhibit_prefix}-002, ..."
         + (f"\n{MINOR_GUIDANCE}" if getattr(args, "minor", False) else ""))
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        cases = vault.list_cases()
    lines = [f"{c.id[:8]}  {c.ref or '-':<14} {c.capture_count:>4} items  {c.title}" for c in cases]
    emit(args, {"ok": True, "cases": [c.as_dict() for c in cases]},
         "\n".join(lines) if lines
         else "No cases yet. Create one with `evidence-app case new TITLE`.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from evidence_app.chat.transcript import resolve_zone

    resolve_zone(getattr(args, "chat_timezone", None))  # a wrong zone is a usage error, first
    printer = ProgressPrinter("importing", quiet=args.quiet)

    def progress(done: int, total: int, name: str) -> None:
        if name:
            printer.label = f"importing {name}"
        printer(done, total)

    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        outcome = import_files(vault, case.id, [Path(n) for n in args.files], note=args.note,
                               record_path=args.record_path, progress=progress,
                               chat_timezone=getattr(args, "chat_timezone", None))
        flags = watch_flags(vault, [c.id for c in outcome.sealed])
        minor = is_minor(vault, case.id)
        timestamp_cmds.finish(vault, args)
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    for r in outcome.results:
        cap = r.capture
        if cap is None:
            results.append({"file": str(r.path), "ok": False, "capture_id": None,
                            "error": r.error})
            lines.append(f"FAILED    {r.path}: {r.error}")
            continue
        results.append({"file": str(r.path), "ok": True, "capture_id": cap.id, "error": None,
                        "exhibit": cap.exhibit,
                        "artifacts": [artifact_doc(a) for a in cap.artifacts],
                        "watch_matches": [h.as_dict() for h in flags.get(cap.id, [])]})
        a = cap.artifacts[0]
        lines.append(f"{cap.exhibit:<9} {r.path}  {a.media_type}, {human_size(a.size)}, "
                     f"sha256 {a.sha256}  (capture {cap.id[:8]})")
        if (chat := ChatProvenance.of(cap.meta)) is not None:
            results[-1]["chat"] = chat.summary()
            lines.append(f"{'':<10}{chat.app_label} chat: {chat.messages} messages, "
                         f"{chat.unparsed} lines not understood, times read in "
                         f"{chat.timezone} ({chat.timezone_source}); read it with "
                         f"`evidence-app chat {cap.id[:8]}`")
        lines += flag_lines(flags.get(cap.id, []))
    failed = len(outcome.failed)
    if minor:
        lines.append(MINOR_GUIDANCE)
    emit(args, {"ok": failed == 0, "case_id": case.id, "results": results}, "\n".join(lines))
    return EXIT_ITEM_FAILED if failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        captures = vault.list_captures(case.id)
    lines = [f"{case.title}" + (f" (ref {case.ref})" if case.ref else "")]
    for c in captures:
        lines.append(f"{c.exhibit:<9} {c.id[:8]}  {c.kind:<6} {c.sealed_at}  {c.source}")
    if not captures:
        lines.append("No evidence in this case yet.")
    emit(args, {"ok": True, "case": case.as_dict(), "captures": [capture_doc(c) for c in captures]},
         "\n".join(lines))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        cap = vault.get_capture(args.capture)
        pictures = picture_fields(vault, cap)
        events = vault.custody_events(capture_id=cap.id)
        flags = watch_flags(vault, [cap.id]).get(cap.id, [])
        stamps = timestamp_cmds.capture_stamps(vault, cap.id)
    doc = capture_doc(cap)
    for a_doc in doc["artifacts"]:
        a_doc.update(pictures.get(a_doc["id"], {}))
    doc["watch_matches"] = [h.as_dict() for h in flags]
    doc["custody"] = [e.as_dict() for e in events]
    doc["timestamps"] = [a.as_dict() for a in stamps]
    chat = ChatProvenance.of(cap.meta)
    if chat is not None:
        doc["chat"] = chat.summary()
    sealed = parse_utc(cap.sealed_at).astimezone()
    lines = [f"Exhibit {cap.exhibit}  ({cap.kind}, capture {cap.id})",
             f"{'Source:':<14}{cap.source}",
             f"{'Sealed:':<14}{sealed.isoformat(sep=' ', timespec='seconds')} "
             f"(UTC {cap.sealed_at}) by {cap.operator}"]
    if cap.note:
        lines.append(f"{'Note:':<14}{cap.note}")
    lines.extend(_provenance_lines(cap.web) if cap.kind == CaptureKind.WEB else [])
    if chat is not None:
        from evidence_app.cli.chat_cmds import chat_summary_lines

        lines.extend(chat_summary_lines(chat))
    warnings = cap.web.warnings if cap.kind == CaptureKind.WEB else cap.imported.warnings
    for w in warnings:
        lines.append(f"{'Warning:':<14}{w}")
    lines.append("Artifacts:")
    for a in cap.artifacts:
        lines.append(f"  {a.role:<20} {a.name}  {a.media_type}, {human_size(a.size)}\n"
                     f"  {'':<20} sha256 {a.sha256}")
    lines += [f"{'Watch list:':<14}matches {h.label}, distance {h.distance} (artifact "
              f"{h.artifact_id[:8]})" for h in flags]
    lines.extend(timestamp_cmds.show_lines(stamps))
    lines.append("Custody:")
    for e in events:
        lines.append(f"  #{e.seq} {e.ts_utc} {e.action} by {e.operator}")
    emit(args, {"ok": True, "capture": doc}, "\n".join(lines))
    return EXIT_OK


def _provenance_lines(prov: WebProvenance) -> list[str]:
    """The few provenance facts a caseworker checks first, for a web capture."""
    tls = prov.tls or {}
    rows = [("Final URL", prov.final_url), ("HTTP", prov.http_status),
            ("Title", prov.title),
            ("Server", f"{prov.server_ip} port {prov.server_port}" if prov.server_ip else None),
            ("TLS", (f"{tls.get('subject')} (issuer {tls.get('issuer')})"
                     + (f"; PROBLEM: {tls['error']}" if tls.get("error") else ""))
             if tls else "none (plain http)"),
            ("Redirects", " -> ".join(f"{r.get('status')} {r.get('url')}"
                                      for r in prov.redirect_chain) or None),
            ("Server clock", prov.server_date),
            ("Logged in", f"yes, login profile {prov.login_profile} ({prov.login_account_label})"
             if prov.logged_in else None),
            ("Assisted", f"operator-assisted; {len(prov.navigation_history)} page(s) opened "
                         "in the window up to the capture" if prov.operator_assisted else None)]
    return [f"{label + ':':<14}{value}" for label, value in rows if value not in (None, "")]


def cmd_extract(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with open_vault(args) as vault:
        cap = vault.get_capture(args.capture)
        folder = out / safe_component(cap.exhibit, 16, "exhibit")
        folder.mkdir(parents=True, exist_ok=True)
        written: list[dict[str, Any]] = []
        used: set[str] = set()
        for a in cap.artifacts:
            name = safe_filename(a.name, 120, "artifact")
            if name in used:
                name = f"{a.ord:02d}-{name}"
            used.add(name)
            target = folder / name
            if target.exists():
                raise UsageError(f"{target} already exists; choose an empty --out folder.")
            progress = ProgressPrinter(f"extracting {name}", quiet=args.quiet)
            vault.write_artifact(a, target, fsync=True,
                                 on_bytes=functools.partial(progress.advance, total=a.size))
            written.append({**artifact_doc(a), "path": str(target)})
        sums = folder / "SHA256SUMS"
        with open(sums, "w", encoding="utf-8", newline="\n") as f:
            for w in written:
                f.write(f"{w['sha256']}  {Path(w['path']).name}\n")
        vault.record_event("extracted", case_id=cap.case_id, capture_id=cap.id,
                           details={"out": str(folder), "artifacts": [
                               {"id": w["id"], "sha256": w["sha256"]} for w in written]})
    emit(args, {"ok": True, "capture_id": cap.id, "folder": str(folder), "artifacts": written},
         f"Wrote {len(written)} files of {cap.exhibit} to {folder}\n"
         f"Check them with: cd '{folder}' && sha256sum -c SHA256SUMS")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        progress = ProgressPrinter("verifying", quiet=args.quiet)
        report = verify_vault(vault, progress=progress)
    if report.ok:
        human = (f"OK: {report.artifacts_checked} artifacts ({human_size(report.bytes_checked)}) "
                 f"match their sealed SHA-256, and the custody chain of {report.events_checked} "
                 f"events is intact (head {report.chain_head})."
                 + (f" {report.tokens_checked} trusted timestamps still cover their evidence."
                    if report.tokens_checked else ""))
    else:
        human = "PROBLEMS FOUND:\n" + "\n".join(f"- {p.detail}" for p in report.problems)
    emit(args, report.as_dict(), human)
    return EXIT_OK if report.ok else EXIT_ITEM_FAILED


def cmd_passwd(args: argparse.Namespace) -> int:
    old = passphrase(args)
    with Vault.open(vault_path(args), old, operator(args)) as vault:
        vault.change_passphrase(old, new_passphrase(args))
    emit(args, {"ok": True}, "The passphrase was changed. The recovery key stays the same.")
    return EXIT_OK


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    secret = passphrase(args)
    with Vault.open(vault_path(args), secret, operator(args)) as vault:
        key = vault.replace_recovery_key(secret)
    emit(args, {"ok": True, "recovery_key": key},
         f"NEW RECOVERY KEY (shown only this once):\n\n    {key}\n\n"
         "Write it on paper and keep it somewhere safe, away from this computer. The old\n"
         "recovery key no longer opens the vault; the passphrase is unchanged. A backup made\n"
         "before now still opens with the old recovery key: make a new backup.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    key = recovery_key(args)
    vault = Vault.reset_passphrase(vault_path(args), key, new_passphrase(args), operator(args))
    vault.close()
    emit(args, {"ok": True}, "A new passphrase is set. Keep using the same recovery key.")
    return EXIT_OK
