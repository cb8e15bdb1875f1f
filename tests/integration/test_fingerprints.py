"""Fingerprints in a real vault: seal-time PDQ, backfill, watch lists, matching, the hash
hand-off and the under-18 safeguard for imports; and the CLI commands end to end."""

from __future__ import annotations

import csv
import json
import struct
import zlib
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from integration.test_cli_vault import js, run
from PIL import Image
from support.pictures import encode, synthetic_png, synthetic_rgb

from evidence_app import after_seal
from evidence_app.errors import ImmutableEvidence
from evidence_app.fingerprints import match, pdq, safeguard, watch
from evidence_app.fingerprints.export import case_hashes, export_hashes
from evidence_app.fingerprints.store import backfill, fingerprints_of
from evidence_app.importer import import_file
from evidence_app.vocab import Action, Role

# An MP4's first bytes (an ftyp box) are enough for the importer to call it video/mp4.
FAKE_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(2000)


@pytest.fixture
def steps(vault):  # type: ignore[no-untyped-def]
    """The vault with its after-seal steps installed, as the CLI and the GUI open it."""
    return after_seal.install(vault)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def resized_copy(seed: int) -> bytes:
    img = synthetic_rgb(seed, 900, 700)
    return encode(img.resize((360, 280)), "JPEG", quality=55)


def test_a_sealed_picture_is_fingerprinted_and_logged(steps, case, tmp_path):
    cap = import_file(steps, case.id, write(tmp_path, "a.png", synthetic_png(1, 320, 240)))
    [fp] = fingerprints_of(steps, capture_id=cap.id)
    assert fp.pdq == "ee3bd9b4dc365c966c3fa96c037966f3e36156aabc06abe52e49302119981a19"
    assert fp.quality == 100 and fp.artifact_id == cap.artifacts[0].id
    events = steps.custody_events(capture_id=cap.id)
    assert [e.action for e in events] == [Action.IMPORTED, Action.FINGERPRINTED]
    assert events[1].details["pictures"][0]["pdq"] == fp.pdq
    # Append-only: the database refuses to change a fingerprint.
    with pytest.raises(ImmutableEvidence), steps.transaction() as conn:
        conn.execute("UPDATE fingerprints SET pdq = 'x'")


def test_backfill_fingerprints_what_was_sealed_before(vault, case, tmp_path):
    # The plain fixture vault has no after-seal steps: as a vault from before fingerprints.
    caps = [import_file(vault, case.id, write(tmp_path, f"{i}.png", synthetic_png(i, 300, 200)))
            for i in (1, 2)]
    import_file(vault, case.id, write(tmp_path, "note.txt", b"just text"))
    assert fingerprints_of(vault, case_id=case.id) == []
    assert backfill(vault) == 2
    assert backfill(vault) == 0  # done once
    assert {f.capture_id for f in fingerprints_of(vault, case_id=case.id)} == {c.id for c in caps}


def test_a_decompression_bomb_is_refused_with_its_reason(steps, case, tmp_path):
    # A valid PNG header claiming 60,000 x 60,000 pixels, with hardly any data behind it.
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    bomb = (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(1000))) + chunk(b"IEND", b""))
    cap = import_file(steps, case.id, write(tmp_path, "bomb.png", bomb))
    [fp] = fingerprints_of(steps, capture_id=cap.id)
    assert fp.pdq is None and fp.refused == "too_many_pixels"


def test_watch_list_flags_a_new_copy_and_not_an_unrelated_picture(steps, case, tmp_path):
    original = pdq.hash_bytes(encode(synthetic_rgb(7, 900, 700)))
    entry = watch.add(steps, case.id, original)
    assert entry.label == "TO-W01" and watch.entries(steps, case.id) == [entry]
    copy = import_file(steps, case.id, write(tmp_path, "repost.jpg", resized_copy(7)))
    other = import_file(steps, case.id, write(tmp_path, "other.jpg", resized_copy(8)))
    [hit] = watch.flags(steps, copy.id)
    assert hit.label == "TO-W01" and hit.distance <= pdq.MATCH_THRESHOLD
    assert hit.artifact_id == copy.artifacts[0].id
    assert watch.flags(steps, other.id) == []
    [ev] = [e for e in steps.custody_events(capture_id=copy.id) if e.action == Action.WATCH_MATCH]
    assert ev.details["matches"][0]["watch_id"] == entry.id


def test_a_wrong_picture_can_be_taken_off_the_watch_list(steps, case, tmp_path):
    wrong = watch.add(steps, case.id, pdq.hash_bytes(encode(synthetic_rgb(7, 900, 700))))
    kept = watch.add(steps, case.id, pdq.hash_bytes(encode(synthetic_rgb(9, 900, 700))))
    flagged = import_file(steps, case.id, write(tmp_path, "before.jpg", resized_copy(7)))
    assert [h.label for h in watch.flags(steps, flagged.id)] == ["TO-W01"]
    removed = watch.remove(steps, case.id, "to-w01", note="not the survivor's picture")
    assert removed == wrong and watch.entries(steps, case.id) == [kept]
    [ev] = [e for e in steps.custody_events(case_id=case.id) if e.action == Action.WATCH_REMOVED]
    assert ev.details["watch_id"] == wrong.id and ev.details["note"] == "not the survivor's picture"
    # New captures are no longer checked against it; the flag recorded before stays.
    later = import_file(steps, case.id, write(tmp_path, "after.jpg", resized_copy(7)))
    assert watch.flags(steps, later.id) == []
    assert [h.label for h in watch.flags(steps, flagged.id)] == ["TO-W01"]
    with pytest.raises(Exception, match="No picture 'TO-W01'"):
        watch.remove(steps, case.id, "TO-W01")
    # Labels are never reused: the next picture added is TO-W03.
    assert watch.add(steps, case.id, pdq.hash_bytes(encode(synthetic_rgb(5, 900, 700)))
                     ).label == "TO-W03"


def test_match_by_case_threshold_and_quality(steps, case, tmp_path):
    other_case = steps.create_case("Other", ref="O-1", exhibit_prefix="OC")
    a = import_file(steps, case.id, write(tmp_path, "a.png", encode(synthetic_rgb(7, 900, 700))))
    b = import_file(steps, other_case.id, write(tmp_path, "b.jpg", resized_copy(7)))
    flat = encode(Image.new("RGB", (300, 200), (90, 90, 90)))
    import_file(steps, case.id, write(tmp_path, "flat.png", flat))
    query = pdq.hash_bytes(resized_copy(7)).hex
    everywhere = match.find(steps, query)
    assert {m.capture_id for m in everywhere} == {a.id, b.id}
    [only] = match.find(steps, query, case_id=case.id)
    assert only.exhibit == "TO-001" and only.captured_at == a.sealed_at and only.distance <= 31
    assert match.find(steps, query, threshold=0, case_id=case.id) == []
    # The flat picture's hash has quality < 50: it is never matched, even by itself.
    assert match.find(steps, pdq.hash_bytes(flat).hex, threshold=256) != []
    assert all(m.name != "flat.png" for m in match.find(steps, pdq.hash_bytes(flat).hex,
                                                          threshold=256))


def test_hash_export_has_hashes_and_no_pictures(steps, case, tmp_path):
    pic = import_file(steps, case.id, write(tmp_path, "a.png", synthetic_png(3, 200, 500)))
    vid = import_file(steps, case.id, write(tmp_path, "clip.mp4", FAKE_MP4))
    out = tmp_path / "hashes.csv"
    export_hashes(steps, case.id, out, "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["exhibit"] for r in rows] == ["TO-001", "TO-002"]
    assert rows[0]["kind"] == "image" and rows[0]["sha256"] == pic.artifacts[0].sha256
    assert rows[0]["pdq"] == REF3 and rows[0]["md5"] == ""
    import hashlib

    assert rows[1]["kind"] == "video" and rows[1]["md5"] == hashlib.md5(FAKE_MP4).hexdigest()
    assert rows[1]["sha256"] == vid.artifacts[0].sha256 and rows[1]["pdq"] == ""
    assert rows[0]["url"] == ""  # addresses only when asked for
    assert out.stat().st_size < 2000
    out_json = tmp_path / "hashes.json"
    export_hashes(steps, case.id, out_json, "json")
    assert len(json.loads(out_json.read_text())["hashes"]) == 2
    events = [e for e in steps.custody_events(case_id=case.id) if e.action == Action.EXPORTED]
    assert [(e.details["what"], e.details["format"], e.details["rows"]) for e in events] == [
        ("hashes", "csv", 2), ("hashes", "json", 2)]


REF3 = "47c9dc64bf9326b896c374eac7407c9429258b577eb6bc0c08f5c191aa6a31f6"


def test_minor_case_imports_keep_only_hashes(steps, case, tmp_path):
    assert not safeguard.is_minor(steps, case.id)
    assert safeguard.mark_minor(steps, case.id) is True
    assert safeguard.mark_minor(steps, case.id) is False  # once; never undone
    assert safeguard.is_minor(steps, case.id)
    picture = synthetic_png(3, 200, 500)
    cap = import_file(steps, case.id, write(tmp_path, "photo.png", picture))
    vid = import_file(steps, case.id, write(tmp_path, "clip.mp4", FAKE_MP4))
    text = import_file(steps, case.id, write(tmp_path, "chat.txt", b"hello"))
    for c in (cap, vid):
        [art] = c.artifacts
        assert art.role == Role.PICTURE_HASHES and art.media_type == "application/json"
        assert picture not in steps.read_artifact(art.id)
    assert text.artifacts[0].role == Role.ORIGINAL  # text is kept as usual
    entry = json.loads(steps.read_artifact(cap.artifacts[0].id))["pictures"][0]
    assert entry["pdq"] == REF3 and entry["name"] == "photo.png"
    # No stored chunk holds the picture's bytes (the whole vault is checked).
    chunks = b"".join(r[0] for r in steps.query("SELECT data FROM chunks"))
    assert picture[100:200] not in chunks and FAKE_MP4[:30] not in chunks
    # The kept hashes are matched and exported like any picture's.
    [m] = match.find(steps, REF3, case_id=case.id)
    assert m.capture_id == cap.id and m.item == 1 and m.name == "photo.png"
    rows = case_hashes(steps, case.id)
    assert [(r.kind, r.pdq) for r in rows] == [("image", REF3), ("video", None)]
    assert rows[1].md5 is not None and len(rows[1].md5) == 32
    assert "under 18" in cap.imported.warnings[0]


def test_cli_watch_match_hashes_and_minor(tmp_path):
    vault = tmp_path / "v.db"
    env = {"EVIDENCE_APP_VAULT": str(vault), "EVIDENCE_APP_PASSPHRASE": PASSPHRASE}

    def cli(*args: str) -> dict:  # type: ignore[type-arg]
        proc = run(*args, "--json", env=env)
        assert proc.returncode == 0, proc.stderr
        return js(proc)

    cli("init")
    cli("case", "new", "Reposts", "--ref", "KL-1", "--exhibit-prefix", "KL")
    original = write(tmp_path, "given.png", encode(synthetic_rgb(7, 900, 700)))
    added = cli("watch", "add", "--case", "KL-1", str(original))
    assert added["results"][0]["entry"]["label"] == "KL-W01"
    assert added["results"][0]["entry"]["pdq"] == pdq.hash_bytes(original.read_bytes()).hex
    assert not any(tmp_path.glob("*.keep"))
    listed = cli("watch", "list", "--case", "KL-1")
    assert [e["label"] for e in listed["entries"]] == ["KL-W01"]
    assert cli("list", "--case", "KL-1")["captures"] == []  # the file was not kept

    copy = write(tmp_path, "repost.jpg", resized_copy(7))
    imported = cli("import", "--case", "KL-1", str(copy))
    [flag] = imported["results"][0]["watch_matches"]
    assert flag["label"] == "KL-W01"
    human = run("show", imported["results"][0]["capture_id"], env=env).stdout
    assert f"matches KL-W01, distance {flag['distance']}" in human
    shown = cli("show", imported["results"][0]["capture_id"])["capture"]
    [art] = shown["artifacts"]
    assert len(art["pdq"]) == 64 and art["pdq_quality"] == 100

    found = cli("match", str(original), "--case", "KL-1")
    [m] = found["matches"]
    assert m["exhibit"] == "KL-001" and m["distance"] == flag["distance"]
    assert {"artifact_id", "capture_id", "exhibit", "distance", "captured_at"} <= set(m)
    assert cli("match", art["id"][:10])["matches"] == []  # itself is left out
    assert cli("match", str(original), "--threshold", "0")["matches"] == []
    bad = run("match", str(original), "--threshold", "300", env=env)
    assert bad.returncode == 2

    out = tmp_path / "hashes.json"
    doc = cli("hashes", "--case", "KL-1", "--out", str(out), "--format", "json")
    assert doc["images"] == 1
    assert json.loads(out.read_text())["hashes"][0]["pdq"] == art["pdq"]

    kept = cli("watch", "add", "--case", "KL-1", "--keep", str(original))
    assert kept["results"][0]["entry"]["label"] == "KL-002"  # kept: labelled by its exhibit
    assert kept["results"][0]["already_in_case"][0]["exhibit"] == "KL-001"
    gone = cli("watch", "remove", "--case", "KL-1", "KL-W01", "--note", "wrong picture")
    assert gone["results"][0]["entry"]["label"] == "KL-W01"
    assert [e["label"] for e in cli("watch", "list", "--case", "KL-1")["entries"]] == ["KL-002"]
    again = run("watch", "remove", "--case", "KL-1", "KL-W01", env=env)
    assert again.returncode == 1 and "No picture 'KL-W01'" in again.stdout

    made = cli("case", "new", "Under 18", "--ref", "M-1", "--minor")
    assert made["minor"] is True
    minor_import = run("import", "--case", "M-1", str(copy), env=env)
    assert minor_import.returncode == 0 and "Take It Down" in minor_import.stdout
    marked = cli("case", "mark-minor", "KL-1")
    assert marked["newly_marked"] is True and len(marked["earlier_captures_with_pictures"]) == 2


def test_a_vault_from_before_fingerprints_is_upgraded_and_backfilled(vault_path, operator,
                                                                      tmp_path, monkeypatch):
    from evidence_app.vault import Vault
    from evidence_app.vault import schema as schema_mod
    from evidence_app.vault.verify import verify_vault

    # A vault made by the version before the fingerprint tables existed.
    with monkeypatch.context() as m:
        m.setattr(schema_mod, "SCHEMA_VERSION", 1)
        m.setattr(schema_mod, "MIGRATIONS", schema_mod.MIGRATIONS[:1])
        old, _ = Vault.create(vault_path, PASSPHRASE, operator)
        case = old.create_case("Before", exhibit_prefix="BF")
        cap = import_file(old, case.id, write(tmp_path, "a.png", synthetic_png(2, 512, 384)))
        old.close()
    with after_seal.install(Vault.open(vault_path, PASSPHRASE, operator)) as v:
        assert v.custody_events()[-1].action == Action.MIGRATED
        assert backfill(v) == 1
        [fp] = fingerprints_of(v, capture_id=cap.id)
        assert fp.pdq == "72f335e3ca4cfe789b84d663acd5a9b0f820422f3dce7310725402be9c7b88e1"
        assert verify_vault(v).ok


def test_minor_case_keeps_no_archive_or_chat_media_bytes(steps, case, tmp_path):
    """A zip (a WhatsApp export with its photo) or a PDF can carry pictures: in an under-18 case
    they are sealed as hashes only; a plain-text chat export is still read as a chat."""
    from support.chatexports import ANDROID_24H_DAY_FIRST, whatsapp_zip

    safeguard.mark_minor(steps, case.id)
    picture = synthetic_png(5, 200, 300)
    export = whatsapp_zip(tmp_path / "WhatsApp Chat.zip", ANDROID_24H_DAY_FIRST,
                          {"IMG-20240313-WA0001.png": picture})
    pdf = write(tmp_path, "scan.pdf", b"%PDF-1.4\n" + picture + b"\n%%EOF\n")
    zipped = import_file(steps, case.id, export)
    from evidence_app.importer import import_files

    [chat_zip, scanned] = import_files(steps, case.id, [export, pdf]).sealed
    txt = import_files(steps, case.id, [write(tmp_path, "WhatsApp Chat.txt",
                                              ANDROID_24H_DAY_FIRST.encode())]).sealed[0]
    for cap in (zipped, chat_zip, scanned):
        assert [a.role for a in cap.artifacts] == [Role.PICTURE_HASHES]
    assert any(a.role == Role.CHAT_TRANSCRIPT for a in txt.artifacts)
    chunks = b"".join(r[0] for r in steps.query("SELECT data FROM chunks"))
    assert picture[100:200] not in chunks
