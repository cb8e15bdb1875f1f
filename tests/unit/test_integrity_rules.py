"""The documented hashing rules, checked against an independent re-implementation."""

from __future__ import annotations

import hashlib
import json

from evidence_app.integrity.canonical import GENESIS_HASH, check_chain, details_hash, event_hash
from evidence_app.media_types import sniff_media_type
from evidence_app.vault.keys import new_recovery_key, normalise_recovery_key


def _independent_hash(ev: dict) -> str:  # type: ignore[type-arg]
    body = {k: v for k, v in ev.items() if k not in ("hash", "details")}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _event(seq: int, prev: str, details: dict) -> dict:  # type: ignore[type-arg]
    ev = {"seq": seq, "id": f"e{seq}", "ts_utc": "2026-11-21T08:00:00.000000Z",
          "local_offset": "+08:00", "operator": "陳小姐", "machine": "m", "action": "viewed",
          "case_id": "c", "capture_id": None, "artifact_id": None, "details": details,
          "details_sha256": details_hash(details), "prev_hash": prev}
    ev["hash"] = event_hash(ev)
    return ev


def test_event_hash_follows_the_documented_rule() -> None:
    ev = _event(1, GENESIS_HASH, {"note": "睇過", "n": 3})
    assert ev["hash"] == _independent_hash(ev)
    assert ev["details_sha256"] == hashlib.sha256(
        '{"n":3,"note":"睇過"}'.encode()).hexdigest()


def test_chain_with_withheld_details_still_verifies_and_tampering_is_found() -> None:
    e1 = _event(1, GENESIS_HASH, {"a": 1})
    e2 = _event(2, e1["hash"], {"b": 2})
    e3 = _event(3, e2["hash"], {"c": 3})
    assert check_chain([e1, e2, e3])[0] == []
    withheld = dict(e2, details=None)
    problems, head, count = check_chain([e1, withheld, e3])
    assert problems == [] and head == e3["hash"] and count == 3
    altered = dict(e2, details={"b": 999})
    assert [p.kind for p in check_chain([e1, altered, e3])[0]] == ["details_mismatch"]
    reordered = check_chain([e1, e3, e2])[0]
    assert {p.kind for p in reordered} == {"sequence_gap", "broken_link"}


def test_recovery_key_shape_and_forgiving_input() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert set(key.replace("-", "")) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert normalise_recovery_key(key.lower().replace("-", " ")) == key.replace("-", "")
    assert normalise_recovery_key("oo1l-ABCD") == "0011ABCD"
    assert new_recovery_key() != key


def test_media_type_is_sniffed_from_content() -> None:
    assert sniff_media_type(b"\x89PNG\r\n\x1a\n" + b"\0" * 32) == "image/png"
    assert sniff_media_type(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00") == "image/jpeg"
    assert sniff_media_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_media_type("<!DOCTYPE html><p>你好".encode()) == "text/html"
    assert sniff_media_type(b'[{"from": "x"}]') == "application/json"
    assert sniff_media_type("WhatsApp chat 你好".encode()[:-1]) == "text/plain"  # cut mid-char
    assert sniff_media_type(b"\x00\x01\x02garbage") == "application/octet-stream"
    assert sniff_media_type(b"") == "application/octet-stream"


def test_logged_exceptions_carry_no_content() -> None:
    from evidence_app.errors import content_free

    try:
        raise ValueError("net::ERR failed at https://forum.example/u/victim-name?photo=3")
    except ValueError as e:
        text = content_free(e)
    assert text.startswith("ValueError at test_integrity_rules.py:")
    assert "victim" not in text and "http" not in text
