"""Export of real captures: pages served on 127.0.0.1, captured by real Chromium."""

from __future__ import annotations

import re
import subprocess

import pytest

from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report.export import ExportOptions, export_case

pytestmark = pytest.mark.browser

TALL_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>私密影像 帖子 #42</title>
<style>p {{ font: 16px sans-serif; margin: 0; height: 40px; }}</style></head><body>
<h1>繁體中文 forum thread</h1>{rows}</body></html>"""


def test_export_of_real_captures(vault, case, page_server, tmp_path):
    from evidence_app.capture.batch import capture_urls

    rows = "".join(f"<p>line {i}: the page keeps going</p>" for i in range(150))
    page_server.add("/export/tall", TALL_PAGE.format(rows=rows))
    urls = [page_server.url("/export/tall"), page_server.url("/redirect/1")]
    results = capture_urls(vault, case.id, urls)
    assert all(r.ok for r in results), [r.error for r in results]

    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle", make_zip=True))
    check = subprocess.run(["sha256sum", "-c", "manifest.sha256"], cwd=res.bundle_dir,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert verify_bundle(res.bundle_dir).ok

    text = subprocess.run(["pdftotext", str(res.pdf_path), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for cap in vault.list_captures(case.id):
        for a in cap.artifacts:
            assert a.sha256 in flat, (a.role, a.name)
        assert cap.meta["requested_url"] in flat and cap.meta["final_url"] in flat
    assert "私密影像 帖子 #42" in text
    # ~6,000 px of page at 55 % scale: the screenshot continues over several pages.
    assert re.search(r"Full-page screenshot: page 2 of \d", text)
