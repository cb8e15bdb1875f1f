"""How a re-capture becomes a status (the browser side is tested in test_takedown_flow)."""

from __future__ import annotations

from evidence_app.capture.batch import UrlResult
from evidence_app.takedown.locations import CaptureRef
from evidence_app.takedown.recheck import classify


def ref(media=(), dom="d1", status=200) -> CaptureRef:
    return CaptureRef("c", "EX-001", "2026-11-01T00:00:00.000000Z", status, "m", tuple(media), dom)


def ok(status=200) -> UrlResult:
    return UrlResult(url="https://h.test/p", ok=True, capture_id="n", http_status=status)


def test_gone_codes_are_removed():
    for code in (404, 410, 451):
        assert classify(ref(), ok(code), ref(status=code), None) == ("removed", f"http-{code}")


def test_other_errors_need_review():
    assert classify(ref(), ok(403), ref(status=403), None) == ("changed", "http-403")


def test_pictures_decide_when_the_first_capture_had_them():
    first = ref(media=("a", "b"))
    assert classify(first, ok(), ref(media=("a", "b", "c")), None) == ("online", "media-present")
    assert classify(first, ok(), ref(media=("b",)), None) == ("changed", "media-partly-gone")
    assert classify(first, ok(), ref(media=()), None) == ("removed", "media-gone")


def test_without_pictures_the_page_source_decides():
    assert classify(ref(), ok(), ref(dom="d1"), None) == ("online", "page-same")
    assert classify(ref(), ok(), ref(dom="d2"), None) == ("changed", "page-differs")
    assert classify(None, ok(), ref(), None) == ("online", "no-first-capture")


def test_unreachable_is_removed_only_when_the_host_is_gone():
    failed = UrlResult(url="https://h.test/p", ok=False, error="unreachable")
    assert classify(ref(), failed, None, False) == ("removed", "host-gone")
    assert classify(ref(), failed, None, True) == ("check-failed", "unreachable")
    assert classify(ref(), failed, None, None) == ("check-failed", "unreachable")
