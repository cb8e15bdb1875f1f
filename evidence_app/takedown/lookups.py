"""RDAP look-ups for locations, each recorded as a step (what was asked, when, and the answer)."""

from __future__ import annotations

import logging

from evidence_app.takedown import rdap, store
from evidence_app.takedown.locations import Location
from evidence_app.vault import Vault
from evidence_app.vocab import StepKind

log = logging.getLogger(__name__)


def lookup_locations(vault: Vault, locations: list[Location],
                     client: rdap.RdapClient | None = None) -> list[tuple[Location, rdap.Lookup]]:
    """Look up each distinct host once and record one step per location (offline: `later`)."""
    client = client or rdap.RdapClient()
    by_host: dict[str, rdap.Lookup] = {}
    out = []
    for loc in locations:
        if loc.host not in by_host:
            by_host[loc.host] = rdap.lookup(loc.host, client)
        out.append((loc, by_host[loc.host]))
    store.append_steps(vault, [
        store.Step(case_id=loc.case_id, location_id=loc.id, kind=StepKind.LOOKUP,
                   at=lk.asked_at, status="later" if lk.later else "answered",
                   details=lk.as_dict()) for loc, lk in out])
    return out
