"""Asking a yes/no question before something that cannot be undone or that trusts a key."""

from __future__ import annotations

import sys

from monitor_app.cli.common import CliError
from monitor_app.cli.secrets import stdin_is_tty


def confirm(question: str, *, assume_yes: bool) -> None:
    """Go on only on a typed "yes" (or --yes). Without a terminal, --yes is required, so a
    script never trusts a key or removes data by accident."""
    if assume_yes:
        return
    if not stdin_is_tty():
        raise CliError("This needs confirmation and there is no terminal to ask: add --yes.")
    print(f"{question} Type yes to go on: ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().casefold()
    if answer not in ("yes", "y"):
        raise CliError("Not confirmed. Nothing was changed.")
