"""verify_bundle names every alteration: one flipped byte in any file, an edited custody log."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from integration.test_export_support import seal_web, tall_png

from evidence_app.cli import main
from evidence_app.errors import BundleUnreadable
from evidence_app.importer import import_file
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case


@pytest.fixture
def bundle(vault, case, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    other = vault.create_case("Other", ref="O-9", exhibit_prefix="OT")
    seal_web(vault, other.id, "https://other.example/", "other")
    seal_web(vault, case.id, "https://a.example/page", "A page",
             segments=[tall_png(400, 900, 1)], media=tall_png(50, 50, 2))
    f = tmp_path / "note.txt"
    f.write_text("a chat log")
    import_file(vault, case.id, f)
    return export_case(vault, case.id, ExportOptions(tmp_path / "bundle")).bundle_dir


def flip_byte(path: Path, at: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    i = len(data) // 2 if at is None else at
    data[i] ^= 0x01
    path.write_bytes(bytes(data))


def kinds(rep) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(p["kind"], p.get("file")) for p in rep.problems}


def test_intact_bundle_verifies(bundle):
    rep = verify_bundle(bundle)
    assert rep.ok, rep.problems
    assert rep.files_checked == sum(1 for p in bundle.rglob("*") if p.is_file()) - 1
    assert rep.events_checked > 5


@pytest.mark.parametrize("rel", [
    "report.pdf", "bundle.json", "custody.jsonl", "VERIFY.txt",
    "TO-001 a.example/screenshot-full-01.png", "TO-001 a.example/provenance.json",
    "TO-001 a.example/media-01-photo.png", "TO-001 a.example/dom.html",
    "TO-002 note/original-01-note.txt",
])
def test_one_flipped_byte_in_any_file_is_named(bundle, rel):
    flip_byte(bundle / rel)
    rep = verify_bundle(bundle)
    assert not rep.ok
    assert ("altered", rel) in kinds(rep)


def test_flipped_byte_in_the_manifest_is_named(bundle):
    manifest = bundle / "manifest.sha256"
    flip_byte(manifest, at=3)  # inside the first file's hash
    first = manifest.read_text().splitlines()[0].split("  ", 1)[1]
    rep = verify_bundle(bundle)
    assert ("altered", first) in kinds(rep)
    assert ("index_mismatch", first) in kinds(rep)


def test_missing_and_extra_files_are_named(bundle):
    (bundle / "TO-001 a.example/headers.json").unlink()
    (bundle / "TO-001 a.example/added.png").write_bytes(b"not evidence")
    rep = verify_bundle(bundle)
    assert ("missing", "TO-001 a.example/headers.json") in kinds(rep)
    assert ("extra", "TO-001 a.example/added.png") in kinds(rep)


def _rewrite_custody(bundle: Path, edit) -> None:  # type: ignore[no-untyped-def]
    """Edit custody.jsonl and fix up manifest and bundle.json hashes, as a forger would."""
    path = bundle / "custody.jsonl"
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    events = edit(events)
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
                    encoding="utf-8")
    doc = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    doc["files"]["custody.jsonl"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (bundle / "bundle.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2),
                                        encoding="utf-8")
    lines = []
    for line in (bundle / "manifest.sha256").read_text().splitlines():
        sha, rel = line.split("  ", 1)
        lines.append(f"{hashlib.sha256((bundle / rel).read_bytes()).hexdigest()}  {rel}\n")
    (bundle / "manifest.sha256").write_text("".join(lines))


def test_edited_custody_event_is_named_even_with_hashes_fixed_up(bundle):
    def edit(events):
        for e in events:
            if e["action"] == "captured" and e["details"]:
                e["operator"] = "Someone Else"
                e["details"]["artifacts"][0]["sha256"] = "0" * 64
        return events

    _rewrite_custody(bundle, edit)
    rep = verify_bundle(bundle)
    found = {p["kind"] for p in rep.problems}
    assert {"custody_hash_mismatch", "custody_details_mismatch"} <= found
    assert not any(p["kind"] == "altered" for p in rep.problems)  # the forger fixed those


def test_removed_custody_event_is_named(bundle):
    _rewrite_custody(bundle, lambda events: events[:2] + events[3:])
    rep = verify_bundle(bundle)
    found = {p["kind"] for p in rep.problems}
    assert "custody_broken_link" in found and "custody_sequence_gap" in found


def test_zip_is_checked_in_place(vault, case, tmp_path):
    seal_web(vault, case.id, "https://z.example/", "Z")
    res = export_case(vault, case.id, ExportOptions(tmp_path / "zb", make_zip=True))
    assert res.zip_path is not None
    rep = verify_bundle(res.zip_path)
    assert rep.ok, rep.problems
    assert rep.files_checked == res.files - 1
    assert rep.manifest_sha256 == res.manifest_sha256
    # A member changed and re-zipped (CRC consistent): named like in a folder.
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(res.zip_path) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "zb/VERIFY.txt":
                data = data.replace(b"sha256sum", b"sha256sun", 1)
            dst.writestr(info, data)
    assert ("altered", "VERIFY.txt") in kinds(verify_bundle(bad))
    # A flipped byte inside the compressed data: the damaged member is named.
    raw = bytearray(res.zip_path.read_bytes())
    with zipfile.ZipFile(res.zip_path) as z:
        info = z.getinfo("zb/report.pdf")
    raw[info.header_offset + 30 + len(info.filename) + 200] ^= 0xFF
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    rep = verify_bundle(damaged)
    assert ("altered", "report.pdf") in kinds(rep)


def test_not_a_bundle(tmp_path):
    with pytest.raises(BundleUnreadable):
        verify_bundle(tmp_path)


def test_cli_export_and_verify_bundle(vault, case, vault_path, tmp_path, capsys):
    seal_web(vault, case.id, "https://cli.example/", "CLI page")
    vault.close()
    pw = tmp_path / "pw.txt"
    from conftest import PASSPHRASE
    pw.write_text(PASSPHRASE + "\n")
    out = tmp_path / "exp"
    common = ["--vault", str(vault_path), "--passphrase-file", str(pw), "-q"]
    assert main(["export", "--case", case.ref, "--out", str(out), "--zip", "--json",
                 *common]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and doc["zip_path"].endswith("exp.zip") and doc["exhibits"] == 1
    assert main(["verify-bundle", str(out), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["ok"] and rep["manifest_sha256"] == doc["manifest_sha256"]
    assert main(["export", "--case", case.ref, "--out", str(out), *common]) == 2  # not empty
    capsys.readouterr()
    flip_byte(out / "report.pdf")
    assert main(["verify-bundle", str(out)]) == 1
    assert "report.pdf" in capsys.readouterr().out
    shutil.rmtree(out)
