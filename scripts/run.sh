#!/usr/bin/env bash
# Set up (first time) and start evidence-app; arguments go to the program (none: the desktop app).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
exec "${EVIDENCE_APP_VENV:-$here/.venv}/bin/evidence-app" "$@"
