"""Strict JSON for untrusted input: no NaN or 1e400, no duplicate keys, bounded nesting."""

from __future__ import annotations

import json
import math
from typing import Any

from evidence_app.integrity.shown import shown

MAX_JSON_DEPTH = 64


class Malformed(ValueError):
    """Untrusted JSON refused; the message says why, in words fit to print."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise Malformed(f"the key {shown(k, 60)!s} appears twice in one object")
        out[k] = v
    return out


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Malformed(f"the number {shown(text, 40)} is out of range")
    return value


def _constant(name: str) -> Any:
    raise Malformed(f"{name} is not a number JSON allows")


def _depth_ok(obj: Any) -> bool:
    stack = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def strict_json(data: bytes) -> Any:
    """Parse untrusted JSON; Malformed (a ValueError) says why it is refused."""
    try:
        text = data.decode("utf-8")
        obj = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_float=_finite,
                         parse_constant=_constant)
    except UnicodeDecodeError as e:
        raise Malformed("it is not UTF-8 text") from e
    except RecursionError as e:
        raise Malformed("it is nested too deeply") from e
    except json.JSONDecodeError as e:
        raise Malformed(f"it is not valid JSON (line {e.lineno}, column {e.colno})") from e
    except Malformed:
        raise
    except ValueError as e:  # e.g. an integer of more digits than Python converts
        raise Malformed("it holds a value out of range") from e
    if not _depth_ok(obj):
        raise Malformed(f"it is nested more than {MAX_JSON_DEPTH} levels deep")
    return obj


def is_int(v: Any) -> bool:
    """A JSON integer (a bool is not one)."""
    return isinstance(v, int) and not isinstance(v, bool)


def as_list(v: Any) -> list[Any]:
    """A parsed value where a list belongs, or an empty list (the wrong type is named elsewhere)."""
    return v if isinstance(v, list) else []


def as_dict(v: Any) -> dict[str, Any]:
    """A parsed value where an object belongs, or an empty one."""
    return v if isinstance(v, dict) else {}
