"""Matching without viewing: which stored pictures are within a PDQ distance of a given one.

The index packs each 256-bit hash into four 64-bit words; a query XORs it against all of them
and counts bits with numpy, which answers 100,000 hashes in a few milliseconds (see
benchmarks/fingerprints.py), so no bucketing is needed at a caseworker's scale.
"""

from __future__ import annotations

import logging
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
    raw = bytes.fromhex("".join(hexes))
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hexes), 4)


class HashIndex:
    """PDQ hashes in memory with the row each came from; `near` is one vectorised pass."""

    def __init__(self, keys: list[tuple[str, int]], hexes: list[str], qualities: list[int]):
        self.keys = keys
        self.qualities = qualities
        self.words = pack(hexes) if hexes else np.zeros((0, 4), dtype=np.uint64)

    def __len__(self) -> int:
        return len(self.keys)

    def near(self, query_hex: str, threshold: int) -> list[tuple[int, int]]:
        """(row, distance) of every stored hash within `threshold` bits, nearest first."""
        if not self.keys:
            return []
        q = pack([query_hex])[0]
        dist = np.bitwise_count(np.bitwise_xor(self.words, q)).sum(axis=1, dtype=np.int64)
        rows = np.nonzero(dist <= threshold)[0]
        order = rows[np.argsort(dist[rows], kind="stable")]
        return [(int(r), int(dist[r])) for r in order]


def load_index(vault: Vault, case_id: str | None = None) -> HashIndex:
    """The usable (quality >= 50) fingerprints of one case, or of the whole vault."""
    sql = ("SELECT artifact_id, item, pdq, quality FROM fingerprints WHERE pdq IS NOT NULL "
           "AND quality >= ?")
    params: tuple[Any, ...] = (pdq.MIN_QUALITY,)
    if case_id is not None:
        sql += " AND case_id = ?"
        params += (case_id,)
    rows = vault.query(sql + " ORDER BY seq", params)
    return HashIndex([(r[0], r[1]) for r in rows], [r[2] for r in rows], [r[3] for r in rows])


def find(vault: Vault, query_hex: str, *, case_id: str | None = None,
         threshold: int = pdq.MATCH_THRESHOLD, exclude: tuple[str, int] | None = None,
         index: HashIndex | None = None) -> list[Match]:
    """Stored pictures within `threshold` of `query_hex`, nearest first, with where they are."""
    index = index if index is not None else load_index(vault, case_id)
    out: list[Match] = []
    for row, dist in index.near(query_hex.lower(), threshold):
        key = index.keys[row]
        if key == exclude:
            continue
        out.append(describe(vault, key[0], key[1], dist, index.qualities[row]))
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
