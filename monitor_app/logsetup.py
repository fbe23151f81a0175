"""Logging for the app: one private, size-capped file.

THE RULE: a log message never contains user content — no note text, trial titles, names,
case numbers, file names, passphrases, recovery codes, and no command-line arguments (they
carry all of those). Log what happened (the command's name, an exception's type, counts,
durations) and the opaque ids the vault already shows in clear. Exception messages raised
by the core on purpose are written to be shown and are safe; a traceback is fine as long as
no log call put user data into an exception message. The log file may be sent to a
helper when something goes wrong: treat it as readable by someone else.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from monitor_app.core.paths import ensure_private_dir

LOG_FILENAME = "trial-monitor.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The package's logger: every module logs through logging.getLogger(__name__) below it.
APP_LOGGER = "monitor_app"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose files (the current one and each new one after a
    rollover) are readable by the owner only, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(log_dir: Path) -> Path:
    """Log INFO and above from the app to ``log_dir/trial-monitor.log`` (1 MiB, 3 backups,
    folder 0700, files 0600); return the file's path.

    Calling it again (the CLI's ``main`` runs many times in one test process) replaces the
    handler it installed before, so messages are never written twice.
    """
    ensure_private_dir(log_dir)
    path = log_dir / LOG_FILENAME
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger = logging.getLogger(APP_LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
