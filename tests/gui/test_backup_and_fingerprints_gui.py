"""Backups (Back up now, the reminder bar), interrupted-export leftovers at unlock, and the
fingerprint screens: watch list, match badge, under-18 banner and mark, similar pictures."""

from __future__ import annotations

import io
import json
import os
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evidence_app.gui.widgets.notice_bars import backup_overdue
from evidence_app.vault import Vault

from .conftest import PASSPHRASE, checkerboard_png, unlock


def _wait_job(qtbot, job, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    if job is not None and job.running:
        with qtbot.waitSignal(job.finished, timeout=timeout):
            pass


def test_reminder_rule():
    now = datetime(2026, 12, 2, tzinfo=timezone.utc)
    assert backup_overdue(None, 7, now)
    assert not backup_overdue(now - timedelta(days=6), 7, now)
    assert backup_overdue(now - timedelta(days=8), 7, now)


def test_back_up_now_writes_a_checked_copy_and_the_reminder_goes(qtbot, main_window, tmp_path):
    main = main_window
    bar = main.extras.reminder
    qtbot.waitUntil(bar.isVisible, timeout=10_000)  # a new vault was never backed up
    assert "never been backed up" in bar.text.text()
    bar.backup_button.click()
    dlg = main.extras.backup_dialog
    assert dlg is not None and dlg.isVisible()
    target = tmp_path / "usb" / "backup-1"
    job = dlg.start(target)
    assert job is not None and dlg.bar.isVisible() and not dlg.choose_button.isEnabled()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert "Backed up and checked" in dlg.status.text() and str(target) in dlg.status.text()
    assert (target / "backup.json").is_file() and not dlg.bar.isVisible()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
    assert any(e.action == "backed_up" for e in main.session.vault.custody_events())
    # A second backup into the same (now full) folder is refused with a reason.
    job = dlg.start(target)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert "already exists" in dlg.status.text() or "not empty" in dlg.status.text()


def test_an_old_backup_shows_the_reminder_with_its_date(qtbot, main_window):
    bar = main_window.extras.reminder
    last = datetime.now(timezone.utc) - timedelta(days=10)
    bar.update_for(last, 7)
    assert bar.isVisible() and "more than 7 day(s) ago" in bar.text.text()
    bar.later_button.click()
    assert not bar.isVisible()


def test_unlock_removes_an_interrupted_exports_leftovers_and_says_so(
        qtbot, controller, existing_vault, operator, tmp_path):
    from evidence_app.report import export_journal

    v = Vault.open(existing_vault, PASSPHRASE, operator)
    case = v.create_case("Leftover", ref="L-1")
    out = tmp_path / "exports" / "bundle"
    partial = export_journal.partial_name(out, "0123abcd")
    partial.mkdir(parents=True)
    (partial / "decrypted.png").write_bytes(b"evidence")
    note = {"bundle_id": "b-1", "case_id": case.id, "pid": os.getpid(),
            "host": socket.gethostname(), "out_dir": str(out), "zip_path": None,
            "partials": [str(partial)]}
    v.set_note(export_journal.NOTE_PREFIX + "b-1", json.dumps(note))  # an export killed midway
    v.close()
    controller.start()
    main = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: "interrupted export" in main.extras.status_note.text(),
                    timeout=20_000)
    assert not partial.exists()
    assert main.extras.status_note.isVisible()


def _import(qtbot, view, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    job = view.import_paths(paths)
    _wait_job(qtbot, job)


def _png(path: Path, size: int = 200, cell: int = 10) -> Path:
    path.write_bytes(checkerboard_png(size, cell))
    return path


def _photo(path: Path, scale: float = 1.0) -> Path:
    """A detailed picture (PDQ quality high enough to match), optionally resized as JPEG."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), "white")
    d = ImageDraw.Draw(img)
    for i in range(0, 320, 16):
        d.rectangle([i, (i * 7) % 200, i + 12, (i * 7) % 200 + 40], fill=(i % 255, 80, 160))
        d.ellipse([i // 2, 100 + i % 60, i // 2 + 30, 130 + i % 60], fill=(20, i % 255, 40))
    if scale != 1.0:
        img = img.resize((int(320 * scale), int(240 * scale)))
    buf = io.BytesIO()
    img.save(buf, "JPEG" if scale != 1.0 else "PNG", quality=80)
    path.write_bytes(buf.getvalue())
    return path


def test_watch_list_flags_a_capture_and_similar_pictures_are_listed_without_pixels(
        qtbot, main_window, tmp_path):
    main = main_window
    main.create_case("Reposts", "R-1", "KL")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    view, extras = main.case_view, main.extras
    dlg = extras.open_watch_list()
    assert dlg is not None and "KL" not in dlg.status.text()
    qtbot.waitUntil(lambda: "empty" in dlg.status.text(), timeout=10_000)
    original = _photo(tmp_path / "provided.png")
    _wait_job(qtbot, dlg.add_paths([original]))
    assert "1 picture(s) added" in dlg.status.text()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    assert dlg.table.item(0, 0).text() == "KL-W01" and dlg.table.item(0, 3).text() == "no"
    assert main.session.vault.list_captures(view.case.id) == []  # hashes only: not kept
    dlg.close()

    _import(qtbot, view, [_photo(tmp_path / "repost.jpg", scale=0.7)])
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "matches KL-W01" in view.table.item(0, 5).text(), timeout=20_000)
    view.table.selectRow(0)
    ce = extras.capture_extras
    qtbot.waitUntil(lambda: ce.flag.isVisible() and "Matches KL-W01, distance" in ce.flag.text(),
                    timeout=20_000)

    _import(qtbot, view, [_photo(tmp_path / "again.png")])
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: ce.data is not None and ce.similar_button.isEnabled(),
                    timeout=20_000)
    ce.similar_button.click()
    sim = extras.similar_dialog
    assert sim is not None
    qtbot.waitUntil(lambda: sim.matches is not None, timeout=20_000)
    assert len(sim.matches) == 1 and sim.table.rowCount() == 1
    assert sim.table.item(0, 0).text().startswith("KL-00")
    assert int(sim.table.item(0, 1).text()) <= 31
    assert "1 similar picture(s)" in sim.status.text()
    from PySide6.QtWidgets import QLabel

    assert all(lbl.pixmap().isNull() for lbl in sim.findChildren(QLabel))  # never a thumbnail


def test_marking_a_case_as_minor_asks_first_then_shows_the_banner_for_good(
        qtbot, main_window):
    main = main_window
    main.create_case("Student", "S-1", "ST")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    extras = main.extras
    qtbot.waitUntil(lambda: extras.mark_minor_button.isVisible(), timeout=10_000)
    assert not extras.minor_banner.isVisible()
    box = extras.confirm_mark_minor()
    assert "cannot be undone" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    case_id = main.case_view.case.id
    from evidence_app.fingerprints.safeguard import is_minor

    assert not is_minor(main.session.vault, case_id)
    box = extras.confirm_mark_minor()
    mark = next(b for b in box.buttons() if b.text() == "Mark the case")
    mark.click()
    qtbot.waitUntil(lambda: extras.minor_banner.isVisible(), timeout=10_000)
    assert not extras.mark_minor_button.isVisible()
    text = extras.minor_banner.text.text()
    assert "police" in text and "Take It Down" in text
    assert is_minor(main.session.vault, case_id)
    assert any(e.action == "marked_minor" for e in main.session.vault.custody_events(
        case_id=case_id))
    main.case_view.reload()  # still there after the list is read again
    qtbot.waitUntil(lambda: extras.minor_job is not None and not extras.minor_job.running,
                    timeout=10_000)
    assert extras.minor_banner.isVisible()


def test_a_wrong_picture_is_taken_off_the_watch_list_after_asking(qtbot, main_window,
                                                                   tmp_path):
    main = main_window
    main.create_case("Reposts", "R-2", "KL")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    dlg = main.extras.open_watch_list()
    _wait_job(qtbot, dlg.add_paths([_photo(tmp_path / "wrong.png"), _photo(tmp_path / "b.png",
                                                                           scale=0.5)]))
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=10_000)
    assert not dlg.remove_button.isEnabled()  # nothing selected
    dlg.table.selectRow(0)
    assert dlg.remove_button.isEnabled()
    box = dlg.ask_remove()
    assert box is not None and "KL-W01" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dlg.remove_job is None and dlg.table.rowCount() == 2
    box = dlg.ask_remove()
    destructive = QMessageBox.ButtonRole.DestructiveRole
    [remove] = [b for b in box.buttons() if box.buttonRole(b) == destructive]
    remove.click()
    qtbot.waitUntil(lambda: dlg.remove_job is None and dlg.table.rowCount() == 1, timeout=10_000)
    assert dlg.table.item(0, 0).text() == "KL-W02"
    assert "KL-W01 was removed" in dlg.status.text()
    events = [e for e in main.session.vault.custody_events() if e.action == "watch_removed"]
    assert [e.details["label"] for e in events] == ["KL-W01"]


def test_a_new_recovery_key_is_shown_then_put_in_force_when_confirmed(qtbot, main_window):
    from evidence_app.errors import WrongRecoveryKey

    from .conftest import PASSPHRASE

    main = main_window
    backup = main.extras.open_backup()
    dlg = backup.open_new_key()
    assert not dlg.make_button.isEnabled()
    dlg.pass_edit.setText("not the passphrase")
    _wait_job(qtbot, dlg.start())
    assert dlg.key_dialog is None and "wrong" in dlg.status.text().lower()
    dlg.pass_edit.setText(PASSPHRASE)
    _wait_job(qtbot, dlg.start())
    key_dialog = dlg.key_dialog
    assert key_dialog is not None and key_dialog.isVisible()
    key = key_dialog.key_label.text()
    assert len(key) == 39
    vault = main.session.vault
    with pytest.raises(WrongRecoveryKey):  # shown, not yet in force
        vault.keyfile.unlock_with_recovery_key(key)
    assert not key_dialog.continue_button.isEnabled()
    key_dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dlg.replaced, timeout=30_000):
        key_dialog.continue_button.click()
    assert "in force" in dlg.status.text() and dlg.pass_edit.text() == ""
    assert vault.keyfile.unlock_with_recovery_key(key)
    assert vault.custody_events()[-1].action == "recovery_key_replaced"
