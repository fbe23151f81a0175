"""The observer's "coming up" list: what falls in the next 30 days across every trial in
the notebook (`upcoming.notebook_upcoming`): hearings, deadlines to appeal or to report,
reporting dates, hearings of proceedings still pending and the ends of bans, each with its
day and how far off it is, wrapped to the narrow column it stands in (the coordinator's tab
shows the same model in columns). Activating one asks the workspace to open its record.

It is read again whenever the workspace is (a record saved or deleted), and every quarter
of an hour while the window stays open: every zone's day begins on a quarter hour, so
"in 2 days" never goes stale overnight."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.upcoming import (
    DEFAULT_DAYS,
    UpcomingItem,
    notebook_upcoming,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel, make_table_view
from monitor_app.gui.records.aftermath_models import Clock, UpcomingModel
from monitor_app.gui.records.aftermath_words import (
    AftermathWords,
    counted,
)
from monitor_app.gui.workspace.pane_helpers import bold

log = logging.getLogger(__name__)

REREAD_MS = 15 * 60_000


class UpcomingLines(UpcomingModel):
    """The items of `UpcomingModel` as one column, each a few lines, wrapped to the narrow
    column under the trials rather than cut short: the day and how far off it is; what
    falls that day and for whom; the trial (`describe`)."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ComingUpPanel", "Coming up")]

    def display(self, record: UpcomingItem, column: int) -> str:
        return self.describe(record)


class ComingUpPanel(QWidget):
    """The list, its heading, and a line saying when nothing is coming up."""

    item_activated = Signal(object)  # the UpcomingItem

    def __init__(
        self,
        session: VaultSession,
        lang: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        days: int = DEFAULT_DAYS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comingUpPanel")
        self.session = session
        self.clock = clock
        self.days = days
        title = counted(
            self.tr("Coming up: the next %n day(s)", "", days),
            "Coming up: the next %n day(s)",
            days,
        )
        heading = PlainLabel(title, self)
        heading.setObjectName("comingUpHeading")
        bold(heading)
        self.words = AftermathWords(lang, self)
        self.model = UpcomingLines(self.words, self)
        # In the core's order: by day, then hearings before deadlines before ends. Each row
        # as tall as its lines wrapped to the column's width; the header says nothing the
        # heading above does not.
        self.view = make_table_view(
            "comingUpView", self.model, self.tr("Coming up"), sortable=False
        )
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        nothing = counted(
            self.tr("Nothing in the next %n day(s).", "", days),
            "Nothing in the next %n day(s).",
            days,
        )
        self.empty = PlainLabel(nothing, self)
        self.empty.setObjectName("comingUpEmpty")
        self.empty.setEnabled(False)  # drawn as secondary text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.timer = QTimer(self)
        self.timer.setInterval(REREAD_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()

    def reload(self) -> None:
        """Read the list again from the notebook."""
        if not self.session.is_unlocked:
            return
        try:
            items = notebook_upcoming(self.session.notebook, self.clock(), self.days)
        except TrialMonitorError as exc:  # never take the workspace down
            log.warning("coming up not read: %s", type(exc).__name__)
            items = []
        self.model.set_records(items)
        self.empty.setVisible(not items)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(self.model.record(index.row()))
