"""Which redirect hops are into a private or local network (capture.redirects)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from evidence_app.capture.network import Exchange
from evidence_app.capture.redirects import internal_redirect_warnings, unsafe_redirect_reason


def hop(url: str, ip: str | None, status: int = 302, location: str | None = None) -> Exchange:
    return Exchange(request_id=url, url=url, method="GET", request_headers={},
                    resource_type="Document", frame_id="f", started_utc=datetime.now(timezone.utc),
                    status=status, remote_ip=ip,
                    response_headers={"Location": location} if location else {})


START = "https://forum.example.hk/t/1"


@pytest.mark.parametrize("url,ip,kind", [
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "link-local"),
    ("http://192.168.1.1/admin", "192.168.1.1", "private"),
    ("http://10.0.0.5/", "10.0.0.5", "private"),
    ("http://router.lan/", None, "local name"),
    ("http://localhost:8080/", "127.0.0.1", "loopback"),
    ("http://[fe80::1]/", "[fe80::1]", "link-local"),
    ("http://sneaky.example/", "10.1.2.3", "private"),  # a public name resolving inside
])
def test_a_hop_into_a_private_network_is_warned(url, ip, kind):
    docs = [hop(START, "93.184.216.34"), hop(url, ip, 200)]
    [w] = internal_redirect_warnings(START, docs)
    assert w.code == "capture.private_redirect" and w.params["kind"] == kind
    assert f"on a {kind} network" in w.english


def test_public_hops_and_local_test_pages_are_quiet():
    docs = [hop(START, "93.184.216.34"), hop("https://www.example.hk/t/1", "93.184.216.35", 200)]
    assert internal_redirect_warnings(START, docs) == []
    local = "http://127.0.0.1:8000/a"
    assert internal_redirect_warnings(local, [hop(local, "127.0.0.1"),
                                              hop("http://127.0.0.1:8000/b", "127.0.0.1")]) == []


@pytest.mark.parametrize("location,unsafe", [
    ("file:///etc/passwd", True), ("chrome://settings", True), ("/relative", False),
    ("https://example.org/", False),
])
def test_unsafe_redirect_reason(location, unsafe):
    docs = [hop(START, "93.184.216.34", 302, location)]
    assert (unsafe_redirect_reason(docs, None) is not None) is unsafe
