"""Redirects worth a caseworker's attention: into a private network, or to a local file.

A public page that redirects the capture browser to 192.168.x.x, 10.x, 169.254.x.x (cloud
metadata, routers) or localhost makes this computer fetch something from its own network; the
capture records it and warns rather than following silently. A redirect to file:, chrome: and
the like is refused by the browser (ERR_UNSAFE_REDIRECT); the capture says why.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urljoin, urlsplit

from evidence_app.capture.network import Exchange
from evidence_app.messages import Notice, unique

log = logging.getLogger(__name__)

_LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".lan", ".home.arpa")


def _internal(host: str | None, ip: str | None) -> str | None:
    """Why an address is internal ("private", "link-local", "loopback"), or None."""
    for candidate in (ip, host):
        if not candidate:
            continue
        try:
            addr = ipaddress.ip_address(candidate.strip("[]"))
        except ValueError:
            continue
        if addr.is_loopback:
            return "loopback"
        if addr.is_link_local:
            return "link-local"
        if addr.is_private or addr.is_reserved or addr.is_unspecified:
            return "private"
        return None
    name = (host or "").lower().rstrip(".")
    if name == "localhost" or name.endswith(_LOCAL_NAMES):
        return "local name"
    return None


def internal_redirect_warnings(requested_url: str, docs: list[Exchange]) -> list[Notice]:
    """A warning for each hop that moved the capture into a private or local network."""
    start = urlsplit(requested_url)
    start_kind = _internal(start.hostname, None)
    warnings: list[Notice] = []
    for d in docs[1:]:
        parts = urlsplit(d.url)
        kind = _internal(parts.hostname, d.remote_ip)
        if kind is None or parts.hostname == start.hostname:
            continue
        if start_kind is not None and kind == start_kind and kind != "link-local":
            continue  # a local test page moving within the same local network
        warnings.append(Notice("capture.private_redirect",
                               {"kind": kind, "host": (parts.hostname or "")[:100]}))
    return unique(warnings)


def unsafe_redirect_reason(docs: list[Exchange], nav_error: str | None) -> Notice | None:
    """Why a capture stopped at a redirect the browser may not follow, or None."""
    if not docs:
        return None
    last = docs[-1]
    location = last.header("Location")
    if last.status is None or not 300 <= last.status < 400 or not location:
        return None
    scheme = urlsplit(urljoin(last.url, location)).scheme.lower()
    if scheme in ("http", "https"):
        return None
    return Notice("capture.unsafe_redirect", {"scheme": scheme[:20]})
