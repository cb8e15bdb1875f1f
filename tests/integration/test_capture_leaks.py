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


MARKER = "MarkerPw-7731"


def test_credentials_in_the_address_are_removed_and_recorded_nowhere(vault, case, page_server,
                                                                      tmp_path):
    import subprocess
    import zipfile
    from http.server import BaseHTTPRequestHandler

    from evidence_app.capture.batch import CaptureOptions, capture_urls
    from evidence_app.report.export import ExportOptions, export_case

    seen_auth: list[str | None] = []

    def page(h: BaseHTTPRequestHandler) -> None:
        seen_auth.append(h.headers.get("Authorization"))
        body = b"<title>members</title><h1>members only</h1>"
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    url = page_server.add_handler("/members-cred", page)
    with_creds = url.replace("http://", f"http://alice:{MARKER}@")
    events: list[str] = []
    [r] = capture_urls(vault, case.id, [with_creds],
                       CaptureOptions(timeout_s=40, nav_timeout_s=15, settle_timeout_s=3,
                                      settle_quiet_ms=300, scroll_time_s=3),
                       on_event=lambda e: events.append(e.url))
    assert r.ok, r.error
    assert any("user name and password" in w for w in r.warnings)
    assert seen_auth and all(a is None for a in seen_auth)
    assert all(MARKER not in u and "alice" not in u for u in events + [r.url])

    def leaks(data: bytes) -> bool:
        return MARKER.encode() in data or b"alice:" in data

    cap = vault.get_capture(r.capture_id)
    assert "user name and password" in " ".join(cap.meta["warnings"])
    for art in cap.artifacts:
        data = vault.read_artifact(art.id)
        assert not leaks(data), art.role
        if data[:2] == b"PK":
            with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
                assert not any(leaks(z.read(n)) for n in z.namelist()), art.role
    assert MARKER not in repr(cap.meta) and MARKER not in cap.source
    assert not any(MARKER in repr(e.as_dict()) for e in vault.custody_events())
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle", make_zip=True))
    for f in res.bundle_dir.rglob("*"):
        if f.is_file():
            assert not leaks(f.read_bytes()), f.name
    with zipfile.ZipFile(res.zip_path or "") as z:
        assert not any(leaks(z.read(n)) for n in z.namelist())
    text = subprocess.run(["pdftotext", str(res.pdf_path), "-"], capture_output=True,
                          check=True).stdout
    assert not leaks(text) and b"user name and password" in text.replace(b"\n", b" ")


def test_a_redirect_to_a_local_file_fails_with_its_reason(vault, case, page_server):
    from http.server import BaseHTTPRequestHandler

    from evidence_app.capture.batch import CaptureOptions, capture_urls

    def to_file(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", "file:///etc/passwd")
        h.send_header("Content-Length", "0")
        h.end_headers()

    url = page_server.add_handler("/to-file", to_file)
    [r] = capture_urls(vault, case.id, [url],
                       CaptureOptions(timeout_s=40, nav_timeout_s=15, settle_timeout_s=3))
    assert not r.ok
    assert "redirected to a file:" in (r.error or ""), r.error
    assert vault.list_captures(case.id) == []
