"""Languages: complete Linguist files, and switching at runtime changes what is on screen."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from evidence_app.gui.i18n import TRANSLATIONS_DIR, qm_path
from evidence_app.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def build_sources() -> list[str]:
    """The sources resources/translations/build_translations.py gives lupdate."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", TRANSLATIONS_DIR / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.SOURCES)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m
            for ctx in root.findall("context") for m in ctx.findall("message")}


def test_every_string_in_the_gui_is_in_the_ts_files_and_translated(tmp_path):
    """lupdate over the sources finds nothing the committed .ts files lack."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-tr-function-alias",
                    "QT_TRANSLATE_NOOP+=trans_late", *build_sources(), "-ts", str(fresh)],
                   check=True, cwd=ROOT)
    wanted = set(messages(fresh))
    assert len(wanted) > 150
    zh = messages(TRANSLATIONS_DIR / "evidence_app_zh_HK.ts")
    assert wanted - set(zh) == set(), "run resources/translations/build_translations.py"
    for key in wanted:
        tr = zh[key].find("translation")
        assert tr.get("type") is None, f"untranslated: {key}"
        text = "".join(tr.itertext()).strip()
        assert text, f"empty translation: {key}"
        for marker in ("%1", "%2", "%n", *re.findall(r"\{\w+\}", key[1])):
            if marker in key[1]:
                assert marker in text, f"{marker} lost in translation of {key}"
    en = messages(TRANSLATIONS_DIR / "evidence_app_en.ts")
    for key, m in en.items():
        if m.get("numerus") == "yes":
            assert len(m.findall("translation/numerusform")) == 2, key


def test_qm_files_are_built_from_the_current_ts_files(tmp_path):
    """The committed .qm files are exactly what lrelease makes of the committed .ts files."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for code in ("en", "zh_HK"):
        qm, ts = qm_path(code), TRANSLATIONS_DIR / f"evidence_app_{code}.ts"
        fresh = tmp_path / qm.name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert qm.read_bytes() == fresh.read_bytes(), "run build_translations.py"


def test_switching_language_retranslates_visible_strings(qtbot, main_window, controller):
    main = main_window
    assert main.new_case_action.text() == "New case"
    assert main.quick_exit.text() == "Quick exit"
    assert main.cases.title.text() == "Cases"
    assert main.windowTitle() == "Evidence App"
    controller.apply_settings(Settings(language="zh_HK", operator_name="Tester"))
    # Qt posts LanguageChange to every window; it arrives on the next event-loop turn.
    qtbot.waitUntil(lambda: main.new_case_action.text() == "新增個案", timeout=5000)
    assert main.quick_exit.text() == "快速離開"
    assert main.cases.title.text() == "個案"
    assert main.case_view.tabs.tabText(0) == "證物"
    assert main.windowTitle() == "證據保存"
    assert controller.store.load().language == "zh_HK"
    controller.apply_settings(Settings(language="en", neutral_title=True))
    qtbot.waitUntil(lambda: main.new_case_action.text() == "New case", timeout=5000)
    assert main.windowTitle() == "Notes"


def test_language_is_applied_at_start(qtbot, make_controller, store, existing_vault):
    store.save(Settings(language="zh_HK"))
    controller = make_controller()
    controller.start()
    assert controller.window.unlock_button.text() == "解鎖"
    assert controller.window.quick_exit.text() == "快速離開"


def test_the_core_catalog_and_every_role_reach_the_translators():
    from evidence_app.gui.messages import ROLE_LABELS
    from evidence_app.messages import CATALOG, STEPS
    from evidence_app.vocab import ROLES

    assert "evidence_app/message_catalog.py" in build_sources()
    zh = messages(TRANSLATIONS_DIR / "evidence_app_zh_HK.ts")
    for text in [*CATALOG.values(), *STEPS]:
        assert ("Messages", text) in zh, text
    assert {info.label for info in ROLES.values()} <= set(ROLE_LABELS)


def test_qt_own_dialogs_are_translated_too(qapp):
    from PySide6.QtCore import QCoreApplication

    from evidence_app.gui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    try:
        switcher.apply("zh_HK")
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
    finally:
        switcher.apply("en")
        switcher.remove_all()


def test_core_errors_and_results_are_worded_in_the_chosen_language(qapp):
    from evidence_app import errors
    from evidence_app.capture.batch import UrlResult
    from evidence_app.gui.i18n import LanguageSwitcher
    from evidence_app.gui.messages import error_text, result_error_text
    from evidence_app.messages import english

    specific = errors.ExportTargetNotEmpty("/tmp/out already exists and is not an empty folder.")
    params = {"reason_code": "net.ERR_CONNECTION_REFUSED", "url": "http://127.0.0.1:9/"}
    refused = UrlResult(url="http://127.0.0.1:9/", ok=False,
                        error=english("capture.unreachable", params),
                        error_code="capture.unreachable", error_params=params)
    switcher = LanguageSwitcher(qapp)
    try:
        assert error_text(specific) == str(specific)  # English: the specific message
        assert result_error_text(refused) == refused.error
        switcher.apply("zh_HK")
        assert error_text(specific).startswith("匯出資料夾已存在")
        assert error_text(errors.WrongPassphrase()).startswith("證據庫密碼短語不正確")
        text = result_error_text(refused)
        assert "拒絕" in text and "http://127.0.0.1:9/" in text and "refused" not in text
    finally:
        switcher.apply("en")
        switcher.remove_all()


def test_every_custody_action_has_a_name_in_the_interface_language(qapp):
    """A new custody action must be named in the custody timeline, not shown as its code."""
    from PySide6.QtCore import QCoreApplication

    from evidence_app.gui.widgets.record_tables import CustodyTable
    from evidence_app.vocab import Action

    table = CustodyTable()
    zh = messages(TRANSLATIONS_DIR / "evidence_app_zh_HK.ts")
    for action in Action:
        name = table._action_name(action.value)
        assert ("CustodyTable", name) in zh, action
        assert QCoreApplication.translate("CustodyTable", name) == name  # English loaded now
