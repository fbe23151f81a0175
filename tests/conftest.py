"""Root test configuration: headless Qt, a fixed locale, and no test touches the real home.

The environment lines come first, before any import that could load Qt: without a platform
and without a display, Qt aborts the whole pytest process (exit 134, no summary).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
# The CLI's main(), called in-process, would make pytest itself non-dumpable: keep the test
# process debuggable (gdb, core files of a crash); tests/core/test_process_hardening.py takes
# this away from the children it checks.
os.environ["TRIAL_MONITOR_ALLOW_CORE_DUMPS"] = "1"

from dataclasses import dataclass
from pathlib import Path

import pytest

# Layered fixtures (vault template -> unlocked vault -> notebook -> trial -> hearing), the
# second observer and coordinator, and the scene of one trial both observers watched.
pytest_plugins = ("tests.layers", "tests.sync_layers", "tests.coordination_scene")

# Variables through which a user points the app at a vault or hands it a passphrase.
APP_ENV_VARS = ("TRIAL_MONITOR_VAULT", "TRIAL_MONITOR_PASSPHRASE")


@dataclass(frozen=True)
class UserDirs:
    """The per-user folders a test runs with, all under its own ``tmp_path``."""

    home: Path
    data: Path
    config: Path
    cache: Path
    state: Path
    runtime: Path


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserDirs:
    """Redirect HOME and every XDG folder to ``tmp_path`` and drop the app's own variables.

    platformdirs and QStandardPaths read these when called, so vaults, settings, caches and
    logs created by any test land in the test's own folder. Ask for ``user_dirs`` to learn where.
    """
    root = tmp_path / "user"
    dirs = UserDirs(
        home=root / "home",
        data=root / "data",
        config=root / "config",
        cache=root / "cache",
        state=root / "state",
        runtime=root / "runtime",
    )
    for path in (dirs.home, dirs.data, dirs.config, dirs.cache, dirs.state, dirs.runtime):
        path.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("HOME", str(dirs.home))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs.data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs.config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs.cache))
    monkeypatch.setenv("XDG_STATE_HOME", str(dirs.state))
    # Qt wants a private runtime dir (0700) and warns on every start without one.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(dirs.runtime))
    for name in APP_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return dirs
