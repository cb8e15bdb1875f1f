"""The overview across cases: open, overdue, reappeared; per category and platform, how many
locations were reported and removed, and the median days to removal.

The CSV holds counts only: no URL, host, case, reference or name.
"""

from __future__ import annotations

import csv
import io
import logging
import statistics
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from evidence_app.takedown import store
from evidence_app.takedown.locations import case_locations
from evidence_app.takedown.platforms import PlatformBook
from evidence_app.takedown.status import LocationState, derive
from evidence_app.vault import Vault
from evidence_app.vault.models import parse_utc
from evidence_app.vocab import TakedownStatus

log = logging.getLogger(__name__)

CSV_COLUMNS = ("group", "key", "locations", "reported", "removed", "share_removed",
               "median_days_to_removal")


@dataclass
class Row:
    """Counts for one category or platform."""

    group: str  # "category" or "platform"
    key: str
    locations: int = 0
    reported: int = 0
    removed: int = 0  # among the reported
    days: list[float] = field(default_factory=list)

    @property
    def share_removed(self) -> float | None:
        return round(self.removed / self.reported, 3) if self.reported else None

    @property
    def median_days(self) -> float | None:
        return round(statistics.median(self.days), 1) if self.days else None

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "key": self.key, "locations": self.locations,
                "reported": self.reported, "removed": self.removed,
                "share_removed": self.share_removed,
                "median_days_to_removal": self.median_days}


@dataclass
class Overview:
    locations: int = 0
    reported: int = 0
    open: int = 0  # reported and not removed
    overdue: int = 0
    reappeared: int = 0
    removed: int = 0
    rows: list[Row] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k != "rows"}
        d["rows"] = [r.as_dict() for r in self.rows]
        return d

    def csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        w.writerow(["total", "all", self.locations, self.reported, self.removed,
                    "" if not self.reported else round(self.removed / self.reported, 3),
                    _fmt(_median([d for r in self.rows if r.group == "category"
                                  for d in r.days]))])
        for r in self.rows:
            w.writerow([r.group, r.key, r.locations, r.reported, r.removed,
                        "" if r.share_removed is None else r.share_removed,
                        _fmt(r.median_days)])
        return buf.getvalue()


def _median(days: list[float]) -> float | None:
    return round(statistics.median(days), 1) if days else None


def _fmt(v: float | None) -> str:
    return "" if v is None else f"{v:g}"


def states(vault: Vault, book: PlatformBook, now: datetime,
           case_ids: list[str] | None = None) -> list[LocationState]:
    """Every location's derived state, for the given cases or all of them."""
    out: list[LocationState] = []
    for case_id in case_ids or [c.id for c in vault.list_cases()]:
        steps = store.steps(vault, case_id)
        out += [derive(loc, steps, now) for loc in case_locations(vault, case_id, book, steps)]
    return out


def overview(all_states: list[LocationState]) -> Overview:
    """Counts over the given location states."""
    ov = Overview()
    rows: dict[tuple[str, str], Row] = {}
    for st in all_states:
        reported = st.reported
        removed = reported and st.status == TakedownStatus.REMOVED
        ov.locations += 1
        ov.reported += reported
        ov.removed += removed
        ov.open += reported and not removed
        ov.overdue += st.overdue
        ov.reappeared += st.status == TakedownStatus.REAPPEARED
        days = None
        if removed and st.removed_at and st.requests:
            first = min(r.at for r in st.requests)
            days = max(0.0, (parse_utc(st.removed_at) - parse_utc(first)).total_seconds()
                       / 86400)
        for group, key in (("category", str(st.location.category)),
                           ("platform", st.location.platform.id)):
            row = rows.setdefault((group, key), Row(group, key))
            row.locations += 1
            row.reported += reported
            row.removed += removed
            if days is not None:
                row.days.append(days)
    ov.rows = sorted(rows.values(), key=lambda r: (r.group, r.key))
    return ov
