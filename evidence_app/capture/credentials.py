"""Keeping session credentials out of the evidence: header values replaced by a marker.

A captured archive that holds the caseworker's cookies would hand the account to anyone who
receives the bundle (the reason Harvard's Scoop refuses logged-in capture). The names of the
headers stay, so the record shows that a credential was sent; only the values are replaced.
"""

from __future__ import annotations

from typing import Any

from evidence_app.messages import Notice

REDACTED = "[removed by evidence-app: session credential]"
# Request headers that carry credentials, and response headers that set them.
CREDENTIAL_HEADERS = frozenset({"cookie", "authorization", "proxy-authorization", "set-cookie",
                                "set-cookie2"})
REDACTION_NOTE = ("Session credentials removed from the evidence: the values of the Cookie, "
                  "Authorization and Proxy-Authorization request headers and of the Set-Cookie "
                  "response headers are replaced by \"" + REDACTED + "\" in the web archive "
                  "(WACZ) and headers.json; the header names are kept.")


def is_credential(name: str) -> bool:
    return name.lower() in CREDENTIAL_HEADERS


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    """A copy of `headers` with every credential value replaced by the marker."""
    return {k: (REDACTED if is_credential(k) else v) for k, v in headers.items()}


def count_credentials(exchanges: list[Any]) -> int:
    """How many credential headers the capture's exchanges carried (for the record)."""
    n = 0
    for ex in exchanges:
        for headers in (ex.request_headers, ex.response_headers):
            n += sum(1 for k in headers if is_credential(k))
    return n


def session_values(storage_state: dict[str, Any] | None) -> list[str]:
    """The secret values of a stored session, to check that none reached an artifact."""
    if not storage_state:
        return []
    values = [str(c.get("value", "")) for c in storage_state.get("cookies", [])]
    for origin in storage_state.get("origins", []):
        values += [str(i.get("value", "")) for i in origin.get("localStorage", [])]
    # Short values ("1", "en") are not secrets and would match everywhere.
    return sorted({v for v in values if len(v) >= 12})


def leaked_into(data: bytes, secrets: list[str]) -> bool:
    """Whether any secret value appears in `data` (as UTF-8 or UTF-16)."""
    for s in secrets:
        if s.encode("utf-8") in data or s.encode("utf-16-le") in data:
            return True
    return False


def leak_warnings(storage_state: dict[str, Any] | None, artifacts: list[Any],
                  exchanges: list[Any]) -> list[Notice]:
    """A warning when the page's own content carries a value of the session (e.g. a token the
    site writes into its HTML): headers can be cleaned, page content cannot without altering
    the evidence, so the caseworker is told."""
    secrets = session_values(storage_state)
    if not secrets:
        return []
    where = sorted({a.name for a in artifacts if leaked_into(a.data, secrets)}
                   | {"web archive (a response body)" for ex in exchanges
                      if ex.body and leaked_into(ex.body, secrets)})
    if not where:
        return []
    return [Notice("capture.session_in_content", {"where": ", ".join(where[:5])})]


class CredentialHeaders:
    """Which credential headers each request really carried, from the browser's raw headers.

    DevTools' ordinary events leave out Cookie and Set-Cookie (the network stack adds them
    later); the "ExtraInfo" events carry them. Only the header names are kept here (the values
    are never stored), and `archived()` puts them back into copies of the exchanges with the
    marker as value, so the archive shows that the session was sent, and never the session.
    """

    def __init__(self) -> None:
        self.sent: dict[str, list[set[str]]] = {}  # request id -> names, one set per hop
        self.received: dict[str, list[set[str]]] = {}

    def attach(self, cdp: Any) -> None:
        cdp.on("Network.requestWillBeSentExtraInfo", self._on_request)
        cdp.on("Network.responseReceivedExtraInfo", self._on_response)

    @staticmethod
    def _names(ev: dict[str, Any]) -> set[str]:
        return {str(k) for k in (ev.get("headers") or {}) if is_credential(str(k))}

    def _on_request(self, ev: dict[str, Any]) -> None:
        self.sent.setdefault(str(ev.get("requestId")), []).append(self._names(ev))

    def _on_response(self, ev: dict[str, Any]) -> None:
        self.received.setdefault(str(ev.get("requestId")), []).append(self._names(ev))

    def archived(self, exchanges: list[Any]) -> list[Any]:
        """Copies of `exchanges` with each hop's credential headers added as the marker."""
        import dataclasses

        hops: dict[str, int] = {}
        for ex in exchanges:
            hops[ex.request_id] = hops.get(ex.request_id, 0) + 1
        seen: dict[str, int] = {}
        out = []
        for ex in exchanges:
            k = seen.get(ex.request_id, 0)
            seen[ex.request_id] = k + 1
            req, resp = dict(ex.request_headers), dict(ex.response_headers)
            for names, headers in ((self.sent.get(ex.request_id, []), req),
                                   (self.received.get(ex.request_id, []), resp)):
                # Aligned on the last hops: earlier ones may have been dropped (assisted capture)
                i = k + len(names) - hops[ex.request_id]
                present = {h.lower() for h in headers}
                for name in sorted(names[i]) if 0 <= i < len(names) else []:
                    if name.lower() not in present:
                        headers[name] = REDACTED
            out.append(dataclasses.replace(ex, request_headers=req, response_headers=resp))
        return out
