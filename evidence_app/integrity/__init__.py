"""Hashing, canonical serialisation and the custody hash chain (no vault, no Qt)."""
