"""Canonical serialisation of custody events and the hash chain over them.

The rule is deliberately simple so that anyone can re-check a chain without our app.
The canonical form of a value is the UTF-8 bytes of its JSON with keys sorted, no insignificant
white space and non-ASCII kept as UTF-8 (Python:
``json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``).

- `details_sha256` is the SHA-256 (lower-case hex) of the canonical form of the event's `details`.
- `hash` is the SHA-256 of the canonical form of the event's fields other than `hash` and
  `details` (so `details_sha256` stands in for the details).
- The first event's `prev_hash` is 64 zeros; every later one carries the previous event's `hash`.

Because the details enter only through their hash, an exhibit bundle can carry the whole chain
while withholding the details of other cases' events (`details` null), and the chain still checks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(obj: Any) -> bytes:
    """The canonical byte form used for hashing."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def details_hash(details: Any) -> str:
    """SHA-256 of the canonical form of an event's details."""
    return hashlib.sha256(canonical_json(details)).hexdigest()


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical form of an event without `hash` and `details`."""
    body = {k: v for k, v in event.items() if k not in ("hash", "details")}
    return hashlib.sha256(canonical_json(body)).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong with a custody chain, located by the event's sequence number."""

    seq: int
    kind: str  # "hash_mismatch" | "details_mismatch" | "broken_link" | "sequence_gap"
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "detail": self.detail}


def check_chain(events: Iterable[Mapping[str, Any]]) -> tuple[list[ChainProblem], str, int]:
    """Re-walk a chain in order; return (problems, head hash, event count).

    Events whose `details` are withheld (None) are checked for hash and linkage only.
    """
    problems: list[ChainProblem] = []
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for ev in events:
        count += 1
        seq = int(ev.get("seq", -1))
        if seq != expected_seq:
            problems.append(ChainProblem(seq, "sequence_gap",
                                         f"expected event #{expected_seq}, found #{seq}"))
        expected_seq = seq + 1
        if ev.get("prev_hash") != prev:
            problems.append(ChainProblem(seq, "broken_link",
                                         f"prev_hash is {ev.get('prev_hash')}, but the previous "
                                         f"event's hash is {prev}"))
        details = ev.get("details")
        if details is not None and details_hash(details) != ev.get("details_sha256"):
            problems.append(ChainProblem(seq, "details_mismatch",
                                         "the event's details do not match their recorded hash: "
                                         "the details were altered"))
        actual = event_hash(ev)
        if ev.get("hash") != actual:
            problems.append(ChainProblem(seq, "hash_mismatch",
                                         f"stored hash {ev.get('hash')} but the event's content "
                                         f"hashes to {actual}: the event was altered"))
        prev = str(ev.get("hash"))
    return problems, prev, count
