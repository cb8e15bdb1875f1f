"""Exporting a case: the bundle checks with sha256sum, the PDF carries every hash and URL."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from integration.test_export_support import CHINESE_TITLE, seal_web, tall_png
from pypdf import PdfReader

from evidence_app.errors import Cancelled, ExportTargetNotEmpty, ExportWriteFailed
from evidence_app.importer import import_file
from evidence_app.integrity.verify_bundle import verify_bundle
from evidence_app.report import export as export_mod
from evidence_app.report.export import ExportOptions, export_case

CASE_TITLE = "陳小姐 私密影像案"
LONG_URL = ("https://forum.example.hk/thread/12345-" + "very-long-slug-" * 8
            + "?page=2&sort=<new>&q=%E7%A7%81")


@pytest.fixture
def hk_case(vault, tmp_path):  # type: ignore[no-untyped-def]
    """A case with Chinese title: a tall 2-segment web capture, a 404 capture, an import,
    and another case whose events must be withheld."""
    other = vault.create_case("Another survivor's case", ref="OTHER-1", exhibit_prefix="ZZ")
    seal_web(vault, other.id, "https://secret.example/other-case", "other case page")
    case = vault.create_case(CASE_TITLE, ref="HK-2026-007", exhibit_prefix="TO")
    seal_web(vault, case.id, "https://forum.example.hk/t/1", CHINESE_TITLE,
             segments=[tall_png(1280, 7000, 1), tall_png(1280, 2500, 2)], final_url=LONG_URL,
             media=tall_png(200, 200, 3), media_url="https://img.example.hk/p/abc.jpg")
    seal_web(vault, case.id, "http://imagehost.example/i/9f.jpg", "Removed image", status=404)
    f = tmp_path / "chat export 截圖.png"
    f.write_bytes(tall_png(500, 700, 4))
    import_file(vault, case.id, f, note="sent by the survivor")
    return case


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_bundle_checks_with_sha256sum_and_pdf_has_every_hash_and_url(vault, hk_case, tmp_path):
    steps: list[tuple[int, int, str]] = []
    res = export_case(vault, hk_case.ref, ExportOptions(tmp_path / "out" / "bundle",
                                                        organisation="Harbour NGO 關愛協會"),
                      progress=lambda d, t, m: steps.append((d, t, m)))
    root = res.bundle_dir
    assert res.exhibits == 3
    assert steps[-1][0] == steps[-1][1]

    # The real tool, in the bundle folder.
    check = subprocess.run(["sha256sum", "--strict", "-c", "manifest.sha256"], cwd=root,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # macOS's tool reads the same file (Debian ships it with perl).
    check = subprocess.run(["shasum", "-a", "256", "-c", "manifest.sha256"], cwd=root,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    listed = [line.split("  ", 1)[1] for line in (root / "manifest.sha256").read_text()
              .splitlines()]
    on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert sorted(listed + ["manifest.sha256"]) == on_disk
    assert res.files == len(on_disk)
    assert "TO-001 forum.example.hk/screenshot-full-01.png" in listed
    assert "TO-003 chat export/original-01-chat export.png" in listed
    assert not list(root.parent.glob(".*partial*"))

    doc = json.loads((root / "bundle.json").read_text(encoding="utf-8"))
    assert doc["case"]["title"] == CASE_TITLE
    text = pdf_text(res.pdf_path)
    flat = squash(text)
    for ex in doc["exhibits"]:
        for a in ex["artifacts"]:
            assert a["sha256"] in flat, a
    for url in ("https://forum.example.hk/t/1", LONG_URL, "http://imagehost.example/i/9f.jpg",
                "https://img.example.hk/p/abc.jpg"):
        assert squash(url) in flat, url
    assert CASE_TITLE in text and CHINESE_TITLE in text
    assert "證據條例" in text and "DRAFT FOR LEGAL REVIEW" in text and "法律審閱擬稿" in text
    assert "Disposal-order schedule" in text and "s.159AAL" in text
    assert doc["custody"]["head_hash"] in flat
    assert "secret.example" not in text  # another case's content stays out

    # Page X of Y and the bundle id on every page (pypdf, page by page).
    reader = PdfReader(str(res.pdf_path))
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, 1):
        t = page.extract_text()
        assert f"Page {i} of {n}" in t
        assert res.bundle_id in t

    # The whole chain travels; other cases' events keep their hash but not their details.
    events = [json.loads(line) for line in (root / "custody.jsonl").read_text().splitlines()]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    others = [e for e in events if e["case_id"] not in (None, hk_case.id)]
    assert others and all(e["details"] is None for e in others)
    assert verify_bundle(root).ok

    # The export itself is a custody event carrying the manifest's own hash.
    exported = vault.custody_events(case_id=hk_case.id)[-1]
    assert exported.action == "exported"
    manifest_sha = hashlib.sha256((root / "manifest.sha256").read_bytes()).hexdigest()
    assert exported.details["manifest_sha256"] == manifest_sha == res.manifest_sha256
    assert exported.details["bundle_id"] == res.bundle_id
    assert exported.details["files"] == res.files


def test_tall_screenshot_continues_over_pages_at_legible_scale(vault, case, tmp_path):
    seal_web(vault, case.id, "https://tall.example/", "Tall page",
             segments=[tall_png(1280, 9000, 7)])
    res = export_case(vault, case.id, ExportOptions(tmp_path / "b"))
    text = pdf_text(res.pdf_path)
    parts = re.findall(r"Full-page screenshot: page (\d+) of (\d+)", text)
    assert len(parts) >= 4 and parts[0] == ("1", parts[0][1])
    assert {int(p[0]) for p in parts} == set(range(1, int(parts[0][1]) + 1))
    reader = PdfReader(str(res.pdf_path))
    widths = []
    for page in reader.pages:
        for img in page.images:
            widths.append(img.image.width)
    # Each slice keeps the screenshot's full pixel width: no shrinking to illegibility.
    assert widths.count(1280) == len(parts)


def test_refuses_non_empty_target_and_accepts_empty_one(vault, case, tmp_path):
    seal_web(vault, case.id, "https://a.example/", "A")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(ExportTargetNotEmpty):
        export_case(vault, case.id, ExportOptions(busy))
    assert sorted(p.name for p in busy.iterdir()) == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    res = export_case(vault, case.id, ExportOptions(empty))
    assert (res.bundle_dir / "manifest.sha256").is_file()


@pytest.mark.parametrize("stage", ["copied", "report: drawing", "report: joining"])
def test_cancel_leaves_no_half_bundle_and_no_custody_event(vault, case, tmp_path, stage):
    for i in range(3):
        seal_web(vault, case.id, f"https://c.example/{i}", f"page {i}")
    cancel = threading.Event()

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith(stage):
            cancel.set()

    events_before = len(vault.custody_events())
    with pytest.raises(Cancelled):
        export_case(vault, case.id, ExportOptions(tmp_path / "out" / "b"), progress, cancel)
    assert list((tmp_path / "out").iterdir()) == []
    assert len(vault.custody_events()) == events_before


def test_failure_while_writing_pdf_leaves_nothing(vault, case, tmp_path, monkeypatch):
    seal_web(vault, case.id, "https://f.example/", "F")

    def broken(*args, **kwargs):  # fault injection: the drive fails mid-report
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export_mod, "render_report", broken)
    with pytest.raises(ExportWriteFailed):
        export_case(vault, case.id, ExportOptions(tmp_path / "out" / "b", make_zip=True))
    assert list((tmp_path / "out").iterdir()) == []


def test_zip_beside_the_folder_holds_the_same_files(vault, hk_case, tmp_path):
    res = export_case(vault, hk_case.id, ExportOptions(tmp_path / "bundle", make_zip=True))
    assert res.zip_path == tmp_path / "bundle.zip"
    manifest = dict(reversed(line.split("  ", 1)) for line in
                    (res.bundle_dir / "manifest.sha256").read_text().splitlines())
    with zipfile.ZipFile(res.zip_path) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        assert all(n.startswith("bundle/") for n in names)
        for rel, sha in manifest.items():
            assert hashlib.sha256(z.read("bundle/" + rel)).hexdigest() == sha
    assert vault.custody_events(case_id=hk_case.id)[-1].details["zip_sha256"] == \
        hashlib.sha256(res.zip_path.read_bytes()).hexdigest()


def test_every_sha256_in_the_pdf_is_extractable_whole_on_one_line(vault, hk_case, tmp_path):
    """A reviewer copies a hash from the PDF: it must come out whole (no wrap, no hyphen)."""
    res = export_case(vault, hk_case.ref, ExportOptions(tmp_path / "b"))
    lines = pdf_text(res.pdf_path).splitlines()
    whole = {m for line in lines for m in re.findall(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])",
                                                      line)}
    doc = json.loads((res.bundle_dir / "bundle.json").read_text(encoding="utf-8"))
    wanted = {a["sha256"] for ex in doc["exhibits"] for a in ex["artifacts"]}
    wanted.add(doc["custody"]["head_hash"])
    events = [json.loads(x) for x in (res.bundle_dir / "custody.jsonl").read_text().splitlines()]
    wanted |= {e["hash"] for e in events if e["case_id"] in (None, hk_case.id)}
    assert len(wanted) > 12
    assert wanted - whole == set()
    # No fragment of a hash is left on a line (32 hex digits are ids: bundle, capture).
    fragments = [m for line in lines for m in re.findall(r"\b[0-9a-f]{20,63}\b", line)
                 if len(m) != 32]
    assert fragments == []
