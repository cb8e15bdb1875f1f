"""One location's history as plain text: its captures, requests and answers, re-checks, look-ups.

Everything here was typed by a caseworker, said by a platform or found on the network: it is
shown in a read-only plain-text box, never as rich text, each value bounded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app.gui.formatting import local_time, plain
from evidence_app.gui.takedown.labels import outcome_text, reason_text, status_text
from evidence_app.takedown.platforms import OTHER_ROUTE, PlatformBook
from evidence_app.takedown.status import LocationState


def history_text(state: LocationState, book: PlatformBook | None,
                 exhibits: dict[str, str]) -> str:
    """The selected location, worded in the interface language."""
    loc = state.location
    lines = [plain(loc.url, 2000)]
    if loc.note:
        lines.append(QCoreApplication.translate("TakedownHistory", "Note: %1")
                     .replace("%1", plain(loc.note, 500)))
    first = loc.first_capture
    if first is None:
        lines.append(QCoreApplication.translate("TakedownHistory",
                                                "Not captured (added by hand)."))
    else:
        lines.append(QCoreApplication.translate("TakedownHistory", "First captured %1 as %2.")
                     .replace("%1", local_time(first.captured_at)).replace("%2", first.exhibit))
    for label, distance in loc.watch_matches:
        lines.append(QCoreApplication.translate(
            "TakedownHistory", "Shows watched picture %1 (distance %2): report this location.")
            .replace("%1", plain(label, 40)).replace("%2", str(distance)))
    lines.append("")
    if not state.requests:
        lines.append(QCoreApplication.translate("TakedownHistory", "No request recorded yet."))
    for r in state.requests:
        route = r.route
        if book is not None and route != OTHER_ROUTE:
            try:
                route = book.route(route).name
            except Exception:  # noqa: BLE001 - a route removed from the data file: its id
                route = r.route
        elif route == OTHER_ROUTE:
            route = QCoreApplication.translate("Takedown", "Other (describe how it was sent)")
        head = (QCoreApplication.translate("TakedownHistory", "Request sent %1 via %2")
                .replace("%1", local_time(r.at)).replace("%2", plain(route, 200)))
        if r.ref:
            head += " · " + QCoreApplication.translate("TakedownHistory", "reference %1") \
                .replace("%1", plain(r.ref, 200))
        lines.append(head)
        if r.note:
            lines.append("    " + plain(r.note, 500))
        if r.due_at:
            lines.append("    " + QCoreApplication.translate("TakedownHistory", "Due %1")
                         .replace("%1", local_time(r.due_at)))
        for a in r.responses:
            answer = (QCoreApplication.translate("TakedownHistory", "Answer %1: %2")
                      .replace("%1", local_time(a.at)).replace("%2", outcome_text(a.outcome)))
            if a.ref:
                answer += " · " + plain(a.ref, 200)
            lines.append("    → " + answer)
            note = a.details.get("note")
            if note:
                lines.append("      " + plain(note, 1000))
    if state.checks:
        lines.append("")
    for c in state.checks:
        reason = reason_text(c.details.get("reason"))
        text = (QCoreApplication.translate("TakedownHistory", "Re-checked %1: %2")
                .replace("%1", local_time(c.at)).replace("%2", status_text(c.status)))
        if reason:
            text += f" ({reason})"
        if c.capture_id:
            text += " · " + QCoreApplication.translate("TakedownHistory", "sealed as %1") \
                .replace("%1", exhibits.get(c.capture_id, c.capture_id[:8]))
        lines.append(text)
    if state.lookups:
        lines.append("")
    for s in state.lookups:
        host = plain(s.details.get("host", loc.host), 200)
        if s.details.get("later"):
            lines.append(QCoreApplication.translate(
                "TakedownHistory", "Looked up %1 at %2: no answer; look up later.")
                .replace("%1", host).replace("%2", local_time(s.at)))
            continue
        emails = ", ".join(plain(e, 120) for e in s.details.get("abuse_emails") or []) or "—"
        holders = "; ".join(dict.fromkeys(
            plain(a.get("holder") or a.get("name") or "", 120)
            for a in s.details.get("answers") or [] if a.get("ok")))
        lines.append(QCoreApplication.translate(
            "TakedownHistory", "Looked up %1 at %2: run by %3; abuse contact %4.")
            .replace("%1", host).replace("%2", local_time(s.at))
            .replace("%3", holders or "—").replace("%4", emails))
        if s.details.get("behind_cloudflare"):
            lines.append("    " + QCoreApplication.translate(
                "TakedownHistory", "Behind Cloudflare: use Cloudflare's abuse route too."))
    return "\n".join(lines)
