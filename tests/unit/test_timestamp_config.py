"""Which TSAs are asked: environment, then settings, then the defaults; `none` turns them off."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_app.integrity.canonical import canonical_json
from evidence_app.integrity.timestamps.config import DEFAULT_TSAS, load_config, parse_urls
from evidence_app.integrity.timestamps.store import digest_input


def test_environment_then_settings_then_defaults(isolated_paths: Path) -> None:
    assert load_config(env={}).urls == DEFAULT_TSAS and len(DEFAULT_TSAS) >= 2
    settings = isolated_paths / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"tsa_urls": "https://tsa.example/a http://tsa.example/b"}))
    assert load_config(env={}).urls == ("https://tsa.example/a", "http://tsa.example/b")
    env = {"EVIDENCE_APP_TSA": "http://127.0.0.1:9/tsa"}
    assert load_config(env=env).urls == ("http://127.0.0.1:9/tsa",)
    assert load_config(env={"EVIDENCE_APP_TSA": "none"}).enabled is False


def test_only_http_urls_are_kept() -> None:
    assert parse_urls("file:///etc/passwd ftp://x http://ok.example/tsa javascript:x") == (
        "http://ok.example/tsa",)
    assert parse_urls("") is None and parse_urls("NONE") == ()


def test_the_digest_input_is_canonical_json_a_recipient_can_rebuild() -> None:
    text = digest_input("c" * 32, (5, "a" * 64), (7, "b" * 64))
    rebuilt = canonical_json({"format": "evidence-app-timestamp/1", "capture_id": "c" * 32,
                              "sealing_event_seq": 5, "sealing_event_hash": "a" * 64,
                              "chain_head_seq": 7, "chain_head_hash": "b" * 64})
    assert text.encode("utf-8") == rebuilt


def test_one_unreadable_root_costs_only_itself(tmp_path: Path) -> None:
    """System bundles hold old roots that cryptography warns about (and will refuse): each
    certificate is read on its own, so the others still count."""
    from support.tsaserver import make_tsa_pki

    from evidence_app.integrity.timestamps.config import load_certs

    root_pem, tsa_pem, _key = make_tsa_pki(tmp_path / "pki")
    broken = b"-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(b"# a comment\n" + root_pem.read_bytes() + broken + tsa_pem.read_bytes())
    certs = load_certs(bundle)
    assert [c.subject for c in certs] == [
        load_certs(root_pem)[0].subject, load_certs(tsa_pem)[0].subject]
    (tmp_path / "junk.pem").write_bytes(b"not a certificate at all")
    assert load_certs(tmp_path / "junk.pem") == []
