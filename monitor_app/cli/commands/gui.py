"""`trial-monitor` with no command, or `trial-monitor gui`: the desktop app."""

from __future__ import annotations

import argparse

from ..session import Session


def cmd_gui(args: argparse.Namespace, session: Session) -> int:
    from ...gui.app import run  # Qt loads only when the window is wanted

    return run(args.vault)
