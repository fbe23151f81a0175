"""Files written whole or not at all: private (0600), fsync'd, renamed into place.

Key cards, exported identities, bundles and receipts are written this way, so a crash or a
full disk never leaves a half-written file under the final name.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
from pathlib import Path

import pyrage
from pyrage import x25519

from monitor_app.core.error_messages import os_reason
from monitor_app.core.errors import StorageError


def write_private_atomically(
    target: Path, data: bytes, *, encrypt_to: list[str] | None = None
) -> None:
    """Write ``target`` with mode 0600 via a hidden temporary file in the same folder that
    is fsync'd and renamed into place, so no half-written file ever has the final name.
    With ``encrypt_to``, ``data`` is written as an age file for those recipients."""
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=".tm-", suffix=".part")
    except OSError as exc:
        raise StorageError("cannot-write-in", folder=str(folder), **os_reason(exc)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if encrypt_to is not None:
                recipients = [x25519.Recipient.from_str(r) for r in encrypt_to]
                pyrage.encrypt_io(io.BytesIO(data), out, recipients)
            else:
                out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
        _fsync_folder(folder)
    except (OSError, pyrage.EncryptError) as exc:
        # pyrage reports a failed write (a full disk) as an EncryptError, with no errno.
        temp.unlink(missing_ok=True)
        reason = os_reason(exc if isinstance(exc, OSError) else OSError(errno.ENOSPC, ""))
        raise StorageError(
            "cannot-write-file", name=target.name, folder=str(folder), **reason
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
