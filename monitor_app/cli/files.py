"""Files the user names: read with a one-line error, or written privately and atomically."""

from __future__ import annotations

import os
from pathlib import Path

from monitor_app.cli.common import CliError
from monitor_app.core.vault.atomic import write_private_atomically


def read_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read the {what} {path}: {exc.strerror or exc}.") from exc


def write_private_file(target: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``target`` readable by the owner only, atomically (see
    `core.sync.files.write_private_atomically`)."""
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name.")
    if os.path.lexists(target) and not overwrite:
        raise CliError(f"{target} already exists; use --force to replace it.")
    write_private_atomically(target, data)
