"""The take-down flow with a real browser against a local "platform" on 127.0.0.1 that removes a
post after a request and later lets it come back."""

from __future__ import annotations

import io
import json
import re
import subprocess

import pytest
from conftest import PASSPHRASE
from PIL import Image

from evidence_app.cli import main
from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault
from evidence_app.vocab import Role

pytestmark = pytest.mark.browser


def png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (160, 120), color).save(buf, "PNG")
    return buf.getvalue()


POST = ("<html><head><title>Post 7</title></head><body><p>someone posted this</p>"
        "<img src='/platform/post/7.png'></body></html>")


@pytest.fixture
def cli(vault_path, operator, monkeypatch, capsys):
    v, _ = Vault.create(vault_path, PASSPHRASE, operator)
    v.create_case("Take-down case", ref="TD-1", exhibit_prefix="TD")
    v.close()
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EVIDENCE_APP_OPERATOR", "Case Worker")

    def run(*args: str) -> tuple[int, dict, str]:
        code = main(["--vault", str(vault_path), *args, "--json"])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err
    return run


def test_capture_request_removed_then_reappeared(cli, page_server, vault_path, operator,
                                                 tmp_path):
    page_server.add("/platform/post/7.png", png((200, 30, 60)), content_type="image/png")
    url = page_server.add("/platform/post/7", POST)
    code, cap, _ = cli("capture", "--case", "TD-1", url, "--timeout", "60")
    assert code == 0
    first_id = cap["results"][0]["capture_id"]
    media = [a for a in cap["results"][0]["artifacts"] if a["role"] == Role.MEDIA]
    assert len(media) == 1

    # The capture made the location: requested and final URL are the same here.
    code, doc, _ = cli("takedown", "list", "--case", "TD-1")
    [loc] = doc["locations"]
    assert loc["url"] == url and loc["status"] == "found" and loc["host"] == "127.0.0.1"
    assert loc["platform"] == "unknown" and loc["category"] == "other"
    assert loc["captures"][0]["capture_id"] == first_id
    lid = loc["id"]

    # Drafts in both languages carry the URL, the capture time and the evidence hashes.
    for lang in ("en", "zh-HK"):
        out = tmp_path / f"draft-{lang}.txt"
        code, d, _ = cli("takedown", "draft", lid[:8], "--route", "other", "--lang", lang,
                         "--out", str(out), "--organisation", "Example NGO")
        assert code == 0 and d["lang"] == lang
        text = out.read_text(encoding="utf-8")
        assert url in text and media[0]["sha256"] in text and "159AAE" in text
        assert "Example NGO" in text
    code, d, _ = cli("takedown", "draft", lid[:8], "--route", "other", "--out",
                     str(tmp_path / "draft-en.txt"))
    assert code == 2  # never overwrites

    code, sent, _ = cli("takedown", "sent", lid[:8], "--route", "other", "--note",
                        "the platform's report form", "--ref", "P-1")
    assert code == 0

    # 1. Still online: the picture is still there.
    code, rc, _ = cli("takedown", "recheck", "--case", "TD-1", "--timeout", "60")
    assert code == 0
    [r1] = rc["results"]
    assert (r1["status"], r1["reason"]) == ("online", "media-present")
    assert r1["capture_id"] and r1["capture_id"] != first_id

    # 2. The platform removes the post: the 410 page is sealed as evidence of removal.
    page_server.add("/platform/post/7", "<html><body><h1>This post was removed</h1></body>"
                                        "</html>", status=410)
    code, rc, _ = cli("takedown", "recheck", "--all", "--timeout", "60")
    assert code == 0
    [r2] = rc["results"]
    assert (r2["status"], r2["reason"], r2["http_status"]) == ("removed", "http-410", 410)

    # 3. It comes back: reappeared, loudly.
    page_server.add("/platform/post/7", POST)
    code, rc, err = cli("takedown", "recheck", "--case", "TD-1", "--timeout", "60")
    [r3] = rc["results"]
    assert code == 0 and r3["status"] == "reappeared" and rc["reappeared"] == 1
    assert "REAPPEARED" in err and f"DONE {url}" in err

    code, doc, _ = cli("takedown", "list", "--case", "TD-1")
    [loc] = doc["locations"]  # re-check captures made no new locations
    assert loc["status"] == "reappeared" and loc["last_check"]["capture_id"] == r3["capture_id"]

    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        removed_cap = v.get_capture(r2["capture_id"])
        assert removed_cap.web.http_status == 410 and removed_cap.case_id == loc["case_id"]
        events = v.custody_events(capture_id=r2["capture_id"])
        assert [e.action for e in events] == ["captured", "takedown_rechecked"]
        assert verify_vault(v).ok

    # The report: the take-down log and the schedule's take-down table.
    code, exp, _ = cli("export", "--case", "TD-1", "--out", str(tmp_path / "bundle"))
    assert code == 0
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "bundle" / "report.pdf"),
                           "-"], check=True, capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "Take-down log" in flat and "Take-down status of each location" in flat
    for word in ("http-410", "reappeared", "media-present", "request sent", "P-1",
                 removed_cap.exhibit):
        assert word in flat, word


def test_recheck_host_gone_and_cancel(vault, case, page_server, monkeypatch):
    import threading

    # This machine has no DNS: a name that resolves from /etc/hosts stands in for a working one.
    monkeypatch.setenv("EVIDENCE_APP_DNS_CONTROL", "localhost")

    from evidence_app.capture.batch import CaptureOptions, capture_urls
    from evidence_app.takedown import platforms, store
    from evidence_app.takedown.locations import add_location
    from evidence_app.takedown.recheck import recheck
    from evidence_app.vocab import Stage, StepKind

    book = platforms.load()
    url = page_server.add("/platform/plain/1", "<title>plain</title><p>just text</p>")
    [r] = capture_urls(vault, case.id, [url], CaptureOptions(timeout_s=60))
    assert r.ok
    add_location(vault, book, case.id, "http://gone.invalid/post/1")
    added = page_server.add("/platform/added/1", "<title>added</title><p>first text</p>")
    add_location(vault, book, case.id, added)
    options = CaptureOptions(timeout_s=60, concurrency=1)
    online, gone, by_hand = recheck(vault, book, [case.id], options)
    assert (online.status, online.reason) == ("online", "page-same")
    assert (gone.status, gone.reason, gone.capture_id) == ("removed", "host-gone", None)
    assert gone.error  # the failed capture's message is kept with the record
    assert (by_hand.status, by_hand.reason) == ("online", "no-first-capture")
    # A location added by hand is then compared with its first re-check.
    page_server.add("/platform/added/1", "<title>added</title><p>other text now</p>")
    _, _, again = recheck(vault, book, [case.id], options)
    assert (again.status, again.reason) == ("changed", "page-differs")

    # Cancel after the first location: it stays recorded, the rest leave nothing.
    other = vault.create_case("Cancel case", ref="T-2").id
    first = page_server.add("/platform/plain/2", "<title>plain 2</title><p>text</p>")
    assert capture_urls(vault, other, [first], CaptureOptions(timeout_s=60))[0].ok
    for n in range(2):
        add_location(vault, book, other, page_server.url("/hang") + f"?td={n}")
    cancel = threading.Event()

    def on_event(ev) -> None:  # type: ignore[no-untyped-def]
        if ev.stage == Stage.DONE:
            cancel.set()

    captures_before = len(vault.list_captures(other))
    results = recheck(vault, book, [other], options, on_event=on_event, cancel=cancel)
    assert [x.status for x in results] == ["online", "cancelled", "cancelled"]
    checks = [s for s in store.steps(vault, other) if s.kind == StepKind.RECHECK]
    assert [s.location_id for s in checks] == [results[0].location_id]
    assert len(vault.list_captures(other)) == captures_before + 1


def test_cli_recheck_ctrl_c_keeps_finished_checks(vault_path, operator, page_server):
    import os
    import signal
    import sys
    import time

    from evidence_app.capture.batch import CaptureOptions, capture_urls
    from evidence_app.takedown import platforms, store
    from evidence_app.takedown.locations import add_location
    from evidence_app.vocab import StepKind

    book = platforms.load()
    with Vault.create(vault_path, PASSPHRASE, operator)[0] as v:
        case_id = v.create_case("Ctrl+C case", ref="CC-1").id
        url = page_server.add("/platform/cc/1", "<title>cc</title><p>text</p>")
        assert capture_urls(v, case_id, [url], CaptureOptions(timeout_s=60))[0].ok
        for n in range(2):
            add_location(v, book, case_id, page_server.url("/hang") + f"?cc={n}")
    env = {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE,
           "EVIDENCE_APP_OPERATOR": "Case Worker"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "evidence_app", "--vault", str(vault_path), "takedown", "recheck",
         "--case", "CC-1", "--json", "--concurrency", "1", "--timeout", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    seen = ""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        seen += line
        if "DONE" in line or not line:
            break
    assert "[1/3] DONE" in seen, seen
    time.sleep(1)  # the next (hanging) location is loading now
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    doc = json.loads(out)
    assert doc["cancelled"] is True
    assert [r["status"] for r in doc["results"]] == ["online", "cancelled", "cancelled"]
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        checks = [s for s in store.steps(v, case_id) if s.kind == StepKind.RECHECK]
        assert [s.capture_id for s in checks] == [doc["results"][0]["capture_id"]]
        assert len(v.list_captures(case_id)) == 2


def test_recheck_without_working_dns_never_claims_removal(vault, case, monkeypatch):
    """Offline, every host name looks gone: that is "check failed", never "removed"."""
    from evidence_app.capture.batch import CaptureOptions
    from evidence_app.takedown import platforms
    from evidence_app.takedown.locations import add_location
    from evidence_app.takedown.recheck import recheck

    monkeypatch.setenv("EVIDENCE_APP_DNS_CONTROL", "control.invalid")
    book = platforms.load()
    add_location(vault, book, case.id, "http://gone.invalid/post/1")
    [gone] = recheck(vault, book, [case.id], CaptureOptions(timeout_s=30, concurrency=1))
    assert (gone.status, gone.reason) == ("check-failed", "unreachable")
