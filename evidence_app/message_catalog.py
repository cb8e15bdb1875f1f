"""The message catalog: every code the core reports, with its English template.

Read `evidence_app.messages` first (codes, parameters, who words them). This module holds only
data: `trans_late` marks each template for Qt's lupdate without importing Qt.
"""

from __future__ import annotations

CONTEXT = "Messages"


def trans_late(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged (see the module doc)."""
    del context
    return text


# Code -> English template. Parameters are {named}; a parameter called `step` is one of STEPS,
# and one whose name ends in `_code` is itself a code of this catalog (worded in turn).
CATALOG: dict[str, str] = {
    # --- capture warnings: timing and page behaviour ---
    "capture.time_limit_in_step": trans_late(
        "Messages",
        "The capture's time limit was reached during the {step}; later steps were skipped. "
        "Raise the limit (--timeout) to capture this page completely."),
    "capture.page_unresponsive": trans_late(
        "Messages",
        "The page stopped responding while taking the {step} (no answer within {seconds} s; an "
        "endless script or a stuck page). The capture holds what had arrived over the network; "
        "later steps were skipped."),
    "capture.navigated_in_step": trans_late(
        "Messages",
        "The page navigated during the {step}, so that step was skipped."),
    "capture.step_failed": trans_late(
        "Messages",
        "The {step} failed: {detail}. Later steps that need the page were skipped."),
    "capture.load_timeout": trans_late(
        "Messages",
        "The page did not finish loading within {seconds} s; it was captured as far as it had "
        "loaded."),
    "capture.not_settled": trans_late(
        "Messages",
        "The page was still loading or changing after {seconds} s; it was captured as it was."),
    "capture.images_pending": trans_late(
        "Messages",
        "{count} image(s) had still not loaded when the page was captured."),
    "capture.http_error": trans_late(
        "Messages",
        "The server answered HTTP {status} (e.g. removed or not found); the page was captured "
        "as served."),
    "capture.certificate_problem": trans_late(
        "Messages",
        "The site's security certificate has a problem ({detail}); the page was captured anyway"
        " and the certificate recorded."),
    "capture.requests_left_out": trans_late(
        "Messages",
        "{count} request(s) had no content to archive (failed, cancelled or over a size cap); "
        "they are listed in the provenance record."),
    # --- what the page looked like ---
    "capture.spinner": trans_late(
        "Messages",
        "A loading indicator (spinner) was still visible when the page was captured; the "
        "content may not have loaded. Check the screenshot and capture again if needed."),
    "capture.login_wall": trans_late(
        "Messages",
        "The page shows a login form or asks to log in: the content may be behind a login wall."
        " The capture was made logged out."),
    "capture.consent_notice": trans_late(
        "Messages",
        "A cookie or consent notice covers part of the page; content behind it may be hidden in"
        " the screenshot."),
    "capture.overlay": trans_late(
        "Messages",
        "An overlay (pop-up, login or consent wall) covers most of the page; the content behind"
        " it may not be visible in the screenshot."),
    "capture.almost_empty": trans_late(
        "Messages",
        "The page shows almost no content (no images and hardly any text)."),
    # --- scrolling and screenshots ---
    "capture.infinite_scroll": trans_late(
        "Messages",
        "The page kept growing as it was scrolled (infinite scroll); scrolling stopped at "
        "{limit_px} px, so later content is not in the capture."),
    "capture.scroll_height_cap": trans_late(
        "Messages",
        "The page is {height_px} px tall; scrolling stopped at {limit_px} px, so content "
        "further down may not have loaded."),
    "capture.scroll_time_cap": trans_late(
        "Messages",
        "Scrolling through the page was stopped after {seconds} s (at {at_px} px of {height_px}"
        " px), so content further down may be missing."),
    "capture.screenshot_height_cap": trans_late(
        "Messages",
        "The page is {height_px} px tall; the full-page screenshot covers the first {limit_px} "
        "px."),
    # --- hostile pages ---
    "capture.dialogs": trans_late(
        "Messages",
        "The page opened {count} dialog box(es) (alert/confirm/prompt); they were dismissed and"
        " recorded."),
    "capture.popups": trans_late(
        "Messages",
        "The page opened {count} pop-up window(s); they were closed and their addresses "
        "recorded."),
    "capture.download_truncated": trans_late(
        "Messages",
        "A download was larger than the {cap_mb} MB cap; only the start was kept."),
    "capture.download_not_kept": trans_late(
        "Messages",
        "The page started a download that could not be kept ({detail})."),
    # --- network and media ---
    "capture.html_too_large": trans_late(
        "Messages",
        "The page's HTML was larger than {cap_mb} MB, so loading was stopped at that size; the "
        "capture shows the part that arrived."),
    "capture.total_size_cap": trans_late(
        "Messages",
        "The page's resources exceeded the capture's total size cap; some were not kept."),
    "capture.media_streamed": trans_late(
        "Messages",
        "{count} video/audio player(s) play a stream assembled by the page (blob:), which "
        "cannot be saved as one file; the pieces the page fetched are in the web archive "
        "(WACZ)."),
    "capture.media_too_big": trans_late(
        "Messages",
        "{count} media file(s) were larger than the {cap_mb} MB cap and were not kept as "
        "separate items."),
    "capture.media_not_kept": trans_late(
        "Messages",
        "{count} media file(s) were seen but their content could not be kept (too large for the"
        " browser's buffer or interrupted)."),
    "capture.media_over_count": trans_late(
        "Messages",
        "The page had more than {limit} media files; {count} were not kept as separate items."),
    "capture.media_partial": trans_late(
        "Messages",
        "{count} media file(s) were only partly downloaded by the page (streamed video/audio); "
        "the parts seen are kept."),
    # --- why an address failed ---
    "capture.unreachable": trans_late(
        "Messages",
        "{reason_code} Nothing was saved for {url}."),
    "capture.timed_out": trans_late(
        "Messages",
        "The capture did not finish within {seconds} s, so nothing was saved for this address. "
        "Try again, or raise the limit (--timeout)."),
    "capture.unexpected": trans_late(
        "Messages",
        "The capture failed unexpectedly ({kind}); nothing was saved for this address. Try "
        "again."),
    "capture.seal_unexpected": trans_late(
        "Messages",
        "The capture could not be sealed ({kind}); nothing was saved for this address. Try "
        "again."),
    "net.ERR_NAME_NOT_RESOLVED": trans_late(
        "Messages",
        "The web address's host name could not be found (DNS failure). Check the address for "
        "typing mistakes; the site may no longer exist."),
    "net.ERR_CONNECTION_REFUSED": trans_late(
        "Messages",
        "The server refused the connection (nothing is answering at that address). The site may"
        " be down; try again later."),
    "net.ERR_CONNECTION_RESET": trans_late(
        "Messages",
        "The connection was reset by the server or the network."),
    "net.ERR_INTERNET_DISCONNECTED": trans_late(
        "Messages",
        "This computer is not connected to the internet."),
    "net.ERR_ADDRESS_UNREACHABLE": trans_late(
        "Messages",
        "The server's address cannot be reached from this network."),
    "net.ERR_CONNECTION_TIMED_OUT": trans_late(
        "Messages",
        "The server did not answer (connection timed out)."),
    "net.ERR_SSL_PROTOCOL_ERROR": trans_late(
        "Messages",
        "A secure (https) connection to the server could not be made. If the address was typed "
        "without http:// or https://, https:// was assumed: try it again with http:// in front."),
    "net.ERR_UNSAFE_PORT": trans_late(
        "Messages",
        "The browser refuses to open this port number (it is reserved for other services)."),
    "net.ERR_EMPTY_RESPONSE": trans_late(
        "Messages",
        "The server closed the connection without sending anything."),
    "net.ERR_UNSAFE_REDIRECT": trans_late(
        "Messages",
        "The page redirected to a file: or another non-web address, which a web capture never "
        "opens (it could read files or settings on this computer)."),
    "capture.unsafe_redirect": trans_late(
        "Messages",
        "The page redirected to a {scheme}: address, which a web capture never opens (it could "
        "read files or settings on this computer). The redirect itself is the evidence: capture "
        "the address before the redirect with a screenshot, or note it by hand."),
    "capture.private_redirect": trans_late(
        "Messages",
        "The page redirected the capture to an address on a {kind} network ({host}), i.e. "
        "inside this computer's or this office's network rather than the public internet. It "
        "was followed and recorded; check that this is what the site does."),
    "capture.credentials_removed": trans_late(
        "Messages",
        "The address contained a user name and password (user:password@); they were removed "
        "before the page was opened and are recorded nowhere. A page that needed them may show "
        "a login prompt or an error."),
    "capture.minor_safeguard": trans_late(
        "Messages",
        "The person depicted may be under 18: no pictures or videos were kept, only their hashes"
        " ({count} item(s)); screenshots were taken with pictures hidden, and the page archives "
        "(MHTML, WACZ) were left out."),
    # --- logged-in capture ---
    "capture.login_wall_profile": trans_late(
        "Messages",
        "Login profile {profiles} fits this site: capture again signed in with `--login "
        "{name}`."),
    "capture.login_wall_make_profile": trans_late(
        "Messages",
        "To capture it signed in, first make a login profile for this site with `evidence-app "
        "login NAME URL`, then capture with `--login NAME`."),
    "capture.redirected_to_sign_in": trans_late(
        "Messages",
        "The site sent the browser to its sign-in page: the content is behind a login wall. The "
        "capture was made logged out."),
    "capture.login_wrong_site": trans_late(
        "Messages",
        "Login profile '{profile}' holds a session for {hosts}, not for {host}: the page was "
        "probably seen signed out. Use a profile made for this site."),
    "capture.session_in_content": trans_late(
        "Messages",
        "The page's own content holds a value of the login session (in: {where}). Anyone who "
        "receives this capture may be able to use that session: sign out of it on the site (or "
        "change the account's password) before sharing the exhibit."),
    "capture.signed_out": trans_late(
        "Messages",
        "Signed out: the site sent the browser to its sign-in page, so the session of login "
        "profile '{profile}' has expired. Sign in again with `{command}`, then capture again. "
        "Nothing was saved for this address."),
    # --- what `verify` found: one code per problem kind, {capture} a short capture id and
    # {seq} a custody record's number (the technical detail stays in the record) ---
    "verify.chunk_missing": trans_late(
        "Messages",
        "A stored piece of an item of capture {capture} is missing."),
    "verify.chunk_count": trans_late(
        "Messages",
        "An item of capture {capture} is stored in a different number of pieces than when it "
        "was sealed."),
    "verify.artifact_hash_mismatch": trans_late(
        "Messages",
        "An item of capture {capture} no longer matches the SHA-256 it was sealed with: the "
        "stored content was altered."),
    "verify.artifact_record_mismatch": trans_late(
        "Messages",
        "The record of an item of capture {capture} no longer matches the SHA-256 the custody "
        "log recorded when it was sealed: the record was altered."),
    "verify.capture_without_custody": trans_late(
        "Messages",
        "A capture has no sealing record in the custody log."),
    "verify.orphan_artifacts": trans_late(
        "Messages",
        "Stored items that belong to no capture were found."),
    "verify.orphan_chunks": trans_late(
        "Messages",
        "Stored pieces that belong to no item were found."),
    "verify.custody_hash_mismatch": trans_late(
        "Messages",
        "Custody record #{seq} was changed after it was written."),
    "verify.custody_details_mismatch": trans_late(
        "Messages",
        "The details of custody record #{seq} were changed after they were written."),
    "verify.custody_broken_link": trans_late(
        "Messages",
        "Custody record #{seq} does not follow on from the record before it: records were "
        "removed, inserted or changed."),
    "verify.custody_sequence_gap": trans_late(
        "Messages",
        "Custody records are missing before record #{seq}."),
    "verify.custody_time_backwards": trans_late(
        "Messages",
        "Custody record #{seq} is dated earlier than the record before it: the computer's "
        "clock was set back, or the times were not written by this app."),
    "verify.custody_time_unreadable": trans_late(
        "Messages",
        "The time of custody record #{seq} cannot be read."),
    "verify.timestamp_invalid": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} does not verify."),
    "verify.timestamp_record_mismatch": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} is not the one the custody log recorded."),
    "verify.timestamp_sealing_mismatch": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} does not cover that capture's sealing "
        "record."),
    "verify.timestamp_chain_mismatch": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} does not match the custody log as it stood "
        "when it was asked for."),
    "verify.timestamp_unrecorded": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} was never recorded in the custody log."),
    "verify.timestamp_covers_altered_evidence": trans_late(
        "Messages",
        "A trusted timestamp of capture {capture} covers evidence that has since been altered."),
    "net.no_answer": trans_late(
        "Messages",
        "The server did not answer within {seconds} s."),
    "net.not_opened": trans_late(
        "Messages",
        "The page could not be opened."),
}

# The steps of a page capture, named in warnings as {step}.
STEPS: tuple[str, ...] = (
    trans_late("Messages", "page check"),
    trans_late("Messages", "settle wait"),
    trans_late("Messages", "viewport screenshot"),
    trans_late("Messages", "scroll"),
    trans_late("Messages", "image wait"),
    trans_late("Messages", "page height"),
    trans_late("Messages", "full-page screenshot"),
    trans_late("Messages", "MHTML snapshot"),
    trans_late("Messages", "rendered HTML"),
    trans_late("Messages", "title"),
    trans_late("Messages", "media list"),
    trans_late("Messages", "print check"),
)
