"""The under-18 safeguard's page filter: what a web capture keeps instead of pictures."""

from __future__ import annotations

import base64
import hashlib
import json

from support.pictures import synthetic_png

from evidence_app.capture.media import Artifact
from evidence_app.capture.minor import strip_data_pictures, without_pictures
from evidence_app.capture.page import PageResult
from evidence_app.provenance import WebProvenance
from evidence_app.vocab import Role


def test_inline_pictures_are_removed_from_html_and_text_stays() -> None:
    pic = base64.b64encode(synthetic_png(1, 40, 30)).decode()
    html = (f'<p>kept</p><img src="data:image/png;base64,{pic}">'
            f"<div style=\"background:url('data:image/svg+xml;utf8,<svg/>')\"></div>"
            '<a href="data:text/plain,hello">t</a>').encode()
    out, n = strip_data_pictures(html)
    assert n == 2 and pic.encode()[:40] not in out and b"<svg" not in out
    assert b"<p>kept</p>" in out and b"data:text/plain,hello" in out


def test_a_page_result_keeps_hashes_not_pictures() -> None:
    picture = synthetic_png(2, 300, 200)
    video = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(500)
    page = PageResult(artifacts=[
        Artifact(Role.SCREENSHOT_FULL, "screenshot-full.png", "image/png", b"\x89PNG shot"),
        Artifact(Role.MHTML, "page.mhtml", "multipart/related", b"MIME " + picture),
        Artifact(Role.DOM_HTML, "page.html", "text/html", b"<p>text</p>"),
        Artifact(Role.WACZ, "capture.wacz", "application/wacz+zip", b"PK" + picture),
        Artifact(Role.MEDIA, "media-001-a.png", "image/png", picture,
                 meta={"url": "http://127.0.0.1/a.png", "element": "img"}),
        Artifact(Role.MEDIA, "media-002-v", "application/octet-stream", video,
                 meta={"url": "http://127.0.0.1/v"}),
        Artifact(Role.DOWNLOAD, "notes.txt", "text/plain", b"plain text download"),
    ], provenance=WebProvenance(requested_url="http://127.0.0.1/"), http_status=200,
        final_url="http://127.0.0.1/")
    safe = without_pictures(page)
    names = [a.name for a in safe.artifacts]
    assert names == ["screenshot-full.png", "page.html", "notes.txt", "picture-hashes.json"]
    assert all(picture[20:80] not in a.data and video[:24] not in a.data
               for a in safe.artifacts)
    entries = json.loads(safe.artifacts[-1].data)["pictures"]
    assert [e["url"] for e in entries] == ["http://127.0.0.1/a.png", "http://127.0.0.1/v"]
    assert entries[0]["sha256"] == hashlib.sha256(picture).hexdigest()
    assert len(entries[0]["pdq"]) == 64 and entries[1]["pdq_refused"] == "video"
    assert entries[1]["md5"] == hashlib.md5(video).hexdigest()
    record = safe.provenance.to_dict()["minor_safeguard"]
    assert record["archives_left_out"] == ["mhtml", "wacz"] and record["pictures_hashed"] == 2
    assert "under 18" in safe.warnings[-1] and safe.provenance.warnings == safe.warnings[-1:]
