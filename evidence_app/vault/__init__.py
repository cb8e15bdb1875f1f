"""The encrypted evidence vault: SQLCipher store, key slots, custody log."""

from evidence_app.vault.models import ArtifactInfo, Case, CaptureInfo, CustodyEvent, Operator
from evidence_app.vault.store import CaptureWriter, Vault

__all__ = ["ArtifactInfo", "Case", "CaptureInfo", "CaptureWriter", "CustodyEvent", "Operator", "Vault"]
