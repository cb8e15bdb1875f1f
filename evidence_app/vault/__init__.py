"""The encrypted evidence vault: SQLCipher store, key slots, custody log."""

from evidence_app.vault.models import ArtifactInfo, CaptureInfo, Case, CustodyEvent, Operator
from evidence_app.vault.store import Vault
from evidence_app.vault.writer import CaptureWriter

__all__ = [
    "ArtifactInfo", "CaptureInfo", "CaptureWriter", "Case", "CustodyEvent", "Operator", "Vault",
]
