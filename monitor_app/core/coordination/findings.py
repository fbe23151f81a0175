"""Findings by standard: for one trial, each standard its events bear on with figures worked
out from events (not from raw observations: one outage seen by three observers counts
once), the events cited by number, and the assessors' texts under their own names; and the
same figures across trials (`figures_across`).

Every figure is defined in docs/findings.md. In short:

- The unit is the **event** (`coordination.events`): observations of one hearing session
  grouped as one happening. Free notes are no events, so they are in no figure.
- A **hearing** is a session (`HearingSession`: every observer's hearing records of one
  trial group on one local date). It was **held** when a record of it says so, or when an
  observer was there (an observation, free note or checklist answer in it) and no record
  says it was postponed, adjourned or cancelled; it was **called off** when a record says
  that and none says held. Hearing figures count hearings held.
- Which figures a standard shows is data: a figure counts conditions of the taxonomy
  (`FigureSpec.codes`), and it is shown under each standard one of those conditions bears
  on (the item's standards and its category's), counting there only the conditions that
  bear on that standard.
- Time lost follows the one rule of `totals`: intervals that `counts_as_lost`, merged
  where they overlap, in whole seconds (`durations`); an interval still open in a hearing
  with no recorded end has no length, and is counted as not measured.

The events are the trial's after the coordinators' decisions (`event_decisions`): a
rejected event counts nowhere and is cited nowhere; merged and split ones count as decided.
They are cited by the numbers `event_decisions.number_events` gives them (E1, E2 ... in
time order). Nothing here writes.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from monitor_app.core.coordination.assessment import (
    StandardView,
    TrialAssessment,
    is_standard,
    load_trial_assessment,
    standard_order,
)
from monitor_app.core.coordination.event_decisions import (
    DecidedEvent,
    decided_events,
)
from monitor_app.core.coordination.events import Event
from monitor_app.core.coordination.index import CoordinatorIndex, HearingSession
from monitor_app.core.errors import UnknownCode, ValidationError
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.durations import DurationUnits, format_duration
from monitor_app.core.records.records import (
    NOT_HELD,
    HearingMode,
    HearingStatus,
    StandardAssessment,
)
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.records.totals import counts_as_lost, merged_seconds
from monitor_app.core.resources import resource_path
from monitor_app.core.vault.vault import Vault

_REMOTE_MODES = frozenset({HearingMode.REMOTE.value, HearingMode.HYBRID.value})
_CALLED_OFF = frozenset(s.value for s in NOT_HELD)


# ---- what is counted ----------------------------------------------------------------------


class Unit(StrEnum):
    EVENTS = "events"
    HEARINGS = "hearings"
    SECONDS = "seconds"


class Measure(StrEnum):
    """How a figure of conditions is worked out (docs/findings.md, "The figures"); every
    standard's own figures (`EVENTS` ...) come first."""

    HEARINGS_WITH = "hearings-with"  # hearings held with an event of the figure's conditions
    EVENTS_OF = "events-of"  # events of its conditions in hearings held
    TIME_LOST = "time-lost"  # merged seconds of its intervals that count as lost
    TIME_CONTINUED = "time-continued"  # of those, while the court went on regardless
    REMOTE_HEARINGS = "remote-hearings"  # hearings held by video link
    REMOTE_WITH = "remote-with"  # of those, with an event of its conditions
    INTERPRETED_WITH = "interpreted-with"  # of hearings needing interpretation, with one
    CALLED_OFF = "called-off"  # hearings called off, of those held or called off


@dataclass(frozen=True)
class FigureSpec:
    """One figure: what it counts, and the conditions it counts (which also decide the
    standards it is shown under)."""

    key: str
    measure: Measure
    unit: Unit
    codes: frozenset[str]


# A defence request refused: to see the file or evidence, for time to prepare, a motion, a
# witness.
_REFUSALS = (
    "evidence.access_denied",
    "evidence.adjournment_refused",
    "equality.defence_motion_refused",
    "equality.defence_witness_refused",
)
# The conditions of the figures named for what they are; every code is checked against the
# taxonomy in use, so a code it lacks is left out, never an error.
_NAMED: Mapping[str, tuple[Measure, tuple[str, ...]]] = {
    "no_private_consultation": (
        Measure.HEARINGS_WITH,
        ("counsel.no_private_channel", "counsel.consultation_blocked"),
    ),
    "counsel_absent": (
        Measure.HEARINGS_WITH,
        ("counsel.absent", "counsel.barred", "counsel.replaced"),
    ),
    "requests_refused": (Measure.EVENTS_OF, _REFUSALS),
    "hearings_with_requests_refused": (Measure.HEARINGS_WITH, _REFUSALS),
    "public_excluded": (
        Measure.HEARINGS_WITH,
        (
            "public.excluded",
            "public.closed_without_ground",
            "public.press_excluded",
            "public.family_excluded",
        ),
    ),
    "cage": (Measure.HEARINGS_WITH, ("innocence.cage",)),
    "restraints": (Measure.HEARINGS_WITH, ("innocence.restraints",)),
    "no_interpreter": (Measure.INTERPRETED_WITH, ("interpretation.interpreter_absent",)),
}
REMOTE_CATEGORY = "remote"
INTERPRETATION_CATEGORY = "interpretation"
POSTPONED_CODE = "delay.postponed"

# Every standard's own figures, first.
EVENTS, CORROBORATED, HEARINGS_AFFECTED, HEARINGS_HELD = (
    "events",
    "corroborated",
    "hearings_affected",
    "hearings_held",
)


@functools.cache
def figure_specs(taxonomy: Taxonomy) -> tuple[FigureSpec, ...]:
    """The figures counted by condition, in the order they are shown, from the taxonomy's
    codes: time lost from its `participation_loss` items, obstruction of observers from
    its `about_observer` categories, remote hearings from its remote category."""
    known = {item.code: item for item in taxonomy.items()}
    loss = frozenset(code for code, item in known.items() if item.participation_loss)
    remote = frozenset(code for code, item in known.items() if item.category == REMOTE_CATEGORY)
    about_observer = frozenset(
        item.code for category in taxonomy.categories if category.about_observer
        for item in category.items
    )  # fmt: skip

    def named(key: str) -> FigureSpec:
        measure, codes = _NAMED[key]
        unit = Unit.EVENTS if measure == Measure.EVENTS_OF else Unit.HEARINGS
        return FigureSpec(key, measure, unit, frozenset(c for c in codes if c in known))

    return (
        FigureSpec("time_lost", Measure.TIME_LOST, Unit.SECONDS, loss),
        FigureSpec("hearings_with_time_lost", Measure.HEARINGS_WITH, Unit.HEARINGS, loss),
        FigureSpec("time_lost_court_continued", Measure.TIME_CONTINUED, Unit.SECONDS, loss),
        FigureSpec("remote_hearings", Measure.REMOTE_HEARINGS, Unit.HEARINGS, remote),
        FigureSpec(
            "remote_hearings_with_outages", Measure.REMOTE_WITH, Unit.HEARINGS, remote & loss
        ),
        named("no_private_consultation"),
        named("counsel_absent"),
        named("requests_refused"),
        named("hearings_with_requests_refused"),
        named("public_excluded"),
        named("cage"),
        named("restraints"),
        named("no_interpreter"),
        FigureSpec("observers_obstructed", Measure.HEARINGS_WITH, Unit.HEARINGS, about_observer),
        FigureSpec(
            "hearings_postponed",
            Measure.CALLED_OFF,
            Unit.HEARINGS,
            frozenset({POSTPONED_CODE} & known.keys()),
        ),
    )


def figure_keys(taxonomy: Taxonomy) -> tuple[str, ...]:
    """Every figure's key, in the order they are shown (a standard's, then across trials')."""
    return (
        EVENTS,
        CORROBORATED,
        HEARINGS_AFFECTED,
        HEARINGS_HELD,
        *(spec.key for spec in figure_specs(taxonomy)),
    )


class _Codes:
    """What the findings ask of each condition code, worked out once."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._standards: dict[str, frozenset[str]] = {}
        self._events: dict[frozenset[str], frozenset[str]] = {}
        self._ordered: dict[frozenset[str], tuple[str, ...]] = {}
        self._about_observer = frozenset(c.code for c in taxonomy.categories if c.about_observer)

    def standards(self, code: str) -> frozenset[str]:
        """The standards a condition bears on: its item's and its category's; none for a
        code this taxonomy lacks (from a newer one)."""
        found = self._standards.get(code)
        if found is None:
            try:
                item = self.taxonomy.item(code)
            except UnknownCode:
                found = frozenset()
            else:
                category = self.taxonomy.category(item.category)
                found = frozenset((*item.standards, *category.standards))
            self._standards[code] = found
        return found

    def event_standards(self, codes: frozenset[str]) -> frozenset[str]:
        """The standards (`assessment.is_standard`) an event of these conditions bears on."""
        found = self._events.get(codes)
        if found is None:
            found = frozenset(s for c in codes for s in self.standards(c) if is_standard(s))
            self._events[codes] = found
        return found

    def ordered(self, standards: frozenset[str]) -> tuple[str, ...]:
        """Standards in `assessment.standard_order`."""
        found = self._ordered.get(standards)
        if found is None:
            found = tuple(sorted(standards, key=lambda s: (standard_order(s), s)))
            self._ordered[standards] = found
        return found

    def about_observer(self, category: str) -> bool:
        return category in self._about_observer


# ---- events, numbered ---------------------------------------------------------------------


@dataclass(frozen=True)
class NumberedEvent:
    """An event of a trial with its number (E1, E2 ... in time order) and what it bears on."""

    number: int
    event: Event
    state: str  # an `EventState`: proposed, confirmed, split or merged
    date: str  # the session's local date, YYYY-MM-DD ("" when its session is unknown)
    tz: str  # the zone of its hearing, for showing its times
    standards: tuple[str, ...]  # the standards (`assessment.is_standard`) it bears on

    @property
    def label(self) -> str:
        return f"E{self.number}"

    def to_json(self) -> dict[str, Any]:
        event = self.event
        return {
            "number": self.number,
            "label": self.label,
            "id": event.id,
            "state": self.state,
            "session": event.session,
            "date": self.date,
            "tz": self.tz,
            "start": event.start,
            "end": event.end,
            "open": event.open,
            "category": event.category,
            "codes": list(event.codes),
            "members": [m.observation.id for m in event.members],
            "recorded_by": list(event.recorded_by),
            "present": list(event.present),
            "seen_by": list(event.seen_by),
            "standards": list(self.standards),
        }


def numbered_events(index: CoordinatorIndex, events: Iterable[DecidedEvent]) -> list[NumberedEvent]:
    """The events counted (none a coordinator rejected) with their numbers, as
    `event_decisions.number_events` gave them, in time order."""
    codes = _codes(index.taxonomy)
    sessions: dict[str, HearingSession] = {}
    groups: set[str] = set()
    numbered = []
    for decided in sorted((e for e in events if e.counted), key=lambda e: e.number):
        event = decided.event
        group = event.session.partition(":")[0]
        if group not in groups:  # the sessions of each trial group its events are in
            groups.add(group)
            if group in index.group_of:
                sessions.update((s.key, s) for s in index.sessions(group))
        session = sessions.get(event.session)
        hearing = next((m.hearing for m in event.members if m.hearing is not None), None)
        tz = hearing.tz if hearing else session.hearings[0].tz if session else "UTC"
        conditions = frozenset(m.observation.code for m in event.members)
        standards = codes.ordered(codes.event_standards(conditions))
        numbered.append(
            NumberedEvent(
                number=decided.number,
                event=event,
                state=decided.state.value,
                date=session.date if session else "",
                tz=tz,
                standards=standards,
            )
        )
    return numbered


@functools.cache
def _codes(taxonomy: Taxonomy) -> _Codes:
    return _Codes(taxonomy)


# ---- hearings, as held or not -------------------------------------------------------------


class SessionState(StrEnum):
    HELD = "held"
    CALLED_OFF = "called-off"  # postponed, adjourned or cancelled
    PENDING = "pending"  # scheduled, and nobody has been there yet


class _Scored(NamedTuple):
    """An event with its number (0 across trials), its conditions and what it bears on."""

    event: Event
    number: int
    codes: frozenset[str]
    standards: frozenset[str]
    about_observer: bool


@dataclass
class _Sitting:
    """A hearing session with what the figures ask of it."""

    session: HearingSession
    state: SessionState
    remote: bool  # a record says remote or hybrid, or a remote-link condition was recorded
    interpreted: bool  # a record names an interpreter, or interpretation was recorded
    events: list[_Scored]
    by_code: dict[str, list[_Scored]]  # its events by each condition among their members
    # What the figures asked of it, kept: several rows, standards and figures ask the same.
    _of_codes: dict[frozenset[str], list[_Scored]] = field(default_factory=dict)
    _seconds: dict[tuple[frozenset[str], bool], _Lost] = field(default_factory=dict)

    @property
    def held(self) -> bool:
        return self.state == SessionState.HELD

    def events_of(self, codes: frozenset[str]) -> list[_Scored]:
        """Its events with a member of one of ``codes``, each once."""
        found = self._of_codes.get(codes)
        if found is None:
            unique = {id(e): e for c in codes for e in self.by_code.get(c, ())}
            found = self._of_codes[codes] = list(unique.values())
        return found

    def lost(self, kept: frozenset[str], taxonomy: Taxonomy, continued: bool) -> _Lost:
        """Participation lost in it, of the conditions ``kept`` (the part the court went
        on through, with ``continued``): every observer's intervals merged."""
        found = self._seconds.get((kept, continued))
        if found is None:
            found = self._seconds[(kept, continued)] = _lost(self, kept, taxonomy, continued)
        return found


class _Lost(NamedTuple):
    seconds: int
    cited: list[_Scored]  # the events whose intervals count
    unmeasured: frozenset[str]  # ids of those still open with no end to stop at


def _lost(sitting: _Sitting, kept: frozenset[str], taxonomy: Taxonomy, continued: bool) -> _Lost:
    spans: list[tuple[datetime, datetime]] = []
    cited: list[_Scored] = []
    unmeasured: set[str] = set()
    for item in sitting.events_of(kept):
        event, counted = item.event, False
        for member in event.members:
            observation = member.observation
            if not (
                observation.interval
                and observation.code in kept
                and counts_as_lost(observation, taxonomy)
                and (not continued or observation.court_response == "continued")
            ):
                continue
            counted = True
            stop = observation.end or (event.end if event.open else None)
            if stop is None:  # still open, in a hearing with no recorded end
                unmeasured.add(event.id)
                continue
            spans.append((from_utc_text(observation.at), from_utc_text(stop)))
        if counted:
            cited.append(item)
    return _Lost(merged_seconds(spans), cited, frozenset(unmeasured))


def _sitting(index: CoordinatorIndex, session: HearingSession, events: list[_Scored]) -> _Sitting:
    statuses = {h.status for h in session.hearings}
    if HearingStatus.HELD.value in statuses:
        state = SessionState.HELD
    elif statuses & _CALLED_OFF:
        state = SessionState.CALLED_OFF
    elif events or _anyone_there(index, session):
        state = SessionState.HELD
    else:
        state = SessionState.PENDING
    categories = {s.event.category for s in events}
    by_code: dict[str, list[_Scored]] = {}
    for item in events:
        for code in item.codes:
            by_code.setdefault(code, []).append(item)
    return _Sitting(
        session=session,
        state=state,
        remote=REMOTE_CATEGORY in categories
        or any(h.mode in _REMOTE_MODES for h in session.hearings),
        interpreted=INTERPRETATION_CATEGORY in categories
        or any(h.interpreter.strip() for h in session.hearings),
        events=events,
        by_code=by_code,
    )


def _anyone_there(index: CoordinatorIndex, session: HearingSession) -> bool:
    """An observation, a free note or a checklist answer in the session."""
    return bool(index.session_entries(session)) or bool(index.checklists(session))


def _sittings(
    index: CoordinatorIndex,
    sessions: Iterable[HearingSession],
    scored: Iterable[_Scored],
) -> list[_Sitting]:
    by_session: dict[str, list[_Scored]] = {}
    for item in scored:
        by_session.setdefault(item.event.session, []).append(item)
    return [_sitting(index, s, by_session.get(s.key, [])) for s in sessions]


def _scored(codes: _Codes, event: Event, number: int) -> _Scored:
    conditions = frozenset(m.observation.code for m in event.members)
    return _Scored(
        event,
        number,
        conditions,
        codes.event_standards(conditions),
        codes.about_observer(event.category),
    )


# ---- figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure: ``value`` (events, hearings or seconds, as ``unit`` says), out of ``of``
    when it is a share (hearings held, remote hearings held ...; for seconds, the hearings
    held they are spread over), citing ``events`` by number."""

    key: str
    unit: Unit
    value: int
    of: int | None = None
    events: tuple[int, ...] = ()  # numbers of the events it rests on (none across trials)
    unmeasured: int = 0  # seconds: events still open in a hearing with no end, not counted

    @property
    def share(self) -> float | None:
        """``value`` / ``of`` for a count of hearings or events; None otherwise."""
        if self.unit == Unit.SECONDS or not self.of:
            return None
        return self.value / self.of

    @property
    def per_hearing(self) -> int | None:
        """Seconds per hearing held (whole seconds, the fraction dropped)."""
        if self.unit != Unit.SECONDS or not self.of:
            return None
        return self.value // self.of

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "unit": self.unit.value,
            "value": self.value,
            "of": self.of,
            "events": list(self.events),
            "unmeasured": self.unmeasured,
        }


def _numbers(items: Iterable[_Scored]) -> tuple[int, ...]:
    return tuple(sorted({s.number for s in items if s.number}))


def _hearings_with(sittings: Sequence[_Sitting], kept: frozenset[str], key: str) -> Figure:
    held = [s for s in sittings if s.held]
    cited = [s.events_of(kept) for s in held]
    return Figure(
        key,
        Unit.HEARINGS,
        sum(1 for c in cited if c),
        len(held),
        _numbers(e for c in cited for e in c),
    )


def _seconds(
    sittings: Sequence[_Sitting],
    kept: frozenset[str],
    key: str,
    taxonomy: Taxonomy,
    continued: bool,
) -> Figure:
    held = [s for s in sittings if s.held]
    lost = [s.lost(kept, taxonomy, continued) for s in held]
    # Time lost is spread over the hearings held (so much per hearing); the part of it the
    # court went on through is a part of that, over nothing of its own.
    return Figure(
        key,
        Unit.SECONDS,
        sum(part.seconds for part in lost),
        None if continued else len(held),
        _numbers(e for part in lost for e in part.cited),
        len({i for part in lost for i in part.unmeasured}),
    )


def _spec_figure(
    spec: FigureSpec, sittings: Sequence[_Sitting], kept: frozenset[str], taxonomy: Taxonomy
) -> Figure:
    """``spec`` over the sittings, counting its conditions in ``kept``."""
    measure, key = spec.measure, spec.key
    held = [s for s in sittings if s.held]
    if measure == Measure.HEARINGS_WITH:
        return _hearings_with(sittings, kept, key)
    if measure == Measure.EVENTS_OF:
        cited = [e for s in held for e in s.events_of(kept)]
        return Figure(key, Unit.EVENTS, len(cited), None, _numbers(cited))
    if measure in (Measure.TIME_LOST, Measure.TIME_CONTINUED):
        return _seconds(sittings, kept, key, taxonomy, measure == Measure.TIME_CONTINUED)
    if measure == Measure.REMOTE_HEARINGS:
        return Figure(key, Unit.HEARINGS, sum(1 for s in held if s.remote), len(held))
    if measure == Measure.REMOTE_WITH:
        return _hearings_with([s for s in held if s.remote], kept, key)
    if measure == Measure.INTERPRETED_WITH:
        return _hearings_with([s for s in held if s.interpreted], kept, key)
    if measure == Measure.CALLED_OFF:
        called = [s for s in sittings if s.state == SessionState.CALLED_OFF]
        cited = [e for s in sittings for e in s.events_of(kept)]
        return Figure(key, Unit.HEARINGS, len(called), len(held) + len(called), _numbers(cited))
    raise ValueError(f"not a measure of conditions: {measure}")


def _standard_figures(
    standard: str,
    sittings: Sequence[_Sitting],
    bearing: Sequence[_Scored],
    taxonomy: Taxonomy,
    worked_out: dict[tuple[str, frozenset[str]], Figure],
) -> tuple[Figure, ...]:
    """A standard's figures: its own, then every figure of conditions one of which bears
    on it, counting those that do. ``bearing``: the events bearing on it; ``worked_out``:
    the figures of conditions worked out for the trial's other standards (several count
    the same conditions: the remote link's for ICCPR 14(3)(d) and GC32 para 36)."""
    codes = _codes(taxonomy)
    corroborated = [s for s in bearing if s.event.corroborated]
    held = {s.session.key for s in sittings if s.held}
    affected = [e for e in bearing if not e.about_observer and e.event.session in held]
    figures = [
        Figure(EVENTS, Unit.EVENTS, len(bearing), None, _numbers(bearing)),
        Figure(CORROBORATED, Unit.EVENTS, len(corroborated), len(bearing), _numbers(corroborated)),
        Figure(
            HEARINGS_AFFECTED,
            Unit.HEARINGS,
            len({e.event.session for e in affected}),
            len(held),
            _numbers(affected),
        ),
    ]
    for spec in figure_specs(taxonomy):
        kept = frozenset(c for c in spec.codes if standard in codes.standards(c))
        if kept:
            figure = worked_out.get((spec.key, kept))
            if figure is None:
                figure = worked_out[(spec.key, kept)] = _spec_figure(spec, sittings, kept, taxonomy)
            figures.append(figure)
    return tuple(figures)


# ---- the assessors' words -----------------------------------------------------------------


@dataclass(frozen=True)
class AssessorText:
    """What one assessor wrote about one standard, always shown under their own name: the
    standard's current assessment (`assessment`'s rule: the first recorded, as its owner
    last revised it), or another assessor's comment on it."""

    author: str  # whose words these are
    name: str  # their pseudonym as this vault knows it ("" when it knows none)
    comment: bool  # another assessor's word on the current assessment, not the assessment
    concern: str  # as written (a `ConcernLevel`, or a newer version's level, shown as is)
    reasoning: str
    events: tuple[int, ...]  # numbers of the events relied on, found
    events_not_found: int  # events cited that name no event of the trial now
    written_utc: str

    def to_json(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "name": self.name,
            "comment": self.comment,
            "concern": self.concern,
            "reasoning": self.reasoning,
            "events": list(self.events),
            "events_not_found": self.events_not_found,
            "written_utc": self.written_utc,
        }


def _cited(
    record: StandardAssessment, numbers: Mapping[str, int], by_member: Mapping[str, int]
) -> tuple[tuple[int, ...], int]:
    """The numbers of the events an assessment cites (by id, or, regrouped since, through
    the observation it kept of each), and how many it cites that name none now."""
    found: set[int] = set()
    lost = 0
    for i, cited in enumerate(record.events):
        number = numbers.get(cited)
        if number is None and i < len(record.observations):
            number = by_member.get(record.observations[i])
        if number is None:
            lost += 1
        else:
            found.add(number)
    return tuple(sorted(found)), lost


def _assessor_texts(
    view: StandardView,
    numbers: Mapping[str, int],
    by_member: Mapping[str, int],
    names: Mapping[str, str],
) -> tuple[AssessorText, ...]:
    """``numbers``: each event's number by its id; ``by_member``: by each of its
    observations' ids."""
    texts = []
    written: list[tuple[StandardAssessment, str, bool, str]] = []
    if view.assessment is not None:
        record = view.assessment
        written.append((record, record.author, False, record.updated_utc))
    written += [(c.values, c.author, True, c.created_utc) for c in view.comments]
    for record, author, comment, when in written:
        events, lost = _cited(record, numbers, by_member)
        texts.append(
            AssessorText(
                author=author,
                name=names.get(author, ""),
                comment=comment,
                concern=record.concern,
                reasoning=record.reasoning,
                events=events,
                events_not_found=lost,
                written_utc=when,
            )
        )
    return tuple(texts)


# ---- one trial ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StandardFindings:
    standard: str
    figures: tuple[Figure, ...]
    events: tuple[int, ...]  # numbers of the events bearing on it
    assessments: tuple[AssessorText, ...]

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "standard": self.standard,
            "figures": [f.to_json() for f in self.figures],
            "events": list(self.events),
            "assessments": [a.to_json() for a in self.assessments],
        }


@dataclass(frozen=True)
class TrialFindings:
    trial_id: str  # the group's key (linked trials are one)
    title: str
    hearings: int  # sessions
    held: int
    called_off: int
    events: tuple[NumberedEvent, ...]
    standards: tuple[StandardFindings, ...]  # in `assessment.standard_order`
    assessments_unreadable: int = 0  # assessment revisions whose values break the rules
    unreadable: int = 0  # records of the vault left out of every figure (the index's)

    def standard(self, standard: str) -> StandardFindings | None:
        return next((s for s in self.standards if s.standard == standard), None)

    def event(self, number: int) -> NumberedEvent:
        return self.events[number - 1]

    def to_json(self) -> dict[str, Any]:
        return {
            "trial_id": self.trial_id,
            "title": self.title,
            "hearings": self.hearings,
            "held": self.held,
            "called_off": self.called_off,
            "events": [e.to_json() for e in self.events],
            "standards": [s.to_json() for s in self.standards],
            "assessments_unreadable": self.assessments_unreadable,
            "unreadable": self.unreadable,
        }


@cycle_collector_paused()  # thousands of small objects, none in a cycle
def trial_findings(
    index: CoordinatorIndex,
    trial_id: str,
    *,
    events: Iterable[DecidedEvent] | None = None,
    assessment: TrialAssessment | None = None,
    names: Mapping[str, str] | None = None,
) -> TrialFindings:
    """The findings on a trial (and every trial linked to it): each standard its events bear
    on, or an assessor wrote on, with its figures, the events bearing on it and the
    assessors' texts. ``events``: the group's decided events, if worked out already
    (`CoordinatorData.events.of_group`; else worked out here); ``assessment``: the trial's
    assessment, read with those events (`load_findings` reads both); ``names``: pseudonyms
    by author id."""
    group = index.group(trial_id)
    taxonomy = index.taxonomy
    codes = _codes(taxonomy)
    chosen = decided_events(index, group.key) if events is None else events
    numbered = numbered_events(index, chosen)
    scored = [_scored(codes, n.event, n.number) for n in numbered]
    sittings = _sittings(index, index.sessions(group.key), scored)
    views = {v.standard: v for v in assessment.standards} if assessment is not None else {}
    assessed = {k for k, v in views.items() if v.assessment is not None or v.comments}
    bearing: dict[str, list[_Scored]] = {standard: [] for standard in assessed}
    for item in scored:
        for standard in item.standards:
            bearing.setdefault(standard, []).append(item)
    findings = []
    worked_out: dict[tuple[str, frozenset[str]], Figure] = {}
    numbers = {n.event.id: n.number for n in numbered}
    by_member = {m: n.number for n in numbered for m in n.event.member_ids}
    for standard in codes.ordered(frozenset(bearing)):
        view = views.get(standard)
        findings.append(
            StandardFindings(
                standard=standard,
                figures=_standard_figures(
                    standard, sittings, bearing[standard], taxonomy, worked_out
                ),
                events=_numbers(bearing[standard]),
                assessments=(
                    _assessor_texts(view, numbers, by_member, names or {})
                    if view is not None
                    else ()
                ),
            )
        )
    return TrialFindings(
        trial_id=group.key,
        title=group.title,
        hearings=len(sittings),
        held=sum(1 for s in sittings if s.held),
        called_off=sum(1 for s in sittings if s.state == SessionState.CALLED_OFF),
        events=tuple(numbered),
        standards=tuple(findings),
        assessments_unreadable=assessment.unreadable if assessment is not None else 0,
        unreadable=len(index.unreadable),
    )


def load_findings(
    vault: Vault,
    index: CoordinatorIndex,
    trial_id: str,
    *,
    events: Iterable[DecidedEvent] | None = None,
    names: Mapping[str, str] | None = None,
) -> TrialFindings:
    """`trial_findings` with the trial's assessment as this vault holds it (a few records,
    read from the vault: `assessment.load_trial_assessment`), against the same events."""
    decided = list(decided_events(index, trial_id) if events is None else events)
    assessment = load_trial_assessment(vault, index, trial_id, events=decided)
    return trial_findings(index, trial_id, events=decided, assessment=assessment, names=names)


@dataclass(frozen=True)
class SittingTally:
    """What the figures across trials ask of one hearing session, and no more: its figures
    are sums of these, so a programme's are worked out one trial at a time without holding
    every trial's events (`figures_across`)."""

    group: str  # the trial group's key
    date: str  # the session's local date
    country: str  # the group's `figures_across.country_key`
    state: SessionState
    remote: bool
    interpreted: bool
    events: int  # events counted in it
    corroborated: int
    # By figure key: (its events in the session, seconds lost (time figures), events still
    # open with no end to stop at (time figures)); a figure of none of them is left out.
    of_figure: Mapping[str, tuple[int, int, int]]

    @property
    def held(self) -> bool:
        return self.state == SessionState.HELD

    def of(self, key: str) -> tuple[int, int, int]:
        """What the figure ``key`` counts of this session."""
        return self.of_figure.get(key, (0, 0, 0))


@cycle_collector_paused()
def sitting_tallies(
    index: CoordinatorIndex, group_key: str, events: Iterable[DecidedEvent], country: str
) -> list[SittingTally]:
    """The tallies of the group's sessions; ``events``: its decided events (only counted
    ones count); ``country``: the group's (`figures_across.group_country`)."""
    taxonomy = index.taxonomy
    codes = _codes(taxonomy)
    scored = [_scored(codes, e.event, 0) for e in events if e.counted and e.group == group_key]
    sittings = _sittings(index, index.sessions(group_key), scored)
    tallies = []
    for sitting in sittings:
        of_figure = {}
        for spec in figure_specs(taxonomy):
            count = len(sitting.events_of(spec.codes))
            seconds = unmeasured = 0
            if spec.measure in (Measure.TIME_LOST, Measure.TIME_CONTINUED) and sitting.held:
                lost = sitting.lost(spec.codes, taxonomy, spec.measure == Measure.TIME_CONTINUED)
                seconds, unmeasured = lost.seconds, len(lost.unmeasured)
            if count or seconds or unmeasured:
                of_figure[spec.key] = (count, seconds, unmeasured)
        tallies.append(
            SittingTally(
                group=group_key,
                date=sitting.session.date,
                country=country,
                state=sitting.state,
                remote=sitting.remote,
                interpreted=sitting.interpreted,
                events=len(sitting.events),
                corroborated=sum(1 for e in sitting.events if e.event.corroborated),
                of_figure=of_figure,
            )
        )
    return tallies


# ---- words and CSV ------------------------------------------------------------------------


@functools.cache
def _all_words() -> dict[str, dict[str, str]]:
    with resource_path("reports", "findings_words.json").open(encoding="utf-8") as fh:
        words: dict[str, dict[str, str]] = json.load(fh)["words"]
    return words


def findings_words(lang: str) -> Mapping[str, str]:
    """The findings' own words in ``lang``: each figure's name, units, "seen by"."""
    if lang not in LANGUAGES:
        raise ValidationError("report-language", languages=" or ".join(LANGUAGES))
    return _all_words()[lang]


def figure_label(key: str, lang: str) -> str:
    return findings_words(lang).get(f"figure.{key}", key)


def duration_text(seconds: int, lang: str) -> str:
    words = findings_words(lang)
    units = DurationUnits(words["unit.h"], words["unit.min"], words["unit.s"])
    return format_duration(seconds, units)


def figure_text(figure: Figure, lang: str) -> str:
    """A figure as people read it: "3", "2 of 5 (40%)", "52 min 10 s in all; 10 min 26 s
    per hearing held"."""
    words = findings_words(lang)
    if figure.unit == Unit.SECONDS:
        text = duration_text(figure.value, lang)
        if figure.per_hearing is not None and figure.value:
            text = words["value.per_hearing"].format(
                total=text, each=duration_text(figure.per_hearing, lang)
            )
        if figure.unmeasured:
            text += "; " + words["value.unmeasured"].format(count=figure.unmeasured)
        return text
    share = figure.share
    if figure.of is None:
        return str(figure.value)
    if share is None:
        return words["value.of"].format(value=figure.value, of=figure.of)
    return words["value.share"].format(value=figure.value, of=figure.of, percent=round(100 * share))


def seen_by_text(event: Event, lang: str) -> str:
    recorded, present = event.seen_by
    return findings_words(lang)["seen_by"].format(n=recorded, m=present)
