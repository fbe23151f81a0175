"""The coordinator's Timeline tab: every observer's notes in time order as events, one row
per event however many observers recorded it ("seen by 2 of 3", after the coordinators'
decisions) and one per free note, for one trial or all of them, filtered at once by
category, severity, observer and hearing session (and by the dashboard: the trials of a
country, a month). Under it the chosen event's observations and differences side by side,
the trial's hearing sessions with their totals, and its delay (postponements and their
reasons).

Filtering never goes back to the vault: the rows are the loaded reading's, and a proxy
(`TimelineProxy`) keeps those the filter wants: an event when any of its observations is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.event_decisions import TimelineRow, left_out, timeline_rows
from monitor_app.core.coordination.index import Observed, TimelineFilter
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.records.totals import count_entries
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted, entry_count_text
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    make_button,
    make_table_view,
    show_rows,
    sorted_table,
)
from monitor_app.gui.coordinator.event_detail import EventDetail
from monitor_app.gui.coordinator.models import (
    PostponementsModel,
    SessionTotalsModel,
    TimelineModel,
    TimelineProxy,
    observer_name,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage, TrialCombo


def _combo(object_name: str, accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter combo's items (label, code), keeping the chosen code if listed."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for text, code in items:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class TimelinePage(CoordinatorPage):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.taxonomy = taxonomy
        self.lang = lang
        self.data: CoordinatorData | None = None
        self.groups: frozenset[str] = frozenset()  # from the dashboard: a country's trials
        self.month = ""

        self.trial_combo = TrialCombo("timelineTrialCombo", self.tr("Trial"), self.tr("All trials"))
        self.category_combo = _combo("timelineCategoryCombo", self.tr("Category"))
        self.severity_combo = _combo("timelineSeverityCombo", self.tr("Severity"))
        self.observer_combo = _combo("timelineObserverCombo", self.tr("Observer"))
        self.session_combo = _combo("timelineSessionCombo", self.tr("Hearing session"))
        self.clear_button = make_button(
            self.tr("&Clear filters"), "clearTimelineFiltersButton", self.clear_filters
        )
        _refill(
            self.category_combo,
            self.tr("All categories"),
            [(label(c.label, lang), c.code) for c in taxonomy.categories],
        )
        _refill(
            self.severity_combo,
            self.tr("Any severity"),
            [(label(c.label, lang), c.code) for c in taxonomy.severities],
        )
        self.trial_combo.currentIndexChanged.connect(self._trial_changed)
        for combo in (
            self.category_combo,
            self.severity_combo,
            self.observer_combo,
            self.session_combo,
        ):
            combo.currentIndexChanged.connect(self._apply)

        filters = self._filters()
        self.scope = PlainLabel("", self)
        self.scope.setObjectName("timelineScope")
        self.model = TimelineModel(taxonomy, lang, self)
        self.proxy = TimelineProxy(self.model, self)
        self.view = make_table_view("timelineView", self.proxy, self.tr("Timeline"))
        self.view.sortByColumn(TimelineModel.TIME, Qt.SortOrder.AscendingOrder)
        fit_columns_capped(self.view, TimelineModel.NOTE)
        show_rows(self.view, 4)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        upper = QWidget(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.scope)
        upper_layout.addWidget(self.view, 1)
        splitter.addWidget(upper)
        splitter.addWidget(self._lower())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_scope()

    def _filters(self) -> QGridLayout:
        filters = QGridLayout()
        pairs = [
            (self.tr("&Trial:"), self.trial_combo),
            (self.tr("C&ategory:"), self.category_combo),
            (self.tr("Se&verity:"), self.severity_combo),
            (self.tr("&Observer:"), self.observer_combo),
            (self.tr("&Hearing session:"), self.session_combo),
        ]
        for number, (text, combo) in enumerate(pairs):
            row, column = divmod(number, 3)
            filters.addWidget(buddy_label(text, combo), row, 2 * column)
            filters.addWidget(combo, row, 2 * column + 1)
        filters.addWidget(self.clear_button, 1, 4, 1, 2, Qt.AlignmentFlag.AlignLeading)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        return filters

    def _lower(self) -> QWidget:
        """Below the timeline, a tab each: the trial's sessions and delay, and the chosen
        row up close (its observations side by side, where they differ, the decisions)."""
        self.below = QTabWidget(self)
        self.below.setObjectName("timelineLowerTabs")
        self.detail = EventDetail("timelineEvent", self.taxonomy, self.lang, self.below)
        right = QWidget(self.below)
        self.totals = SessionTotalsModel(self)
        self.totals_view, self.totals_proxy = sorted_table(
            "sessionTotalsView",
            self.totals,
            self.tr("Hearing sessions and their totals"),
            SessionTotalsModel.DATE,
            stretch=SessionTotalsModel.OBSERVERS,
            rows=2,
        )
        self.delay = PlainLabel("", right)
        self.delay.setObjectName("delaySummary")
        self.postponements = PostponementsModel(self)
        self.postponements_view, _proxy = sorted_table(
            "postponementsView",
            self.postponements,
            self.tr("Postponements"),
            PostponementsModel.DATE,
            stretch=PostponementsModel.REASON,
            rows=1,
        )
        totals_box = QGroupBox(self.tr("Sessions"), right)
        QVBoxLayout(totals_box).addWidget(self.totals_view)
        delay_box = QGroupBox(self.tr("Delay"), right)
        delay_layout = QVBoxLayout(delay_box)
        delay_layout.addWidget(self.delay)
        delay_layout.addWidget(self.postponements_view)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(totals_box)
        right_layout.addWidget(delay_box)
        self.below.addTab(right, self.tr("Sessions and delay"))
        self.below.addTab(self.detail, self.tr("The chosen row"))
        return self.below

    # ---- what is shown ----------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.groups = frozenset(data.group_key(g) for g in self.groups) - {""}
        self.trial_combo.set_groups(data.groups, data)
        observers = sorted(
            {e.observer for e in data.index.entries}, key=lambda a: observer_name(data.names, a)
        )
        _refill(
            self.observer_combo,
            self.tr("Every observer"),
            [(observer_name(data.names, a), a) for a in observers],
        )
        self.model.set_names(data.names)
        self.model.set_titles(data.titles)
        self.detail.set_names(data.names)
        self.model.set_records(
            [
                row
                for group in data.groups
                for row in timeline_rows(data.index.timeline(group.key), data.events)
            ]
        )
        self.detail.show_nothing()
        self._trial_changed()

    def clear(self) -> None:
        self.data = None
        self.model.set_records([])
        self.detail.clear()
        self.totals.set_records([])
        self.postponements.set_records([])
        self.delay.set_plain("")

    def rows(self) -> list[TimelineRow]:
        """The rows shown (events, and free notes in none), in the order shown."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def entries(self) -> list[Observed]:
        """Every observation and free note of the rows shown, in the order shown."""
        return [entry for row in self.rows() for entry in row.entries]

    def _row_chosen(self) -> None:
        index = self.view.selectionModel().currentIndex()
        source = self.proxy.mapToSource(index) if index.isValid() else index
        self.detail.show_row(self.model.record(source.row()) if source.isValid() else None)
        if source.isValid() and self.view.hasFocus():  # chosen by the user: show it
            self.below.setCurrentWidget(self.detail)

    def _trial_changed(self) -> None:
        data, key = self.data, self.trial_combo.key()
        sessions = data.index.sessions(key) if data is not None and key else []
        chosen = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Every session"), "")
        for session in sessions:
            self.session_combo.addItem(session.date, session.key)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))
        self.session_combo.blockSignals(False)
        self.session_combo.setEnabled(bool(sessions))
        if data is not None and key:
            self.totals.set_names(data.names)
            rejected = left_out(data.events.of_group(key))  # counted nowhere
            self.totals.set_sessions(
                sessions,
                {s.key: data.index.session_totals(s, leave_out=rejected) for s in sessions},
            )
            delay = data.index.delay(key)
            self.postponements.set_records(delay.postponements)
            self.delay.set_plain(
                self.tr(
                    "Hearings: {hearings}, held: {held}, postponed: {postponed}; days from the "
                    "first to the last: {days}."
                ).format(
                    hearings=delay.hearings,
                    held=delay.held,
                    postponed=len(delay.postponements),
                    days=delay.days_elapsed,
                )
            )
        else:
            self.totals.set_records([])
            self.postponements.set_records([])
            self.delay.set_plain(self.tr("Choose a trial to see its sessions and delay."))
        # One trial chosen: each row's trial is that one, and its column only takes room.
        self.view.setColumnHidden(TimelineModel.TRIAL, bool(key))
        self._apply()

    def _apply(self) -> None:
        def chosen(combo: QComboBox) -> frozenset[str]:
            code = combo.currentData()
            return frozenset({str(code)}) if code else frozenset()

        hearings: frozenset[str] = frozenset()
        session_key = self.session_combo.currentData()
        if session_key and self.data is not None:
            hearings = self.data.index.session(str(session_key)).ids
        trial = self.trial_combo.key()
        keep = TimelineFilter(
            categories=chosen(self.category_combo),
            severities=chosen(self.severity_combo),
            observers=chosen(self.observer_combo),
            hearings=hearings,
        )
        self.proxy.set_filter(keep, frozenset({trial}) if trial else self.groups, self.month)
        self._show_scope()

    def _show_scope(self) -> None:
        rows = self.rows()
        events = sum(1 for row in rows if row.event is not None)
        logged = entry_count_text(count_entries(e.observation.code for e in self.entries()))
        parts = [
            counted(
                self.tr("Showing %n event(s), from {logged}", "", events),
                "Showing %n event(s), from {logged}",
                events,
            ).format(logged=logged)
        ]
        if self.groups and not self.trial_combo.key():
            chosen = len(self.groups)
            parts.append(
                counted(
                    self.tr("in %n trial(s) chosen on the dashboard", "", chosen),
                    "in %n trial(s) chosen on the dashboard",
                    chosen,
                )
            )
        if self.month:
            parts.append(self.tr("in {month} (UTC)").format(month=self.month))
        self.scope.set_plain(" ".join(parts) + ".")

    # ---- filters set from elsewhere ---------------------------------------------------

    def clear_filters(self) -> None:
        self.show_filtered()

    def show_filtered(
        self,
        *,
        trial: str = "",
        category: str = "",
        severity: str = "",
        observer: str = "",
        session: str = "",
        groups: frozenset[str] = frozenset(),
        month: str = "",
    ) -> None:
        """Show the timeline filtered so (empty: everything); used by the dashboard."""
        self.groups, self.month = groups, month
        for combo in (self.category_combo, self.severity_combo, self.observer_combo):
            combo.blockSignals(True)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(severity)))
        self.observer_combo.setCurrentIndex(max(0, self.observer_combo.findData(observer)))
        for combo in (self.category_combo, self.severity_combo, self.observer_combo):
            combo.blockSignals(False)
        self.trial_combo.blockSignals(True)
        self.trial_combo.setCurrentIndex(max(0, self.trial_combo.findData(trial)))
        self.trial_combo.blockSignals(False)
        self.session_combo.blockSignals(True)
        self.session_combo.setCurrentIndex(0)
        self.session_combo.blockSignals(False)
        self._trial_changed()
        if session:
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session)))


def category_name(taxonomy: Taxonomy, code: str, lang: str) -> str:
    """A category's name; one this taxonomy lacks, as itself."""
    found = next((c for c in taxonomy.categories if c.code == code), None)
    return label(found.label, lang) if found else one_line(code)
