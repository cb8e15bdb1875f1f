"""A new case with a Chinese prefix is explained in place; revealing an image keeps it in view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from evidence_app.gui.settings import Settings
from evidence_app.vocab import CaptureKind, Role

from .conftest import checkerboard_png


def test_a_chinese_prefix_is_explained_as_typed_and_nothing_typed_is_lost(
        qtbot, main_window, controller):
    main = main_window
    controller.apply_settings(Settings(language="zh_HK", operator_name="Test Caseworker"))
    dlg = main.new_case()
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: dlg.windowTitle() != "New case", timeout=5000)
    dlg.title_edit.setText("陳小姐被偷拍")
    assert ok.isEnabled()
    assert "TC-001" in dlg.help.text()  # the example follows the operator's initials
    dlg.prefix_edit.setText("陳")
    assert dlg.error_label.isVisible() and not ok.isEnabled()
    assert "A–Z" in dlg.error_label.text() and "Chinese" not in dlg.error_label.text()
    assert dlg.isVisible() and dlg.title_edit.text() == "陳小姐被偷拍"
    # Full-width letters from a Chinese input method are accepted as what they look like.
    dlg.prefix_edit.setText("ｃｔｍ")
    assert not dlg.error_label.isVisible() and ok.isEnabled()
    assert "CTM-001" in dlg.help.text()
    ok.click()
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    assert main.case_view.case.exhibit_prefix == "CTM"
    assert main.case_view.case.title == "陳小姐被偷拍"


def add_capture_with_images(vault, case_id: str, count: int) -> str:
    with vault.new_capture(case_id, CaptureKind.IMPORT, "pictures.zip") as cap:
        for i in range(count):
            cap.add_artifact(Role.ORIGINAL, f"picture-{i}.png", "image/png",
                             checkerboard_png(400, 10 + i))
    return cap.sealed.id


def test_revealing_keeps_that_image_in_view_and_each_reveal_is_one_click_on_it(
        qtbot, main_window):
    main = main_window
    main.resize(1366, 768)
    main.create_case("Pictures", "P-1", "PX")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    vault = main.session.vault
    capture_id = add_capture_with_images(vault, main.case_view.case.id, 4)
    view = main.case_view
    view.reload()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.data is not None and len(detail.previews) == 4, timeout=20_000)
    previews = list(detail.previews.values())
    main.session.content_warning_accepted = True  # the warning itself is tested elsewhere
    bar = detail.verticalScrollBar()

    for n, preview in enumerate(previews[1:3], start=1):
        def button_in_view(button=preview.reveal_button) -> bool:  # noqa: ANN001
            # Layout settles over a few event-loop turns; scroll until the button shows.
            detail.widget().layout().activate()
            if bar.maximum() == 0 or button.parentWidget().height() < 100:
                return False  # the previews are not laid out yet (the rest may already be)
            detail.ensureWidgetVisible(button, 0, 50)
            y = button.mapTo(detail.widget(), button.rect().topLeft()).y() - bar.value()
            return 0 <= y < detail.viewport().height() - button.height()

        qtbot.waitUntil(button_in_view, timeout=5000)
        before = bar.value()
        preview.reveal_button.setFocus()  # as a mouse click leaves it
        with qtbot.waitSignal(detail.viewed, timeout=20_000):
            preview.reveal_button.click()  # one click on that image, no other question
        QApplication.processEvents()
        assert preview.is_revealed
        assert bar.value() == before  # nothing moved
        assert not preview.image.visibleRegion().isEmpty()  # the revealed image is in view
        focus = QApplication.focusWidget()
        assert all(focus is not p.reveal_button for p in previews)
        assert [p.is_revealed for p in previews] == [False, *[True] * n, *[False] * (3 - n)]

    viewed = [e for e in vault.custody_events(capture_id=capture_id) if e.action == "viewed"]
    assert len(viewed) == 2
