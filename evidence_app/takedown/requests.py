"""Take-down requests: drafting the text, recording that it was sent, and the platform's answers.

The app sends nothing: a draft is text for the caseworker to copy into a form or an e-mail.
Drafts name the organisation acting with the survivor's consent and never the survivor, unless
the caseworker adds the name. Times are UTC in storage.
"""

from __future__ import annotations

import hashlib
import logging
import os
import string
import sys
import urllib.parse
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from evidence_app.errors import TakedownNotReported, UsageError
from evidence_app.takedown import store
from evidence_app.takedown.locations import Location
from evidence_app.takedown.platforms import OTHER_ROUTE, PlatformBook, Route
from evidence_app.vault import Vault
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import Outcome, Role, RouteKind, StepKind

log = logging.getLogger(__name__)

LANGS = ("en", "zh-HK")
TEMPLATES_ENV = "EVIDENCE_APP_TAKEDOWN_TEMPLATES"
MAX_TEXT = 2000
MAX_MEDIA_HASHES = 10
ORGANISATION_ENV = "EVIDENCE_APP_ORGANISATION"


def parse_when(text: str | None, now: datetime) -> datetime:
    """--at: an ISO 8601 time with its zone (Z or +08:00), not in the future."""
    if text is None:
        return now
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{text[:40]!r} is not a time. Use ISO 8601 with the zone, e.g. "
                         "2026-12-01T14:30+08:00.") from None
    if when.tzinfo is None:
        raise UsageError("Give the time with its zone, e.g. 2026-12-01T14:30+08:00 (Hong Kong) "
                         "or 2026-12-01T06:30Z.")
    when = when.astimezone(timezone.utc)
    if when > now + timedelta(minutes=5):
        raise UsageError("That time is in the future; give when the request was actually sent.")
    return when


def _clean(text: str | None, what: str) -> str | None:
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise UsageError(f"The {what} is longer than {MAX_TEXT} characters.")
    return text or None


def check_route(book: PlatformBook, route_id: str, locations: list[Location]) -> Route:
    """The route, if it fits every location (UsageError names the first that it does not fit)."""
    route = book.route(route_id)
    for loc in locations:
        fits = [r.id for r in book.routes_for(loc.platform)]
        if route.id not in fits:
            raise UsageError(f"The route {route.id!r} is not for {loc.platform.name} (location "
                             f"{loc.id[:8]}). Routes that fit it: {', '.join(fits)}.")
    return route


def mark_sent(vault: Vault, book: PlatformBook, locations: list[Location], route_id: str, *,
              ref: str | None = None, at: str | None = None, note: str | None = None,
              now: datetime | None = None) -> list[store.Step]:
    """Record that one request on one route covered these locations; returns the steps."""
    now = now or utc_now()
    route = check_route(book, route_id, locations)
    note = _clean(note, "note")
    if route.id == OTHER_ROUTE and not note:
        raise UsageError("The route 'other' needs --note saying how the request was made.")
    when = parse_when(at, now)
    due = when + timedelta(hours=route.due_hours if route.id != OTHER_ROUTE
                           else book.default_due_hours)
    request_id = uuid.uuid4().hex
    return store.append_steps(vault, [
        store.Step(case_id=loc.case_id, location_id=loc.id, kind=StepKind.SENT,
                   at=iso_utc(when), request_id=request_id, route=route.id,
                   ref=_clean(ref, "reference"), due_at=iso_utc(due),
                   details={"note": note, "url": loc.url, "route_kind": str(route.kind),
                            "due_hours": int((due - when).total_seconds() // 3600)})
        for loc in locations], when=now)


def record_response(vault: Vault, location: Location, outcome: str, *, ref: str | None = None,
                    note: str | None = None, at: str | None = None,
                    now: datetime | None = None) -> store.Step:
    """Record a platform's answer to the latest request for this location."""
    now = now or utc_now()
    try:
        out = Outcome(outcome)
    except ValueError:
        raise UsageError(f"Unknown outcome {outcome[:40]!r}; use one of "
                         f"{', '.join(o.value for o in Outcome)}.") from None
    sent = [s for s in store.steps(vault, location.case_id)
            if s.location_id == location.id and s.kind == StepKind.SENT]
    if not sent:
        raise TakedownNotReported(
            f"Location {location.id[:8]} was never reported, so it cannot have a response. "
            "Record the request first with `evidence-app takedown sent "
            f"{location.id[:8]} --route ROUTE`.")
    latest = max(sent, key=lambda s: (s.at, s.seq))
    when = parse_when(at, now)
    [step] = store.append_steps(vault, [store.Step(
        case_id=location.case_id, location_id=location.id, kind=StepKind.RESPONSE,
        at=iso_utc(when), request_id=latest.request_id, route=latest.route,
        ref=_clean(ref, "reference"), outcome=out.value,
        details={"note": _clean(note, "note")})], when=now)
    return step


# --- drafts -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Draft:
    """A request's text, ready to copy; `sha256` is recorded in the custody log."""

    route: Route
    lang: str
    subject: str
    body: str
    location_ids: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def mailto(self) -> str | None:
        """A mailto: link that opens the draft in the e-mail program (e-mail routes only)."""
        if self.route.kind != RouteKind.EMAIL or "@" not in self.route.address:
            return None
        query = urllib.parse.urlencode({"subject": self.subject, "body": self.body},
                                       quote_via=urllib.parse.quote)
        return f"mailto:{urllib.parse.quote(self.route.address, safe='@')}?{query}"

    def as_dict(self) -> dict[str, Any]:
        return {"route": self.route.id, "route_address": self.route.address, "lang": self.lang,
                "subject": self.subject, "body": self.body, "sha256": self.sha256,
                "mailto": self.mailto, "locations": list(self.location_ids)}


def templates_dir() -> Path:
    env = os.environ.get(TEMPLATES_ENV)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "takedown" / "templates"


def _template(name: str) -> string.Template:
    path = templates_dir() / name
    try:
        return string.Template(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UsageError(f"The request template {path} cannot be read "
                         f"({e.strerror or type(e).__name__}).") from e


_WORDS = {
    "en": {"captured": "first captured", "exhibit": "exhibit", "not_captured":
           "not captured (added by hand)", "screenshot": "screenshot of the page (SHA-256)",
           "source": "page source (SHA-256)", "media": "picture or video on the page (SHA-256)",
           "more": "more media hashes in the evidence bundle",
           "org": "[name of the organisation]", "survivor": "the person shown (name withheld "
           "for their safety)", "policy": "your own rules against sharing intimate images "
           "without consent"},
    "zh-HK": {"captured": "首次擷取", "exhibit": "證物", "not_captured": "未擷取（人手加入）",
              "screenshot": "頁面截圖 (SHA-256)", "source": "頁面原始碼 (SHA-256)",
              "media": "頁面上的圖片或影片 (SHA-256)",
              "more": "其餘媒體雜湊值載於證據包", "org": "［機構名稱］",
              "survivor": "影像中的當事人（為其安全不披露姓名）",
              "policy": "貴方禁止未經同意分享私密影像的規則"},
}


def _location_block(loc: Location, lang: str, n: int) -> str:
    w = _WORDS[lang]
    lines = [f"{n}. {loc.url}"]
    first = loc.first_capture
    if first is None:
        lines.append(f"   {w['not_captured']}")
    else:
        lines.append(f"   {w['captured']}: {first.captured_at[:19].replace('T', ' ')} UTC "
                     f"({w['exhibit']} {first.exhibit})")
        if first.main_sha256:
            label = w["source"] if first.main_role == Role.DOM_HTML else w["screenshot"]
            lines.append(f"   {label}: {first.main_sha256}")
        for h in first.media_sha256[:MAX_MEDIA_HASHES]:
            lines.append(f"   {w['media']}: {h}")
        if len(first.media_sha256) > MAX_MEDIA_HASHES:
            lines.append(f"   ({len(first.media_sha256) - MAX_MEDIA_HASHES} {w['more']})")
    return "\n".join(lines)


def draft(book: PlatformBook, locations: list[Location], *, route_id: str | None = None,
          lang: str = "en", organisation: str | None = None,
          survivor_name: str | None = None, now: datetime | None = None) -> Draft:
    """The request text for these locations on one route (the first fitting one by default)."""
    if lang not in LANGS:
        raise UsageError(f"Drafts are written in {' or '.join(LANGS)}.")
    if not locations:
        raise UsageError("Name at least one location.")
    route = (check_route(book, route_id, locations) if route_id
             else book.routes_for(locations[0].platform)[0])
    if route_id is None:
        check_route(book, route.id, locations)
    now = now or utc_now()
    w = _WORDS[lang]
    platform = book.platform(route.platform_id) if route.platform_id else locations[0].platform
    policy = book.policy(platform.id, lang) or book.policy(locations[0].platform.id, lang)
    org = (_clean(organisation, "organisation") or os.environ.get(ORGANISATION_ENV, "").strip()
           or w["org"])
    values = {
        "platform": platform.name, "route": route.name, "address": route.address or "-",
        "organisation": org, "survivor": _clean(survivor_name, "name") or w["survivor"],
        "policy": policy or w["policy"], "count": str(len(locations)),
        "locations": "\n\n".join(_location_block(loc, lang, i)
                                 for i, loc in enumerate(locations, 1)),
        "date": now.strftime("%Y-%m-%d"),
    }
    subject = _template(f"subject.{lang}.txt").safe_substitute(values).strip()
    body = _template(f"request.{lang}.txt").safe_substitute(values).strip() + "\n"
    return Draft(route, lang, subject, body, tuple(loc.id for loc in locations))


def record_draft(vault: Vault, d: Draft, locations: list[Location]) -> None:
    """The custody log keeps the draft's hash, route, language and locations (not its text)."""
    store.record_draft(vault, {loc.case_id for loc in locations},
                       {"route": d.route.id, "lang": d.lang, "sha256": d.sha256,
                        "location_ids": list(d.location_ids)})
