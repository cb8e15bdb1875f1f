"""The project's one vocabulary: artifact roles, capture kinds, capture stages, custody actions.

Every other module imports these names instead of spelling the strings. The values are what the
vault and the bundles store, so they never change once released; a new one is added here (with
its English label, which the CLI prints and the GUI translates) and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Word(str, Enum):
    """A stored word: compares, hashes, JSON-encodes and formats as its plain string value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class Role(Word):
    """What an artifact is within its capture."""

    SCREENSHOT_FULL = "screenshot_full"
    SCREENSHOT_VIEWPORT = "screenshot_viewport"
    MHTML = "mhtml"
    DOM_HTML = "dom_html"
    WACZ = "wacz"
    HEADERS = "headers"
    MEDIA = "media"
    DOWNLOAD = "download"
    PROVENANCE = "provenance"
    ORIGINAL = "original"
    CHAT_TRANSCRIPT = "chat_transcript"
    CHAT_FILE = "chat_file"
    PICTURE_HASHES = "picture_hashes"


@dataclass(frozen=True)
class RoleInfo:
    """How a role is ordered in a capture, whether its bytes can show pictures, and its label."""

    order: int
    shows_images: bool
    label: str


ROLES: dict[Role, RoleInfo] = {
    Role.SCREENSHOT_FULL: RoleInfo(10, True, "Full-page screenshot"),
    Role.SCREENSHOT_VIEWPORT: RoleInfo(20, True, "Screenshot as first seen"),
    Role.MHTML: RoleInfo(30, True, "Page archive (MHTML)"),
    Role.DOM_HTML: RoleInfo(40, True, "Page source as rendered (HTML)"),
    Role.WACZ: RoleInfo(50, True, "Web archive (WACZ)"),
    Role.HEADERS: RoleInfo(60, False, "HTTP headers"),
    Role.MEDIA: RoleInfo(70, True, "Picture or video from the page"),
    Role.DOWNLOAD: RoleInfo(80, True, "Downloaded file"),
    Role.ORIGINAL: RoleInfo(5, True, "Imported file"),
    Role.PROVENANCE: RoleInfo(1000, False, "Provenance record"),
    Role.CHAT_TRANSCRIPT: RoleInfo(6, False, "Chat transcript (parsed, JSON)"),
    Role.CHAT_FILE: RoleInfo(7, True, "File inside the chat export"),
    Role.PICTURE_HASHES: RoleInfo(75, False, "Hashes of pictures and videos not kept"),
}
_UNKNOWN_ORDER = 900  # a role this version does not know sorts before provenance, never fails


def role_order(role: str) -> int:
    """Sort key for artifacts within a capture; unknown roles never raise."""
    try:
        return ROLES[Role(role)].order
    except ValueError:
        return _UNKNOWN_ORDER


def role_label(role: str) -> str:
    """The English label of a role (the GUI translates it); an unknown role shows as itself."""
    try:
        return ROLES[Role(role)].label
    except ValueError:
        return role


def role_shows_images(role: str) -> bool:
    """Whether bytes of this role can show a picture; unknown roles are assumed to."""
    try:
        return ROLES[Role(role)].shows_images
    except ValueError:
        return True


class CaptureKind(Word):
    """How a capture came into the vault."""

    WEB = "web"
    IMPORT = "import"


CAPTURE_KIND_LABELS: dict[CaptureKind, str] = {
    CaptureKind.WEB: "Web capture",
    CaptureKind.IMPORT: "Imported file",
}


class Stage(Word):
    """Where one URL of a capture batch is; `percent` is a rough share of the work done."""

    QUEUED = "queued"
    STARTING = "starting"
    LOADING = "loading"
    SCROLLING = "scrolling"
    SCREENSHOT = "screenshot"
    ARCHIVING = "archiving"
    SEALING = "sealing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def percent(self) -> int:
        return _STAGE_PERCENT[self]

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def final(self) -> bool:
        return self in (Stage.DONE, Stage.FAILED, Stage.CANCELLED)


_STAGE_PERCENT = {
    Stage.QUEUED: 0, Stage.STARTING: 10, Stage.LOADING: 30, Stage.SCROLLING: 50,
    Stage.SCREENSHOT: 65, Stage.ARCHIVING: 80, Stage.SEALING: 92, Stage.DONE: 100,
    Stage.FAILED: 100, Stage.CANCELLED: 100,
}
_STAGE_LABELS = {
    Stage.QUEUED: "Waiting", Stage.STARTING: "Starting", Stage.LOADING: "Loading the page",
    Stage.SCROLLING: "Scrolling for lazy content", Stage.SCREENSHOT: "Taking screenshots",
    Stage.ARCHIVING: "Archiving", Stage.SEALING: "Sealing into the vault", Stage.DONE: "Sealed",
    Stage.FAILED: "Failed", Stage.CANCELLED: "Cancelled",
}


class Action(Word):
    """A custody-log action. The log refuses any other word."""

    VAULT_CREATED = "vault_created"
    CASE_CREATED = "case_created"
    IMPORTED = "imported"
    CAPTURED = "captured"
    VIEWED = "viewed"
    EXPORTED = "exported"
    EXTRACTED = "extracted"
    VERIFIED = "verified"
    PASSPHRASE_CHANGED = "passphrase_changed"  # noqa: S105 - an action name, not a secret
    PASSPHRASE_RESET = "passphrase_reset"  # noqa: S105
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    MIGRATED = "migrated"
    CHAT_MARKED = "chat_marked"
    CHAT_UNMARKED = "chat_unmarked"
    FINGERPRINTED = "fingerprinted"
    WATCH_ADDED = "watch_added"
    WATCH_MATCH = "watch_match"
    WATCH_REMOVED = "watch_removed"
    MARKED_MINOR = "marked_minor"
    TAKEDOWN_LOCATION_ADDED = "takedown_location_added"
    TAKEDOWN_DRAFTED = "takedown_drafted"
    TAKEDOWN_SENT = "takedown_sent"
    TAKEDOWN_RESPONSE = "takedown_response"
    TAKEDOWN_RECHECKED = "takedown_rechecked"
    TAKEDOWN_LOOKUP = "takedown_lookup"
    TIMESTAMPED = "timestamped"
    TIMESTAMP_FAILED = "timestamp_failed"
    EXPORT_ABANDONED = "export_abandoned"
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    LOGIN_PROFILE_CREATED = "login_profile_created"
    LOGIN_PROFILE_FORGOTTEN = "login_profile_forgotten"


ACTION_LABELS: dict[Action, str] = {
    Action.VAULT_CREATED: "vault created",
    Action.CASE_CREATED: "case opened",
    Action.IMPORTED: "file imported",
    Action.CAPTURED: "web page captured",
    Action.VIEWED: "viewed",
    Action.EXPORTED: "exported",
    Action.EXTRACTED: "copied out",
    Action.VERIFIED: "vault verified",
    Action.PASSPHRASE_CHANGED: "passphrase changed",
    Action.PASSPHRASE_RESET: "passphrase reset with the recovery key",
    Action.RECOVERY_KEY_REPLACED: "new recovery key made (the old one no longer opens the vault)",
    Action.MIGRATED: "vault format upgraded",
    Action.CHAT_MARKED: "chat messages marked relevant",
    Action.CHAT_UNMARKED: "chat marks removed",
    Action.FINGERPRINTED: "picture fingerprints computed",
    Action.WATCH_ADDED: "picture added to the watch list",
    Action.WATCH_MATCH: "matches a watched picture",
    Action.WATCH_REMOVED: "picture removed from the watch list",
    Action.MARKED_MINOR: "marked: the person depicted may be under 18",
    Action.TAKEDOWN_LOCATION_ADDED: "take-down location added",
    Action.TAKEDOWN_DRAFTED: "take-down request drafted",
    Action.TAKEDOWN_SENT: "take-down request sent",
    Action.TAKEDOWN_RESPONSE: "take-down response recorded",
    Action.TAKEDOWN_RECHECKED: "location re-checked",
    Action.TAKEDOWN_LOOKUP: "host looked up (RDAP)",
    Action.TIMESTAMPED: "trusted timestamp received",
    Action.TIMESTAMP_FAILED: "trusted timestamp failed",
    Action.EXPORT_ABANDONED: "export interrupted; its unfinished files were removed",
    Action.BACKED_UP: "vault backed up",
    Action.RESTORED: "vault restored from a backup",
    Action.LOGIN_PROFILE_CREATED: "login profile saved (signed-in session)",
    Action.LOGIN_PROFILE_FORGOTTEN: "login profile forgotten (session erased)",
}

# The actions that seal a capture: every capture has exactly one of them in the log.
SEALING_ACTIONS = frozenset({Action.CAPTURED, Action.IMPORTED})


def action_label(action: str) -> str:
    """The English label of a custody action; an unknown one shows as itself."""
    try:
        return ACTION_LABELS[Action(action)]
    except ValueError:
        return action.replace("_", " ")


# --- take-down ---------------------------------------------------------------------------------

class Category(Word):
    """What kind of place a take-down location is (the NGO's reporting categories)."""

    PORN_SITE = "porn-site"
    SOCIAL_MEDIA = "social-media"
    SEARCH_ENGINE = "search-engine"
    FORUM = "forum"
    IMAGE_HOST = "image-host"
    MESSAGING = "messaging"
    CONTENT_FARM = "content-farm"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, str] = {
    Category.PORN_SITE: "porn site", Category.SOCIAL_MEDIA: "social media",
    Category.SEARCH_ENGINE: "search engine", Category.FORUM: "forum",
    Category.IMAGE_HOST: "image host", Category.MESSAGING: "messaging",
    Category.CONTENT_FARM: "content farm", Category.OTHER: "other",
}


class RouteKind(Word):
    """How a take-down request reaches a platform."""

    WEB_FORM = "web-form"
    EMAIL = "email"
    TRUSTED_FLAGGER = "trusted-flagger"
    HASH_SHARING = "hash-sharing"
    IN_APP = "in-app"
    OTHER = "other"


class Outcome(Word):
    """A platform's answer to a take-down request (`none`: no response by the due date)."""

    REMOVED = "removed"
    REFUSED = "refused"
    ACKNOWLEDGED = "acknowledged"
    INFO_REQUESTED = "info-requested"
    NONE = "none"


class TakedownStatus(Word):
    """A location's current status, always derived from its appended steps."""

    FOUND = "found"  # nothing reported or checked yet
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    INFO_REQUESTED = "info-requested"
    REFUSED = "refused"
    NO_RESPONSE = "no-response"
    ONLINE = "online"
    CHANGED = "changed"  # online but different from the first capture: needs review
    REMOVED = "removed"
    REAPPEARED = "reappeared"  # was removed, found online again
    CHECK_FAILED = "check-failed"  # the last re-check could not reach the page (not a status
    # change: the status before it stands; recorded so the attempt is on file)


class StepKind(Word):
    """An appended take-down record."""

    SENT = "sent"
    RESPONSE = "response"
    RECHECK = "recheck"
    LOOKUP = "lookup"
