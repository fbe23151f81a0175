"""The frame the sync screens share (contacts, sending, importing, removing trials): a Close
button, closing when the vault locks, and no background work outliving the screen.

Closing while a cancellable task runs (an import, an export) asks it to stop instead, and
the screen stays to say what was done; a lock closes it at once, whatever runs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from monitor_app.gui.common.layout import ScrollingBody, fit_on_screen, text_size
from monitor_app.gui.common.progress import BusyBar, TaskProgress
from monitor_app.gui.common.session import VaultSession


class ToolDialog(QDialog):
    # Another screen this one asks for (a `Screen` value); the navigator opens it on top.
    screen_requested = Signal(str)

    def __init__(self, session: VaultSession, object_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.session = session
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName(
            "closeButton"
        )
        self.close_buttons.rejected.connect(self.reject)
        session.about_to_lock.connect(self._close_for_lock)

    def child_closed(self) -> None:
        """A screen this one asked for has closed; read again what it may have changed."""

    def no_default_buttons(self) -> None:
        """Enter in a field does what the field says, never some button's job (a dialog
        otherwise makes one of its buttons the default). Call once the dialog is built."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def body_layout(self) -> QVBoxLayout:
        """The layout the screen's parts go in: above the Close button, in a body that
        scrolls when the screen is too small for it (however many messages it shows)."""
        body = QWidget(self)
        body.setObjectName(f"{self.objectName()}Body")
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingBody(body, self), 1)
        outer.addWidget(self.close_buttons)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        return inner

    def fit(self, chars: int, lines: int) -> None:
        """Size the dialog by its font (so it grows with scaling), larger where its body
        needs more room to show whole (no part of it scrolled out of view on a screen that
        has the room), but no larger than the screen leaves room for."""
        fit_on_screen(self, text_size(self, chars, lines).expandedTo(self.sizeHint()))

    def reject(self) -> None:
        running = [p for p in self.findChildren(TaskProgress) if p.is_busy]
        if running:
            for progress in running:
                progress.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        for bar in self.findChildren(BusyBar):
            bar.stop()
        super().done(result)

    def _close_for_lock(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        self.done(QDialog.DialogCode.Rejected)
