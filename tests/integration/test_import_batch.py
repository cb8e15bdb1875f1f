"""The one import job (CLI and GUI): per-file results, a failure does not stop the batch, and
only the file name is recorded unless the caseworker asks for the path."""

from __future__ import annotations

import json
import threading

from evidence_app.importer import import_files
from evidence_app.report.export import ExportOptions, export_case


def test_batch_results_in_order_and_a_missing_file_does_not_stop_the_others(vault, tmp_path):
    case = vault.create_case("Batch")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("first")
    b.write_text("second")
    seen = []
    outcome = import_files(vault, case.id, [a, tmp_path / "missing.txt", b],
                           on_result=seen.append)
    assert [r.path.name for r in outcome.results] == ["a.txt", "missing.txt", "b.txt"]
    assert [r.capture is not None for r in outcome.results] == [True, False, True]
    assert "not found" in (outcome.results[1].error or "").lower()
    assert seen == outcome.results and len(outcome.sealed) == 2 and not outcome.cancelled


def test_a_cancelled_batch_keeps_what_was_sealed(vault, tmp_path):
    case = vault.create_case("Cancel")
    files = []
    for i in range(3):
        f = tmp_path / f"f{i}.txt"
        f.write_text(str(i))
        files.append(f)
    cancel = threading.Event()
    outcome = import_files(vault, case.id, files, cancel=cancel,
                           on_result=lambda r: cancel.set())
    assert outcome.cancelled and len(outcome.sealed) == 1
    assert len(vault.list_captures(case.id)) == 1


def test_only_the_file_name_travels_unless_the_path_is_asked_for(vault, tmp_path):
    case = vault.create_case("Paths")
    secret_dir = tmp_path / "Survivor Chan Tai Man private"
    secret_dir.mkdir()
    f = secret_dir / "threat.txt"
    f.write_text("I will post the pictures")
    [plain] = import_files(vault, case.id, [f]).sealed
    assert plain.imported.original_name == "threat.txt" and plain.imported.original_path is None
    [with_path] = import_files(vault, case.id, [f], record_path=True).sealed
    assert with_path.imported.original_path == str(f.resolve())
    other = vault.create_case("Export")
    import_files(vault, other.id, [f])
    res = export_case(vault, other.id, ExportOptions(tmp_path / "bundle"))
    doc = (res.bundle_dir / "bundle.json").read_text(encoding="utf-8")
    assert "Chan Tai Man" not in doc and json.loads(doc)["exhibits"][0]["source"] == "threat.txt"
