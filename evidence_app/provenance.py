"""Typed provenance: what a capture records about itself, written by capture and the importer,
read by the CLI, the GUI and the PDF.

The vault stores the record as JSON (`captures.meta`, and the web capture's `provenance.json`
artifact), so old and new vaults must both read: `from_dict` accepts missing fields (defaults)
and keeps fields this version does not know in `extra`, which `to_dict` writes back unchanged.
Values came from a web page or a file system and are untrusted: readers bound and escape them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

R = TypeVar("R", bound="_Record")


@dataclass(frozen=True)
class _Record:
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The stored JSON form: every field, plus the unknown ones read from a newer version."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
               if f.name != "extra"}
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        """Read a stored record; a value of the wrong JSON type falls back to the default."""
        known = {f.name: f for f in dataclasses.fields(cls) if f.name != "extra"}
        values: dict[str, Any] = {}
        for name, f in known.items():
            if name not in data:
                continue
            value = data[name]
            default = (f.default if f.default is not dataclasses.MISSING
                       else f.default_factory()
                       if f.default_factory is not dataclasses.MISSING else None)
            if default is None or (value is not None and isinstance(value, type(default))):
                values[name] = value
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(**values, extra=extra)


@dataclass(frozen=True)
class WebProvenance(_Record):
    """The provenance of one web capture (the data contract of README "Provenance")."""

    requested_url: str = ""
    final_url: str | None = None
    redirect_chain: list[dict[str, Any]] = field(default_factory=list)
    http_status: int | None = None
    server_ip: str | None = None
    server_port: int | None = None
    protocol: str | None = None
    tls: dict[str, Any] | None = None
    title: str = ""
    capture_started_utc: str = ""
    capture_ended_utc: str = ""
    local_offset: str = "+00:00"
    server_date: str | None = None
    tool: dict[str, Any] = field(default_factory=dict)
    browser: dict[str, Any] = field(default_factory=dict)
    user_agent: str = ""
    viewport: dict[str, Any] = field(default_factory=dict)
    os: str = ""
    operator: str = ""
    logged_in: bool = False
    login_profile: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    dialogs: list[Any] = field(default_factory=list)
    popups: list[Any] = field(default_factory=list)
    downloads: list[Any] = field(default_factory=list)
    page_changes: list[str] = field(default_factory=list)
    archive: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Warnings as codes with parameters (evidence_app.notices), worded by each front end.
    notices: list[dict[str, Any]] = field(default_factory=list)
    # Logged-in capture: the account the login profile stands for (never a cookie value), and
    # the credential headers whose values were replaced in the evidence.
    login_account_label: str | None = None
    credentials_removed: dict[str, Any] = field(default_factory=dict)
    # Assisted capture: a caseworker drove the visible browser; where it went before the capture.
    operator_assisted: bool = False
    navigation_history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def browser_label(self) -> str:
        return f"{self.browser.get('name') or ''} {self.browser.get('version') or ''}".strip()


@dataclass(frozen=True)
class ImportProvenance(_Record):
    """What an import records about the file it sealed."""

    original_name: str = ""
    original_path: str | None = None
    size: int | None = None
    modified_utc: str | None = None
    media_type: str = ""
    claimed_media_type: str | None = None
    warnings: list[str] = field(default_factory=list)
    notices: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ChatProvenance(_Record):
    """What a chat-export import records about the conversation (the capture's meta["chat"]).

    Times are ISO 8601: `first`/`last` in the stated zone with its offset, `*_utc` in UTC.
    `date_order` is how the export's dates were read (day_first, month_first, year_first) and
    `date_order_basis` why (a day over 12 seen, chronology, the default when nothing decides).
    """

    app: str = ""
    line_format: str = ""
    chat_name: str | None = None
    export_file: str = ""
    participants: list[str] = field(default_factory=list)
    messages: int = 0
    system_messages: int = 0
    unparsed: int = 0
    first: str | None = None
    last: str | None = None
    first_utc: str | None = None
    last_utc: str | None = None
    timezone: str = ""
    timezone_source: str = ""
    date_order: str = ""
    date_order_basis: str = ""
    clock: str = ""
    attachments: int = 0
    attachments_present: int = 0
    attachments_missing: int = 0
    decode_errors: int = 0
    truncated_lines: int = 0
    parser: str = ""

    @property
    def app_label(self) -> str:
        return {"whatsapp": "WhatsApp", "telegram": "Telegram"}.get(self.app, self.app)

    @classmethod
    def of(cls, meta: Mapping[str, Any]) -> ChatProvenance | None:
        """The chat record in a capture's meta, or None when the capture is not a chat."""
        chat = meta.get("chat") if isinstance(meta, Mapping) else None
        return cls.from_dict(chat) if isinstance(chat, Mapping) else None

    def summary(self) -> dict[str, Any]:
        """The `chat` object of `show --json` (the issue's contract names first)."""
        return {"app": self.app, "participants": list(self.participants),
                "messages": self.messages, "first": self.first, "last": self.last,
                "unparsed": self.unparsed, "timezone": self.timezone,
                "date_order": self.date_order, "date_order_basis": self.date_order_basis,
                "timezone_source": self.timezone_source, "system_messages": self.system_messages,
                "attachments": self.attachments,
                "attachments_present": self.attachments_present,
                "attachments_missing": self.attachments_missing, "chat_name": self.chat_name,
                "line_format": self.line_format, "clock": self.clock}
