"""File names written out of the vault: safe everywhere, extension kept."""

from __future__ import annotations

from evidence_app.filenames import safe_component, safe_filename


def test_safe_filename_keeps_the_extension() -> None:
    assert safe_filename("證據.png", fallback="artifact") == "artifact.png"
    assert safe_filename("phone screenshot.txt") == "phone screenshot.txt"
    assert safe_filename("../../etc/passwd") == "etc_passwd"
    assert safe_filename("CON.txt") == "_CON.txt"
    assert safe_filename(".hidden") == "hidden"
    assert safe_filename("archive.tar.gz") == "archive.tar.gz"
    assert len(safe_filename("x" * 300 + ".jpeg", 60)) <= 60
    assert safe_filename("x" * 300 + ".jpeg", 60).endswith(".jpeg")
    assert safe_filename("p0.jpg?v=2") == safe_component("p0.jpg?v=2")


def test_no_dash_left_at_either_end() -> None:
    assert safe_component("WhatsApp Chat - 陳大文") == "WhatsApp Chat"
    assert safe_filename("-rf.txt") == "rf.txt"
    assert safe_component("R-003 a-b") == "R-003 a-b"
