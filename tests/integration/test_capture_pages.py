"""Capture engine against pages served on 127.0.0.1: normal, tricky and hostile pages.

One browser is shared by the module (a BrowserSession passed through CaptureOptions); hostile
pages get short time limits through the options.
"""

from __future__ import annotations

import hashlib
import io
import json
import socket
import subprocess
import sys
import threading
import time
import zipfile

import pytest
from PIL import Image

from evidence_app.capture.batch import CaptureOptions, capture_urls
from evidence_app.capture.engine import BrowserSession

pytestmark = pytest.mark.browser

CONTRACT_KEYS = {"requested_url", "final_url", "redirect_chain", "http_status", "server_ip",
                 "server_port", "tls", "title", "capture_started_utc", "capture_ended_utc",
                 "local_offset", "server_date", "tool", "browser", "user_agent", "viewport", "os",
                 "operator", "logged_in", "options", "dialogs", "popups", "downloads", "warnings"}


@pytest.fixture(scope="module")
def session():
    s = BrowserSession()
    yield s
    s.close()


def opts(session, **kw) -> CaptureOptions:
    base = dict(session=session, timeout_s=40, nav_timeout_s=15, settle_timeout_s=4,
                settle_quiet_ms=300, scroll_time_s=10)
    base.update(kw)
    return CaptureOptions(**base)


def png(color: tuple[int, int, int], size=(200, 150)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def capture_one(vault, case, session, url, **kw):
    [r] = capture_urls(vault, case.id, [url], opts(session, **kw))
    return r


def artifacts(vault, r, role):
    return [a for a in vault.get_capture(r.capture_id).artifacts if a.role == role]


def count_colour(images: list[Image.Image], rgb) -> int:
    total = 0
    for im in images:
        colours = im.convert("RGB").getcolors(maxcolors=1 << 24) or []
        total += sum(n for n, c in colours if c == rgb)
    return total


def screenshots(vault, r) -> list[Image.Image]:
    segs = sorted(artifacts(vault, r, "screenshot_full"), key=lambda a: a.meta["segment"])
    return [Image.open(io.BytesIO(vault.read_artifact(a.id))) for a in segs]


# --- ordinary pages -------------------------------------------------------------------------------

def test_capture_records_everything_in_the_contract(vault, case, session, page_server):
    page_server.add("/basic/pic.png", png((10, 200, 30)), content_type="image/png")
    url = page_server.add("/basic", "<html><head><title>Post \x07 about\n someone</title></head>"
                          "<body><h1>A post</h1><p>Some text that is long enough.</p>"
                          "<img src='/basic/pic.png'></body></html>",
                          headers={"X-Evidence": "yes"})
    r = capture_one(vault, case, session, url)
    assert r.ok, r.error
    assert r.http_status == 200 and r.final_url == url
    cap = vault.get_capture(r.capture_id)
    assert cap.kind == "web" and cap.source == url
    assert CONTRACT_KEYS <= set(cap.meta)
    m = cap.meta
    assert m["title"] == "Post about someone"  # control characters and newlines gone
    assert m["server_ip"] == "127.0.0.1" and m["server_port"] == page_server.port
    assert m["tls"] is None and m["logged_in"] is False
    assert m["server_date"] and m["operator"] == "Test Operator"
    assert m["local_offset"][0] in "+-" and m["capture_started_utc"].endswith("Z")
    assert "HeadlessChrome" not in m["user_agent"] and m["browser"]["version"]
    roles = {a.role for a in cap.artifacts}
    assert {"screenshot_full", "screenshot_viewport", "mhtml", "dom_html", "wacz", "headers",
            "provenance", "media"} <= roles
    for a in cap.artifacts:  # sealed hashes are the hashes of the stored bytes
        assert hashlib.sha256(vault.read_artifact(a.id)).hexdigest() == a.sha256
    prov = json.loads(vault.read_artifact(artifacts(vault, r, "provenance")[0].id))
    assert prov == cap.meta
    headers = json.loads(vault.read_artifact(artifacts(vault, r, "headers")[0].id))
    assert headers["status"] == 200 and headers["headers"]["X-Evidence"] == "yes"
    [media] = artifacts(vault, r, "media")
    assert media.meta["element"] == "img" and media.meta["url"].endswith("/basic/pic.png")
    assert vault.read_artifact(media.id) == png((10, 200, 30))
    assert b"A post" in vault.read_artifact(artifacts(vault, r, "dom_html")[0].id)
    assert b"A post" in vault.read_artifact(artifacts(vault, r, "mhtml")[0].id)
    events = vault.custody_events(capture_id=r.capture_id)
    assert [e.action for e in events] == ["captured"]


def test_redirect_chain_is_recorded(vault, case, session, page_server):
    r = capture_one(vault, case, session, page_server.url("/redirect/1"))
    assert r.ok and r.final_url == page_server.url("/redirect/final")
    chain = vault.get_capture(r.capture_id).meta["redirect_chain"]
    assert [(c["status"], c["location"]) for c in chain] == [
        (301, "/redirect/2"), (302, "/redirect/final"), (200, None)]


def test_wacz_passes_wacz_validate(vault, case, session, page_server, tmp_path):
    page_server.add("/wacz/a.png", png((1, 2, 3)), content_type="image/png")
    url = page_server.add("/wacz/page", "<title>W</title><p>archived text</p>"
                                        "<img src='/wacz/a.png'>")
    r = capture_one(vault, case, session, url)
    [wacz] = artifacts(vault, r, "wacz")
    path = tmp_path / "capture.wacz"
    path.write_bytes(vault.read_artifact(wacz.id))
    run = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Validation succeeded" in run.stdout
    with zipfile.ZipFile(path) as z:
        index = z.read("indexes/index.cdx").decode()
        assert "/wacz/page" in index and "/wacz/a.png" in index
        pages = [json.loads(x) for x in z.read("pages/pages.jsonl").splitlines()]
        assert pages[1]["url"] == url
        assert z.getinfo("archive/data.warc.gz").compress_type == zipfile.ZIP_STORED
        warc = z.read("archive/data.warc.gz")
    # every index entry points at a readable response record holding the served bytes
    from warcio.archiveiterator import ArchiveIterator

    for line in index.splitlines():
        entry = json.loads(line.split(" ", 2)[2])
        start = int(entry["offset"])
        chunk = io.BytesIO(warc[start:start + int(entry["length"])])
        records = [(rec.rec_type, rec.rec_headers["WARC-Target-URI"], rec.content_stream().read())
                   for rec in ArchiveIterator(chunk)]  # read each record while it is current
        assert [(t, u) for t, u, _ in records] == [("response", entry["url"])]
        if entry["url"].endswith("/wacz/a.png"):
            assert records[0][2] == png((1, 2, 3))


def test_lazy_images_are_in_screenshot_and_media(vault, case, session, page_server):
    magenta, cyan = (255, 0, 255), (0, 255, 255)
    page_server.add("/lazy/native.png", png(magenta), content_type="image/png")
    page_server.add("/lazy/observed.png", png(cyan), content_type="image/png")
    url = page_server.add("/lazy", """<html><body style="margin:0">
      <h1>Lazy images</h1><div style="height:5000px"></div>
      <img loading="lazy" src="/lazy/native.png" width="200" height="150">
      <div style="height:5000px"></div>
      <img class="io" data-src="/lazy/observed.png" width="200" height="150">
      <div style="height:2000px"></div>
      <script>
        const io = new IntersectionObserver(es => es.forEach(e => {
          if (e.isIntersecting) { e.target.src = e.target.dataset.src; io.unobserve(e.target); }
        }));
        document.querySelectorAll('img.io').forEach(i => io.observe(i));
      </script></body></html>""")
    r = capture_one(vault, case, session, url)
    assert r.ok
    urls = {a.meta["url"].rsplit("/", 1)[-1] for a in artifacts(vault, r, "media")}
    assert {"native.png", "observed.png"} <= urls
    shots = screenshots(vault, r)
    assert count_colour(shots, magenta) >= 200 * 150 * 0.9
    assert count_colour(shots, cyan) >= 200 * 150 * 0.9


def test_40000px_page_has_no_repeated_tiles(vault, case, session, page_server):
    rows = 80  # 500 px bands, each its own colour and row number
    colours = [((i * 37) % 256, (i * 91) % 256, (i * 53 + 7) % 256) for i in range(rows)]
    assert len(set(colours)) == rows
    bands = "".join(f"<div style='height:500px;background:rgb{c};font-size:40px'>row {i}</div>"
                    for i, c in enumerate(colours))
    url = page_server.add("/tall", f"<html><body style='margin:0'>{bands}</body></html>")
    r = capture_one(vault, case, session, url, max_page_height_px=60_000)
    assert r.ok
    segs = sorted(artifacts(vault, r, "screenshot_full"), key=lambda a: a.meta["segment"])
    assert len(segs) >= 3 and sum(a.meta["height"] for a in segs) == rows * 500
    assert len({a.sha256 for a in segs}) == len(segs)
    for a in segs:
        im = Image.open(io.BytesIO(vault.read_artifact(a.id))).convert("RGB")
        assert im.height == a.meta["height"]
        for yy in range(250, im.height, 500):  # the middle of every band
            row = (a.meta["y_offset"] + yy) // 500
            assert im.getpixel((600, yy)) == colours[row], (a.meta, yy)


# --- hostile and broken pages ---------------------------------------------------------------------

def test_refused_schemes_fail_clearly_without_a_browser(vault, case):
    bad = ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "chrome://settings",
           "http://", "not a url"]
    results = capture_urls(vault, case.id, bad)
    assert all(not r.ok and r.error for r in results)
    assert "http://" in results[0].error and "file:" in results[0].error
    assert vault.list_captures(case.id) == []


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_dns_failure_and_refused_connection_fail_clearly(vault, case, session):
    dns, refused = capture_urls(vault, case.id, ["http://no-such-host.invalid/post",
                                                 f"http://127.0.0.1:{_closed_port()}/"],
                                opts(session))
    assert not dns.ok and "DNS" in dns.error
    assert not refused.ok and "refused" in refused.error
    assert vault.list_captures(case.id) == []


def test_tls_error_is_captured_and_flagged(vault, case, session, tls_page_server):
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    url = tls_page_server.add("/tls", "<title>TLS</title><p>served over a self-signed cert</p>")
    r = capture_one(vault, case, session, url)
    assert r.ok
    tls = vault.get_capture(r.capture_id).meta["tls"]
    der = x509.load_pem_x509_certificate(tls_page_server.cert_pem).public_bytes(Encoding.DER)
    assert tls["sha256_fingerprint"] == hashlib.sha256(der).hexdigest()
    assert "self-signed" in tls["error"]
    assert tls["protocol"].startswith("TLS") and "evidence-app test server" in tls["subject"]
    assert tls["valid_from"] and tls["valid_to"] and tls["chain"]
    assert any("certificate" in w for w in r.warnings)


@pytest.mark.parametrize("status", [404, 410, 500])
def test_error_statuses_are_captured_with_their_status(vault, case, session, page_server, status):
    url = page_server.add(f"/status/{status}", f"<h1>This content has been removed ({status})</h1>",
                          status=status)
    r = capture_one(vault, case, session, url)
    assert r.ok and r.http_status == status
    assert any(str(status) in w for w in r.warnings)


def test_dialogs_and_print_are_dismissed_and_recorded(vault, case, session, page_server):
    url = page_server.add("/dialogs", """<title>Dialogs</title><p>dialog page text</p><script>
        alert('first alert'); confirm('sure?'); prompt('name?', 'def');
        window.print();
        window.addEventListener('beforeunload', e => { e.preventDefault(); e.returnValue = 'x'; });
        </script>""")
    r = capture_one(vault, case, session, url)
    assert r.ok
    dialogs = vault.get_capture(r.capture_id).meta["dialogs"]
    assert [d["type"] for d in dialogs] == ["alert", "confirm", "prompt", "print"]
    assert dialogs[0]["message"] == "first alert" and dialogs[2]["default_value"] == "def"


def test_popups_are_closed_and_recorded(vault, case, session, page_server):
    page_server.add("/popup/target", "<title>popup</title>")
    url = page_server.add("/popup", "<title>Opener</title><p>opener text</p>"
                                    "<script>window.open('/popup/target');</script>")
    r = capture_one(vault, case, session, url)
    assert r.ok
    popups = vault.get_capture(r.capture_id).meta["popups"]
    assert len(popups) == 1 and popups[0]["url"].endswith("/popup/target")


def test_download_is_kept_in_memory_as_artifact(vault, case, session, page_server):
    payload = b"PK-like binary \x00\x01 download content"
    page_server.add("/dl/file.bin", payload, content_type="application/octet-stream",
                    headers={"Content-Disposition": 'attachment; filename="leak.bin"'})
    url = page_server.add("/dl", "<title>Download</title><p>download page</p>"
                                 "<script>setTimeout(() => location.href = '/dl/file.bin', 50)"
                                 "</script>")
    r = capture_one(vault, case, session, url)
    assert r.ok
    [dl] = artifacts(vault, r, "download")
    assert vault.read_artifact(dl.id) == payload
    assert dl.meta["suggested_filename"] == "leak.bin"
    assert vault.get_capture(r.capture_id).meta["downloads"][0]["sha256"] == dl.sha256


def test_endless_script_is_cut_at_the_cap(vault, case, session, page_server):
    t0 = time.monotonic()
    r = capture_one(vault, case, session, page_server.url("/endless-js"), timeout_s=20,
                    nav_timeout_s=4)
    elapsed = time.monotonic() - t0
    assert elapsed < 20 + 15  # within the cap plus closing grace; never a hang
    assert r.ok, r.error  # what arrived over the network is sealed, with the truth
    assert any("stopped responding" in w or "did not finish loading" in w for w in r.warnings)
    roles = {a["role"] for a in r.artifacts}
    assert {"wacz", "headers", "provenance"} <= roles
    # and the shared browser still works afterwards (restarted if it wedged)
    assert capture_one(vault, case, session, page_server.url("/")).ok


def test_hanging_connection_fails_within_the_cap(vault, case, session, page_server):
    t0 = time.monotonic()
    r = capture_one(vault, case, session, page_server.url("/hang"), timeout_s=10,
                    nav_timeout_s=4)
    assert time.monotonic() - t0 < 10 + 15
    assert not r.ok and "did not answer" in r.error
    assert vault.list_captures(case.id) == []


def test_huge_body_is_cut_at_the_cap(vault, case, session, page_server):
    r = capture_one(vault, case, session, page_server.url("/huge"), timeout_s=25,
                    nav_timeout_s=8, max_main_body_bytes=1024 * 1024,
                    max_page_height_px=8000, settle_timeout_s=2)
    assert r.ok, r.error
    assert any("larger than 1 MB" in w for w in r.warnings)
    assert {"screenshot_full", "dom_html"} <= {a["role"] for a in r.artifacts}, r.warnings


def test_infinite_scroll_is_bounded_with_a_warning(vault, case, session, page_server):
    url = page_server.add("/infinite", """<title>Feed</title><body style="margin:0">
      <div id="feed"></div><script>
      let n = 0; const feed = document.getElementById('feed');
      function more() { for (let i = 0; i < 5; i++) { const d = document.createElement('div');
        d.style.height = '300px'; d.textContent = 'post ' + (n++); feed.appendChild(d); } }
      more(); window.addEventListener('scroll', () => {
        if (innerHeight + scrollY > document.body.scrollHeight - 800) more(); });
      </script></body>""")
    r = capture_one(vault, case, session, url, max_page_height_px=6000, scroll_time_s=6)
    assert r.ok
    assert any("infinite scroll" in w or "Scrolling through the page was stopped" in w
               for w in r.warnings)
    assert sum(a["size"] > 0 for a in r.artifacts if a["role"] == "screenshot_full") >= 1


@pytest.mark.parametrize("name,body,expect", [
    ("spinner", "<title>S</title><div class='loading-spinner' style='width:80px;height:80px'>"
                "</div><p>please wait</p>", "spinner"),
    ("login", "<title>L</title><form><input name=u><input type=password name=p>"
              "<button>Log in</button></form><p>Log in to continue</p>", "login"),
    ("consent", "<title>C</title><p>article text</p><div style='position:fixed;inset:0;"
                "background:#fff'>We use cookies. <button>Accept all</button></div>", "consent"),
])
def test_bad_looking_pages_get_warnings(vault, case, session, page_server, name, body, expect):
    url = page_server.add(f"/looks/{name}", body)
    r = capture_one(vault, case, session, url)
    assert r.ok
    assert any(expect in w.lower() for w in r.warnings), r.warnings


def test_wedged_browser_is_restarted(vault, case, session, page_server):
    session.broken = True  # as after a context that would not close
    before = session.restarts
    r = capture_one(vault, case, session, page_server.url("/"))
    assert r.ok and session.restarts == before + 1


def test_cancel_keeps_finished_and_leaves_nothing_for_the_rest(vault, case, session, page_server):
    urls = [page_server.add(f"/slow/{i}", f"<title>slow {i}</title><p>slow page {i}</p>",
                            delay_s=0 if i == 0 else 3) for i in range(3)]
    cancel = threading.Event()
    events = []

    def on_event(ev):
        events.append((ev.index, ev.stage))
        if ev.stage == "done":
            cancel.set()

    results = capture_urls(vault, case.id, urls, opts(session, concurrency=1),
                           on_event=on_event, cancel=cancel)
    assert [r.ok for r in results] == [True, False, False]
    assert (1, "cancelled") in events and (2, "cancelled") in events
    assert [c.id for c in vault.list_captures(case.id)] == [results[0].capture_id]


def test_concurrent_batch_seals_each_url(vault, case, session, page_server):
    urls = [page_server.add(f"/batch/{i}", f"<title>b{i}</title><p>batch {i}</p>", delay_s=0.5)
            for i in range(4)]
    results = capture_urls(vault, case.id, urls, opts(session, concurrency=3))
    assert all(r.ok for r in results)
    caps = vault.list_captures(case.id)
    assert sorted(c.source for c in caps) == sorted(urls)
    assert {c.exhibit for c in caps} == {"TO-001", "TO-002", "TO-003", "TO-004"}


def test_waits_for_late_content_before_capturing(vault, case, session, page_server):
    page_server.add("/late/data", "LATE CONTENT ARRIVED", content_type="text/plain",
                    delay_s=0.8)
    url = page_server.add("/late", """<title>Late</title><p id="x">loading...</p><script>
        setTimeout(() => fetch('/late/data').then(r => r.text()).then(t => {
          document.getElementById('x').textContent = t; }), 700);
        </script>""")
    r = capture_one(vault, case, session, url)
    assert r.ok
    [html] = artifacts(vault, r, "dom_html")
    assert b"LATE CONTENT ARRIVED" in vault.read_artifact(html.id)


def test_streamed_video_is_flagged(vault, case, session, page_server):
    url = page_server.add("/blobvideo", """<title>Video</title><p>a video post</p>
        <video id="v" width="320" height="180"></video><script>
        const ms = new MediaSource(); document.getElementById('v').src = URL.createObjectURL(ms);
        </script>""")
    r = capture_one(vault, case, session, url)
    assert r.ok
    assert any("blob:" in w for w in r.warnings), r.warnings
