"""The verdict on a received bundle: what was checked and every problem, as codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_PROBLEMS = 500  # listed; the rest are counted


@dataclass
class BundleReport:
    path: str
    bundle_id: str | None = None
    files_checked: int = 0
    events_checked: int = 0
    chain_head: str | None = None
    manifest_sha256: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)
    problems_omitted: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, detail: str, file: str | None = None, **params: Any) -> None:
        """Record a problem: `kind` is its code, `params` its values (names already shown())."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems_omitted += 1
            return
        p: dict[str, Any] = {"kind": kind, "detail": detail}
        if file is not None:
            p["file"] = file
        if params:
            p["params"] = params
        self.problems.append(p)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "path": self.path, "bundle_id": self.bundle_id,
                "files_checked": self.files_checked, "events_checked": self.events_checked,
                "chain_head": self.chain_head, "manifest_sha256": self.manifest_sha256,
                "problems": self.problems, "problems_omitted": self.problems_omitted}
