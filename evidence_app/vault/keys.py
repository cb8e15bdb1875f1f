"""Key handling: a random vault key, wrapped by the passphrase and by the recovery key.

The SQLCipher database is encrypted with a random 256-bit key that never changes. That key is
stored only wrapped (AES-256-GCM) in a small sidecar file beside the vault, once under a key derived
from the passphrase and once under a key derived from the recovery key (Argon2id, RFC 9106's
second recommended parameters). Changing the passphrase re-wraps 32 bytes and re-encrypts no
evidence.
"""

from __future__ import annotations

import base64
import errno
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from evidence_app.errors import (
    KeyFileMissing,
    VaultCorrupt,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)

log = logging.getLogger(__name__)

FORMAT = "evidence-app-keys"
FORMAT_VERSION = 1
MIN_PASSPHRASE_LEN = 10
# RFC 9106 section 4, second recommended option: t=3, p=4, m=64 MiB.
DEFAULT_KDF = {"name": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536}
# Crockford base32: no I, L, O, U, so a key read aloud or copied by hand survives.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 8  # 8 groups x 4 chars x 5 bits = 160 bits
MAX_KEY_FILE_BYTES = 64 * 1024  # a real one is under 1 KB


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def new_vault_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """A human-copyable 160-bit key: 8 groups of 4 Crockford base32 characters."""
    chars = [secrets.choice(_ALPHABET) for _ in range(4 * _RECOVERY_GROUPS)]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, len(chars), 4))


def normalise_recovery_key(text: str) -> str:
    """Forgive case, spaces, dashes and the look-alike letters people mistype."""
    t = text.upper().replace("-", "").replace(" ", "").strip()
    t = t.replace("O", "0").replace("I", "1").replace("L", "1")
    return t


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise WeakPassphrase()


# What a key file may ask of the KDF. The key file is read before anything is unlocked, so a
# damaged or planted one must not make us allocate terabytes or loop for hours: values outside
# these bounds (RFC 9106's strongest recommendation is 2 GiB, t=1, p=4) mean the file is damaged.
KDF_BOUNDS = {"iterations": (1, 32), "lanes": (1, 64), "memory_kib": (8, 2 * 1024 * 1024)}
_SALT_BYTES = (8, 64)


def _kdf_params(kdf: dict[str, Any], salt: bytes) -> dict[str, int]:
    """The KDF's numbers, checked against KDF_BOUNDS; VaultCorrupt when out of range."""
    params: dict[str, int] = {}
    for name, (low, high) in KDF_BOUNDS.items():
        value = kdf.get(name)
        if type(value) is not int or not low <= value <= high:
            raise VaultCorrupt("The vault key file is damaged (its key-derivation settings are "
                               "out of range); restore it from a backup.")
        params[name] = value
    if params["memory_kib"] < 8 * params["lanes"] or not (
            _SALT_BYTES[0] <= len(salt) <= _SALT_BYTES[1]):
        raise VaultCorrupt("The vault key file is damaged (its key-derivation settings are "
                           "out of range); restore it from a backup.")
    return params


def _derive(secret: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "argon2id":
        raise VaultCorrupt("The vault key file uses an unknown key derivation; "
                           "update evidence-app.")
    p = _kdf_params(kdf, salt)
    try:
        return Argon2id(salt=salt, length=32, iterations=p["iterations"], lanes=p["lanes"],
                        memory_cost=p["memory_kib"]).derive(secret)
    except MemoryError as e:
        raise VaultCorrupt("The vault key file asks for more memory than this computer has; "
                           "close other programs, or restore the key file from a backup.") from e


def _aad(vault_id: str, slot: str) -> bytes:
    return f"{FORMAT}/{FORMAT_VERSION}/{vault_id}/{slot}".encode()


def _wrap(vault_key: bytes, secret: bytes, vault_id: str, slot: str,
          kdf: dict[str, Any]) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, vault_key, _aad(vault_id, slot))
    return {"kdf": dict(kdf, salt=_b64(salt)), "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}


def _unwrap(slot_data: dict[str, Any], secret: bytes, vault_id: str, slot: str) -> bytes | None:
    try:
        kdf = slot_data["kdf"]
        kek = _derive(secret, _unb64(kdf["salt"]), kdf)
        return AESGCM(kek).decrypt(_unb64(slot_data["nonce"]), _unb64(slot_data["wrapped_key"]),
                                   _aad(vault_id, slot))
    except InvalidTag:
        return None
    except (KeyError, ValueError, TypeError, AttributeError) as e:
        raise VaultCorrupt("The vault key file is damaged; restore it from a backup.") from e


@dataclass
class KeyFile:
    """The parsed sidecar: vault id and the wrapped-key slots."""

    vault_id: str
    slots: dict[str, dict[str, Any]]

    @classmethod
    def create(cls, vault_key: bytes, passphrase: str, recovery_key: str,
               kdf: dict[str, Any] | None = None) -> KeyFile:
        kdf = dict(kdf or DEFAULT_KDF)
        vault_id = secrets.token_hex(16)
        return cls(vault_id, {
            "passphrase": _wrap(vault_key, passphrase.encode("utf-8"), vault_id, "passphrase", kdf),
            "recovery": _wrap(vault_key, normalise_recovery_key(recovery_key).encode("ascii"),
                              vault_id, "recovery", kdf),
        })

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        key = _unwrap(self.slots["passphrase"], passphrase.encode("utf-8"), self.vault_id,
                      "passphrase")
        if key is None:
            raise WrongPassphrase()
        return key

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        key = _unwrap(self.slots["recovery"], normalise_recovery_key(recovery_key).encode("ascii"),
                      self.vault_id, "recovery")
        if key is None:
            raise WrongRecoveryKey()
        return key

    def set_passphrase(self, vault_key: bytes, new_passphrase: str) -> None:
        check_passphrase_strength(new_passphrase)
        kdf = {k: v for k, v in self.slots["passphrase"]["kdf"].items() if k != "salt"}
        self.slots["passphrase"] = _wrap(vault_key, new_passphrase.encode("utf-8"),
                                         self.vault_id, "passphrase", kdf)

    def with_passphrase(self, vault_key: bytes, new_passphrase: str) -> KeyFile:
        """A copy whose passphrase slot wraps the vault key under a new passphrase."""
        new = KeyFile(self.vault_id, dict(self.slots))
        new.set_passphrase(vault_key, new_passphrase)
        return new

    def with_recovery_key(self, vault_key: bytes, new_recovery_key: str) -> KeyFile:
        """A copy whose recovery slot wraps the vault key under a new recovery key (the old
        recovery key then opens nothing)."""
        kdf = {k: v for k, v in self.slots["recovery"]["kdf"].items() if k != "salt"}
        slots = dict(self.slots)
        slots["recovery"] = _wrap(vault_key, normalise_recovery_key(new_recovery_key)
                                  .encode("ascii"), self.vault_id, "recovery", kdf)
        return KeyFile(self.vault_id, slots)

    # --- file I/O ---------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                           "slots": self.slots}, indent=1, sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError as e:
            raise KeyFileMissing() from e
        try:
            if len(raw) > MAX_KEY_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data["version"]) > FORMAT_VERSION:
                raise VaultCorrupt("The vault key file is from a newer evidence-app; "
                                   "update the app.")
            return cls(str(data["vault_id"]), dict(data["slots"]))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as e:
            raise VaultCorrupt("The vault key file is damaged; restore it from a backup.") from e

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old or the new file, never half of one."""
        tmp = path.with_name(path.name + ".tmp")
        data = self.to_json().encode("utf-8")
        write_durably(tmp, data)
        if tmp.read_bytes() != data:
            tmp.unlink()
            raise OSError(errno.EIO, "the key file read back differs from what was written")
        os.replace(tmp, path)
        _fsync_dir(path.parent)


def write_durably(path: Path, data: bytes) -> None:
    """Create or truncate `path` (mode 0600) and write all of `data`, then fsync it.

    os.write may write fewer bytes than asked (a signal, a full disk, a network file system);
    the count it returns is followed until everything is written, and no progress is an error.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            if n <= 0:
                raise OSError(errno.EIO, "the disk accepted no more bytes")
            view = view[n:]
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where folders cannot be synced)."""
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
