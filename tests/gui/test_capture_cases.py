"""The capture queue belongs to its case; locking during a capture says what happened."""

from __future__ import annotations

import pytest

from .conftest import unlock
from .test_full_flow import fast_options


def new_case(qtbot, main, title: str, ref: str, prefix: str):
    """Create a case and wait until the window shows it (other cases may exist)."""
    main.create_case(title, ref, prefix)
    qtbot.waitUntil(lambda: main.case_view.case is not None
                    and main.case_view.case.title == title, timeout=10_000)
    return main.case_view.case


def test_unstarted_addresses_never_follow_the_user_into_another_case(qtbot, main_window):
    main = main_window
    case_a = new_case(qtbot, main, "Client A", "A-1", "AA")
    queue = main.case_view.queue
    queue.urls_edit.setPlainText("https://example.org/a-secret-post")
    case_b = new_case(qtbot, main, "Client B", "B-1", "BB")
    qtbot.waitUntil(lambda: main.case_view.case.id == case_b.id, timeout=5000)
    assert queue.urls_edit.toPlainText() == ""
    assert queue.table.rowCount() == 0
    main.open_case(case_a)
    assert queue.urls_edit.toPlainText() == "https://example.org/a-secret-post"


@pytest.mark.browser
def test_a_running_batch_stays_in_its_case_and_is_labelled_elsewhere(qtbot, main_window,
                                                                      page_server):
    main = main_window
    b_page = page_server.add("/cases/b-page", "<h1>B's page</h1>")
    case_a = new_case(qtbot, main, "Client A", "A-2", "AC")
    queue = main.case_view.queue
    queue.options = fast_options()
    queue.urls_edit.setPlainText(page_server.url("/hang?cases"))
    queue.start_button.click()
    batch_a = queue.batch
    stages: list[str] = []
    batch_a.job.reported.connect(lambda ev: stages.append(ev.stage))
    qtbot.waitUntil(lambda: "loading" in stages, timeout=60_000)
    browser = main.batches._browser  # one capture browser, kept between batches
    assert browser is not None

    case_b = new_case(qtbot, main, "Client B", "B-2", "BC")
    qtbot.waitUntil(lambda: main.case_view.case.id == case_b.id, timeout=5000)
    # A's running batch is visible here, labelled with A; B's own address box is empty.
    assert queue.urls_edit.toPlainText() == ""
    assert queue.table.rowCount() == 1 and queue.table.item(0, 0).text() == "Client A"
    assert queue.start_button.isEnabled() and not queue.cancel_button.isEnabled()
    queue.urls_edit.setPlainText(b_page)
    queue.start_button.click()
    assert queue.batch.state == "waiting" and "Client A" in queue.summary.text()
    assert [queue.table.item(i, 0).text() for i in range(2)] == ["Client A", "Client B"]

    main.open_case(case_a)
    assert queue.batch is batch_a
    with qtbot.waitSignal(main.batches.batch_finished, timeout=60_000,
                          check_params_cb=lambda b: b is batch_a):
        queue.cancel_button.click()
    main.open_case(case_b)
    with qtbot.waitSignal(queue.finished, timeout=120_000) as done:
        pass
    assert [r.ok for r in done.args[0]] == [True]
    assert main.batches._browser is browser
    vault = main.session.vault
    assert vault.list_captures(case_a.id) == []
    assert [c.source for c in vault.list_captures(case_b.id)] == [b_page]


@pytest.mark.browser
def test_locking_during_a_capture_names_what_was_sealed_and_restores_the_rest(
        qtbot, main_window, controller, page_server):
    main = main_window
    good = page_server.add("/cases/lock-good", "<h1>sealed before the lock</h1>")
    hanging = page_server.url("/hang?lock")
    case = new_case(qtbot, main, "Client C", "C-1", "CL")
    queue = main.case_view.queue
    queue.options = fast_options()
    queue.urls_edit.setPlainText(f"{good}\n{hanging}")
    queue.start_button.click()
    batch = queue.batch
    qtbot.waitUntil(lambda: batch.rows[0].result is not None, timeout=120_000)
    assert batch.rows[0].result.ok
    controller.lock("idle")
    session = controller.last_session
    qtbot.waitUntil(lambda: not session.closer.is_alive(), timeout=60_000)
    assert controller.batches._browser is None  # the browser went with the lock

    main = unlock(qtbot, controller)
    box = main.interrupted_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert "Client C" in text and "CL-001" in text and "1 address" in text
    main.open_case(case)
    assert main.case_view.queue.urls_edit.toPlainText().strip() == hanging
    vault = main.session.vault
    assert [c.source for c in vault.list_captures(case.id)] == [good]
