"""Where evidence-app keeps its files: platformdirs locations, overridable for tests and users."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from evidence_app import APP_NAME

VAULT_ENV = "EVIDENCE_APP_VAULT"
HOME_ENV = "EVIDENCE_APP_HOME"  # one folder for data + config: tests and portable installs
VAULT_FILENAME = "vault.db"


def data_dir() -> Path:
    """The per-user data folder (vault, backups)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def config_dir() -> Path:
    """The per-user settings folder (never case content)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def default_vault_path() -> Path:
    """`--vault`, else EVIDENCE_APP_VAULT, else the vault in the user data folder."""
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / VAULT_FILENAME


def key_file_for(vault_path: Path) -> Path:
    """The small sidecar holding the wrapped vault key, kept beside the vault."""
    return vault_path.with_name(vault_path.name + ".keys")
