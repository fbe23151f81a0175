"""Where the app keeps things. Resolved when called, never at import, so tests and
``--vault`` can redirect every path."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TrialMonitor"
VAULT_ENV = "TRIAL_MONITOR_VAULT"


def default_vault_dir() -> Path:
    override = os.environ.get(VAULT_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path
