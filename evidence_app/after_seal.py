"""Steps that run after a capture or an import is sealed, outside its write transaction.

A feature that acts on every new capture (a trusted timestamp, an image fingerprint, a watch-list
check) adds one line to `install`. The CLI and the GUI call `install` on every vault they open;
a step runs in the sealing thread, so anything slow (network) must hand its work to a background
queue. A step that fails is logged by type only; the capture stays sealed.
"""

from __future__ import annotations

import logging

from evidence_app import fingerprints
from evidence_app.integrity import timestamps
from evidence_app.vault import Vault

log = logging.getLogger(__name__)


def install(vault: Vault) -> Vault:
    """Attach every after-seal step to an opened vault; returns the vault."""
    # One line per step, e.g.: vault.after_seal.append(timestamps.after_seal)
    vault.after_seal.append(timestamps.after_seal)  # RFC 3161 tokens, requested in the background
    vault.after_seal.append(fingerprints.after_seal)  # PDQ of new pictures; watch-list check
    return vault
