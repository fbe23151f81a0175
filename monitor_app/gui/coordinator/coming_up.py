"""The coordinator's Coming up tab: across every trial, what falls in the next days
(`core.coordination.coming_up`): hearings, appeal and other deadlines, reporting dates,
hearings of pending proceedings, and the ends of bans and other sentence elements.

Worked out from the loaded index (no vault read), again when the number of days changes;
shown by the model the observer's list shows (`UpcomingModel`), its columns fitted to the
table's width (`fit_columns_to_width`): a trial's title is not cut short while "what"
has room to spare.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.coming_up import coordinator_upcoming
from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.upcoming import DEFAULT_DAYS, UpcomingItem
from monitor_app.gui.common.models import FoldingFilterProxy
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    make_table_view,
    paragraph,
    show_rows,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage
from monitor_app.gui.records.aftermath_models import Clock, UpcomingModel
from monitor_app.gui.records.aftermath_words import AftermathWords, counted

MOST_DAYS = 366
NARROWEST_CHARS = 8  # however little room there is, a column keeps this much


def fair_width(wanted: Sequence[int], room: int) -> int | None:
    """The widest any column may be for columns ``wanted`` wide to share ``room``: those
    narrower than their share keep their width, and the rest share what they leave alike.
    None when every column fits as wide as it wants."""
    left = room
    for shared, width in enumerate(sorted(wanted)):
        share = left // (len(wanted) - shared)
        if width > share:
            return share
        left -= width
    return None


class _ColumnsToWidth(QObject):
    """Keeps a view's columns fitted (`fit_columns_to_width`) as its rows and its width
    change; a child of the view, so it goes with it."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        model = view.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        model.rowsInserted.connect(self.refit)
        view.viewport().installEventFilter(self)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only a change of width: a scroll bar the user's widening brings shortens the
        # table, and must not undo it.
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.refit()
        return False

    def refit(self) -> None:
        view = self.view
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not view.isColumnHidden(c)]
        wanted = {c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns}
        widest = fair_width(list(wanted.values()), view.viewport().width())
        if widest is not None:
            widest = max(widest, view.fontMetrics().averageCharWidth() * NARROWEST_CHARS)
        for column in columns:
            if column != self.stretch:
                width = wanted[column]
                view.setColumnWidth(column, width if widest is None else min(width, widest))


def fit_columns_to_width(view: QTableView, stretch: int) -> None:
    """Every column as wide as what it shows while they all fit the table, ``stretch``
    taking the room left; when they do not, the widest are narrowed alike (a longer cell
    cut short with "…"), so no column is cut short while another has room to give. Kept
    so as the rows and the table's width change; the user may still widen a column."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    _ColumnsToWidth(view, stretch)


class ComingUpPage(CoordinatorPage):
    def __init__(self, session: VaultSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingUpPage")
        self.session = session
        self.words = AftermathWords(lang, self)
        self.data: CoordinatorData | None = None
        self.clock: Clock = utc_now  # the moment "today" is taken from (tests fix it)
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("comingUpDaysSpin")
        self.days_spin.setAccessibleName(self.tr("Days ahead"))
        self.days_spin.setRange(1, MOST_DAYS)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.valueChanged.connect(self.refresh)
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("comingUpSummary")
        self.model = UpcomingModel(self.words, self)
        self.proxy = FoldingFilterProxy(self.model, self)
        self.view = make_table_view("comingUpView", self.proxy, self.tr("Coming up"))
        self.view.sortByColumn(UpcomingModel.DAY, Qt.SortOrder.AscendingOrder)
        fit_columns_to_width(self.view, UpcomingModel.WHAT)
        show_rows(self.view, 4)
        days_row = QHBoxLayout()
        days_row.addWidget(buddy_label(self.tr("&Days ahead:"), self.days_spin))
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "What falls in the coming days across every trial: hearings, deadlines "
                    "to appeal or report, reporting dates, hearings of proceedings still "
                    "pending, and the ends of bans and other parts of sentences. Each day is "
                    "the court's own."
                ),
                self,
            )
        )
        layout.addLayout(days_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.refresh()

    def clear(self) -> None:
        self.data = None
        self.model.set_records([])
        self.summary.set_plain("")

    def refresh(self) -> None:
        data = self.data
        if data is None:
            return
        days = self.days_spin.value()
        items = coordinator_upcoming(data.index, self.clock(), days)
        self.model.set_records(items)
        found = len(items)
        self.summary.set_plain(
            counted(
                self.tr("%n item(s) in the next {days}.", "", found),
                "%n item(s) in the next {days}.",
                found,
            ).format(days=counted(self.tr("%n day(s)", "", days), "%n day(s)", days))
        )

    def items(self) -> list[UpcomingItem]:
        """The items in the order the table shows them."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]
