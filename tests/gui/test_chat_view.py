"""The chat view: a WhatsApp export read as a transcript, filtered, marked (custody events),
with its attached picture blurred until revealed (recorded)."""

from __future__ import annotations

from pathlib import Path

from support.chatexports import ANDROID_24H_DAY_FIRST, whatsapp_zip

from evidence_app.importer import import_files

from .conftest import checkerboard_png


def _open_chat(qtbot, main, tmp_path: Path):  # type: ignore[no-untyped-def]
    main.create_case("Threats by chat", "C-1", "CH")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    export = whatsapp_zip(tmp_path / "WhatsApp Chat.zip", ANDROID_24H_DAY_FIRST,
                          {"IMG-20240313-WA0001.jpg": checkerboard_png(200, 10)})
    out = import_files(main.session.vault, main.case_view.case.id, [export],
                       chat_timezone="Asia/Hong_Kong")
    assert out.sealed
    view = main.case_view
    view.reload()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    extras = main.extras.capture_extras
    qtbot.waitUntil(lambda: extras.data is not None and extras.chat_button.isVisibleTo(extras),
                    timeout=20_000)
    extras.chat_button.click()
    chat = main.extras.chat_view
    assert chat is not None
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() > 0, timeout=20_000)
    return chat


def _texts(chat) -> list[str]:  # type: ignore[no-untyped-def]
    return [chat.table.item(r, 3).text() for r in range(chat.table.rowCount())]


def test_search_sender_and_dates_filter_the_transcript(qtbot, main_window, tmp_path):
    chat = _open_chat(qtbot, main_window, tmp_path)
    assert "WhatsApp" in chat.summary.text() and "Alex Wong" in chat.summary.text()
    assert any("Pay me or everyone sees them." in t for t in _texts(chat))
    assert "+08:00" in chat.table.item(1, 1).text()  # local time with its offset
    chat.search.setText("pay me")
    chat.apply_button.click()
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() == 1, timeout=10_000)
    assert "Tomorrow at noon." in _texts(chat)[0]  # the whole multi-line message
    chat.search.clear()
    chat.sender_box.setCurrentIndex(chat.sender_box.findData("Sam Lee"))
    chat.apply_button.click()
    qtbot.waitUntil(lambda: chat.page_job is None and all(
        chat.table.item(r, 2).text() == "Sam Lee" for r in range(chat.table.rowCount()))
        and chat.table.rowCount() >= 1, timeout=10_000)
    chat.sender_box.setCurrentIndex(0)
    chat.use_dates.setChecked(True)
    assert chat.since.date().toString("yyyy-MM-dd") == "2024-03-13"
    chat.since.setDate(chat.since.date().addDays(1))  # 14 March in Hong Kong only
    chat.until.setDate(chat.since.date())
    chat.apply_button.click()
    # 00:01 in Hong Kong is still 13 March in UTC: the days are the chat's own.
    qtbot.waitUntil(lambda: chat.page_job is None and _texts(chat) == ["Sam Lee left"],
                    timeout=10_000)
    chat.since.setDate(chat.since.date().addDays(-1))
    chat.until.setDate(chat.since.date())
    chat.apply_button.click()
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() > 1
                    and "Sam Lee left" not in _texts(chat), timeout=10_000)


def test_marks_are_custody_events_and_the_picture_stays_blurred_until_revealed(
        qtbot, main_window, tmp_path):
    main = main_window
    chat = _open_chat(qtbot, main, tmp_path)
    row = next(r for r, t in enumerate(_texts(chat)) if "Pay me" in t)
    number = int(chat.table.item(row, 0).text())
    chat.table.selectRow(row)
    job = chat.set_marks(chat.selected_numbers(), "the threat", unmark=False)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: chat.page_job is None and any(
        chat.table.item(r, 5).text() == "★ the threat" for r in range(chat.table.rowCount())),
        timeout=10_000)
    cap_id = chat.cap.id
    marked = [e for e in main.session.vault.custody_events(capture_id=cap_id)
              if e.action == "chat_marked"]
    assert len(marked) == 1 and marked[0].details["messages"] == [number]
    chat.marked_only.setChecked(True)
    chat.apply_button.click()
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() == 1, timeout=10_000)

    chat.marked_only.setChecked(False)
    chat.apply_button.click()
    qtbot.waitUntil(lambda: chat.page_job is None and chat.table.rowCount() > 1, timeout=10_000)
    pic = next(r for r in range(chat.table.rowCount())
               if "IMG-20240313-WA0001.jpg" in chat.table.item(r, 4).text())
    chat.table.selectRow(pic)
    qtbot.waitUntil(lambda: chat.preview is not None, timeout=10_000)
    preview = chat.preview
    assert not preview.is_revealed and not preview.is_placeholder
    main.session.content_warning_accepted = True  # the warning itself is tested elsewhere
    job = chat.request_reveal(preview.artifact_id)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: preview.is_revealed, timeout=10_000)
    assert any(e.action == "viewed" and e.artifact_id == preview.artifact_id
               for e in main.session.vault.custody_events(capture_id=cap_id))
