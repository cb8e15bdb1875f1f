"""Check an exhibit bundle without the vault: files against the manifest, the manifest against
bundle.json, and the custody chain (custody.jsonl, in `bundle_custody`). Every problem is named
with a code.

The bundle is hostile input (the recipient checks whatever they are sent): it is read through
`bundle_source` (regular files only, capped reads, zip tricks refused), its JSON is parsed
strictly (no NaN/1e400, no duplicate keys, bounded nesting, checked types), and every name
that goes into a message is escaped with `shown`. Whatever the input, the answer is a report,
never a hang or a traceback.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from pathlib import Path
from typing import Any

from evidence_app.errors import BundleUnreadable
from evidence_app.integrity.bundle_custody import MAX_CUSTODY, check_custody
from evidence_app.integrity.bundle_findings import add_finding
from evidence_app.integrity.bundle_report import BundleReport
from evidence_app.integrity.bundle_source import (
    BOMB_MIN_SIZE,
    BOMB_RATIO,
    READ_BLOCK,
    ZIP_ERRORS,
    BundleSource,
    NotRegular,
    TooLarge,
)
from evidence_app.integrity.manifest import (
    BUNDLE_JSON,
    CUSTODY,
    FORMAT,
    MANIFEST,
    MANIFEST_TOKEN,
    VERIFY,
)
from evidence_app.integrity.shown import shown, shown_error
from evidence_app.integrity.strict_json import Malformed, as_dict, as_list, is_int, strict_json
from evidence_app.integrity.timestamps import bundle as timestamps_bundle

log = logging.getLogger(__name__)

MAX_MANIFEST = 16 * 1024 * 1024
MAX_INDEX = 16 * 1024 * 1024  # bundle.json
MAX_VERIFY_TXT = 1024 * 1024
_CAPS = {MANIFEST: MAX_MANIFEST, BUNDLE_JSON: MAX_INDEX, CUSTODY: MAX_CUSTODY,
         VERIFY: MAX_VERIFY_TXT}

_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


# --- reading ----------------------------------------------------------------------------------

def _read(src: BundleSource, rel: str, rep: BundleReport) -> bytes | None:
    """A whole metadata file within its cap, or None (the problem is recorded)."""
    cap = _CAPS.get(rel, MAX_INDEX)
    if not src.readable(rel):
        return None
    try:
        with src.open(rel, cap) as f:
            return f.read()
    except TooLarge:
        rep.add("too_large", f"{rel} is larger than {cap // (1024 * 1024)} MiB, far beyond any "
                "real bundle: it was not read", rel, limit=cap)
    except NotRegular:
        rep.add("not_regular_file", f"{rel} is not a regular file: it was not read", rel)
    except ZIP_ERRORS as e:
        rep.add("damaged", f"{rel} cannot be read ({shown_error(e)})", rel)
    return None


def _read_manifest(src: BundleSource, rep: BundleReport) -> dict[str, str]:
    data = _read(src, MANIFEST, rep)
    if data is None:
        return {}
    rep.manifest_sha256 = hashlib.sha256(data).hexdigest()
    entries: dict[str, str] = {}
    twice: set[str] = set()
    for n, raw in enumerate(data.split(b"\n"), 1):
        raw = raw.removesuffix(b"\r")
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            rep.add("manifest_malformed", f"line {n} of {MANIFEST} is not UTF-8 text", MANIFEST,
                    line=n)
            continue
        m = _LINE.match(line)
        if not m:
            rep.add("manifest_malformed", f"line {n} of {MANIFEST} is not '<sha256>  <file>'",
                    MANIFEST, line=n)
            continue
        rel, sha = m.group(2), m.group(1).lower()
        if rel in entries:
            # Even if one of the lines is right: which one a checker believes is not defined.
            twice.add(rel)
            rep.add("manifest_duplicate", f"{shown(rel)} is listed more than once in "
                    f"{MANIFEST} (line {n}): the manifest is ambiguous", shown(rel), line=n)
            continue
        entries[rel] = sha
    for rel in twice:
        entries.pop(rel, None)
    return entries


def _declared_sizes(doc: dict[str, Any] | None) -> dict[str, int]:
    sizes: dict[str, int] = {}
    if doc is None:
        return sizes
    for ex in as_list(doc.get("exhibits")):
        for a in as_list(as_dict(ex).get("artifacts")):
            a = as_dict(a)
            if isinstance(a.get("file"), str) and is_int(a.get("size")) and a["size"] >= 0:
                sizes[a["file"]] = a["size"]
    return sizes


def _check_files(src: BundleSource, manifest: dict[str, str], sizes: dict[str, int],
                 rep: BundleReport) -> None:
    present = src.files() - {MANIFEST, MANIFEST_TOKEN}  # the token stands outside
    for rel, expected in manifest.items():
        name = shown(rel)
        if rel not in present:
            if not (rel in src.unreadable or rel in src.entries):
                rep.add("missing", f"{name} is listed in {MANIFEST} but is not in the bundle",
                        name)
            continue
        if not src.readable(rel):
            continue  # already named as a link, FIFO, duplicate...
        found = src.size(rel)
        if rel in sizes and found != sizes[rel]:
            rep.add("altered", f"{name} is {found} bytes but {BUNDLE_JSON} gives {sizes[rel]}: "
                    "the file was changed (it was not read)", name, expected_size=sizes[rel],
                    found_size=found)
            continue
        packed = src.compressed_size(rel)
        if (rel not in sizes and packed is not None and found > BOMB_MIN_SIZE
                and found > BOMB_RATIO * max(1, packed)):
            rep.add("zip_bomb", f"{name} would inflate {packed} bytes into {found}: refused",
                    name, compressed_size=packed, size=found)
            continue
        rep.files_checked += 1
        cap = sizes.get(rel, _CAPS.get(rel, found))
        try:
            actual = _sha256(src, rel, cap)
        except TooLarge:
            rep.add("altered", f"{name} is larger than the {cap} bytes declared for it: the "
                    "file was changed", name, limit=cap)
            continue
        except NotRegular:
            rep.add("not_regular_file", f"{name} is not a regular file: it was not read", name)
            continue
        except ZIP_ERRORS as e:
            rep.add("altered", f"{name} is damaged or cannot be read ({shown_error(e)})", name)
            continue
        if actual != expected:
            rep.add("altered", f"{name} does not match its hash in {MANIFEST} (expected "
                    f"{expected}, found {actual}): the file was changed", name,
                    expected=expected, found=actual)
    for rel in sorted(present - set(manifest) - src.unreadable):
        rep.add("extra", f"{shown(rel)} is in the bundle but not in {MANIFEST}", shown(rel))


def _sha256(src: BundleSource, rel: str, cap: int) -> str:
    h = hashlib.sha256()
    with src.open(rel, cap) as f:
        while block := f.read(READ_BLOCK):
            h.update(block)
    return h.hexdigest()


def _load_bundle_json(src: BundleSource, rep: BundleReport) -> dict[str, Any] | None:
    if BUNDLE_JSON not in src.files():
        rep.add("missing", f"{BUNDLE_JSON} is missing", BUNDLE_JSON)
        return None
    data = _read(src, BUNDLE_JSON, rep)
    if data is None:
        return None
    try:
        doc = strict_json(data)
    except Malformed as e:
        rep.add("unreadable", f"{BUNDLE_JSON} cannot be used: {e}", BUNDLE_JSON)
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        rep.add("unreadable", f"{BUNDLE_JSON} is not an evidence-app bundle index", BUNDLE_JSON)
        return None
    rep.bundle_id = shown(doc.get("bundle_id"), 120)
    shapes = (("exhibits", list), ("files", dict), ("custody", dict))
    for key, kind in shapes:
        if key in doc and not isinstance(doc[key], kind):
            rep.add("index_malformed", f"{BUNDLE_JSON}: '{key}' is not a {kind.__name__}",
                    BUNDLE_JSON, field=key)
    if not isinstance(doc.get("bundle_id"), str):
        rep.add("index_malformed", f"{BUNDLE_JSON}: 'bundle_id' is not text", BUNDLE_JSON,
                field="bundle_id")
    for i, ex in enumerate(as_list(doc.get("exhibits")), 1):
        if not isinstance(ex, dict) or not isinstance(ex.get("artifacts", []), list) or not all(
                _artifact_shape_ok(a) for a in ex.get("artifacts", [])):
            rep.add("index_malformed", f"{BUNDLE_JSON}: exhibit entry {i} is not shaped like an "
                    "exhibit", BUNDLE_JSON, exhibit=i)
    return doc


def _artifact_shape_ok(a: Any) -> bool:
    return (isinstance(a, dict) and isinstance(a.get("sha256"), str)
            and (a.get("file") is None or isinstance(a.get("file"), str))
            and is_int(a.get("size")) and a["size"] >= 0)


def _check_index(doc: dict[str, Any], manifest: dict[str, str], rep: BundleReport) -> None:
    """Every hash bundle.json gives must be the manifest's; every manifest file must be known."""
    known: dict[str, str] = {}

    def claim(name: Any, sha: Any) -> None:
        if not isinstance(name, str) or not isinstance(sha, str):
            rep.add("index_malformed", f"{BUNDLE_JSON} lists a file whose name or SHA-256 is not "
                    "text", BUNDLE_JSON)
            return
        if name in known and known[name] != sha:
            rep.add("index_duplicate", f"{BUNDLE_JSON} gives two different SHA-256 for "
                    f"{shown(name)}: it is ambiguous", shown(name))
        known[name] = sha

    for ex in as_list(doc.get("exhibits")):
        for a in as_list(as_dict(ex).get("artifacts")):
            if as_dict(a).get("file"):
                claim(a["file"], a.get("sha256"))
    for name, sha in as_dict(doc.get("files")).items():
        claim(name, sha)
    known[BUNDLE_JSON] = manifest.get(BUNDLE_JSON, "")
    for rel, sha in known.items():
        name = shown(rel)
        if rel not in manifest:
            rep.add("not_in_manifest", f"{name} is listed in {BUNDLE_JSON} but not in "
                    f"{MANIFEST}", name)
        elif manifest[rel] != sha:
            rep.add("index_mismatch", f"{name}: {BUNDLE_JSON} gives SHA-256 {shown(sha, 80)} "
                    f"but {MANIFEST} gives {manifest[rel]}", name)
    for rel in sorted(set(manifest) - set(known)):
        rep.add("unknown_file", f"{shown(rel)} is in {MANIFEST} but {BUNDLE_JSON} does not "
                "list it", shown(rel))


def _bundle_kind(root: Path) -> tuple[Path, bool]:
    """(folder or zip path, is_zip) for what the user gave; BundleUnreadable if neither."""
    try:
        st = os.stat(root)
    except OSError as e:
        raise BundleUnreadable(f"{shown(str(root))} cannot be read "
                               f"({shown(e.strerror or type(e).__name__)}).") from e
    if stat.S_ISDIR(st.st_mode):
        return root, False
    if not stat.S_ISREG(st.st_mode):
        raise BundleUnreadable(f"{shown(str(root))} is not a file or a folder. Give the bundle "
                               "folder or its .zip file.")
    if root.name == MANIFEST:
        return root.parent, False
    try:
        with open(root, "rb") as f:
            magic = f.read(4)
    except OSError as e:
        raise BundleUnreadable(f"{shown(str(root))} cannot be read "
                               f"({shown(e.strerror or type(e).__name__)}).") from e
    if magic.startswith(b"PK") or root.suffix.lower() == ".zip":
        return root, True
    raise BundleUnreadable(f"{shown(str(root))} is neither a bundle folder nor a zip. Give the "
                           "bundle folder or its .zip file.")


def verify_bundle(path: Path | str) -> BundleReport:
    """Check a bundle folder or its .zip; needs no vault and no passphrase."""
    root, as_zip = _bundle_kind(Path(path).expanduser())
    rep = BundleReport(path=shown(str(root), 1000))
    src = BundleSource.load(root, as_zip)
    try:
        if src.damaged:
            rep.add("zip_damaged", f"This is a damaged zip: {src.damaged}. Copy it again from "
                    "the original medium, or ask the sender for it again.", None,
                    reason=src.damaged)
            return rep
        _check(src, rep)
    except BundleUnreadable:
        raise
    except Exception as e:  # noqa: BLE001 - a hostile bundle gets a verdict, not a traceback
        log.warning("bundle check stopped early: %s", type(e).__name__)
        rep.add("check_failed", f"The check could not be completed ({type(e).__name__}); the "
                "bundle cannot be trusted as it is.", None, error=type(e).__name__)
    finally:
        src.close()
    return rep


def _check(src: BundleSource, rep: BundleReport) -> None:
    if MANIFEST not in src.files() and BUNDLE_JSON not in src.files() and not src.findings:
        raise BundleUnreadable(f"{rep.path} does not hold {MANIFEST} or {BUNDLE_JSON}. Give the "
                               "bundle folder or its .zip file.")
    for f in src.findings:
        add_finding(rep, f.code, f.rel, f.params)
    if MANIFEST in src.files():
        manifest = _read_manifest(src, rep)
    else:
        rep.add("missing", f"{MANIFEST} is missing: no file can be checked", MANIFEST)
        manifest = {}
    doc = _load_bundle_json(src, rep)
    _check_files(src, manifest, _declared_sizes(doc), rep)
    if doc is not None and manifest:
        _check_index(doc, manifest, rep)
    check_custody(src, doc, rep)
    timestamps_bundle.check_bundle(_TokenFiles(src, rep), doc, _Escaped(rep))


class _TokenFiles:
    """The trusted-time checks read the bundle through the same caps as everything else."""

    def __init__(self, src: BundleSource, rep: BundleReport) -> None:
        self._src = src
        self._rep = rep

    def exists(self, rel: str) -> bool:
        return isinstance(rel, str) and self._src.readable(rel)

    def read(self, rel: str) -> bytes:
        return _read(self._src, rel, self._rep) or b""


class _Escaped:
    """Problems named by the trusted-time checks quote bundle.json's text: print it escaped."""

    def __init__(self, rep: BundleReport) -> None:
        self._rep = rep

    def add(self, kind: str, detail: str, file: str | None = None, **params: Any) -> None:
        self._rep.add(kind, shown(detail, 600), shown(file) if file is not None else None,
                      **params)
