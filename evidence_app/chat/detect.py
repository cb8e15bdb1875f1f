"""Recognise a chat export among imported files: WhatsApp .txt/.zip/folder, Telegram JSON or
HTML (folder or zip).

Recognition only reads: the first bytes of a file, a zip's central directory and the first
bytes of a few members. It never raises; anything it cannot recognise (or that breaks the
bounds in `evidence_app.chat.limits`) is None, and the importer seals it as an ordinary file.
"""

from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from evidence_app.chat import telegram, telegram_html, whatsapp
from evidence_app.chat.limits import (
    MAX_FOLDER_FILES,
    MAX_MEMBERS,
    check_zip,
    member_head,
)
from evidence_app.errors import content_free

log = logging.getLogger(__name__)

WHATSAPP, TELEGRAM = "whatsapp", "telegram"
TEXT, ZIP, FOLDER, JSON = "text", "zip", "folder", "json"
_HEAD = 64 * 1024


@dataclass(frozen=True)
class ChatSource:
    """A recognised export: the app, what holds it, and the chat file inside (zip or folder)."""

    app: str
    container: str
    path: Path
    chat_member: str = ""  # a zip member's name or a path relative to the folder


def recognise(path: Path) -> ChatSource | None:
    """The chat export `path` holds, or None for an ordinary file."""
    try:
        if path.is_dir():
            return _folder(path)
        if not path.is_file():
            return None
        with open(path, "rb") as f:
            head = f.read(_HEAD)
            if head.startswith(b"PK\x03\x04"):
                return _zip(path)
            if telegram.looks_like_export(head):
                return ChatSource(TELEGRAM, JSON, path)
            f.seek(0)
            if whatsapp.looks_like_export(f):
                return ChatSource(WHATSAPP, TEXT, path)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, RuntimeError) as e:
        log.info("not recognised as a chat export: %s", content_free(e))
    return None


def _zip(path: Path) -> ChatSource | None:
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            return None
        check_zip(infos)
        for info in _candidates(infos):
            head = member_head(zf, info, _HEAD)
            name = PurePosixPath(info.filename).name.lower()
            if name == "result.json" and telegram.looks_like_export(head):
                return ChatSource(TELEGRAM, ZIP, path, info.filename)
            if name == "messages.html" and telegram_html.looks_like_export(head):
                return ChatSource(TELEGRAM, ZIP, path, info.filename)
            if name.endswith(".txt"):
                import io

                if whatsapp.looks_like_export(io.BytesIO(head)):
                    return ChatSource(WHATSAPP, ZIP, path, info.filename)
    return None


def _candidates(infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Chat files at the top or one folder down: `_chat.txt` and `result.json` first."""
    def rank(info: zipfile.ZipInfo) -> int:
        name = PurePosixPath(info.filename).name.lower()
        return 0 if name in ("_chat.txt", "result.json", "messages.html") else 1 if name.startswith(
            "whatsapp chat") else 2
    found = [i for i in infos if not i.is_dir()
             and len(PurePosixPath(i.filename.replace("\\", "/")).parts) <= 2
             and PurePosixPath(i.filename).name.lower().endswith((".txt", "result.json",
                                                                  "messages.html"))]
    return sorted(found, key=rank)[:8]


def _folder(path: Path) -> ChatSource | None:
    """An unpacked export: result.json (Telegram) or a WhatsApp .txt at the folder's top."""
    entries = sorted(os.scandir(path), key=lambda e: e.name)
    if len(entries) > MAX_FOLDER_FILES:
        return None
    for entry in entries:
        if not entry.is_file(follow_symlinks=False):
            continue
        lower = entry.name.lower()
        if lower == "result.json":
            with open(entry.path, "rb") as f:
                if telegram.looks_like_export(f.read(_HEAD)):
                    return ChatSource(TELEGRAM, FOLDER, path, entry.name)
        elif lower == "messages.html":
            with open(entry.path, "rb") as f:
                if telegram_html.looks_like_export(f.read(_HEAD)):
                    return ChatSource(TELEGRAM, FOLDER, path, entry.name)
        elif lower.endswith(".txt"):
            with open(entry.path, "rb") as f:
                if whatsapp.looks_like_export(f):
                    return ChatSource(WHATSAPP, FOLDER, path, entry.name)
    return None
