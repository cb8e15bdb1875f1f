"""verify-bundle on hostile bundles: every one gets a verdict, in bounded time and memory.

A real bundle is exported once (a small vault with imports); each attack is derived from it,
as a sender would: links to /dev/zero, FIFOs, links out of the bundle, duplicate and ambiguous
entries, zip bombs, malformed JSON, escape sequences in names. The cases that could block or
exhaust memory run the real CLI in a subprocess with a timeout, so a regression fails instead of
hanging the test run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from support.badimages import good_png
from support.hostile_zip import S_IFLNK, Member, write_zip, zero_bomb

from evidence_app.errors import BundleUnreadable
from evidence_app.importer import import_file
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case
from evidence_app.vault import Operator, Vault

TIMEOUT = 120  # seconds for one CLI run: a blocked read would never end
ARTIFACT = "TO-001 photo/original-01-photo.png"
GIB3 = 3 << 30


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(bundle folder, its zip), exported once from a real vault with two imports."""
    base = tmp_path_factory.mktemp("good")
    with pytest.MonkeyPatch.context() as mp:
        (base / "home").mkdir()
        mp.setenv("EVIDENCE_APP_HOME", str(base / "home"))
        vault, _ = Vault.create(base / "vault.db", PASSPHRASE, Operator("Test Operator", "m"))
        try:
            case = vault.create_case("Hostile", ref="H-1", exhibit_prefix="TO")
            (base / "photo.png").write_bytes(good_png())
            (base / "chat.txt").write_text("a chat log\n")
            import_file(vault, case.id, base / "photo.png")
            import_file(vault, case.id, base / "chat.txt")
            res = export_case(vault, case.id, ExportOptions(base / "bundle", make_zip=True))
        finally:
            vault.close()
    assert res.zip_path is not None
    assert verify_bundle(res.bundle_dir).ok and verify_bundle(res.zip_path).ok
    return res.bundle_dir, res.zip_path


# --- helpers a forger would use --------------------------------------------------------------

def refresh_manifest(bundle: Path) -> None:
    """Re-hash every manifest line (as a forger fixing up after an edit)."""
    lines = []
    for line in (bundle / "manifest.sha256").read_text(encoding="utf-8").splitlines():
        _sha, rel = line.split("  ", 1)
        p = bundle / rel
        sha = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else _sha
        lines.append(f"{sha}  {rel}\n")
    (bundle / "manifest.sha256").write_text("".join(lines), encoding="utf-8")


def edit_bundle_json(bundle: Path, raw: bytes) -> None:
    (bundle / "bundle.json").write_bytes(raw)
    refresh_manifest(bundle)


def bundle_doc(bundle: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))


def with_doc(edit: Callable[[dict], object]) -> Callable[[Path, Path], None]:  # type: ignore[type-arg]
    def attack(bundle: Path, _outside: Path) -> None:
        doc = bundle_doc(bundle)
        edit(doc)
        edit_bundle_json(bundle, json.dumps(doc).encode())
    return attack


def with_custody_line(line: bytes) -> Callable[[Path, Path], None]:
    def attack(bundle: Path, _outside: Path) -> None:
        with open(bundle / "custody.jsonl", "ab") as f:
            f.write(line + b"\n")
        refresh_manifest(bundle)
    return attack


def add_manifest_line(bundle: Path, line: str, first: bool) -> None:
    m = bundle / "manifest.sha256"
    text = m.read_text(encoding="utf-8")
    m.write_text(line + text if first else text + line, encoding="utf-8")


def rename_with_manifest(bundle: Path, rel: str, new: str) -> None:
    (bundle / rel).rename(bundle / new)
    m = bundle / "manifest.sha256"
    m.write_text(m.read_text(encoding="utf-8").replace(f"  {rel}\n", f"  {new}\n"),
                 encoding="utf-8")


def replace_with_symlink(target: str) -> Callable[[Path, Path], None]:
    def attack(bundle: Path, _outside: Path) -> None:
        (bundle / ARTIFACT).unlink()
        os.symlink(target, bundle / ARTIFACT)
    return attack


def symlink_to_outside_copy(bundle: Path, outside: Path) -> None:
    copy = outside / "copy.png"
    shutil.copy(bundle / ARTIFACT, copy)
    (bundle / ARTIFACT).unlink()
    os.symlink(copy, bundle / ARTIFACT)


def folder_to_outside_copy(bundle: Path, outside: Path) -> None:
    folder = bundle / "TO-001 photo"
    shutil.copytree(folder, outside / "copy")
    shutil.rmtree(folder)
    os.symlink(outside / "copy", folder)


def fifo_at(rel: str) -> Callable[[Path, Path], None]:
    def attack(bundle: Path, _outside: Path) -> None:
        (bundle / rel).unlink()
        os.mkfifo(bundle / rel)
    return attack


def deep_json(depth: int) -> bytes:
    return b'{"format": "evidence-app-bundle", "x": ' + b"[" * depth + b"]" * depth + b"}"


# --- folder attacks: (id, attack, problem codes expected, run the CLI in a subprocess) ---------

FOLDER_CASES: list[tuple[str, Callable[[Path, Path], None], set[str], bool]] = [
    ("artifact-symlink-to-dev-zero", replace_with_symlink("/dev/zero"), {"not_regular_file"},
     True),
    ("artifact-is-fifo", fifo_at(ARTIFACT), {"not_regular_file"}, True),
    ("custody-is-fifo", fifo_at("custody.jsonl"), {"not_regular_file"}, True),
    ("manifest-symlink-to-dev-zero", lambda b, o: (
        (b / "manifest.sha256").unlink(), os.symlink("/dev/zero", b / "manifest.sha256")),
     {"not_regular_file"}, True),
    ("bundle-json-symlink-to-dev-urandom", lambda b, o: (
        (b / "bundle.json").unlink(), os.symlink("/dev/urandom", b / "bundle.json")),
     {"not_regular_file"}, True),
    ("artifact-symlink-to-copy-outside", symlink_to_outside_copy, {"not_regular_file"}, False),
    ("exhibit-folder-symlink-to-copy-outside", folder_to_outside_copy, {"not_regular_file"},
     False),
    ("symlink-loop-to-root", lambda b, o: os.symlink(b, b / "loop"), {"not_regular_file"},
     False),
    ("manifest-wrong-line-then-right", lambda b, o: add_manifest_line(
        b, f"{'0' * 64}  {ARTIFACT}\n", first=True), {"manifest_duplicate"}, False),
    ("manifest-right-line-then-wrong", lambda b, o: add_manifest_line(
        b, f"{'0' * 64}  {ARTIFACT}\n", first=False), {"manifest_duplicate"}, False),
    ("manifest-path-traversal", lambda b, o: (
        (o / "secret.txt").write_text("x"),
        add_manifest_line(b, f"{'0' * 64}  ../{o.name}/secret.txt\n", first=False)),
     {"missing"}, False),
    ("manifest-not-utf8", lambda b, o: (b / "manifest.sha256").write_bytes(
        (b / "manifest.sha256").read_bytes() + b"\xff\xfe  x\n"), {"manifest_malformed"},
     False),
    ("manifest-17-mib", lambda b, o: (b / "manifest.sha256").write_bytes(
        b"#" * (17 << 20)), {"too_large"}, False),
    ("name-with-terminal-escapes", lambda b, o: rename_with_manifest(
        b, "TO-002 chat/original-01-chat.txt",
        "TO-002 chat/\x1b[2J\x1b[1;1H\x1b[32mOK all files match\x1b[0m.txt"),
     {"unsafe_name"}, True),
    ("name-not-utf8", lambda b, o: (b / os.fsdecode(b"TO-002 chat/bad\xff\x1b[31m.txt"))
     .write_bytes(b"x"), {"unsafe_name", "extra"}, True),
    ("name-with-bidi-override", lambda b, o: (b / "report\u202efdp.exe").write_bytes(b"x"),
     {"unsafe_name", "extra"}, False),
    ("names-differ-only-in-case", lambda b, o: shutil.copy(
        b / ARTIFACT, b / ARTIFACT.replace("photo.png", "PHOTO.png")), {"ambiguous_name"},
     False),
    ("folders-40-deep", lambda b, o: (b / "/".join(["d"] * 40)).mkdir(parents=True),
     {"too_deep"}, False),
    ("bundle-json-exhibits-a-string", with_doc(lambda d: d.update(exhibits="x")),
     {"index_malformed"}, False),
    ("bundle-json-exhibit-a-number", with_doc(lambda d: d.update(exhibits=[5])),
     {"index_malformed"}, False),
    ("bundle-json-artifacts-a-dict", with_doc(lambda d: d["exhibits"][0].update(
        artifacts={"a": 1})), {"index_malformed"}, False),
    ("bundle-json-sha-a-number", with_doc(lambda d: d["exhibits"][0]["artifacts"][0].update(
        sha256=5)), {"index_malformed"}, False),
    ("bundle-json-files-a-list", with_doc(lambda d: d.update(files=["report.pdf"])),
     {"index_malformed"}, False),
    ("bundle-json-custody-a-string", with_doc(lambda d: d.update(custody="x")),
     {"index_malformed"}, False),
    ("bundle-json-id-an-object", with_doc(lambda d: d.update(bundle_id={"\x1b[2J": 1})),
     {"index_malformed"}, False),
    ("bundle-json-size-a-string", with_doc(lambda d: d["exhibits"][0]["artifacts"][0].update(
        size="12")), {"index_malformed"}, False),
    ("bundle-json-1e400", lambda b, o: edit_bundle_json(b, (b / "bundle.json").read_bytes()
     .replace(b'"format_version": 1', b'"format_version": 1e400')), {"unreadable"}, False),
    ("bundle-json-nan", lambda b, o: edit_bundle_json(b, (b / "bundle.json").read_bytes()
     .replace(b'"format_version": 1', b'"format_version": NaN')), {"unreadable"}, False),
    ("bundle-json-5000-digit-int", lambda b, o: edit_bundle_json(
        b, (b / "bundle.json").read_bytes().replace(b'"format_version": 1',
                                                     b'"format_version": ' + b"9" * 5000)),
     {"unreadable"}, False),
    ("bundle-json-nested-100000", lambda b, o: edit_bundle_json(b, deep_json(100_000)),
     {"unreadable"}, False),
    ("bundle-json-nested-500", lambda b, o: edit_bundle_json(b, deep_json(500)),
     {"unreadable"}, False),
    ("bundle-json-duplicate-key", lambda b, o: edit_bundle_json(
        b, b'{"bundle_id": "forged", ' + (b / "bundle.json").read_bytes()[1:]),
     {"unreadable"}, False),
    ("bundle-json-not-utf8", lambda b, o: edit_bundle_json(b, b'{"format": "\xff"}'),
     {"unreadable"}, False),
    ("bundle-json-a-list", lambda b, o: edit_bundle_json(b, b"[1, 2]"), {"unreadable"}, False),
    ("custody-seq-1e400", with_custody_line(b'{"seq": 1e400, "prev_hash": "", "hash": ""}'),
     {"custody_unreadable"}, False),
    ("custody-wrong-types", with_custody_line(
        b'{"seq": "9", "prev_hash": 5, "hash": [], "details": "x"}'), {"custody_unreadable"},
     False),
    ("custody-not-an-object", with_custody_line(b"[1, 2, 3]"), {"custody_unreadable"}, False),
    ("custody-nested-100000", with_custody_line(b"[" * 100_000 + b"]" * 100_000),
     {"custody_unreadable"}, False),
    ("custody-details-nested-500", with_custody_line(
        b'{"seq": 99, "prev_hash": "", "hash": "", "details_sha256": "", "details": {"a": '
        + b"[" * 500 + b"]" * 500 + b"}}"), {"custody_unreadable"}, False),
    ("custody-5-mib-line", with_custody_line(b'{"x": "' + b"a" * (5 << 20) + b'"}'),
     {"custody_unreadable"}, False),
]


# --- zip attacks ------------------------------------------------------------------------------

def members_of(zpath: Path) -> list[Member]:
    with zipfile.ZipFile(zpath) as z:
        return [Member(i.filename, z.read(i)) for i in z.infolist()]


def top(zpath: Path) -> str:
    return zpath.stem + "/"


def zip_attack(edit: Callable[[list[Member], str], list[Member]]) -> Callable[[Path, Path], Path]:
    def build(zpath: Path, out: Path) -> Path:
        return write_zip(out / "attack.zip", edit(members_of(zpath), top(zpath)))
    return build


def find(members: list[Member], rel: str, prefix: str) -> int:
    return next(i for i, m in enumerate(members) if m.name == prefix + rel)


def bomb_member(rel: str, claimed: int | None = None) -> Callable[[list[Member], str],
                                                                   list[Member]]:
    def edit(ms: list[Member], p: str) -> list[Member]:
        raw, crc = zero_bomb(GIB3)
        i = find(ms, rel, p)
        ms[i] = Member(p + rel, raw=raw, crc=crc, size=GIB3 if claimed is None else claimed)
        return ms
    return edit


def forged_first(ms: list[Member], p: str) -> list[Member]:
    assert find(ms, ARTIFACT, p) >= 0  # the real one stays, after the forgery
    return [Member(p + ARTIFACT, b"forged picture"), *ms]


def flagged(rel: str, **changes: object) -> Callable[[list[Member], str], list[Member]]:
    def edit(ms: list[Member], p: str) -> list[Member]:
        m = ms[find(ms, rel, p)]
        for k, v in changes.items():
            setattr(m, k, v)
        return ms
    return edit


def extra(name: str | bytes) -> Callable[[list[Member], str], list[Member]]:
    def edit(ms: list[Member], p: str) -> list[Member]:
        full = (p.encode() + name) if isinstance(name, bytes) else p + name
        return [*ms, Member(full, b"x")]
    return edit


def overlapping(ms: list[Member], p: str) -> list[Member]:
    return [*ms, Member(p + "TO-001 photo/copy.png", ms[find(ms, ARTIFACT, p)].data,
                        same_data_as=find(ms, ARTIFACT, p))]


ZIP_CASES: list[tuple[str, Callable[[Path, Path], Path], set[str], bool]] = [
    ("zip-truncated", lambda z, o: _write(o / "cut.zip", z.read_bytes()[: z.stat().st_size // 2]),
     {"zip_damaged"}, False),
    ("zip-named-but-random-bytes", lambda z, o: _write(o / "r.zip", os.urandom(4096)),
     {"zip_damaged"}, False),
    ("zip-duplicate-entry-forged-first", zip_attack(forged_first), {"duplicate_entry"}, False),
    ("zip-encrypted-member", zip_attack(flagged(ARTIFACT, flags=1)), {"encrypted"}, False),
    ("zip-unsupported-method", zip_attack(flagged(ARTIFACT, method=6, raw=b"\x00" * 64)),
     {"unsupported_compression"}, False),
    ("zip-name-not-utf8-flagged-utf8", zip_attack(lambda ms, p: [
        *ms, Member(p.encode() + b"bad\xff.txt", b"x", flags=0x800)]), {"zip_damaged"}, True),
    ("zip-name-not-utf8-cp437", zip_attack(extra(b"bad\xff\x1b[32m.txt")),
     {"unsafe_name", "extra"}, True),
    ("zip-name-with-terminal-escapes", zip_attack(extra("\x1b[2J\x1b[32mOK.txt")),
     {"unsafe_name"}, True),
    ("zip-artifact-is-symlink", zip_attack(flagged(ARTIFACT, external_attr=S_IFLNK)),
     {"not_regular_file"}, False),
    ("zip-path-traversal", zip_attack(extra("../../etc/passwd")), {"unsafe_name"}, False),
    ("zip-dot-segment-duplicate", zip_attack(extra("./VERIFY.txt")), {"unsafe_name"}, False),
    ("zip-names-differ-only-in-case", zip_attack(extra("verify.TXT")), {"ambiguous_name"},
     False),
    ("zip-overlapping-entries", zip_attack(overlapping), {"zip_bomb"}, False),
    ("zip-manifest-inflates-to-3-gib", zip_attack(bomb_member("manifest.sha256")),
     {"too_large"}, True),
    ("zip-bundle-json-inflates-to-3-gib", zip_attack(bomb_member("bundle.json")),
     {"too_large"}, True),
    ("zip-custody-inflates-to-3-gib", zip_attack(bomb_member("custody.jsonl")),
     {"too_large"}, True),
    ("zip-report-inflates-to-3-gib", zip_attack(bomb_member("report.pdf")), {"zip_bomb"}, True),
    ("zip-artifact-claims-3-gib", zip_attack(bomb_member(ARTIFACT)), {"altered"}, True),
    ("zip-manifest-size-lies-small", zip_attack(bomb_member("manifest.sha256", claimed=100)),
     {"damaged"}, True),
    ("zip-bad-crc", zip_attack(flagged(ARTIFACT, crc=1)), {"altered"}, False),
]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def cli_verdict(target: Path, env_extra: dict[str, str] | None = None) -> tuple[int, dict, bytes]:  # type: ignore[type-arg]
    """Run the real CLI (--json and human) under a strict UTF-8 locale, with a time cap."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "", **(env_extra or {})}
    env.pop("PYTHONIOENCODING")
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    args = [sys.executable, "-m", "evidence_app", "verify-bundle", os.fsencode(target)]
    as_json = subprocess.run([*args, b"--json"], capture_output=True, timeout=TIMEOUT, env=env)
    human = subprocess.run(args, capture_output=True, timeout=TIMEOUT, env=env)
    assert b"Traceback" not in as_json.stderr + human.stderr, human.stderr
    assert human.returncode == as_json.returncode
    return as_json.returncode, json.loads(as_json.stdout), human.stdout + human.stderr


def codes(problems: list[dict]) -> set[str]:  # type: ignore[type-arg]
    return {p["kind"] for p in problems}


def check_verdict(target: Path, expected: set[str], in_subprocess: bool) -> None:
    if in_subprocess:
        code, doc, printed = cli_verdict(target)
        assert code == 1 and doc["ok"] is False
        assert expected <= codes(doc["problems"]), doc["problems"]
        assert b"\x1b" not in printed and b"\x9b" not in printed
        assert "OK" not in printed.decode("utf-8").splitlines()[0]
    else:
        rep = verify_bundle(target)
        assert not rep.ok
        assert expected <= codes(rep.problems), rep.problems
        json.dumps(rep.as_dict(), ensure_ascii=False).encode("utf-8")  # printable as JSON


@pytest.mark.parametrize(("attack", "expected", "in_subprocess"),
                         [c[1:] for c in FOLDER_CASES], ids=[c[0] for c in FOLDER_CASES])
def test_hostile_folder_gets_a_verdict(good, tmp_path, attack, expected, in_subprocess):
    bundle = tmp_path / "received"
    shutil.copytree(good[0], bundle, symlinks=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    attack(bundle, outside)
    check_verdict(bundle, expected, in_subprocess)


@pytest.mark.parametrize(("build", "expected", "in_subprocess"),
                         [c[1:] for c in ZIP_CASES], ids=[c[0] for c in ZIP_CASES])
def test_hostile_zip_gets_a_verdict(good, tmp_path, build, expected, in_subprocess):
    target = build(good[1], tmp_path)
    assert target.stat().st_size < 64 << 20  # the bombs are small on disk
    check_verdict(target, expected, in_subprocess)


def test_rebuilt_zip_verifies(good, tmp_path):
    """The attack writer itself makes valid zips: the verdicts above are the attacks'."""
    target = write_zip(tmp_path / "same.zip", members_of(good[1]))
    rep = verify_bundle(target)
    assert rep.ok, rep.problems


def test_empty_zip_and_folder_are_not_bundles(tmp_path):
    with pytest.raises(BundleUnreadable):
        verify_bundle(write_zip(tmp_path / "empty.zip", []))
    (tmp_path / "f").mkdir()
    with pytest.raises(BundleUnreadable):
        verify_bundle(tmp_path / "f")


def test_bundle_given_as_fifo_or_device_is_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.zip")
    for target in (tmp_path / "pipe.zip", Path("/dev/zero")):
        proc = subprocess.run([sys.executable, "-m", "evidence_app", "verify-bundle",
                               str(target)], capture_output=True, timeout=TIMEOUT,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
        assert proc.returncode == 2
        assert b"not a file or a folder" in proc.stderr


def test_ok_reminds_to_compare_the_manifest_hash(good):
    code, doc, printed = cli_verdict(good[1])
    assert code == 0 and doc["ok"]
    text = printed.decode()
    assert doc["manifest_sha256"] in text
    assert "compare this manifest SHA-256 with the one the sender gave you separately" in text


def test_escaped_names_do_not_reach_the_terminal(good, tmp_path):
    bundle = tmp_path / os.fsdecode(b"received-\xff")
    shutil.copytree(good[0], bundle)
    rename_with_manifest(bundle, "VERIFY.txt", "\x1b[32mOK\x1b[0m\u202e.txt")
    code, doc, printed = cli_verdict(bundle)
    assert code == 1
    text = printed.decode("utf-8")
    assert "\\x1b[32mOK\\x1b[0m\\u202e.txt" in text
    assert "received-\\xff" in text
    assert "\x1b" not in text and "\u202e" not in text


@pytest.mark.parametrize("which", [0, 1], ids=["folder", "zip"])
def test_too_many_files_is_a_verdict(good, monkeypatch, which):
    from evidence_app.integrity import bundle_source

    monkeypatch.setattr(bundle_source, "MAX_ENTRIES", 4)
    rep = verify_bundle(good[which])
    assert "too_many_files" in codes(rep.problems)


def test_problems_carry_codes_and_parameters(good, tmp_path):
    bundle = tmp_path / "received"
    shutil.copytree(good[0], bundle)
    add_manifest_line(bundle, f"{'0' * 64}  {ARTIFACT}\n", first=False)
    (bundle / "TO-002 chat/original-01-chat.txt").write_text("a longer, altered chat log\n")
    rep = verify_bundle(bundle)
    by_kind = {p["kind"]: p for p in rep.problems}
    assert by_kind["manifest_duplicate"]["params"]["line"] > 1
    altered = by_kind["altered"]
    assert altered["file"] == "TO-002 chat/original-01-chat.txt"
    assert altered["params"] == {"expected_size": 11, "found_size": 27}
