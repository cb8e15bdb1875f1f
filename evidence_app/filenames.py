"""Safe file names for anything written out of the vault (extract, bundle) or named in it."""

from __future__ import annotations

import re
import unicodedata

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
MAX_COMPONENT = 48


def safe_component(text: str, limit: int = MAX_COMPONENT, fallback: str = "item") -> str:
    """ASCII letters, digits, '.', '-', '_' and spaces; short; never a reserved Windows name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9._ -]+", "_", ascii_text)
    # No dash at either end: a name that ends " -" once held words this rule dropped, and one
    # that starts with "-" reads as an option to command-line tools.
    cleaned = re.sub(r"_+", "_", re.sub(r"\s+", " ", cleaned)).strip(" ._-")
    cleaned = cleaned[:limit].rstrip(" ._-")
    if not cleaned:
        cleaned = fallback
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def safe_filename(name: str, limit: int = MAX_COMPONENT, fallback: str = "item") -> str:
    """Like safe_component, but a short extension survives even when the stem does not.

    '證據.png' becomes 'item.png' rather than 'png'.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or not re.fullmatch(r"[A-Za-z0-9]{1,8}", ext):
        return safe_component(name, limit, fallback)
    return f"{safe_component(stem, max(1, limit - len(ext) - 1), fallback)}.{ext}"
