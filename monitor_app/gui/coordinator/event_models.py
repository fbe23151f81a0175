"""Table models of events side by side: the events of a session or trial (who recorded
each of those present, where they differ, where it stands after the decisions), an event's
observations as each observer recorded them, where they differ, and the decisions on it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from monitor_app.core.coordination.event_decisions import (
    DecidedEvent,
    EventState,
)
from monitor_app.core.coordination.events import Aspect, Difference, Event
from monitor_app.core.coordination.index import (
    Observed,
)
from monitor_app.core.records.records import EventDecision
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.models import (
    CELL_CHARS,
    DATE_TIME,
    EMPTY,
    SECONDS,
    choice_label,
    condition_label,
    local_time,
)
from monitor_app.gui.coordinator.event_words import (
    action_label,
    aspect_label,
    event_differs,
    event_label,
    event_tz,
    seen_by_text,
    state_label,
)
from monitor_app.gui.coordinator.models import CoordinatorModel, ObservedModel, observer_name
from monitor_app.gui.sync.models import on_this_computer

# ---- a hearing session side by side ----------------------------------------------------


class EventsModel(ObservedModel):
    """Events (of a session, or of a trial), one row each: who recorded it of those
    present, where they differ, and where it stands after the decisions. A row not every
    observer present recorded, or where they differ, is highlighted and says so."""

    EVENT, TIME, CONDITION, SEEN_BY, RECORDED, NOT_RECORDED, DIFFERENCES, STATE = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Event"),
            self.tr("Time"),
            self.tr("Condition"),
            self.tr("Seen by"),
            self.tr("Recorded by"),
            self.tr("Not recorded by"),
            self.tr("They differ on"),
            self.tr("State"),
        ]

    def record_id(self, record: DecidedEvent) -> str:
        return record.id

    def display(self, record: DecidedEvent, column: int) -> str:
        event = record.event
        if column == self.EVENT:
            return event_label(record)
        if column == self.TIME:
            return self.when(event.members[0])
        if column == self.CONDITION:
            return self.conditions(event.codes)
        if column == self.SEEN_BY:
            return seen_by_text(event)
        if column == self.RECORDED:
            return self.who(self.by_name(event.recorded_by))
        if column == self.NOT_RECORDED:
            absent = [o for o in event.present if o not in event.recorded_by]
            return self.who(self.by_name(absent)) or EMPTY
        if column == self.DIFFERENCES:
            return ", ".join(aspect_label(d.aspect) for d in event.differences) or EMPTY
        shown = state_label(record.state)
        if record.state != EventState.PROPOSED:
            shown = self.tr("{state} by {name}").format(
                state=shown, name=observer_name(self.names, record.decided_by)
            )
        return shown

    def differs(self, record: DecidedEvent) -> bool:
        return event_differs(record.event)

    def sort_value(self, record: DecidedEvent, column: int) -> Any:
        if column == self.EVENT:
            return record.number
        if column == self.TIME:
            return "|".join(record.event.members[0].time_order)
        return super().sort_value(record, column)


class MembersModel(ObservedModel):
    """An event's observations, each as its observer recorded it."""

    OBSERVER, TIME, END, CONDITION, SEVERITY, COURT, PARTIES, NOTE = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Observer"),
            self.tr("Time"),
            self.tr("Until"),
            self.tr("Condition"),
            self.tr("Severity"),
            self.tr("What the court did"),
            self.tr("Who was affected"),
            self.tr("Note"),
        ]

    def record_id(self, record: Observed) -> str:
        return record.observation.id

    def display(self, record: Observed, column: int) -> str:
        o = record.observation
        tz = record.hearing.tz if record.hearing else "UTC"
        if column == self.OBSERVER:
            return observer_name(self.names, record.observer)
        if column == self.TIME:
            return self.when(record)
        if column == self.END:
            if o.is_open:
                return self.tr("still going")
            return local_time(o.end, tz, DATE_TIME) if o.interval else EMPTY
        if column == self.CONDITION:
            return self.condition(record)
        if column == self.SEVERITY:
            return choice_label(self.taxonomy.severities, record.severity, self.lang)
        if column == self.COURT:
            return choice_label(self.taxonomy.court_responses, o.court_response, self.lang)
        if column == self.PARTIES:
            return one_line(
                ", ".join(choice_label(self.taxonomy.parties, p, self.lang) for p in o.parties),
                CELL_CHARS,
            )
        return one_line(o.text, CELL_CHARS)

    def sort_value(self, record: Observed, column: int) -> Any:
        if column == self.TIME:
            return "|".join(record.time_order)
        return super().sort_value(record, column)


class DifferencesModel(ObservedModel):
    """Where an event's observers differ: one row per aspect, one column per observer who
    recorded it, side by side."""

    ASPECT = 0

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        self.observers: list[str] = []
        self.tz = "UTC"
        super().__init__(taxonomy, lang, parent)

    def headers(self) -> list[str]:
        names = getattr(self, "names", {})
        return [self.tr("They differ on"), *(observer_name(names, o) for o in self.observers)]

    def set_event(self, event: Event | None, names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.names = dict(names)
        self.observers = self.by_name(event.recorded_by) if event else []
        self.tz = event_tz(event) if event else "UTC"
        self._headers = self.headers()
        self._records = list(event.differences) if event else []
        self.endResetModel()

    def record_id(self, record: Difference) -> str:
        return record.aspect.value

    def display(self, record: Difference, column: int) -> str:
        if column == self.ASPECT:
            return aspect_label(record.aspect)
        values = record.by_observer.get(self.observers[column - 1], ())
        aspect = record.aspect
        if aspect == Aspect.END and not values:
            return self.tr("still going")
        if not values:
            return self.tr("none given")
        if aspect in (Aspect.START, Aspect.END):
            shown = [local_time(v, self.tz, SECONDS) for v in values]
        elif aspect == Aspect.CONDITION:
            shown = [condition_label(self.taxonomy, v, self.lang) for v in values]
        else:
            choices = {
                Aspect.COURT_RESPONSE: self.taxonomy.court_responses,
                Aspect.PARTIES: self.taxonomy.parties,
                Aspect.SEVERITY: self.taxonomy.severities,
            }[aspect]
            shown = [choice_label(choices, v, self.lang) for v in values]
        return one_line(", ".join(shown), CELL_CHARS)


class DecisionsModel(CoordinatorModel):
    """The decisions on an event, in the order they apply, each under its author's name
    with its note in their own words."""

    WHEN, WHO, ACTION, NOTE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Decision"), self.tr("Note")]

    def record_id(self, record: EventDecision) -> str:
        return record.id

    def display(self, record: EventDecision, column: int) -> str:
        if column == self.WHEN:
            return on_this_computer(record.updated_utc) if record.updated_utc else EMPTY
        if column == self.WHO:
            return observer_name(self.names, record.author)
        if column == self.ACTION:
            return action_label(record.action)
        return one_line(record.note, CELL_CHARS)

    def sort_value(self, record: EventDecision, column: int) -> Any:
        if column == self.WHEN:
            return record.updated_utc
        return super().sort_value(record, column)
