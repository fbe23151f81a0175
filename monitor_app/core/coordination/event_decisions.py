"""The coordinator's decisions on the app's events, and the events as decided.

The app groups observations into events (`events`); a coordinator confirms a grouping,
splits some members off into an event of their own, merges events of one session, rejects
one (no event: not counted, not cited) or annotates it. Each decision is an `EventDecision`
record of whoever made it, saved through the notebook in their own vault, signed and
synced like any other record: never an edit of the observers' records.

A decision names observations (its ``members``), not only the event it was made on, so it
keeps applying when later bundles add members or the app groups them otherwise. The rule
(docs/events.md): every current decision record the vault holds, whoever wrote it (a second
coordinator's arrive by sync), is applied in order of its current revision's time, then its
record id, on top of the app's grouping of each session:

- split: the members named (those in the session) become an event of their own, taken out
  of whatever events they were in; what is left of those stays, as split;
- merge and confirm: the events the named members are in become one, merged or confirmed;
- reject: the events the named members are in are rejected;
- annotate: nothing changes but the note.

So the latest decision on the same members wins, and the same decisions give the same
events whatever order they arrived in. A decision naming nothing the session holds changes
nothing; one of an action this version does not know changes nothing either. Notes show
under their author's name, on every event whose members their decision named.

Events of a trial are numbered in time order for citing ("E1", "E2" ...); a rejected event
has no number. The same rule numbers them on every screen, in the CLI and in reports.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cached_property

from monitor_app.core.coordination.events import (
    POINT_WINDOW,
    Event,
    Relations,
    SessionFacts,
    check_window,
    event_from,
    session_events,
    session_facts,
)
from monitor_app.core.coordination.index import CoordinatorIndex, Observed
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.entry_values import clean_text
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import EventAction, EventDecision
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.timeutil import from_utc_text

MAX_NOTE_CHARS = 4_000  # a coordinator's note on an event: a paragraph or two
MERGED_AT_LEAST = 2  # events a merge joins
MIN_REFERENCE = 8  # characters of an event or observation id that name it in the CLI
_EARLIEST = datetime(1, 1, 1, tzinfo=UTC)


class EventState(StrEnum):
    """Where an event stands after the decisions."""

    PROPOSED = "proposed"  # as the app grouped it; no one has decided on it
    CONFIRMED = "confirmed"
    SPLIT = "split"  # made by a split: the part split off, or what was left
    MERGED = "merged"
    REJECTED = "rejected"  # no event: not counted, not cited


_STATE_OF: Mapping[str, EventState] = {
    EventAction.CONFIRM: EventState.CONFIRMED,
    EventAction.SPLIT: EventState.SPLIT,
    EventAction.MERGE: EventState.MERGED,
    EventAction.REJECT: EventState.REJECTED,
}
_ACTIONS = frozenset(a.value for a in EventAction)
# A verdict on a set of members: the same author's later verdict on the same set is a new
# revision of the same record, so its history says who decided what when.
_VERDICTS = frozenset({EventAction.CONFIRM.value, EventAction.REJECT.value})


@dataclass(frozen=True)
class DecisionNote:
    """A note a decision carries, shown under the name of its author."""

    author: str
    action: str  # the decision's `EventAction`
    text: str
    decided_utc: str
    decision_id: str


@dataclass(frozen=True)
class DecidedEvent:
    """An event as the decisions left it."""

    event: Event
    group: str  # the trial group's key
    state: EventState
    decided_by: str = ""  # author of the decision that set the state ("" when proposed)
    decided_utc: str = ""
    # Members the decision that set the state did not name: they joined since (a later
    # bundle), so no one has decided on them yet.
    joined_since: frozenset[str] = frozenset()
    # Every decision naming any of its members, in the order applied.
    decisions: tuple[EventDecision, ...] = ()
    number: int = 0  # E1, E2 ... in the trial's time order; 0 when rejected

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def session(self) -> str:
        return self.event.session

    @property
    def counted(self) -> bool:
        """Counted and cited: every event but a rejected one."""
        return self.state != EventState.REJECTED

    @property
    def label(self) -> str:
        """How reports and screens cite it ("E3"); "" when rejected."""
        return f"E{self.number}" if self.number else ""

    @property
    def notes(self) -> tuple[DecisionNote, ...]:
        return tuple(
            DecisionNote(d.author, d.action, d.note, d.updated_utc, d.id)
            for d in self.decisions
            if d.note.strip()
        )


def _instant_key(text: str) -> tuple[str, str]:
    """A stored UTC instant ("2026-11-24T07:05:00Z", a fraction of a second optional) as
    it sorts in time: its whole second (fixed width), then its fraction."""
    return text[:19], text[19:].rstrip("Z")


def decided_at(decision: EventDecision) -> datetime:
    """When a decision was made (its current revision's time): the order decisions apply in."""
    try:
        return from_utc_text(decision.updated_utc)
    except ValueError:  # a decision not read from a revision (tests), or one of no time
        return _EARLIEST


def decision_order(decisions: Iterable[EventDecision]) -> list[EventDecision]:
    """Decisions in the order they apply: by time, then record id."""
    return sorted(decisions, key=lambda d: (decided_at(d), d.id))


def _named(decision: EventDecision) -> tuple[str, ...]:
    """The members a decision names, each once (a hostile record's other values dropped)."""
    return tuple(dict.fromkeys(m for m in decision.members if isinstance(m, str)))


@dataclass
class _Part:
    members: set[str]
    state: EventState = EventState.PROPOSED
    setter: EventDecision | None = None
    named: frozenset[str] = frozenset()
    original: Event | None = None


def apply_decisions(
    events: Sequence[Event],
    facts: SessionFacts,
    decisions: Iterable[EventDecision],
    group: str = "",
    owner: str = "",
) -> list[DecidedEvent]:
    """One session's events (as `events.group_events` made them) after ``decisions`` (any
    of them, in any order: those naming none of the session's members change nothing),
    by start then id; not numbered (see `number_events`). A decision by someone present at
    the session as an observer is not applied there (observers record, others decide),
    unless it is the ``owner``'s, whose reading this is."""
    entries: dict[str, Observed] = {m.observation.id: m for e in events for m in e.members}
    parts = {n: _Part(set(e.member_ids), original=e) for n, e in enumerate(events)}
    where = {member: n for n, e in enumerate(events) for member in e.member_ids}
    fresh = len(parts)
    applied: list[tuple[EventDecision, frozenset[str]]] = []
    for decision in decision_order(decisions):
        if decision.author in facts.present and decision.author != owner:
            continue  # an observer of this sitting, in a bundle: not theirs to decide
        named = tuple(m for m in _named(decision) if m in where)
        if not named or decision.action not in _ACTIONS:
            continue
        applied.append((decision, frozenset(named)))
        touched = sorted({where[m] for m in named})
        action = decision.action
        if action == EventAction.SPLIT:
            whole = len(touched) == 1 and parts[touched[0]].members == set(named)
            if whole:  # split off everything: nothing to split
                continue
            for n in touched:
                part = parts[n]
                part.members.difference_update(named)
                if not part.members:
                    del parts[n]
                    continue
                part.state, part.setter = EventState.SPLIT, decision
                part.named = frozenset(part.members)
            parts[fresh] = _Part(set(named), EventState.SPLIT, decision, frozenset(named))
            where.update(dict.fromkeys(named, fresh))
            fresh += 1
        elif action in (EventAction.MERGE, EventAction.CONFIRM):
            if action == EventAction.MERGE and len(touched) < MERGED_AT_LEAST:
                continue  # its members are in one event already: nothing to merge
            into = parts[touched[0]]
            for n in touched[1:]:
                into.members.update(parts[n].members)
                where.update(dict.fromkeys(parts.pop(n).members, touched[0]))
            into.state, into.setter, into.named = _STATE_OF[action], decision, frozenset(named)
        elif action == EventAction.REJECT:
            for n in touched:
                part = parts[n]
                part.state, part.setter = EventState.REJECTED, decision
                part.named = frozenset(part.members.intersection(named))
    decided = [_decided(part, applied, entries, facts, group) for part in parts.values()]
    decided.sort(key=lambda d: (_instant_key(d.event.start), d.id))
    return decided


def _decided(
    part: _Part,
    applied: Sequence[tuple[EventDecision, frozenset[str]]],
    entries: Mapping[str, Observed],
    facts: SessionFacts,
    group: str,
) -> DecidedEvent:
    original = part.original
    if original is not None and original.member_ids == part.members:
        event = original
    else:
        event = event_from((entries[m] for m in part.members), facts)
    setter = part.setter
    return DecidedEvent(
        event=event,
        group=group,
        state=part.state,
        decided_by=setter.author if setter else "",
        decided_utc=setter.updated_utc if setter else "",
        joined_since=frozenset(part.members - part.named) if setter else frozenset(),
        decisions=tuple(
            d for d, named in applied if d is setter or not named.isdisjoint(part.members)
        ),
    )


def number_events(
    events: Iterable[DecidedEvent], proposed: Iterable[Event] = (), group: str = ""
) -> list[DecidedEvent]:
    """A trial's events (``events`` as decided, ``proposed`` those no decision concerns, of
    the trial ``group``) in time order (start, then id), each counted one numbered from 1
    (E1, E2 ...): the numbers screens, the CLI and reports cite. Rejected ones: 0."""
    pending: list[tuple[tuple[str, str], str, Event, DecidedEvent | None]] = [
        (_instant_key(e.event.start), e.id, e.event, e) for e in events
    ]
    pending += [(_instant_key(e.start), e.id, e, None) for e in proposed]
    pending.sort(key=lambda p: p[:2])
    numbered, number = [], 0
    for _, _, event, d in pending:
        if d is None:
            number += 1
            numbered.append(DecidedEvent(event, group, EventState.PROPOSED, number=number))
            continue
        if d.counted:
            number += 1
        numbered.append(
            DecidedEvent(
                event,
                d.group,
                d.state,
                d.decided_by,
                d.decided_utc,
                d.joined_since,
                d.decisions,
                number if d.counted else 0,
            )
        )
    return numbered


# ---- from the coordinator's index ---------------------------------------------------------


@dataclass(frozen=True)
class DecidedEvents:
    """Every trial group's events after every decision, worked out once per reading."""

    by_group: Mapping[str, tuple[DecidedEvent, ...]]  # each numbered, in time order
    decisions: tuple[EventDecision, ...]  # all held, in the order they apply

    def __iter__(self) -> Iterator[DecidedEvent]:
        for events in self.by_group.values():
            yield from events

    def of_group(self, key: str) -> tuple[DecidedEvent, ...]:
        return self.by_group.get(key, ())

    @cached_property
    def by_member(self) -> dict[str, DecidedEvent]:
        """Each observation's event, by the observation's record id (free notes: none)."""
        return {m.observation.id: e for e in self for m in e.event.members}

    @cached_property
    def _by_id(self) -> dict[str, DecidedEvent]:
        return {e.id: e for e in self}

    @property
    def unapplied(self) -> tuple[EventDecision, ...]:
        """Decisions naming no observation of any event held (or of an unknown action):
        made on notes since deleted, or a hostile record's."""
        return tuple(
            d
            for d in self.decisions
            if d.action not in _ACTIONS or not any(m in self.by_member for m in _named(d))
        )

    def find(self, reference: str, group: str = "") -> DecidedEvent:
        """An event by its id, or the first `MIN_REFERENCE` or more characters of it; with
        a trial ``group``'s key, also by its number there ("E3")."""
        wanted = reference.strip().lower()
        found = self._by_id.get(wanted)
        if found is not None:
            return found
        number = wanted.removeprefix("e")
        if group and wanted.startswith("e") and number.isdecimal() and number.isascii():
            numbered = [e for e in self.of_group(group) if str(e.number) == number.lstrip("0")]
            if numbered:
                return numbered[0]
        matches = (
            [e for e in self._by_id.values() if e.id.startswith(wanted)]
            if len(wanted) >= MIN_REFERENCE
            else []
        )
        if not matches:
            raise RecordNotFound("no-such-event", id=reference[:40])
        if len(matches) > 1:
            raise ValidationError("event-id-ambiguous", id=reference[:40], count=len(matches))
        return matches[0]

    def session_of(self, event: DecidedEvent) -> tuple[DecidedEvent, ...]:
        """The events of the same hearing session, in time order."""
        return tuple(e for e in self.of_group(event.group) if e.session == event.session)


def every_decided_event(
    index: CoordinatorIndex,
    decisions: Iterable[EventDecision] | None = None,
    window: timedelta = POINT_WINDOW,
    *,
    groups: Iterable[str] | None = None,
) -> DecidedEvents:
    """Every trial group's events (those of ``groups`` alone, when given) after the
    decisions (the index's own, all those the vault holds, when None)."""
    check_window(window)
    held = decision_order(index.decisions if decisions is None else decisions)
    keys = [g.key for g in index.trial_groups()] if groups is None else list(groups)
    with cycle_collector_paused():
        by_group = {key: tuple(_group_events(index, key, held, window)) for key in keys}
    return DecidedEvents(by_group, tuple(held))


def decided_events(
    index: CoordinatorIndex,
    trial_id: str,
    decisions: Iterable[EventDecision] | None = None,
    window: timedelta = POINT_WINDOW,
) -> list[DecidedEvent]:
    """The events of a trial's group (linked trials as one) after the decisions (the
    index's own when None), numbered, in time order."""
    check_window(window)
    held = decision_order(index.decisions if decisions is None else decisions)
    key = index.group(trial_id).key
    with cycle_collector_paused():
        return _group_events(index, key, held, window)


def _group_events(
    index: CoordinatorIndex, key: str, held: Sequence[EventDecision], window: timedelta
) -> list[DecidedEvent]:
    relations = Relations(index.taxonomy)
    by_member: dict[str, list[int]] = {}
    for n, decision in enumerate(held):
        for member in _named(decision):
            by_member.setdefault(member, []).append(n)
    events: list[DecidedEvent] = []
    proposed: list[Event] = []  # made `DecidedEvent`s once, numbered
    for session in index.sessions(key):
        grouped = session_events(index, session, window, relations)
        wanted = (
            sorted({n for e in grouped for m in e.member_ids for n in by_member.get(m, ())})
            if by_member
            else ()
        )
        if not wanted:
            proposed.extend(grouped)
            continue
        facts = session_facts(index, session)
        events.extend(apply_decisions(grouped, facts, [held[n] for n in wanted], key, index.owner))
    return number_events(events, proposed, key)


@dataclass(frozen=True)
class TimelineRow:
    """A row of a timeline of events: an event with its observations in time order, or one
    entry in no event (a free note, a note on the trial as a whole)."""

    entries: tuple[Observed, ...]
    event: DecidedEvent | None = None

    @property
    def first(self) -> Observed:
        return self.entries[0]

    @property
    def at(self) -> str:
        return self.event.event.start if self.event else self.first.at

    @property
    def group(self) -> str:
        return self.first.group


def timeline_rows(entries: Iterable[Observed], events: DecidedEvents) -> list[TimelineRow]:
    """``entries`` (in time order) as a timeline of events: each event once, where its
    first observation comes, with all of its observations; an entry in no event alone."""
    by_member = events.by_member
    rows, seen = [], set()
    for entry in entries:
        event = by_member.get(entry.observation.id)
        if event is None:
            rows.append(TimelineRow((entry,)))
        elif event.id not in seen:
            seen.add(event.id)
            rows.append(TimelineRow(event.event.members, event))
    return rows


def left_out(events: Iterable[DecidedEvent]) -> frozenset[str]:
    """The observations of rejected events: counted in no figure."""
    return frozenset(m for e in events if not e.counted for m in e.event.member_ids)


# ---- deciding -----------------------------------------------------------------------------


def decide(
    notebook: Notebook,
    events: DecidedEvents,
    action: EventAction | str,
    references: Sequence[str],
    *,
    members: Sequence[str] = (),
    note: str = "",
    group: str = "",
) -> EventDecision:
    """Record the notebook's author's decision on the events named (ids or prefixes, or
    numbers in the trial ``group``, as in `DecidedEvents.find`): one for confirm, reject,
    annotate and split (with the ``members`` to split off, ids or prefixes), two or more of
    one session for merge. Refused, with nothing saved, unless it is a decision the rule
    can apply."""
    try:
        action = EventAction(action)
    except ValueError:
        raise ValidationError("event-action-unknown", action=str(action)[:40]) from None
    note = _clean_note(note)
    chosen = list({e.id: e for e in (events.find(r, group) for r in references)}.values())
    if action == EventAction.MERGE:
        if len(chosen) < MERGED_AT_LEAST:
            raise ValidationError("event-merge-too-few")
        if len({(e.group, e.session) for e in chosen}) > 1:
            raise ValidationError("event-merge-sessions")
    elif len(chosen) != 1:
        raise ValidationError("event-one-only")
    if action == EventAction.ANNOTATE and not note:
        raise ValidationError("event-note-missing")
    named = _members_of(action, chosen[0], members)
    if action != EventAction.SPLIT:
        named = tuple(m.observation.id for e in chosen for m in e.event.members)
    event = chosen[0]
    first = event.event.members[0]
    record = EventDecision(
        trial_id=event.group or first.observation.trial_id,
        session=event.session,
        action=action.value,
        event_id=event.id,
        members=named,
        note=note,
    )
    return _save(notebook, events, record, first.hearing.tz if first.hearing else "UTC")


def _clean_note(note: str) -> str:
    note = clean_text(note, "note")
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError("event-note-too-long", max=MAX_NOTE_CHARS, got=len(note))
    return note


def _members_of(
    action: EventAction, event: DecidedEvent, references: Sequence[str]
) -> tuple[str, ...]:
    """The members a split names, each a member of ``event`` (given by id or prefix)."""
    if action != EventAction.SPLIT:
        if references:
            raise ValidationError("event-members-not-asked")
        return ()
    own = [m.observation.id for m in event.event.members]
    named: dict[str, None] = {}
    for reference in references:
        wanted = reference.strip().lower()
        found = [m for m in own if m == wanted] or (
            [m for m in own if m.startswith(wanted)] if len(wanted) >= MIN_REFERENCE else []
        )
        if len(found) != 1:
            raise ValidationError("event-member-unknown", id=reference[:40], event=event.id[:12])
        named[found[0]] = None
    if not named:
        raise ValidationError("event-split-nothing")
    if len(named) == len(own):
        raise ValidationError("event-split-everything")
    return tuple(named)


def _save(
    notebook: Notebook, events: DecidedEvents, record: EventDecision, tz: str
) -> EventDecision:
    """Save the decision; a verdict (confirm, reject) on members one's own earlier verdict
    named is a new revision of that record, so its history shows both."""
    if record.action in _VERDICTS:
        earlier = _own_verdict(notebook, events, frozenset(record.members))
        if earlier is not None:
            record = dataclasses.replace(record, id=earlier.id, trial_id=earlier.trial_id)
    return notebook.save_record(record, parent_id=record.trial_id, tz=tz)


def _own_verdict(
    notebook: Notebook, events: DecidedEvents, members: frozenset[str]
) -> EventDecision | None:
    own = notebook.vault.observer_id
    verdicts = [
        d
        for d in events.decisions
        if d.author == own and d.action in _VERDICTS and frozenset(_named(d)) == members
    ]
    return verdicts[-1] if verdicts else None


def decision_history(notebook: Notebook, decision_id: str) -> list[Revision]:
    """Every revision of a decision, oldest first: who decided what, and when."""
    return notebook.history(decision_id)
