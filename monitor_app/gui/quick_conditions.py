"""The quick buttons of live mode: the conditions an observer logs most often during a
hearing, one click or one key each. One table, and one button class, serve both the live
screen and the compact logger.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ..core.errors import TrialMonitorError
from ..core.records import Observation
from ..core.timeutil import utc_now
from .clock import elapsed_since
from .widgets import show_error

if TYPE_CHECKING:
    from .live_controller import LiveController

CONTEXT = "QuickConditions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` (typed, unlike Qt's); shown translated."""
    return text


WRAP_CHARS = 18  # a full-size button breaks its label into lines about this long
COMPACT_WRAP_CHARS = 24  # compact labels, and the running time line


@dataclass(frozen=True)
class QuickCondition:
    """One quick button. Texts are English source strings, translated when shown."""

    code: str  # taxonomy item code
    text: str  # what a click records ("Connection lost")
    stop_text: str  # what a click does while the interval runs ("Connection restored")
    short_text: str  # the compact logger's label
    shortcut: str
    interval: bool  # True: a click starts, the next stops; False: a point in time
    parties: tuple[str, ...] = ()  # affected parties recorded by default

    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)

    def stop_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.stop_text)

    def short_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.short_text)

    def key_text(self) -> str:
        """The shortcut as this platform writes it."""
        return QKeySequence(self.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


QUICK_CONDITIONS: tuple[QuickCondition, ...] = (
    QuickCondition(
        "remote.connection_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Connection lost"),
        QT_TRANSLATE_NOOP("QuickConditions", "Connection restored"),
        QT_TRANSLATE_NOOP("QuickConditions", "No connection"),
        "F1",
        interval=True,
    ),
    QuickCondition(
        "remote.audio_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Audio inaudible"),
        QT_TRANSLATE_NOOP("QuickConditions", "Audio back"),
        QT_TRANSLATE_NOOP("QuickConditions", "No audio"),
        "F2",
        interval=True,
    ),
    QuickCondition(
        "remote.video_frozen",
        QT_TRANSLATE_NOOP("QuickConditions", "Video frozen"),
        QT_TRANSLATE_NOOP("QuickConditions", "Video back"),
        QT_TRANSLATE_NOOP("QuickConditions", "Video frozen"),
        "F3",
        interval=True,
    ),
    QuickCondition(
        "participation.defendant_cannot_hear",
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant cannot hear or follow"),
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant can follow again"),
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant can't hear"),
        "F4",
        interval=True,
        parties=("defendant",),
    ),
    QuickCondition(
        "counsel.no_private_channel",
        QT_TRANSLATE_NOOP("QuickConditions", "No private channel with counsel"),
        "",
        QT_TRANSLATE_NOOP("QuickConditions", "No private counsel"),
        "F5",
        interval=False,
    ),
    QuickCondition(
        "evidence.access_denied",
        QT_TRANSLATE_NOOP("QuickConditions", "Evidence or file access denied"),
        "",
        QT_TRANSLATE_NOOP("QuickConditions", "Evidence denied"),
        "F6",
        interval=False,
    ),
    QuickCondition(
        "public.excluded",
        QT_TRANSLATE_NOOP("QuickConditions", "Public or observers excluded"),
        QT_TRANSLATE_NOOP("QuickConditions", "Public readmitted"),
        QT_TRANSLATE_NOOP("QuickConditions", "Public excluded"),
        "F7",
        interval=True,
    ),
    QuickCondition(
        "interpretation.interpreter_absent",
        QT_TRANSLATE_NOOP("QuickConditions", "Interpreter absent or inadequate"),
        QT_TRANSLATE_NOOP("QuickConditions", "Interpretation back"),
        QT_TRANSLATE_NOOP("QuickConditions", "No interpreter"),
        "F8",
        interval=True,
    ),
)

_BY_CODE = {condition.code: condition for condition in QUICK_CONDITIONS}


def quick_condition(code: str) -> QuickCondition | None:
    return _BY_CODE.get(code)


def button_name(code: str, prefix: str = "quick") -> str:
    """A quick button's objectName: "quick_remote_connection_lost"."""
    return f"{prefix}_{code.replace('.', '_')}"


def _wrapped(text: str, width: int = WRAP_CHARS) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


class QuickButton(QPushButton):
    """A quick condition's button: its label and shortcut, and while its interval runs,
    checked, in bold, with the running time. The button never takes the keyboard focus,
    so a click leaves the observer typing where they were."""

    def __init__(
        self, condition: QuickCondition, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.condition = condition
        self.compact = compact
        self.setObjectName(button_name(condition.code, "compact" if compact else "quick"))
        self.setCheckable(condition.interval)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(condition.label())
        self.setToolTip(f"{condition.label()} ({condition.key_text()})")
        self.setAccessibleDescription(condition.label())
        self.show_state(None, None)

    def show_state(self, running: Observation | None, now: datetime | None) -> None:
        """Show the condition as idle, or as running since ``running.at`` until ``now``."""
        condition = self.condition
        key = condition.key_text()
        elapsed = ""
        if running is not None and now is not None:
            elapsed = elapsed_since(running.at, now)
        if self.compact:  # no timer on the small buttons: the window is kept narrow
            text = f"{key}  {condition.short_label()}"
            text = _wrapped(f"● {text}" if running is not None else text, COMPACT_WRAP_CHARS)
        elif running is not None:
            running_line = self.tr("{key} · running {elapsed}").format(key=key, elapsed=elapsed)
            stop = _wrapped("● " + condition.stop_label())
            text = f"{stop}\n{_wrapped(running_line, COMPACT_WRAP_CHARS)}"
        else:
            text = f"{_wrapped(condition.label())}\n{key}"
        if text != self.text():  # an idle button is left alone each second
            self.setText(text)
        if self.isChecked() != (running is not None):  # a click toggles it before the save
            self.setChecked(running is not None)
        if self.font().bold() != (running is not None):
            font = self.font()
            font.setBold(running is not None)
            self.setFont(font)
            action = condition.stop_label() if running is not None else condition.label()
            self.setToolTip(f"{action} ({key})")
            self.setAccessibleDescription(action)


class QuickPad(QWidget):
    """The quick buttons in a grid, each with its shortcut. A click or a key stamps the
    time and saves at once; `stamped` then carries the saved observation.

    Only live mode's pad owns the keys. The compact logger is a tool window of live mode,
    and Qt keeps a tool window's parent's shortcuts working while it is active: keys of
    its own would be the same keys twice, which Qt treats as ambiguous and runs neither."""

    stamped = Signal(object)

    def __init__(
        self,
        controller: LiveController,
        compact: bool,
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compactPad" if compact else "quickPad")
        self.controller = controller
        self.buttons: dict[str, QuickButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4 if compact else 6)
        for number, condition in enumerate(QUICK_CONDITIONS):
            button = QuickButton(condition, compact, self)
            button.clicked.connect(lambda _=False, code=condition.code: self.press(code))
            if not compact:
                shortcut = QShortcut(QKeySequence(condition.shortcut), self)
                shortcut.setAutoRepeat(False)  # a held key must not start and stop an outage
                shortcut.activated.connect(lambda code=condition.code: self.press(code))
            grid.addWidget(button, number // columns, number % columns)
            self.buttons[condition.code] = button
        controller.changed.connect(self.show_now)  # methods: disconnected when the pad goes
        controller.tick.connect(self.show_state)
        self.show_now()

    def press(self, code: str) -> Observation | None:
        """Toggle or record ``code`` now; on a refused save, say so and show what is saved."""
        try:
            observation = self.controller.toggle(code)
        except TrialMonitorError as error:
            self.show_now()
            show_error(self, str(error), self.tr("Not saved"))
            return None
        self.stamped.emit(observation)
        return observation

    def show_now(self) -> None:
        self.show_state(utc_now())

    def show_state(self, now: datetime) -> None:
        for code, button in self.buttons.items():
            button.show_state(self.controller.running(code), now)
