"""Messages as codes: the catalog, notices, and errors carrying a code with parameters."""

from __future__ import annotations

from evidence_app import errors
from evidence_app.messages import CATALOG, Notice, english, fill, trans_late, unique


def test_trans_late_only_marks_text():
    assert trans_late("Messages", "page check") == "page check"


def test_english_fills_named_parameters_and_nested_codes():
    assert english("capture.http_error", {"status": 404}).startswith(
        "The server answered HTTP 404 ")
    text = english("capture.unreachable", {"reason_code": "net.ERR_NAME_NOT_RESOLVED",
                                           "url": "https://gone.example/"})
    assert text.startswith("The web address's host name could not be found")
    assert text.endswith("Nothing was saved for https://gone.example/.")
    assert english("no.such.code", {}, fallback="as recorded") == "as recorded"


def test_a_broken_template_never_hides_the_message():
    assert fill("HTTP {status} at {missing}", {"status": 500}) == "HTTP 500 at {missing}"
    assert fill("unbalanced {", {}) == "unbalanced {"
    # Page-derived parameters lose control characters.
    assert fill("{detail}", {"detail": "a\x1b[31mb\nc"}) == "a[31mbc"


def test_notices_round_trip_and_repeat_only_once():
    n = Notice("capture.images_pending", {"count": 3})
    assert str(n) == n.english == "3 image(s) had still not loaded when the page was captured."
    assert Notice.from_dict(n.to_dict()) == n
    assert Notice.from_dict({"code": 5}) is None and Notice.from_dict("x") is None
    assert unique([n, Notice("capture.images_pending", {"count": 3}), Notice("x")]) == [
        n, Notice("x")]


def test_errors_carry_a_code_and_keep_their_english_message():
    e = errors.WrongPassphrase()
    assert e.code == "error.WrongPassphrase" and e.params == {}
    assert str(e) == errors.WrongPassphrase.default_message
    t = errors.CaptureTimedOut("took too long", code="capture.timed_out",
                               params={"seconds": "90"})
    assert str(t) == "took too long" and t.code in CATALOG and t.params == {"seconds": "90"}
