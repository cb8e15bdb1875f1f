"""A received bundle's custody log (custody.jsonl): streamed one event at a time within caps,
its chain re-walked, and held against bundle.json and the hashes each capture's sealing event
recorded. Part of `verify_bundle`; the bundle is hostile input, as there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from evidence_app.integrity.bundle_report import BundleReport
from evidence_app.integrity.bundle_source import (
    READ_BLOCK,
    ZIP_ERRORS,
    BundleSource,
    NotRegular,
    TooLarge,
)
from evidence_app.integrity.canonical import check_chain
from evidence_app.integrity.manifest import BUNDLE_JSON, CUSTODY
from evidence_app.integrity.shown import shown, shown_error
from evidence_app.integrity.strict_json import Malformed, as_dict, as_list, is_int, strict_json

MAX_CUSTODY = 128 * 1024 * 1024  # streamed: memory holds one event at a time
MAX_EVENT_LINE = 4 * 1024 * 1024


def _event_shape_ok(ev: Any) -> bool:
    """The fields the chain check relies on have the types the format gives them."""
    if not isinstance(ev, dict) or not is_int(ev.get("seq")):
        return False
    if not all(isinstance(ev.get(k), str) for k in ("prev_hash", "hash")):
        return False
    details = ev.get("details")
    return details is None or isinstance(details, dict) and isinstance(
        ev.get("details_sha256"), str)


def events(src: BundleSource, rep: BundleReport,
            sealed: dict[str, dict[str, str]]) -> Iterator[dict[str, Any]]:
    """custody.jsonl's events, streamed one line at a time within the caps; `sealed` collects
    what each capture/import event recorded (capture id -> artifact id -> SHA-256)."""
    try:
        with src.open(CUSTODY, MAX_CUSTODY) as raw:
            n = 0
            while True:
                bline = raw.readline(MAX_EVENT_LINE + 1)
                if not bline:
                    break
                n += 1
                if len(bline) > MAX_EVENT_LINE and not bline.endswith(b"\n"):
                    rep.add("custody_unreadable", f"line {n} of {CUSTODY} is longer than "
                            f"{MAX_EVENT_LINE // (1024 * 1024)} MiB", CUSTODY, line=n)
                    while (rest := raw.readline(READ_BLOCK)) and not rest.endswith(b"\n"):
                        pass
                    continue
                if not bline.strip():
                    continue
                try:
                    ev = strict_json(bline)
                except Malformed as e:
                    rep.add("custody_unreadable", f"line {n} of {CUSTODY} cannot be used: {e}",
                            CUSTODY, line=n)
                    continue
                if not _event_shape_ok(ev):
                    rep.add("custody_unreadable", f"line {n} of {CUSTODY} is not an event",
                            CUSTODY, line=n)
                    continue
                if ev.get("action") in ("captured", "imported") and ev.get("details"):
                    sealed[str(ev.get("capture_id"))] = {
                        str(a.get("id")): str(a.get("sha256"))
                        for a in as_list(ev["details"].get("artifacts")) if isinstance(a, dict)}
                yield ev
    except TooLarge:
        rep.add("too_large", f"{CUSTODY} is larger than {MAX_CUSTODY // (1024 * 1024)} MiB: "
                "the rest was not read", CUSTODY, limit=MAX_CUSTODY)
    except NotRegular:
        rep.add("not_regular_file", f"{CUSTODY} is not a regular file: it was not read", CUSTODY)
    except ZIP_ERRORS as e:
        rep.add("damaged", f"{CUSTODY} cannot be read to the end ({shown_error(e)})", CUSTODY)


def check_custody(src: BundleSource, doc: dict[str, Any] | None, rep: BundleReport) -> None:
    if CUSTODY not in src.files():
        rep.add("missing", f"{CUSTODY} is missing: the custody chain cannot be checked", CUSTODY)
        return
    if not src.readable(CUSTODY):
        return  # named when listed
    sealed: dict[str, dict[str, str]] = {}
    problems, head, count = check_chain(events(src, rep, sealed))
    rep.events_checked = count
    rep.chain_head = shown(head, 80)
    for p in problems:
        rep.add(f"custody_{p.kind}", f"custody event #{p.seq}: {shown(p.detail)}", CUSTODY,
                seq=p.seq)
    if doc is None:
        return
    custody = as_dict(doc.get("custody"))
    if custody.get("head_hash") != head or custody.get("events") != count:
        rep.add("custody_head_mismatch", f"{BUNDLE_JSON} records "
                f"{shown(custody.get('events'), 30)} events ending in "
                f"{shown(custody.get('head_hash'), 80)}, but {CUSTODY} has {count} ending in "
                f"{shown(head, 80)}", CUSTODY)
    for ex in as_list(doc.get("exhibits")):
        ex = as_dict(ex)
        recorded = sealed.get(str(ex.get("capture_id")))
        label = shown(ex.get("exhibit"), 40)
        if recorded is None:
            rep.add("custody_missing_capture", f"exhibit {label}: no capture event for it in "
                    f"{CUSTODY}", CUSTODY, exhibit=label)
            continue
        for a in as_list(ex.get("artifacts")):
            a = as_dict(a)
            if recorded.get(str(a.get("id"))) != a.get("sha256"):
                what = shown(a.get("file") or a.get("name"))
                rep.add("custody_hash_mismatch", f"exhibit {label}: the SHA-256 of {what} in "
                        f"{BUNDLE_JSON} differs from the one recorded in the custody log when "
                        "it was sealed", what if a.get("file") else None, exhibit=label)
