"""Key handling: a random vault key, wrapped by the passphrase and by the recovery key.

The SQLCipher database is encrypted with a random 256-bit key that never changes. That key is
stored only wrapped (AES-256-GCM) in a small sidecar file beside the vault, once under a key derived
from the passphrase and once under a key derived from the recovery key (Argon2id, RFC 9106's
second recommended parameters). Changing the passphrase re-wraps 32 bytes and re-encrypts no
evidence.
"""

from __future__ import annotations

import base64
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


def _derive(secret: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "argon2id":
        raise VaultCorrupt("The vault key file uses an unknown key derivation; "
                           "update evidence-app.")
    return Argon2id(salt=salt, length=32, iterations=int(kdf["iterations"]),
                    lanes=int(kdf["lanes"]), memory_cost=int(kdf["memory_kib"])).derive(secret)


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
    except (KeyError, ValueError, TypeError) as e:
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

    # --- file I/O ---------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                           "slots": self.slots}, indent=1, sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise KeyFileMissing() from e
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data["version"]) > FORMAT_VERSION:
                raise VaultCorrupt("The vault key file is from a newer evidence-app; "
                                   "update the app.")
            return cls(str(data["vault_id"]), dict(data["slots"]))
        except (ValueError, KeyError, TypeError) as e:
            raise VaultCorrupt("The vault key file is damaged; restore it from a backup.") from e

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old or the new file, never half of one."""
        tmp = path.with_name(path.name + ".tmp")
        data = self.to_json().encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
