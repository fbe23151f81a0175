"""The coordinator's Restrictions tab: every restriction a sentence imposed, across every
trial (`core.coordination.restrictions`), filtered by type, country and whether it is still
in force; a table (sortable), a chart of what it lists by type, country or end year, and
the listed rows written out as CSV, public (people and trials numbered) or private.

Filtering never goes back to the vault: the rows come from the loaded index, worked out
again (in milliseconds) when a filter changes. A sentence or proceeding record whose stored
values break the rules is listed as unreadable, with why, and counted nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.restrictions import (
    NO_END,
    RESTRICTION_TYPES,
    UNKNOWN_COUNTRY,
    Restriction,
    RestrictionFilter,
    RestrictionOptions,
    RestrictionState,
    RestrictionsView,
    restrictions,
    restrictions_csv,
    unreadable_aftermath,
)
from monitor_app.core.records.readable import Unreadable
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.models import CELL_CHARS, EMPTY, FoldingFilterProxy, RecordTableModel
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    make_button,
    make_table_view,
    show_rows,
)
from monitor_app.gui.coordinator.charts import Bar, BarChart
from monitor_app.gui.coordinator.widgets import CoordinatorPage
from monitor_app.gui.records.aftermath_models import Clock
from monitor_app.gui.records.aftermath_words import (
    ACTIVITIES,
    ELEMENTS,
    PROCEEDINGS,
    AftermathWords,
    counted,
)

log = logging.getLogger(__name__)

BY_TYPE, BY_COUNTRY, BY_END_YEAR = "type", "country", "end-year"
# An element's name in Russian or Kazakh is long: the chart has room for the whole of it,
# a column of the table for most of it.
CHART_LABEL_CHARS = 56
COLUMN_CHARS = 44
LAST = "\uffff"  # sorts after any date: what has none comes last
NO_DAYS = 2**62  # sorts after any count of days left


class RestrictionsModel(RecordTableModel):
    """Restrictions (`Restriction`), and the sentence records that could not be read
    (`Unreadable`), each a row."""

    PERSON, TRIAL, COUNTRY, TYPE, ACTIVITIES, START, END, DAYS_LEFT, STATE, DETENTION = range(10)

    def __init__(self, words: AftermathWords, parent: QObject | None = None) -> None:
        self.words = words
        super().__init__(parent)
        self.titles: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Trial"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Banned activities"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Days left"),
            self.tr("State"),
            self.tr("Person's days detained"),
        ]

    def set_rows(self, rows: list[Restriction | Unreadable], titles: Mapping[str, str]) -> None:
        self.titles = dict(titles)
        self.set_records(rows)

    def record_id(self, record: Restriction | Unreadable) -> str:
        return record.record_id if isinstance(record, Unreadable) else record.element_id

    def display(self, record: Restriction | Unreadable, column: int) -> str:
        if isinstance(record, Unreadable):
            return self._unreadable(record, column)
        if column == self.PERSON:
            return one_line(record.person, CELL_CHARS)
        if column == self.TRIAL:
            return one_line(record.trial, CELL_CHARS)
        if column == self.COUNTRY:
            return one_line(record.country, CELL_CHARS) or EMPTY
        if column == self.TYPE:
            return self.words.label(ELEMENTS, record.element)
        if column == self.ACTIVITIES:
            return ", ".join(self.words.label(ACTIVITIES, a) for a in record.activities)
        if column == self.START:
            return record.start or EMPTY
        if column == self.END:
            return record.end or self.tr("no end set")
        if column == self.DAYS_LEFT:
            left = record.days_left
            return EMPTY if left is None else QLocale().toString(left)
        if column == self.STATE:
            return self.state(record)
        return QLocale().toString(record.detention_days) if record.detention_days else EMPTY

    def state(self, record: Restriction) -> str:
        if record.state == RestrictionState.IN_FORCE:
            return self.tr("In force")
        if record.state == RestrictionState.NOT_STARTED:
            return self.tr("Not yet begun")
        if record.ended_by:
            how = self.words.label(PROCEEDINGS, record.ended_by)
            return self.tr("Ended early ({how})").format(how=how)
        return self.tr("Ended")

    def _unreadable(self, record: Unreadable, column: int) -> str:
        if column == self.TRIAL:
            return one_line(self.titles.get(record.parent_id or "", ""), CELL_CHARS)
        if column == self.TYPE:
            return self.tr("Unreadable record {id}").format(id=record.record_id[:8])
        if column == self.STATE:
            return one_line(error_text(record.problem), CELL_CHARS)
        return EMPTY

    def sort_value(self, record: Restriction | Unreadable, column: int) -> Any:
        # Qt compares strings and numbers only: an unreadable record sorts as one with none.
        if isinstance(record, Unreadable):
            if column in (self.START, self.END):
                return LAST
            if column == self.DAYS_LEFT:
                return NO_DAYS
            return -1 if column == self.DETENTION else super().sort_value(record, column)
        if column == self.START:
            return record.start or LAST
        if column == self.END:
            return record.end or LAST
        if column == self.DAYS_LEFT and record.days_left is None:  # none left, or no end
            return -1 if record.state == RestrictionState.ENDED else NO_DAYS
        if column == self.DAYS_LEFT:
            return record.days_left
        if column == self.DETENTION:
            return record.detention_days
        return super().sort_value(record, column)


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    public: bool


class RestrictionsPage(CoordinatorPage):
    def __init__(self, session: VaultSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictionsPage")
        self.session = session
        self.lang = lang
        self.words = AftermathWords(lang, self)
        self.data: CoordinatorData | None = None
        self.view_data: RestrictionsView | None = None
        self.clock: Clock = utc_now  # the moment the figures are for (tests fix it)

        self.type_combo = self._combo("restrictionsTypeCombo", self.tr("Type of restriction"))
        self.type_combo.addItem(self.tr("Every type"), "")
        for code in RESTRICTION_TYPES:
            self.type_combo.addItem(self.words.label(ELEMENTS, code), code)
        self.country_combo = self._combo("restrictionsCountryCombo", self.tr("Country"))
        self.country_combo.addItem(self.tr("Every country"), "")
        self.in_force_check = QCheckBox(self.tr("&In force only"))
        self.in_force_check.setObjectName("restrictionsInForceCheck")
        self.in_force_check.setChecked(True)
        self.public_check = QCheckBox(self.tr("&Public export: people and trials numbered"))
        self.public_check.setObjectName("restrictionsPublicCheck")
        self.export_button = make_button(
            self.tr("&Export CSV…"), "exportRestrictionsButton", self._export_clicked
        )
        for combo in (self.type_combo, self.country_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.in_force_check.toggled.connect(self.refresh)

        self.summary = PlainLabel("", self)
        self.summary.setObjectName("restrictionsSummary")
        self.model = RestrictionsModel(self.words, self)
        self.proxy = FoldingFilterProxy(self.model, self)
        self.table = make_table_view("restrictionsView", self.proxy, self.tr("Restrictions"))
        self.table.sortByColumn(RestrictionsModel.END, Qt.SortOrder.AscendingOrder)
        fit_columns_capped(self.table, RestrictionsModel.ACTIVITIES, COLUMN_CHARS)
        show_rows(self.table, 4)

        self.chart_combo = self._combo("restrictionsChartCombo", self.tr("What the chart counts"))
        for text, key in (
            (self.tr("By type"), BY_TYPE),
            (self.tr("By country"), BY_COUNTRY),
            (self.tr("By end year"), BY_END_YEAR),
        ):
            self.chart_combo.addItem(text, key)
        self.chart_combo.currentIndexChanged.connect(self._show_chart)
        self.chart = BarChart(
            "restrictionsChart", self._chart_title(), self, label_chars=CHART_LABEL_CHARS
        )
        self.chart.bar_activated.connect(self._bar_chosen)
        self.busy = BusyBar("restrictionsBusy", self)
        self.status = MessageLabel("restrictionsStatus", self)

        self._lay_out()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        chart_row = QHBoxLayout()
        chart_row.addWidget(buddy_label(self.tr("C&hart:"), self.chart_combo))
        chart_row.addWidget(self.chart_combo)
        chart_row.addStretch(1)
        lower_layout.addLayout(chart_row)
        lower_layout.addWidget(self.chart, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

    def _combo(self, object_name: str, accessible_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("&Type:"), self.type_combo), 0, 0)
        grid.addWidget(self.type_combo, 0, 1)
        grid.addWidget(buddy_label(self.tr("C&ountry:"), self.country_combo), 0, 2)
        grid.addWidget(self.country_combo, 0, 3)
        grid.addWidget(self.in_force_check, 0, 4)
        grid.addWidget(self.public_check, 1, 0, 1, 4)
        grid.addWidget(self.export_button, 1, 4, Qt.AlignmentFlag.AlignTrailing)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    # ---- what is shown ----------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        countries = sorted({t.country for t in data.index.trials.values() if t.country})
        chosen = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        while self.country_combo.count() > 1:
            self.country_combo.removeItem(1)
        for country in countries:
            self.country_combo.addItem(one_line(country, CELL_CHARS), country)
        if any(not t.country for t in data.index.trials.values()):
            self.country_combo.addItem(self.tr("unknown"), UNKNOWN_COUNTRY)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(chosen)))
        self.country_combo.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        self.data = None
        self.view_data = None
        self.model.set_rows([], {})
        self.chart.set_bars([])
        self.summary.set_plain("")
        self.status.clear_message()

    def keep(self) -> RestrictionFilter:
        """The filter the controls set."""
        return RestrictionFilter(
            element=str(self.type_combo.currentData() or ""),
            country=str(self.country_combo.currentData() or ""),
            in_force_only=self.in_force_check.isChecked(),
        )

    def choose(self, *, element: str = "", country: str = "", in_force_only: bool = True) -> None:
        """Set the filters (what the user would choose)."""
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(element)))
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(country)))
        self.in_force_check.setChecked(in_force_only)

    def _view(self, public: bool = False) -> RestrictionsView | None:
        data = self.data
        if data is None:
            return None
        options = RestrictionOptions(lang=self.lang, public=public)
        return restrictions(data.index, self.keep(), options, self.clock())

    def refresh(self) -> None:
        view = self._view()
        self.view_data = view
        if view is None or self.data is None:
            return
        unreadable = unreadable_aftermath(self.data.index.unreadable)
        self.model.set_rows([*view.rows, *unreadable], self.data.trial_titles)
        detained = sum(d.days for d in view.detention)
        listed = len(view.rows)
        parts = [
            counted(
                self.tr("%n restriction(s) listed.", "", listed),
                "%n restriction(s) listed.",
                listed,
            )
        ]
        if detained:
            parts.append(
                counted(
                    self.tr("%n day(s) of detention for alleged violations, in all.", "", detained),
                    "%n day(s) of detention for alleged violations, in all.",
                    detained,
                )
            )
        if unreadable:
            parts.append(
                counted(
                    self.tr(
                        "%n unreadable sentence or proceeding record(s), counted nowhere.",
                        "",
                        len(unreadable),
                    ),
                    "%n unreadable sentence or proceeding record(s), counted nowhere.",
                    len(unreadable),
                )
            )
        self.summary.set_plain(" ".join(parts))
        self._show_chart()

    def rows(self) -> list[Restriction | Unreadable]:
        """The rows in the order the table shows them."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    # ---- the chart --------------------------------------------------------------------

    def _chart_kind(self) -> str:
        return str(self.chart_combo.currentData())

    def _chart_title(self) -> str:
        kind = self._chart_kind()
        if kind == BY_COUNTRY:
            return self.tr("Restrictions listed, by country")
        if kind == BY_END_YEAR:
            return self.tr("Restrictions listed, by the year they end")
        return self.tr("Restrictions listed, by type")

    def _show_chart(self) -> None:
        self.chart.set_title(self._chart_title())
        view = self.view_data
        if view is None:
            self.chart.set_bars([])
            return
        locale = QLocale()
        kind = self._chart_kind()
        name: Callable[[str], str]
        if kind == BY_COUNTRY:
            counts, name = view.by_country, self._country
        elif kind == BY_END_YEAR:
            counts, name = view.by_end_year, self._year
        else:
            counts, name = view.by_type, self._type
        self.chart.set_bars([Bar(k, name(k), v, locale.toString(v)) for k, v in counts.items()])

    def _type(self, code: str) -> str:
        return self.words.label(ELEMENTS, code)

    def _country(self, code: str) -> str:
        return self.tr("unknown") if code == UNKNOWN_COUNTRY else one_line(code)

    def _year(self, year: str) -> str:
        return self.tr("no end set") if year == NO_END else year

    def _bar_chosen(self, key: str) -> None:
        """A type's or a country's bar lists only those; a year's changes nothing."""
        kind = self._chart_kind()
        combo = {BY_TYPE: self.type_combo, BY_COUNTRY: self.country_combo}.get(kind)
        if combo is not None:
            combo.setCurrentIndex(max(0, combo.findData(key)))

    # ---- CSV --------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        path = file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.REPORTS,
            self.tr("Save the restrictions as"),
            file_name="restrictions.csv",
            name_filter=self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Task | None:
        """Write the rows listed to ``path`` as CSV, off the UI thread."""
        public = self.public_check.isChecked()
        view = self._view(public)
        if view is None or not self.session.is_unlocked or self.busy.is_busy:
            return None

        def work() -> Exported:
            write_private_atomically(path, restrictions_csv(view).encode("utf-8"))
            return Exported(path, len(view.rows), public)

        self.status.clear_message()
        return self.busy.run(work, self._exported, self.status.show_error, (self.export_button,))

    def _exported(self, exported: Exported) -> None:
        log.info("restrictions exported")
        rows = exported.rows
        if exported.public:
            source = "Wrote %n restriction(s), people and trials numbered, to {file}."
            text = counted(
                self.tr(
                    "Wrote %n restriction(s), people and trials numbered, to {file}.", "", rows
                ),
                source,
                rows,
            )
        else:
            source = "Wrote %n restriction(s), with names, to {file}."
            text = counted(
                self.tr("Wrote %n restriction(s), with names, to {file}.", "", rows), source, rows
            )
        self.status.show_info(text.format(file=one_line(str(exported.path))))
