"""The main window: one page at a time — set up a vault, unlock it, or work in it.

The window title never shows anything about a trial. Locking (button, Ctrl+Shift+L
anywhere in the app, the idle timer, closing the window) drops the workspace widget
entirely, so nothing that was shown survives in a model or a view. Above the pages, the idle
lock's countdown. Unlocking goes back to the live hearing that was open, if one was.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from monitor_app.gui.common.layout import fit_on_screen
from monitor_app.gui.common.session import IdleLock, LockCountdown, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.unlock import UnlockPage
from monitor_app.gui.setup.wizard import SetupWizard
from monitor_app.gui.workspace.workspace import WorkspacePage

PANIC_LOCK_KEYS = "Ctrl+Shift+L"
# Below this available height (a 1366×768 laptop's is about 730) the window opens
# maximised: live mode's log and the court's question need every line there is.
SMALL_SCREEN_HEIGHT = 900
OPENING_SIZE = QSize(1100, 720)


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
        self._place()
        central = QWidget(self)
        self.countdown = LockCountdown(session, central)
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("pages")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.countdown)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
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

    def _place(self) -> None:
        """Where the user left the window; else maximised on a small screen, or a
        comfortable size in the middle of a larger one."""
        if self.restoreGeometry(self.settings.main_window_geometry):
            return
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if room.height() < SMALL_SCREEN_HEIGHT:
            self.setGeometry(room)  # where the platform has no maximised state to show
            self.setWindowState(Qt.WindowState.WindowMaximized)
            return
        fit_on_screen(self, OPENING_SIZE)
        self.move(room.center() - self.rect().center())

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
        if self.session.live_hearing_id is not None:
            self.workspace.resume_live_mode(self.session.live_hearing_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.main_window_geometry = self.saveGeometry()
        self.session.lock()
        super().closeEvent(event)
