"""Requests run beside the work: one background thread per TSA, never inside a write transaction.

`after_seal` (registered in evidence_app.after_seal) writes a `pending` row per configured TSA in
a short transaction of its own and wakes the workers; each worker asks its TSA for every pending
capture in turn, records the outcome (with a custody event when a token is granted or refused)
and stops at the first "unreachable", leaving the rest pending for the next seal, the next start
(`resume`) or `evidence-app timestamp`. Threads are daemons: a process that exits leaves its
unanswered requests pending, never half-written.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from evidence_app.errors import TimestampRejected, TimestampUnavailable, content_free
from evidence_app.integrity.timestamps import store
from evidence_app.integrity.timestamps.config import TsaConfig, load_config, tsa_name
from evidence_app.integrity.timestamps.store import Attempt, Status
from evidence_app.integrity.timestamps.tables import TABLE
from evidence_app.integrity.timestamps.tsa import Token, request_token
from evidence_app.vault.custody import append_event
from evidence_app.vault.models import CaptureInfo, utc_now
from evidence_app.vault.store import Vault
from evidence_app.vocab import Action

log = logging.getLogger(__name__)

_QUEUE = ""  # the key of the thread that writes pending rows (the others are keyed by URL)
WaitProgress = Callable[[int], None]  # called with the number of TSA requests still running


@dataclass(frozen=True)
class Outcome:
    """What one request of this run came to."""

    capture_id: str
    tsa: str
    status: str  # granted | failed | pending (unreachable)
    error: str | None = None


class TimestampService:
    """The background requests of one open vault."""

    def __init__(self, vault: Vault, config: TsaConfig | None = None) -> None:
        self._vault = weakref.ref(vault)
        self.config = config or load_config()
        self._lock = threading.Lock()
        self._workers: dict[str, threading.Thread] = {}
        self._wake: set[str] = set()
        self.outcomes: list[Outcome] = []
        self._sealed: list[str] = []  # sealed captures whose pending rows are not written yet
        # Called from a worker thread after each answer is recorded (the GUI re-emits a signal).
        self.listeners: list[Callable[[Outcome], None]] = []

    def recorded(self) -> list[Outcome]:
        with self._lock:
            return list(self.outcomes)

    def add_listener(self, fn: Callable[[Outcome], None]) -> None:
        with self._lock:
            self.listeners.append(fn)

    # --- queueing ---------------------------------------------------------------------------

    def queue_capture(self, capture_id: str) -> list[Attempt]:
        """Write a pending row per configured TSA for a sealed capture (one short transaction)."""
        vault = self._vault()
        if vault is None or not self.config.enabled:
            return []
        with vault.transaction() as conn:
            sealing = store.sealing_event(conn, capture_id)
            if sealing is None:
                raise ValueError("a capture without a sealing event cannot be timestamped")
            text = store.digest_input(capture_id, sealing, store.chain_head(conn))
            return [store.insert(conn, capture_id=capture_id, tsa_url=url,
                                 status=Status.PENDING, text=text) for url in self.config.urls]

    def queue_unasked(self) -> int:
        """Queue every capture no TSA was ever asked about (sealed while timestamps were off,
        or before this version); its token will carry the later time honestly. How many."""
        vault = self._vault()
        if vault is None or not self.config.enabled:
            return 0
        ids = [r[0] for r in vault.query(
            f"SELECT id FROM captures WHERE id NOT IN (SELECT capture_id FROM {TABLE}) "
            "ORDER BY sealed_at")]
        for capture_id in ids:
            self.queue_capture(capture_id)
        return len(ids)

    def submit(self, capture_id: str) -> None:
        """Queue a newly sealed capture in the background: its pending rows, then the requests.

        The sealing thread writes nothing: a process that dies before the rows are written
        leaves a capture no TSA was asked about, which `evidence-app timestamp` queues.
        """
        with self._lock:
            self._sealed.append(capture_id)
            worker = self._workers.get(_QUEUE)
            if worker is None or not worker.is_alive():
                worker = threading.Thread(target=self._queue_sealed, daemon=True,
                                          name="tsa-queue")
                self._workers[_QUEUE] = worker
                worker.start()

    def _queue_sealed(self) -> None:
        while True:
            with self._lock:
                if not self._sealed:
                    self._workers.pop(_QUEUE, None)
                    return
                batch, self._sealed = self._sealed, []
            try:
                for capture_id in batch:
                    self.queue_capture(capture_id)
                self.kick()
            except Exception as e:  # noqa: BLE001 - a worker must never die silently
                log.error("timestamp queue failed: %s", content_free(e))

    def pending(self) -> list[Attempt]:
        """Every (capture, TSA) still pending with a configured TSA, oldest first."""
        vault = self._vault()
        if vault is None:
            return []
        return [a for a in store.read_pending(vault) if a.tsa_url in self.config.urls]

    def kick(self) -> int:
        """Start (or wake) a worker for every TSA with pending requests; returns their number."""
        urls = {a.tsa_url for a in self.pending()}
        with self._lock:
            for url in urls:
                self._wake.add(url)
                worker = self._workers.get(url)
                if worker is None or not worker.is_alive():
                    worker = threading.Thread(target=self._run, args=(url,), daemon=True,
                                              name=f"tsa-{tsa_name(url)}")
                    self._workers[url] = worker
                    worker.start()
        return len(urls)

    # --- the worker -------------------------------------------------------------------------

    def _run(self, url: str) -> None:
        while True:
            with self._lock:
                if url not in self._wake:
                    self._workers.pop(url, None)
                    return
                self._wake.discard(url)
            try:
                for attempt in [a for a in self.pending() if a.tsa_url == url]:
                    if not self._attempt(attempt):
                        break  # unreachable: the rest wait for the next kick
            except Exception as e:  # noqa: BLE001 - a worker must never die silently
                log.error("timestamp worker failed: %s", content_free(e))

    def _attempt(self, a: Attempt) -> bool:
        """Ask once; record the outcome. False when the TSA could not be reached."""
        vault = self._vault()
        if vault is None:
            return False
        sent = time.monotonic()
        try:
            token = request_token(a.tsa_url, a.message, self.config)
        except TimestampUnavailable as e:
            self._record(vault, a, Status.PENDING, error=e.message)
            return False
        except TimestampRejected as e:
            self._record(vault, a, Status.FAILED, error=e.message)
            return True
        # Local clock at the middle of the exchange, against the TSA's signed time.
        local = utc_now().timestamp() - (time.monotonic() - sent) / 2
        self._record(vault, a, Status.GRANTED, token=token,
                     skew=token.gen_time.timestamp() - local)
        return True

    def _record(self, vault: Vault, a: Attempt, status: Status, *, error: str | None = None,
                token: Token | None = None, skew: float | None = None) -> None:
        with vault.transaction() as conn:
            # Another worker or process may have settled this pair meanwhile: never stamp twice.
            now = [r for r in store.current(store.rows(conn, a.capture_id))
                   if r.tsa_url == a.tsa_url]
            if now and now[0].status != Status.PENDING:
                return
            row = store.insert(
                conn, capture_id=a.capture_id, tsa_url=a.tsa_url, status=status,
                text=a.digest_input, error=error,
                token=token.tsr if token else None, chain_pem=token.chain_pem if token else None,
                tsa_time=token.gen_time if token else None,
                serial=token.serial if token else None, clock_skew_s=skew)
            case_id = conn.execute("SELECT case_id FROM captures WHERE id = ?",
                                   (a.capture_id,)).fetchone()[0]
            if status == Status.GRANTED and token is not None:
                append_event(conn, vault.operator, Action.TIMESTAMPED, case_id=case_id,
                             capture_id=a.capture_id, details={
                                 "tsa": a.tsa, "tsa_url": a.tsa_url, "attempt_id": row.id,
                                 "tsa_time": row.tsa_time, "serial": row.serial,
                                 "digest_sha256": row.digest_sha256,
                                 "token_sha256": hashlib.sha256(token.tsr).hexdigest(),
                                 "clock_skew_s": row.clock_skew_s,
                                 "clock_warning": row.clock_warning})
            elif status == Status.FAILED:
                append_event(conn, vault.operator, Action.TIMESTAMP_FAILED, case_id=case_id,
                             capture_id=a.capture_id, details={
                                 "tsa": a.tsa, "tsa_url": a.tsa_url, "attempt_id": row.id,
                                 "digest_sha256": row.digest_sha256, "reason": error})
        outcome = Outcome(a.capture_id, a.tsa, str(status), error)
        with self._lock:
            self.outcomes.append(outcome)
            listeners = list(self.listeners)
        for listener in listeners:
            try:
                listener(outcome)
            except Exception as e:  # noqa: BLE001 - a listener never stops the worker
                log.error("timestamp listener failed: %s", content_free(e))
        if row.clock_warning:
            log.warning("a TSA's time differs from this computer's clock by %.0f s",
                        row.clock_skew_s or 0.0)

    # --- waiting ----------------------------------------------------------------------------

    def running(self) -> int:
        with self._lock:
            return sum(1 for w in self._workers.values() if w.is_alive())

    def wait(self, timeout_s: float, progress: WaitProgress | None = None) -> bool:
        """Wait (bounded) for the running requests; True when none is left running."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._lock:
                workers = [w for w in self._workers.values() if w.is_alive()]
            if not workers:
                return True
            if progress is not None:
                progress(len(workers))
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            workers[0].join(min(left, 0.5))


_SERVICES: weakref.WeakKeyDictionary[Vault, TimestampService] = weakref.WeakKeyDictionary()
_SERVICES_LOCK = threading.Lock()


def service_for(vault: Vault, config: TsaConfig | None = None) -> TimestampService:
    """The vault's timestamp service (made on first use, with the configuration in force)."""
    with _SERVICES_LOCK:
        svc = _SERVICES.get(vault)
        if svc is None or config is not None:
            svc = TimestampService(vault, config)
            _SERVICES[vault] = svc
        return svc


def after_seal(vault: Vault, capture: CaptureInfo) -> None:
    """The after-seal step: hand the capture to the background (nothing waits on the vault)."""
    svc = service_for(vault)
    if svc.config.enabled:
        svc.submit(capture.id)
