"""The TLS certificate a page was served with, and whether a normal browser would trust it.

The browser's own view (`securityDetails` of the main response, and the DER chain from
`Network.getCertificate`) is preferred. Trust is checked independently afterwards with Python's
default verification against the same IP and port, so a self-signed or expired certificate is
recorded and flagged even though the capture went ahead (pages are captured anyway).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import socket
import ssl
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


def _ts(value: Any) -> str | None:
    if not isinstance(value, int | float):
        return None
    return datetime.fromtimestamp(value, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def describe_der(der: bytes) -> dict[str, Any]:
    """Subject, issuer, validity and fingerprint of one DER certificate."""
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return {"subject": cert.subject.rfc4514_string(), "issuer": cert.issuer.rfc4514_string(),
            "valid_from": cert.not_valid_before_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "valid_to": cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "serial": format(cert.serial_number, "x"),
            "sha256_fingerprint": hashlib.sha256(der).hexdigest()}


async def browser_chain(cdp: Any, url: str) -> list[bytes]:
    """The certificate chain the browser holds for the URL's origin (DER), or []."""
    p = urlsplit(url)
    try:
        res = await cdp.send("Network.getCertificate", {"origin": f"{p.scheme}://{p.netloc}"})
        return [base64.b64decode(c) for c in res.get("tableNames", [])]
    except Exception as e:  # noqa: BLE001 - experimental CDP method; absent in some browsers
        log.debug("Network.getCertificate unavailable: %s", type(e).__name__)
        return []


def verify_server(host: str, ip: str, port: int,
                  timeout_s: float = 5.0) -> tuple[str | None, bytes | None]:
    """Check the server's certificate as a browser would: (error or None, leaf DER or None)."""
    ctx = ssl.create_default_context()
    error: str | None = None
    der: bytes | None = None
    try:
        with socket.create_connection((ip, port), timeout=timeout_s) as sock, \
                ctx.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except ssl.SSLCertVerificationError as e:
        error = f"certificate not trusted: {e.verify_message or e.reason}"
    except (OSError, ssl.SSLError) as e:
        return f"could not re-check the certificate: {type(e).__name__}", None
    if der is None:
        unverified = ssl.create_default_context()
        unverified.check_hostname = False
        unverified.verify_mode = ssl.CERT_NONE
        try:
            with socket.create_connection((ip, port), timeout=timeout_s) as sock, \
                    unverified.wrap_socket(sock, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
        except (OSError, ssl.SSLError) as e:
            log.debug("unverified re-fetch failed: %s", type(e).__name__)
    return error, der


def tls_record(url: str, details: dict[str, Any] | None, security_state: str | None,
               chain: list[bytes], check: tuple[str | None, bytes | None] | None) -> dict[str, Any]:
    """The `tls` entry of the provenance record (contract keys plus a few extras)."""
    rec: dict[str, Any] = {"protocol": None, "subject": None, "issuer": None, "valid_from": None,
                           "valid_to": None, "sha256_fingerprint": None, "chain": [],
                           "error": None, "browser_security_state": security_state,
                           "san": [], "cipher": None, "certificate_source": None}
    if details:
        rec.update(protocol=details.get("protocol"), subject=details.get("subjectName"),
                   issuer=details.get("issuer"), valid_from=_ts(details.get("validFrom")),
                   valid_to=_ts(details.get("validTo")), san=list(details.get("sanList", [])),
                   cipher=details.get("cipher"))
    leaf: bytes | None = chain[0] if chain else None
    if leaf is not None:
        rec["certificate_source"] = "browser"
    elif check is not None and check[1] is not None:
        leaf = check[1]
        rec["certificate_source"] = "separate TLS connection to the same IP and port"
    if leaf is not None:
        d = describe_der(leaf)
        rec["sha256_fingerprint"] = d["sha256_fingerprint"]
        rec["subject_dn"], rec["issuer_dn"] = d["subject"], d["issuer"]
        rec["valid_from"] = rec["valid_from"] or d["valid_from"]
        rec["valid_to"] = rec["valid_to"] or d["valid_to"]
    rec["chain"] = [describe_der(c) for c in chain]
    if check is not None and check[0]:
        rec["error"] = check[0]
    elif security_state == "insecure":
        rec["error"] = "the browser marked the connection insecure"
    return rec
