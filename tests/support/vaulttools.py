"""Vault test helpers: open the raw database with the key, as an attacker with the key would."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import sqlcipher3

from evidence_app.paths import key_file_for
from evidence_app.vault.keys import KeyFile


def raw_connection(vault_path: Path, passphrase: str) -> Any:
    """A plain SQLCipher connection with the vault key: bypasses the app entirely."""
    key = KeyFile.load(key_file_for(vault_path)).unlock_with_passphrase(passphrase)
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def file_digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def files_containing(root: Path, needle: bytes) -> list[Path]:
    """Every regular file under root whose bytes contain needle."""
    hits = []
    for p in root.rglob("*"):
        try:
            if p.is_file() and not p.is_symlink() and needle in p.read_bytes():
                hits.append(p)
        except OSError:
            continue
    return hits
