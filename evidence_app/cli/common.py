"""What every CLI command shares: secrets input, opening the vault, output and progress."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar

from evidence_app.errors import UsageError
from evidence_app.paths import default_vault_path
from evidence_app.units import human_size
from evidence_app.vault import Operator, Vault

PASSPHRASE_ENV = "EVIDENCE_APP_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
NEW_PASSPHRASE_ENV = "EVIDENCE_APP_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "EVIDENCE_APP_RECOVERY_KEY"
OPERATOR_ENV = "EVIDENCE_APP_OPERATOR"


def read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"Cannot read the {what} file {path}: {e.strerror or e}.") from e
    # Only the line ending is removed: spaces inside a passphrase are part of it.
    first = text.splitlines()[0] if text else ""
    if not first:
        raise UsageError(f"The {what} file {path} is empty.")
    return first


def _prompt(label: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError(f"No {label} given. Use --passphrase-file FILE or set {PASSPHRASE_ENV} "
                         "(or run in a terminal to be asked).")
    first = getpass.getpass(f"{label.capitalize()}: ")
    if confirm and getpass.getpass(f"Repeat the {label}: ") != first:
        raise UsageError(f"The two {label}s differ; nothing was changed.")
    return first


def passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    """The vault passphrase: --passphrase-file, else the environment, else a prompt."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    return _prompt("vault passphrase", confirm)


def new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase for passwd/recover: --new-passphrase-file, env, or asked twice."""
    if getattr(args, "new_passphrase_file", None):
        return read_secret_file(args.new_passphrase_file, "new passphrase")
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return env
    return _prompt("new vault passphrase", True)


def recovery_key(args: argparse.Namespace) -> str:
    if getattr(args, "recovery_key_file", None):
        return read_secret_file(args.recovery_key_file, "recovery key")
    env = os.environ.get(RECOVERY_KEY_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UsageError(f"No recovery key given. Use --recovery-key-file FILE or set "
                         f"{RECOVERY_KEY_ENV}.")
    return getpass.getpass("Recovery key: ")


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def operator(args: argparse.Namespace) -> Operator:
    return Operator.current(args.operator or os.environ.get(OPERATOR_ENV))


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault with the after-seal steps installed."""
    from evidence_app import after_seal

    vault = after_seal.install(Vault.open(vault_path(args), passphrase(args), operator(args)))
    if not getattr(args, "quiet", False):
        vault.on_write_wait = _say_waiting
    return vault


def _say_waiting(waited_s: float) -> None:
    sys.stderr.write(f"waiting for another window or command that is writing to the vault "
                     f"({waited_s:.0f} s)\n")
    sys.stderr.flush()


def emit(args: argparse.Namespace, doc: dict[str, Any], human: str) -> None:
    """Print the result: one JSON document with --json, else the human text."""
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
        sys.stdout.write("\n")
    elif human:
        sys.stdout.write(human.rstrip("\n") + "\n")
    sys.stdout.flush()


class ProgressPrinter:
    """Progress on stderr: a live line on a terminal, a line every 10% otherwise."""

    def __init__(self, label: str, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.label = label
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last_step = -1
        self._last_time = 0.0
        self._done = 0

    def advance(self, n: int, total: int) -> None:
        """Count `n` more bytes done (for streams that report increments)."""
        self._done += n
        self(self._done, total)

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total <= 0:
            return
        pct = min(100, done * 100 // total)
        if self.tty:
            now = time.monotonic()
            if now - self._last_time < 0.1 and pct < 100:
                return
            self._last_time = now
            self.stream.write(f"\r{self.label}: {pct:3d}% ({human_size(done)} of "
                              f"{human_size(total)})")
            if pct >= 100:
                self.stream.write("\n")
        else:
            step = pct // 10
            if step == self._last_step:
                return
            self._last_step = step
            self.stream.write(f"{self.label}: {pct}%\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        if not self.quiet:
            self.stream.write(text.rstrip("\n") + "\n")
            self.stream.flush()



T = TypeVar("T")


def run_interruptibly(work: Callable[[threading.Event], T], cancel: threading.Event, *,
                      name: str, cancelling: str) -> T:
    """Run `work(cancel)` on a worker thread. Ctrl+C sets `cancel`, says `cancelling` on
    stderr and waits for the work to wind down (what it finished stays); its error is re-raised
    here. Long batches (capture, re-check) run this way so an interrupt never tears a seal."""
    box: dict[str, Any] = {}
    finished = threading.Event()  # not Thread.join: an interrupted join can misreport the thread

    def run() -> None:
        try:
            box["result"] = work(cancel)
        except BaseException as e:  # noqa: BLE001 - re-raised in the main thread
            box["error"] = e
        finally:
            finished.set()

    worker = threading.Thread(target=run, name=name)
    worker.start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        sys.stderr.write(cancelling.rstrip("\n") + "\n")
        cancel.set()
        while not finished.is_set():
            try:
                finished.wait(0.5)
            except KeyboardInterrupt:
                continue
    worker.join()
    if "error" in box:
        raise box["error"]
    result: T = box["result"]
    return result
