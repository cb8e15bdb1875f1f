"""`evidence-app match`, `watch add|list|remove`, `hashes`, `case mark-minor`: fingerprints."""

from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import ProgressPrinter, emit, open_vault
from evidence_app.errors import EXIT_ITEM_FAILED, EXIT_OK, EvidenceAppError, NotFound, UsageError

if TYPE_CHECKING:
    from evidence_app.fingerprints.watch import WatchHit
    from evidence_app.vault import CaptureInfo, Vault

log = logging.getLogger(__name__)

# The under-18 safeguard's guidance (notice code fingerprints.safeguard.NOTICE), in English;
# the GUI words it in each language.
MINOR_GUIDANCE = (
    "This case is marked: the person depicted may be under 18. evidence-app keeps no pictures "
    "or videos for it, only their hashes (SHA-256, MD5, PDQ), web addresses, text and "
    "provenance, because having such images is itself an offence. What to do instead: report "
    "it to the police (Hong Kong Police e-Report Centre, or 999 in an emergency), and help the "
    "young person or a parent use Take It Down (takeitdown.ncmec.org), which lets platforms "
    "find and remove copies from the hashes alone. The mark cannot be undone.")

DEFAULT_THRESHOLD = 31  # fingerprints.pdq.MATCH_THRESHOLD, repeated so --help stays light


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "match", parents=[common],
        help="find pictures in the vault that look like a picture, without showing any",
        description="List the stored pictures within a PDQ distance of a picture file, an "
                    "artifact id or a PDQ hash (64 hex digits). No picture is shown or "
                    "written out.")
    p.add_argument("what", metavar="FILE_OR_ARTIFACT",
                   help="a picture file, an artifact id (or its first characters), or a PDQ hash")
    p.add_argument("--case", help="search this case only (default: every case)")
    p.add_argument("--threshold", type=int, default=DEFAULT_THRESHOLD, metavar="N",
                   help=f"largest PDQ distance that counts as a match, 0-256 (default "
                        f"{DEFAULT_THRESHOLD})")
    p.set_defaults(handler=cmd_match)

    watch = sub.add_parser("watch", help="a case's watch list of pictures to look out for",
                           description="Watch lists: pictures (as hashes) every new capture "
                                       "of the case is checked against.")
    wsub = watch.add_subparsers(dest="watch_command", metavar="ACTION", required=True)
    p = wsub.add_parser("add", parents=[common], help="watch for these pictures in a case",
                        description="Store the pictures' hashes in the case's watch list. The "
                                    "files themselves are not kept unless --keep.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--keep", action="store_true",
                   help="also import each file as evidence (sealed in the vault)")
    p.set_defaults(handler=cmd_watch_add)
    p = wsub.add_parser("list", parents=[common], help="list a case's watch list")
    p.add_argument("--case", required=True, help="case reference or id")
    p.set_defaults(handler=cmd_watch_list)
    p = wsub.add_parser("remove", parents=[common], help="take pictures off a case's watch list",
                        description="Stop watching for these pictures (a wrong picture given). "
                                    "The removal is a custody event; flags already recorded "
                                    "stay.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("labels", nargs="+", metavar="LABEL", help="e.g. KL-W02 (see `watch list`)")
    p.add_argument("--note", metavar="TEXT", help="why, for the custody log")
    p.set_defaults(handler=cmd_watch_remove)

    p = sub.add_parser(
        "hashes", parents=[common],
        help="export a case's picture and video hashes, no pictures (hash-sharing hand-off)",
        description="Write the SHA-256 and PDQ of every picture and the SHA-256 and MD5 of "
                    "every video of a case to a new CSV or JSON file, with no pictures.")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("--out", required=True, metavar="FILE", help="a new file to write")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--with-urls", action="store_true",
                   help="add the address each picture was captured from")
    p.set_defaults(handler=cmd_hashes)


def _backfill(vault: Vault, quiet: bool) -> None:
    from evidence_app.fingerprints.store import backfill

    printer = ProgressPrinter("fingerprinting earlier pictures", quiet=quiet)
    backfill(vault, progress=printer)


def _query_hash(vault: Vault, what: str) -> tuple[str, int, tuple[str, int] | None, str]:
    """(pdq, quality, the stored picture to leave out, what it was) for a file, id or hash."""
    from evidence_app.fingerprints import pdq
    from evidence_app.fingerprints.store import fingerprints_of
    from evidence_app.fingerprints.watch import hash_file

    path = Path(what)
    if path.is_file():
        h, _sha = hash_file(path)
        return h.hex, h.quality, None, "file"
    if pdq.is_pdq_hex(what):
        return what.lower(), 100, None, "hash"
    key = what.strip().lower()
    if re.fullmatch(r"[0-9a-f]{4,32}", key):
        ids = [r[0] for r in vault.query("SELECT id FROM artifacts WHERE id LIKE ? LIMIT 2",
                                         (key + "%",))]
        if len(ids) > 1:
            raise UsageError(f"{what!r} matches more than one artifact; type more of the id.")
        if ids:
            fps = [f for f in fingerprints_of(vault, artifact_ids=ids) if f.item == 0]
            if not fps or fps[0].pdq is None:
                why = fps[0].refused if fps and fps[0].refused else "not_a_picture"
                raise UsageError("That artifact has no picture fingerprint "
                                 f"({why.replace('_', ' ')}).")
            return fps[0].pdq, fps[0].quality or 0, (fps[0].artifact_id, 0), "artifact"
    raise NotFound(f"{what!r} is neither a picture file, an artifact id nor a PDQ hash.")


def cmd_match(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints import match, pdq

    if not 0 <= args.threshold <= 256:
        raise UsageError("--threshold is a number of bits from 0 to 256 (default 31).")
    with open_vault(args) as vault:
        case_id = vault.get_case(args.case).id if args.case else None
        _backfill(vault, args.quiet)
        query, quality, exclude, kind = _query_hash(vault, args.what)
        matches = ([] if quality < pdq.MIN_QUALITY else
                   match.find(vault, query, case_id=case_id, threshold=args.threshold,
                              exclude=exclude))
    doc: dict[str, Any] = {"ok": True, "query": {"kind": kind, "pdq": query, "quality": quality},
                           "case_id": case_id, "threshold": args.threshold,
                           "matches": [m.as_dict() for m in matches]}
    lines = []
    if quality < pdq.MIN_QUALITY:
        doc["notice"] = "low_quality_query"
        lines.append(f"This picture has too little detail for a reliable fingerprint (quality "
                     f"{quality} of 100; {pdq.MIN_QUALITY} is needed), so nothing was matched.")
    elif not matches:
        lines.append(f"No stored picture is within distance {args.threshold} of it.")
    for m in matches:
        lines.append(f"{m.exhibit:<9} distance {m.distance:>3}  {m.name}  (artifact "
                     f"{m.artifact_id[:8]}, capture {m.capture_id[:8]}, {m.captured_at})")
        lines.append(f"          {m.url or m.page_url}")
    emit(args, doc, "\n".join(lines))
    return EXIT_OK


def cmd_watch_add(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints import match, watch
    from evidence_app.fingerprints.safeguard import is_minor
    from evidence_app.importer import import_file

    results: list[dict[str, Any]] = []
    lines: list[str] = []
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        minor = is_minor(vault, case.id)
        _backfill(vault, args.quiet)
        for name in args.files:
            path = Path(name)
            try:
                h, sha = watch.hash_file(path)
                label = artifact_id = None
                if args.keep:
                    cap = import_file(vault, case.id, path)
                    label, artifact_id = cap.exhibit, cap.artifacts[0].id
                entry = watch.add(vault, case.id, h, sha256=sha, artifact_id=artifact_id,
                                  label=label)
            except EvidenceAppError as e:
                results.append({"file": name, "ok": False, "error": e.message})
                lines.append(f"FAILED    {name}: {e.message}")
                continue
            # Pictures of the case that were sealed before the entry was added.
            already = [m for m in match.find(vault, h.hex, case_id=case.id)
                       if m.artifact_id != artifact_id] if h.usable else []
            results.append({"file": name, "ok": True, "entry": entry.as_dict(),
                            "already_in_case": [m.as_dict() for m in already]})
            note = "" if h.usable else (f"  (quality {h.quality}: too little detail to match "
                                        "reliably; it will not be matched)")
            lines.append(f"{entry.label:<9} {name}  pdq {entry.pdq}{note}")
            lines += [f"          already in this case: {m.exhibit}, distance {m.distance}"
                      for m in already]
    failed = any(not r["ok"] for r in results)
    if minor:
        lines.append(MINOR_GUIDANCE)
    emit(args, {"ok": not failed, "case_id": case.id, "results": results}, "\n".join(lines))
    return EXIT_ITEM_FAILED if failed else EXIT_OK


def cmd_watch_list(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints import watch

    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        found = watch.entries(vault, case.id)
    lines = [f"{e.label:<9} quality {e.quality:>3}  pdq {e.pdq}  added {e.added_at} by "
             f"{e.added_by}" + (" (kept as evidence)" if e.artifact_id else "") for e in found]
    emit(args, {"ok": True, "case_id": case.id, "entries": [e.as_dict() for e in found]},
         "\n".join(lines) or "The watch list of this case is empty. Add pictures with "
                             "`evidence-app watch add --case CASE FILE`.")
    return EXIT_OK


def cmd_watch_remove(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints import watch

    results: list[dict[str, Any]] = []
    lines: list[str] = []
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        for label in args.labels:
            try:
                entry = watch.remove(vault, case.id, label, args.note)
            except EvidenceAppError as e:
                results.append({"label": label, "ok": False, "error": e.message})
                lines.append(f"FAILED    {label}: {e.message}")
                continue
            results.append({"label": entry.label, "ok": True, "entry": entry.as_dict()})
            lines.append(f"{entry.label:<9} removed from the watch list")
    failed = any(not r["ok"] for r in results)
    emit(args, {"ok": not failed, "case_id": case.id, "results": results}, "\n".join(lines))
    return EXIT_ITEM_FAILED if failed else EXIT_OK


def cmd_hashes(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints.export import export_hashes

    out = Path(args.out)
    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        _backfill(vault, args.quiet)
        rows = export_hashes(vault, case.id, out, args.format, with_urls=args.with_urls)
    images = sum(r.kind == "image" for r in rows)
    emit(args, {"ok": True, "case_id": case.id, "out": str(out), "format": args.format,
                "rows": len(rows), "images": images, "videos": len(rows) - images},
         f"Wrote the hashes of {images} picture(s) and {len(rows) - images} video(s) to {out} "
         "(no pictures).")
    return EXIT_OK


def cmd_case_mark_minor(args: argparse.Namespace) -> int:
    from evidence_app.fingerprints.safeguard import mark_minor

    with open_vault(args) as vault:
        case = vault.get_case(args.case)
        newly = mark_minor(vault, case.id)
        earlier = [c for c in vault.list_captures(case.id)
                   if any(a.media_type.startswith(("image/", "video/"))
                          and a.role not in ("screenshot_full", "screenshot_viewport")
                          for a in c.artifacts)]
    doc = {"ok": True, "case_id": case.id, "minor": True, "newly_marked": newly,
           "notice": "minor_safeguard",
           "earlier_captures_with_pictures": [c.id for c in earlier]}
    text = MINOR_GUIDANCE
    if earlier:
        text += (f"\nNote: {len(earlier)} earlier capture(s) of this case hold picture or video "
                 "bytes sealed before the mark; sealed evidence is never changed. Ask your "
                 "supervisor or the police how to hand over or dispose of this vault.")
    emit(args, doc, text)
    return EXIT_OK


def watch_flags(vault: Vault, capture_ids: list[str | None]) -> dict[str, list[WatchHit]]:
    """The watch-list matches of captures just sealed, by capture id."""
    from evidence_app.fingerprints.watch import flags

    out: dict[str, list[WatchHit]] = {}
    for cid in capture_ids:
        if cid:
            hits = flags(vault, cid)
            if hits:
                out[cid] = hits
    return out


def flag_lines(hits: list[WatchHit]) -> list[str]:
    """'WATCH LIST: matches KL-W01, distance 8' lines for a capture's result."""
    return [f"          WATCH LIST: matches {h.label}, distance {h.distance} (artifact "
            f"{h.artifact_id[:8]})" for h in hits]


def picture_fields(vault: Vault, cap: CaptureInfo) -> dict[str, dict[str, Any]]:
    """`pdq` and `pdq_quality` of a capture's pictures by artifact id (computed if missing)."""
    from evidence_app.fingerprints.store import fingerprint_capture, fingerprints_of, is_picture

    pictures = [a for a in cap.artifacts if is_picture(a)]
    if not pictures:
        return {}
    fingerprint_capture(vault, cap)  # a capture sealed before fingerprints existed: now
    found = {f.artifact_id: f for f in fingerprints_of(vault, capture_id=cap.id) if f.item == 0}
    out: dict[str, dict[str, Any]] = {}
    for a in pictures:
        f = found.get(a.id)
        out[a.id] = {"pdq": f.pdq if f else None, "pdq_quality": f.quality if f else None}
        if f is not None and f.refused:
            out[a.id]["pdq_refused"] = f.refused
    return out
