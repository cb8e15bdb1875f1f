"""The custody log: withheld details resist guessing; times that go back are flagged."""

from __future__ import annotations

import re

from evidence_app.integrity.canonical import check_chain, details_hash, event_hash
from evidence_app.report.bundle import chain_for_bundle
from evidence_app.vault.custody import DETAILS_SALT


def test_withheld_details_cannot_be_confirmed_by_a_guess(vault):
    secret = vault.create_case("Ms Chan v. forum user", ref="SECRET-1", exhibit_prefix="SC")
    mine = vault.create_case("Exported case", ref="MINE-1", exhibit_prefix="MI")
    events = chain_for_bundle(vault.custody_events(), mine.id)
    [withheld] = [e for e in events if e["case_id"] == secret.id]
    assert withheld["details"] is None
    # The guess an attacker would make from the bundle: exactly what the app records.
    guess = {"title": "Ms Chan v. forum user", "ref": "SECRET-1", "exhibit_prefix": "SC"}
    assert details_hash(guess) != withheld["details_sha256"]
    # The vault itself holds the salted details, and they check.
    [full] = [e for e in vault.custody_events() if e.case_id == secret.id]
    assert re.fullmatch(r"[0-9a-f]{32}", full.details[DETAILS_SALT])
    assert details_hash(full.details) == full.details_sha256
    assert check_chain(events)[0] == []


def test_identical_events_get_different_detail_hashes(vault):
    a = vault.record_event("verified", details={"ok": True})
    b = vault.record_event("verified", details={"ok": True})
    assert a.details_sha256 != b.details_sha256


def test_old_unsalted_events_still_check():
    """Events written before the salt (the same rule, no `_salt`) keep verifying."""
    body = {"seq": 1, "id": "x", "ts_utc": "2026-01-01T00:00:00.000000Z", "local_offset": "+08:00",
            "operator": "o", "machine": "m", "action": "vault_created", "case_id": None,
            "capture_id": None, "artifact_id": None, "details": {"schema_version": 1},
            "details_sha256": details_hash({"schema_version": 1}), "prev_hash": "0" * 64}
    body["hash"] = event_hash(body)
    assert check_chain([body])[0] == []


def test_verify_flags_custody_times_that_go_backwards(vault, case):
    from datetime import timedelta

    from evidence_app.vault.custody import append_event
    from evidence_app.vault.models import utc_now
    from evidence_app.vault.verify import verify_vault

    assert verify_vault(vault, record=False).ok
    with vault._write() as conn:  # a clock set back by two hours between two events
        append_event(conn, vault.operator, "viewed", case_id=case.id,
                     when=utc_now() - timedelta(hours=2))
    report = verify_vault(vault, record=False)
    [p] = report.problems
    assert p.kind == "custody_time_backwards" and "set back" in p.detail
    assert p.event_seq == vault.chain_head()[0]
