"""The capture of a page that is already open (assisted capture): every artifact, as it stands.

Unlike `page.capture_page`, nothing is navigated or scrolled: the caseworker has brought the
page to the state to preserve (comments expanded, scrolled to a post). The steps after that are
the same as a normal capture's and reuse its parts: settle briefly, viewport screenshot (what
the caseworker saw), full-page screenshot, MHTML, rendered DOM, media, the WACZ of the exchanges
since the page's document was requested, headers.json and the provenance record.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import time
from datetime import datetime, timezone
from typing import Any

from evidence_app.capture import settle as st
from evidence_app.capture.archive import build_wacz
from evidence_app.capture.credentials import (
    REDACTION_NOTE,
    CredentialHeaders,
    count_credentials,
    leak_warnings,
    redact_headers,
)
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.hostile import PageGuards, sanitise
from evidence_app.capture.login import login_wall_hint
from evidence_app.capture.media import DOM_MEDIA, Artifact, collect_media
from evidence_app.capture.network import NetworkRecorder
from evidence_app.capture.options import CaptureOptions
from evidence_app.capture.page import (
    PageResult,
    StageFn,
    _Budget,
    _chain,
    _tls,
    _version,
    page_snapshots,
    pictures_hidden,
)
from evidence_app.capture.provenance import build_provenance, redirect_chain
from evidence_app.capture.screens import viewport_shot
from evidence_app.messages import Notice, unique
from evidence_app.vocab import Role, Stage

log = logging.getLogger(__name__)

ASSISTED_CHANGES = [
    "Operator-assisted capture: a caseworker navigated a visible browser window controlled by "
    "evidence-app and chose when to capture; the navigation history since the window opened "
    "is recorded.",
    "Incognito browser context: no cookies, logins or cache from anything else (except a "
    "login profile's session, when one is named in this record).",
    "Service workers blocked and the browser cache disabled, so every response comes from the "
    "server and is recorded.",
    "The page was captured as it stood (not reloaded or scrolled by the app); request bodies "
    "(form data, which can hold passwords typed in the window) are not kept in the archive.",
]


async def capture_open_page(session: BrowserSession, page: Any, cdp: Any,
                            recorder: NetworkRecorder, options: CaptureOptions, operator: str,
                            history: list[dict[str, Any]], stage: StageFn,
                            credentials: CredentialHeaders | None = None,
                            extra_changes: tuple[str, ...] = ()) -> PageResult:
    """Seal-ready artifacts and provenance of `page` as it is now."""
    started = datetime.now(timezone.utc)
    warnings: list[Notice] = []
    budget = _Budget(time.monotonic() + options.timeout_s, warnings)
    artifacts: list[Artifact] = []
    stage(Stage.LOADING, "waiting for the page to settle")
    # A page still arriving (the caseworker clicked a moment ago) is given time to load.
    await budget.run("page load", page.wait_for_load_state("load"),
                     min(options.nav_timeout_s, 15.0))
    await budget.run("page check", st.install_watchers(page), 5)
    await budget.run("settle wait", st.settle(page, recorder, options, budget.left()),
                     options.settle_timeout_s + 5)
    shown_url = page.url  # after settling: a navigation under way has arrived
    shot = (await budget.run("viewport screenshot", viewport_shot(page), 20)
            if await pictures_hidden(budget, page, options) else None)
    if shot is not None:
        artifacts.append(dataclasses.replace(
            shot, meta={"note": "the window as the operator saw it when capturing"}))
    pending = await budget.run("image wait", st.wait_images(page, 5), 8)
    if pending:
        warnings.append(Notice("capture.images_pending", {"count": pending}))
    warnings += await budget.run("page check", st.inspect(
        page, login_wall_hint(options, page.url)), 10) or []
    more, noted = await page_snapshots(budget, page, cdp, options, stage)
    artifacts += more
    warnings += noted
    title = sanitise(await budget.run("title", page.title(), 5) or "", 300)
    untrusted_dom_media = await budget.run("media list", page.evaluate(DOM_MEDIA), 5) or []
    await recorder.drain(10.0)
    # Request bodies stay out: a password typed into this window travels in one.
    exchanges = [dataclasses.replace(e, post_data=None) for e in (
        credentials.archived(recorder.exchanges) if credentials else recorder.exchanges)]
    main_ids = {id(d) for d in recorder.main_documents() if d.status is not None}
    docs = [i for i, e in enumerate(recorder.exchanges) if id(e) in main_ids]
    main = exchanges[docs[-1]] if docs else None
    chain = await _chain(cdp, main)

    stage(Stage.ARCHIVING, "building the web archive")
    tls = await _tls(main, chain)
    wacz, wacz_summary = await asyncio.to_thread(
        build_wacz, exchanges, main_url=main.url if main else shown_url, title=title,
        started=started, software=f"evidence-app {_version()}")
    artifacts.append(Artifact(Role.WACZ, "capture.wacz", "application/wacz+zip", wacz,
                              meta={"records": wacz_summary["records"]}))
    media, media_warnings = collect_media(exchanges, untrusted_dom_media, options)
    artifacts += media
    warnings += media_warnings + recorder.warnings
    if main is not None:
        artifacts.append(Artifact(Role.HEADERS, "headers.json", "application/json", json.dumps(
            {"url": main.url, "status": main.status, "status_text": main.status_text,
             "protocol": main.protocol, "headers": redact_headers(main.response_headers)},
            indent=2, ensure_ascii=False).encode("utf-8")))
    if options.login:
        warnings += leak_warnings(options.login.storage_state, artifacts, exchanges)
    notices = unique(warnings)
    english_warnings = list(dict.fromkeys(n.english for n in notices))
    prov = build_provenance(
        requested_url=shown_url, main=main, chain=redirect_chain(recorder.main_documents()),
        tls=tls, title=title, started=started, session=session, options=options,
        operator=operator, guards=PageGuards(options, session.user_agent),
        warnings=english_warnings, wacz=wacz_summary, notices=notices,
        credentials_removed=count_credentials(exchanges))
    changes = [*ASSISTED_CHANGES, *extra_changes, REDACTION_NOTE]
    if options.login:
        changes[1] = prov.page_changes[0]
    prov = dataclasses.replace(prov, operator_assisted=True, navigation_history=list(history),
                               page_changes=changes)
    return PageResult(artifacts, prov, main.status if main else None, shown_url,
                      english_warnings, notices)
