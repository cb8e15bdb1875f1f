"""Trusted time in the exhibit bundle: writing its token files, and checking them without a vault.

Layout (every file except manifest.sha256.tsr is listed in manifest.sha256 and bundle.json):

    manifest.sha256.tsr                 token over manifest.sha256 (so over every file)
    timestamps/custody.jsonl.tsr        token over custody.jsonl, requested before report.pdf
                                        is made, so its time can be printed on the cover
    timestamps/<EXHIBIT>.input.json     what was stamped when the exhibit was sealed
                                        (integrity.timestamps.store explains the fields)
    timestamps/<EXHIBIT>.<TSA>.tsr      that exhibit's token from each TSA
    timestamps/<TSA>.pem                the TSA's certificate chain, signer to root

Each is checked with `openssl ts -verify -in X.tsr -data FILE -CAfile timestamps/<TSA>.pem`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence_app.errors import TimestampRejected, TimestampUnavailable
from evidence_app.filenames import safe_component
from evidence_app.integrity.manifest import CUSTODY, MANIFEST
from evidence_app.integrity.manifest import MANIFEST_TOKEN as MANIFEST_TOKEN  # for the checker
from evidence_app.integrity.timestamps.config import TsaConfig, load_config, tsa_name
from evidence_app.integrity.timestamps.store import Status, current, read_rows
from evidence_app.integrity.timestamps.tsa import Token, request_token, verify_reply
from evidence_app.vault.models import CaptureInfo, iso_utc
from evidence_app.vault.store import Vault

log = logging.getLogger(__name__)

FOLDER = "timestamps"
CUSTODY_TOKEN = f"{FOLDER}/{CUSTODY}.tsr"


@dataclass(frozen=True)
class StampRow:
    """One TSA's standing for one exhibit, as the PDF shows it."""

    tsa: str
    status: str
    time: str | None
    serial: str | None
    file: str | None
    error: str | None
    clock_skew_s: float | None = None
    clock_warning: bool = False


@dataclass(frozen=True)
class BundleStamp:
    """A token the export asked for over one of the bundle's own files."""

    status: str  # granted | offline | off | failed
    file: str
    tsa: str | None = None
    time: str | None = None
    serial: str | None = None
    error: str | None = None
    url: str | None = None
    certificates: str | None = None  # the TSA's chain in the bundle (timestamps/<TSA>.pem)

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "file": self.file if self.status == "granted" else None,
                "tsa": self.tsa, "url": self.url, "time": self.time, "serial": self.serial,
                "certificates": self.certificates, "error": self.error}


def slug(url: str) -> str:
    return safe_component(tsa_name(url).replace(":", "_"), 40, "tsa")


def write_exhibit_tokens(vault: Vault, captures: list[CaptureInfo], root: Path
                         ) -> tuple[dict[str, list[StampRow]], list[dict[str, Any]]]:
    """Write every exhibit's tokens; (rows per capture id for the PDF, bundle.json entries)."""
    rows: dict[str, list[StampRow]] = {}
    docs: list[dict[str, Any]] = []
    chains: dict[str, str] = {}
    for cap in captures:
        stamps = current(read_rows(vault, cap.id))
        rows[cap.id] = []
        if not stamps:
            continue
        (root / FOLDER).mkdir(exist_ok=True)
        label = safe_component(cap.exhibit, 16, "EX")
        input_file = f"{FOLDER}/{label}.input.json"
        _write(root / input_file, stamps[0].message)
        entry: dict[str, Any] = {"exhibit": cap.exhibit, "capture_id": cap.id,
                                 "input": input_file, "tokens": []}
        for a in stamps:
            file = chain_file = None
            if a.status == Status.GRANTED and a.token:
                file = f"{FOLDER}/{label}.{slug(a.tsa_url)}.tsr"
                _write(root / file, a.token)
                chain_file = f"{FOLDER}/{slug(a.tsa_url)}.pem"
                chains.setdefault(chain_file, a.chain_pem or "")
            rows[cap.id].append(StampRow(a.tsa, a.status, a.tsa_time, a.serial, file, a.error,
                                         a.clock_skew_s, a.clock_warning))
            entry["tokens"].append({"tsa": a.tsa, "url": a.tsa_url, "status": a.status,
                                    "time": a.tsa_time, "serial": a.serial, "file": file,
                                    "certificates": chain_file, "error": a.error,
                                    "clock_skew_s": a.clock_skew_s})
        docs.append(entry)
    for name, pem in chains.items():
        _write(root / name, pem.encode("ascii"))
    return rows, docs


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)


def stamp_file(root: Path, rel: str, token_rel: str, config: TsaConfig | None = None, *,
               only_known: bool = False, prefer: str | None = None) -> BundleStamp:
    """Ask the configured TSAs in turn for a token over one bundle file and write the first one
    granted, with its TSA's chain (.pem) unless `only_known`: then only TSAs whose chain is
    already in the bundle are asked (after the manifest, no new file may appear in it).
    Never raises for the network."""
    config = config or load_config()
    if not config.enabled:
        return BundleStamp("off", token_rel)
    message = (root / rel).read_bytes()
    status, error = "offline", None
    urls = sorted(config.urls, key=lambda u: u != prefer)  # the preferred TSA first
    for url in urls:
        if only_known and not (root / FOLDER / f"{slug(url)}.pem").exists():
            continue
        try:
            token: Token = request_token(url, message, config)
        except TimestampUnavailable as e:
            error = e.message
            continue
        except TimestampRejected as e:
            status, error = "failed", e.message
            continue
        (root / token_rel).parent.mkdir(exist_ok=True)
        _write(root / token_rel, token.tsr)
        pem = f"{FOLDER}/{slug(url)}.pem"
        if not (root / pem).exists():
            _write(root / pem, token.chain_pem.encode("ascii"))
        return BundleStamp("granted", token_rel, tsa_name(url), iso_utc(token.gen_time),
                           token.serial, url=url, certificates=pem)
    return BundleStamp(status, token_rel, error=error)


def timestamp_files(root: Path) -> list[str]:
    """The files under timestamps/ (for bundle.json's `files`)."""
    folder = root / FOLDER
    return sorted(f"{FOLDER}/{p.name}" for p in folder.iterdir()) if folder.is_dir() else []


# --- checking a received bundle (evidence_app.integrity.verify_bundle calls this) -------------


def check_bundle(src: Any, doc: dict[str, Any] | None, rep: Any) -> None:
    """Check every token the bundle lists; each failure is added to `rep` by name.

    `src` reads the bundle's files (exists/read), `rep.add(kind, detail, file)` records one.
    """
    section = (doc or {}).get("timestamps")
    if not isinstance(section, dict):
        return
    config = load_config()
    events = _events(src)
    manifest_token = section.get("manifest_token")
    if manifest_token == MANIFEST_TOKEN:
        if src.exists(MANIFEST_TOKEN):
            _check_token(src, rep, config, MANIFEST_TOKEN, src.read(MANIFEST), MANIFEST)
        else:
            rep.add("timestamp_missing", f"{MANIFEST_TOKEN} is named in bundle.json but is not "
                    "in the bundle: the manifest's timestamp was removed or never received",
                    MANIFEST_TOKEN)
    custody = section.get("custody_token")
    if isinstance(custody, dict) and custody.get("file"):
        _check_token(src, rep, config, str(custody["file"]), src.read(CUSTODY), CUSTODY)
    for ex in section.get("exhibits") or []:
        if isinstance(ex, dict):
            _check_exhibit(src, rep, config, ex, events)


def _events(src: Any) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    if not src.exists(CUSTODY):
        return out
    for line in src.read(CUSTODY).decode("utf-8", errors="replace").splitlines():
        try:
            ev = json.loads(line)
        except ValueError:
            continue
        if isinstance(ev, dict) and isinstance(ev.get("seq"), int):
            out[ev["seq"]] = ev
    return out


def _check_token(src: Any, rep: Any, config: TsaConfig, token_rel: str, data: bytes,
                 what: str) -> None:
    if not src.exists(token_rel):
        rep.add("timestamp_missing", f"{token_rel} is named in bundle.json but is missing",
                token_rel)
        return
    try:
        verify_reply(src.read(token_rel), hashlib.sha256(data).digest(), config)
    except TimestampRejected as e:
        rep.add("timestamp_invalid", f"{token_rel} (the trusted timestamp of {what}) does not "
                f"verify: {e.message}", token_rel)


def _int(value: Any) -> int:
    return value if isinstance(value, int) else -1


def _check_exhibit(src: Any, rep: Any, config: TsaConfig, ex: dict[str, Any],
                   events: dict[int, dict[str, Any]]) -> None:
    label = ex.get("exhibit")
    input_rel = str(ex.get("input") or "")
    if not input_rel or not src.exists(input_rel):
        rep.add("timestamp_missing", f"exhibit {label}: its timestamp input {input_rel} is "
                "missing", input_rel or None)
        return
    data = src.read(input_rel)
    try:
        stamped = json.loads(data)
    except ValueError:
        stamped = {}
    if not isinstance(stamped, dict):
        stamped = {}
    sealing = events.get(_int(stamped.get("sealing_event_seq")))
    head = events.get(_int(stamped.get("chain_head_seq")))
    if (stamped.get("capture_id") != ex.get("capture_id")
            or sealing is None or sealing.get("hash") != stamped.get("sealing_event_hash")
            or sealing.get("capture_id") != ex.get("capture_id")
            or head is None or head.get("hash") != stamped.get("chain_head_hash")):
        rep.add("timestamp_input_mismatch", f"exhibit {label}: {input_rel} does not match the "
                "sealing event and chain head in custody.jsonl, so its tokens do not cover this "
                "exhibit's sealed hashes", input_rel)
    for t in ex.get("tokens") or []:
        if isinstance(t, dict) and t.get("status") == Status.GRANTED and t.get("file"):
            _check_token(src, rep, config, str(t["file"]), data,
                         f"exhibit {label} from {t.get('tsa')}")

