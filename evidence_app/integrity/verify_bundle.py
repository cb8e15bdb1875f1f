"""Check an exhibit bundle without the vault: files against the manifest, the manifest against
bundle.json, and the custody chain (custody.jsonl). Every problem is named."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from evidence_app.errors import BundleUnreadable
from evidence_app.integrity.canonical import check_chain
from evidence_app.integrity.hashing import CHUNK_SIZE
from evidence_app.integrity.manifest import BUNDLE_JSON, CUSTODY, FORMAT, MANIFEST, bundle_files
from evidence_app.integrity.timestamps import bundle as timestamps_bundle

log = logging.getLogger(__name__)

_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


@dataclass
class BundleReport:
    path: str
    bundle_id: str | None = None
    files_checked: int = 0
    events_checked: int = 0
    chain_head: str | None = None
    manifest_sha256: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, detail: str, file: str | None = None) -> None:
        p: dict[str, Any] = {"kind": kind, "detail": detail}
        if file is not None:
            p["file"] = file
        self.problems.append(p)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "path": self.path, "bundle_id": self.bundle_id,
                "files_checked": self.files_checked, "events_checked": self.events_checked,
                "chain_head": self.chain_head, "manifest_sha256": self.manifest_sha256,
                "problems": self.problems}


class _Source:
    """The bundle's files, in a folder or in a .zip (read in place, nothing extracted)."""

    def __init__(self, path: Path) -> None:
        self.zip: zipfile.ZipFile | None = None
        self.root = path
        self.prefix = ""
        if path.is_file() and zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            files = [n for n in self.zip.namelist() if not n.endswith("/")]
            tops = {n.split("/", 1)[0] for n in files}
            if len(tops) == 1 and all("/" in n for n in files):
                self.prefix = tops.pop() + "/"

    def names(self) -> set[str]:
        if self.zip is None:
            return set(bundle_files(self.root))
        return {n[len(self.prefix):] for n in self.zip.namelist()
                if n.startswith(self.prefix) and not n.endswith("/")}

    def exists(self, rel: str) -> bool:
        return rel in self.names() if self.zip is not None else (self.root / rel).is_file()

    @contextmanager
    def open(self, rel: str) -> Iterator[IO[bytes]]:
        if self.zip is not None:
            with self.zip.open(self.prefix + rel) as f:
                yield f
        else:
            with open(self.root / rel, "rb") as f:
                yield f

    def read(self, rel: str) -> bytes:
        with self.open(rel) as f:
            return f.read()

    def sha256(self, rel: str) -> str:
        h = hashlib.sha256()
        with self.open(rel) as f:
            while block := f.read(CHUNK_SIZE):
                h.update(block)
        return h.hexdigest()


def _read_manifest(src: _Source, rep: BundleReport) -> dict[str, str]:
    data = src.read(MANIFEST)
    rep.manifest_sha256 = hashlib.sha256(data).hexdigest()
    entries: dict[str, str] = {}
    text = data.decode("utf-8", errors="replace")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line)
        if not m:
            rep.add("manifest_malformed", f"line {n} of {MANIFEST} is not '<sha256>  <file>'",
                    MANIFEST)
            continue
        entries[m.group(2)] = m.group(1).lower()
    return entries


def _check_files(src: _Source, manifest: dict[str, str], rep: BundleReport) -> None:
    on_disk = src.names() - {MANIFEST, timestamps_bundle.MANIFEST_TOKEN}  # a token is outside
    for rel, expected in manifest.items():
        if rel not in on_disk:
            rep.add("missing", f"{rel} is listed in {MANIFEST} but is not in the bundle", rel)
            continue
        rep.files_checked += 1
        try:
            actual = src.sha256(rel)
        except (zipfile.BadZipFile, zlib.error) as e:
            rep.add("altered", f"{rel} is damaged inside the zip ({e})", rel)
            continue
        if actual != expected:
            rep.add("altered", f"{rel} does not match its hash in {MANIFEST} (expected "
                    f"{expected}, found {actual}): the file was changed", rel)
    for rel in sorted(on_disk - set(manifest)):
        rep.add("extra", f"{rel} is in the bundle but not in {MANIFEST}", rel)


def _load_bundle_json(src: _Source, rep: BundleReport) -> dict[str, Any] | None:
    if not src.exists(BUNDLE_JSON):
        rep.add("missing", f"{BUNDLE_JSON} is missing", BUNDLE_JSON)
        return None
    try:
        doc = json.loads(src.read(BUNDLE_JSON).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        rep.add("unreadable", f"{BUNDLE_JSON} is not valid JSON ({e})", BUNDLE_JSON)
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        rep.add("unreadable", f"{BUNDLE_JSON} is not an evidence-app bundle index", BUNDLE_JSON)
        return None
    rep.bundle_id = str(doc.get("bundle_id"))
    return doc


def _check_index(doc: dict[str, Any], manifest: dict[str, str], rep: BundleReport) -> None:
    """Every hash bundle.json gives must be the manifest's; every manifest file must be known."""
    known: dict[str, str] = {}
    for ex in doc.get("exhibits") or []:
        for a in ex.get("artifacts") or []:
            if a.get("file"):
                known[str(a["file"])] = str(a.get("sha256"))
    for name, sha in (doc.get("files") or {}).items():
        known[str(name)] = str(sha)
    known[BUNDLE_JSON] = manifest.get(BUNDLE_JSON, "")
    for rel, sha in known.items():
        if rel not in manifest:
            rep.add("not_in_manifest", f"{rel} is listed in {BUNDLE_JSON} but not in {MANIFEST}",
                    rel)
        elif manifest[rel] != sha:
            rep.add("index_mismatch", f"{rel}: {BUNDLE_JSON} gives SHA-256 {sha} but {MANIFEST} "
                    f"gives {manifest[rel]}", rel)
    for rel in sorted(set(manifest) - set(known)):
        rep.add("unknown_file", f"{rel} is in {MANIFEST} but {BUNDLE_JSON} does not list it", rel)


def _check_custody(src: _Source, doc: dict[str, Any] | None, rep: BundleReport) -> None:
    if not src.exists(CUSTODY):
        rep.add("missing", f"{CUSTODY} is missing: the custody chain cannot be checked", CUSTODY)
        return
    events: list[dict[str, Any]] = []
    with src.open(CUSTODY) as raw:
        for n, bline in enumerate(raw, 1):
            line = bline.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                rep.add("custody_unreadable", f"line {n} of {CUSTODY} is not valid JSON", CUSTODY)
                continue
            if isinstance(ev, dict):
                events.append(ev)
            else:
                rep.add("custody_unreadable", f"line {n} of {CUSTODY} is not an event", CUSTODY)
    problems, head, count = check_chain(events)
    rep.events_checked = count
    rep.chain_head = head
    for p in problems:
        rep.add(f"custody_{p.kind}", f"custody event #{p.seq}: {p.detail}", CUSTODY)
    if doc is None:
        return
    custody = doc.get("custody") or {}
    if custody.get("head_hash") != head or custody.get("events") != count:
        rep.add("custody_head_mismatch", f"{BUNDLE_JSON} records {custody.get('events')} events "
                f"ending in {custody.get('head_hash')}, but {CUSTODY} has {count} ending in "
                f"{head}", CUSTODY)
    sealed: dict[str, dict[str, str]] = {}
    for ev in events:
        if ev.get("action") in ("captured", "imported") and isinstance(ev.get("details"), dict):
            sealed[str(ev.get("capture_id"))] = {
                str(a.get("id")): str(a.get("sha256"))
                for a in ev["details"].get("artifacts") or [] if isinstance(a, dict)}
    for ex in doc.get("exhibits") or []:
        recorded = sealed.get(str(ex.get("capture_id")))
        label = ex.get("exhibit")
        if recorded is None:
            rep.add("custody_missing_capture", f"exhibit {label}: no capture event for it in "
                    f"{CUSTODY}", CUSTODY)
            continue
        for a in ex.get("artifacts") or []:
            if recorded.get(str(a.get("id"))) != a.get("sha256"):
                rep.add("custody_hash_mismatch", f"exhibit {label}: the SHA-256 of "
                        f"{a.get('file') or a.get('name')} in {BUNDLE_JSON} differs from the one "
                        "recorded in the custody log when it was sealed", a.get("file"))


def verify_bundle(path: Path | str) -> BundleReport:
    """Check a bundle folder or its .zip; needs no vault and no passphrase."""
    root = Path(path).expanduser()
    if root.is_file() and root.name == MANIFEST:
        root = root.parent
    try:
        src = _Source(root)
    except (OSError, zipfile.BadZipFile) as e:
        raise BundleUnreadable(f"{root} cannot be read ({e}).") from e
    try:
        if not src.exists(MANIFEST) and not src.exists(BUNDLE_JSON):
            raise BundleUnreadable(f"{root} does not hold {MANIFEST} or {BUNDLE_JSON}. Give the "
                                   "bundle folder or its .zip file.")
        rep = BundleReport(path=str(root))
        if src.exists(MANIFEST):
            manifest = _read_manifest(src, rep)
            _check_files(src, manifest, rep)
        else:
            rep.add("missing", f"{MANIFEST} is missing: no file can be checked", MANIFEST)
            manifest = {}
        doc = _load_bundle_json(src, rep)
        if doc is not None and manifest:
            _check_index(doc, manifest, rep)
        _check_custody(src, doc, rep)
        timestamps_bundle.check_bundle(src, doc, rep)
    except (OSError, zipfile.BadZipFile, zlib.error) as e:
        raise BundleUnreadable(f"The bundle {root} could not be read to the end ({e}). Copy it "
                               "again from the original medium.") from e
    finally:
        if src.zip is not None:
            src.zip.close()
    return rep
