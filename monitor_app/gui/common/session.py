"""The GUI's hold on the vault: which folder, whether it is unlocked, and locking.

`VaultSession` is the one object screens ask for the notebook. It locks on request, on the
panic shortcut, and when `IdleLock` sees no keyboard or mouse input for the configured
minutes. Before it drops the keys it emits `about_to_lock` (with `locking` set meanwhile),
so screens can seal their drafts; after, `locked`, so they clear everything they show.

An idle lock is announced: `IdleLock` counts the last seconds down through
`VaultSession.lock_countdown`, and `LockCountdown` shows them wherever the observer looks
(the main window, the compact logger). While a hearing is live the idle lock waits unless
the observer chose otherwise; the panic shortcut always locks.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.count_words import counted

log = logging.getLogger(__name__)

DEFAULT_AUTOLOCK_MINUTES = 5
LOCK_WARNING_SECONDS = 30  # the countdown shown before an idle lock


class VaultSession(QObject):
    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    # A record of this kind ("trial", "hearing", "observation", ...) was saved or deleted.
    records_changed = Signal(str)
    # Seconds left before an idle lock, once a second while counting down; 0: called off.
    lock_countdown = Signal(int)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._vault: Vault | None = None
        self._notebook: Notebook | None = None
        # The hearing open in live mode: kept over a lock (an id, no content), so that
        # unlocking goes back to it; cleared when the observer leaves live mode.
        self.live_hearing_id: str | None = None
        # True while `about_to_lock` is being answered: a form closed then was closed by
        # the lock, not by the observer, and keeps what was typed.
        self.locking = False
        # When each report written this session was generated (UTC text), by its trial's
        # key: an update to it is offered to follow it (the Report tab). Times, no content.
        self.reports_generated: dict[str, str] = {}

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
        self.locking = True
        try:
            self.about_to_lock.emit()
        finally:
            self.locking = False
        vault = self._notebook.vault
        self._notebook = None
        self._vault = None
        vault.close()
        log.info("vault locked")
        self.locked.emit()

    def changed(self, kind: str) -> None:
        self.records_changed.emit(kind)


class IdleLock(QObject):
    """Locks the session after ``minutes`` without user input anywhere in the app, counting
    the last `LOCK_WARNING_SECONDS` down first; any input calls the countdown off. While a
    hearing is live it does not lock unless ``lock_while_live``: an observer may watch a
    video call for a long time without touching anything."""

    _INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(
        self,
        session: VaultSession,
        minutes: float,
        parent: QObject | None = None,
        lock_while_live: bool = False,
    ):
        super().__init__(parent)
        self.session = session
        self.lock_while_live = lock_while_live
        self.seconds_left = 0  # counting down when above 0
        self.timer = QTimer(self)  # the quiet time before the countdown
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._quiet_time_over)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._count_down)
        self.set_minutes(minutes)
        session.unlocked.connect(self.restart)
        session.locked.connect(self._stop)

    def set_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input; the countdown is the end of that time."""
        self.minutes = minutes
        total_ms = max(2, round(minutes * 60_000))
        self._warning_seconds = min(LOCK_WARNING_SECONDS, total_ms // 2000)
        self.timer.setInterval(total_ms - self._warning_seconds * 1000)
        if self.session.is_unlocked:
            self.restart()

    def restart(self) -> None:
        """Input came (or the vault was unlocked): the whole idle time starts again."""
        if self.seconds_left:
            self.seconds_left = 0
            self.countdown.stop()
            self.session.lock_countdown.emit(0)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT_EVENTS and (self.timer.isActive() or self.seconds_left):
            self.restart()
        return False

    def _quiet_time_over(self) -> None:
        if self.session.live_hearing_id is not None and not self.lock_while_live:
            self.timer.start()  # a live hearing is never cut off for idleness
            return
        if self._warning_seconds == 0:
            self._lock()
            return
        self.seconds_left = self._warning_seconds
        self.session.lock_countdown.emit(self.seconds_left)
        self.countdown.start()

    def _count_down(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self._lock()
        else:
            self.session.lock_countdown.emit(self.seconds_left)

    def _lock(self) -> None:
        log.info("auto-lock after idle time")
        self.session.lock()

    def _stop(self) -> None:
        self.timer.stop()
        self.countdown.stop()
        if self.seconds_left:
            self.seconds_left = 0
            self.session.lock_countdown.emit(0)


class LockCountdown(QPushButton):
    """The idle lock's countdown ("Locking in 25 s…"), hidden until one runs. A click on it
    is input like any other: `IdleLock` sees the press and calls the lock off."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockCountdown")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the typing focus
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()
        session.lock_countdown.connect(self.show_seconds)

    def show_seconds(self, seconds: int) -> None:
        if seconds <= 0:
            self.hide()
            return
        self.setText(
            counted(
                self.tr(
                    "Locking in %n second(s): press any key or click here to stay", "", seconds
                ),
                "Locking in %n second(s): press any key or click here to stay",
                seconds,
            )
        )
        self.show()
