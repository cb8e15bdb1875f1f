"""Cases, import (dialog path and drag-and-drop), safe review, export and verify in the window."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from evidence_app.gui.main_window import MainWindow

from .conftest import checkerboard_png


def new_case(qtbot, main: MainWindow, title: str = "Harassment of A", ref: str = "HK-1",
             prefix: str = "AB"):
    main.create_case(title, ref, prefix)
    qtbot.waitUntil(lambda: main.cases.list.count() >= 1
                    and main.cases.current_case() is not None, timeout=10_000)
    case = main.cases.current_case()
    assert case.title == title
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=5000)
    return case


def import_files(qtbot, main: MainWindow, paths: list[Path]) -> None:
    job = main.case_view.import_paths(paths)
    assert job is not None
    qtbot.waitUntil(lambda: main.case_view.import_job is None, timeout=30_000)


def sharpest_edge(img: QImage) -> int:
    """The largest grey-level step between neighbouring pixels: ~255 at a sharp black/white
    edge, a few levels in a strongly blurred picture."""
    best = 0
    for y in range(0, img.height(), 3):
        prev = QColorGrey(img.pixel(0, y))
        for x in range(1, img.width()):
            g = QColorGrey(img.pixel(x, y))
            best = max(best, abs(g - prev))
            prev = g
    return best


def QColorGrey(rgb: int) -> int:  # noqa: N802 - mirrors qGray
    return ((rgb >> 16 & 0xFF) * 11 + (rgb >> 8 & 0xFF) * 16 + (rgb & 0xFF) * 5) // 32


def click_in_next_modal(qtbot, button_text: str) -> list[str]:
    """Answer the next modal dialog like a user would (it blocks the test until answered)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
                return
        raise AssertionError(f"no button {button_text!r}")

    QTimer.singleShot(0, answer)
    return seen


def test_new_case_import_review_and_verify(qtbot, main_window, tmp_path):
    main = main_window
    case = new_case(qtbot, main)
    # A file name that looks like markup must be shown literally.
    pic = tmp_path / "<b>photo<i>.png"
    pic.write_bytes(checkerboard_png())
    import_files(qtbot, main, [pic])
    view = main.case_view
    assert "imported and sealed" in view.import_status.text()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 0).text() == "AB-001"
    assert view.table.item(0, 2).text() == "<b>photo<i>.png"
    assert "+" in view.table.item(0, 3).text() or "-" in view.table.item(0, 3).text()[-6:]

    view.table.selectRow(0)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.data is not None and len(detail.previews) == 1,
                    timeout=15_000)
    assert detail.title.text() == "Exhibit AB-001"
    labels = [detail.facts.itemAt(i).widget() for i in range(detail.facts.count())]
    shown = [w for w in labels if w is not None and w.text() == "<b>photo<i>.png"]
    assert shown and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)

    preview = next(iter(detail.previews.values()))
    assert not preview.is_revealed
    assert sharpest_edge(preview.image.pixmap().toImage()) < 12  # strongly blurred
    art = detail.data.capture.artifacts[0]
    assert detail.artifacts.item(0, 4).text() == art.sha256
    detail.artifacts.selectRow(0)
    detail.copy_button.click()
    assert QApplication.clipboard().text() == art.sha256

    # The first reveal asks first; cancelling records nothing.
    seen = click_in_next_modal(qtbot, "Cancel")
    preview.reveal_button.click()
    assert seen and "blurred" in seen[0]
    assert not preview.is_revealed
    events = main.session.vault.custody_events(capture_id=art.capture_id)
    # (The picture's fingerprint is recorded after the seal, beside it.)
    assert [e.action for e in events if e.action != "fingerprinted"] == ["imported"]

    click_in_next_modal(qtbot, "Show the image")
    with qtbot.waitSignal(detail.viewed, timeout=15_000):
        preview.reveal_button.click()
    assert preview.is_revealed
    assert sharpest_edge(preview.image.pixmap().toImage()) > 200
    events = main.session.vault.custody_events(capture_id=art.capture_id)
    viewed = [e for e in events if e.action == "viewed"]
    assert len(viewed) == 1 and viewed[0].artifact_id == art.id
    assert viewed[0].operator == "Test Caseworker"
    # Imported, fingerprinted (after the seal), viewed: the timeline shows every event.
    qtbot.waitUntil(lambda: detail.custody.rowCount() == len(
        main.session.vault.custody_events(capture_id=art.capture_id)), timeout=10_000)
    assert detail.custody.rowCount() == 3

    # No second warning in the same session; blurring again drops the sharp picture.
    preview.hide_button.click()
    assert sharpest_edge(preview.image.pixmap().toImage()) < 12
    with qtbot.waitSignal(detail.viewed, timeout=15_000):
        preview.reveal_button.click()
    assert len([e for e in main.session.vault.custody_events(capture_id=art.capture_id)
                if e.action == "viewed"]) == 2

    dlg = main.verify()
    qtbot.waitUntil(lambda: dlg.job is None and dlg.report is not None, timeout=30_000)
    assert dlg.report.ok
    assert "All good" in dlg.status.text()
    assert main.session.vault.custody_events()[-1].action == "verified"
    assert case.id == view.case.id


def test_drag_and_drop_imports_every_file(qtbot, main_window, tmp_path):
    main = main_window
    new_case(qtbot, main)
    files = []
    for i in range(3):
        f = tmp_path / f"chat-{i}.txt"
        f.write_text(f"message {i}\n" * 100)
        files.append(f)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(10, 10), *args)
    main.case_view.event(enter)  # what the window system delivers during a drag
    assert enter.isAccepted()
    main.case_view.event(QDropEvent(QPointF(10, 10), *args))
    # Asked first where the files came from; only the file names are kept unless chosen.
    dlg = main.case_view.note_dialog
    assert dlg is not None and dlg.isVisible() and not dlg.path_check.isChecked()
    dlg.note_edit.setText("sent by the client on WhatsApp")
    dlg.accept()
    assert main.case_view.import_job is not None
    qtbot.waitUntil(lambda: main.case_view.import_job is None, timeout=30_000)
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() == 3, timeout=10_000)
    assert "3 files imported" in main.case_view.import_status.text()
    qtbot.waitUntil(lambda: "3 items" in main.cases.list.item(0).text(), timeout=10_000)
    captures = main.session.vault.list_captures(main.case_view.case.id)
    assert {c.note for c in captures} == {"sent by the client on WhatsApp"}
    assert all(c.imported.original_path is None for c in captures)
    assert {c.imported.original_name for c in captures} == {f.name for f in files}


def test_import_cancel_keeps_nothing_half_done(qtbot, main_window, tmp_path):
    main = main_window
    new_case(qtbot, main)
    big = tmp_path / "video.bin"
    big.write_bytes(b"\x00" * (64 * 1024 * 1024))
    job = main.case_view.import_paths([big])
    job.cancel()
    qtbot.waitUntil(lambda: main.case_view.import_job is None, timeout=60_000)
    assert main.session.vault.list_captures(main.case_view.case.id) == []


def test_search_filters_cases(qtbot, main_window):
    main = main_window
    new_case(qtbot, main, "Alpha matter", "R-1", "AA")
    main.create_case("Beta matter", "R-2", "BB")
    qtbot.waitUntil(lambda: main.cases.list.count() == 2, timeout=10_000)
    main.cases.search.setText("beta")
    assert main.cases.list.count() == 1
    assert main.cases.list.item(0).text().startswith("Beta matter")
    main.cases.search.setText("")
    assert main.cases.list.count() == 2


def test_export_dialog_writes_bundle_and_pdf(qtbot, main_window, tmp_path):
    main = main_window
    new_case(qtbot, main)
    pic = tmp_path / "screenshot.png"
    pic.write_bytes(checkerboard_png())
    import_files(qtbot, main, [pic])
    dlg = main.export_case(main.case_view.case)
    out = tmp_path / "exports"
    out.mkdir()
    dlg.folder_edit.setText(str(out))
    dlg.zip_check.setChecked(True)
    assert not dlg.redact_check.isChecked()  # the full bundle unless asked otherwise
    dlg.purpose_combo.setCurrentIndex(1)
    assert dlg.options()["purpose"] == "disposal order"
    dlg.export_button.click()
    assert dlg.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=120_000)
    assert dlg.export_result is not None, dlg.status.text()
    assert dlg.export_result.pdf_path.exists() and dlg.export_result.zip_path.exists()
    assert "Export finished: 1 exhibits" in dlg.status.text()
    # The manifest fingerprint to send separately, and the way to the folder.
    assert dlg.manifest_hash.isVisible() and dlg.open_folder_button.isVisible()
    manifest = dlg.export_result.bundle_dir / "manifest.sha256"
    assert dlg.manifest_hash.text() == dlg.export_result.manifest_sha256
    assert dlg.manifest_hash.text() == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert any(f.suffix == ".png" for f in dlg.export_result.bundle_dir.rglob("*"))
    assert any(e.action == "exported" for e in main.session.vault.custody_events())

    redacted_out = tmp_path / "redacted"
    dlg.folder_edit.setText(str(redacted_out))
    dlg.zip_check.setChecked(False)
    dlg.redact_check.setChecked(True)
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=120_000)
    assert dlg.export_result is not None and dlg.export_result.redacted, dlg.status.text()
    assert not any(f.suffix == ".png" for f in dlg.export_result.bundle_dir.rglob("*"))


def test_export_into_a_folder_that_is_not_empty_says_what_to_do(qtbot, main_window, tmp_path):
    main = main_window
    new_case(qtbot, main)
    out = tmp_path / "busy"
    out.mkdir()
    (out / "something.txt").write_text("x")
    dlg = main.export_case(main.case_view.case)
    dlg.folder_edit.setText(str(out))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    assert dlg.export_result is None
    text = dlg.status.text()
    assert text and "Traceback" not in text and "folder" in text.lower()


def test_locking_during_an_import_abandons_it_and_closes_the_vault_after(
        qtbot, main_window, controller, tmp_path, vault_path):
    from evidence_app.vault import Operator, Vault
    from evidence_app.vault.verify import verify_vault

    from .conftest import PASSPHRASE

    main = main_window
    new_case(qtbot, main)
    big = tmp_path / "long-video.bin"
    big.write_bytes(b"\x01" * (96 * 1024 * 1024))
    job = main.case_view.import_paths([big])
    controller.lock("manual")  # the window goes away at once; the job must not call back into it
    assert job.abandoned and job.cancel_event.is_set()
    session = controller.last_session
    qtbot.waitUntil(lambda: not session.closer.is_alive(), timeout=60_000)
    assert job.done_event.is_set()
    with Vault.open(vault_path, PASSPHRASE, Operator("t", "m")) as v:
        report = verify_vault(v, record=False)
        assert report.ok, report.problems
        assert len(v.list_captures(v.list_cases()[0].id)) <= 1  # all or nothing
