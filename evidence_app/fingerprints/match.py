"""Matching without viewing: which stored pictures are within a PDQ distance of a given one.

The index packs each 256-bit hash into four 64-bit words; a query XORs it against all of them
and counts bits with numpy, which answers 100,000 hashes in about 10 ms (benchmarks/
fingerprints.py), so no bucketing is needed at a caseworker's scale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from evidence_app.fingerprints import pdq
from evidence_app.vault import Vault
from evidence_app.vocab import Role

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Match:
    """A stored picture near the query: where it is (exhibit, capture, URL) and how near."""

    artifact_id: str
    item: int
    capture_id: str
    case_id: str
    exhibit: str
    distance: int
    quality: int
    role: str
    name: str
    url: str | None
    page_url: str
    captured_at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def pack(hexes: list[str]) -> npt.NDArray[np.uint64]:
    """Hashes in hex as an (n, 4) array of 64-bit words."""
    return _words("".join(hexes))


def _words(concatenated_hex: str) -> npt.NDArray[np.uint64]:
    raw = bytes.fromhex(concatenated_hex)
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(raw) // 32, 4)


class HashIndex:
    """PDQ hashes in memory, each with a key; `near` is one vectorised pass over all of them."""

    def __init__(self, keys: Sequence[Any] | npt.NDArray[Any],
                 words: npt.NDArray[np.uint64]) -> None:
        if len(keys) != len(words):
            raise ValueError("one key per hash")
        self.keys = keys
        self.words = words

    @classmethod
    def from_hex(cls, keys: Sequence[Any], hexes: list[str]) -> HashIndex:
        return cls(keys, pack(hexes) if hexes else np.zeros((0, 4), dtype=np.uint64))

    def __len__(self) -> int:
        return len(self.keys)

    def near(self, query_hex: str, threshold: int) -> list[tuple[int, int]]:
        """(row, distance) of every stored hash within `threshold` bits, nearest first."""
        if not len(self.keys):
            return []
        q = pack([query_hex])[0]
        dist = np.bitwise_count(np.bitwise_xor(self.words, q)).sum(axis=1, dtype=np.int64)
        rows = np.nonzero(dist <= threshold)[0]
        order = rows[np.argsort(dist[rows], kind="stable")]
        return [(int(r), int(dist[r])) for r in order]


def load_index(vault: Vault, case_id: str | None = None) -> HashIndex:
    """The usable (quality >= 50) fingerprints of one case, or of the whole vault, keyed by
    their row number.

    One aggregated row instead of 100,000 small ones: reading them from the encrypted vault is
    what costs (about half the time), not the comparison.
    """
    sql = ("SELECT group_concat(pdq, ''), group_concat(seq) FROM (SELECT pdq, seq FROM "
           "fingerprints WHERE pdq IS NOT NULL AND quality >= ?")
    params: tuple[Any, ...] = (pdq.MIN_QUALITY,)
    if case_id is not None:
        sql += " AND case_id = ?"
        params += (case_id,)
    hexes, seqs = vault.query(sql + " ORDER BY seq)", params)[0]
    if not hexes:
        return HashIndex.from_hex([], [])
    return HashIndex(np.array(str(seqs).split(","), dtype=np.int64), _words(str(hexes)))


def find(vault: Vault, query_hex: str, *, case_id: str | None = None,
         threshold: int = pdq.MATCH_THRESHOLD, exclude: tuple[str, int] | None = None,
         index: HashIndex | None = None) -> list[Match]:
    """Stored pictures within `threshold` of `query_hex`, nearest first, with where they are.

    `index` (from load_index) can be kept between queries; it is read again otherwise.
    """
    index = index if index is not None else load_index(vault, case_id)
    out: list[Match] = []
    for row, dist in index.near(query_hex.lower(), threshold):
        rows = vault.query("SELECT artifact_id, item, quality FROM fingerprints WHERE seq = ?",
                           (int(index.keys[row]),))
        if not rows or (rows[0][0], rows[0][1]) == exclude:
            continue
        artifact_id, item, quality = rows[0]
        out.append(describe(vault, artifact_id, item, dist, quality))
    return out


def describe(vault: Vault, artifact_id: str, item: int, dist: int, quality: int) -> Match:
    """Where a stored picture is, in words a caseworker can act on (no pixels)."""
    from evidence_app.fingerprints.store import hash_list_entries

    art = vault.get_artifact(artifact_id)
    cap = vault.get_capture(art.capture_id)
    url = art.meta.get("url")
    name = art.name
    if art.role == Role.PICTURE_HASHES and item > 0:
        entries = hash_list_entries(vault, art)
        entry = entries[item - 1] if item <= len(entries) else {}
        url = entry.get("url")
        name = str(entry.get("name") or f"picture {item} (not kept)")
    return Match(artifact_id=artifact_id, item=item, capture_id=cap.id, case_id=cap.case_id,
                 exhibit=cap.exhibit, distance=dist, quality=quality, role=art.role, name=name,
                 url=str(url) if url else None, page_url=cap.source, captured_at=cap.sealed_at)
