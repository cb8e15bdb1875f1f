"""Refresh the Qt Linguist files: lupdate (sources -> .ts), then lrelease (.ts -> .qm).

Run after changing user-visible strings in evidence_app/gui, translate what `lupdate` marked
unfinished (Qt Linguist: `pyside6-linguist resources/translations/evidence_app_zh_HK.ts`), run
again, and commit the .ts and .qm files. tests/gui/test_i18n.py fails when the .ts files are out of
date or a translation is missing.

    python resources/translations/build_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# The GUI, and the core's message catalog (its templates are marked with trans_late).
SOURCES = [*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "evidence_app" / "gui").rglob("*.py")),
           "evidence_app/message_catalog.py"]
LANGUAGES = ("en", "zh_HK")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same venv as this Python, else from PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6-essentials")
    return found


def main() -> int:
    for lang in LANGUAGES:
        ts = HERE / f"evidence_app_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                        "-tr-function-alias", "QT_TRANSLATE_NOOP+=trans_late",
                        "-target-language", lang, *SOURCES, "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
