"""The quick buttons of live mode: one click or one key for each quick condition. One
button class, and one pad of them, serve both the live screen and the compact logger.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import Observation
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import utc_now
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.messages import error_text, show_error
from monitor_app.gui.common.models import condition_label
from monitor_app.gui.live.clock import elapsed_since
from monitor_app.gui.live.controller import LiveController
from monitor_app.gui.live.quick_conditions import QUICK_CONDITIONS, QuickCondition
from monitor_app.gui.live.widgets import not_saved

WRAP_CHARS = 18  # a full-size button breaks its label into lines about this long
COMPACT_WRAP_CHARS = 24  # compact labels, and the running time line


def button_name(code: str, prefix: str = "quick") -> str:
    """A quick button's objectName: "quick_remote_connection_lost"."""
    return f"{prefix}_{code.replace('.', '_')}"


def _wrapped(text: str, width: int = WRAP_CHARS) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


class QuickButton(QPushButton):
    """A quick condition's button: the condition's name (`condition_label`, the compact
    logger's short one) and shortcut, and while its interval runs, checked, in bold, with
    the running time. The button never takes the keyboard focus, so a click leaves the
    observer typing where they were."""

    def __init__(
        self,
        condition: QuickCondition,
        taxonomy: Taxonomy,
        lang: str,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.condition = condition
        self.compact = compact
        self.name = condition_label(taxonomy, condition.code, lang)
        self.short_name = condition_label(taxonomy, condition.code, lang, short=True)
        self.setObjectName(button_name(condition.code, "compact" if compact else "quick"))
        self.setCheckable(condition.interval)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.name)
        self.setToolTip(f"{self.name} ({condition.key_text()})")
        self.setAccessibleDescription(self.name)
        self.show_state(None, None)

    def compact_text(self, running: bool) -> str:
        """A compact button's label: the key and short name, marked while running."""
        text = f"{self.condition.key_text()}  {self.short_name}"
        return _wrapped(f"● {text}" if running else text, COMPACT_WRAP_CHARS)

    def show_state(self, running: Observation | None, now: datetime | None) -> None:
        """Show the condition as idle, or as running since ``running.at`` until ``now``."""
        condition = self.condition
        key = condition.key_text()
        elapsed = ""
        if running is not None and now is not None:
            elapsed = elapsed_since(running.at, now)
        if self.compact:  # no timer on the small buttons: the window is kept narrow
            text = self.compact_text(running is not None)
        elif running is not None:
            running_line = self.tr("{key} · running {elapsed}").format(key=key, elapsed=elapsed)
            stop = _wrapped("● " + condition.stop_label())
            text = f"{stop}\n{_wrapped(running_line, COMPACT_WRAP_CHARS)}"
        else:
            text = f"{_wrapped(self.name)}\n{key}"
        if text != self.text():  # an idle button is left alone each second
            self.setText(text)
        if self.isChecked() != (running is not None):  # a click toggles it before the save
            self.setChecked(running is not None)
        if self.font().bold() != (running is not None):
            font = self.font()
            font.setBold(running is not None)
            self.setFont(font)
            action = condition.stop_label() if running is not None else self.name
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
        lang = ui_language()
        for number, condition in enumerate(QUICK_CONDITIONS):
            button = QuickButton(condition, controller.taxonomy, lang, compact, self)
            button.clicked.connect(lambda _=False, code=condition.code: self.press(code))
            if not compact:
                shortcut = QShortcut(QKeySequence(condition.shortcut), self)
                shortcut.setAutoRepeat(False)  # a held key must not start and stop an outage
                shortcut.activated.connect(lambda code=condition.code: self.press(code))
            grid.addWidget(button, number // columns, number % columns)
            self.buttons[condition.code] = button
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # equal columns, whatever each label says
        if compact:
            self._keep_button_heights()
        controller.changed.connect(self.show_now)  # methods: disconnected when the pad goes
        controller.tick.connect(self.show_state)
        self.show_now()

    def _keep_button_heights(self) -> None:
        """Every compact button as tall as the most lines any of their labels, idle or
        running, wraps to: a label that wraps once it runs must not make its button (and
        the window) jump."""
        lines = max(
            len(button.compact_text(running).splitlines())
            for button in self.buttons.values()
            for running in (False, True)
        )
        button = next(iter(self.buttons.values()))
        text_height = button.fontMetrics().lineSpacing() * lines
        shown_lines = len(button.text().splitlines())
        margins = button.sizeHint().height() - button.fontMetrics().lineSpacing() * shown_lines
        for button in self.buttons.values():
            button.setFixedHeight(text_height + margins)

    def press(self, code: str) -> Observation | None:
        """Toggle or record ``code`` now; on a refused save, say so and show what is saved."""
        try:
            observation = self.controller.toggle(code)
        except TrialMonitorError as error:
            self.show_now()
            show_error(self, error_text(error), not_saved())
            return None
        self.stamped.emit(observation)
        return observation

    def show_now(self) -> None:
        self.show_state(utc_now())

    def show_state(self, now: datetime) -> None:
        for code, button in self.buttons.items():
            button.show_state(self.controller.running(code), now)
