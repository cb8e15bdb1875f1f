"""One RFC 3161 exchange: build the request, POST it (bounded in time and size), verify the reply.

rfc3161-client (Trail of Bits) builds the request and verifies the reply: the CMS signature, the
chain to a trusted root at the token's time, the critical timeStamping key usage of the signer,
the nonce and the message imprint. We only move bytes and keep what it verified.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import (
    HashAlgorithm,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from evidence_app.errors import TimestampRejected, TimestampUnavailable
from evidence_app.integrity.timestamps.config import (
    MAX_RESPONSE_BYTES,
    TsaConfig,
    trust_roots,
    valid_url,
)

log = logging.getLogger(__name__)

REQUEST_TYPE = "application/timestamp-query"
MAX_CHAIN = 6


@dataclass(frozen=True)
class Token:
    """A verified time-stamp token, as stored: the TSA's whole reply and what it says."""

    tsr: bytes          # the DER TimeStampResp, what `openssl ts -verify -in` reads
    gen_time: datetime  # the TSA's signed time, UTC
    serial: str         # the token's serial number, hex as openssl prints it (0x...)
    policy: str
    signer: str         # the signing certificate's subject
    chain_pem: str      # signer, intermediates and the trusted root that verified it


def build_request(message: bytes) -> tuple[bytes, int | None]:
    """A DER TimeStampReq over SHA-256(message), with a nonce and certReq; returns it and the
    nonce."""
    req = (TimestampRequestBuilder().data(message).hash_algorithm(HashAlgorithm.SHA256)
           .nonce(nonce=True).cert_request(cert_request=True).build())
    return req.as_bytes(), req.nonce


def post(url: str, request: bytes, timeout_s: float) -> bytes:
    """POST a request; the untrusted reply, at most MAX_RESPONSE_BYTES.

    Unreachable, timed out or a server error (5xx): TimestampUnavailable (try again later).
    Anything else that is not a reply: TimestampRejected.
    """
    if not valid_url(url):
        raise TimestampRejected("the TSA address is not an http(s) URL")
    req = urllib.request.Request(url, data=request, method="POST",  # noqa: S310 - checked above
                                 headers={"Content-Type": REQUEST_TYPE,
                                          "User-Agent": "evidence-app"})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:  # noqa: S310 - http(s) only
            untrusted_body: bytes = resp.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as e:
        if e.code >= 500:
            raise TimestampUnavailable(f"the TSA answered HTTP {e.code}") from e
        raise TimestampRejected(f"the TSA refused the request (HTTP {e.code})") from e
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", None) or type(e).__name__
        raise TimestampUnavailable(f"unreachable ({str(reason)[:120]})") from e
    if len(untrusted_body) > MAX_RESPONSE_BYTES:
        raise TimestampRejected(f"the reply is larger than {MAX_RESPONSE_BYTES} bytes")
    return untrusted_body


def verify_reply(untrusted_tsr: bytes, digest: bytes, config: TsaConfig,
                 nonce: int | None = None) -> Token:
    """Verify a reply over `digest` (SHA-256 of the stamped message); TimestampRejected names
    why it fails."""
    try:
        resp = decode_timestamp_response(untrusted_tsr)
    except (ValueError, TypeError) as e:
        raise TimestampRejected("the reply is not an RFC 3161 time-stamp response") from e
    if resp.status not in (0, 1):
        untrusted_text = "; ".join(resp.status_string) if resp.status_string else ""
        text = "".join(ch for ch in untrusted_text if ch.isprintable())[:200]
        raise TimestampRejected(f"the TSA refused to stamp (status {resp.status}"
                                f"{': ' + text if text else ''})")
    roots = _candidate_roots(resp, trust_roots(config))
    if not roots:
        raise TimestampRejected("the TSA's certificate is not trusted (no trusted root issued "
                                "its chain)")
    builder = VerifierBuilder(roots=roots)
    if nonce is not None:
        builder = builder.nonce(nonce)
    try:
        builder.build().verify(resp, digest)
    except VerificationError as e:
        raise TimestampRejected(_reason(str(e))) from e
    except ValueError as e:
        raise TimestampRejected(f"the token is malformed ({str(e)[:120]})") from e
    return _token(untrusted_tsr, resp, roots)


def _candidate_roots(resp: TimeStampResponse, roots: tuple[x509.Certificate, ...]
                     ) -> list[x509.Certificate]:
    """Only the roots that issued a certificate of the token's chain (or are in it).

    Handing the verifier all ~170 roots of a system store costs ~20 ms a token; a root that
    issued none of the embedded certificates could not complete the chain anyway.
    """
    try:
        embedded = [x509.load_der_x509_certificate(c) for c in resp.signed_data.certificates]
    except ValueError:
        return []
    issuers = {c.issuer for c in embedded} | {c.subject for c in embedded}
    return [r for r in roots if r.subject in issuers]


def _reason(text: str) -> str:
    """rfc3161-client's message, in the words the caseworker sees."""
    if "Mismatch between messages" in text:
        return "the token stamps a different digest than the one asked for"
    if "Nonce mismatch" in text:
        return "the token answers another request (nonce mismatch)"
    if "certificates" in text.lower() or "chain" in text.lower():
        return f"the TSA's certificate is not trusted ({text[:160]})"
    return text[:200]


def _token(tsr: bytes, resp: TimeStampResponse, roots: list[x509.Certificate]) -> Token:
    info = resp.tst_info
    embedded = [x509.load_der_x509_certificate(c) for c in resp.signed_data.certificates]
    [signer_info] = list(resp.signed_data.signer_infos)
    leaf = next((c for c in embedded if c.issuer == signer_info.issuer
                 and c.serial_number == signer_info.serial_number), None)
    chain = _chain(leaf, embedded, roots) if leaf is not None else []
    gen_time = info.gen_time
    if gen_time.tzinfo is None:
        gen_time = gen_time.replace(tzinfo=timezone.utc)
    return Token(tsr=tsr, gen_time=gen_time.astimezone(timezone.utc),
                 serial=hex(info.serial_number), policy=info.policy.dotted_string,
                 signer=leaf.subject.rfc4514_string() if leaf is not None else "",
                 chain_pem="".join(c.public_bytes(Encoding.PEM).decode("ascii")
                                   for c in chain))


def _chain(leaf: x509.Certificate, embedded: list[x509.Certificate],
           roots: list[x509.Certificate]) -> list[x509.Certificate]:
    """Signer first, up to the trusted root whose subject issued the last one."""
    chain = [leaf]
    pool = embedded + roots
    while len(chain) < MAX_CHAIN:
        top = chain[-1]
        if any(top == r for r in roots) or top.issuer == top.subject:
            break
        parent = next((c for c in pool if c.subject == top.issuer and c not in chain), None)
        if parent is None:
            break
        chain.append(parent)
    return chain


def request_token(url: str, message: bytes, config: TsaConfig) -> Token:
    """Ask one TSA to stamp SHA-256(message) and verify its answer."""
    import hashlib

    request, nonce = build_request(message)
    untrusted_tsr = post(url, request, config.timeout_s)
    return verify_reply(untrusted_tsr, hashlib.sha256(message).digest(), config, nonce)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
