"""One exception class per failure, each with a message a caseworker can act on."""

from __future__ import annotations

# Exit codes of the CLI (see README): 0 ok, 1 an item failed, 2 usage, 3 vault cannot be opened.
EXIT_OK = 0
EXIT_ITEM_FAILED = 1
EXIT_USAGE = 2
EXIT_VAULT = 3


class EvidenceAppError(Exception):
    """Base class: `str(err)` is the user-facing message, `exit_code` the CLI's exit code.

    `code` and `params` say the same as a message code (evidence_app.messages) that each front
    end words in its language; `str(err)` stays the English message, so the CLI is unchanged.
    The default code is the class name ("error.WrongPassphrase").
    """

    exit_code = EXIT_ITEM_FAILED
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: dict[str, str | int | float] | None = None) -> None:
        super().__init__(message or self.default_message)
        self.code = code or f"error.{type(self).__name__}"
        self.params: dict[str, str | int | float] = dict(params or {})

    @property
    def message(self) -> str:
        return str(self)


class UsageError(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = "The command was not used correctly. Run with --help to see how."


class Cancelled(EvidenceAppError):
    default_message = "Cancelled. Nothing was saved for the unfinished item."


# --- vault --------------------------------------------------------------------------------------

class VaultError(EvidenceAppError):
    exit_code = EXIT_VAULT
    default_message = "The vault cannot be opened."


class VaultNotFound(VaultError):
    default_message = "No vault exists here yet. Create one with `evidence-app init`."


class VaultExists(VaultError):
    default_message = "A vault already exists at this location; nothing was changed."


class KeyFileMissing(VaultError):
    default_message = (
        "The vault's key file (the .keys file kept beside the vault) is missing. Restore it from "
        "the same backup as the vault; without it the vault cannot be opened."
    )


class WrongPassphrase(VaultError):
    default_message = (
        "The vault passphrase is wrong. Check Caps Lock and the keyboard language. If it is "
        "forgotten, use the recovery key (`evidence-app recover`)."
    )


class WrongRecoveryKey(VaultError):
    default_message = (
        "The recovery key is wrong. Type it exactly as written down (dashes and case do not "
        "matter; 0/O and 1/I/L are treated alike)."
    )


class WeakPassphrase(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = (
        "The passphrase is too short: use at least 10 characters, ideally a few words."
    )


class VaultCorrupt(VaultError):
    default_message = (
        "The vault file is damaged or is not an evidence-app vault. Nothing was changed. Restore "
        "it from a backup, or contact support with the file kept as it is."
    )


class VaultBusy(VaultError):
    default_message = (
        "The vault is in use by another evidence-app window or command. Close it and try again."
    )


class VaultTooNew(VaultError):
    default_message = (
        "This vault was written by a newer version of evidence-app. Update the app to open it."
    )


class DiskFull(EvidenceAppError):
    default_message = (
        "The disk is full, so the item was not saved (everything saved before is intact). Free "
        "some space and try again."
    )


class ImmutableEvidence(EvidenceAppError):
    default_message = "Sealed evidence and custody records can never be changed or deleted."


class NotFound(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = "Not found."


class Ambiguous(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = "That id matches more than one item; type more of it."


# --- import -------------------------------------------------------------------------------------

class ImportFailed(EvidenceAppError):
    default_message = "The file could not be imported."


# --- capture ------------------------------------------------------------------------------------

class CaptureError(EvidenceAppError):
    default_message = "The page could not be captured."


class InvalidURL(CaptureError):
    exit_code = EXIT_USAGE
    default_message = "Only web addresses starting with http:// or https:// can be captured."


class BrowserNotFound(CaptureError):
    default_message = (
        "No browser for capturing was found. Install Google Chrome, Microsoft Edge or Chromium, "
        "or set EVIDENCE_APP_BROWSER to the browser's program file."
    )


class VaultWriteError(EvidenceAppError):
    default_message = (
        "The vault could not be written: the disk may be full, failing, or not writable. "
        "Nothing was saved for this item; everything saved before is intact. Free some space "
        "or check the disk, then try again."
    )


class ArtifactChanged(EvidenceAppError):
    default_message = "An item changed between capture and storage, so it was not saved."


# --- export and bundle verification ---------------------------------------------------------------

class ExportError(EvidenceAppError):
    default_message = "The exhibit bundle could not be written. Nothing was left behind."


class ExportTargetNotEmpty(ExportError):
    exit_code = EXIT_USAGE
    default_message = (
        "The export folder already exists and is not empty. Choose a new folder name; nothing "
        "was changed."
    )


class ExportWriteFailed(ExportError):
    default_message = (
        "The exhibit bundle could not be written (disk full, no permission or the drive was "
        "removed). No half-made bundle was left behind; check the drive and export again."
    )


class FontsMissing(ExportError):
    default_message = (
        "The fonts for the PDF report are missing from the installation (resources/fonts). "
        "Reinstall evidence-app."
    )


class BundleUnreadable(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = (
        "This is not an evidence-app exhibit bundle: give the bundle folder (the one holding "
        "manifest.sha256 and bundle.json) or its .zip file."
    )


class BrowserStartFailed(CaptureError):
    default_message = ("The capture browser could not be started. Close other programs and try "
                       "again; if it keeps failing, reinstall Chrome, Edge or Chromium.")


class PageUnreachable(CaptureError):
    default_message = ("The page could not be reached. Check the address and the internet "
                       "connection, then try again. Nothing was saved for it.")


class CaptureTimedOut(CaptureError):
    default_message = ("The capture did not finish within the time limit, so nothing was saved "
                       "for this address. Try again, or raise the limit with --timeout.")


def content_free(e: BaseException) -> str:
    """An exception for logs: its type and where it was raised, never its message.

    Messages from browsers and databases can quote URLs or page text, which are case content.
    """
    import traceback

    frames = traceback.extract_tb(e.__traceback__)
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(e).__name__}{where}"


class SealedHashMismatch(EvidenceAppError):
    default_message = (
        "An item no longer matches the hash recorded when it was sealed, so it was not written "
        "out. Run `evidence-app verify` and keep the vault file as it is."
    )


class ChatExportUnreadable(ImportFailed):
    default_message = ("The chat export could not be read as a chat (damaged or too large). "
                       "The file is imported as an ordinary file instead; nothing is lost.")


class ChatTimezoneUnknown(UsageError):
    default_message = ("That time zone is not known. Use a name like Asia/Hong_Kong or UTC "
                       "(the zone of the phone that made the export).")


class NotAChat(UsageError):
    default_message = ("That capture is not a chat export. `evidence-app chat` works on "
                       "WhatsApp and Telegram exports imported with `evidence-app import`.")


class ChatMessageNotFound(UsageError):
    default_message = ("No message has that number in this chat. Message numbers are shown "
                       "by `evidence-app chat CAPTURE`.")
# --- take-down ----------------------------------------------------------------------------------

class TakedownDataInvalid(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = ("The platforms data file has an error. Fix the line named, or restore the "
                       "file shipped with the app.")


class TakedownNotReported(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = ("That location was never reported. Record the request first with "
                       "`evidence-app takedown sent LOCATION --route ROUTE`.")


class TakedownRouteUnknown(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = ("No such take-down route. `evidence-app takedown list --case CASE` shows "
                       "the routes that fit each location; `other` (with --note) always fits.")


class LookupUnavailable(EvidenceAppError):
    default_message = ("The network owner could not be looked up now (offline or the RDAP "
                       "service did not answer). Look it up later; nothing else is affected.")
class TimestampUnavailable(EvidenceAppError):
    default_message = (
        "The time-stamping authority could not be reached (no network, or it is down). The "
        "capture is sealed; its timestamp waits as pending and is asked for again later."
    )


class TimestampRejected(EvidenceAppError):
    default_message = (
        "The time-stamping authority answered, but its token did not pass verification, so it "
        "was recorded as failed and not kept as trusted time."
    )


class KeyFileWriteFailed(EvidenceAppError):
    default_message = (
        "The new key file could not be written and checked, so the passphrase was NOT changed: "
        "the old passphrase and the recovery key still open the vault. Check the drive (free "
        "space, permissions) and try again."
    )


class KeyFileInstallFailed(EvidenceAppError):
    default_message = (
        "The passphrase change is recorded but its key file could not be put in place yet. Open "
        "the vault again (the old or the new passphrase works) and the change is finished then."
    )


class BackupError(EvidenceAppError):
    default_message = (
        "The backup could not be written. Nothing half-made was left behind; check the drive "
        "(free space, that it is still plugged in) and try again."
    )


class BackupTargetNotEmpty(BackupError):
    default_message = (
        "The backup folder already exists and is not empty. Choose a new folder name; nothing "
        "was changed."
    )


class BackupCheckFailed(BackupError):
    default_message = (
        "The backup was written but does not match the vault when read back, so it was removed. "
        "The drive may be failing: try another one."
    )


class BackupUnreadable(BackupError):
    default_message = (
        "This is not an evidence-app backup, or it is damaged (a file is missing or does not "
        "match its recorded SHA-256). Nothing was restored; try another copy of the backup."
    )
# --- logged-in capture ----------------------------------------------------------------------------

class LoginProfileNotFound(EvidenceAppError):
    exit_code = EXIT_USAGE
    default_message = ("There is no login profile with that name. List them with "
                       "`evidence-app login list`.")


class LoginFailed(CaptureError):
    default_message = ("Signing in did not work: the site still shows its sign-in page. Check "
                       "the user name and password, or sign in by hand (leave out --username). "
                       "No login profile was saved.")


class SignedOut(CaptureError):
    default_message = ("Signed out: the site sent the browser to its sign-in page, so the "
                       "session of this login profile has expired. Sign in again with "
                       "`evidence-app login NAME URL`. Nothing was saved for this address.")


class NoDisplay(CaptureError):
    exit_code = EXIT_USAGE
    default_message = ("A visible browser window is needed, but there is no screen (no DISPLAY). "
                       "Run this on a desktop session, or use the automatic sign-in "
                       "(--username and --password-file).")
