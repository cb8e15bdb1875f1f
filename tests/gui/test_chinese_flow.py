"""The whole flow driven in Traditional Chinese: no visible string is left in English.

Every visible widget is walked (labels, buttons, tabs, table headers and cells, progress bars,
tooltips), including the messages of a capture with a warning (HTTP 404) and errors (a refused
connection, words that are not an address). What the user typed or the page said (titles, web
addresses, names, hashes) is data, not interface, and is taken out before looking.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from evidence_app.gui.settings import Settings

from .conftest import unlock
from .test_full_flow import fast_options

pytestmark = pytest.mark.browser

# Two English words in a row is an untranslated sentence; single technical tokens (HTTP,
# SHA-256, PDF, WACZ, image/png) are the same in both languages.
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}[a-z]*(?:[ \-'][A-Za-z]{2,})+")
URL = re.compile(r"(?:https?|file)://\S+")


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of interface text the user can see on `root` (and its tooltips)."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.toolTip():
            texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            texts.append(w.format())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                if header is not None:
                    texts.append(header.text())
                for r in range(w.rowCount()):
                    item = w.item(r, c)
                    if item is not None:
                        texts.extend([item.text(), item.toolTip()])
    return [t for t in texts if t]


def english_left(texts: list[str], data: list[str]) -> list[str]:
    """Texts still holding an English phrase once user and page data are taken out."""
    left = []
    for text in texts:
        rest = URL.sub(" ", text)
        for d in sorted(data, key=len, reverse=True):
            rest = rest.replace(d, " ")
        if ENGLISH_RUN.search(rest):
            left.append(text)
    return left


def test_whole_flow_in_chinese_shows_no_english(qtbot, make_controller, store, existing_vault,
                                                page_server):
    store.save(Settings(language="zh_HK"))
    controller = make_controller()
    controller.start()
    unlock_window = controller.window
    data = ["Test Caseworker", "English (UK)", "English"]
    assert english_left(visible_texts(unlock_window), data) == []
    main = unlock(qtbot, controller)

    gone = page_server.add("/zh-flow/removed", "<html><head><title>Removed post</title></head>"
                           "<body><h1>Not here any more</h1></body></html>", status=404)
    refused = "http://127.0.0.1:9/zh-flow-nothing-listens-here"
    main.create_case("陳小姐的個案", "HK-77", "CSM")
    qtbot.waitUntil(lambda: main.case_view.case is not None, timeout=10_000)
    view = main.case_view
    view.tabs.setCurrentIndex(1)
    queue = view.queue
    queue.options = fast_options()
    queue.urls_edit.setPlainText(f"{gone}\n{refused}\n我的照片被人放上網")
    with qtbot.waitSignal(queue.finished, timeout=180_000) as done:
        queue.start_button.click()
    results = done.args[0]
    assert [r.ok for r in results] == [True, False, False]
    assert any("404" in w for w in results[0].warnings)  # the record keeps the English

    data += ["陳小姐的個案", "HK-77", "Removed post", "Not here any more", "127.0.0.1",
             main.session.vault.operator.machine]
    shown = visible_texts(main)
    assert english_left(shown, data) == [], english_left(shown, data)
    cells = [queue.table.item(r, 3).text() for r in range(3)]
    assert "404" in queue.table.item(0, 3).toolTip()  # the warning, worded in Chinese
    assert "拒絕" in cells[1] and "網址" in cells[2]

    view.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.data is not None, timeout=20_000)
    main.resize(1366, 768)
    qtbot.waitUntil(lambda: bool(detail.previews), timeout=20_000)
    main.session.content_warning_accepted = True  # the warning box is walked in test_shell
    preview = next(iter(detail.previews.values()))
    with qtbot.waitSignal(detail.viewed, timeout=20_000):
        preview.reveal_button.click()
    qtbot.waitUntil(lambda: detail.custody.rowCount() >= 2, timeout=10_000)  # + "viewed"
    data += [a.name for a in detail.data.capture.artifacts]
    data += [a.media_type for a in detail.data.capture.artifacts]
    data += [detail.data.capture.web.browser_label, detail.data.capture.source]
    shown = visible_texts(main)
    assert english_left(shown, data) == [], english_left(shown, data)
    assert "404" in detail.warnings.text() and "伺服器" in detail.warnings.text()

    # The same walk finds English when the interface is English (the check can fail).
    controller.apply_settings(Settings(language="en", operator_name="Test Caseworker"))
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Evidence", timeout=5000)
    assert len(english_left(visible_texts(main), data)) > 20
