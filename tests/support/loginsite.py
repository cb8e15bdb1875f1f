"""A small site with a sign-in form, a session cookie and a members-only page, on 127.0.0.1.

    site.url("/login")       the sign-in form (e-mail + password, POST)
    site.url("/members")     members only: shows `site.page_marker`; signed out -> /login
    site.url("/wall")        a public page with a login wall (password field, "Log in to see")
    site.url("/login-by-hand")  the form, filled and sent by a script (stands in for a person)
    site.url("/hop")         goes on to /members by itself (a navigation for the history)
    site.session_values      every session cookie value handed out (random markers)
    site.forget_sessions()   the server forgets every session (an expired session)
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

USERNAME = "research@ngo.example"
PASSWORD = "correct-pony-staple-42"

_FORM = """<!doctype html><html><head><title>Sign in</title></head><body>
<h1>Sign in to continue</h1>
<form method="post" action="/login">
  <label>E-mail <input type="email" name="email" autocomplete="username"></label>
  <label>Password <input type="password" name="password"></label>
  <button type="submit">Sign in</button>
</form></body></html>"""


_TYPE_SCRIPT = f"""<script>setTimeout(() => {{
  document.querySelector('[name=email]').value = '{USERNAME}';
  document.querySelector('[name=password]').value = '{PASSWORD}';
  document.querySelector('form').submit(); }}, 300);</script>"""


class LoginSite:
    """The site's state: valid sessions, and the marker shown to members."""

    def __init__(self) -> None:
        self.sessions: set[str] = set()
        self.session_values: list[str] = []
        self.page_marker = f"MEMBERS-ONLY-{secrets.token_hex(16)}"
        self.requests: list[str] = []
        self.seen = threading.Condition()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def forget_sessions(self) -> None:
        self.sessions.clear()

    def wait_for(self, path: str, timeout: float = 60.0, since: int = 0) -> bool:
        """Wait until the browser has requested `path` (after the first `since` requests)."""
        with self.seen:
            return self.seen.wait_for(lambda: path in self.requests[since:], timeout)

    def note(self, line: str) -> None:
        with self.seen:
            self.requests.append(line)
            self.seen.notify_all()


def _handler(site: LoginSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def _cookie(self) -> str | None:
            for part in (self.headers.get("Cookie") or "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == "sid":
                    return value
            return None

        def _send(self, status: int, body: str = "", headers: dict[str, str] | None = None
                  ) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802
            path = urlsplit(self.path).path
            if path == "/login":
                self._send(200, _FORM)
            elif path == "/login-by-hand":
                # Stands in for the caseworker typing in the visible window.
                self._send(200, _FORM.replace("</body>", _TYPE_SCRIPT + "</body>"))
            elif path == "/hop":
                # A page the caseworker passes through (for the navigation history).
                self._send(200, "<!doctype html><title>Hop</title><p>on the way</p><script>"
                                "setTimeout(() => location.href = '/members', 300)</script>")
            elif path == "/members":
                if self._cookie() in site.sessions:
                    self._send(200, "<!doctype html><title>Members area</title><h1>Members "
                                    f"area</h1><p>{site.page_marker}</p><p>Private group "
                                    "post, visible only when signed in.</p>"
                                    "<p><a href='/members/thread'>a thread</a></p>",
                               # the site refreshes the session, as many do
                               {"Set-Cookie": f"sid={self._cookie()}; Path=/; HttpOnly"})
                else:
                    self._send(302, headers={"Location": "/login?next=/members"})
            elif path == "/members/thread":
                if self._cookie() in site.sessions:
                    self._send(200, "<!doctype html><title>Thread</title><h1>A thread</h1>"
                                    f"<p>{site.page_marker} thread</p>")
                else:
                    self._send(302, headers={"Location": "/login"})
            elif path == "/wall":
                self._send(200, "<!doctype html><title>Group</title><h1>Private group</h1>"
                                "<p>Log in to see this post.</p>" + _FORM.split("<body>")[1])
            else:
                self._send(404, "<h1>not found</h1>")
            site.note(path)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(min(length, 65536)).decode("utf-8"))
            ok = (form.get("email") == [USERNAME] and form.get("password") == [PASSWORD])
            if ok:
                sid = f"SESSION-{secrets.token_hex(20)}"
                site.sessions.add(sid)
                site.session_values.append(sid)
                self._send(302, headers={"Location": "/members",
                                         "Set-Cookie": f"sid={sid}; Path=/; HttpOnly"})
            else:
                self._send(200, _FORM.replace("<h1>", "<p>Wrong password.</p><h1>"))
            site.note("POST /login")

    return Handler


@pytest.fixture
def login_site() -> Iterator[LoginSite]:
    site = LoginSite()
    site._thread.start()
    yield site
    site._httpd.shutdown()
    site._httpd.server_close()
