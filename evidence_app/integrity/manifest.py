"""The exhibit bundle's format: its fixed file names and the SHA-256 manifest over its files.

Shared by the writer (report.export) and the checker (integrity.verify_bundle).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from evidence_app.integrity.hashing import CHUNK_SIZE

MANIFEST = "manifest.sha256"
MANIFEST_TOKEN = "manifest.sha256.tsr"  # noqa: S105 - the RFC 3161 token over the manifest
BUNDLE_JSON = "bundle.json"
CUSTODY = "custody.jsonl"
REPORT = "report.pdf"
VERIFY = "VERIFY.txt"
FORMAT = "evidence-app-bundle"
FORMAT_VERSION = 1


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(CHUNK_SIZE):
            h.update(block)
    return h.hexdigest()


def bundle_files(root: Path) -> list[str]:
    """Every file under root as a relative path with forward slashes, sorted."""
    out = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            rel = (Path(dirpath) / name).relative_to(root).as_posix()
            out.append(rel)
    return sorted(out)


def write_manifest(root: Path) -> tuple[str, int]:
    """manifest.sha256 over every other file (`sha256sum -c` format); returns (its hash, lines)."""
    lines = [f"{sha256_file(root / rel)}  {rel}\n" for rel in bundle_files(root) if rel != MANIFEST]
    data = "".join(lines).encode("utf-8")
    with open(root / MANIFEST, "xb") as f:
        f.write(data)
    return hashlib.sha256(data).hexdigest(), len(lines)
