"""A page server for tests: HTTP and HTTPS (self-signed, made at test time) on 127.0.0.1.

Tests register pages by path and get their address with ``server.url(path)``::

    page_server.add("/hello", "<h1>hi</h1>")
    page_server.add("/gone", "<h1>removed</h1>", status=410)
    page_server.add_handler("/custom", fn)     # fn(handler: BaseHTTPRequestHandler) -> None

Both fixtures are session-scoped and generic so other test modules can reuse them; pages persist
for the session, so use unique paths. A few hostile pages are built in (see ``_builtin_pages``).
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

HandlerFn = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # wait before answering: pages that "wait on the network"


class PageServer:
    """A threaded HTTP(S) server on 127.0.0.1 serving registered pages."""

    def __init__(self, tls_dir: Path | None = None) -> None:
        self.pages: dict[str, Page | HandlerFn] = {}
        self.requests: list[str] = []  # paths requested, in order
        self.stop_event = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self.scheme = "http"
        self.cert_pem: bytes | None = None
        if tls_dir is not None:
            self.scheme = "https"
            cert, key = make_self_signed_cert(tls_dir)
            self.cert_pem = cert.read_bytes()
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True,
                                        name=f"pageserver-{self.scheme}")
        _builtin_pages(self)

    def start(self) -> PageServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: str | bytes, status: int = 200,
            content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None,
            delay_s: float = 0.0) -> str:
        """Serve `body` at `path`; returns the page's URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, status, content_type, dict(headers or {}), delay_s)
        return self.url(path)

    def add_handler(self, path: str, fn: HandlerFn) -> str:
        self.pages[path] = fn
        return self.url(path)


def _make_handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet test output

        def do_GET(self) -> None:  # noqa: N802
            path = urlsplit(self.path).path
            server.requests.append(path)
            spec = server.pages.get(path)
            try:
                if spec is None:
                    self._send(Page(b"<h1>404 not found</h1>", status=404))
                elif isinstance(spec, Page):
                    if spec.delay_s:
                        server.stop_event.wait(spec.delay_s)
                    self._send(spec)
                else:
                    spec(self)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                pass  # the browser went away: normal for hostile pages

        do_HEAD = do_GET  # noqa: N815

        def _send(self, page: Page) -> None:
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in page.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(page.body)

    return Handler


def make_self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A fresh self-signed certificate for 127.0.0.1/localhost; returns (cert, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "evidence-app test server"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Fixtures Ltd")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


# --- built-in hostile and tricky pages ----------------------------------------------------------

def _hanging(server: PageServer) -> HandlerFn:
    def fn(h: BaseHTTPRequestHandler) -> None:
        server.stop_event.wait(300)  # never answers while the test runs
    return fn


def _huge(h: BaseHTTPRequestHandler) -> None:
    """An endless HTML body: the start renders, the rest never ends."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.end_headers()
    h.wfile.write(b"<html><head><title>Huge</title></head><body><h1>Huge body page</h1>")
    chunk = b"<p>" + b"filler text " * 800 + b"</p>\n"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        h.wfile.write(chunk)


def _redirect(target: str, status: int = 302) -> HandlerFn:
    def fn(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return fn


def _builtin_pages(s: PageServer) -> None:
    s.add("/", "<html><head><title>Index</title></head><body><h1>Test server</h1></body></html>")
    s.add_handler("/hang", _hanging(s))
    s.add_handler("/huge", _huge)
    s.add_handler("/redirect/1", _redirect("/redirect/2", 301))
    s.add_handler("/redirect/2", _redirect("/redirect/final", 302))
    s.add("/redirect/final", "<html><head><title>Arrived</title></head><body><p>final page</p>"
                             "</body></html>")
    s.add("/endless-js", "<html><head><title>Loop</title></head><body><p>before the loop</p>"
                         "<script>while (true) {}</script></body></html>")


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """A plain-HTTP page server for the whole test session."""
    server = PageServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def tls_page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    """An HTTPS page server with a self-signed certificate made for this session."""
    server = PageServer(tls_dir=tmp_path_factory.mktemp("tls")).start()
    yield server
    server.stop()
