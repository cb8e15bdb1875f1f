"""Optional core engines (capture, export): present in full installs, checked before use."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from types import ModuleType

log = logging.getLogger(__name__)

CAPTURE_MODULE = "evidence_app.capture.batch"
EXPORT_MODULE = "evidence_app.report.export"


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def load(module: str) -> ModuleType | None:
    """Import the engine, or None if it is missing or broken (logged by type only)."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        log.warning("engine %s not importable: %s", module, type(e).__name__)
        return None
