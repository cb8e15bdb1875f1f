"""Wrong-passphrase count kept across restarts, so closing the app does not skip the wait."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from evidence_app.paths import config_dir

log = logging.getLogger(__name__)

LOCKOUT_FILENAME = "unlock-attempts.json"


@dataclass
class LockoutState:
    failures: int = 0
    wait_until: float = 0.0  # time.time() before which no try is accepted

    def remaining_s(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        return max(0, int(round(self.wait_until - now)))


class LockoutStore:
    """A tiny JSON file next to the settings (a count and a time; nothing about any case)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / LOCKOUT_FILENAME)

    def load(self) -> LockoutState:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return LockoutState(failures=max(0, int(raw.get("failures", 0))),
                                wait_until=float(raw.get("wait_until", 0.0)))
        except FileNotFoundError:
            return LockoutState()
        except (OSError, ValueError, TypeError, AttributeError) as e:
            log.warning("unlock attempts file unreadable (%s)", type(e).__name__)
            return LockoutState()

    def save(self, state: LockoutState) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps({"failures": state.failures,
                                       "wait_until": state.wait_until}), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as e:
            log.warning("unlock attempts not saved (%s)", type(e).__name__)
