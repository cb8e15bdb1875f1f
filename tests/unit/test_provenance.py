"""Typed provenance reads old, new and damaged records without losing anything."""

from __future__ import annotations

from evidence_app.provenance import ImportProvenance, WebProvenance


def test_round_trip_keeps_fields_a_newer_version_wrote():
    stored = {"requested_url": "https://example.org/", "http_status": 200, "title": "t",
              "warnings": ["w"], "future_field": {"x": 1}}
    prov = WebProvenance.from_dict(stored)
    assert prov.requested_url == "https://example.org/" and prov.http_status == 200
    assert prov.extra == {"future_field": {"x": 1}}
    out = prov.to_dict()
    assert out["future_field"] == {"x": 1} and out["logged_in"] is False
    assert WebProvenance.from_dict(out) == prov


def test_an_old_record_without_new_fields_reads_with_defaults():
    prov = WebProvenance.from_dict({"requested_url": "http://a.test/"})
    assert prov.login_profile is None and prov.notices == [] and prov.redirect_chain == []


def test_wrong_types_fall_back_to_defaults_instead_of_breaking_readers():
    prov = WebProvenance.from_dict({"title": ["not", "text"], "warnings": "oops",
                                    "browser": None, "logged_in": "yes"})
    assert prov.title == "" and prov.warnings == [] and prov.logged_in is False
    assert prov.browser_label == ""


def test_import_record():
    rec = ImportProvenance.from_dict({"original_name": "a.png", "size": 12,
                                      "media_type": "image/png"})
    assert rec.original_name == "a.png" and rec.size == 12 and rec.warnings == []
