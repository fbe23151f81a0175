"""Starting the desktop app: Qt, translation, the idle lock, a calm crash handler."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from monitor_app import __version__
from monitor_app.core import paths
from monitor_app.core.resources import resource_path
from monitor_app.gui.common import collector
from monitor_app.gui.common.about import about_text
from monitor_app.gui.common.i18n import install_translators, resolve_language
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings

if TYPE_CHECKING:
    from monitor_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

ICON = ("icons", "trial-monitor.png")


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
    idle_lock = IdleLock(
        session, settings.autolock_minutes, parent=session, lock_while_live=settings.lock_while_live
    )
    app.installEventFilter(idle_lock)
    return MainWindow(session, settings, idle_lock)


def translated_about(app: QApplication, language: str, vault_folder: Path) -> tuple[int, str]:
    """How many of ``language``'s catalogues loaded (ours and Qt's own) and the About text
    in it, the translators removed again: the self-test's proof that a build carries them."""
    installed = install_translators(app, language)
    try:
        return len(installed), about_text(vault_folder)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def run(vault_folder: Path | None, desktop_file: str) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Trial Monitor")
    app.setApplicationVersion(__version__)
    # The window and taskbar icon; on Wayland the compositor finds the icon (and the menu
    # entry) through the desktop file's name, packaging/linux/trial-monitor.desktop.
    app.setWindowIcon(QIcon(str(resource_path(*ICON))))
    app.setDesktopFileName(desktop_file)
    _install_crash_handler(app)
    collector.install(app)
    window = build(app, vault_folder)
    window.show()
    return app.exec()
