#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, lint and type checks included.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
venv="${EVIDENCE_APP_VENV:-$here/.venv}"
cd "$here"
"$venv/bin/ruff" check evidence_app tests benchmarks
"$venv/bin/mypy"
"$venv/bin/python" -m pytest "$@"
