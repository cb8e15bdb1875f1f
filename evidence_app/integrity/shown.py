"""Names and values from a received bundle, made safe to print: nothing that came from the
sender reaches a terminal as a control character (a file name holding ESC [ 32 m could paint a
fake green "OK"), and bytes that are not UTF-8 are shown, not crashed on."""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 300  # characters of one untrusted value in a message

# Control, format (bidi overrides, zero-width), surrogate, private-use, unassigned, and the
# line/paragraph separators that would break a one-line message.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def shown(untrusted: object, limit: int = MAX_SHOWN, backslash: bool = True) -> str:
    """`untrusted` as printable text: control characters as \\x1b, \\u202e..., a byte that was
    not UTF-8 (a surrogate escape) as \\xff, a backslash doubled (unless `backslash` is
    False: for text already escaped); cut to `limit` characters."""
    text = untrusted if isinstance(untrusted, str) else repr(untrusted)
    out: list[str] = []
    size = 0
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os/zip decoding kept an undecodable byte this way
            piece = f"\\x{code - 0xDC00:02x}"
        elif ch == "\\" and backslash:
            piece = "\\\\"
        elif unicodedata.category(ch) in _ESCAPED_CATEGORIES:
            piece = (f"\\x{code:02x}" if code < 0x100 else
                     f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            piece = ch
        out.append(piece)
        size += len(piece)
        if size > limit:
            return "".join(out)[:limit] + "…"
    return "".join(out)


def is_plain(untrusted: str) -> bool:
    """True if `untrusted` prints as itself (no character would be escaped)."""
    return shown(untrusted, len(untrusted) * 10 + 10) == untrusted


def shown_error(e: BaseException) -> str:
    """Why a read failed, short and escaped (an error can quote a hostile name)."""
    return shown(str(e) or type(e).__name__, 120)
