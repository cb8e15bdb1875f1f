"""Fingerprints in real captures (Chromium against pages served on 127.0.0.1): a watched picture
on a page flags the capture; a capture into an under-18 case keeps no picture bytes and its
screenshots show none of the page's pictures."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from integration.test_capture_pages import count_colour, opts, png
from integration.test_cli_vault import js, run
from PIL import Image
from support.pictures import encode, synthetic_rgb

from evidence_app import after_seal
from evidence_app.capture.batch import capture_urls
from evidence_app.capture.engine import BrowserSession
from evidence_app.fingerprints import pdq, safeguard
from evidence_app.vocab import Role

pytestmark = pytest.mark.browser

MAGENTA, CYAN, YELLOW, ORANGE = (255, 0, 255), (0, 255, 255), (255, 255, 0), (255, 128, 0)


@pytest.fixture(scope="module")
def session():  # type: ignore[no-untyped-def]
    s = BrowserSession()
    yield s
    s.close()


def test_a_capture_showing_a_watched_picture_is_flagged(tmp_path, page_server):
    vault = tmp_path / "v.db"
    env = {"EVIDENCE_APP_VAULT": str(vault)}
    for args in (("init",), ("case", "new", "Reposts", "--ref", "KL-1", "--exhibit-prefix",
                             "KL")):
        assert run(*args, "--json", env=env).returncode == 0
    given = tmp_path / "given.png"
    given.write_bytes(encode(synthetic_rgb(11, 1000, 750)))
    assert run("watch", "add", "--case", "KL-1", str(given), "--json", env=env).returncode == 0
    # The repost: resized, re-compressed, on a page with an unrelated picture.
    page_server.add("/fp/repost.jpg", encode(synthetic_rgb(11, 1000, 750).resize((420, 315)),
                                             "JPEG", quality=60), content_type="image/jpeg")
    page_server.add("/fp/other.jpg", encode(synthetic_rgb(12, 400, 300), "JPEG"),
                    content_type="image/jpeg")
    url = page_server.add("/fp/post", "<title>post</title><p>look</p>"
                                      "<img src='/fp/repost.jpg'><img src='/fp/other.jpg'>")
    proc = run("capture", "--case", "KL-1", url, "--timeout", "60", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    [result] = js(proc)["results"]
    [flag] = result["watch_matches"]
    assert flag["label"] == "KL-W01" and flag["distance"] <= pdq.MATCH_THRESHOLD
    human = run("show", result["capture_id"], env=env).stdout
    assert f"Watch list:   matches KL-W01, distance {flag['distance']}" in human
    shown = js(run("show", result["capture_id"], "--json", env=env))["capture"]
    [flagged] = [a for a in shown["artifacts"] if a["id"] == flag["artifact_id"]]
    assert flagged["name"].endswith("repost.jpg") and len(flagged["pdq"]) == 64
    other = [a for a in shown["artifacts"] if a["name"].endswith("other.jpg")]
    assert other and other[0]["pdq_quality"] >= pdq.MIN_QUALITY
    # The page is a take-down location now, and it says it shows the watched picture.
    [loc] = js(run("takedown", "list", "--case", "KL-1", "--json", env=env))["locations"]
    assert loc["url"] == url
    assert loc["watch_matches"] == [{"label": "KL-W01", "distance": flag["distance"]}]
    assert loc["captures"][0]["watch_matches"] == loc["watch_matches"]
    listed = run("takedown", "list", "--case", "KL-1", env=env).stdout
    assert f"shows watched picture KL-W01 (distance {flag['distance']})" in listed


def test_a_minor_case_capture_keeps_no_picture_and_hides_them(vault, vault_path, case, session,
                                                                page_server, tmp_path):
    after_seal.install(vault)
    safeguard.mark_minor(vault, case.id)
    pictures = {"m.png": png(MAGENTA), "c.png": png(CYAN), "o.png": png(ORANGE)}
    for name, data in pictures.items():
        page_server.add(f"/minor/{name}", data, content_type="image/png")
    inline = base64.b64encode(png(YELLOW)).decode("ascii")
    url = page_server.add("/minor/page", f"""<html><body style="margin:0">
      <h1>A post</h1><p>text stays</p>
      <img src="/minor/m.png" width="200" height="150">
      <div style="width:200px;height:150px;background-image:url(/minor/c.png)"></div>
      <img src="data:image/png;base64,{inline}" width="200" height="150">
      <img src="/minor/o.png" width="200" height="150"
           style="visibility: visible !important; opacity: 1 !important">
      </body></html>""")
    [r] = capture_urls(vault, case.id, [url], opts(session))
    assert r.ok, r.error
    cap = vault.get_capture(r.capture_id)
    roles = {a.role for a in cap.artifacts}
    assert not roles & {Role.MEDIA, Role.MHTML, Role.WACZ, Role.DOWNLOAD}
    assert {Role.SCREENSHOT_FULL, Role.SCREENSHOT_VIEWPORT, Role.DOM_HTML,
            Role.PICTURE_HASHES} <= roles
    # No stored byte of the vault is a picture of the page.
    chunks = b"".join(row[0] for row in vault.query("SELECT data FROM chunks"))
    for data in [*pictures.values(), png(YELLOW)]:
        assert data[40:120] not in chunks
    assert inline[:60].encode() not in chunks
    # Their hashes are kept, and are matched like any picture's.
    [hashes] = [a for a in cap.artifacts if a.role == Role.PICTURE_HASHES]
    kept = json.loads(vault.read_artifact(hashes.id))["pictures"]
    import hashlib

    assert {e["sha256"] for e in kept} == {hashlib.sha256(d).hexdigest()
                                           for d in pictures.values()}
    assert all(len(e["md5"]) == 32 and "url" in e for e in kept)
    assert cap.meta["options"]["minor_safe"] is True
    assert cap.meta["minor_safeguard"]["pictures_hidden_in_screenshots"] is True
    # The screenshots show none of the pictures' pixels (each is a distinctive solid colour).
    shots = [Image.open(io.BytesIO(vault.read_artifact(a.id))) for a in cap.artifacts
             if a.role in (Role.SCREENSHOT_FULL, Role.SCREENSHOT_VIEWPORT)]
    assert len(shots) >= 2
    for colour in (MAGENTA, CYAN, YELLOW, ORANGE):
        assert count_colour(shots, colour) == 0, colour
    assert b"text stays" in vault.read_artifact(
        next(a.id for a in cap.artifacts if a.role == Role.DOM_HTML))
    # Extracting the capture writes no picture either.
    out = tmp_path / "out"
    proc = run("--vault", str(vault_path), "extract", cap.id, "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    for f in Path(js(proc)["folder"]).iterdir():
        body = f.read_bytes()
        assert not any(d[40:120] in body for d in pictures.values())
        if body.startswith(b"\x89PNG"):
            assert f.name.startswith("screenshot")
