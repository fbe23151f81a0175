"""The coordinator's Across trials tab: the findings' figures over every trial's hearings
(`core.coordination.figures_across`), by country, period (year or quarter)
or both, one country or all, one figure or every one: a sortable table of the value, what
it is out of and the share; and the figures of the rows listed, every one, saved as CSV.

The figures come from every hearing session's tally (`ProgrammeFigures`), worked out
trial by trial by the window when this tab is first shown after a reading; filtering
never goes back to the vault: the rows are summed again (in milliseconds).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData, ProgrammeFigures
from monitor_app.core.coordination.figures_across import (
    ALL,
    UNKNOWN_COUNTRY,
    FigureRow,
    FiguresAcross,
    Grouping,
    PeriodLength,
    figures_from_tallies,
    group_country,
    write_figures_csv,
)
from monitor_app.core.coordination.findings import (
    Figure,
    Unit,
    figure_keys,
    figure_label,
)
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.models import EMPTY, RecordTableModel, format_duration
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    make_button,
    sorted_table,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage

log = logging.getLogger(__name__)

FIGURE_CHARS = 48  # a figure's name in Russian or Kazakh is long: most of it in view
NO_SHARE = -1.0  # sorts before any share


@dataclass(frozen=True)
class FigureLine:
    """One figure of one row of the view: a line of the table."""

    row: FigureRow
    figure: Figure
    order: int  # the line's place in the view (country, period, then the figures' order)


class FigureLinesModel(RecordTableModel):
    COUNTRY, PERIOD, TRIALS, FIGURE, VALUE, OF, SHARE = range(7)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        self.lang = lang
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Country"),
            self.tr("Period"),
            self.tr("Trials"),
            self.tr("Figure"),
            self.tr("Value"),
            self.tr("Out of"),
            self.tr("Share"),
        ]

    def record_id(self, record: FigureLine) -> str:
        return f"{record.row.country}|{record.row.period}|{record.figure.key}"

    def display(self, record: FigureLine, column: int) -> str:
        row, figure = record.row, record.figure
        locale = QLocale()
        if column == self.COUNTRY:
            return self.country(row.country)
        if column == self.PERIOD:
            return row.period or self.tr("All periods")
        if column == self.TRIALS:
            return locale.toString(row.trials)
        if column == self.FIGURE:
            return figure_label(figure.key, self.lang)
        if column == self.VALUE:
            if figure.unit == Unit.SECONDS:
                return format_duration(figure.value)
            return locale.toString(figure.value)
        if column == self.OF:
            if figure.of is None:
                return EMPTY
            if figure.unit == Unit.SECONDS:  # the hearings held it is spread over
                return counted(
                    self.tr("%n hearing(s) held", "", figure.of), "%n hearing(s) held", figure.of
                )
            return locale.toString(figure.of)
        share = figure.share
        if share is None:
            if figure.per_hearing is not None:
                return self.tr("{time} per hearing").format(
                    time=format_duration(figure.per_hearing)
                )
            return EMPTY
        return self.tr("{percent}%").format(percent=locale.toString(100 * share, "f", 1))

    def country(self, code: str) -> str:
        if code == ALL:
            return self.tr("All countries")
        if code == UNKNOWN_COUNTRY:
            return self.tr("Not recorded")
        return one_line(code)

    def sort_value(self, record: FigureLine, column: int) -> Any:
        figure = record.figure
        if column in (self.COUNTRY, self.PERIOD, self.FIGURE):
            return record.order
        if column == self.TRIALS:
            return record.row.trials
        if column == self.VALUE:
            return figure.value
        if column == self.OF:
            return -1 if figure.of is None else figure.of
        share = figure.share
        if share is None:
            return NO_SHARE if figure.per_hearing is None else float(figure.per_hearing)
        return share


@dataclass(frozen=True)
class Saved:
    path: Path
    rows: int


class FiguresPage(CoordinatorPage):
    def __init__(self, session: VaultSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPage")
        self.session = session
        self.lang = lang
        self.data: CoordinatorData | None = None
        self.programme: ProgrammeFigures | None = None  # None: being worked out
        self.view_data: FiguresAcross | None = None

        self.grouping_combo = self._combo("figuresGroupingCombo", self.tr("Rows"))
        for text, grouping in (
            (self.tr("By country and period"), Grouping.BOTH),
            (self.tr("By country"), Grouping.COUNTRY),
            (self.tr("By period"), Grouping.PERIOD),
        ):
            self.grouping_combo.addItem(text, grouping.value)
        self.period_combo = self._combo("figuresPeriodCombo", self.tr("Period"))
        self.period_combo.addItem(self.tr("Year"), PeriodLength.YEAR.value)
        self.period_combo.addItem(self.tr("Quarter"), PeriodLength.QUARTER.value)
        self.country_combo = self._combo("figuresCountryCombo", self.tr("Country"))
        self.country_combo.addItem(self.tr("Every country"), ALL)
        self.figure_combo = self._combo("figuresFigureCombo", self.tr("Figure"))
        self.figure_combo.addItem(self.tr("Every figure"), "")
        for combo in (self.grouping_combo, self.period_combo, self.country_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.figure_combo.currentIndexChanged.connect(self._show_rows)
        self.save_button = make_button(
            self.tr("&Save as CSV…"), "saveFiguresCsvButton", self._save_clicked
        )

        self.summary = PlainLabel("", self)
        self.summary.setObjectName("figuresSummary")
        self.model = FigureLinesModel(lang, self)
        self.table, self.proxy = sorted_table(
            "figuresView",
            self.model,
            self.tr("Figures across trials"),
            FigureLinesModel.COUNTRY,
            stretch=FigureLinesModel.FIGURE,
            rows=6,
        )
        fit_columns_capped(self.table, FigureLinesModel.FIGURE, FIGURE_CHARS)
        self.busy = BusyBar("figuresBusy", self)
        self.status = MessageLabel("figuresStatus", self)
        self._lay_out()

    def _combo(self, object_name: str, accessible_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("&Rows:"), self.grouping_combo), 0, 0)
        grid.addWidget(self.grouping_combo, 0, 1)
        grid.addWidget(buddy_label(self.tr("&Period:"), self.period_combo), 0, 2)
        grid.addWidget(self.period_combo, 0, 3)
        grid.addWidget(buddy_label(self.tr("C&ountry:"), self.country_combo), 0, 4)
        grid.addWidget(self.country_combo, 0, 5)
        grid.addWidget(buddy_label(self.tr("&Figure:"), self.figure_combo), 1, 0)
        grid.addWidget(self.figure_combo, 1, 1, 1, 3)
        grid.addWidget(self.save_button, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

    # ---- what is shown ----------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        index = data.index
        countries = sorted({group_country(index, g.key) for g in data.groups})
        chosen = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        while self.country_combo.count() > 1:
            self.country_combo.removeItem(1)
        for country in countries:
            self.country_combo.addItem(self.model.country(country), country)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(chosen)))
        self.country_combo.blockSignals(False)
        figure = self.figure_combo.currentData()
        self.figure_combo.blockSignals(True)
        while self.figure_combo.count() > 1:
            self.figure_combo.removeItem(1)
        for key in figure_keys(index.taxonomy):
            if key != "hearings_affected":  # a standard's own: not across trials
                self.figure_combo.addItem(figure_label(key, self.lang), key)
        self.figure_combo.setCurrentIndex(max(0, self.figure_combo.findData(figure)))
        self.figure_combo.blockSignals(False)
        self.refresh()

    def show_programme(self, programme: ProgrammeFigures | None) -> None:
        """The tallies of every trial's sessions; None while they are worked out again."""
        self.programme = programme
        self.refresh()

    def clear(self) -> None:
        self.data = None
        self.programme = None
        self.view_data = None
        self.model.set_records([])
        self.summary.set_plain("")
        self.status.clear_message()

    def choose(
        self,
        *,
        grouping: Grouping = Grouping.BOTH,
        period: PeriodLength = PeriodLength.YEAR,
        country: str = ALL,
        figure: str = "",
    ) -> None:
        """Set the filters (what the user would choose)."""
        for combo, value in (
            (self.grouping_combo, grouping.value),
            (self.period_combo, period.value),
            (self.country_combo, country),
            (self.figure_combo, figure),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def refresh(self) -> None:
        data, programme = self.data, self.programme
        if data is None or programme is None:
            self.view_data = None
            self.model.set_records([])
            self.save_button.setEnabled(False)
            self.summary.set_plain(
                self.tr("Working out the figures of every trial…") if data is not None else ""
            )
            return
        self.view_data = figures_from_tallies(
            programme.sittings,
            data.index.taxonomy,
            Grouping(str(self.grouping_combo.currentData())),
            PeriodLength(str(self.period_combo.currentData())),
            str(self.country_combo.currentData() or ""),
            unreadable=programme.unreadable,
        )
        self.save_button.setEnabled(True)
        self._show_rows()

    def _show_rows(self) -> None:
        view = self.view_data
        if view is None:
            return
        wanted = str(self.figure_combo.currentData() or "")
        lines = [
            FigureLine(row, figure, n * 100 + f)
            for n, row in enumerate(view.rows)
            for f, figure in enumerate(row.figures)
            if not wanted or figure.key == wanted
        ]
        self.model.set_records(lines)
        total = view.rows[-1]
        held = total.figure("hearings_held")
        hearings = held.value if held is not None else 0
        trials = counted(self.tr("%n trial(s)", "", total.trials), "%n trial(s)", total.trials)
        self.summary.set_plain(
            counted(
                self.tr("%n hearing(s) held, in {trials}.", "", hearings),
                "%n hearing(s) held, in {trials}.",
                hearings,
            ).format(trials=trials)
        )

    def lines(self) -> list[FigureLine]:
        """The lines in the order the table shows them."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    # ---- CSV --------------------------------------------------------------------------

    def _save_clicked(self) -> None:
        path = file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.REPORTS,
            self.tr("Save the figures as"),
            file_name="figures.csv",
            name_filter=self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> Task | None:
        """Write the figures of the rows listed (every figure of each) to ``path`` as CSV,
        off the UI thread."""
        view, lang = self.view_data, self.lang
        if view is None or not self.session.is_unlocked or self.busy.is_busy:
            return None

        def work() -> Saved:
            write_figures_csv(path, view, lang)
            return Saved(path, len(view.rows))

        self.status.clear_message()
        return self.busy.run(work, self._saved, self.status.show_error, (self.save_button,))

    def _saved(self, saved: Saved) -> None:
        log.info("figures saved as CSV")
        self.status.show_info(
            counted(
                self.tr("Wrote the figures of %n row(s) to {file}.", "", saved.rows),
                "Wrote the figures of %n row(s) to {file}.",
                saved.rows,
            ).format(file=one_line(str(saved.path)))
        )
