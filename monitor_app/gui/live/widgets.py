"""The pieces both live views (the full screen and the compact logger) show: the running
intervals that count as lost participation, the court-response question once one stops,
the notes line with the time stamp its line will get, the confirmation of a save, and the
calm message when the vault refuses a save (`not_saved`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import Observation
from monitor_app.core.records.timeutil import to_utc_text, utc_now
from monitor_app.gui.common.field_widgets import choice_options
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import error_text, show_error
from monitor_app.gui.common.models import condition_label, local_time
from monitor_app.gui.common.widgets import PlainLabel, line_edit
from monitor_app.gui.live.clock import TIME_FORMAT, elapsed_since, lasted, scaled_font
from monitor_app.gui.live.controller import LiveController

NO_STAMP = "--:--:--"


def not_saved() -> str:
    """The title of the message that says a save was refused (what was typed stays)."""
    return QCoreApplication.translate("LiveMode", "Not saved")


def losses_text(controller: LiveController, lang: str, now: datetime) -> str:
    """One line per running interval that counts as lost participation, with its timer."""
    lines = [
        QCoreApplication.translate("LiveMode", "{condition}: {elapsed}").format(
            condition=condition_label(controller.taxonomy, running.code, lang),
            elapsed=elapsed_since(running.at, now),
        )
        for running in controller.running_losses()
    ]
    return "\n".join(lines) or QCoreApplication.translate(
        "LiveMode", "Participation not interrupted"
    )


class LossStatus(QLabel):
    """Every running interval that counts as lost participation ("Connection lost:
    00:03:12", one line each), in bold while any runs; updated every second."""

    def __init__(
        self, controller: LiveController, lang: str, factor: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lossStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.controller = controller
        self.lang = lang
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
        active = self.controller.active
        running = active and bool(self.controller.running_losses())
        self.setText(losses_text(self.controller, self.lang, now) if active else "")
        if self.font().bold() != running:
            self.setFont(self._fonts[running])


def court_keys(number: int) -> str:
    """The shortcut of the ``number``th court response (from 0): Ctrl+1, Ctrl+2..."""
    return f"Ctrl+{number + 1}"


class CourtQuestion(QFrame):
    """ "What did the court do meanwhile?" for the interval just stopped, in full view, one
    button (and one key) per court response of the taxonomy; hidden while nothing waits.

    Only live mode's question owns the keys (``owns_keys``): the compact logger is its tool
    window, where the keys of the window below still work (see `quick_pad.QuickPad`)."""

    def __init__(
        self,
        controller: LiveController,
        lang: str,
        owns_keys: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("courtQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        self.lang = lang
        self.question = PlainLabel("", self)
        self.question.setObjectName("courtQuestionText")
        self.question.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.buttons: dict[str, QPushButton] = {}
        options = choice_options(controller.taxonomy.court_responses, lang)
        for number, (code, text) in enumerate(options):
            keys = court_keys(number)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text} ({native})", self)
            button.setObjectName(f"court_{code}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the notes line keeps the focus
            button.clicked.connect(lambda _=False, code=code: self.answer(code))
            self.buttons[code] = button
            if owns_keys:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(lambda code=code: self.answer(code))
        later = QPushButton(self.tr("Later"), self)
        later.setObjectName("courtLaterButton")
        later.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        later.setToolTip(self.tr("Answer later in the observation's details"))
        later.clicked.connect(controller.dismiss_court_question)
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addWidget(later, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # The answers wrap onto more lines rather than widen the window when they show:
        # live mode's window keeps its size while the hearing runs.
        layout.addWidget(button_row(*self.buttons.values()))
        controller.court_question_changed.connect(self.show_question)
        self.show_question()

    def show_question(self) -> None:
        asked = self.controller.court_question
        if asked is None or not self.controller.active:
            self.hide()
            return
        self.question.set_plain(
            self.tr(
                "What did the court do meanwhile? {condition}, {start} to {end} ({lasted})"
            ).format(
                condition=condition_label(self.controller.taxonomy, asked.code, self.lang),
                start=local_time(asked.at, self.controller.zone_name, TIME_FORMAT),
                end=local_time(asked.end, self.controller.zone_name, TIME_FORMAT),
                lasted=lasted(asked.at, asked.end or asked.at),
            )
        )
        self.show()

    def answer(self, response: str) -> None:
        try:
            self.controller.answer_court(response)
        except TrialMonitorError as error:
            show_error(self, error_text(error), not_saved())


class SavedNotice(PlainLabel):
    """What was saved last, and when ("Saved 10:42:13: Connection lost"): a visible
    confirmation beside the video call, where the log is not in view."""

    def __init__(self, controller: LiveController, lang: str, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("savedNotice")
        self.controller = controller
        self.lang = lang
        controller.saved.connect(self.show_saved)
        controller.session.locked.connect(self.clear)

    def show_saved(self, observation_id: str) -> None:
        observation = self.controller.observation(observation_id)
        if observation is None:
            return
        self.set_plain(self.saved_text(observation))

    def saved_text(self, observation: Observation) -> str:
        stamp = observation.end if observation.interval and observation.end else observation.at
        return self.tr("✓ Saved {time}: {condition}").format(
            time=local_time(stamp, self.controller.zone_name, TIME_FORMAT),
            condition=condition_label(self.controller.taxonomy, observation.code, self.lang),
        )


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
            show_error(self, error_text(error), not_saved())  # the text stays in the line and draft

    def clear(self) -> None:
        """Drop what the line shows (after a lock); the draft was sealed before."""
        self.edit.clear()
        self.stamp.setText(NO_STAMP)
