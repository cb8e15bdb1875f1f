"""How the reader's findings about a bundle's entries (links, duplicates, zip tricks) are worded."""

from __future__ import annotations

from typing import Any

from evidence_app.integrity.bundle_report import BundleReport
from evidence_app.integrity.shown import shown

FINDINGS = {
    "duplicate_entry": "{name} appears more than once in the bundle: which copy is meant is "
                       "ambiguous",
    "not_regular_file": "{name} is a {type_text}, not a regular file: it was not opened",
    "unsafe_name": "{name} is not a plain relative file name (control characters, '..', "
                   "absolute paths or backslashes)",
    "ambiguous_name": "{name} and {other} differ only in letter case or Unicode form: on many "
                      "disks they are one file",
    "encrypted": "{name} is encrypted in the zip: it cannot be checked",
    "unsupported_compression": "{name} is compressed with method {method}, which this tool "
                               "does not read",
    "zip_bomb": "{name} overlaps other entries in the zip (a zip bomb): refused",
    "too_many_files": "the bundle holds more than {limit} files: the rest were not looked at",
    "too_deep": "{name} is nested more than {limit} folders deep: not looked into",
    "unreadable_folder": "the folder {name} cannot be listed ({error})",
}


def add_finding(rep: BundleReport, code: str, rel: str | None, params: dict[str, Any]) -> None:
    name = shown(rel) if rel is not None else None
    safe = {k: shown(v, 120) if isinstance(v, str) else v for k, v in params.items()}
    words = {"symlink": "symbolic link", "fifo": "named pipe (FIFO)", "device": "device",
             "socket": "socket"}
    type_text = words.get(str(safe.get("type")), "special file")
    detail = FINDINGS.get(code, code).format(name=name, type_text=type_text, **safe)
    rep.add(code, detail, name, **safe)
