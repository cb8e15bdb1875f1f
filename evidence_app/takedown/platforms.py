"""Platforms and their take-down routes, read from an editable TOML data file.

The file (resources/takedown/platforms.toml, format in resources/takedown/README.md) is data an
NGO maintains without code. Every error names the file and the line, so a caseworker who edited
it can find the mistake. The route `other` is built in and always fits.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.errors import TakedownDataInvalid, TakedownRouteUnknown
from evidence_app.vocab import Category, RouteKind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

log = logging.getLogger(__name__)

PLATFORMS_ENV = "EVIDENCE_APP_TAKEDOWN_PLATFORMS"
MAX_FILE_BYTES = 2 * 1024 * 1024
OTHER_ROUTE = "other"
DEFAULT_DUE_HOURS = 48
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
LANGS = ("en", "zh-HK")


@dataclass(frozen=True)
class Route:
    """One way to ask a platform to remove something."""

    id: str
    platform_id: str
    name: str
    kind: RouteKind
    address: str = ""  # form URL, e-mail address, or programme page
    asks_for: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    response_time: str = ""
    due_hours: int = DEFAULT_DUE_HOURS
    notes: str = ""
    verified: bool = False  # has someone checked the address and fields recently?

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "platform": self.platform_id, "name": self.name,
                "kind": str(self.kind), "address": self.address, "asks_for": list(self.asks_for),
                "languages": list(self.languages), "response_time": self.response_time,
                "due_hours": self.due_hours, "notes": self.notes, "verified": self.verified}


@dataclass(frozen=True)
class Platform:
    """A platform: the hosts it answers for, its category, its policy wording and its routes."""

    id: str
    name: str
    category: Category
    hosts: tuple[str, ...] = ()
    any_host: bool = False  # its routes fit every location (hash-sharing, Cloudflare, police)
    policy: dict[str, str] = field(default_factory=dict)  # language -> the rule it breaks
    routes: tuple[Route, ...] = ()

    def matches(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in self.hosts)


UNKNOWN = Platform(id="unknown", name="Unknown platform", category=Category.OTHER)
OTHER = Route(id=OTHER_ROUTE, platform_id="", name="Other (describe with --note)",
              kind=RouteKind.OTHER, verified=True)


@dataclass(frozen=True)
class PlatformBook:
    """The loaded data file."""

    path: Path
    platforms: tuple[Platform, ...]
    default_due_hours: int = DEFAULT_DUE_HOURS

    def platform_for(self, host: str) -> Platform:
        """The platform a host belongs to (the longest matching pattern wins), else UNKNOWN."""
        host = host.lower().rstrip(".")
        best: tuple[int, Platform] | None = None
        for p in self.platforms:
            for h in p.hosts:
                if (host == h or host.endswith("." + h)) and (best is None or len(h) > best[0]):
                    best = (len(h), p)
        return best[1] if best else UNKNOWN

    def platform(self, platform_id: str) -> Platform:
        for p in self.platforms:
            if p.id == platform_id:
                return p
        return UNKNOWN

    def routes_for(self, platform: Platform) -> list[Route]:
        """The routes that fit a location on this platform: its own, the general ones, other."""
        general = [r for p in self.platforms if p.any_host and p is not platform for r in p.routes]
        return [*platform.routes, *general, OTHER]

    def route(self, route_id: str) -> Route:
        if route_id == OTHER_ROUTE:
            return OTHER
        for p in self.platforms:
            for r in p.routes:
                if r.id == route_id:
                    return r
        raise TakedownRouteUnknown(f"No take-down route is called {route_id!r}. "
                                   + TakedownRouteUnknown.default_message.split(". ", 1)[1])

    def policy(self, platform_id: str, lang: str) -> str:
        p = self.platform(platform_id)
        return p.policy.get(lang) or p.policy.get("en", "")


def default_path() -> Path:
    """resources/takedown/platforms.toml beside the package (or a frozen build, or the env)."""
    env = os.environ.get(PLATFORMS_ENV)
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "takedown" / "platforms.toml"
    return Path(__file__).resolve().parents[2] / "resources" / "takedown" / "platforms.toml"


def load(path: Path | None = None) -> PlatformBook:
    """Read and check the data file; TakedownDataInvalid names the file and line of a mistake."""
    path = path or default_path()
    try:
        raw = path.read_bytes()[:MAX_FILE_BYTES + 1]
    except OSError as e:
        raise TakedownDataInvalid(f"The platforms data file {path} cannot be read "
                                  f"({e.strerror or type(e).__name__}).") from e
    if len(raw) > MAX_FILE_BYTES:
        raise TakedownDataInvalid(f"The platforms data file {path} is larger than 2 MiB.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise TakedownDataInvalid(f"{path}, line {line}: the file is not UTF-8 text.") from e
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        # The message ends "(at line N, column M)".
        raise TakedownDataInvalid(f"{path}: {e}. Fix that line (TOML syntax).") from e
    return _Checker(path, text).book(data)


class _Checker:
    """Turns parsed TOML into a PlatformBook; errors carry the line of the table at fault."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        lines = text.splitlines()
        self.platform_lines = [i + 1 for i, ln in enumerate(lines)
                               if ln.strip().startswith("[[platforms]]")]
        self.route_lines = [i + 1 for i, ln in enumerate(lines)
                            if ln.strip().startswith("[[platforms.routes]]")]
        self._route_index = 0

    def fail(self, line: int | None, what: str) -> TakedownDataInvalid:
        where = f"{self.path}, line {line}" if line else str(self.path)
        return TakedownDataInvalid(f"{where}: {what}")

    def book(self, data: dict[str, Any]) -> PlatformBook:
        if data.get("format_version") != 1:
            raise self.fail(1, "format_version = 1 is missing or not 1 (this app reads format 1).")
        due = data.get("default_due_hours", DEFAULT_DUE_HOURS)
        if not isinstance(due, int) or not 1 <= due <= 24 * 365:
            raise self.fail(None, "default_due_hours must be a whole number of hours (1 to 8760).")
        items = data.get("platforms")
        if not isinstance(items, list) or not items:
            raise self.fail(None, "no [[platforms]] tables were found.")
        platforms: list[Platform] = []
        seen_platforms: set[str] = set()
        seen_routes: set[str] = {OTHER_ROUTE}
        for n, item in enumerate(items):
            line = self.platform_lines[n] if n < len(self.platform_lines) else None
            p = self.platform(item, line, due)
            if p.id in seen_platforms or p.id == UNKNOWN.id:
                raise self.fail(line, f"the platform id {p.id!r} is used twice (or is reserved).")
            seen_platforms.add(p.id)
            for r in p.routes:
                if r.id in seen_routes:
                    raise self.fail(line, f"the route id {r.id!r} is used twice (or is reserved); "
                                          "route ids must be unique in the whole file.")
                seen_routes.add(r.id)
            platforms.append(p)
        return PlatformBook(self.path, tuple(platforms), due)

    def _text(self, item: dict[str, Any], key: str, line: int | None, required: bool = False,
              limit: int = 2000) -> str:
        value = item.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(line, f"{key} must be {'a non-empty' if required else 'a'} text in "
                                  "quotes.")
        if len(value) > limit:
            raise self.fail(line, f"{key} is longer than {limit} characters.")
        return value.strip()

    def _id(self, item: dict[str, Any], line: int | None) -> str:
        value = self._text(item, "id", line, required=True, limit=64)
        if not _ID.fullmatch(value):
            raise self.fail(line, f"id {value!r} may use only lower-case letters, digits and -.")
        return value

    def _texts(self, item: dict[str, Any], key: str, line: int | None) -> tuple[str, ...]:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(line, f"{key} must be a list of texts, e.g. {key} = [\"a\", \"b\"].")
        return tuple(v.strip() for v in value if v.strip())

    def platform(self, item: Any, line: int | None, due: int) -> Platform:
        if not isinstance(item, dict):
            raise self.fail(line, "a [[platforms]] entry is not a table.")
        pid = self._id(item, line)
        name = self._text(item, "name", line, required=True, limit=200)
        try:
            category = Category(item.get("category"))
        except ValueError:
            allowed = ", ".join(c.value for c in Category)
            raise self.fail(line, f"category {item.get('category')!r} of {pid!r} is not one of: "
                                  f"{allowed}.") from None
        hosts = tuple(h.lower().lstrip("*.").rstrip(".") for h in self._texts(item, "hosts", line))
        any_host = item.get("any_host", False)
        if not isinstance(any_host, bool):
            raise self.fail(line, "any_host must be true or false.")
        policy = {lang: self._text(item, f"policy_{lang.replace('-', '_')}", line, limit=4000)
                  for lang in LANGS}
        policy = {k: v for k, v in policy.items() if v}
        raw_routes = item.get("routes", [])
        if not isinstance(raw_routes, list):
            raise self.fail(line, f"routes of {pid!r} must be [[platforms.routes]] tables.")
        routes = []
        for r in raw_routes:
            rline = (self.route_lines[self._route_index]
                     if self._route_index < len(self.route_lines) else line)
            self._route_index += 1
            routes.append(self.route(r, pid, rline, due))
        return Platform(pid, name, category, hosts, any_host, policy, tuple(routes))

    def route(self, item: Any, platform_id: str, line: int | None, due: int) -> Route:
        if not isinstance(item, dict):
            raise self.fail(line, "a [[platforms.routes]] entry is not a table.")
        rid = self._id(item, line)
        try:
            kind = RouteKind(item.get("kind"))
        except ValueError:
            allowed = ", ".join(k.value for k in RouteKind if k != RouteKind.OTHER)
            raise self.fail(line, f"kind {item.get('kind')!r} of route {rid!r} is not one of: "
                                  f"{allowed}.") from None
        hours = item.get("due_hours", due)
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= 24 * 365:
            raise self.fail(line, f"due_hours of route {rid!r} must be a whole number of hours "
                                  "(1 to 8760).")
        verified = item.get("verified", False)
        if not isinstance(verified, bool):
            raise self.fail(line, "verified must be true or false.")
        langs = self._texts(item, "languages", line)
        return Route(id=rid, platform_id=platform_id,
                     name=self._text(item, "name", line, required=True, limit=200), kind=kind,
                     address=self._text(item, "address", line, limit=500),
                     asks_for=self._texts(item, "asks_for", line), languages=langs,
                     response_time=self._text(item, "response_time", line, limit=200),
                     due_hours=hours, notes=self._text(item, "notes", line),
                     verified=verified)
