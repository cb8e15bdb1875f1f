"""Login profiles: a signed-in browser session (cookies and local storage), kept in the vault.

A profile is a credential, not evidence: it lives only inside the encrypted vault (never a file,
never a browser profile folder), it can be replaced or deleted, and creating or forgetting one is
a custody event whose details name the profile and the site but never hold a cookie value.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from evidence_app.errors import LoginProfileNotFound, UsageError
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import iso_utc, utc_now
from evidence_app.vocab import Action

if TYPE_CHECKING:
    from evidence_app.vault.store import Vault

log = logging.getLogger(__name__)

MAX_STATE_BYTES = 8 * 1024 * 1024  # a browser's session for one site is a few KB
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class LoginState:
    """A session to capture with: the profile's name and label, and its storage state (memory
    only; never written to a file)."""

    name: str
    label: str
    storage_state: dict[str, Any] = field(repr=False)
    site_url: str = ""


@dataclass(frozen=True)
class LoginProfile:
    """What can be shown about a profile (no cookie values)."""

    name: str
    label: str
    site_url: str
    hosts: list[str]
    mode: str
    created_at: str
    created_by: str
    cookie_count: int

    def fits(self, host: str) -> bool:
        """Whether this profile's session applies to pages on `host`."""
        return any(host_matches(host, h) for h in self.hosts)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "site_url": self.site_url,
                "hosts": self.hosts, "mode": self.mode, "created_at": self.created_at,
                "created_by": self.created_by, "cookie_count": self.cookie_count}


def host_matches(host: str, domain: str) -> bool:
    """A cookie-style domain match, with `www.` ignored on both sides."""
    host = _bare(host)
    domain = _bare(domain.lstrip("."))
    return bool(domain) and (host == domain or host.endswith("." + domain))


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _bare(host: str) -> str:
    host = host.lower().strip().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def check_name(name: str) -> str:
    name = name.strip()
    if not _NAME_RE.fullmatch(name):
        raise UsageError("A login profile name is 1 to 64 letters, digits, dots, dashes or "
                         "underscores, starting with a letter or digit (e.g. x-research).")
    return name


def state_hosts(site_url: str, state: dict[str, Any]) -> list[str]:
    """The hosts a session covers: the sign-in site's and every cookie's domain."""
    hosts = [urlsplit(site_url).hostname or ""]
    for c in state.get("cookies", []):
        hosts.append(str(c.get("domain", "")).lstrip("."))
    for o in state.get("origins", []):
        hosts.append(urlsplit(str(o.get("origin", ""))).hostname or "")
    return sorted({h.lower() for h in hosts if h})


def save_profile(vault: Vault, name: str, label: str, site_url: str, state: dict[str, Any],
                 mode: str) -> LoginProfile:
    """Store (or replace) a profile and log it; the details hold no cookie value."""
    name = check_name(name)
    label = " ".join(label.split())[:200] or name
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    if len(blob) > MAX_STATE_BYTES:
        raise UsageError("The signed-in session is unexpectedly large (over 8 MB), so it was "
                         "not stored.")
    hosts = state_hosts(site_url, state)
    now = iso_utc(utc_now())
    with vault.transaction() as conn:
        replaced = conn.execute("DELETE FROM login_profiles WHERE name = ?", (name,)).rowcount
        conn.execute("INSERT INTO login_profiles (name, label, site_url, hosts, mode, "
                     "created_at, created_by, state) VALUES (?,?,?,?,?,?,?,?)",
                     (name, label, site_url, json.dumps(hosts), mode, now,
                      vault.operator.name, blob))
        append_event(conn, vault.operator, Action.LOGIN_PROFILE_CREATED, details={
            "profile": name, "account_label": label, "site_host": _host(site_url),
            "hosts": hosts, "mode": mode, "cookies": len(state.get("cookies", [])),
            "replaced_previous": bool(replaced)})
    return LoginProfile(name, label, site_url, hosts, mode, now, vault.operator.name,
                        len(state.get("cookies", [])))


def list_profiles(vault: Vault) -> list[LoginProfile]:
    rows = vault.query("SELECT name, label, site_url, hosts, mode, created_at, created_by, "
                       "json_array_length(state, '$.cookies') FROM login_profiles ORDER BY name")
    return [LoginProfile(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], int(r[7] or 0))
            for r in rows]


def profiles_for_host(vault: Vault, host: str) -> list[LoginProfile]:
    """The profiles whose session applies to `host` (for login-wall hints)."""
    return [p for p in list_profiles(vault) if p.fits(host)]


def load_state(vault: Vault, name: str) -> LoginState:
    """A profile's session, for a capture (in memory only)."""
    rows = vault.query("SELECT name, label, state, site_url FROM login_profiles WHERE name = ?",
                       (name.strip(),))
    if not rows:
        raise LoginProfileNotFound(f"There is no login profile named {name.strip()[:64]!r}. "
                                   "List them with `evidence-app login list`, or make one with "
                                   "`evidence-app login NAME URL`.")
    return LoginState(rows[0][0], rows[0][1], json.loads(rows[0][2]), rows[0][3])


def forget_profile(vault: Vault, name: str) -> LoginProfile:
    """Delete a profile (its session is erased from the vault) and log it."""
    found = [p for p in list_profiles(vault) if p.name == name.strip()]
    if not found:
        load_state(vault, name)  # raises the not-found error
    profile = found[0]
    with vault.transaction() as conn:
        # Overwrite the freed pages too, so the session does not linger inside the file.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("DELETE FROM login_profiles WHERE name = ?", (profile.name,))
        append_event(conn, vault.operator, Action.LOGIN_PROFILE_FORGOTTEN, details={
            "profile": profile.name, "account_label": profile.label,
            "site_host": _host(profile.site_url)})
    return profile
