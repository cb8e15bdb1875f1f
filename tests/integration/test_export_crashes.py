"""Interrupted exports (issue 9 item 3): a SIGKILL at any point leaves no decrypted evidence for
ever, and never a bundle without its custody record."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from evidence_app.importer import import_file
from evidence_app.report.export import ExportOptions, export_case
from evidence_app.report.export_journal import partial_name, sweep_interrupted_exports
from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault

# A child that exports the first case to OUT (with a zip) and SIGKILLs itself at POINT.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from evidence_app.report import export as export_mod
    from evidence_app.report.export import ExportOptions, export_case
    from evidence_app.vault import Operator, Vault
    vault_path, passphrase, out, point = sys.argv[1:5]
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    v = Vault.open(Path(vault_path), passphrase, Operator("child", "test"))
    def progress(done, total, message):
        if point == "copying" and message.startswith("copied"):
            die()
        if point == "before_record" and message == "finishing":
            die()
    if point == "zip_written":
        real_zip = export_mod._write_zip
        def write_zip(*a):
            real_zip(*a)
            die()
        export_mod._write_zip = write_zip
    if point == "after_record":
        real_record = v.record_event
        def record(action, **k):
            ev = real_record(action, **k)
            if action == "exported":
                die()
            return ev
        v.record_event = record
    if point == "between_renames":
        real_replace = os.replace
        def replace(*a):
            real_replace(*a)
            die()
        export_mod.os.replace = replace
    export_case(v, v.list_cases()[0].id, ExportOptions(Path(out), make_zip=True), progress)
    print("exported", flush=True)
""")


@pytest.fixture
def three_imports(vault, case, tmp_path):  # type: ignore[no-untyped-def]
    for i in range(3):
        f = tmp_path / f"chat-{i}.txt"
        f.write_bytes(f"private message {i}\n".encode() * 50_000)
        import_file(vault, case.id, f)
    return case


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".partial-" in p.name]


def _exported_ids(v: Vault) -> set[str]:
    return {e.details["bundle_id"] for e in v.custody_events() if e.action == "exported"}


# point -> (folder in place after the kill, zip in place after the kill)
POINTS = {"copying": (False, False), "zip_written": (False, False),
          "before_record": (False, False), "after_record": (False, False),
          "between_renames": (True, False)}


@pytest.mark.slow
@pytest.mark.parametrize("point", list(POINTS))
def test_sigkill_during_export_is_cleaned_up_and_recorded(vault, three_imports, vault_path,
                                                          operator, tmp_path, point):
    vault.close()
    outs = tmp_path / "exports"
    out = outs / "bundle"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE, str(out),
                           point], capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    folder_in_place, zip_in_place = POINTS[point]
    assert out.is_dir() == folder_in_place
    assert (outs / "bundle.zip").exists() == zip_in_place
    # The decrypted evidence the kill left behind.
    left = _partials(outs)
    assert left, "the kill should have left a partial export"
    assert any(b"private message" in p.read_bytes() for d in left if d.is_dir()
               for p in d.rglob("*.txt")) or point == "between_renames"
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        # Never a bundle without its record.
        recorded = _exported_ids(v)
        if out.is_dir():
            bundle = json.loads((out / "bundle.json").read_text())
            assert bundle["bundle_id"] in recorded
    # The next export (here the CLI's) removes the leftovers and says so.
    env = dict(os.environ, EVIDENCE_APP_PASSPHRASE=PASSPHRASE)
    cli = subprocess.run([sys.executable, "-m", "evidence_app", "--vault", str(vault_path),
                          "export", "--case", "T-1", "--out", str(tmp_path / "again"), "--json"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert cli.returncode == 0, cli.stderr
    result = json.loads(cli.stdout)
    [leftover] = result["leftovers_removed"]
    assert sorted(leftover["removed"]) == sorted(str(p) for p in left)
    assert leftover["recorded_as_exported"] == (point in ("after_record", "between_renames"))
    assert leftover["folder_in_place"] == folder_in_place
    assert _partials(outs) == [] and _partials(tmp_path) == []
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        abandoned = [e for e in v.custody_events() if e.action == "export_abandoned"]
        assert len(abandoned) == 1
        assert abandoned[0].details["partials_removed"] == len(left)
        assert abandoned[0].case_id == three_imports.id
        assert verify_vault(v).ok
        assert sweep_interrupted_exports(v) == []  # nothing twice


def test_an_export_running_in_another_live_process_is_left_alone(vault, three_imports,
                                                                 tmp_path):
    from evidence_app.report.export_journal import ExportJournal

    out = tmp_path / "running"
    partial = partial_name(out, "0123abcd")
    ExportJournal.begin(vault, three_imports.id, "TO-x", out, None, partial, None)
    partial.mkdir()
    # Pretend the note was written by a live process on this computer (our parent).
    key = "export_in_progress/TO-x"
    note = json.loads(vault.notes("export_in_progress/")["TO-x"])
    vault.set_note(key, json.dumps(dict(note, pid=os.getppid())))
    assert sweep_interrupted_exports(vault) == []
    assert partial.is_dir()
    export_case(vault, three_imports.id, ExportOptions(tmp_path / "other" / "b"))
    assert partial.is_dir()


def test_partials_no_note_names_are_removed_too(vault, three_imports, tmp_path):
    """What an older version (no notes) left beside the target folder."""
    out = tmp_path / "exports" / "bundle"
    old = partial_name(out, "deadbeef")
    old.mkdir(parents=True)
    (old / "evidence.txt").write_text("decrypted")
    res = export_case(vault, three_imports.id, ExportOptions(out))
    assert not old.exists()
    assert res.leftovers[0].removed == (str(old),)
    assert [e for e in vault.custody_events() if e.action == "export_abandoned"]
