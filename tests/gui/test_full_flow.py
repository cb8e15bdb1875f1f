"""The whole flow in the window, with a real Chromium against a page served on 127.0.0.1."""

from __future__ import annotations

import pytest

from evidence_app.gui.dialogs.recovery_key import RecoveryKeyDialog
from evidence_app.gui.setup_window import SetupWindow

from .conftest import PASSPHRASE, checkerboard_png, unlock
from .test_workflow import click_in_next_modal, new_case, sharpest_edge

pytestmark = [
    pytest.mark.browser,
]


def fast_options():
    from evidence_app.capture.batch import CaptureOptions

    return CaptureOptions(timeout_s=60, nav_timeout_s=20, settle_timeout_s=4,
                          settle_quiet_ms=300, scroll_time_s=5, concurrency=2)


def create_vault_in_window(qtbot, controller) -> None:
    controller.start()
    win = controller.window
    assert isinstance(win, SetupWindow)
    win.name_edit.setText("Caseworker Lee")
    win.pass_edit.setText(PASSPHRASE)
    win.repeat_edit.setText(PASSPHRASE)
    win.create_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(controller, "recovery_dialog", None),
                                       RecoveryKeyDialog), timeout=30_000)
    controller.recovery_dialog.confirm.setChecked(True)
    with qtbot.waitSignal(controller.screen_shown, timeout=10_000):
        controller.recovery_dialog.continue_button.click()


def test_create_unlock_capture_review_export_verify(qtbot, controller, page_server, tmp_path):
    create_vault_in_window(qtbot, controller)
    controller.lock("manual")
    main = unlock(qtbot, controller)

    page_server.add("/gui-flow/pic.png", checkerboard_png(240, 12), content_type="image/png")
    good = page_server.add("/gui-flow/post", "<html><head><title>A <b>post</b></title></head>"
                           "<body><h1>Threat</h1><img src='/gui-flow/pic.png'></body></html>")
    missing = page_server.url("/gui-flow/does-not-exist-anywhere")
    new_case(qtbot, main, "Threats to B", "HK-9", "LW")
    queue = main.case_view.queue
    assert queue.engine_available and queue.start_button.isEnabled()
    queue.options = fast_options()
    queue.urls_edit.setPlainText(f"{good}\n\n{good}\nnot a web address\n{missing}\n")
    with qtbot.waitSignal(queue.finished, timeout=180_000) as blocker:
        queue.start_button.click()
        assert queue.cancel_button.isEnabled()
    results = blocker.args[0]
    assert [r.url for r in results][0] == good and len(results) == 3  # duplicates dropped
    assert results[0].ok and results[0].exhibit in ("LW-001", "LW-002")  # sealed as they end
    exhibit = results[0].exhibit
    assert not results[1].ok and "address" in results[1].error  # plain words, what to do
    assert queue.table.item(0, 3).text().startswith(f"Sealed as {exhibit}")
    assert queue.table.item(1, 3).text().startswith("This is not a web address.")
    ok = sum(r.ok for r in results)
    assert f"{ok} of 3 pages" in queue.summary.text()

    view = main.case_view
    qtbot.waitUntil(lambda: view.table.rowCount() == ok, timeout=10_000)
    row = [view.table.item(i, 0).text() for i in range(ok)].index(exhibit)
    assert view.table.item(row, 2).text() == good
    assert view.table.item(row, 1).text() == "Web page"
    view.table.selectRow(row)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.data is not None and bool(detail.previews), timeout=20_000)
    facts = {detail.facts.itemAt(i, detail.facts.ItemRole.LabelRole).widget().text():
             detail.facts.itemAt(i, detail.facts.ItemRole.FieldRole).widget().text()
             for i in range(detail.facts.rowCount())
             if detail.facts.itemAt(i, detail.facts.ItemRole.LabelRole) is not None}
    assert facts["Requested address"] == good
    assert facts["HTTP status"] == "200"
    assert facts["Page title"] == "A <b>post</b>"  # literally, never as markup
    assert facts["Certificate"] == "none (plain http)"

    preview = next(iter(detail.previews.values()))
    assert sharpest_edge(preview.image.pixmap().toImage()) < 12
    click_in_next_modal(qtbot, "Show the image")
    with qtbot.waitSignal(detail.viewed, timeout=20_000):
        preview.reveal_button.click()
    vault = main.session.vault
    viewed = [e for e in vault.custody_events(capture_id=results[0].capture_id)
              if e.action == "viewed"]
    assert len(viewed) == 1 and viewed[0].artifact_id == preview.artifact_id
    assert sharpest_edge(preview.image.pixmap().toImage()) > 100  # text and picture edges

    dlg = main.export_case(view.case)
    out = tmp_path / "out"
    out.mkdir()
    dlg.folder_edit.setText(str(out))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=180_000)
    assert dlg.export_result is not None, dlg.status.text()
    assert dlg.export_result.pdf_path.exists() and dlg.export_result.exhibits == ok

    from evidence_app.integrity.verify_bundle import verify_bundle

    assert verify_bundle(dlg.export_result.bundle_dir).ok

    verify = main.verify()
    qtbot.waitUntil(lambda: verify.job is None and verify.report is not None, timeout=60_000)
    assert verify.report.ok and "All good" in verify.status.text()


def test_cancelling_a_capture_keeps_what_was_sealed_and_nothing_half_done(
        qtbot, main_window, page_server):
    from evidence_app.vault.verify import verify_vault

    main = main_window
    new_case(qtbot, main, "Cancel test", "HK-10", "CX")
    queue = main.case_view.queue
    queue.options = fast_options()
    stages: list[str] = []
    queue.start([page_server.url("/hang"), page_server.url("/hang?2")])
    queue.job.reported.connect(lambda ev: stages.append(ev.stage))
    qtbot.waitUntil(lambda: "loading" in stages, timeout=60_000)
    with qtbot.waitSignal(queue.finished, timeout=60_000) as blocker:
        queue.cancel_button.click()
        assert "Cancelling" in queue.summary.text()
    assert all(not r.ok for r in blocker.args[0])
    assert "Cancelled" in queue.summary.text()
    assert queue.start_button.isEnabled()
    vault = main.session.vault
    assert vault.list_captures(main.case_view.case.id) == []
    assert verify_vault(vault, record=False).ok
