"""After-seal steps: they see each sealed capture once it is committed and cannot undo it."""

from __future__ import annotations

from evidence_app import after_seal
from evidence_app.importer import import_file


def test_steps_see_sealed_captures_and_a_failing_step_undoes_nothing(vault, case, tmp_path):
    seen = []

    def record(v, info):  # type: ignore[no-untyped-def]
        # Committed: a fresh read of the vault already holds the capture.
        seen.append((info.exhibit, v.get_capture(info.id).id))

    def broken(_v, _info):  # type: ignore[no-untyped-def]
        raise RuntimeError("a step that fails")

    after_seal.install(vault)
    vault.after_seal += [broken, record]
    f = tmp_path / "note.txt"
    f.write_text("evidence")
    info = import_file(vault, case.id, f)
    assert seen == [(info.exhibit, info.id)]
    assert [c.id for c in vault.list_captures(case.id)] == [info.id]
