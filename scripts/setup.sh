#!/usr/bin/env bash
# Set up evidence-app on a Debian/Ubuntu machine: system packages, a virtual env, the package.
# Idempotent: a second run only checks. Run as root, or as a user with sudo; without either the
# system packages are listed for an administrator and the Python part still runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${EVIDENCE_APP_VENV:-$here/.venv}"

# chromium: the capture browser when no Chrome/Edge/Playwright browser is installed.
# fonts-noto-cjk: Traditional Chinese in the window and the PDF. poppler-utils, sqlite3, xvfb: tests.
# The lib* packages are what Qt's xcb/offscreen platforms load.
apt_packages=(python3-venv chromium fonts-noto-cjk poppler-utils sqlite3 xvfb xauth
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
  openssl)  # the tests' local time-stamping authority (`openssl ts -reply`) and `ts -verify`

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
    if [ "$sudo" = none ]; then
      echo "setup: please ask an administrator to install: ${missing[*]}" >&2
    else
      echo "setup: installing system packages: ${missing[*]}" >&2
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating virtual environment in $venv" >&2
  "$python" -m venv "$venv"
fi
stamp="$venv/.evidence-app-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing evidence-app and its dependencies" >&2
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q -e ".[test]" 2>&1 | { grep -v "is ignored: it is neither" || true; } >&2
  touch "$stamp"
fi
