"""Who runs an unknown host: an RDAP look-up of its IP network and its domain, with abuse contacts.

A small bounded client over urllib (time limit, size limit, urllib's redirect limit) instead of a
library: the maintained Python RDAP libraries (whoisit, ipwhois) fetch IANA's bootstrap files
from the internet and cannot be pointed at a test server. Queries go to one RDAP base URL that
redirects to the authoritative server (default https://rdap.org, a public bootstrap redirector;
EVIDENCE_APP_RDAP_URL overrides it, and tests point it at 127.0.0.1). Offline is not a failure:
the result says "look up later" and is recorded like any answer.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import json
import logging
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from typing import Any

from evidence_app.errors import UsageError
from evidence_app.vault.models import iso_utc, utc_now

log = logging.getLogger(__name__)

RDAP_ENV = "EVIDENCE_APP_RDAP_URL"
DEFAULT_RDAP = "https://rdap.org"
TIMEOUT_S = 10.0
MAX_BYTES = 512 * 1024
MAX_TEXT = 300
# Two-label public suffixes common where the NGO works (a full public-suffix list is overkill for
# choosing which domain to ask about; a wrong guess only makes the RDAP server say "not found").
_NO_SUCH_NAME = {getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, n)}
_SECOND_LEVEL = {"com", "net", "org", "edu", "gov", "idv", "co", "ac", "or", "ne", "go"}


@dataclass(frozen=True)
class Answer:
    """One RDAP query and what it said (all text from the server is bounded and flattened)."""

    query: str  # e.g. "ip/203.0.113.7" or "domain/example.com"
    url: str
    ok: bool
    http_status: int | None = None
    name: str = ""  # network name or domain name
    handle: str = ""
    holder: str = ""  # registrant / network owner organisation
    registrar: str = ""
    abuse_emails: tuple[str, ...] = ()
    error: str = ""


@dataclass(frozen=True)
class Lookup:
    """Everything asked about one host, and when."""

    host: str
    asked_at: str
    server: str
    addresses: tuple[str, ...] = ()
    answers: tuple[Answer, ...] = ()
    later: bool = False  # offline or no answer: look up later
    behind_cloudflare: bool = False
    abuse_emails: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["answers"] = [asdict(a) for a in self.answers]
        return d


def _flat(value: Any) -> str:
    text = "" if value is None else str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text.strip()[:MAX_TEXT]


def registrable_domain(host: str) -> str:
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def resolve(host: str, timeout_s: float = 5.0) -> tuple[str, ...] | None:
    """The host's addresses; () if the name does not exist, None if the lookup timed out."""
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    future = pool.submit(socket.getaddrinfo, host, None)
    try:
        infos = future.result(timeout=timeout_s)
    except concurrent.futures.TimeoutError:
        return None
    except socket.gaierror as e:
        # Only "no such name" means the host is gone; a failing resolver (offline) says nothing.
        return () if e.errno in _NO_SUCH_NAME else None
    except (UnicodeError, OSError):
        return None
    finally:
        pool.shutdown(wait=False)  # getaddrinfo cannot be interrupted; let it finish alone
    return tuple(dict.fromkeys(str(i[4][0]) for i in infos))


DNS_CONTROL_ENV = "EVIDENCE_APP_DNS_CONTROL"
# Names that certainly exist: if none of them resolves, this computer's DNS cannot tell that a
# host is gone (offline, or a resolver that says "no such name" to everything).
_CONTROL_NAMES = ("example.com", "iana.org", "wikipedia.org")


def resolver_answers() -> bool:
    """Whether DNS answers here, so that "no such name" for a host can be believed."""
    names = os.environ.get(DNS_CONTROL_ENV, "").split() or list(_CONTROL_NAMES)
    return any(resolve(n) for n in names[:5])


class RdapClient:
    """Bounded RDAP queries against one base URL (a bootstrap redirector or a test server)."""

    def __init__(self, base_url: str | None = None, timeout_s: float = TIMEOUT_S,
                 max_bytes: int = MAX_BYTES) -> None:
        self.base_url = (base_url or os.environ.get(RDAP_ENV) or DEFAULT_RDAP).rstrip("/")
        if not self.base_url.lower().startswith(("https://", "http://")):
            raise UsageError(f"The RDAP service address must start with https:// ({RDAP_ENV}).")
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes

    def query(self, kind: str, value: str) -> Answer:
        path = f"{kind}/{urllib.parse.quote(value, safe='')}"
        url = f"{self.base_url}/{path}"
        # The base URL was checked to be http(s) above.
        req = urllib.request.Request(url, headers={"Accept": "application/rdap+json"})  # noqa: S310
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:  # noqa: S310
                status = resp.status
                untrusted_body = resp.read(self.max_bytes + 1)
        except urllib.error.HTTPError as e:
            return Answer(path, url, False, e.code, error=f"the server answered HTTP {e.code}")
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            return Answer(path, url, False, error=f"no answer ({type(e).__name__})")
        if len(untrusted_body) > self.max_bytes:
            return Answer(path, url, False, status, error="the answer was too large")
        try:
            untrusted = json.loads(untrusted_body)
        except ValueError:
            return Answer(path, url, False, status, error="the answer was not JSON")
        if not isinstance(untrusted, dict):
            return Answer(path, url, False, status, error="the answer was not an RDAP object")
        return _answer(path, url, status, untrusted)


def _entities(obj: dict[str, Any], depth: int = 0) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    ents = obj.get("entities")
    if depth > 3 or not isinstance(ents, list):
        return out
    for e in ents[:50]:
        if isinstance(e, dict):
            out.append(e)
            out += _entities(e, depth + 1)
    return out


def _vcard(entity: dict[str, Any], prop: str) -> list[str]:
    card = entity.get("vcardArray")
    if not (isinstance(card, list) and len(card) == 2 and isinstance(card[1], list)):
        return []
    return [_flat(item[3]) for item in card[1][:100]
            if isinstance(item, list) and len(item) >= 4 and item[0] == prop
            and isinstance(item[3], str)]


def _answer(path: str, url: str, status: int, untrusted: dict[str, Any]) -> Answer:
    ents = _entities(untrusted)
    roles = [(e, [str(r) for r in e.get("roles", []) if isinstance(r, str)]) for e in ents]
    abuse = [m for e, r in roles if "abuse" in r for m in _vcard(e, "email")]
    holder = next((n for e, r in roles if "registrant" in r for n in _vcard(e, "fn")), "")
    registrar = next((n for e, r in roles if "registrar" in r for n in _vcard(e, "fn")), "")
    return Answer(path, url, True, status,
                  name=_flat(untrusted.get("name") or untrusted.get("ldhName")),
                  handle=_flat(untrusted.get("handle")), holder=holder, registrar=registrar,
                  abuse_emails=tuple(dict.fromkeys(abuse))[:10])


def lookup(host: str, client: RdapClient | None = None) -> Lookup:
    """Ask about the host's domain and each of its addresses (at most two)."""
    client = client or RdapClient()
    asked = iso_utc(utc_now())
    addresses = resolve(host)
    answers: list[Answer] = []
    try:
        ipaddress.ip_address(host)
        is_ip = True
    except ValueError:
        is_ip = False
    if not is_ip:
        answers.append(client.query("domain", registrable_domain(host)))
    for addr in (addresses or ())[:2]:
        answers.append(client.query("ip", addr))
    later = not any(a.ok for a in answers)
    emails = tuple(dict.fromkeys(m for a in answers for m in a.abuse_emails))
    cloudflare = any("cloudflare" in (a.name + a.holder + " ".join(a.abuse_emails)).lower()
                     for a in answers if a.ok)
    return Lookup(host, asked, client.base_url, tuple(addresses or ()), tuple(answers), later,
                  cloudflare, emails)
