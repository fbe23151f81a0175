"""The pieces both live views (the full screen and the compact logger) show: the running
outage, the notes line with the time stamp its line will get, and the calm message when
the vault refuses a save (`not_saved`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.timeutil import to_utc_text, utc_now
from monitor_app.gui.common.messages import show_error
from monitor_app.gui.common.models import local_time
from monitor_app.gui.common.widgets import line_edit
from monitor_app.gui.live.clock import TIME_FORMAT, elapsed_since, scaled_font
from monitor_app.gui.live.controller import OUTAGE_CODE, LiveController

NO_STAMP = "--:--:--"


def not_saved() -> str:
    """The title of the message that says a save was refused (what was typed stays)."""
    return QCoreApplication.translate("LiveMode", "Not saved")


def outage_text(controller: LiveController, now: datetime) -> str:
    running = controller.running(OUTAGE_CODE)
    if running is None:
        return QCoreApplication.translate("LiveMode", "No outage running")
    elapsed = elapsed_since(running.at, now)
    return QCoreApplication.translate("LiveMode", "Outage {elapsed}").format(elapsed=elapsed)


class OutageLabel(QLabel):
    """The running connection outage ("Outage 00:03:12"), updated every second."""

    def __init__(
        self, controller: LiveController, factor: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outageLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.controller = controller
        self._fonts = (scaled_font(self.font(), factor), scaled_font(self.font(), factor, True))
        self.setFont(self._fonts[False])
        # Methods, not lambdas: Qt disconnects them when this label goes (the compact
        # logger closes while the controller lives on).
        controller.tick.connect(self.show_time)
        controller.changed.connect(self.show_now)
        self.show_now()

    def show_now(self) -> None:
        self.show_time(utc_now())

    def show_time(self, now: datetime) -> None:
        running = self.controller.running(OUTAGE_CODE) is not None
        self.setText(outage_text(self.controller, now) if self.controller.active else "")
        if self.font().bold() != running:
            self.setFont(self._fonts[running])


class NotesBar(QWidget):
    """The notes line and the time stamp its line will get; Enter saves the line."""

    def __init__(
        self, controller: LiveController, edit_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stamp = QLabel(self)
        self.stamp.setObjectName("noteStamp")
        self.stamp.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = line_edit(edit_name, self.tr("Note"))
        self.edit.setParent(self)
        self.edit.setPlaceholderText(self.tr("Type a note; Enter saves it with the time you began"))
        self.edit.setText(controller.draft)
        self.stamp.setToolTip(self.tr("The time the line will be saved with"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stamp)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(controller.set_draft)
        self.edit.returnPressed.connect(self.save_line)
        controller.draft_changed.connect(self._mirror)
        self._show_stamp()

    def _mirror(self, text: str) -> None:
        """The line was typed in the other view: show the same text here."""
        if self.edit.text() != text:
            self.edit.setText(text)
        self._show_stamp()

    def _show_stamp(self) -> None:
        started = self.controller.line_started
        if started is None or not self.controller.active:
            self.stamp.setText(NO_STAMP)
        else:
            self.stamp.setText(
                local_time(to_utc_text(started), self.controller.zone_name, TIME_FORMAT)
            )

    def save_line(self) -> None:
        if not self.edit.text().strip():
            return
        try:
            self.controller.log_line(self.edit.text())
        except TrialMonitorError as error:
            show_error(self, str(error), not_saved())  # the text stays in the line and draft

    def clear(self) -> None:
        """Drop what the line shows (after a lock); the draft was sealed before."""
        self.edit.clear()
        self.stamp.setText(NO_STAMP)
