"""Capture leaks (issue 9 item 5): crash dumps outside the private folder, credentials in URLs,
quiet redirects to private addresses."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from evidence_app.capture.engine import BrowserSession

pytestmark = pytest.mark.browser


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_crashing_renderer_leaves_no_dump_outside_the_private_folder(page_server, tmp_path,
                                                                      monkeypatch):
    home = tmp_path / "user-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    tmp_root = Path(os.environ["TMPDIR"])
    url = page_server.add("/crash-me", "<title>crash</title><p>https://secret.example/x</p>")
    session = BrowserSession()
    private = Path(session._browser_tmp or "")
    try:
        async def crash() -> None:
            context = await session.new_context()
            page = await context.new_page()
            await page.goto(url)
            cdp = await context.new_cdp_session(page)
            crashed = asyncio.get_running_loop().create_future()
            page.on("crash", lambda _p: crashed.done() or crashed.set_result(True))
            asyncio.ensure_future(cdp.send("Page.crash"))
            await asyncio.wait_for(crashed, 30)
            await session.close_context(context)
        session.run(crash())
    finally:
        session.close()
    assert private.name.startswith("ea-browser-") and not private.exists()
    leaked = _files_under(home) + [p for p in _files_under(tmp_root) if "ea-browser-" in str(p)]
    assert leaked == []
