"""Artifacts (with copyable SHA-256) and the custody timeline of one capture."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evidence_app.gui import clipboard
from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.messages import role_name
from evidence_app.gui.widgets.common import is_language_change, monospace
from evidence_app.units import human_size
from evidence_app.vault import ArtifactInfo, CustodyEvent
from evidence_app.vocab import action_label


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _fit_height(table: QTableWidget) -> None:
    """Show every row (the detail view scrolls as a whole)."""
    height = table.horizontalHeader().height() + 4
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(height)


class ArtifactsTable(QTableWidget):
    """Role, name, type, size and SHA-256; `copy_selected_hash()` puts a hash on the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._artifacts: list[ArtifactInfo] = []
        _read_only(self)
        self.cellDoubleClicked.connect(lambda row, _col: self.copy_hash(row))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Type"),
                                        self.tr("Size"), self.tr("SHA-256")])
        if self._artifacts:
            self.set_artifacts(self._artifacts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_artifacts(self, artifacts: list[ArtifactInfo]) -> None:
        self._artifacts = list(artifacts)
        self.setRowCount(len(artifacts))
        for row, art in enumerate(artifacts):
            segment = art.meta.get("segment")
            role = role_name(art.role)
            if segment is not None:
                role = f"{role} {segment}"
            values = [role, plain(art.name, 200), art.media_type, human_size(art.size), art.sha256]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setFont(monospace())
                self.setItem(row, col, item)
        _fit_height(self)

    def copy_hash(self, row: int | None = None) -> str | None:
        row = self.currentRow() if row is None else row
        if row < 0 or row >= len(self._artifacts):
            return None
        digest = self._artifacts[row].sha256
        clipboard.copy(digest)
        return digest


class CustodyTable(QTableWidget):
    """The custody events of one capture, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._events: list[CustodyEvent] = []
        _read_only(self)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def _action_name(self, action: str) -> str:
        names = {
            "captured": self.tr("captured"), "imported": self.tr("imported"),
            "viewed": self.tr("viewed"), "exported": self.tr("exported"),
            "extracted": self.tr("extracted"), "verified": self.tr("verified"),
            "case_created": self.tr("case created"), "vault_created": self.tr("vault created"),
            "passphrase_changed": self.tr("passphrase changed"),
            "passphrase_reset": self.tr("passphrase reset with the recovery key"),
            "recovery_key_replaced": self.tr("new recovery key made (the old one no longer "
                                             "opens the vault)"),
            "migrated": self.tr("vault format upgraded"),
            "chat_marked": self.tr("chat messages marked relevant"),
            "chat_unmarked": self.tr("chat marks removed"),
            "fingerprinted": self.tr("picture fingerprints computed"),
            "watch_added": self.tr("picture added to the watch list"),
            "watch_match": self.tr("matches a watched picture"),
            "watch_removed": self.tr("picture removed from the watch list"),
            "marked_minor": self.tr("marked: the person depicted may be under 18"),
            "takedown_location_added": self.tr("take-down location added"),
            "takedown_drafted": self.tr("take-down request drafted"),
            "takedown_sent": self.tr("take-down request sent"),
            "takedown_response": self.tr("take-down response recorded"),
            "takedown_rechecked": self.tr("location re-checked"),
            "takedown_lookup": self.tr("host looked up (RDAP)"),
            "timestamped": self.tr("trusted timestamp received"),
            "timestamp_failed": self.tr("trusted timestamp failed"),
            "export_abandoned": self.tr("export interrupted; its unfinished files were removed"),
            "backed_up": self.tr("vault backed up"),
            "restored": self.tr("vault restored from a backup"),
            "login_profile_created": self.tr("login profile saved (signed-in session)"),
            "login_profile_forgotten": self.tr("login profile forgotten (session erased)"),
        }
        return names.get(action, action_label(action))

    def _details_text(self, details: dict[str, Any]) -> str:
        """Details as "Label: value" pairs for people; the raw record stays in the vault."""
        labels = {
            "title": self.tr("Title"), "ref": self.tr("Reference"),
            "exhibit_prefix": self.tr("Exhibit prefix"), "exhibit": self.tr("Exhibit"),
            "how": self.tr("How"), "url": self.tr("Web address"), "source": self.tr("Source"),
            "name": self.tr("Name"), "note": self.tr("Note"), "purpose": self.tr("Purpose"),
            "bundle_id": self.tr("Bundle"), "redacted": self.tr("Redacted"),
            "ok": self.tr("Result"), "kind": self.tr("Kind"), "original_name": self.tr("File"),
            "files": self.tr("Files"), "exhibits": self.tr("Exhibits"),
            "manifest_sha256": self.tr("Manifest SHA-256"), "folder": self.tr("Folder"),
            "zip": self.tr("Zip file"), "zip_sha256": self.tr("Zip SHA-256"),
            "artifacts_checked": self.tr("Items checked"),
            "events_checked": self.tr("Records checked"),
            "problem_count": self.tr("Problems"), "via": self.tr("With"),
        }
        # Values the app itself writes, worded for people; anything else is shown as recorded.
        values = {
            "web": self.tr("Web page"), "import": self.tr("Imported file"),
            "revealed in the desktop app": self.tr("revealed in the desktop app"),
            "recovery key": self.tr("recovery key"), "police report": self.tr("police report"),
            "disposal order": self.tr("disposal order application"),
        }
        hidden = {"artifacts", "problems", "chain_head_before", "chain_head_in_bundle",
                  "bytes_checked", "schema_version"}
        parts = []
        for key in sorted(details):
            value = details[key]
            # Keys starting with "_" (the per-event salt) are bookkeeping, not for reading.
            if key in hidden or key.startswith("_") or value is None or value == "":
                continue
            if isinstance(value, bool):
                text = self.tr("yes") if value else self.tr("no")
            elif isinstance(value, str) and value in values:
                text = values[value]
            elif isinstance(value, dict | list):
                text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            else:
                text = str(value)
            parts.append(f"{labels.get(key, key)}: {text}")
        return plain("  ·  ".join(parts), 400)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("When (local time)"), self.tr("Action"),
                                        self.tr("Operator"), self.tr("Details")])
        self.set_events(self._events)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_events(self, events: list[CustodyEvent]) -> None:
        self._events = list(events)
        self.setRowCount(len(events))
        for row, ev in enumerate(events):
            summary = self._details_text(ev.details or {})
            values = [local_time(ev.ts_utc), self._action_name(ev.action),
                      plain(f"{ev.operator} @ {ev.machine}", 200), summary]
            for col, text in enumerate(values):
                self.setItem(row, col, QTableWidgetItem(text))
        _fit_height(self)
