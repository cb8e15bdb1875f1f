"""Picture fingerprints (PDQ): matching reposts without viewing them, watch lists, the hash-only
hand-off, and the under-18 safeguard. numpy and Pillow load only when a step needs them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evidence_app.vault import CaptureInfo, Vault


def after_seal(vault: Vault, capture: CaptureInfo) -> None:
    """After-seal step: fingerprint the capture's pictures and check the case's watch list."""
    from evidence_app.fingerprints.watch import after_seal as step

    step(vault, capture)
