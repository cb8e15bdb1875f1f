"""`verify`: re-check every stored token against the custody log and the evidence it covers.

A token is named (capture, TSA, serial, why) when its signature or chain no longer verifies, when
its digest input no longer matches the capture's sealing event or the chain head it recorded,
when it has no `timestamped` custody event, or when the capture's artifacts were altered.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from evidence_app.errors import TimestampRejected
from evidence_app.integrity.timestamps.config import TsaConfig, load_config
from evidence_app.integrity.timestamps.store import Attempt, Status, digest_doc, read_rows
from evidence_app.integrity.timestamps.tsa import verify_reply
from evidence_app.vault.models import CustodyEvent
from evidence_app.vault.store import Vault
from evidence_app.vocab import SEALING_ACTIONS, Action

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenProblem:
    """One stored token that no longer holds, and why."""

    kind: str
    detail: str
    capture_id: str


def _where(a: Attempt) -> str:
    return (f"the trusted timestamp from {a.tsa} for capture {a.capture_id} (serial {a.serial}, "
            f"signed {a.tsa_time})")


def check_attempt(a: Attempt, by_seq: dict[int, CustodyEvent],
                  recorded: dict[str, str], config: TsaConfig) -> list[tuple[str, str]]:
    """(kind, why) for each way one granted attempt fails; [] when it holds."""
    found: list[tuple[str, str]] = []
    digest = hashlib.sha256(a.message).digest()
    if a.digest_sha256 != digest.hex():
        found.append(("timestamp_record_mismatch",
                      "its recorded digest is not the SHA-256 of its recorded input"))
    try:
        verify_reply(a.token or b"", digest, config)
    except TimestampRejected as e:
        found.append(("timestamp_invalid", f"the token does not verify: {e.message}"))
    doc = digest_doc(a)
    sealing = by_seq.get(int(doc.get("sealing_event_seq") or -1))
    if (doc.get("capture_id") != a.capture_id or sealing is None
            or sealing.capture_id != a.capture_id or sealing.action not in SEALING_ACTIONS
            or sealing.hash != doc.get("sealing_event_hash")):
        found.append(("timestamp_sealing_mismatch",
                      "the capture's sealing event in the custody log is not the one the token "
                      "covers: the sealing record or the log was rewritten"))
    head = by_seq.get(int(doc.get("chain_head_seq") or -1))
    if head is None or head.hash != doc.get("chain_head_hash"):
        found.append(("timestamp_chain_mismatch",
                      f"custody event #{doc.get('chain_head_seq')} is not the chain head the "
                      "token covers: the custody log was rewritten"))
    if recorded.get(a.id) != hashlib.sha256(a.token or b"").hexdigest():
        found.append(("timestamp_unrecorded",
                      "no `timestamped` custody event records this token: it was added or "
                      "replaced outside the app"))
    return found


def check_tokens(vault: Vault, events: Iterable[CustodyEvent], altered: set[str],
                 config: TsaConfig | None = None) -> tuple[int, list[TokenProblem]]:
    """(tokens checked, problems) for every granted token in the vault."""
    config = config or load_config()
    events = list(events)
    by_seq = {e.seq: e for e in events}
    recorded = {str(e.details.get("attempt_id")): str(e.details.get("token_sha256"))
                for e in events if e.action == Action.TIMESTAMPED}
    problems: list[TokenProblem] = []
    checked = 0
    for a in read_rows(vault):
        if a.status != Status.GRANTED:
            continue
        checked += 1
        for kind, why in check_attempt(a, by_seq, recorded, config):
            problems.append(TokenProblem(kind, f"{_where(a)}: {why}", a.capture_id))
        if a.capture_id in altered:
            problems.append(TokenProblem(
                "timestamp_covers_altered_evidence",
                f"{_where(a)}: it covers the artifact hashes sealed for this capture, and the "
                "stored evidence no longer matches them (see the problems above)", a.capture_id))
    return checked, problems
