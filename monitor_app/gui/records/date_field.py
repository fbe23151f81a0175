"""A calendar date that may be unknown: a judgment's day, a term's start and end, a
deadline. A day on the court's calendar, never an instant; while it is unknown the editor
offers the court's today (whoever makes the field says which day that is), never this
computer's, which may already be another day than the countdowns beside it count from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from monitor_app.gui.common.field_widgets import make_datetime_edit

DATE_DISPLAY = "yyyy-MM-dd"


class DateField(QWidget):
    """A "Known" check box and a date; ``changed`` whenever either changes. Unchecked
    means not known (`value` None). ``today`` gives the court's day, offered while the
    date is unknown. Object names: NAME, NAMEKnown, NAMEEdit."""

    changed = Signal()

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.tr("Known"), self)
        self.known.setObjectName(object_name + "Known")
        self.known.setAccessibleName(self.tr("{what} is known").format(what=accessible_name))
        # The date-time editor the app's other forms use, showing the day only: a click
        # selects the part clicked, the years are those the vault takes.
        self.edit = make_datetime_edit(self)
        self.edit.setDisplayFormat(DATE_DISPLAY)
        self.edit.setObjectName(object_name + "Edit")
        self.edit.setAccessibleName(accessible_name)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)  # a day is short: the editor is as wide as one
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | str | None) -> None:
        """Show a day (a date, or as stored, "2026-11-24"); None: not known (the editor
        then offers the court's today, for when it becomes known)."""
        if isinstance(value, str):
            value = stored_date(value)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        shown = value or self.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))


def stored_date(text: str | None) -> date | None:
    """A stored day ("2026-11-24"); None when there is none, or it is not one (the vault
    checks dates, but a screen never falls over a bad one)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
