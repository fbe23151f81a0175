"""The main window: one page at a time — set up a vault, unlock it, or work in it.

The window title never shows anything about a trial. Locking (button, Ctrl+Shift+L
anywhere in the app, the idle timer, closing the window) drops the workspace widget
entirely, so nothing that was shown survives in a model or a view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.unlock import UnlockPage
from monitor_app.gui.setup.wizard import SetupWizard
from monitor_app.gui.workspace.workspace import WorkspacePage

PANIC_LOCK_KEYS = "Ctrl+Shift+L"


class MainWindow(QMainWindow):
    def __init__(
        self, session: VaultSession, settings: AppSettings, idle_lock: IdleLock | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.idle_lock = idle_lock  # the settings dialog changes its minutes
        self.setWindowTitle(self.tr("Trial Monitor"))
        self.resize(1100, 720)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.workspace: WorkspacePage | None = None

        self.panic = QShortcut(QKeySequence(PANIC_LOCK_KEYS), self)
        self.panic.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic.activated.connect(session.lock)

        session.unlocked.connect(self._show_workspace)
        session.locked.connect(self._show_unlock)
        if session.vault_exists:
            self._show_unlock()
        else:
            self._show_page(SetupWizard(session, settings, self))

    def _show_page(self, page: QWidget) -> None:
        old = self.pages.currentWidget()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def _show_unlock(self) -> None:
        self.workspace = None
        self._show_page(UnlockPage(self.session, self))

    def _show_workspace(self) -> None:
        self.workspace = WorkspacePage(self.session, self.settings, self)
        self._show_page(self.workspace)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.lock()
        super().closeEvent(event)
