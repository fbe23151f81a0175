"""The coordinator's picture: every observer's records, read once into memory, as trials
(linked ones as one), hearing sessions seen by several observers, timelines, checklists side
by side, and the coordinators' decisions on events. What several observers recorded of one
happening is an event (`events`, `event_decisions`); the dashboard counts those
(`dashboard_figures`).

Reading decrypts every revision once (`CoordinatorIndex.load`); every question after that
is answered from memory, so filtering a timeline or drawing a dashboard costs milliseconds
even with a hundred thousand observations. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor_app.core.coordination.trial_links import TrialLink, TrialLinks, trial_groups
from monitor_app.core.errors import RecordNotFound, UnknownCode
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records import ownership
from monitor_app.core.records.readable import sort_readable
from monitor_app.core.records.records import (
    ChecklistAnswer,
    EventDecision,
    Hearing,
    HearingStatus,
    Observation,
    Proceeding,
    SentenceElement,
    Trial,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy, load_taxonomy
from monitor_app.core.records.timeutil import in_zone, utc_now
from monitor_app.core.records.totals import (
    HearingTotals,
    TrialDelay,
    hearing_totals,
    is_free_note,
    trial_delay,
)
from monitor_app.core.vault.vault import Vault


@dataclass(frozen=True)
class Observed:
    """An observation as the coordinator sees it: the record, who made it, where."""

    observation: Observation
    observer: str  # author id of the record's owner, whose words it shows (`ownership`)
    group: str  # key of the trial's group (see `TrialGroup`)
    hearing: Hearing | None
    category: str
    severity: str | None
    # Revisions of it by others than its owner: their words, never the observation's.
    annotations: tuple[Revision, ...] = ()
    # When it was first saved, to the microsecond: of the entries stamped in one second,
    # the order they were entered in.
    entered_utc: str = ""

    @property
    def time_order(self) -> tuple[str, str, str]:
        """Where it comes in a timeline: by time, then as entered."""
        return (self.at, self.entered_utc, self.observation.id)

    @property
    def at(self) -> str:
        return self.observation.at

    @property
    def is_finding(self) -> bool:
        """A condition observed, as opposed to a free note giving context."""
        return not is_free_note(self.observation.code)


@dataclass(frozen=True)
class TrialGroup:
    """One trial as reported: a trial record and every trial linked to it."""

    key: str  # the smallest id in the group, stable whoever reads it
    trials: tuple[Trial, ...]
    observers: frozenset[str]

    @property
    def title(self) -> str:
        return self.trials[0].title

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.trials)


@dataclass(frozen=True)
class HearingSession:
    """One sitting of the court, as one or more observers recorded it (their hearing
    records of one trial group on one local date)."""

    key: str  # group key + local date
    date: str  # YYYY-MM-DD in the hearing's zone
    hearings: tuple[Hearing, ...]
    observers: frozenset[str]

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(h.id for h in self.hearings)


@dataclass(frozen=True)
class ChecklistRow:
    question: str
    answers: Mapping[str, ChecklistAnswer]  # observer -> answer

    @property
    def disagreement(self) -> bool:
        return len({a.answer for a in self.answers.values()}) > 1


@dataclass(frozen=True)
class TimelineFilter:
    """Empty sets mean "all"."""

    categories: frozenset[str] = frozenset()
    severities: frozenset[str] = frozenset()
    observers: frozenset[str] = frozenset()
    hearings: frozenset[str] = frozenset()  # hearing ids (any of a session's)

    def keeps(self, entry: Observed) -> bool:
        hearing_id = entry.observation.hearing_id or ""
        return (
            (not self.categories or entry.category in self.categories)
            and (not self.severities or (entry.severity or "") in self.severities)
            and (not self.observers or entry.observer in self.observers)
            and (not self.hearings or hearing_id in self.hearings)
        )


class CoordinatorIndex:
    """Every live record of a vault, with who made it, ready for the coordinator's views."""

    def __init__(
        self,
        revisions: Iterable[Revision],
        links: Iterable[TrialLink],
        taxonomy: Taxonomy,
        owner: str = "",
    ) -> None:
        self.taxonomy = taxonomy
        # Whose reading this is (the vault's author): their own decisions on events apply
        # even at a sitting they observed themselves (`event_decisions.apply_decisions`).
        self.owner = owner
        history: dict[str, list[Revision]] = {}
        for revision in revisions:
            history.setdefault(revision.record_id, []).append(revision)
        # Each record's owner and current revision (`ownership`): only the owner's words are
        # the record's; anyone else's revisions of it are their annotations, kept apart.
        self.creators: dict[str, str] = {}
        self.annotations: dict[str, list[Revision]] = {}
        self._entered: dict[str, str] = {}  # each observation's `Observed.entered_utc`
        heads: list[Revision] = []
        for record_id, revisions_of_record in history.items():
            head = ownership.current(revisions_of_record)
            if head is None:  # its first revision has not arrived: nothing to show yet
                continue
            self.creators[record_id] = head.author
            if head.kind == "observation":
                self._entered[record_id] = min(r.created_utc for r in revisions_of_record)
            others = ownership.annotations_of(revisions_of_record)
            if others:
                self.annotations[record_id] = others
            if not head.deleted:
                heads.append(head)
        # Records whose stored values break the rules are set aside here, where the
        # coordinator's readers turn revisions into records: shown as unreadable.
        heads, self.unreadable = sort_readable(heads)
        self.trials = {r.record_id: Trial.from_revision(r) for r in heads if r.kind == "trial"}
        self.hearings = {
            r.record_id: Hearing.from_revision(r) for r in heads if r.kind == "hearing"
        }
        groups = trial_groups(self.trials, [k for k in links if _both_in(k, self.trials)])
        self.group_of = {trial_id: min(members) for trial_id, members in groups.items()}
        self._members = {min(m): m for m in groups.values()}
        self.entries: list[Observed] = []
        self._by_group: dict[str, list[Observed]] = {}
        for revision in heads:
            if revision.kind == "observation":
                observation = Observation.from_revision(revision)
                self._add(self.taxonomy.with_retired_fields_as_parties(observation))
        self._by_hearing: dict[str, list[Observed]] = {}
        for entries in self._by_group.values():
            entries.sort(key=lambda e: e.time_order)
            for entry in entries:  # in time order, per hearing too
                self._by_hearing.setdefault(entry.observation.hearing_id or "", []).append(entry)
        self.checklist = [ChecklistAnswer.from_revision(r) for r in heads if r.kind == "checklist"]
        # The coordinators' decisions on events, whoever made them (`event_decisions`).
        self.decisions = [
            EventDecision.from_revision(r) for r in heads if r.kind == EventDecision.KIND
        ]
        # What followed each verdict, of the trials that have arrived.
        self._sentences = [
            SentenceElement.from_revision(r)
            for r in heads
            if r.kind == SentenceElement.KIND and r.parent_id in self.trials
        ]
        self._sentences.sort(key=lambda e: (e.defendant.casefold(), e.judgment_date or "", e.id))
        self._proceedings = [
            Proceeding.from_revision(r)
            for r in heads
            if r.kind == Proceeding.KIND and r.parent_id in self.trials
        ]
        self._proceedings.sort(key=lambda p: (p.date is None, p.date or "", p.id))
        self._checklist_by_hearing: dict[str, list[ChecklistAnswer]] = {}
        for answer in self.checklist:
            self._checklist_by_hearing.setdefault(answer.hearing_id, []).append(answer)
        # Asked for again and again by the views: worked out once.
        self._groups = self._build_groups()
        self._sessions = self._build_sessions()

    @classmethod
    def load(
        cls,
        vault: Vault,
        taxonomy: Taxonomy | None = None,
        revisions: Sequence[Revision] | None = None,
    ) -> CoordinatorIndex:
        """Read (decrypt) every revision, or use ``revisions`` read already."""
        revisions = RevisionStore(vault).read_all() if revisions is None else revisions
        links = TrialLinks(vault).all()
        # Hundreds of thousands of records and no cycles: the collector would walk the
        # whole heap again and again (its cost: docs/benchmarks.md).
        with cycle_collector_paused():
            return cls(revisions, links, taxonomy or load_taxonomy(), vault.observer_id)

    def _add(self, observation: Observation) -> None:
        group = self.group_of.get(observation.trial_id)
        if group is None:  # its trial has not arrived (or was deleted): not reported
            return
        try:
            category = self.taxonomy.item(observation.code).category
        except UnknownCode:
            category = observation.code.partition(".")[0]
        entry = Observed(
            observation=observation,
            observer=self.creators[observation.id],
            group=group,
            hearing=self.hearings.get(observation.hearing_id or ""),
            category=category,
            severity=observation.severity,
            annotations=tuple(self.annotations.get(observation.id, ())),
            entered_utc=self._entered.get(observation.id, ""),
        )
        self.entries.append(entry)
        self._by_group.setdefault(group, []).append(entry)

    # ---- trials and hearings --------------------------------------------------------------

    def _build_groups(self) -> dict[str, TrialGroup]:
        groups = {}
        for key, members in self._members.items():
            trials = sorted((self.trials[t] for t in members), key=lambda t: (t.title, t.id))
            observers = {self.creators[t.id] for t in trials}
            observers.update(e.observer for e in self._by_group.get(key, ()))
            groups[key] = TrialGroup(key, tuple(trials), frozenset(observers))
        return dict(sorted(groups.items(), key=lambda i: (i[1].title.casefold(), i[0])))

    def _build_sessions(self) -> dict[str, list[HearingSession]]:
        """Each group's hearings, one session per local date however many recorded it."""
        by_date: dict[str, dict[str, list[Hearing]]] = {}
        for hearing in self.hearings.values():
            key = self.group_of.get(hearing.trial_id)
            if key is not None:
                date = in_zone(hearing.scheduled_start, hearing.tz).date().isoformat()
                by_date.setdefault(key, {}).setdefault(date, []).append(hearing)
        sessions: dict[str, list[HearingSession]] = {}
        for key, dates in by_date.items():
            for date, hearings in sorted(dates.items()):
                hearings.sort(key=lambda h: (h.scheduled_start, h.id))
                observers = frozenset(self.creators[h.id] for h in hearings)
                session = HearingSession(f"{key}:{date}", date, tuple(hearings), observers)
                sessions.setdefault(key, []).append(session)
        return sessions

    def trial_groups(self) -> list[TrialGroup]:
        return list(self._groups.values())

    def group(self, trial_id: str) -> TrialGroup:
        """The group of any trial id in it."""
        key = self.group_of.get(trial_id)
        if key is None:
            raise RecordNotFound("no-such-trial", id=trial_id)
        return self._groups[key]

    def sessions(self, trial_id: str) -> list[HearingSession]:
        """The group's hearings, one session per local date however many recorded it."""
        return list(self._sessions.get(self.group(trial_id).key, ()))

    def session(self, key: str) -> HearingSession:
        group_key = key.partition(":")[0]
        found = next((s for s in self.sessions(group_key) if s.key == key), None)
        if found is None:
            raise RecordNotFound("no-such-session", key=key)
        return found

    def delay(self, trial_id: str) -> TrialDelay:
        """Postponements across the trial's series: one hearing per session, preferring the
        record that gives a reason."""
        representatives = [
            max(
                s.hearings,
                key=lambda h: (bool(h.postponement_reason), h.status != HearingStatus.SCHEDULED),
            )
            for s in self.sessions(trial_id)
        ]
        return trial_delay(representatives)

    def sentence_elements(self, trial_ids: Iterable[str] | None = None) -> list[SentenceElement]:
        """Sentence elements of the trials named (of every trial when None), by defendant,
        then judgment date."""
        if trial_ids is None:
            return list(self._sentences)
        wanted = frozenset(trial_ids)
        return [e for e in self._sentences if e.trial_id in wanted]

    def proceedings(self, trial_ids: Iterable[str] | None = None) -> list[Proceeding]:
        """Proceedings of the trials named (of every trial when None), by date, undated
        last."""
        if trial_ids is None:
            return list(self._proceedings)
        wanted = frozenset(trial_ids)
        return [p for p in self._proceedings if p.trial_id in wanted]

    # ---- timelines ---------------------------------------------------------------------

    def timeline(self, trial_id: str, keep: TimelineFilter | None = None) -> list[Observed]:
        """Every observation of the trial's group by every observer, in time order."""
        entries = self._by_group.get(self.group(trial_id).key, [])
        if keep is None:
            return list(entries)
        return [e for e in entries if keep.keeps(e)]

    def session_entries(self, session: HearingSession) -> list[Observed]:
        entries = [e for h in session.hearings for e in self._by_hearing.get(h.id, ())]
        return sorted(entries, key=lambda e: e.time_order)

    def session_totals(
        self,
        session: HearingSession,
        now: datetime | None = None,
        leave_out: frozenset[str] = frozenset(),
    ) -> HearingTotals:
        """Totals of a session with every observer's intervals merged, so an outage two
        people logged counts once; ``leave_out``: observations not counted (those of events
        a coordinator rejected, `event_decisions.left_out`)."""
        entries = [
            e.observation
            for e in self.session_entries(session)
            if e.observation.id not in leave_out
        ]
        return hearing_totals(session.hearings[0], entries, self.taxonomy, now or utc_now())

    def checklists(self, session: HearingSession) -> list[ChecklistRow]:
        """Checklist answers of a session's observers, question by question."""
        by_question: dict[str, dict[str, ChecklistAnswer]] = {}
        for hearing in session.hearings:
            for answer in self._checklist_by_hearing.get(hearing.id, ()):
                by_question.setdefault(answer.question, {})[self.creators[answer.id]] = answer
        order = {q.id: i for i, q in enumerate(self.taxonomy.checklist)}
        return [
            ChecklistRow(question, answers)
            for question, answers in sorted(
                by_question.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
            )
        ]

    def by_standard(self, trial_id: str, standard: str) -> list[Observed]:
        """Observations bearing on a provision, e.g. "ICCPR 14(3)(b)": those whose item or
        category names it (or a more specific paragraph of it)."""
        wanted = standard.strip().casefold()
        return [e for e in self.timeline(trial_id) if wanted and self._bears_on(e, wanted)]

    def standards_of(self, entry: Observed) -> tuple[str, ...]:
        """The provisions a finding bears on; none for a free note."""
        if not entry.is_finding:
            return ()
        try:
            item = self.taxonomy.item(entry.observation.code)
        except UnknownCode:
            return ()
        category = self.taxonomy.category(item.category)
        return tuple(dict.fromkeys((*item.standards, *category.standards)))

    def _bears_on(self, entry: Observed, wanted: str) -> bool:
        return any(s.casefold().startswith(wanted) for s in self.standards_of(entry))


def _both_in(link: TrialLink, trials: Mapping[str, Trial]) -> bool:
    return link.first in trials and link.second in trials
