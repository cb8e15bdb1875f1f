"""The provenance record of a web capture (the data contract shared with report and GUI)."""

from __future__ import annotations

import logging
import platform
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from evidence_app.capture.credentials import REDACTED, REDACTION_NOTE
from evidence_app.capture.network import Exchange
from evidence_app.messages import Notice
from evidence_app.provenance import WebProvenance
from evidence_app.vault.models import iso_utc, local_offset

if TYPE_CHECKING:
    from evidence_app.capture.engine import BrowserSession
    from evidence_app.capture.hostile import PageGuards
    from evidence_app.capture.options import CaptureOptions

log = logging.getLogger(__name__)

# What the capture process changes in or around the page, stated for the record.
PAGE_CHANGES = [
    "Fresh incognito browser context: no cookies, logins or cache from anything else.",
    "User agent: the browser's own, with 'HeadlessChrome' shown as 'Chrome'.",
    "Service workers blocked and the browser cache disabled, so every response comes from the "
    "server and is recorded.",
    "window.print() replaced by a counter so a print dialog cannot block the capture.",
    "JavaScript dialogs dismissed, pop-up windows closed, downloads refused by the browser and "
    "fetched again into memory.",
    "The page was scrolled to the bottom and back to trigger lazy-loaded content.",
]


def redirect_chain(docs: list[Exchange]) -> list[dict[str, Any]]:
    """Each main-frame document hop: HTTP redirects, then script/meta navigations if any."""
    chain = []
    for d in docs:
        if d.status is None:
            continue
        entry: dict[str, Any] = {"url": d.url, "status": d.status,
                                 "location": d.header("Location")}
        chain.append(entry)
    return chain


def build_provenance(*, requested_url: str, main: Exchange | None, chain: list[dict[str, Any]],
                     tls: dict[str, Any] | None, title: str, started: datetime,
                     session: BrowserSession, options: CaptureOptions, operator: str,
                     guards: PageGuards, warnings: list[str],
                     wacz: dict[str, Any], notices: list[Notice] | None = None,
                     credentials_removed: int = 0) -> WebProvenance:
    """The capture's provenance record (capture.meta, and the "provenance" artifact)."""
    from evidence_app import APP_NAME, __version__

    ended = datetime.now(timezone.utc)
    login = options.login
    changes = list(PAGE_CHANGES)
    if login is not None:
        changes[0] = (f"Incognito browser context holding only the session of login profile "
                      f"'{login.name}' (its cookies and local storage, kept encrypted in the "
                      "vault); no cache or other data from anything else.")
    changes.append(REDACTION_NOTE)
    return WebProvenance(
        requested_url=requested_url,
        final_url=main.url if main else None,
        redirect_chain=chain,
        http_status=main.status if main else None,
        server_ip=main.remote_ip if main else None,
        server_port=main.remote_port if main else None,
        protocol=main.protocol if main else None,
        tls=tls,
        title=title,
        capture_started_utc=iso_utc(started),
        capture_ended_utc=iso_utc(ended),
        local_offset=local_offset(started),
        server_date=main.header("Date") if main else None,
        tool={"name": APP_NAME, "version": __version__},
        browser={"name": session.info.label, "version": session.version,
                 "executable": session.info.path},
        user_agent=session.user_agent,
        viewport={"width": options.viewport_width, "height": options.viewport_height},
        os=platform.platform(),
        operator=operator,
        logged_in=login is not None,
        login_profile=login.name if login else None,
        login_account_label=login.label if login else None,
        credentials_removed={"marker": REDACTED, "headers_replaced": credentials_removed,
                             "where": ["wacz", "headers.json"]},
        options=options.record(),
        dialogs=guards.dialogs,
        popups=guards.popups,
        downloads=guards.downloads,
        page_changes=changes,
        archive={"records": wacz["records"], "left_out": wacz["left_out"],
                 "left_out_count": wacz["left_out_count"]},
        warnings=list(warnings),
        notices=[n.to_dict() for n in notices or []],
    )
