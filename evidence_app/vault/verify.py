"""Verify a vault: recompute every artifact's hash from its chunks and re-walk the custody chain."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from evidence_app.errors import Cancelled
from evidence_app.integrity.canonical import check_chain
from evidence_app.vault.models import CustodyEvent
from evidence_app.vault.store import Vault
from evidence_app.vocab import SEALING_ACTIONS

log = logging.getLogger(__name__)

VerifyProgress = Callable[[int, int], None]  # (bytes checked, total bytes)


@dataclass(frozen=True)
class Problem:
    """One thing found wrong, named precisely enough to locate it."""

    kind: str
    detail: str
    artifact_id: str | None = None
    capture_id: str | None = None
    event_seq: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class VerifyReport:
    artifacts_checked: int = 0
    bytes_checked: int = 0
    events_checked: int = 0
    chain_head: str = ""
    problems: list[Problem] = field(default_factory=list)
    tokens_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "artifacts_checked": self.artifacts_checked,
                "bytes_checked": self.bytes_checked, "events_checked": self.events_checked,
                "chain_head": self.chain_head, "problems": [p.as_dict() for p in self.problems],
                "timestamps_checked": self.tokens_checked}


def _sealed_hashes(events: list[CustodyEvent]) -> dict[str, str]:
    """artifact id -> the SHA-256 its capture's custody event recorded at sealing."""
    sealed: dict[str, str] = {}
    for ev in events:
        if ev.action in SEALING_ACTIONS:
            for a in ev.details.get("artifacts", []):
                sealed[str(a.get("id"))] = str(a.get("sha256"))
    return sealed


def verify_vault(vault: Vault, progress: VerifyProgress | None = None,
                 cancel: threading.Event | None = None, record: bool = True) -> VerifyReport:
    """Check everything; append a `verified` custody event with the outcome (if `record`)."""
    report = VerifyReport()
    artifacts = vault.all_artifacts()
    # Read the log once: its sealing records are compared with the artifacts, then it is re-walked.
    custody = vault.custody_events()
    sealed = _sealed_hashes(custody)
    total = sum(a.size for a in artifacts)
    done = 0
    for art in artifacts:
        h = hashlib.sha256()
        size = 0
        expected_seq = 0
        seq_problem = False
        for seq, data in vault.iter_chunks(art.id):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Verification cancelled; nothing was recorded.")
            if seq != expected_seq and not seq_problem:
                report.problems.append(Problem(
                    "chunk_missing", f"{art.role} '{art.name}': chunk #{expected_seq} is missing",
                    art.id, art.capture_id))
                seq_problem = True
            expected_seq = seq + 1
            h.update(data)
            size += len(data)
            done += len(data)
            if progress is not None:
                progress(done, total)
        digest = h.hexdigest()
        report.artifacts_checked += 1
        report.bytes_checked += size
        where = f"{art.role} '{art.name}' (artifact {art.id}, capture {art.capture_id})"
        if expected_seq != art.chunk_count and not seq_problem:
            report.problems.append(Problem(
                "chunk_count", f"{where}: {expected_seq} chunks stored, {art.chunk_count} sealed",
                art.id, art.capture_id))
        if digest != art.sha256 or size != art.size:
            report.problems.append(Problem(
                "artifact_hash_mismatch",
                f"{where}: content hashes to {digest} ({size} bytes) but was sealed as "
                f"{art.sha256} ({art.size} bytes): the stored content was altered",
                art.id, art.capture_id))
        if sealed.get(art.id) != art.sha256:
            report.problems.append(Problem(
                "artifact_record_mismatch",
                f"{where}: the artifact record says {art.sha256} but the custody log recorded "
                f"{sealed.get(art.id, 'no hash')} at sealing: the record was altered",
                art.id, art.capture_id))
    for kind, detail in vault.structural_problems():
        report.problems.append(Problem(kind, detail))
    events = [e.as_dict() for e in custody]
    chain_problems, head, count = check_chain(events)
    report.events_checked = count
    report.chain_head = head
    for cp in chain_problems:
        report.problems.append(Problem(f"custody_{cp.kind}",
                                       f"custody event #{cp.seq}: {cp.detail}", event_seq=cp.seq))
    # Trusted timestamps: every stored token against the log and the evidence it covers.
    from evidence_app.integrity.timestamps.checks import check_tokens

    altered = {p.capture_id for p in report.problems if p.capture_id}
    report.tokens_checked, token_problems = check_tokens(vault, custody, altered)
    report.problems.extend(Problem(t.kind, t.detail, capture_id=t.capture_id)
                           for t in token_problems)
    report.problems += time_problems(custody)
    if record:
        vault.record_event("verified", details={
            "ok": report.ok, "artifacts_checked": report.artifacts_checked,
            "bytes_checked": report.bytes_checked, "events_checked": report.events_checked,
            "chain_head_before": head, "problem_count": len(report.problems),
            "problems": [p.as_dict() for p in report.problems[:50]]})
    return report


def time_problems(events: list[CustodyEvent]) -> list[Problem]:
    """Events stamped earlier than the event before them.

    The chain fixes the order of events, so a later event with an earlier time means the
    computer's clock was set back between them (by hand, or a large automatic correction) or the
    times were written by something other than this app. Either way a reader of the log must be
    told: times in the log can then not be taken at face value around that event.
    """
    problems: list[Problem] = []
    prev: tuple[datetime, int] | None = None
    for ev in events:
        try:
            when = datetime.fromisoformat(ev.ts_utc.replace("Z", "+00:00"))
        except (ValueError, AttributeError):
            problems.append(Problem("custody_time_unreadable",
                                    f"custody event #{ev.seq}: its time {str(ev.ts_utc)[:40]!r} "
                                    "cannot be read", event_seq=ev.seq))
            continue
        if prev is not None and when < prev[0]:
            problems.append(Problem(
                "custody_time_backwards",
                f"custody event #{ev.seq} is stamped {ev.ts_utc}, {(prev[0] - when)} earlier "
                f"than event #{prev[1]} before it: the computer's clock was set back, or the "
                "times were not written by this app", event_seq=ev.seq))
        prev = (when, ev.seq)
    return problems

