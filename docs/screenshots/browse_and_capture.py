"""The evidence browser and the app's "Browse and capture" window side by side (issue 13).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/browse_and_capture.py

A demo vault in a temporary folder; the local login site of the tests (tests/support/loginsite.py)
stands in for a platform: an automatic sign-in makes the login profile, the evidence browser opens
signed in on the members-only page, one page is sealed, and the whole screen is saved as
docs/screenshots/<language>-17-browse-and-capture.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

from take_screenshots import PASSPHRASE, settle, wait_until  # noqa: E402

BROWSER_W, BROWSER_H = 800, 640  # the evidence browser's page area, left of the app's window


def run(lang: str) -> None:
    from PySide6.QtGui import QGuiApplication
    from support.loginsite import PASSWORD, USERNAME, LoginSite

    from evidence_app.capture.engine import BrowserSession
    from evidence_app.capture.login import sign_in_automatic
    from evidence_app.capture.options import CaptureOptions
    from evidence_app.gui.app import create_application
    from evidence_app.gui.controller import AppController
    from evidence_app.gui.settings import Settings, SettingsStore
    from evidence_app.vault.logins import save_profile

    app = create_application()
    home = Path(tempfile.mkdtemp())
    os.environ["EVIDENCE_APP_HOME"] = str(home)
    os.environ["EVIDENCE_APP_TSA"] = "none"
    store = SettingsStore(home / "settings.json")
    store.save(Settings(language=lang, operator_name="Wong Ka Yan"))
    controller = AppController(app, store, vault_path=home / "vault.db", quit_fn=lambda: None)
    controller.start()
    setup = controller.window
    setup.pass_edit.setText(PASSPHRASE)
    setup.repeat_edit.setText(PASSPHRASE)
    setup.create_vault()
    wait_until(lambda: getattr(controller, "recovery_dialog", None) is not None)
    controller.recovery_dialog.confirm.setChecked(True)
    controller.recovery_dialog.continue_button.click()
    wait_until(lambda: type(controller.window).__name__ == "MainWindow")
    main = controller.window
    dlg = main.new_case()
    dlg.title_edit.setText("網上威脅（示範）" if lang == "zh_HK" else "Online threats (demo)")
    dlg.ref_edit.setText("HK-2026-014")
    dlg.prefix_edit.setText("WKY")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    wait_until(lambda: main.case_view.case is not None)

    site = LoginSite()
    site._thread.start()
    with BrowserSession() as browser:
        signed_in = sign_in_automatic(browser, site.url("/login"), USERNAME, PASSWORD)
    save_profile(main.session.vault, "demo-forum",
                 "機構的研究帳戶（示範論壇）" if lang == "zh_HK" else
                 "NGO research account (demo forum)",
                 site.url("/login"), signed_in.storage_state, signed_in.mode)
    main.case_view.queue.options = CaptureOptions(
        timeout_s=60, nav_timeout_s=20, settle_timeout_s=3, settle_quiet_ms=300,
        scroll_time_s=3, viewport_width=BROWSER_W, viewport_height=BROWSER_H)
    win = main.case_view.browse_and_capture()
    wait_until(lambda: win.profile.count() == 2)
    win.profile.choose("demo-forum")
    win.url_edit.setText(site.url("/members"))
    main.hide()  # the screen shows the two windows the caseworker works with
    win.move(BROWSER_W + 30, 20)
    win.resize(1366 - BROWSER_W - 50, 720)
    since = len(site.requests)
    win.open_browser()
    wait_until(lambda: win.browser is not None)
    wait_until(lambda: "/members" in site.requests[since:])
    win.capture_page()
    wait_until(lambda: len(win.results) == 1, timeout=180)
    win.raise_()
    settle(1.5)
    path = HERE / f"{lang}-17-browse-and-capture.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print("wrote", path.relative_to(ROOT))
    win.close()
    controller.lock("manual")
    site._httpd.shutdown()
    site._httpd.server_close()


def main() -> int:
    # One language per process: one QApplication each, started fresh.
    langs = sys.argv[1:] or ["en", "zh_HK"]
    if len(langs) > 1:
        import subprocess

        return max(subprocess.call([sys.executable, __file__, lang]) for lang in langs)
    run(langs[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
