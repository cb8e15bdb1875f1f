"""A case's take-down locations: derived from its web captures, or added by hand.

A capture's requested and final URL are locations of its case. They are derived from the sealed
captures every time (never copied into another table), so they cannot drift from the evidence.
A location's id is a hash of its case and URL: the same URL captured twice, re-checked, or also
added by hand is one location with one stable id. Captures made by a re-check belong to the
location they re-checked and never create locations of their own.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from evidence_app.capture.urls import validate_url
from evidence_app.errors import Ambiguous, NotFound, UsageError
from evidence_app.fingerprints.watch import WatchHit, case_flags
from evidence_app.takedown import store
from evidence_app.takedown.platforms import Platform, PlatformBook
from evidence_app.vault import CaptureInfo, Vault
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import CaptureKind, Category, Role, StepKind

log = logging.getLogger(__name__)

MIN_PREFIX = 4
MAX_NOTE = 2000


def location_id(case_id: str, url: str) -> str:
    """The stable id of a URL within a case."""
    return hashlib.sha256(f"takedown-location\n{case_id}\n{url}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class CaptureRef:
    """A capture of a location: what a request or the schedule cites."""

    capture_id: str
    exhibit: str
    captured_at: str
    http_status: int | None
    main_sha256: str  # the full-page screenshot's hash, else the page source's
    media_sha256: tuple[str, ...] = ()
    dom_sha256: str = ""
    main_role: str = ""  # which artifact main_sha256 is (screenshot_full, ...)
    # Watched pictures this capture showed: (watch label, PDQ distance), nearest first.
    watch_matches: tuple[tuple[str, int], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__ | {"media_sha256": list(self.media_sha256),
                                "watch_matches": [{"label": label, "distance": d}
                                                  for label, d in self.watch_matches]}


@dataclass(frozen=True)
class Location:
    """One place where the material was found."""

    id: str
    case_id: str
    url: str
    host: str
    platform: Platform
    source: str  # "capture" or "added"
    note: str | None = None
    added_at: str | None = None
    captures: tuple[CaptureRef, ...] = ()  # the case's own captures of it, oldest first

    @property
    def category(self) -> Category:
        return self.platform.category

    @property
    def first_capture(self) -> CaptureRef | None:
        return self.captures[0] if self.captures else None

    @property
    def watch_matches(self) -> list[tuple[str, int]]:
        """Watched pictures any capture of this location showed: (label, nearest distance)."""
        best: dict[str, int] = {}
        for c in self.captures:
            for label, d in c.watch_matches:
                best[label] = min(d, best.get(label, d))
        return sorted(best.items(), key=lambda kv: (kv[1], kv[0]))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "case_id": self.case_id, "url": self.url, "host": self.host,
                "platform": self.platform.id, "platform_name": self.platform.name,
                "category": str(self.category), "source": self.source, "note": self.note,
                "captures": [c.as_dict() for c in self.captures],
                "watch_matches": [{"label": label, "distance": d}
                                  for label, d in self.watch_matches]}


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def capture_ref(cap: CaptureInfo, watch_hits: list[WatchHit] | None = None) -> CaptureRef:
    main, main_role = "", ""
    for role in (Role.SCREENSHOT_FULL, Role.SCREENSHOT_VIEWPORT, Role.DOM_HTML):
        hit = next((a for a in cap.artifacts if a.role == role), None)
        if hit is not None:
            main, main_role = hit.sha256, str(role)
            break
    dom = next((a.sha256 for a in cap.artifacts if a.role == Role.DOM_HTML), "")
    media = tuple(sorted({a.sha256 for a in cap.artifacts if a.role == Role.MEDIA}))
    prov = cap.web
    matches = tuple((h.label, h.distance) for h in watch_hits or [])
    return CaptureRef(cap.id, cap.exhibit, prov.capture_started_utc or cap.started_at,
                      prov.http_status, main, media, dom, main_role, matches)


def recheck_capture_ids(steps: list[store.Step]) -> set[str]:
    return {s.capture_id for s in steps if s.kind == StepKind.RECHECK and s.capture_id}


def case_locations(vault: Vault, case_id: str, book: PlatformBook,
                   steps: list[store.Step] | None = None) -> list[Location]:
    """Every location of a case, in order of first appearance."""
    steps = store.steps(vault, case_id) if steps is None else steps
    skip = recheck_capture_ids(steps)
    watched = case_flags(vault, case_id)
    found: dict[str, dict[str, Any]] = {}

    def add(url: str, source: str, **kw: Any) -> dict[str, Any]:
        lid = location_id(case_id, url)
        entry = found.setdefault(lid, {"url": url, "source": source, "captures": []})
        for k, v in kw.items():
            if v is not None and entry.get(k) is None:
                entry[k] = v
        return entry

    for cap in vault.list_captures(case_id):
        if cap.kind != CaptureKind.WEB or cap.id in skip:
            continue
        prov = cap.web
        ref = capture_ref(cap, watched.get(cap.id))
        urls = [prov.requested_url or cap.source]
        if prov.final_url and prov.final_url not in urls:
            urls.append(prov.final_url)
        for url in urls:
            add(url, "capture")["captures"].append(ref)
    for a in store.added_locations(vault, case_id):
        add(a.url, "added", note=a.note, added_at=a.added_at)
    out = []
    for lid, e in found.items():
        host = host_of(e["url"])
        out.append(Location(id=lid, case_id=case_id, url=e["url"], host=host,
                            platform=book.platform_for(host), source=e["source"],
                            note=e.get("note"), added_at=e.get("added_at"),
                            captures=tuple(e["captures"])))
    return out


def all_locations(vault: Vault, book: PlatformBook) -> list[Location]:
    return [loc for case in vault.list_cases() for loc in case_locations(vault, case.id, book)]


def resolve(vault: Vault, book: PlatformBook, refs: list[str],
            case_id: str | None = None) -> list[Location]:
    """Locations by id or unique id prefix (within one case, or across the vault)."""
    pool = (case_locations(vault, case_id, book) if case_id else all_locations(vault, book))
    out: list[Location] = []
    for ref in refs:
        key = ref.strip().lower()
        if not re.fullmatch(rf"[0-9a-f]{{{MIN_PREFIX},32}}", key):
            raise NotFound(f"No location matches {ref[:80]!r}; location ids are shown by "
                           "`evidence-app takedown list --case CASE`.")
        hits = [loc for loc in pool if loc.id.startswith(key)]
        if not hits:
            raise NotFound(f"No location matches {ref[:80]!r}. List them with "
                           "`evidence-app takedown list --case CASE`.")
        if len(hits) > 1:
            raise Ambiguous(f"{ref[:80]!r} matches {len(hits)} locations; type more of the id.")
        if hits[0] not in out:
            out.append(hits[0])
    return out


def add_location(vault: Vault, book: PlatformBook, case_id: str, url: str,
                 note: str | None = None) -> tuple[Location, bool]:
    """Add a URL by hand; returns the location and whether it is new (an existing one is kept)."""
    url = url.strip()
    if not re.match(r"(?i)https?://", url):
        raise UsageError("A take-down location is a web address starting with http:// or "
                         "https://.")
    url = validate_url(url)
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        raise UsageError(f"The note is longer than {MAX_NOTE} characters.")
    lid = location_id(case_id, url)
    existing = {loc.id: loc for loc in case_locations(vault, case_id, book)}
    if lid in existing:
        # Already a location (captured, or added before): adding it again would only duplicate it.
        return existing[lid], False
    store.add_location(vault, store.AddedLocation(lid, case_id, url, note, iso_utc(utc_now()),
                                                  vault.operator.name))
    [loc] = [x for x in case_locations(vault, case_id, book) if x.id == lid]
    return loc, True
