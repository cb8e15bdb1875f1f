"""Capture settings: every bound that keeps a hostile page from hanging or flooding a capture."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evidence_app.capture.engine import BrowserSession
    from evidence_app.vault.logins import LoginProfile, LoginState

MiB = 1024 * 1024


@dataclass
class CaptureOptions:
    """How to capture; the defaults suit a caseworker's laptop."""

    timeout_s: float = 90.0          # hard cap per URL, enforced from outside the page
    concurrency: int = 2             # pages captured at once over one browser
    browser_path: str | None = None  # explicit browser program (wins over discovery)
    viewport_width: int = 1280
    viewport_height: int = 900
    nav_timeout_s: float = 30.0      # waiting for the page's load event
    settle_timeout_s: float = 8.0    # waiting for network idle and a quiet DOM
    settle_quiet_ms: int = 600       # how long network and DOM must stay quiet
    scroll_time_s: float = 20.0      # infinite scroll: stop scrolling after this long
    max_page_height_px: int = 60_000  # infinite scroll: stop at this height
    segment_height_px: int = 8_000   # full-page screenshot segment height (< 16,384)
    max_resource_bytes: int = 50 * MiB  # one HTTP body kept in memory at most
    max_total_bytes: int = 400 * MiB    # all bodies of one capture
    max_media_bytes: int = 50 * MiB     # one media artifact
    max_media_count: int = 200
    max_download_bytes: int = 100 * MiB
    max_main_body_bytes: int = 30 * MiB  # main document body: loading stops beyond this
    # Under-18 safeguard (set by the batch from the case): pictures hidden in screenshots, and
    # only the hashes of pictures and videos kept (evidence_app.capture.minor).
    minor_safe: bool = False
    # A shared browser (the GUI keeps one open between batches); not part of the record.
    session: BrowserSession | None = field(default=None, repr=False, compare=False)
    # Capture signed in with this login profile's session (memory only; never recorded: the
    # provenance names the profile, never its cookies).
    login: LoginState | None = field(default=None, repr=False, compare=False)
    # The vault's login profiles, so a login-wall warning can name the one that fits the site.
    known_logins: list[LoginProfile] | None = field(default=None, repr=False, compare=False)

    def record(self) -> dict[str, Any]:
        """The options as stored in the provenance record."""
        # The browser actually used is recorded separately; the session is a live object.
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("session", "browser_path", "login", "known_logins")}
