"""A local time-stamping authority for tests: `openssl ts -reply` behind an HTTP handler on
127.0.0.1, with its own CA (made at test time) that tests trust through EVIDENCE_APP_TSA_ROOTS.

Modes: "ok" (a real token), "down" (the connection drops unanswered), "garbage" (bytes that are
no reply), "other_digest" (a real, signed token over a different digest), "error" (HTTP 503).
Only the signer certificate is embedded (no `certs=` line): rfc3161-client refuses a reply whose
certificate set is not in DER order, which OpenSSL produces when it embeds a chain.
"""

from __future__ import annotations

import datetime
import subprocess
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_CONFIG = """\
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "evidence-app tests")])


def make_tsa_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A root CA and a TSA certificate (critical EKU timeStamping); returns (root, tsa, key)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name(f"Test TSA Root {folder.name}")
    ca = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    tsa = (x509.CertificateBuilder().subject_name(_name(f"Test TSA {folder.name}"))
           .issuer_name(ca.subject)
           .public_key(key.public_key()).serial_number(x509.random_serial_number())
           .not_valid_before(now - datetime.timedelta(days=1))
           .not_valid_after(now + datetime.timedelta(days=30))
           .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                        False), critical=True)
           .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                          critical=True)
           .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    root_pem, tsa_pem, key_pem = folder / "root.pem", folder / "tsa.pem", folder / "tsa.key"
    root_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    tsa_pem.write_bytes(tsa.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return root_pem, tsa_pem, key_pem


class LocalTsa:
    """`openssl ts -reply` on 127.0.0.1; `mode` picks how it answers, `requests` counts POSTs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root_pem, self.tsa_pem, _ = make_tsa_pki(folder)
        (folder / "serial").write_text("01\n")
        self.config = folder / "openssl.cnf"
        self.config.write_text(_CONFIG.format(dir=folder))
        self.mode = "ok"
        self.requests = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/tsa"

    def start(self) -> LocalTsa:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def reply(self, query: bytes) -> bytes:
        """A signed reply to `query` made by the real `openssl ts -reply`."""
        with self._lock:  # openssl updates the serial file
            name = uuid.uuid4().hex
            q, r = self.folder / f"{name}.tsq", self.folder / f"{name}.tsr"
            q.write_bytes(query)
            subprocess.run(["openssl", "ts", "-reply", "-config", str(self.config),
                            "-queryfile", str(q), "-out", str(r)], check=True,
                           capture_output=True, timeout=30)
            data = r.read_bytes()
            q.unlink()
            r.unlink()
            return data


def other_digest(query: bytes) -> bytes:
    """The same request over another SHA-256 digest (the imprint follows its algorithm id)."""
    at = query.index(b"\x05\x00\x04\x20") + 4
    digest = bytes(b ^ 0xFF for b in query[at:at + 32])
    return query[:at] + digest + query[at + 32:]


def _handler(tsa: LocalTsa) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_POST(self) -> None:  # noqa: N802
            length = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
            query = self.rfile.read(length)
            tsa.requests += 1
            if tsa.mode == "down":  # the connection drops without an answer
                self.close_connection = True
                return
            if tsa.mode == "error":
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if tsa.mode == "garbage":
                body = b"<html>this is not a time-stamp reply</html>"
            elif tsa.mode == "other_digest":
                body = tsa.reply(other_digest(query))
            else:
                body = tsa.reply(query)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
