"""Trusted time: RFC 3161 tokens for every sealed capture and every exhibit bundle.

The core API the CLI and the GUI call (everything else is internal):

- `after_seal(vault, capture)`: the after-seal step (queued, requested in the background).
- `resume(vault)`: on app start or unlock, ask again for every pending token (background).
- `request_pending(vault, ...)`: ask now and wait (bounded); the outcomes of this run.
- `capture_timestamps(vault, capture_id)`: where each TSA stands for a capture (granted with its
  time and serial, pending, failed with the reason), for display.
- `wait(vault, ...)`: before closing a vault, let running requests finish (bounded).
- `reload(vault)`: after the TSA list changed in Settings, use the new list from now on.
- `on_outcome(vault, fn)`: `fn(Outcome)` after each answer is recorded, called from a worker
  thread (the GUI re-emits it as a signal and refreshes the capture's row).

See store.py for exactly what is stamped, and docs in VERIFY.txt for checking with openssl.
"""

from __future__ import annotations

from collections.abc import Callable

from evidence_app.integrity.timestamps.config import TsaConfig, load_config
from evidence_app.integrity.timestamps.service import Outcome, after_seal, service_for
from evidence_app.integrity.timestamps.store import Attempt, Status, current, read_rows
from evidence_app.vault.store import Vault

__all__ = ["Attempt", "Outcome", "Status", "TsaConfig", "after_seal", "capture_timestamps",
           "load_config", "on_outcome", "outcomes", "reload", "request_pending", "resume",
           "retry_failed", "wait"]


def resume(vault: Vault) -> int:
    """Ask again, in the background, for every pending token; the number of TSAs being asked."""
    return service_for(vault).kick()


def wait(vault: Vault, timeout_s: float, progress: Callable[[int], None] | None = None) -> bool:
    """Wait up to `timeout_s` for running requests; True when none is left running."""
    return service_for(vault).wait(timeout_s, progress)


def outcomes(vault: Vault) -> list[Outcome]:
    """Every answer recorded by this process for this vault, in order."""
    return service_for(vault).recorded()


def reload(vault: Vault) -> TsaConfig:
    """Read the TSA configuration again (after Settings changed it); returns it."""
    svc = service_for(vault)
    svc.config = load_config()
    return svc.config


def on_outcome(vault: Vault, fn: Callable[[Outcome], None]) -> None:
    """Call `fn` (from a worker thread) after each TSA answer for this vault is recorded."""
    service_for(vault).add_listener(fn)


def capture_timestamps(vault: Vault, capture_id: str) -> list[Attempt]:
    """One row per TSA asked for this capture: where it stands now."""
    return current(read_rows(vault, capture_id))


def retry_failed(vault: Vault) -> int:
    """Queue again every (capture, TSA) whose last answer failed verification; how many."""
    svc = service_for(vault)
    failed = [a for a in current(read_rows(vault))
              if a.status == Status.FAILED and a.tsa_url in svc.config.urls]
    from evidence_app.integrity.timestamps import store

    with vault.transaction() as conn:
        for a in failed:
            store.insert(conn, capture_id=a.capture_id, tsa_url=a.tsa_url,
                         status=Status.PENDING, text=a.digest_input)
    return len(failed)


def request_pending(vault: Vault, timeout_s: float,
                    progress: Callable[[int], None] | None = None) -> tuple[list[Outcome], bool]:
    """Ask every TSA now for its pending tokens (and for captures never asked about) and wait;
    (outcomes of this run, all done)."""
    svc = service_for(vault)
    svc.queue_unasked()
    start = len(svc.outcomes)
    svc.kick()
    done = svc.wait(timeout_s, progress)
    return list(svc.outcomes[start:]), done
