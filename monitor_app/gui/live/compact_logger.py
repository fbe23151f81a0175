"""The compact logger: a small window that stays on top beside a video call, so an observer
of a remote hearing can watch and log at once. It is another view of live mode's
`LiveController`: the same quick buttons, outage timer and notes line (with the same draft).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from monitor_app.gui.live.controller import LiveController
from monitor_app.gui.live.quick_pad import QuickPad
from monitor_app.gui.live.widgets import NotesBar, OutageLabel

log = logging.getLogger(__name__)

COMPACT_SIZE = (360, 220)


class CompactLogger(QWidget):
    """Quick buttons, the outage timer and the notes line in a small always-on-top window.
    It closes itself when the vault locks."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("compactLogger")
        self.setWindowTitle(self.tr("Trial Monitor — compact logger"))  # never user content
        # A tool window would vanish on macOS while the video call has the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.pad = QuickPad(controller, compact=True, columns=2, parent=self)
        self.outage = OutageLabel(controller, 1.15, self)
        self.outage.setObjectName("compactOutageLabel")
        self.notes = NotesBar(controller, "compactNoteEdit", self)
        self.note_edit = self.notes.edit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.pad)
        layout.addWidget(self.outage)
        layout.addWidget(self.notes)
        self.setFocusProxy(self.notes)
        self.resize(*COMPACT_SIZE)
        controller.session.locked.connect(self.close)
        log.info("compact logger opened")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.active:
            self.controller.flush_draft()
        super().closeEvent(event)
