"""Messages as codes with parameters: the core says what happened, each front end words it.

The core never composes a sentence for the user on its own: it records a `Notice(code, params)`
(a capture warning) or raises an error carrying `code` and `params`. The CLI shows the English
template (the catalog is in `message_catalog`); the desktop app shows the same template
translated (Qt Linguist, context "Messages") with the same parameters. The English text is
still kept in the records (`warnings`), so a reader of a provenance file never needs this
catalog.

`trans_late` is Vorta's trick: an identity function that Qt's lupdate is told to treat as
QT_TRANSLATE_NOOP (resources/translations/build_translations.py), so the catalog's English
templates land in the .ts files without this module importing Qt.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from evidence_app.message_catalog import CATALOG, CONTEXT, STEPS, trans_late

log = logging.getLogger(__name__)

__all__ = ["CATALOG", "CONTEXT", "STEPS", "Notice", "ParamValue", "english", "fill",
           "trans_late", "unique"]

ParamValue = str | int | float


def _plain(value: object) -> str:
    """A parameter as text; page-derived values are bounded and stripped of control characters."""
    text = str(value)
    return "".join(c for c in text if c.isprintable() or c == " ")[:2000]


class _Params(dict[str, str]):
    """Leaves an unknown {placeholder} visible instead of failing (a template from a newer
    catalog, or a translation with a typo, must never hide the message)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, ParamValue],
         word: Any = None) -> str:
    """Put the parameters into a template; `word(code, params)` words nested `*_code` params."""
    values = _Params()
    # A nested code is worded with the plain parameters only (never itself again).
    inner = {k: v for k, v in params.items() if not k.endswith("_code")}
    for key, value in params.items():
        if key.endswith("_code") and isinstance(value, str):
            values[key] = word(value, inner) if word else english(value, inner)
        else:
            values[key] = _plain(value)
    try:
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError) as e:
        log.warning("message template unusable: %s", type(e).__name__)
        return template


def english(code: str, params: Mapping[str, ParamValue] | None = None,
            fallback: str | None = None) -> str:
    """The English wording of a code (the CLI's and the record's)."""
    template = CATALOG.get(code)
    if template is None:
        return fallback if fallback is not None else code
    return fill(template, params or {})


@dataclass(frozen=True)
class Notice:
    """Something the user should know about a result, as a code with named parameters."""

    code: str
    params: dict[str, ParamValue] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return english(self.code, self.params)

    def __str__(self) -> str:
        return self.english

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, raw: object) -> Notice | None:
        """A notice read back from a record; None for anything malformed."""
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            return None
        params = raw.get("params")
        if not isinstance(params, dict):
            params = {}
        clean = {str(k)[:100]: v if isinstance(v, int | float) else _plain(v)
                 for k, v in params.items()}
        return cls(str(raw["code"])[:200], clean)


def unique(notices: list[Notice]) -> list[Notice]:
    """Notices without repeats, first occurrence kept (the same warning from two steps)."""
    seen: dict[tuple[str, str], Notice] = {}
    for n in notices:
        seen.setdefault((n.code, repr(sorted(n.params.items()))), n)
    return list(seen.values())
