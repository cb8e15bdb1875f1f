"""Plain data records returned by the vault (no database handles inside)."""

from __future__ import annotations

import getpass
import platform
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from evidence_app.provenance import ImportProvenance, WebProvenance


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso_utc(dt: datetime) -> str:
    """UTC timestamp in ISO 8601 with a Z suffix and microseconds."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_offset(dt: datetime) -> str:
    """The machine's UTC offset at `dt`, as +HH:MM."""
    off = dt.astimezone().utcoffset()
    minutes = int(off.total_seconds() // 60) if off is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Operator:
    """Who acts on the evidence, and on which machine: recorded in every custody event."""

    name: str
    machine: str

    @classmethod
    def current(cls, name: str | None = None) -> Operator:
        try:
            default = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry (containers) or no login name
            default = "unknown"
        machine = f"{socket.gethostname()} ({platform.system()} {platform.release()})"
        return cls(name=(name or default).strip() or default, machine=machine)


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    ref: str | None
    exhibit_prefix: str
    created_at: str
    created_by: str
    capture_count: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArtifactInfo:
    id: str
    capture_id: str
    ord: int
    role: str
    name: str
    media_type: str
    size: int
    sha256: str
    chunk_count: int
    created_at: str
    meta: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CaptureInfo:
    id: str
    case_id: str
    seq: int
    exhibit: str
    kind: str  # "web" | "import"
    source: str
    note: str | None
    started_at: str
    sealed_at: str
    operator: str
    machine: str
    meta: dict[str, Any]
    artifacts: list[ArtifactInfo] = field(default_factory=list)

    @property
    def web(self) -> WebProvenance:
        """The typed provenance of a web capture (empty defaults for an import)."""
        return WebProvenance.from_dict(self.meta if self.kind == "web" else {})

    @property
    def imported(self) -> ImportProvenance:
        """The typed record of an import (empty defaults for a web capture)."""
        return ImportProvenance.from_dict(self.meta if self.kind == "import" else {})

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["artifacts"] = [a.as_dict() for a in self.artifacts]
        return d


@dataclass(frozen=True)
class CustodyEvent:
    seq: int
    id: str
    ts_utc: str
    local_offset: str
    operator: str
    machine: str
    action: str
    case_id: str | None
    capture_id: str | None
    artifact_id: str | None
    details: dict[str, Any]
    details_sha256: str
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
