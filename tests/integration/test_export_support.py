"""Synthetic captures for export tests and benchmarks/report.py (no tests in this module).

They follow the data contract exactly (kind "web", provenance meta, screenshot_full segments,
headers, provenance JSON, media), so the exporter sees what the capture engine seals.
"""

from __future__ import annotations

import io
import json
import random
from typing import Any

from PIL import Image, ImageDraw

from evidence_app.vault import CaptureInfo, Vault

CHINESE_TITLE = "私密影像 — 香港討論區帖子"


def tall_png(width: int = 1280, height: int = 6000, seed: int = 0, label: str = "") -> bytes:
    """A web-page-like PNG: header band, text-like lines, photo-like noise blocks."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 80), fill=(30, 60, 140))
    d.text((20, 30), f"{label} synthetic page {seed}", fill=(255, 255, 255))
    y = 110
    while y < height - 40:
        if rnd.random() < 0.08:
            h = rnd.randint(150, 400)
            block = Image.effect_noise((min(500, width - 40), h), 60).convert("RGB")
            img.paste(block, (20, y))
            y += h + 20
            continue
        x = 20
        while x < width - 120:
            w = rnd.randint(20, 90)
            d.rectangle((x, y, x + w, y + 9), fill=(40, 40, 40))
            x += w + 8
        d.text((width - 100, y), f"y={y}", fill=(200, 0, 0))
        y += 22
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def provenance(url: str, title: str, status: int = 200, final_url: str | None = None,
               https: bool = True) -> dict[str, Any]:
    final_url = final_url or url
    redirects = ([] if final_url == url else
                 [{"url": url, "status": 301, "location": final_url},
                  {"url": final_url, "status": status, "location": None}])
    return {
        "requested_url": url, "final_url": final_url, "redirect_chain": redirects,
        "http_status": status, "server_ip": "127.0.0.1", "server_port": 443 if https else 80,
        "tls": {"protocol": "TLS 1.3", "subject": "CN=example.test", "issuer": "CN=Test CA",
                "valid_from": "2026-01-01T00:00:00Z", "valid_to": "2027-01-01T00:00:00Z",
                "sha256_fingerprint": "AB:CD:" * 10 + "EF", "error": None} if https else None,
        "title": title, "capture_started_utc": "2026-11-20T02:15:03.123456Z",
        "capture_ended_utc": "2026-11-20T02:15:41.654321Z", "local_offset": "+08:00",
        "server_date": "Fri, 20 Nov 2026 02:15:04 GMT",
        "tool": {"name": "evidence-app", "version": "0.1.0"},
        "browser": {"name": "Chromium", "version": "131.0.6778.85",
                    "executable": "/usr/bin/chromium"},
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36",
        "viewport": {"width": 1280, "height": 800}, "os": "Linux 6.1", "operator": "Test Operator",
        "logged_in": False, "options": {}, "dialogs": [], "popups": [], "downloads": [],
        "warnings": ["The page asked for a login (overlay detected)."],
    }


def seal_web(vault: Vault, case_id: str, url: str, title: str, *,
             segments: list[bytes] | None = None, status: int = 200,
             final_url: str | None = None, media: bytes | None = None,
             media_url: str | None = None) -> CaptureInfo:
    """Seal a synthetic web capture following the data contract."""
    segments = segments if segments is not None else [tall_png(800, 1500)]
    prov = provenance(url, title, status, final_url)
    with vault.new_capture(case_id, "web", url, meta=prov) as cap:
        y = 0
        for i, png in enumerate(segments, 1):
            with Image.open(io.BytesIO(png)) as im:
                w, h = im.size
            cap.add_artifact("screenshot_full", f"screenshot-full-{i:02d}.png", "image/png", png,
                             meta={"segment": i, "segments": len(segments), "y_offset": y,
                                   "height": h, "width": w})
            y += h
        cap.add_artifact("screenshot_viewport", "screenshot-viewport.png", "image/png",
                         tall_png(640, 400, 99))
        cap.add_artifact("dom_html", "dom.html", "text/html",
                         f"<html><title>{title}</title></html>".encode())
        cap.add_artifact("headers", "headers.json", "application/json",
                         json.dumps({"content-type": "text/html"}).encode())
        if media is not None:
            cap.add_artifact("media", "photo.png", "image/png", media,
                             meta={"url": media_url or url + "/photo.png", "element": "img"})
        cap.add_artifact("provenance", "provenance.json", "application/json",
                         json.dumps(prov, ensure_ascii=False).encode())
    assert cap.sealed is not None
    return cap.sealed
