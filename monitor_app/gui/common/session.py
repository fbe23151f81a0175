"""The GUI's hold on the vault: which folder, whether it is unlocked, and locking.

`VaultSession` is the one object screens ask for the notebook. It locks on request, on the
panic shortcut, and when `IdleLock` sees no keyboard or mouse input for the configured
minutes. Before it drops the keys it emits `about_to_lock`, so screens can seal their
drafts; after, `locked`, so they clear everything they show.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_AUTOLOCK_MINUTES = 5


class VaultSession(QObject):
    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    # A record of this kind ("trial", "hearing", "observation", ...) was saved or deleted.
    records_changed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._vault: Vault | None = None
        self._notebook: Notebook | None = None

    @property
    def vault_exists(self) -> bool:
        return Vault.exists(self.folder)

    @property
    def is_unlocked(self) -> bool:
        return self._notebook is not None

    @property
    def notebook(self) -> Notebook:
        if self._notebook is None:
            raise RuntimeError("the vault is locked")  # a programming error, not a user's
        return self._notebook

    @property
    def vault(self) -> Vault:
        return self.notebook.vault

    def open_unlocked(self, vault: Vault) -> None:
        """Take over a vault that a worker created or unlocked."""
        self._vault = vault
        self._notebook = Notebook(vault)
        log.info("vault unlocked")
        self.unlocked.emit()

    def lock(self) -> None:
        if self._notebook is None:
            return
        self.about_to_lock.emit()
        vault = self._notebook.vault
        self._notebook = None
        self._vault = None
        vault.close()
        log.info("vault locked")
        self.locked.emit()

    def changed(self, kind: str) -> None:
        self.records_changed.emit(kind)


class IdleLock(QObject):
    """Locks the session after ``minutes`` without user input anywhere in the app."""

    _INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, session: VaultSession, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.set_minutes(minutes)
        session.unlocked.connect(self.timer.start)
        session.locked.connect(self.timer.stop)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        if self.session.is_unlocked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def _expired(self) -> None:
        log.info("auto-lock after idle time")
        self.session.lock()
