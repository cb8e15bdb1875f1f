"""Take-down words in the interface language: statuses, outcomes, categories, route kinds.

The stored values come from `evidence_app.vocab`; lupdate sees the English here (context
"Takedown") and the translators word them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app.messages import trans_late
from evidence_app.vocab import Category, Outcome, RouteKind, TakedownStatus

CONTEXT = "Takedown"

STATUS_LABELS: dict[str, str] = {
    TakedownStatus.FOUND: trans_late("Takedown", "Found, not reported"),
    TakedownStatus.REPORTED: trans_late("Takedown", "Reported"),
    TakedownStatus.ACKNOWLEDGED: trans_late("Takedown", "Acknowledged"),
    TakedownStatus.INFO_REQUESTED: trans_late("Takedown", "More information requested"),
    TakedownStatus.REFUSED: trans_late("Takedown", "Refused"),
    TakedownStatus.NO_RESPONSE: trans_late("Takedown", "No response"),
    TakedownStatus.ONLINE: trans_late("Takedown", "Still online"),
    TakedownStatus.CHANGED: trans_late("Takedown", "Changed: needs review"),
    TakedownStatus.REMOVED: trans_late("Takedown", "Removed"),
    TakedownStatus.REAPPEARED: trans_late("Takedown", "REAPPEARED"),
    TakedownStatus.CHECK_FAILED: trans_late("Takedown", "Check failed"),
    "cancelled": trans_late("Takedown", "Not checked (cancelled)"),
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.REMOVED: trans_late("Takedown", "Removed"),
    Outcome.REFUSED: trans_late("Takedown", "Refused"),
    Outcome.ACKNOWLEDGED: trans_late("Takedown", "Acknowledged"),
    Outcome.INFO_REQUESTED: trans_late("Takedown", "More information requested"),
    Outcome.NONE: trans_late("Takedown", "No response by the due date"),
}

CATEGORY_WORDS: dict[str, str] = {
    Category.PORN_SITE: trans_late("Takedown", "Porn site"),
    Category.SOCIAL_MEDIA: trans_late("Takedown", "Social media"),
    Category.SEARCH_ENGINE: trans_late("Takedown", "Search engine"),
    Category.FORUM: trans_late("Takedown", "Forum"),
    Category.IMAGE_HOST: trans_late("Takedown", "Image host"),
    Category.MESSAGING: trans_late("Takedown", "Messaging"),
    Category.CONTENT_FARM: trans_late("Takedown", "Content farm"),
    Category.OTHER: trans_late("Takedown", "Other"),
}

ROUTE_KIND_LABELS: dict[str, str] = {
    RouteKind.WEB_FORM: trans_late("Takedown", "web form"),
    RouteKind.EMAIL: trans_late("Takedown", "e-mail"),
    RouteKind.TRUSTED_FLAGGER: trans_late("Takedown", "trusted flagger"),
    RouteKind.HASH_SHARING: trans_late("Takedown", "hash sharing"),
    RouteKind.IN_APP: trans_late("Takedown", "in the app"),
    RouteKind.OTHER: trans_late("Takedown", "other"),
}

REASON_LABELS: dict[str, str] = {
    "host-gone": trans_late("Takedown", "the host no longer exists"),
    "unreachable": trans_late("Takedown", "could not be reached"),
    "media-gone": trans_late("Takedown", "the pictures are gone"),
    "media-partly-gone": trans_late("Takedown", "some pictures are gone"),
    "media-present": trans_late("Takedown", "the pictures are still there"),
    "page-same": trans_late("Takedown", "the page is the same"),
    "page-differs": trans_late("Takedown", "the page is different"),
    "no-first-capture": trans_late("Takedown", "online (no earlier capture to compare)"),
    "cancelled": trans_late("Takedown", "cancelled"),
}


def _word(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    english = table.get(str(value))
    return QCoreApplication.translate(CONTEXT, english) if english else str(value)


def status_text(status: str | None) -> str:
    return _word(STATUS_LABELS, status)


def outcome_text(outcome: str | None) -> str:
    return _word(OUTCOME_LABELS, outcome)


def category_text(category: str | None) -> str:
    return _word(CATEGORY_WORDS, category)


def route_kind_text(kind: str | None) -> str:
    return _word(ROUTE_KIND_LABELS, kind)


def reason_text(reason: str | None) -> str:
    """A re-check's reason code; `http-410` reads as "HTTP 410"."""
    if reason and reason.startswith("http-"):
        return "HTTP " + reason[len("http-"):]
    return _word(REASON_LABELS, reason)
