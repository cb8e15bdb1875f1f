"""User-facing error text in the interface language.

The core's errors carry English messages. When an error carries its class's standard message, the
translated version below is shown instead; a specific message (naming a file, say) is shown as is.
Never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app import errors


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
        errors.VaultWriteError: QCoreApplication.translate(
            "Errors", "The vault could not be written (disk error or no permission). Nothing was "
            "saved for this item; everything saved before is intact. Check the disk and try "
            "again."),
    }


def error_text(err: BaseException) -> str:
    """The message to show for `err`, in the current language when we have one."""
    if isinstance(err, errors.EvidenceAppError):
        cls = type(err)
        if str(err) == cls.default_message:
            translated = _table().get(cls)
            if translated:
                return translated
        return str(err)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Nothing was changed. Try again; if it "
        "happens again, restart the app.")


def result_error_text(result: object) -> str:
    """Why one address of a capture batch failed, in the interface language."""
    error = getattr(result, "error", None)
    return str(error) if error else QCoreApplication.translate(
        "Errors", "The page could not be captured.")


def warning_texts(result: object) -> list[str]:
    """The warnings of one captured page, in the interface language."""
    return [str(w) for w in getattr(result, "warnings", None) or []]
