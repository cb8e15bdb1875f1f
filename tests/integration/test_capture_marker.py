"""Nothing of a captured page lands on disk outside the vault (and the vault is encrypted).

A unique marker is put in the page's text, in an image's bytes and in a download. After the
capture (with the browser still open, then after it closed) the test searches TMPDIR and the
test's tmp_path completely, and every file changed since the capture began under /tmp and the
home folder.
"""

from __future__ import annotations

import io
import os
import time
import uuid
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from evidence_app.capture.batch import CaptureOptions, capture_urls
from evidence_app.capture.engine import BrowserSession

pytestmark = pytest.mark.browser

# The session machinery's own folders are not the project's to read.
SKIP_PARTS = {".claude"}
SKIP_PREFIXES = ("/tmp/bash_jobs",)


def _files(root: Path, since: float | None):
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
        if dirpath.startswith(SKIP_PREFIXES):
            dirnames[:] = []
            continue
        dirnames[:] = [d for d in dirnames if d not in SKIP_PARTS]
        for name in filenames:
            p = Path(dirpath) / name
            try:
                st = p.lstat()
            except OSError:
                continue
            if not p.is_file() or p.is_symlink():
                continue
            if since is not None and max(st.st_mtime, st.st_ctime) < since:
                continue
            yield p


def find_marker(marker: bytes, roots_full: list[Path], roots_recent: list[Path],
                since: float) -> list[str]:
    hits = []
    for roots, cutoff in ((roots_full, None), (roots_recent, since)):
        for root in roots:
            for p in _files(root, cutoff):
                try:
                    with open(p, "rb") as f:
                        data = f.read(512 * 1024 * 1024)
                except OSError:
                    continue
                if marker in data or marker.decode().encode("utf-16-le") in data:
                    hits.append(str(p))
    return sorted(set(hits))


def test_no_page_data_outside_the_vault(vault, case, page_server, tmp_path):
    marker = f"MARKER-{uuid.uuid4().hex}".encode()
    info = PngInfo()
    info.add_text("Comment", marker.decode())
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (200, 40, 40)).save(buf, "PNG", pnginfo=info)
    image = buf.getvalue()
    assert marker in image
    page_server.add("/marker/pic.png", image, content_type="image/png")
    page_server.add("/marker/secret.bin", b"download " + marker,
                    content_type="application/octet-stream",
                    headers={"Content-Disposition": 'attachment; filename="secret.bin"'})
    url = page_server.add("/marker/page", f"<title>Marker</title><p>{marker.decode()}</p>"
                                          "<img src='/marker/pic.png'>"
                                          "<script>setTimeout(() => location.href = "
                                          "'/marker/secret.bin', 100)</script>")
    tmpdir = Path(os.environ["TMPDIR"])
    since = time.time() - 2
    roots_full = [tmpdir, tmp_path]
    roots_recent = [Path("/tmp"), Path.home()]

    # the search itself can fail: a planted copy is found
    control = tmpdir / "control.txt"
    control.write_bytes(b"x" + marker)
    assert find_marker(marker, roots_full, [], since) == [str(control)]
    control.unlink()

    session = BrowserSession()  # its own browser: the profile folder is under this TMPDIR
    try:
        [r] = capture_urls(vault, case.id, [url], CaptureOptions(session=session, timeout_s=40,
                                                                  settle_timeout_s=3))
        assert r.ok, r.error
        roles = {a["role"] for a in r.artifacts}
        assert {"media", "download", "dom_html", "wacz"} <= roles, r.warnings
        # the evidence is in the vault, readable through the vault only
        cap = vault.get_capture(r.capture_id)
        for a in cap.artifacts:
            if a.role in ("dom_html", "media", "download"):
                assert marker in vault.read_artifact(a.id), a.role
        assert list(tmpdir.glob("playwright*")), "the browser's profile folder should be here"
        assert find_marker(marker, roots_full, roots_recent, since) == []
    finally:
        session.close()
    assert find_marker(marker, roots_full, roots_recent, since) == []
