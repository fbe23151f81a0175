"""Starting the desktop app: Qt, translation, the idle lock, a calm crash handler."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from monitor_app import __version__
from monitor_app.core import paths
from monitor_app.gui.common import collector
from monitor_app.gui.common.i18n import install_translators, resolve_language
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings

if TYPE_CHECKING:
    from monitor_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _install_crash_handler(app: QApplication) -> None:
    """Any unexpected error: logged (type and trace, no user content), one calm dialog."""

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        QMessageBox.critical(
            app.activeWindow(),
            app.translate("app", "Trial Monitor"),
            app.translate(
                "app",
                "Something went wrong. What you saved is safe; the details were written "
                "to the log file in {folder}.",
            ).format(folder=paths.log_dir()),
        )

    sys.excepthook = handle


def build(app: QApplication, vault_folder: Path | None = None) -> MainWindow:
    """The session, idle lock and main window for ``app`` (the window holds the rest)."""
    from monitor_app.gui.main_window import (
        MainWindow,  # the screens import Qt widgets: load them late
    )

    settings = AppSettings()
    install_translators(app, resolve_language(settings.language))  # parented to app
    session = VaultSession(settings.vault_folder(vault_folder))
    idle_lock = IdleLock(session, settings.autolock_minutes, parent=session)
    app.installEventFilter(idle_lock)
    return MainWindow(session, settings, idle_lock)


def run(vault_folder: Path | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Trial Monitor")
    app.setApplicationVersion(__version__)
    _install_crash_handler(app)
    collector.install(app)
    window = build(app, vault_folder)
    window.show()
    return app.exec()
