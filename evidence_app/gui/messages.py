"""User-facing error text in the interface language.

Errors and capture notices carry a message code with parameters (evidence_app.messages): the
catalog's template is translated (context "Messages") and filled here. An error without a catalog
code shows its class's translated standard message, or its own English text when it has a
specific one. Never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from evidence_app import errors
from evidence_app.messages import CATALOG, CONTEXT, Notice, english, fill, trans_late
from evidence_app.vocab import role_label


def _table() -> dict[type[errors.EvidenceAppError], str]:
    return {
        errors.WrongPassphrase: QCoreApplication.translate(
            "Errors", "The vault passphrase is wrong. Check Caps Lock and the keyboard language. "
            "If it is forgotten, use the recovery key."),
        errors.WrongRecoveryKey: QCoreApplication.translate(
            "Errors", "The recovery key is wrong. Type it exactly as written down (dashes and "
            "case do not matter; 0/O and 1/I/L are treated alike)."),
        errors.WeakPassphrase: QCoreApplication.translate(
            "Errors", "The passphrase is too short: use at least 10 characters, ideally a few "
            "words."),
        errors.VaultBusy: QCoreApplication.translate(
            "Errors", "The vault is in use by another evidence-app window or command. Close it "
            "and try again."),
        errors.VaultCorrupt: QCoreApplication.translate(
            "Errors", "The vault file is damaged or is not an evidence-app vault. Nothing was "
            "changed. Restore it from a backup, or contact support with the file kept as it is."),
        errors.KeyFileMissing: QCoreApplication.translate(
            "Errors", "The vault's key file (the .keys file kept beside the vault) is missing. "
            "Restore it from the same backup as the vault; without it the vault cannot be opened."),
        errors.VaultTooNew: QCoreApplication.translate(
            "Errors", "This vault was written by a newer version of evidence-app. Update the app "
            "to open it."),
        errors.DiskFull: QCoreApplication.translate(
            "Errors", "The disk is full, so the item was not saved (everything saved before is "
            "intact). Free some space and try again."),
        errors.Cancelled: QCoreApplication.translate(
            "Errors", "Cancelled. Nothing was saved for the unfinished item."),
        errors.InvalidURL: QCoreApplication.translate(
            "Errors", "Only web addresses starting with http:// or https:// can be captured."),
        errors.BrowserNotFound: QCoreApplication.translate(
            "Errors", "No browser for capturing was found. Install Google Chrome, Microsoft Edge "
            "or Chromium."),
        errors.ExportError: QCoreApplication.translate(
            "Errors", "The exhibit bundle could not be written. Nothing was left behind."),
        errors.ExportTargetNotEmpty: QCoreApplication.translate(
            "Errors", "The export folder already exists and is not empty. Choose a new folder "
            "name; nothing was changed."),
        errors.ExportWriteFailed: QCoreApplication.translate(
            "Errors", "The exhibit bundle could not be written (disk full, no permission or the "
            "drive was removed). No half-made bundle was left behind; check the drive and export "
            "again."),
        errors.FontsMissing: QCoreApplication.translate(
            "Errors", "The fonts for the PDF report are missing from the installation. Reinstall "
            "evidence-app."),
        errors.ImportFailed: QCoreApplication.translate(
            "Errors", "The file could not be imported. Check that it still exists and that you "
            "may read it; nothing was saved for it."),
        errors.SealedHashMismatch: QCoreApplication.translate(
            "Errors", "An item no longer matches the fingerprint recorded when it was sealed, so "
            "it was not written out. Run Verify vault and keep the vault file as it is."),
        errors.ArtifactChanged: QCoreApplication.translate(
            "Errors", "An item changed between capture and storage, so it was not saved."),
        errors.ImmutableEvidence: QCoreApplication.translate(
            "Errors", "Sealed evidence and custody records can never be changed or deleted."),
        errors.CaptureError: QCoreApplication.translate(
            "Errors", "The page could not be captured."),
        errors.PageUnreachable: QCoreApplication.translate(
            "Errors", "The page could not be reached. Check the address and the internet "
            "connection, then try again. Nothing was saved for it."),
        errors.CaptureTimedOut: QCoreApplication.translate(
            "Errors", "The capture did not finish within the time limit, so nothing was saved "
            "for this address. Try again."),
        errors.BrowserStartFailed: QCoreApplication.translate(
            "Errors", "The capture browser could not be started. Close other programs and try "
            "again; if it keeps failing, reinstall Chrome, Edge or Chromium."),
        errors.UsageError: QCoreApplication.translate(
            "Errors", "That could not be done as asked. Check what was typed and try again."),
        errors.VaultWriteError: QCoreApplication.translate(
            "Errors", "The vault could not be written (disk error or no permission). Nothing was "
            "saved for this item; everything saved before is intact. Check the disk and try "
            "again."),
        errors.BackupError: QCoreApplication.translate(
            "Errors", "The backup could not be written. Nothing half-made was left behind; "
            "check the drive (free space, that it is still plugged in) and try again."),
        errors.BackupTargetNotEmpty: QCoreApplication.translate(
            "Errors", "The backup folder already exists and is not empty. Choose a new folder "
            "name; nothing was changed."),
        errors.BackupCheckFailed: QCoreApplication.translate(
            "Errors", "The backup was written but does not match the vault when read back, so "
            "it was removed. The drive may be failing: try another one."),
        errors.NotAChat: QCoreApplication.translate(
            "Errors", "That capture is not a chat export."),
        errors.ChatMessageNotFound: QCoreApplication.translate(
            "Errors", "No message has that number in this chat."),
    }


def notice_text(code: str | None, params: Mapping[str, Any] | None,
                fallback: str = "") -> str:
    """A message code worded in the interface language; the English `fallback` if unknown."""
    template = CATALOG.get(code or "")
    if template is None:
        return fallback or (code or "")
    translated = QCoreApplication.translate(CONTEXT, template)
    values = dict(params or {})
    if isinstance(values.get("step"), str):
        values["step"] = QCoreApplication.translate(CONTEXT, values["step"])
    return fill(translated, values, word=lambda c, p: notice_text(c, p, english(c, p)))


def error_text(err: BaseException) -> str:
    """The message to show for `err`, in the current language when we have one."""
    if isinstance(err, errors.EvidenceAppError):
        if err.code in CATALOG:
            return notice_text(err.code, err.params, str(err))
        cls = type(err)
        table = _table()
        if str(err) == cls.default_message or not _english():
            # A specific English message (naming a file, say) is worded here by its class: the
            # nearest class with a translation, so nothing is shown in English to a Chinese
            # reader; the specific detail stays in the log-free record and the CLI.
            for klass in cls.__mro__:
                translated = table.get(klass)
                if translated:
                    return translated
        return str(err)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Nothing was changed. Try again; if it "
        "happens again, restart the app.")


def _english() -> bool:
    """Whether the interface is in English (the core's own messages then read best)."""
    return QLocale().language() == QLocale.Language.English


def result_error_text(result: object) -> str:
    """Why one address of a capture batch failed, in the interface language."""
    error = str(getattr(result, "error", None) or "")
    code = getattr(result, "error_code", None)
    if code in CATALOG:
        return notice_text(code, getattr(result, "error_params", None), error)
    if isinstance(code, str) and code.startswith("error."):
        cls = getattr(errors, code[len("error."):], None)
        if (isinstance(cls, type) and issubclass(cls, errors.EvidenceAppError)
                and (error in ("", cls.default_message) or not _english())):
            return error_text(cls(error or None))
    return error or QCoreApplication.translate("Errors", "The page could not be captured.")


def notice_texts(notices: object, warnings: object = None) -> list[str]:
    """Warnings in the interface language: from the notices (codes) when the record has them,
    else the English warnings as recorded (older captures)."""
    out = []
    for raw in notices if isinstance(notices, list) else []:
        notice = raw if isinstance(raw, Notice) else Notice.from_dict(raw)
        if notice is not None:
            out.append(notice_text(notice.code, notice.params, notice.english))
    if out:
        return out
    return [str(w) for w in warnings] if isinstance(warnings, list) else []


def warning_texts(result: object) -> list[str]:
    """The warnings of one captured page, in the interface language."""
    return notice_texts(getattr(result, "notices", None), getattr(result, "warnings", None))


# Role labels as lupdate must see them; tests check every role of evidence_app.vocab is here.
ROLE_LABELS = (
    trans_late("Roles", "Full-page screenshot"), trans_late("Roles", "Screenshot as first seen"),
    trans_late("Roles", "Page archive (MHTML)"),
    trans_late("Roles", "Page source as rendered (HTML)"),
    trans_late("Roles", "Web archive (WACZ)"), trans_late("Roles", "HTTP headers"),
    trans_late("Roles", "Picture or video from the page"), trans_late("Roles", "Downloaded file"),
    trans_late("Roles", "Imported file"), trans_late("Roles", "Provenance record"),
    trans_late("Roles", "Chat transcript (parsed, JSON)"),
    trans_late("Roles", "File inside the chat export"),
    trans_late("Roles", "Hashes of pictures and videos not kept"),
)


def role_name(role: str) -> str:
    """An artifact role for people ("Full-page screenshot"), in the interface language."""
    return QCoreApplication.translate("Roles", role_label(role))
