"""Files the user names: read with a one-line error, or written privately and atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .common import CliError


def read_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read the {what} {path}: {exc.strerror or exc}.") from exc


def write_private_file(target: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``target`` readable by the owner only: a temporary file in the same
    folder (0600), fsync'd, then renamed into place."""
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name.")
    if os.path.lexists(target) and not overwrite:
        raise CliError(f"{target} already exists; use --force to replace it.")
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=".trial-monitor-", suffix=".part")
    except OSError as exc:
        raise CliError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise CliError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
