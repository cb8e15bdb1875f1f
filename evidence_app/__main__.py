"""`python -m evidence_app` / `evidence-app`: the desktop app without arguments, else the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        try:
            from evidence_app.gui.app import run_gui
        except ModuleNotFoundError as e:
            if not (e.name or "").startswith("evidence_app.gui"):
                raise
        else:
            return int(run_gui())
    from evidence_app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
