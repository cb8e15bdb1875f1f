"""A rough passphrase strength score for feedback while typing (Qt-free)."""

from __future__ import annotations

import math
import re

from evidence_app.vault.keys import MIN_PASSPHRASE_LEN

_COMMON = ("password", "passw0rd", "123456", "qwerty", "letmein", "iloveyou", "admin",
           "welcome", "abc123", "111111", "hongkong")


def estimate_bits(passphrase: str) -> float:
    """Very rough entropy estimate: character pool x length, discounted for repeats and words."""
    if not passphrase:
        return 0.0
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100  # CJK and other scripts
    distinct = len(set(passphrase))
    effective_len = min(len(passphrase), distinct * 2)
    bits = effective_len * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits *= 0.5
    return bits


def score(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong."""
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        return 0
    bits = estimate_bits(passphrase)
    if bits < 45:
        return 1
    if bits < 65:
        return 2
    if bits < 85:
        return 3
    return 4
