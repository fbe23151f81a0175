"""The coordinator's Hearing sessions tab: one sitting of the court as each of its observers
recorded it: its events, one row each however many observers recorded it ("seen by 2 of 3",
who did not, where they differ, where it stands after the coordinators' decisions), the
chosen event's observations and differences side by side, and the observers' checklist
answers side by side. Where they differ the row is highlighted and says so."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.event_decisions import DecidedEvent
from monitor_app.core.coordination.index import HearingSession
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns,
    make_table_view,
    show_rows,
    sorted_table,
)
from monitor_app.gui.coordinator.event_detail import EventDetail
from monitor_app.gui.coordinator.event_models import (
    EventsModel,
)
from monitor_app.gui.coordinator.models import (
    ChecklistCompareModel,
    observer_name,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage, TrialCombo


class SessionsPage(CoordinatorPage):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsPage")
        self.data: CoordinatorData | None = None
        self.trial_combo = TrialCombo("sessionTrialCombo", self.tr("Trial"))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionCombo")
        self.session_combo.setAccessibleName(self.tr("Hearing session"))
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.trial_combo.currentIndexChanged.connect(self._trial_changed)
        self.session_combo.currentIndexChanged.connect(self._session_changed)
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("sessionSummary")
        self.events = EventsModel(taxonomy, lang, self)
        self.events_view, self.events_proxy = sorted_table(
            "sessionEventsView",
            self.events,
            self.tr("The session's events, observers side by side"),
            EventsModel.TIME,
            stretch=EventsModel.CONDITION,
            rows=3,
        )
        self.events_view.selectionModel().currentRowChanged.connect(self._event_chosen)
        self.detail = EventDetail("sessionEvent", taxonomy, lang, self)
        self.checklists = ChecklistCompareModel(taxonomy, lang, self)
        self.checklists_view = make_table_view(
            "checklistCompareView", self.checklists, self.tr("Checklists side by side"), False
        )
        fit_columns(self.checklists_view, ChecklistCompareModel.QUESTION)
        show_rows(self.checklists_view, 3)

        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Trial:"), self.trial_combo))
        row.addWidget(self.trial_combo, 1)
        row.addWidget(buddy_label(self.tr("&Session:"), self.session_combo))
        row.addWidget(self.session_combo)
        entries = QGroupBox(self.tr("What each observer logged, as events"), self)
        entries_layout = QVBoxLayout(entries)
        entries_layout.addWidget(self.events_view, 1)
        entries_layout.addWidget(self.detail, 1)
        answers = QGroupBox(self.tr("Checklists"), self)
        QVBoxLayout(answers).addWidget(self.checklists_view)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(entries, 3)
        layout.addWidget(answers, 2)

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.trial_combo.set_groups(data.groups, data)
        self.events.set_names(data.names)
        self.detail.set_names(data.names)
        self._trial_changed()

    def clear(self) -> None:
        self.data = None
        self.events.set_records([])
        self.detail.clear()
        self.checklists.set_rows([], [], {})
        self.summary.set_plain("")

    def choose(self, trial: str, session: str = "") -> None:
        self.trial_combo.choose(trial)
        if session:
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session)))

    def current_session(self) -> HearingSession | None:
        key = self.session_combo.currentData()
        if self.data is None or not key:
            return None
        return self.data.index.session(str(key))

    def _trial_changed(self) -> None:
        key = self.trial_combo.key()
        sessions = self.data.index.sessions(key) if self.data is not None and key else []
        chosen = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for session in sessions:
            shown = len(session.observers)
            self.session_combo.addItem(
                counted(
                    self.tr("{date} (%n observer(s))", "", shown), "{date} (%n observer(s))", shown
                ).format(date=session.date),
                session.key,
            )
        found = self.session_combo.findData(chosen)
        # A session seen by several observers is the one worth comparing first.
        several = next((i for i, s in enumerate(sessions) if len(s.observers) > 1), 0)
        self.session_combo.setCurrentIndex(found if found >= 0 else several)
        self.session_combo.blockSignals(False)
        self._session_changed()

    def _session_changed(self) -> None:
        session, data = self.current_session(), self.data
        self.detail.show_nothing()
        if session is None or data is None:
            self.events.set_records([])
            self.checklists.set_rows([], [], {})
            self.summary.set_plain(self.tr("Choose a trial and one of its hearing sessions."))
            return
        events = [
            e for e in data.events.of_group(self.trial_combo.key()) if e.session == session.key
        ]
        rows = data.index.checklists(session)
        observers = sorted(
            session.observers | {o for e in events for o in e.event.recorded_by},
            key=lambda a: observer_name(data.names, a),
        )
        self.events.set_records(events)
        if events:  # the first event up close, side by side
            self.events_view.selectRow(0)
        self.checklists.set_rows(rows, observers, data.names)
        self.checklists_view.resizeColumnsToContents()
        alone = sum(1 for e in events if len(e.event.recorded_by) < len(e.event.present))
        differ = sum(1 for r in rows if r.disagreement)
        self.summary.set_plain(
            counted(
                self.tr(
                    "%n event(s), of which only some of the observers present recorded {alone}",
                    "",
                    len(events),
                ),
                "%n event(s), of which only some of the observers present recorded {alone}",
                len(events),
            ).format(alone=alone)
            + "; "
            + counted(
                self.tr("checklist answers differ on %n question(s).", "", differ),
                "checklist answers differ on %n question(s).",
                differ,
            )
        )

    def chosen_event(self) -> DecidedEvent | None:
        index = self.events_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        event: DecidedEvent = self.events.record(self.events_proxy.mapToSource(index).row())
        return event

    def _event_chosen(self) -> None:
        self.detail.show_event(self.chosen_event())
