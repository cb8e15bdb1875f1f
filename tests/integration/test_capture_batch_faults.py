"""A batch never reports a bug as "cancelled": an unknown artifact role or a failing seal."""

from __future__ import annotations

import pytest

from evidence_app.capture import batch
from evidence_app.capture.batch import CaptureOptions, capture_urls
from evidence_app.capture.engine import BrowserSession
from evidence_app.capture.media import Artifact
from evidence_app.vocab import Role, Stage

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def session():
    s = BrowserSession()
    yield s
    s.close()


def test_a_role_this_version_does_not_know_is_sealed_not_cancelled(vault, session, page_server,
                                                                    monkeypatch):
    real = batch.capture_page

    async def with_new_role(*args, **kwargs):  # fault injection: a role added by a later feature
        page = await real(*args, **kwargs)
        page.artifacts.append(Artifact("future_role", "future.json", "application/json", b"{}"))
        return page

    monkeypatch.setattr(batch, "capture_page", with_new_role)
    case = vault.create_case("Roles")
    urls = [page_server.add(f"/roles/{i}", f"<title>r{i}</title><p>page {i}</p>") for i in range(2)]
    results = capture_urls(vault, case.id, urls, CaptureOptions(session=session, concurrency=2))
    assert [r.ok for r in results] == [True, True], [r.error for r in results]
    roles = [a["role"] for a in results[0].artifacts]
    assert "future_role" in roles and roles[-1] == Role.PROVENANCE


def test_a_bug_while_sealing_fails_that_url_and_says_so(vault, session, page_server, monkeypatch):
    real = batch._seal
    calls = []

    def broken_first(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("injected")
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "_seal", broken_first)
    case = vault.create_case("Seal bug")
    urls = [page_server.add(f"/sealbug/{i}", f"<title>s{i}</title><p>p{i}</p>") for i in range(2)]
    events = []
    results = capture_urls(vault, case.id, urls, CaptureOptions(session=session, concurrency=1),
                           on_event=events.append)
    assert [r.ok for r in results] == [False, True]
    assert "ValueError" in (results[0].error or "") and "cancel" not in results[0].error.lower()
    finals = [e.stage for e in events if e.stage.final]
    assert Stage.CANCELLED not in finals and finals.count(Stage.FAILED) == 1
    assert len(vault.list_captures(case.id)) == 1
