"""The verify window names what it found in the interface language, the record's detail below."""

from __future__ import annotations

from support.vaulttools import raw_connection

from evidence_app.gui.settings import Settings
from evidence_app.importer import import_file
from evidence_app.vault import Vault

from .conftest import PASSPHRASE, unlock
from .test_chinese_flow import ENGLISH_RUN


def test_problems_found_by_verify_are_worded_in_chinese(qtbot, make_controller, store,
                                                        existing_vault, operator, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("threat received at 12:05\n", encoding="utf-8")
    with Vault.open(existing_vault, PASSPHRASE, operator) as v:
        case = v.create_case("陳小姐的個案", ref="HK-5", exhibit_prefix="CS")
        cap = import_file(v, case.id, note)
        seq = next(e.seq for e in v.custody_events(capture_id=cap.id))
    conn = raw_connection(existing_vault, PASSPHRASE)  # someone edits the log behind our back
    conn.execute("DROP TRIGGER custody_events_no_update")
    conn.execute("UPDATE custody_events SET operator = 'Someone Else' WHERE seq = ?", (seq,))
    conn.close()

    store.save(Settings(language="zh_HK"))
    controller = make_controller()
    controller.start()
    main = unlock(qtbot, controller)
    dlg = main.verify()
    qtbot.waitUntil(lambda: dlg.job is None and dlg.report is not None, timeout=30_000)
    assert not dlg.report.ok
    assert "發現" in dlg.status.text()
    text = dlg.problems.toPlainText()
    assert f"第 {seq} 條保管紀錄在寫入後曾被改動。" in text
    said = [line for line in text.splitlines() if line and not line.startswith("    ")]
    assert said and all(not ENGLISH_RUN.search(line) for line in said), said
    details = [line for line in text.splitlines() if line.startswith("    ")]
    assert details and all(line.strip().startswith("技術詳情：custody event #") for line in details)
