"""What is coming up in the next days: hearings, deadlines (to appeal, to report...),
reporting dates and hearings of pending proceedings, and the ends of sentence elements
still in force. The observer's window lists them from the notebook, the coordinator's from
its index, and ``trial-monitor upcoming`` prints them: all from plain record lists.

Each item falls on a day in its own zone: a hearing's day is its day in the hearing's zone;
a proceeding's dates and an element's end are days in the zone its revision was made in
(the court's, see `aftermath`). How far away it is counts from today in that same zone, so
an item is never a day early or late for an observer in another zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    Hearing,
    HearingStatus,
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    Record,
    SentenceElement,
    Trial,
)
from monitor_app.core.records.terms import term_state, today_in
from monitor_app.core.records.timeutil import in_zone
from monitor_app.core.records.value_checks import check_number

DEFAULT_DAYS = 30
MAX_DAYS = 36_600  # a century: as far as a term may run
# Proceedings whose date records what happened, never a hearing to come.
_NOT_HEARD = (ProceedingType.SITUATION, ProceedingType.RESTRICTION_ENDED)


class UpcomingKind(StrEnum):
    HEARING = "hearing"
    DEADLINE = "deadline"
    REPORTING = "reporting"
    PROCEEDING = "proceeding"
    TERM_END = "term-end"


@dataclass(frozen=True)
class UpcomingItem:
    kind: UpcomingKind
    day: date  # the day it falls on, in its own zone
    days_away: int  # from today in that zone (0 = today)
    trial_id: str
    trial_title: str
    record_id: str  # the hearing, proceeding or sentence element
    defendant: str  # "" for a hearing
    what: str  # a code: hearing type, proceeding type, or element code


def upcoming(  # noqa: PLR0917 (the records, then now: the contract the windows call)
    trials: Iterable[Trial],
    hearings: Iterable[Hearing],
    elements: Iterable[SentenceElement],
    proceedings: Iterable[Proceeding],
    now: datetime,
    days: int = DEFAULT_DAYS,
) -> list[UpcomingItem]:
    """Everything that falls from today to ``days`` days ahead (both included), by day.

    From a scheduled hearing, its start; from a proceeding, its date when that is a
    reporting date or the hearing of a proceeding still pending (unless the proceeding names
    a scheduled hearing, which is listed as itself: one sitting, one item), and its
    deadline; from a sentence element in force, its end (the first day it no longer binds)."""
    check_number("days", days, 0, MAX_DAYS)
    titles = {trial.id: trial.title for trial in trials}
    hearings = list(hearings)
    scheduled = {h.id for h in hearings if h.status == HearingStatus.SCHEDULED}
    proceedings = list(proceedings)
    found = [
        *_from_hearings(hearings, now),
        *_from_proceedings(proceedings, scheduled, now),
        *_from_elements(elements, proceedings, now),
    ]
    items = [
        UpcomingItem(
            kind=kind,
            day=day,
            days_away=away,
            trial_id=record.trial_id,
            trial_title=titles.get(record.trial_id, ""),
            record_id=record.id,
            defendant=getattr(record, "defendant", ""),
            what=what,
        )
        for kind, record, what, day, away in found
        if 0 <= away <= days
    ]
    order = list(UpcomingKind)
    return sorted(
        items,
        key=lambda i: (
            i.day,
            order.index(i.kind),
            i.trial_title.casefold(),
            i.defendant,
            i.record_id,
        ),
    )


def notebook_upcoming(
    notebook: Notebook, now: datetime, days: int = DEFAULT_DAYS
) -> list[UpcomingItem]:
    """`upcoming` over everything in the observer's notebook."""
    trials = notebook.list_trials()
    return upcoming(
        trials,
        [h for t in trials for h in notebook.list_hearings(t.id)],
        [e for t in trials for e in notebook.list_records(SentenceElement, t.id)],
        [p for t in trials for p in notebook.list_records(Proceeding, t.id)],
        now,
        days,
    )


# An item found, before the window is applied: kind, record, what, day, days away.
_Found = tuple[UpcomingKind, Hearing | Proceeding | SentenceElement, str, date, int]


def _record_zone(record: Record) -> str:
    return record.revision.tz if record.revision else "UTC"


def _from_hearings(hearings: Iterable[Hearing], now: datetime) -> Iterator[_Found]:
    for hearing in hearings:
        if hearing.status != HearingStatus.SCHEDULED or not hearing.scheduled_start:
            continue
        day = in_zone(hearing.scheduled_start, hearing.tz).date()
        away = (day - today_in(hearing.tz, now)).days
        yield UpcomingKind.HEARING, hearing, hearing.hearing_type, day, away


def _from_proceedings(
    proceedings: Iterable[Proceeding], scheduled: Set[str], now: datetime
) -> Iterator[_Found]:
    for proceeding in proceedings:
        today = today_in(_record_zone(proceeding), now)
        kind = proceeding.proceeding_type
        if proceeding.date and kind == ProceedingType.REPORTING:
            dated: UpcomingKind | None = UpcomingKind.REPORTING
        elif (
            proceeding.date
            and proceeding.outcome == ProceedingOutcome.PENDING
            and kind not in _NOT_HEARD
            and proceeding.hearing_id not in scheduled
        ):
            dated = UpcomingKind.PROCEEDING
        else:
            dated = None
        for item_kind, text in (
            (dated, proceeding.date),
            (UpcomingKind.DEADLINE, proceeding.deadline),
        ):
            if item_kind is not None and text:
                day = date.fromisoformat(text)
                yield item_kind, proceeding, kind, day, (day - today).days


def _from_elements(
    elements: Iterable[SentenceElement], proceedings: list[Proceeding], now: datetime
) -> Iterator[_Found]:
    for element in elements:
        state = term_state(element, proceedings, now)
        if state.in_force and state.end is not None and state.days_left is not None:
            yield UpcomingKind.TERM_END, element, element.element, state.end, state.days_left
