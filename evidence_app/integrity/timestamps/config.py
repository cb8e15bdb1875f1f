"""Which time-stamping authorities (TSAs) to ask, and which roots their tokens must chain to.

Order of precedence for the TSA list: EVIDENCE_APP_TSA (space-separated URLs, or `none` to turn
timestamps off), else the `tsa_urls` key of the user's settings.json (the GUI's Settings writes
it: a space-separated string or a list), else DEFAULT_TSAS. Trust roots: certifi's Mozilla bundle,
the system's default CA file when there is one, and any PEM file named by EVIDENCE_APP_TSA_ROOTS.
"""

from __future__ import annotations

import json
import logging
import os
import re
import ssl
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from evidence_app.paths import config_dir

log = logging.getLogger(__name__)

TSA_ENV = "EVIDENCE_APP_TSA"
ROOTS_ENV = "EVIDENCE_APP_TSA_ROOTS"
SETTINGS_FILENAME = "settings.json"  # shared with the GUI's settings store (key `tsa_urls`)
SETTINGS_KEY = "tsa_urls"
OFF = "none"

# Public TSAs that answer plain RFC 3161 over HTTP and whose chains end in roots of the Mozilla
# bundle (certifi). Chosen after Bellingcat's auto-archiver, which moved to this set when it
# adopted rfc3161-client (it dropped DigiCert, whose replies strict parsers reject, and FreeTSA,
# whose self-signed root no standard store holds). Two or more are asked for every capture, so
# one TSA being down or distrusted later never leaves a capture without trusted time.
DEFAULT_TSAS: tuple[str, ...] = (
    "http://timestamp.identrust.com",
    "http://zeitstempel.dfn.de",
    "http://ts.ssl.com",
)

REQUEST_TIMEOUT_S = 15.0      # per TSA request: connect + answer
MAX_RESPONSE_BYTES = 64 * 1024  # a token with its certificates is a few KiB
MAX_URLS = 8
MAX_ROOTS_FILE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class TsaConfig:
    """The TSAs to ask (empty: timestamps off) and the trust roots for their tokens."""

    urls: tuple[str, ...]
    roots_pem: tuple[Path, ...] = ()
    timeout_s: float = REQUEST_TIMEOUT_S

    @property
    def enabled(self) -> bool:
        return bool(self.urls)


def tsa_name(url: str) -> str:
    """A short, stable name for a TSA: its host (and port when not the default)."""
    parts = urlsplit(url)
    return parts.netloc or url


def valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and len(url) <= 300


def parse_urls(text: str | list[str] | None) -> tuple[str, ...] | None:
    """A TSA list from a setting; None when unset, () when `none`. Invalid URLs are dropped."""
    if text is None:
        return None
    items = text.split() if isinstance(text, str) else [str(t).strip() for t in text]
    if not items:
        return None
    if [i.lower() for i in items] == [OFF]:
        return ()
    urls: list[str] = []
    for item in items:
        if valid_url(item) and item not in urls:
            urls.append(item)
        else:
            log.warning("ignored a TSA setting that is not an http(s) URL")
    return tuple(urls[:MAX_URLS])


def _settings_value() -> str | list[str] | None:
    path = config_dir() / SETTINGS_FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("settings.json is unreadable; using the default TSAs")
        return None
    value = raw.get(SETTINGS_KEY) if isinstance(raw, dict) else None
    return value if isinstance(value, str | list) else None


_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----\r?\n.+?-----END CERTIFICATE-----",
                        re.DOTALL)


def load_certs(path: Path) -> list[x509.Certificate]:
    """Every certificate of a PEM file (bounded in size); [] when it cannot be read."""
    try:
        if path.stat().st_size > MAX_ROOTS_FILE_BYTES:
            log.warning("a trust-roots file is too large and was ignored")
            return []
        data = path.read_bytes()
    except OSError:
        log.warning("a trust-roots file could not be read and was ignored")
        return []
    # One certificate at a time: system bundles hold a few old roots with non-positive serials,
    # which cryptography warns about now and will refuse later; one such root must not cost
    # every other root of the file.
    certs: list[x509.Certificate] = []
    skipped = 0
    for block in _PEM_BLOCK.findall(data):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                certs.append(x509.load_pem_x509_certificate(block))
        except ValueError:
            skipped += 1
    if skipped:
        log.info("%d certificate(s) of a trust-roots file could not be read and were skipped",
                 skipped)
    if not certs:
        log.warning("a trust-roots file held no readable certificate and was ignored")
    return certs


def _standard_root_files() -> list[Path]:
    files: list[Path] = []
    try:
        import certifi

        files.append(Path(certifi.where()))
    except ImportError:  # pragma: no cover - certifi comes with the install
        pass
    system = ssl.get_default_verify_paths().cafile
    if system and Path(system).is_file():
        files.append(Path(system))
    return files


def load_config(*, env: dict[str, str] | None = None) -> TsaConfig:
    """The TSA configuration in force now (environment, then settings, then defaults)."""
    env = dict(os.environ) if env is None else env
    urls = parse_urls(env.get(TSA_ENV))
    if urls is None:
        urls = parse_urls(_settings_value())
    if urls is None:
        urls = DEFAULT_TSAS
    roots = _standard_root_files()
    extra = env.get(ROOTS_ENV)
    if extra:
        roots.append(Path(extra).expanduser())
    return TsaConfig(urls=urls, roots_pem=tuple(roots))


_ROOT_CACHE: dict[tuple[tuple[Path, int], ...], tuple[x509.Certificate, ...]] = {}


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def trust_roots(config: TsaConfig) -> tuple[x509.Certificate, ...]:
    """The certificates a token's chain may end in (read once per set of files)."""
    key = tuple((p, _mtime(p)) for p in config.roots_pem)
    if key not in _ROOT_CACHE:
        certs: list[x509.Certificate] = []
        seen: set[bytes] = set()
        for path in config.roots_pem:
            for cert in load_certs(path):
                fp = cert.fingerprint(hashes.SHA256())
                if fp not in seen:
                    seen.add(fp)
                    certs.append(cert)
        _ROOT_CACHE[key] = tuple(certs)
    return _ROOT_CACHE[key]

