"""What every part of the CLI shares: the program's name, exit statuses, `CliError`."""

from __future__ import annotations

from monitor_app.core.error_messages import AS_GIVEN
from monitor_app.core.errors import TrialMonitorError

PROG = "trial-monitor"
PASSPHRASE_ENV = "TRIAL_MONITOR_PASSPHRASE"  # noqa: S105 (a variable's name, not a secret)
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


class CliError(TrialMonitorError):
    """A user error the CLI itself finds: an unreadable file, no way to ask for a secret.
    The CLI speaks English only, so its refusals are written out where they are raised."""

    def __init__(self, message: str) -> None:
        super().__init__(AS_GIVEN, text=message)
