"""Take-down records without a browser: locations added by hand, requests, responses, overdue,
the overview and its CSV, drafts, RDAP look-ups against a local server, bad input."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from evidence_app.cli import main
from evidence_app.errors import ImmutableEvidence, TakedownNotReported, UsageError
from evidence_app.takedown import platforms, store
from evidence_app.takedown.locations import add_location, case_locations
from evidence_app.takedown.lookups import lookup_locations
from evidence_app.takedown.rdap import RdapClient
from evidence_app.takedown.requests import draft, mark_sent, record_draft, record_response
from evidence_app.takedown.stats import overview, states
from evidence_app.takedown.status import derive
from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault
from evidence_app.vocab import Action, StepKind

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def book():
    return platforms.load()


def add(vault, book, case_id, url, note=None):
    loc, created = add_location(vault, book, case_id, url, note)
    assert created
    return loc


# --- the CLI contract ----------------------------------------------------------------------------

@pytest.fixture
def cli(vault_path, operator, monkeypatch, capsys):
    v, _ = Vault.create(vault_path, PASSPHRASE, operator)
    v.create_case("Take-down case", ref="TD-1", exhibit_prefix="TD")
    v.close()
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EVIDENCE_APP_OPERATOR", "Case Worker")

    def run(*args: str) -> tuple[int, dict, str]:
        code = main(["--vault", str(vault_path), *args, "--json"])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err
    return run


def test_cli_add_sent_response_list(cli, vault_path, operator):
    code, doc, _ = cli("takedown", "add", "--case", "TD-1",
                       "https://www.pornhub.com/view_video.php?viewkey=abc", "--note", "from a "
                       "friend")
    assert code == 0 and doc["created"]
    lid = doc["location"]["id"]
    assert doc["location"]["platform"] == "aylo" and doc["location"]["category"] == "porn-site"
    # Adding the same URL again keeps the one location.
    code, again, _ = cli("takedown", "add", "--case", "TD-1",
                         "https://www.pornhub.com/view_video.php?viewkey=abc")
    assert code == 0 and not again["created"] and again["location"]["id"] == lid

    code, doc, _ = cli("takedown", "sent", lid[:6], "--route", "aylo-trusted-flagger", "--ref",
                       "TF-77", "--at", "2026-11-25T10:00+08:00")
    assert code == 0 and doc["sent_at"] == "2026-11-25T02:00:00.000000Z"
    assert doc["due_at"] == "2026-11-26T02:00:00.000000Z"  # the route's 24 hours
    code, doc, _ = cli("takedown", "response", lid[:6], "--outcome", "acknowledged", "--ref",
                       "TF-77")
    assert code == 0 and doc["outcome"] == "acknowledged"

    code, doc, _ = cli("takedown", "list", "--case", "TD-1")
    assert code == 0
    [loc] = doc["locations"]
    assert {"id", "url", "host", "platform", "category", "status", "requests",
            "routes"} <= set(loc)
    assert loc["host"] == "www.pornhub.com" and loc["status"] == "acknowledged"
    assert loc["overdue"]  # due 26 Nov, only acknowledged since
    assert "aylo-trusted-flagger" in loc["routes"] and "other" in loc["routes"]
    assert "stopncii" in loc["routes"]
    [req] = loc["requests"]
    assert req["route"] == "aylo-trusted-flagger" and req["ref"] == "TF-77"
    assert [r["outcome"] for r in req["responses"]] == ["acknowledged"]

    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        actions = [e.action for e in v.custody_events()]
        assert actions[-3:] == [Action.TAKEDOWN_LOCATION_ADDED, Action.TAKEDOWN_SENT,
                                Action.TAKEDOWN_RESPONSE]
        assert v.custody_events()[-1].operator == "Case Worker"
        assert verify_vault(v).ok


def test_cli_bad_input_is_a_usage_error(cli):
    code, doc, err = cli("takedown", "response", "abcd1234", "--outcome", "removed")
    assert code == 2 and "No location matches" in doc["error"] and "Traceback" not in err
    _, added, _ = cli("takedown", "add", "--case", "TD-1", "https://lihkg.com/thread/1")
    lid = added["location"]["id"]
    code, doc, _ = cli("takedown", "response", lid, "--outcome", "removed")
    assert code == 2 and "never reported" in doc["error"]
    code, doc, _ = cli("takedown", "sent", lid, "--route", "google-ncii")
    assert code == 2 and "not for LIHKG" in doc["error"] and "lihkg-report" in doc["error"]
    code, doc, _ = cli("takedown", "sent", lid, "--route", "no-such-route")
    assert code == 2 and "no-such-route" in doc["error"]
    code, doc, _ = cli("takedown", "sent", lid, "--route", "other")
    assert code == 2 and "--note" in doc["error"]
    code, doc, _ = cli("takedown", "sent", lid, "--route", "other", "--note", "phoned the "
                       "forum admin", "--at", "2026-11-25 10:00")
    assert code == 2 and "zone" in doc["error"]
    code, doc, _ = cli("takedown", "sent", lid, "--route", "other", "--note", "phoned the forum "
                       "admin")
    assert code == 0 and doc["route"] == "other"
    code, doc, _ = cli("takedown", "add", "--case", "TD-1", "file:///etc/passwd")
    assert code == 2


def test_cli_data_file_error_names_the_line(cli, tmp_path, monkeypatch):
    bad = tmp_path / "platforms.toml"
    text = platforms.default_path().read_text(encoding="utf-8")
    # A route kind the app does not know, in the third [[platforms.routes]] table.
    lines = text.splitlines()
    route_lines = [i for i, ln in enumerate(lines) if ln.strip() == "[[platforms.routes]]"]
    kind_line = next(i for i in range(route_lines[2], len(lines)) if "kind =" in lines[i])
    lines[kind_line] = '  kind = "fax"'
    bad.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setenv(platforms.PLATFORMS_ENV, str(bad))
    code, doc, _ = cli("takedown", "list", "--case", "TD-1")
    assert code == 2
    assert str(bad) in doc["error"] and f"line {route_lines[2] + 1}:" in doc["error"]
    assert "'fax'" in doc["error"]

    bad.write_text('format_version = 1\n[[platforms]]\nid = "a"\nname = "A\n', encoding="utf-8")
    code, doc, _ = cli("takedown", "list", "--case", "TD-1")
    assert code == 2 and "line 4" in doc["error"] and str(bad) in doc["error"]


def test_data_file_semantic_errors(tmp_path):
    def load(text: str) -> str:
        p = tmp_path / "p.toml"
        p.write_text(text, encoding="utf-8")
        with pytest.raises(Exception) as e:
            platforms.load(p)
        return str(e.value)

    head = "format_version = 1\n\n"
    plat = '[[platforms]]\nid = "{id}"\nname = "N"\ncategory = "{cat}"\n'
    assert "line 3" in load(head + plat.format(id="a", cat="blog"))
    msg = load(head + plat.format(id="a", cat="forum") + "\n" + plat.format(id="a", cat="forum"))
    assert "line 8" in msg and "used twice" in msg
    assert "format_version" in load(plat.format(id="a", cat="forum"))


# --- derived status, overdue, overview -----------------------------------------------------------

def test_status_is_derived_and_overdue_follows_the_clock(vault, case, book):
    loc = add(vault, book, case.id, "https://x.com/someone/status/1")
    [sent] = mark_sent(vault, book, [loc], "x-ncii", at="2026-11-02T00:00Z")
    assert sent.due_at == "2026-11-04T00:00:00.000000Z"
    steps = store.steps(vault, case.id)
    assert not derive(loc, steps, utc("2026-11-03T23:59Z")).overdue
    late = derive(loc, steps, utc("2026-11-04T00:01Z"))
    assert late.overdue and late.status == "reported"
    record_response(vault, loc, "info-requested", at="2026-11-05T00:00Z")
    answered = derive(loc, store.steps(vault, case.id), utc("2026-11-06T00:00Z"))
    assert not answered.overdue and answered.status == "info-requested"
    # Records are never edited: the database refuses.
    with pytest.raises(ImmutableEvidence):
        with vault._write() as conn:
            conn.execute("UPDATE takedown_steps SET outcome = 'removed'")
    with pytest.raises(ImmutableEvidence):
        with vault._write() as conn:
            conn.execute("DELETE FROM takedown_locations")


def test_response_needs_a_request(vault, case, book):
    loc = add(vault, book, case.id, "https://lihkg.com/thread/9")
    with pytest.raises(TakedownNotReported):
        record_response(vault, loc, "removed")
    with pytest.raises(UsageError):
        mark_sent(vault, book, [loc], "lihkg-report", at="2999-01-01T00:00Z")


def _seed(vault, book, case_a, case_b):
    l1 = add(vault, book, case_a, "https://www.pornhub.com/view_video.php?viewkey=1")
    l2 = add(vault, book, case_a, "https://www.xvideos.com/video123/x")
    l3 = add(vault, book, case_a, "https://x.com/u/status/3")
    add(vault, book, case_a, "https://www.google.com/search?q=name")
    l5 = add(vault, book, case_b, "https://www.pornhub.com/view_video.php?viewkey=5")
    mark_sent(vault, book, [l1, l2], "cloudflare-abuse", at="2026-11-01T00:00Z")
    mark_sent(vault, book, [l3], "x-ncii", at="2026-11-02T00:00Z")
    mark_sent(vault, book, [l5], "aylo-removal", at="2026-11-10T00:00Z", ref="PH-5")
    record_response(vault, l1, "removed", at="2026-11-03T00:00Z")
    # Re-check records as the re-check writes them (that path is tested with a real browser).
    store.append_steps(vault, [
        store.Step(case_id=case_a, location_id=l2.id, kind=StepKind.RECHECK,
                   at="2026-11-05T00:00:00.000000Z", status="removed",
                   details={"reason": "http-410"}),
    ])
    record_response(vault, l5, "removed", at="2026-11-11T00:00Z")
    store.append_steps(vault, [
        store.Step(case_id=case_b, location_id=l5.id, kind=StepKind.RECHECK,
                   at="2026-11-20T00:00:00.000000Z", status="online",
                   details={"reason": "media-present"}),
    ])


def test_overview_and_csv_on_a_seeded_vault(vault, book):
    a = vault.create_case("Case A", ref="A-1", exhibit_prefix="AA").id
    b = vault.create_case("Case B", ref="B-1", exhibit_prefix="BB").id
    _seed(vault, book, a, b)
    found = states(vault, book, NOW)
    by_url = {s.location.url: s for s in found}
    assert by_url["https://www.pornhub.com/view_video.php?viewkey=5"].status == "reappeared"
    assert by_url["https://www.xvideos.com/video123/x"].status == "removed"
    assert by_url["https://www.google.com/search?q=name"].status == "found"
    ov = overview(found)
    assert (ov.locations, ov.reported, ov.removed, ov.open, ov.overdue, ov.reappeared) == \
        (5, 4, 2, 2, 1, 1)
    assert ov.csv().splitlines() == [
        "group,key,locations,reported,removed,share_removed,median_days_to_removal",
        "total,all,5,4,2,0.5,3",
        "category,porn-site,3,3,2,0.667,3",
        "category,search-engine,1,0,0,,",
        "category,social-media,1,1,0,0.0,",
        "platform,aylo,2,2,1,0.5,2",
        "platform,google,1,0,0,,",
        "platform,x,1,1,0,0.0,",
        "platform,xvideos,1,1,1,1.0,4",
    ]
    text = ov.csv().lower()
    for personal in ("http", "pornhub.com", "x.com", "case a", "a-1", "ph-5", "viewkey"):
        assert personal not in text


def test_cli_stats_csv(cli, vault_path, operator, book):
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        b = v.create_case("Case B", ref="B-1", exhibit_prefix="BB").id
        _seed(v, book, v.get_case("TD-1").id, b)
    code, doc, _ = cli("takedown", "stats", "--csv")
    assert code == 0 and doc["reappeared"] == 1 and doc["removed"] == 2
    assert doc["csv"].splitlines()[1] == "total,all,5,4,2,0.5,3"


# --- drafts --------------------------------------------------------------------------------------

def test_draft_both_languages_never_names_the_survivor(vault, case, book):
    l1 = add(vault, book, case.id, "https://lihkg.com/thread/42")
    en = draft(book, [l1], lang="en", organisation="Example NGO")
    assert en.route.id == "lihkg-report"
    assert "https://lihkg.com/thread/42" in en.body and "159AAE" in en.body
    assert "Example NGO" in en.body and "DRAFT FOR LEGAL REVIEW" in en.body
    assert "name withheld" in en.body
    zh = draft(book, [l1], lang="zh-HK", organisation="Example NGO")
    assert "第159AAE條" in zh.body and "不披露姓名" in zh.body and zh.sha256 != en.sha256
    named = draft(book, [l1], lang="en", survivor_name="Chan Tai Man")
    assert "Chan Tai Man" in named.body and "name withheld" not in named.body
    record_draft(vault, zh, [l1])
    ev = vault.custody_events()[-1]
    assert ev.action == Action.TAKEDOWN_DRAFTED and ev.details["sha256"] == zh.sha256
    assert "Chan" not in json.dumps(ev.details)
    with pytest.raises(UsageError):
        draft(book, [l1], route_id="google-ncii")
    assert en.mailto is None  # a report button has no address to write to
    tg = add(vault, book, case.id, "https://t.me/somechannel/5")
    mail = draft(book, [tg], route_id="telegram-abuse-email")
    assert mail.mailto is not None and mail.mailto.startswith("mailto:abuse@telegram.org?subject=")
    assert "t.me%2Fsomechannel%2F5" in mail.mailto


# --- RDAP against a local server -----------------------------------------------------------------

RDAP_IP = {
    "objectClassName": "ip network", "handle": "NET-127-0-0-0-1", "name": "LOOPBACK-NET",
    "entities": [
        {"objectClassName": "entity", "roles": ["registrant"],
         "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
                                  ["fn", {}, "text", "Example Hosting Ltd"]]],
         "entities": [{"objectClassName": "entity", "roles": ["abuse"],
                       "vcardArray": ["vcard", [["fn", {}, "text", "Abuse desk"],
                                                ["email", {}, "text", "abuse@hosting.test"]]]}]},
    ],
}


@pytest.fixture
def rdap_server():
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):  # noqa: ANN002
            pass

        def do_GET(self):  # noqa: N802
            asked.append(self.path)
            if self.path == "/ip/127.0.0.1":
                body = json.dumps(RDAP_IP).encode()
                self.send_response(200)
            else:
                body = b'{"errorCode": 404}'
                self.send_response(404)
            self.send_header("Content-Type", "application/rdap+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", asked
    httpd.shutdown()
    httpd.server_close()


def test_rdap_lookup_is_recorded(vault, case, book, rdap_server):
    base, asked = rdap_server
    loc = add(vault, book, case.id, "http://127.0.0.1:9/post/1")
    [(_, lk)] = lookup_locations(vault, [loc], RdapClient(base, timeout_s=5))
    assert asked == ["/ip/127.0.0.1"]
    assert not lk.later and lk.abuse_emails == ("abuse@hosting.test",)
    assert lk.answers[0].holder == "Example Hosting Ltd"
    [step] = [s for s in store.steps(vault, case.id) if s.kind == StepKind.LOOKUP]
    assert step.status == "answered" and step.details["server"] == base
    assert vault.custody_events()[-1].action == Action.TAKEDOWN_LOOKUP
    assert RdapClient(base).query("domain", "nothing.test").http_status == 404


def test_rdap_offline_means_look_up_later(vault, case, book, tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    loc = add(vault, book, case.id, "http://127.0.0.1:9/post/2")
    [(_, lk)] = lookup_locations(vault, [loc], RdapClient(f"http://127.0.0.1:{port}",
                                                          timeout_s=3))
    assert lk.later and lk.answers and not lk.answers[0].ok
    [step] = [s for s in store.steps(vault, case.id) if s.kind == StepKind.LOOKUP]
    assert step.status == "later" and step.details["asked_at"]


def test_v1_vault_gains_the_takedown_tables(vault_path, operator, monkeypatch):
    from evidence_app.vault import schema

    original = list(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", original[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    v, _ = Vault.create(vault_path, PASSPHRASE, operator)
    case_id = v.create_case("Old case", ref="OLD-1").id
    v.close()
    monkeypatch.setattr(schema, "MIGRATIONS", original)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(original))
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        book = platforms.load()
        loc, created = add_location(v, book, case_id, "https://t.me/somechannel/12")
        assert created and loc.platform.id == "telegram" and loc.category == "messaging"
        assert [x.id for x in case_locations(v, case_id, book)] == [loc.id]
        assert verify_vault(v).ok


def test_shipped_data_file_loads(book):
    ids = {p.id for p in book.platforms}
    assert {"google", "bing", "meta-facebook", "meta-instagram", "x", "reddit", "tiktok",
            "youtube", "aylo", "xvideos", "telegram", "whatsapp", "lihkg", "discuss-hk",
            "baby-kingdom", "cloudflare", "stopncii", "take-it-down"} <= ids
    assert book.platform_for("m.facebook.com").id == "meta-facebook"
    assert book.platform_for("forum.baby-kingdom.com").category == "forum"
    assert book.platform_for("unknown.example").id == "unknown"
    assert book.route("aylo-trusted-flagger").kind == "trusted-flagger"
    assert Path(book.path).name == "platforms.toml"
