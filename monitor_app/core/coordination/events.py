"""Corroborated events: the observations of one hearing session that record one happening,
whoever recorded them, so that one outage seen by three observers counts once.

The rule (docs/events.md):

- Only observations of one hearing session are compared (the index's `HearingSession`:
  every observer's hearing records of one trial group on one local date, linked trials
  counting as one). Free notes never join: they give context, they record no condition.
- Two observations can join when their conditions are the same or related: the same code,
  or two codes of one category that both count as lost participation in the taxonomy
  (`Item.participation_loss`: "Connection lost" and "Video frozen" are one loss of the
  remote link). A condition about the observer (`Category.about_observer`: refused entry,
  searched) happened to each observer apart, so only that observer's own notes of it join.
- They join when they meet in time. An interval is its span (one still open runs to the
  session's recorded end, or without one to the end of the session); a point is its moment
  widened by half the window on each side, so two points join when they are at most
  `window` apart (default `POINT_WINDOW`) and a point joins an interval it lies in or
  within half the window of. Spans that overlap or touch meet.
- An event is everything linked by those meetings (a chain: three points each four minutes
  after the last make one event). An observer's own notes join like anyone's.

Grouping sorts each session's observations by condition family and time and sweeps them
once (O(n log n)); an event's id is a hash of its members' record ids, so it is the same
whatever order bundles arrived in and whoever computes it, and changes when its members do.
The coordinator's decisions (confirm, split, merge, reject) will be revisions naming event
ids and member ids, applied on top of this grouping with `event_from`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from monitor_app.core.coordination.index import CoordinatorIndex, HearingSession, Observed
from monitor_app.core.errors import UnknownCode, ValidationError
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.records.totals import is_free_note

POINT_WINDOW = timedelta(minutes=5)
MAX_WINDOW = timedelta(hours=24)  # a session is one day's sitting: no wider window is needed

# Times are compared as whole half-microseconds since the epoch, so that half a window is
# exact whatever the window (points at exactly `window` apart always meet).
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_UNTIL_THE_END = 2**63  # an open interval in a session with no recorded end


def _ticks(instant: str) -> int:
    return 2 * ((from_utc_text(instant) - _EPOCH) // _MICROSECOND)


class Aspect(StrEnum):
    """What the members of an event can disagree on."""

    CONDITION = "condition"  # related conditions: "Connection lost" beside "Video frozen"
    START = "start"
    END = "end"
    COURT_RESPONSE = "court_response"
    PARTIES = "parties"
    SEVERITY = "severity"


@dataclass(frozen=True)
class Difference:
    """One aspect the observers of an event recorded differently, side by side."""

    aspect: Aspect
    # Each observer who recorded the event, sorted, with what they recorded: their earliest
    # start, their latest end (empty: still open), their conditions, court's responses,
    # parties and severities (empty: none given).
    by_observer: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class SessionFacts:
    """What grouping needs to know of a session besides its observations."""

    key: str  # `HearingSession.key`
    # Observers present: those with any entry (observation or free note) or checklist
    # answer in the session. A hearing record alone is no presence: it may have been
    # entered ahead of a sitting its author then missed.
    present: frozenset[str]
    end: str | None = None  # the latest recorded end of its hearings: where open intervals stop


@dataclass(frozen=True)
class Event:
    """Observations of one session recording one happening (see the module's rule)."""

    id: str  # a hash of the members' record ids (`event_id`)
    session: str  # `HearingSession.key`
    start: str  # UTC instant: the earliest member's start
    # UTC instant: the latest member's end (a point's end is its time); with an interval
    # still open, the session's recorded end, or None when it has none.
    end: str | None
    open: bool  # one of its intervals is still open
    members: tuple[Observed, ...]  # in time order
    recorded_by: tuple[str, ...]  # observers, sorted
    present: tuple[str, ...]  # observers present at the session, sorted
    differences: tuple[Difference, ...]  # only where the observers disagree

    @property
    def member_ids(self) -> frozenset[str]:
        return frozenset(m.observation.id for m in self.members)

    @property
    def codes(self) -> tuple[str, ...]:
        """Its conditions, as they first come in time."""
        return tuple(dict.fromkeys(m.observation.code for m in self.members))

    @property
    def category(self) -> str:
        return self.members[0].category

    @property
    def seen_by(self) -> tuple[int, int]:
        """(observers who recorded it, observers present): "seen by 2 of 3"."""
        return len(self.recorded_by), len(self.present)

    @property
    def corroborated(self) -> bool:
        return len(self.recorded_by) > 1

    def difference(self, aspect: Aspect) -> Difference | None:
        return next((d for d in self.differences if d.aspect == aspect), None)


def event_id(member_ids: Iterable[str]) -> str:
    """The id of the event made of these observations: the same for the same set."""
    text = "\n".join(("event", *sorted(member_ids)))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def check_window(window: timedelta) -> None:
    if not timedelta(0) <= window <= MAX_WINDOW:
        raise ValidationError(
            "event-window",
            got=round(window.total_seconds() / 60, 2),
            max=int(MAX_WINDOW.total_seconds() // 60),
        )


class Relations:
    """Which observations may join: each code's family (the same family may join)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._about_observer = frozenset(c.code for c in taxonomy.categories if c.about_observer)
        self._families: dict[str, str | None] = {}

    def family(self, entry: Observed) -> str | None:
        """The family of the entry's condition; None for a free note, which never joins."""
        code = entry.observation.code
        if code not in self._families:
            self._families[code] = self._family_of(code)
        family = self._families[code]
        if family is not None and entry.category in self._about_observer:
            return f"{family}@{entry.observer}"
        return family

    def _family_of(self, code: str) -> str | None:
        if is_free_note(code):
            return None
        try:
            item = self.taxonomy.item(code)
        except UnknownCode:  # a code from a newer taxonomy: itself only
            return code
        return f"{item.category}:participation_loss" if item.participation_loss else code


class _Member(NamedTuple):
    entry: Observed
    start: int  # ticks
    end: int | None  # ticks of its end (a point's: its time); None while open


def _member(entry: Observed) -> _Member:
    observation = entry.observation
    start = _ticks(observation.at)
    if not observation.interval:
        return _Member(entry, start, start)
    if not observation.end:
        return _Member(entry, start, None)
    return _Member(entry, start, max(start, _ticks(observation.end)))


class _Session(NamedTuple):
    """A session's facts, with what every one of its events asks worked out once."""

    facts: SessionFacts
    present: tuple[str, ...]  # sorted
    end: tuple[int, str] | None  # ticks and text of facts.end

    @classmethod
    def of(cls, facts: SessionFacts) -> _Session:
        end = (_ticks(facts.end), facts.end) if facts.end else None
        return cls(facts, tuple(sorted(facts.present)), end)


@cycle_collector_paused()  # thousands of tuples and events, none in a cycle
def group_events(
    entries: Iterable[Observed],
    facts: SessionFacts,
    relations: Relations,
    window: timedelta = POINT_WINDOW,
) -> list[Event]:
    """The events of one session's entries, by start then id; free notes are left out."""
    check_window(window)
    session = _Session.of(facts)
    pad = window // _MICROSECOND  # half the window, in ticks
    until = _UNTIL_THE_END if session.end is None else session.end[0]
    keyed: list[tuple[str, int, int, str, _Member]] = []
    for entry in entries:
        family = relations.family(entry)
        if family is None:
            continue
        member = _member(entry)
        if not entry.observation.interval:
            low, high = member.start - pad, member.start + pad
        else:
            low, high = member.start, max(member.start, until if member.end is None else member.end)
        keyed.append((family, low, high, entry.observation.id, member))
    keyed.sort(key=lambda k: k[:4])
    groups: list[list[_Member]] = []
    family_now, reach = "", 0
    for family, low, high, _, member in keyed:
        if groups and family == family_now and low <= reach:
            groups[-1].append(member)
            reach = max(reach, high)
        else:
            groups.append([member])
            family_now, reach = family, high
    events = [(min(m.start for m in group), _event(group, session)) for group in groups]
    events.sort(key=lambda e: (e[0], e[1].id))
    return [event for _, event in events]


def event_from(entries: Iterable[Observed], facts: SessionFacts) -> Event:
    """The event made of exactly these entries (of one session), however they were chosen:
    by `group_events`, or by a coordinator's split or merge."""
    members = [_member(entry) for entry in entries]
    if not members:
        raise ValueError("an event has at least one member")
    return _event(members, _Session.of(facts))


def _event(members: Sequence[_Member], session: _Session) -> Event:
    facts = session.facts
    ordered = sorted(members, key=lambda m: m.entry.time_order) if len(members) > 1 else members
    first = min(ordered, key=lambda m: m.start)
    is_open = any(m.end is None for m in ordered)
    # Where each member stops: an open one at the session's end, never before its start.
    ends = [_stop(m) for m in ordered]
    if is_open and session.end:
        ends.append(session.end)
    end = None if is_open and not session.end else max(ends)[1]
    recorded_by = sorted({m.entry.observer for m in ordered})
    present = session.present
    if not facts.present.issuperset(recorded_by):
        present = tuple(sorted(facts.present.union(recorded_by)))
    return Event(
        id=event_id(m.entry.observation.id for m in ordered),
        session=facts.key,
        start=first.entry.observation.at,
        end=end,
        open=is_open,
        members=tuple(m.entry for m in ordered),
        recorded_by=tuple(recorded_by),
        present=present,
        differences=_differences(ordered, recorded_by),
    )


def _stop(member: _Member) -> tuple[int, str]:
    observation = member.entry.observation
    if member.end is None:
        return member.start, observation.at
    return member.end, observation.end or observation.at


# ---- where observers differ ---------------------------------------------------------------

# Each aspect: (what is compared, what is shown) of one observer's members.
_View = Callable[[Sequence[_Member]], tuple[object, tuple[str, ...]]]


def _start(members: Sequence[_Member]) -> tuple[object, tuple[str, ...]]:
    first = min(members, key=lambda m: m.start)
    return first.start, (first.entry.observation.at,)


def _end(members: Sequence[_Member]) -> tuple[object, tuple[str, ...]]:
    if any(m.end is None for m in members):
        return None, ()
    ticks, text = max(_stop(m) for m in members)
    return ticks, (text,)


def _values(value_of: Callable[[Observed], Iterable[str | None]]) -> _View:
    def view(members: Sequence[_Member]) -> tuple[object, tuple[str, ...]]:
        values = tuple(sorted({v for m in members for v in value_of(m.entry) if v}))
        return values, values

    return view


_ASPECTS: tuple[tuple[Aspect, _View], ...] = (
    (Aspect.CONDITION, _values(lambda e: (e.observation.code,))),
    (Aspect.START, _start),
    (Aspect.END, _end),
    (Aspect.COURT_RESPONSE, _values(lambda e: (e.observation.court_response,))),
    (Aspect.PARTIES, _values(lambda e: e.observation.parties)),
    (Aspect.SEVERITY, _values(lambda e: (e.severity,))),
)


def _differences(members: Sequence[_Member], observers: Sequence[str]) -> tuple[Difference, ...]:
    if len(observers) <= 1:  # one observer disagrees with no one
        return ()
    by_observer: dict[str, list[_Member]] = {o: [] for o in observers}
    for member in members:
        by_observer[member.entry.observer].append(member)
    has_interval = any(m.entry.observation.interval for m in members)
    differences = []
    for aspect, view in _ASPECTS:
        if aspect == Aspect.END and not has_interval:
            continue  # points only: their ends are their starts
        views = {o: view(own) for o, own in by_observer.items()}
        if len({compared for compared, _ in views.values()}) > 1:
            differences.append(Difference(aspect, {o: shown for o, (_, shown) in views.items()}))
    return tuple(differences)


# ---- from the coordinator's index ---------------------------------------------------------


def session_facts(
    index: CoordinatorIndex, session: HearingSession, entries: Sequence[Observed] | None = None
) -> SessionFacts:
    """Who was present at the session and where it ended, from what its observers sent."""
    if entries is None:
        entries = index.session_entries(session)
    present = {e.observer for e in entries}
    present.update(o for row in index.checklists(session) for o in row.answers)
    ends = [h.actual_end for h in session.hearings if h.actual_end]
    return SessionFacts(session.key, frozenset(present), max(ends, key=_ticks) if ends else None)


def session_events(
    index: CoordinatorIndex,
    session: HearingSession,
    window: timedelta = POINT_WINDOW,
    relations: Relations | None = None,
) -> list[Event]:
    """The events of one hearing session, by start."""
    entries = index.session_entries(session)
    facts = session_facts(index, session, entries)
    return group_events(entries, facts, relations or Relations(index.taxonomy), window)


def trial_events(
    index: CoordinatorIndex, trial_id: str, window: timedelta = POINT_WINDOW
) -> list[Event]:
    """The events of every session of the trial's group (linked trials as one), in the
    sessions' order."""
    check_window(window)
    relations = Relations(index.taxonomy)
    with cycle_collector_paused():
        return [
            event
            for session in index.sessions(trial_id)
            for event in session_events(index, session, window, relations)
        ]


def every_event(index: CoordinatorIndex, window: timedelta = POINT_WINDOW) -> list[Event]:
    """The events of every trial group, group by group (for counts across trials)."""
    check_window(window)
    relations = Relations(index.taxonomy)
    with cycle_collector_paused():  # one pause for all: each resumption may walk the heap
        return [
            event
            for group in index.trial_groups()
            for session in index.sessions(group.key)
            for event in session_events(index, session, window, relations)
        ]


def events_by_member(events: Iterable[Event]) -> dict[str, Event]:
    """Each observation's event, by the observation's record id (free notes have none)."""
    return {m.observation.id: event for event in events for m in event.members}
