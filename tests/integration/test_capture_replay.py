"""The WACZ of a real capture replays in ReplayWeb.page, not just passes `wacz validate`.

ReplayWeb.page (the npm package, pinned below and fetched with npm at test time) is served with
the WACZ from a second static server on 127.0.0.1, and headless Chromium opens the embed. The
captured pages are taken off the page server first, so whatever the replay shows came out of
the archive.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image
from playwright.sync_api import ConsoleMessage, FrameLocator, Page, sync_playwright

from evidence_app.capture.batch import CaptureOptions, capture_urls
from evidence_app.capture.browser import LAUNCH_ARGS, find_browser

pytestmark = pytest.mark.browser

RWP_VERSION = "2.5.3"
# sha512 of replaywebpage-2.5.3.tgz as published on registry.npmjs.org
RWP_SHA512 = ("9c28f63d238ddc1c5e489284f00b183f250bbf45cf64a2567f2e25f4fc90adef"
              "52ab02d9f9629956cfec7cba8f390e06ac7fb46248dbc0e86bf1c4931f4f20b1")
MARKER = "replay-marker-7f3c9a1e"
COLOUR = (212, 17, 170)
RWP_FILES = ("sw.js", "ui.js")
WAIT_MS = 30_000

# ReplayWeb.page's defaults: ui.js loaded by the page, its service worker at ./replay/sw.js.
EMBED_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script src="/ui.js"></script></head><body style="margin:0">
<replay-web-page source="/capture.wacz" {attrs}
  style="display:block;width:1000px;height:700px"></replay-web-page>
</body></html>"""


@pytest.fixture(scope="session")
def replaywebpage(request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ui.js and sw.js of the pinned npm package, kept between runs in the pytest cache."""
    cache = getattr(request.config, "cache", None)  # None with -p no:cacheprovider
    folder = (cache.mkdir(f"replaywebpage-{RWP_VERSION}") if cache is not None
              else tmp_path_factory.mktemp("replaywebpage"))
    if all((folder / name).is_file() for name in RWP_FILES):
        return folder
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed; the test fetches ReplayWeb.page with it")
    with tempfile.TemporaryDirectory(dir=folder) as work:
        run = subprocess.run([npm, "pack", f"replaywebpage@{RWP_VERSION}", "--pack-destination",
                              work], capture_output=True, text=True, timeout=180)
        if run.returncode != 0:
            pytest.fail(f"npm could not fetch replaywebpage@{RWP_VERSION}:\n{run.stderr}")
        data = (Path(work) / f"replaywebpage-{RWP_VERSION}.tgz").read_bytes()
        assert hashlib.sha512(data).hexdigest() == RWP_SHA512, "not the published replaywebpage"
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for name in RWP_FILES:
                member = tar.extractfile(f"package/{name}")
                assert member is not None
                (Path(work) / name).write_bytes(member.read())
                # Whole files only, even if another test run fills the cache at the same time.
                os.replace(Path(work) / name, folder / name)
    return folder


def _static_handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """Files under `root`, with byte ranges: ReplayWeb.page reads a WACZ in pieces."""

        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            rel = urlsplit(self.path).path.lstrip("/")
            path = (root / (rel or "index.html")).resolve()
            if not path.is_file() or not path.is_relative_to(root):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = path.read_bytes()
            m = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
            if m and (m[1] or m[2]):
                if m[1]:
                    start, end = int(m[1]), int(m[2] or len(data) - 1)
                else:  # a suffix: the last N bytes (how a zip's directory is found)
                    start, end = max(0, len(data) - int(m[2])), len(data) - 1
                end = min(end, len(data) - 1)
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
                data = data[start:end + 1]
            else:
                self.send_response(200)
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_HEAD = do_GET  # noqa: N815

    return Handler


@pytest.fixture
def replay_site(tmp_path: Path, replaywebpage: Path) -> Iterator[tuple[Path, str]]:
    """A folder served on its own 127.0.0.1 port, holding ReplayWeb.page: (folder, origin)."""
    site = tmp_path / "site"
    (site / "replay").mkdir(parents=True)
    shutil.copy(replaywebpage / "ui.js", site / "ui.js")
    shutil.copy(replaywebpage / "sw.js", site / "replay" / "sw.js")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _static_handler(site.resolve()))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True, name="replay-site")
    thread.start()
    yield site, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _png(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (160, 120), colour).save(buf, "PNG")
    return buf.getvalue()


def _install_service_worker(page: Page, origin: str) -> None:
    """Register ReplayWeb.page's service worker, as the component does, and wait until it runs.

    On a first visit the component loads its iframe while the worker may still be starting, and
    gives up after three quick reloads: a blank embed on a slow machine, whatever the archive.
    A returning visitor already has the worker; the test starts as one.
    """
    page.goto(f"{origin}/blank.html")
    page.evaluate("""async () => {
        const reg = await navigator.serviceWorker.register("/replay/sw.js?serveIndex=1",
                                                           {scope: "/replay/"});
        const sw = reg.installing || reg.waiting || reg.active;
        if (sw.state !== "activated") {
            await new Promise((ok, fail) => sw.addEventListener("statechange", () => {
                if (sw.state === "activated") ok();
                if (sw.state === "redundant") fail(new Error("the service worker failed"));
            }));
        }
    }""")


def _collect(console: list[str], view: str) -> Callable[[ConsoleMessage], None]:
    return lambda m: console.append(f"{view} {m.type}: {m.text}")


def _check_replayed_page(frame: FrameLocator, console: list[str]) -> None:
    """The archived page, inside ReplayWeb.page's replay iframe, shows its text and image."""
    marker = frame.locator("#marker")
    marker.wait_for(timeout=WAIT_MS)
    assert marker.inner_text() == MARKER, console
    img = frame.locator("#pic")
    # decode() settles once the image has loaded, and fails for a missing or broken one.
    size = img.evaluate("i => i.decode().then(() => [i.naturalWidth, i.naturalHeight])")
    assert size == [160, 120], console
    shot = Image.open(io.BytesIO(img.screenshot())).convert("RGB")
    assert shot.getpixel((shot.width // 2, shot.height // 2)) == COLOUR


def test_wacz_replays_in_replaywebpage(vault, case, page_server, replay_site):
    paths = ["/replayed/pic.png", "/replayed/page", "/replayed/moved"]
    page_server.add(paths[0], _png(COLOUR), content_type="image/png")
    final = page_server.add(paths[1], f"<!doctype html><title>Replay me</title>"
                            f"<h1 id='marker'>{MARKER}</h1><img id='pic' src='{paths[0]}'>")
    moved = page_server.add(paths[2], b"", status=301, headers={"Location": paths[1]})
    options = CaptureOptions(timeout_s=40, nav_timeout_s=15, settle_timeout_s=4,
                             settle_quiet_ms=300, scroll_time_s=5)
    [r] = capture_urls(vault, case.id, [moved], options)
    assert r.ok and r.final_url == final, r.error
    [wacz] = [a for a in vault.get_capture(r.capture_id).artifacts if a.role == "wacz"]
    site, origin = replay_site
    (site / "capture.wacz").write_bytes(vault.read_artifact(wacz.id))
    views = {
        # Straight to a page, as an embed on a case website shows it: the page itself, and the
        # address the caseworker asked for, which answered with the archived redirect.
        "final.html": f'url="{final}" embed="replayonly"',
        "moved.html": f'url="{moved}" embed="replayonly"',
        # The archive's page list (pages/pages.jsonl), as a caseworker opening the file sees it.
        "list.html": "",
    }
    (site / "blank.html").write_text("<!doctype html><title>start</title>", encoding="utf-8")
    for name, attrs in views.items():
        (site / name).write_text(EMBED_PAGE.format(attrs=attrs), encoding="utf-8")
    # From here on the live site no longer has the pages: the replay must come from the WACZ.
    for path in paths:
        del page_server.pages[path]
    seen = len(page_server.requests)

    console: list[str] = []
    # Chromium aborts when its socket path in TMPDIR is too long, as tmp_path's can be.
    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="ea-replay-",
                                                              dir="/tmp") as short_tmp:
        browser = pw.chromium.launch(executable_path=find_browser(None).path, args=LAUNCH_ARGS,
                                     env={**os.environ, "TMPDIR": short_tmp})
        try:
            for name in views:
                context = browser.new_context()  # its own service worker and storage
                page = context.new_page()
                page.on("console", _collect(console, name))
                _install_service_worker(page, origin)
                page.goto(f"{origin}/{name}")
                app = page.frame_locator("replay-web-page iframe")
                try:
                    if name == "list.html":
                        # The list shows the title from pages.jsonl; the page opens from it.
                        app.locator("wr-page-entry a").filter(has_text="Replay me").click(
                            timeout=WAIT_MS)
                    _check_replayed_page(app.frame_locator("iframe"), console)
                except Exception as e:
                    page.screenshot(path=site.parent / f"failed-{name}.png")
                    raise AssertionError(f"{name} did not replay ({e}); screenshot in "
                                         f"{site.parent}; console:\n" + "\n".join(console)) from e
                context.close()
        finally:
            browser.close()
    assert page_server.requests[seen:] == []  # nothing came from the live site
