"""The coordinator's Dashboard tab: events counted by category, by country and by month
(each once however many observers recorded it; none a coordinator rejected), and the
participation lost in each hearing session, as bar charts. Choosing a bar opens the timeline
filtered to the events behind it (`chosen`: what kind of bar, its key).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.dashboard_figures import Dashboard
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted, entry_count_text
from monitor_app.gui.common.models import format_duration
from monitor_app.gui.common.widgets import PlainLabel, paragraph
from monitor_app.gui.coordinator.charts import Bar, BarChart
from monitor_app.gui.coordinator.timeline import category_name
from monitor_app.gui.coordinator.widgets import CoordinatorPage
from monitor_app.gui.sync.models import on_this_computer

CATEGORY, COUNTRY, MONTH, SESSION = "category", "country", "month", "session"
SESSION_TITLE_CHARS = 20


class DashboardPage(CoordinatorPage):
    chosen = Signal(str, str)  # CATEGORY / COUNTRY / MONTH / SESSION, the bar's key

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.taxonomy = taxonomy
        self.lang = lang
        self.shown: Dashboard | None = None  # the figures on show
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("dashboardSummary")
        # Shown while the figures on screen are the kept ones of an earlier opening.
        self.as_of = PlainLabel("", self)
        self.as_of.setObjectName("dashboardAsOf")
        self.as_of.hide()
        self.charts = {
            CATEGORY: BarChart("categoryChart", self.tr("Events by category"), self),
            COUNTRY: BarChart("countryChart", self.tr("Events by country"), self),
            MONTH: BarChart("monthChart", self.tr("Events by month (UTC)"), self),
            SESSION: BarChart(
                "outageChart", self.tr("Participation lost by hearing session"), self
            ),
        }
        for kind, chart in self.charts.items():
            chart.bar_activated.connect(lambda key, kind=kind: self.chosen.emit(kind, key))
        grid = QGridLayout()
        for number, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, *divmod(number, 2))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.as_of)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Click a bar, or choose it with the arrow keys and press Enter, to see "
                    "the events behind it in the timeline."
                ),
                self,
            )
        )
        layout.addLayout(grid, 1)

    def show_data(self, data: CoordinatorData) -> None:
        if data.dashboard is not None:  # else the window works them out trial by trial
            self.show_dashboard(data.dashboard)

    def show_dashboard(self, dashboard: Dashboard, as_of_utc: str = "") -> None:
        """Show figures; ``as_of_utc``: they are kept ones from then, being read anew."""
        self.shown = dashboard
        locale = QLocale()
        self.as_of.setVisible(bool(as_of_utc))
        if as_of_utc:
            self.as_of.set_plain(
                self.tr(
                    "These figures are from {time}; the newest notes are being read and "
                    "will replace them."
                ).format(time=on_this_computer(as_of_utc))
            )
        trials, unreadable = dashboard.trials, dashboard.unreadable
        summary = counted(
            self.tr(
                "{logged} in %n trial(s); free notes are context and counted in no chart.",
                "",
                trials,
            ),
            "{logged} in %n trial(s); free notes are context and counted in no chart.",
            trials,
        ).format(logged=entry_count_text(dashboard.entries))
        summary += " " + counted(
            self.tr(
                "The charts count %n event(s): each once, however many observers recorded it.",
                "",
                dashboard.events,
            ),
            "The charts count %n event(s): each once, however many observers recorded it.",
            dashboard.events,
        )
        if dashboard.rejected:
            summary += " " + counted(
                self.tr("%n rejected event(s), counted nowhere.", "", dashboard.rejected),
                "%n rejected event(s), counted nowhere.",
                dashboard.rejected,
            )
        if unreadable:
            summary += " " + counted(
                self.tr("%n unreadable record(s), counted nowhere.", "", unreadable),
                "%n unreadable record(s), counted nowhere.",
                unreadable,
            )
        self.summary.set_plain(summary)

        def bars_of(items: Mapping[str, int], name: Callable[[str], str]) -> list[Bar]:
            return [Bar(k, name(k), v, locale.toString(v)) for k, v in items.items()]

        self.charts[CATEGORY].set_bars(
            bars_of(dashboard.by_category, lambda c: category_name(self.taxonomy, c, self.lang))
        )
        self.charts[COUNTRY].set_bars(bars_of(dashboard.by_country, self._country))
        self.charts[MONTH].set_bars(bars_of(dashboard.by_month, str))
        bars = []
        for key, seconds in dashboard.seconds_lost_by_session.items():
            date = key.partition(":")[2]
            title = dashboard.group_titles.get(key, "")
            name = f"{one_line(title, SESSION_TITLE_CHARS)} {date}"
            bars.append(Bar(key, name, seconds, format_duration(seconds)))
        self.charts[SESSION].set_bars(bars)

    def _country(self, code: str) -> str:
        return self.tr("unknown") if code == "?" else one_line(code)

    def clear(self) -> None:
        self.shown = None
        for chart in self.charts.values():
            chart.set_bars([])
        self.summary.set_plain("")
        self.as_of.hide()
