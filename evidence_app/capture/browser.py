"""Finding a Chromium-family browser to capture with, and the flags it is launched with.

Order (the first that exists wins): an explicit setting (``options.browser_path`` or
``EVIDENCE_APP_BROWSER``; if given it must exist), a Playwright-managed Chromium, Google Chrome,
Microsoft Edge (on every office Windows laptop), then Chromium on the PATH.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from evidence_app.errors import BrowserNotFound

log = logging.getLogger(__name__)

BROWSER_ENV = "EVIDENCE_APP_BROWSER"

# Flags for every launch. Caches are sized to nothing and crash reporting is off so that no page
# data is written to the (temporary) profile folder; contexts are incognito on top of that.
LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-breakpad",
    "--disable-crash-reporter",
    "--disable-gpu-shader-disk-cache",
    "--disk-cache-size=1",
    "--media-cache-size=1",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
    "--hide-scrollbars",
    "--mute-audio",
]


@dataclass(frozen=True)
class BrowserInfo:
    """A browser program found on this machine."""

    path: str
    kind: str  # "explicit" | "playwright" | "chrome" | "edge" | "chromium"

    @property
    def label(self) -> str:
        return {"explicit": "browser set by EVIDENCE_APP_BROWSER or the settings",
                "playwright": "Playwright Chromium", "chrome": "Google Chrome",
                "edge": "Microsoft Edge", "chromium": "Chromium"}[self.kind]


Which = Callable[[str], "str | None"]


def _playwright_candidates(system: str, env: Mapping[str, str], home: Path) -> list[Path]:
    roots: list[Path] = []
    if env.get("PLAYWRIGHT_BROWSERS_PATH") not in (None, "", "0"):
        roots.append(Path(env["PLAYWRIGHT_BROWSERS_PATH"]))
    if system == "Windows":
        roots.append(Path(env.get("LOCALAPPDATA", str(home / "AppData" / "Local")))
                     / "ms-playwright")
        rel = ["chrome-win64/chrome.exe", "chrome-win/chrome.exe"]
    elif system == "Darwin":
        roots.append(home / "Library" / "Caches" / "ms-playwright")
        rel = ["chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/"
               "Google Chrome for Testing",
               "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/"
               "Google Chrome for Testing",
               "chrome-mac/Chromium.app/Contents/MacOS/Chromium"]
    else:
        roots.append(Path(env.get("XDG_CACHE_HOME", str(home / ".cache"))) / "ms-playwright")
        rel = ["chrome-linux64/chrome", "chrome-linux/chrome"]
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        # Newest revision first: chromium-1140 before chromium-1097.
        dirs = sorted((d for d in root.glob("chromium-*") if d.is_dir()),
                      key=lambda d: _revision(d.name), reverse=True)
        found += [d / r for d in dirs for r in rel]
    return found


def _revision(name: str) -> int:
    tail = name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else -1


def _fixed_candidates(system: str, env: Mapping[str, str], home: Path) -> list[tuple[str, Path]]:
    if system == "Windows":
        bases = [env.get("PROGRAMFILES"), env.get("PROGRAMFILES(X86)"), env.get("LOCALAPPDATA")]
        out: list[tuple[str, Path]] = []
        for kind, rel in (("chrome", "Google/Chrome/Application/chrome.exe"),
                          ("edge", "Microsoft/Edge/Application/msedge.exe"),
                          ("chromium", "Chromium/Application/chrome.exe")):
            out += [(kind, Path(b) / rel) for b in bases if b]
        return out
    if system == "Darwin":
        apps = [Path("/Applications"), home / "Applications"]
        out = []
        for kind, rel in (("chrome", "Google Chrome.app/Contents/MacOS/Google Chrome"),
                          ("edge", "Microsoft Edge.app/Contents/MacOS/Microsoft Edge"),
                          ("chromium", "Chromium.app/Contents/MacOS/Chromium")):
            out += [(kind, a / rel) for a in apps]
        return out
    return [("chrome", Path("/opt/google/chrome/chrome")),
            ("edge", Path("/opt/microsoft/msedge/msedge")),
            ("chromium", Path("/snap/bin/chromium"))]


_PATH_NAMES = {"chrome": ["google-chrome", "google-chrome-stable", "chrome"],
               "edge": ["microsoft-edge", "microsoft-edge-stable", "msedge"],
               "chromium": ["chromium", "chromium-browser"]}


def candidates(system: str | None = None, env: Mapping[str, str] | None = None,
               home: Path | None = None, which: Which = shutil.which) -> list[BrowserInfo]:
    """Every browser found, in the order of preference (explicit setting not included)."""
    system = system or platform.system()
    env = os.environ if env is None else env
    home = home or Path.home()
    found: list[BrowserInfo] = []
    found += [BrowserInfo(str(p), "playwright")
              for p in _playwright_candidates(system, env, home) if p.is_file()]
    fixed = _fixed_candidates(system, env, home)
    for kind in ("chrome", "edge", "chromium"):
        found += [BrowserInfo(str(p), kind) for k, p in fixed if k == kind and p.is_file()]
        for name in _PATH_NAMES[kind]:
            path = which(name)
            if path:
                found.append(BrowserInfo(path, kind))
    unique: list[BrowserInfo] = []
    seen: set[str] = set()
    for b in found:
        if b.path not in seen:
            seen.add(b.path)
            unique.append(b)
    return unique


def find_browser(explicit: str | None = None, *, system: str | None = None,
                 env: Mapping[str, str] | None = None, home: Path | None = None,
                 which: Which = shutil.which) -> BrowserInfo:
    """The browser to capture with; raises BrowserNotFound naming what to install."""
    env = os.environ if env is None else env
    setting = explicit or env.get(BROWSER_ENV)
    if setting:
        path = Path(setting).expanduser()
        if path.is_file():
            return BrowserInfo(str(path), "explicit")
        resolved = which(setting)
        if resolved:
            return BrowserInfo(resolved, "explicit")
        raise BrowserNotFound(f"The browser set for capturing ({setting}) does not exist. Fix "
                              f"the setting or {BROWSER_ENV}, or remove it to use Chrome, Edge "
                              "or Chromium automatically.")
    found = candidates(system, env, home, which)
    if not found:
        system = system or platform.system()
        hint = {"Windows": "Install Microsoft Edge or Google Chrome",
                "Darwin": "Install Google Chrome (or Microsoft Edge) into Applications"}.get(
            system, "Install Chromium (e.g. `sudo apt install chromium`) or Google Chrome")
        raise BrowserNotFound(f"No browser for capturing was found. {hint}, or set "
                              f"{BROWSER_ENV} to the browser's program file.")
    log.debug("browser candidates: %s", [b.kind for b in found])
    return found[0]


def use_sandbox() -> bool:
    """Chromium's sandbox isolates hostile pages; it cannot run as root on Linux/macOS."""
    geteuid = getattr(os, "geteuid", None)
    return not (geteuid is not None and geteuid() == 0)


def private_launch(folder: str | None) -> tuple[list[str], dict[str, str] | None]:
    """Launch flags and environment that keep everything the browser writes inside `folder`.

    --disable-breakpad does not stop Chromium's crashpad: a renderer crash wrote a dump holding
    the page's URL and memory to ~/.config/chromium/Crash Reports. The crash folder, the config
    and cache homes (crash reports, dconf) and HOME (NSS's ~/.pki) all point into the private
    temp folder, which is removed when the browser closes. User fonts stay visible: fontconfig
    finds them through XDG_DATA_HOME and the ~/.fonts link.
    """
    if folder is None:
        return list(LAUNCH_ARGS), None
    root = Path(folder)
    real_home = Path.home()
    home = root / "home"
    for sub in (home, root / "config", root / "cache", root / "crash"):
        sub.mkdir(mode=0o700, exist_ok=True)
    if (real_home / ".fonts").is_dir():
        (home / ".fonts").symlink_to(real_home / ".fonts")
    env = {**os.environ, "TMPDIR": folder, "HOME": str(home),
           "XDG_CONFIG_HOME": str(root / "config"), "XDG_CACHE_HOME": str(root / "cache"),
           "XDG_DATA_HOME": os.environ.get("XDG_DATA_HOME", str(real_home / ".local" / "share"))}
    return [*LAUNCH_ARGS, f"--crash-dumps-dir={root / 'crash'}"], env

