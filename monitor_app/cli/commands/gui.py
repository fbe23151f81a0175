"""`trial-monitor` with no command, or `trial-monitor gui`: the desktop app."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.common import PROG
from monitor_app.cli.session import Session
from monitor_app.core.resources import resource_path

ICON = ("icons", "trial-monitor.png")


def cmd_gui(args: argparse.Namespace, session: Session) -> int:
    # Qt loads only when the window is wanted.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from monitor_app.gui.app import run

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # The window and taskbar icon; on Wayland the compositor finds the icon (and the menu
    # entry) through the desktop file's name, packaging/linux/trial-monitor.desktop.
    app.setWindowIcon(QIcon(str(resource_path(*ICON))))
    app.setDesktopFileName(PROG)
    return run(args.vault)
