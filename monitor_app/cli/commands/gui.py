"""`trial-monitor` with no command, or `trial-monitor gui`: the desktop app."""

from __future__ import annotations

import argparse

from monitor_app.cli.common import PROG
from monitor_app.cli.session import Session


def cmd_gui(args: argparse.Namespace, session: Session) -> int:
    from monitor_app.gui.app import run  # Qt loads only when the window is wanted

    return run(args.vault, PROG)  # the desktop file is named for the program
