"""Trial Monitor: structured, encrypted, offline notes for trial observers.

``__version__`` comes from the installed distribution's metadata; when the package runs
from a source tree that was never installed, it is read from ``pyproject.toml``, which is
the single place the version is written.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "trial-monitor"


def _read_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _read_version()

__all__ = ["__version__"]
