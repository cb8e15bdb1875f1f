"""Cases, captures and artifacts as records: creating cases and reading what was sealed."""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from typing import Any

from evidence_app.errors import Ambiguous, NotFound, UsageError
from evidence_app.vault.artifact_io import ArtifactReader
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import ArtifactInfo, CaptureInfo, Case, Operator, iso_utc, utc_now
from evidence_app.vault.writer import exhibit_label

_CAPTURE_COLS = ("id, case_id, seq, kind, source, note, started_at, sealed_at, operator, machine, "
                 "meta")
_ARTIFACT_COLS = ("id, capture_id, ord, role, name, media_type, size, sha256, chunk_count, "
                  "created_at, meta")
MIN_ID_PREFIX = 4


def initials(name: str) -> str:
    """Exhibit prefix from an operator name: 'Jane Doe' -> 'JD', 'root' -> 'R'."""
    parts = [p for p in re.split(r"[^A-Za-z]+", name) if p]
    return "".join(p[0] for p in parts).upper()[:4] or "EX"


class RecordReader(ArtifactReader):
    """The Vault's cases and sealed records (a mixin: the Vault provides the connection)."""

    operator: Operator

    def _write(self, exclusive: bool = False) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    # --- cases ----------------------------------------------------------------------------

    def create_case(self, title: str, ref: str | None = None,
                    exhibit_prefix: str | None = None) -> Case:
        title = title.strip()
        if not title:
            raise UsageError("A case needs a title.")
        ref = (ref or "").strip() or None
        prefix = (exhibit_prefix or initials(self.operator.name)).strip().upper()
        if not re.fullmatch(r"[A-Z0-9]{1,8}", prefix):
            raise UsageError("An exhibit prefix is 1 to 8 letters or digits, e.g. your initials.")
        if ref is not None and self._read("SELECT 1 FROM cases WHERE ref = ?", (ref,)):
            raise UsageError(f"A case with reference {ref!r} already exists.")
        case = Case(id=uuid.uuid4().hex, title=title, ref=ref, exhibit_prefix=prefix,
                    created_at=iso_utc(utc_now()), created_by=self.operator.name)
        with self._write() as conn:
            conn.execute("INSERT INTO cases (id, title, ref, exhibit_prefix, created_at, "
                         "created_by) VALUES (?,?,?,?,?,?)",
                         (case.id, case.title, case.ref, case.exhibit_prefix, case.created_at,
                          case.created_by))
            append_event(conn, self.operator, "case_created", case_id=case.id,
                         details={"title": title, "ref": ref, "exhibit_prefix": prefix})
        return case

    def list_cases(self) -> list[Case]:
        rows = self._read(
            "SELECT c.id, c.title, c.ref, c.exhibit_prefix, c.created_at, c.created_by, "
            "(SELECT count(*) FROM captures k WHERE k.case_id = c.id) FROM cases c "
            "ORDER BY c.created_at")
        return [Case(*r) for r in rows]

    def get_case(self, ref: str) -> Case:
        """A case by its reference, its id, or a unique id prefix."""
        cases = self.list_cases()
        for case in cases:
            if case.ref is not None and case.ref == ref.strip():
                return case
        key = ref.strip().lower()
        hits = [c for c in cases if c.id == key or (len(key) >= MIN_ID_PREFIX
                                                    and c.id.startswith(key))]
        if not hits:
            raise NotFound(f"No case matches {ref!r}. List them with `evidence-app case list`.")
        if len(hits) > 1:
            raise Ambiguous(f"{ref!r} matches {len(hits)} cases; type more of the id.")
        return hits[0]

    def exhibit_label(self, case_id: str, seq: int) -> str:
        return exhibit_label(self._exhibit_prefix(case_id), seq)

    def _exhibit_prefix(self, case_id: str) -> str:
        rows = self._read("SELECT exhibit_prefix FROM cases WHERE id = ?", (case_id,))
        return str(rows[0][0]) if rows else "EX"

    def _capture_from_row(self, row: tuple[Any, ...]) -> CaptureInfo:
        (cid, case_id, seq, kind, source, note, started, sealed, op, machine, meta) = row
        return CaptureInfo(id=cid, case_id=case_id, seq=seq,
                           exhibit=self.exhibit_label(case_id, seq), kind=kind, source=source,
                           note=note, started_at=started, sealed_at=sealed, operator=op,
                           machine=machine, meta=json.loads(meta),
                           artifacts=self.artifacts(cid))

    def list_captures(self, case_id: str) -> list[CaptureInfo]:
        rows = self._read(f"SELECT {_CAPTURE_COLS} FROM captures WHERE case_id = ? ORDER BY seq",
                          (case_id,))
        return [self._capture_from_row(r) for r in rows]

    def get_capture(self, ref: str) -> CaptureInfo:
        """A capture by its exhibit number (e.g. KL-003), its id, or a unique id prefix."""
        if "-" in ref:
            return self._capture_by_exhibit(ref.strip())
        ref = ref.strip().lower()
        if not re.fullmatch(rf"[0-9a-f]{{{MIN_ID_PREFIX},32}}", ref):
            raise NotFound(f"No capture matches {ref!r}; exhibit numbers and capture ids are "
                           "shown by `evidence-app list --case CASE`.")
        rows = self._read(f"SELECT {_CAPTURE_COLS} FROM captures WHERE id LIKE ? LIMIT 2",
                          (ref + "%",))
        if not rows:
            raise NotFound(f"No capture matches {ref!r}.")
        if len(rows) > 1:
            raise Ambiguous(f"{ref!r} matches more than one capture; type more of the id.")
        return self._capture_from_row(rows[0])

    def _capture_by_exhibit(self, label: str) -> CaptureInfo:
        """An exhibit number names one capture unless two cases share the prefix."""
        prefix, _, number = label.rpartition("-")
        if not (prefix and number.isascii() and number.isdigit() and len(number) <= 9):
            raise NotFound(f"No capture matches {label!r}; exhibit numbers look like KL-003.")
        rows = self._read(
            f"SELECT {', '.join('k.' + c.strip() for c in _CAPTURE_COLS.split(','))} "
            "FROM captures k JOIN cases c ON c.id = k.case_id "
            "WHERE upper(c.exhibit_prefix) = ? AND k.seq = ? LIMIT 2",
            (prefix.upper(), int(number)))
        if not rows:
            raise NotFound(f"No exhibit {label!r} in this vault; exhibit numbers are shown by "
                           "`evidence-app list --case CASE`.")
        if len(rows) > 1:
            raise Ambiguous(f"{label!r} is an exhibit number in more than one case; use the "
                            "capture id shown by `evidence-app list --case CASE`.")
        return self._capture_from_row(rows[0])

    def artifacts(self, capture_id: str) -> list[ArtifactInfo]:
        rows = self._read(f"SELECT {_ARTIFACT_COLS} FROM artifacts WHERE capture_id = ? "
                          "ORDER BY ord", (capture_id,))
        return [_artifact_from_row(r) for r in rows]

    def all_artifacts(self) -> list[ArtifactInfo]:
        rows = self._read(f"SELECT {_ARTIFACT_COLS} FROM artifacts ORDER BY capture_id, ord")
        return [_artifact_from_row(r) for r in rows]

    def get_artifact(self, artifact_id: str) -> ArtifactInfo:
        rows = self._read(f"SELECT {_ARTIFACT_COLS} FROM artifacts WHERE id = ?", (artifact_id,))
        if not rows:
            raise NotFound("No such artifact.")
        return _artifact_from_row(rows[0])


def _artifact_from_row(row: tuple[Any, ...]) -> ArtifactInfo:
    (aid, cap, ord_, role, name, mt, size, sha, count, created, meta) = row
    return ArtifactInfo(id=aid, capture_id=cap, ord=ord_, role=role, name=name, media_type=mt,
                        size=size, sha256=sha, chunk_count=count, created_at=created,
                        meta=json.loads(meta))
