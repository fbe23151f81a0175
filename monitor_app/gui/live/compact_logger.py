"""The compact logger: a small window that stays on top beside a video call, so an observer
of a remote hearing can watch and log at once. It is another view of live mode's
`LiveController`: the same quick buttons, running losses, court-response question and notes
line (with the same draft), a confirmation of each save, and the idle lock's countdown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.session import LockCountdown
from monitor_app.gui.live.controller import LiveController
from monitor_app.gui.live.quick_pad import QuickPad
from monitor_app.gui.live.widgets import CourtQuestion, LossStatus, NotesBar, SavedNotice

log = logging.getLogger(__name__)

COMPACT_SIZE = (380, 300)


class CompactLogger(QWidget):
    """Quick buttons, the running losses, the court's response, the notes line and what was
    saved last, in a small always-on-top window. It closes itself when the vault locks."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("compactLogger")
        # Never user content; the system adds the application's name where it shows one.
        self.setWindowTitle(self.tr("Compact logger"))
        # A tool window would vanish on macOS while the video call has the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        lang = ui_language()
        self.countdown = LockCountdown(controller.session, self)
        self.pad = QuickPad(controller, compact=True, columns=2, parent=self)
        self.losses = LossStatus(controller, lang, 1.15, self)
        self.losses.setObjectName("compactLossStatus")
        self.court = CourtQuestion(controller, lang, owns_keys=False, parent=self)
        self.court.setObjectName("compactCourtQuestion")
        self.notes = NotesBar(controller, "compactNoteEdit", self)
        self.note_edit = self.notes.edit
        self.saved_notice = SavedNotice(controller, lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.countdown)
        layout.addWidget(self.pad)
        layout.addWidget(self.losses)
        layout.addWidget(self.court)
        layout.addWidget(self.notes)
        layout.addWidget(self.saved_notice)
        layout.addStretch(1)
        self.setFocusProxy(self.notes)
        self.resize(*COMPACT_SIZE)
        controller.session.locked.connect(self.close)
        log.info("compact logger opened")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.active:
            self.controller.flush_draft()
        super().closeEvent(event)
