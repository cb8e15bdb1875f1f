"""Credential headers kept out of the evidence, host matching, sign-in paths (no browser)."""

from __future__ import annotations

import gzip
import io
from datetime import datetime, timezone

from evidence_app.capture.archive import build_warc
from evidence_app.capture.credentials import (
    REDACTED,
    count_credentials,
    leak_warnings,
    redact_headers,
)
from evidence_app.capture.login import sign_in_path
from evidence_app.capture.media import Artifact
from evidence_app.capture.network import Exchange
from evidence_app.vault.logins import host_matches, state_hosts
from evidence_app.vocab import Role

SECRET = "s3cr3t-session-value-0123456789"


def _exchange() -> Exchange:
    return Exchange(request_id="1", url="https://x.example/feed", method="GET",
                    request_headers={"Cookie": f"sid={SECRET}", "authorization": f"Bearer {SECRET}",
                                     "Accept": "text/html"},
                    resource_type="Document", frame_id="f", started_utc=datetime.now(timezone.utc),
                    status=200, response_headers={"Set-Cookie": f"sid={SECRET}\nb={SECRET}",
                                                  "Content-Type": "text/html"},
                    body=b"<p>feed</p>", finished=True)


def test_credential_headers_are_replaced_in_the_warc():
    ex = _exchange()
    warc, cdx, skipped = build_warc([ex], "test")
    text = gzip.GzipFile(fileobj=io.BytesIO(warc)).read()
    assert SECRET.encode() not in text
    assert f"Cookie: {REDACTED}".encode() in text
    assert f"authorization: {REDACTED}".encode() in text
    assert text.count(f"Set-Cookie: {REDACTED}".encode()) == 1
    assert b"Accept: text/html" in text and b"<p>feed</p>" in text
    assert count_credentials([ex]) == 3
    assert redact_headers(ex.response_headers) == {"Set-Cookie": REDACTED,
                                                   "Content-Type": "text/html"}
    # the recorder's own copy is untouched (downloads are fetched again with it)
    assert SECRET in ex.request_headers["Cookie"]


def test_a_session_value_in_page_content_is_warned_about():
    state = {"cookies": [{"name": "sid", "value": SECRET, "domain": "x.example"},
                         {"name": "lang", "value": "en", "domain": "x.example"}],
             "origins": [{"origin": "https://app.x.example", "localStorage": []}]}
    clean = Artifact(Role.DOM_HTML, "page.html", "text/html", b"<p>no secrets</p>")
    leaky = Artifact(Role.DOM_HTML, "page.html", "text/html", f"<i>{SECRET}</i>".encode())
    assert leak_warnings(state, [clean], []) == []
    [w] = leak_warnings(state, [leaky], [])
    assert "page.html" in w.english and SECRET not in w.english
    assert state_hosts("https://x.example/login", state) == ["app.x.example", "x.example"]


def test_host_matching_and_sign_in_paths():
    assert host_matches("www.x.example", "x.example")
    assert host_matches("m.x.example", ".x.example")
    assert not host_matches("evilx.example", "x.example")
    assert not host_matches("x.example", "")
    for url in ("https://x.example/login", "https://x.example/i/flow/login?x=1",
                "https://x.example/accounts/login/", "https://x.example/signin",
                "https://x.example/sign-in.php"):
        assert sign_in_path(url), url
    for url in ("https://x.example/", "https://x.example/loginhelp-blog-post",
                "https://x.example/user/authority"):
        assert not sign_in_path(url), url


def test_raw_credential_headers_are_archived_as_the_marker_only():
    from evidence_app.capture.credentials import CredentialHeaders

    handlers = {}

    class FakeCdp:
        def on(self, name, fn):  # type: ignore[no-untyped-def]
            handlers[name] = fn

    creds = CredentialHeaders()
    creds.attach(FakeCdp())
    ex = _exchange()
    ex.request_headers = {"Accept": "text/html"}
    ex.response_headers = {"Content-Type": "text/html"}
    handlers["Network.requestWillBeSentExtraInfo"](
        {"requestId": "1", "headers": {"Cookie": f"sid={SECRET}", "Accept": "text/html"}})
    handlers["Network.responseReceivedExtraInfo"](
        {"requestId": "1", "headers": {"set-cookie": f"sid={SECRET}"}})
    [archived] = creds.archived([ex])
    assert archived.request_headers == {"Accept": "text/html", "Cookie": REDACTED}
    assert archived.response_headers == {"Content-Type": "text/html", "set-cookie": REDACTED}
    assert ex.request_headers == {"Accept": "text/html"}  # the recorder's copy is untouched
    assert SECRET not in repr(creds.__dict__)


def test_a_profile_for_another_site_is_flagged():
    from evidence_app.capture.login import login_mismatch_warning
    from evidence_app.vault.logins import LoginState

    login = LoginState("x", "X account", {"cookies": [{"name": "sid", "value": SECRET,
                                                       "domain": ".x.example"}]},
                       "https://x.example/login")
    assert login_mismatch_warning(login, "https://m.x.example/post/1") == []
    [w] = login_mismatch_warning(login, "https://y.example/post/1")
    assert "y.example" in w.english and SECRET not in w.english


def test_a_redirect_to_a_sign_in_page_is_a_login_wall():
    from evidence_app.capture.login import redirected_to_sign_in
    from evidence_app.capture.options import CaptureOptions

    o = CaptureOptions(known_logins=[])
    [w, hint] = redirected_to_sign_in(o, "https://x.example/user/post/1",
                                      "https://x.example/i/flow/login?redirect_after_login=%2Fuser")
    assert "sign-in page" in w.english and "evidence-app login NAME URL" in hint.english
    assert redirected_to_sign_in(o, "https://x.example/login", "https://x.example/login") == []
    assert redirected_to_sign_in(o, "https://x.example/a", "https://x.example/b") == []
