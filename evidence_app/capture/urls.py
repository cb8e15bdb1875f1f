"""Checking the addresses a caseworker pastes: only http(s) URLs of a real host are captured."""

from __future__ import annotations

import ipaddress
import logging
import re
from urllib.parse import urlsplit, urlunsplit

from evidence_app.errors import InvalidURL

log = logging.getLogger(__name__)

MAX_URL_LENGTH = 8192
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-_]{1,63}(?<!-)$", re.IGNORECASE)


def _shorten(text: str, limit: int = 80) -> str:
    printable = "".join(ch if ch.isprintable() else "?" for ch in text)
    return printable if len(printable) <= limit else printable[:limit - 1] + "\u2026"


def validate_url(untrusted_url: str) -> str:
    """The URL tidied (spaces trimmed, scheme added if missing); raises InvalidURL.

    A missing scheme is taken as https:// (people paste "example.com/post/1"). Only http and
    https are accepted: file:, javascript:, data:, chrome: and the like are refused.
    """
    if not isinstance(untrusted_url, str):
        raise InvalidURL("The web address must be text.")
    url = untrusted_url.strip()
    if not url:
        raise InvalidURL("The web address is empty. Paste the full address from the browser's "
                         "address bar, e.g. https://example.com/post/123.")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidURL(f"The web address is longer than {MAX_URL_LENGTH} characters; check "
                         "that only one address was pasted.")
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise InvalidURL(f"The web address {_shorten(url)!r} contains spaces or control "
                         "characters. Paste one address per line.")
    scheme_match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    if scheme_match and not re.match(r"^[^:/]+:\d+(/|$)", url):
        scheme = scheme_match.group(1).lower()
        if scheme not in ("http", "https"):
            raise InvalidURL(f"Addresses starting with {scheme}: cannot be captured. Only web "
                             "addresses starting with http:// or https:// can be captured.")
    elif url.startswith("//"):
        url = "https:" + url
    else:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise InvalidURL(f"The web address {_shorten(url)!r} is malformed ({e}). Copy it again "
                         "from the browser's address bar.") from e
    host = parts.hostname or ""
    if not host:
        raise InvalidURL(f"The web address {_shorten(url)!r} has no host name. It should look "
                         "like https://example.com/page.")
    if port == 0:
        raise InvalidURL(f"The web address {_shorten(url)!r} has an invalid port number.")
    if not _valid_host(host):
        raise InvalidURL(f"The host name {_shorten(host)!r} in the web address is not valid. "
                         "Check it for typing mistakes.")
    # A user name and password in the address (http://user:pw@host/) would travel into the
    # provenance, headers, archives, PDF and bundle: they are dropped before the page is opened
    # (has_credentials tells the capture to say so).
    netloc = parts.netloc.rsplit("@", 1)[-1]
    # Normalise only what is safe: lower-case scheme and host; path and query stay as given.
    netloc = netloc.lower()
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query,
                       parts.fragment))


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return bool(labels) and all(_HOST_LABEL.match(label) for label in labels)


CREDENTIALS_WARNING = ("The address contained a user name and password (user:password@); they "
                       "were removed before the page was opened and are recorded nowhere. A "
                       "page that needed them may show a login prompt or an error.")


def has_credentials(untrusted_url: str) -> bool:
    """Whether an address carries user:password@ (checked on the raw text before tidying)."""
    try:
        text = untrusted_url.strip()
        if "//" not in text:
            text = "https://" + text
        parts = urlsplit(text)
        return parts.username is not None or parts.password is not None
    except (ValueError, AttributeError):
        return False


def without_credentials(untrusted_url: str) -> str:
    """The address as typed, minus any user:password@ (for display and error messages)."""
    return re.sub(r"^(\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//)?[^/?#@]*@", r"\1", untrusted_url,
                  count=1)

