"""An assessor's assessment of a trial, standard by standard, and the conclusion and grade
that close it (docs/grading.md).

Per trial (linked trials as one), an assessor writes a `StandardAssessment` for each
standard: a level of concern, the reasoning, and the events relied on; then a
`TrialConclusion`: the overall conclusion, recommendations, and a grade on the programme's
scale (`grading`). Both are ordinary records: signed, synced in bundles, with history.

Who said what stays theirs (`records.ownership`):

- The **current** assessment of a standard is the first recorded one of the trial (its
  first revision's time, then its id: the same in every vault, whatever order bundles came
  in), as its owner last revised it. The current conclusion likewise.
- Anyone else's revision of it, or another record of theirs on the same standard, is
  **their comment**: shown under their name (their latest word), never current, never
  counted for the grade.
- The **history** lists every revision of the trial's assessments and conclusions, oldest
  first: who concluded what, and when.

A grade is refused (`GradeRefused`) unless every standard the trial's events bear on
(`standards_with_events`) has a current assessment with reasoning; a grade not on the scale
is refused, and so is one without a conclusion. An assessment cites events by id; since an
event's id changes when later notes join it, the assessment also keeps one observation of
each event cited, and finds the event again through it (`StandardView.regrouped`); an id
found neither way is reported as stale (`StandardView.stale`), never a failure.

Records from others are hostile input: a value that breaks the rules leaves that revision
out (counted in `TrialAssessment.unreadable`); an unknown level, a grade from another
scale or an id that names nothing is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from monitor_app.core.coordination.event_decisions import DecidedEvent, decided_events
from monitor_app.core.coordination.events import Event, events_by_member
from monitor_app.core.coordination.grading import GradingScale, load_grading_scale
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.errors import ValidationError
from monitor_app.core.records import ownership
from monitor_app.core.records.entry_values import clean_text, one_of
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.readable import values_problem
from monitor_app.core.records.records import ConcernLevel, StandardAssessment, TrialConclusion
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import local_zone_name
from monitor_app.core.records.value_checks import SHOWN_CHARS, check_revision_values
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.vault import Vault

CONCERN_LEVELS: tuple[str, ...] = tuple(level.value for level in ConcernLevel)
MISSING_NAMED = 3  # standards a refused grade names; the rest are counted
EVENT_ID_PREFIX = 8  # the fewest characters of an event's id that may name it
KINDS = (StandardAssessment.KIND, TrialConclusion.KIND)
STANDARD_RE = re.compile(r"(ICCPR|GC[0-9]+) ")
_DIGITS = re.compile(r"([0-9]+)")

R = TypeVar("R", StandardAssessment, TrialConclusion)


class GradeRefused(ValidationError):
    """A grade that cannot be issued yet: standards with events still without reasoning."""


# ---- what is read ----------------------------------------------------------------------


@dataclass(frozen=True)
class Comment(Generic[R]):
    """Another assessor's word on an assessment or the conclusion: their latest revision
    of it, or of a record of their own on the same standard. Theirs, never current."""

    author: str
    created_utc: str
    values: R  # as their revision holds them


@dataclass(frozen=True)
class StandardView:
    """One standard of the trial: its events, its current assessment, others' comments."""

    standard: str
    events: tuple[Event, ...]  # the trial's events bearing on it, in the trial's order
    assessment: StandardAssessment | None  # current: its owner's latest (`.author`)
    comments: tuple[Comment[StandardAssessment], ...] = ()
    relied_on: tuple[Event, ...] = ()  # the trial's events the assessment cites
    regrouped: tuple[str, ...] = ()  # cited ids found again through their observation
    stale: tuple[str, ...] = ()  # cited ids that name no event of the trial now
    # (owner, record id) of every live assessment of this standard, the current one first.
    records: tuple[tuple[str, str], ...] = ()

    @property
    def reasoned(self) -> bool:
        return self.assessment is not None and bool(self.assessment.reasoning.strip())

    @property
    def concern(self) -> str:
        """The current level of concern ("" when not assessed)."""
        return self.assessment.concern if self.assessment is not None else ""


@dataclass(frozen=True)
class HistoryLine:
    """One revision of an assessment or a conclusion of the trial."""

    created_utc: str
    author: str
    kind: str  # "assessment" or "conclusion"
    record_id: str
    number: int
    comment: bool  # by someone other than the record's owner
    deleted: bool = False
    standard: str = ""
    concern: str = ""
    grade: str = ""
    text: str = ""  # the reasoning, or the conclusion


@dataclass(frozen=True)
class TrialAssessment:
    """A trial's assessment as it stands, with who wrote what."""

    trial_id: str  # the trial group's key
    events: tuple[Event, ...]  # counted: the decisions rejected none of them
    labels: Mapping[str, str]  # how each event is cited ("E3"), by its id
    standards: tuple[StandardView, ...]  # in `standard_order`
    conclusion: TrialConclusion | None
    conclusion_comments: tuple[Comment[TrialConclusion], ...] = ()
    conclusion_records: tuple[tuple[str, str], ...] = ()  # as `StandardView.records`
    grade_label: str = ""  # the grade's short name in the language asked for
    grade_definition: str = ""  # empty for a grade the scale lacks
    scale_version: str = ""
    history: tuple[HistoryLine, ...] = ()
    unreadable: int = 0  # revisions left out: their values break the rules
    _by_standard: Mapping[str, StandardView] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def with_events(self) -> tuple[StandardView, ...]:
        return tuple(view for view in self.standards if view.events)

    @property
    def missing(self) -> tuple[str, ...]:
        """Standards with events whose current assessment has no reasoning (or none)."""
        return tuple(view.standard for view in self.with_events if not view.reasoned)

    @property
    def grade(self) -> str:
        return self.conclusion.grade if self.conclusion is not None else ""

    def standard(self, code: str) -> StandardView | None:
        return self._by_standard.get(code)


def is_standard(citation: str) -> bool:
    """Whether a citation of the taxonomy is a standard a trial is assessed against: a
    provision of the ICCPR or a paragraph of a General Comment on it ("ICCPR 14(3)(d)",
    "GC32 para 36"). Manuals, guidelines and cases it also cites are sources, not standards."""
    return STANDARD_RE.match(citation) is not None


def standard_order(standard: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """Where a standard comes: the Covenant's articles, then the General Comments, each in
    their numbers' order ("ICCPR 9(3)" before "ICCPR 14(1)"), then anything else."""
    group = 0 if standard.startswith("ICCPR") else 1 if standard.startswith("GC") else 2
    parts = tuple(
        (int(part), "") if part.isdigit() else (-1, part.casefold())
        for part in _DIGITS.split(standard)
        if part
    )
    return group, parts


def taxonomy_standards(taxonomy: Taxonomy) -> tuple[str, ...]:
    """Every standard (`is_standard`) the taxonomy cites, in `standard_order`."""
    found: set[str] = set()
    for category in taxonomy.categories:
        found.update(category.standards)
        for item in category.items:
            found.update(item.standards)
    for question in taxonomy.checklist:
        found.update(question.standards)
    return tuple(sorted((s for s in found if is_standard(s)), key=standard_order))


def assessed_events(index: CoordinatorIndex, trial_id: str) -> list[DecidedEvent]:
    """The trial's events an assessment counts and cites: those the coordinators'
    decisions left (`event_decisions`; a rejected event counts for nothing), numbered
    ("E1", "E2" ...), in time order."""
    return [event for event in decided_events(index, trial_id) if event.counted]


def standards_with_events(
    index: CoordinatorIndex, events: Iterable[Event]
) -> dict[str, tuple[Event, ...]]:
    """Each standard (`is_standard`) the events' observations bear on
    (`CoordinatorIndex.standards_of`), with those events in the order given; the standards
    in `standard_order`."""
    by_standard: dict[str, list[Event]] = {}
    for event in events:
        standards = dict.fromkeys(s for m in event.members for s in index.standards_of(m))
        for standard in standards:
            if is_standard(standard):
                by_standard.setdefault(standard, []).append(event)
    return {s: tuple(by_standard[s]) for s in sorted(by_standard, key=standard_order)}


def assessment_revisions(vault: Vault, trial_ids: Iterable[str]) -> list[Revision]:
    """Every revision of the assessments and conclusions filed under ``trial_ids``, by
    anyone: a few dozen records, read from the vault (no full reading needed)."""
    store = RevisionStore(vault)
    revisions: list[Revision] = []
    for kind in KINDS:
        for trial_id in sorted(set(trial_ids)):
            for head in store.heads(kind, trial_id, include_deleted=True):
                revisions.extend(store.history(head.record_id))
    return revisions


def load_trial_assessment(
    vault: Vault,
    index: CoordinatorIndex,
    trial_id: str,
    *,
    events: Sequence[DecidedEvent] | None = None,
    scale: GradingScale | None = None,
    lang: str = "en",
) -> TrialAssessment:
    """The trial's assessment as this vault holds it (see `read_trial_assessment`)."""
    group = index.group(trial_id)
    return read_trial_assessment(
        assessment_revisions(vault, group.ids),
        index,
        trial_id,
        events=events,
        scale=scale,
        lang=lang,
    )


def read_trial_assessment(
    revisions: Iterable[Revision],
    index: CoordinatorIndex,
    trial_id: str,
    *,
    events: Sequence[DecidedEvent] | None = None,
    scale: GradingScale | None = None,
    lang: str = "en",
) -> TrialAssessment:
    """The trial's assessment from ``revisions`` (any; those of its group's assessments
    and conclusions are taken): per standard with events or assessed, the current
    assessment, others' comments, the events relied on; the conclusion and its grade's
    name and definition in ``lang``; the history. ``events``: the trial's
    `assessed_events`, when worked out already."""
    group = index.group(trial_id)
    scale = scale or load_grading_scale()
    decided = assessed_events(index, trial_id) if events is None else events
    counted = [d.event for d in decided if d.counted]
    threads, unreadable = _threads(revisions, group.ids)
    live = [t for t in threads if not t.head.deleted]
    assessments: dict[str, list[_Thread]] = {}
    conclusions: list[_Thread] = []
    for thread in sorted(live, key=lambda t: (t.first_utc, t.record_id)):
        if thread.kind == StandardAssessment.KIND:
            standard = str(thread.head.body.get("standard", ""))
            assessments.setdefault(standard, []).append(thread)
        else:
            conclusions.append(thread)
    with_events = standards_with_events(index, counted)
    codes = sorted(with_events.keys() | assessments.keys(), key=lambda s: (standard_order(s), s))
    member_events = events_by_member(counted)
    by_id = {event.id: event for event in counted}
    views = {
        code: _standard_view(
            code, with_events.get(code, ()), assessments.get(code, []), by_id, member_events
        )
        for code in codes
        if code  # an assessment naming no standard is a comment on nothing: history only
    }
    conclusion = TrialConclusion.from_revision(conclusions[0].head) if conclusions else None
    grade = conclusion.grade if conclusion is not None else ""
    return TrialAssessment(
        trial_id=group.key,
        events=tuple(counted),
        labels={d.id: d.label for d in decided if d.counted},
        standards=tuple(views.values()),
        conclusion=conclusion,
        conclusion_comments=_comments(conclusions, TrialConclusion),
        conclusion_records=tuple((t.owner, t.record_id) for t in conclusions),
        grade_label=scale.label(grade, lang) if grade else "",
        grade_definition=scale.definition(grade, lang) if grade else "",
        scale_version=scale.version,
        history=_history(threads),
        unreadable=unreadable,
        _by_standard=views,
    )


# ---- writing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved(Generic[R]):
    """What was saved: the values as written (the record's id), and whether they are the
    author's own record or their comment on another's (`owner`'s)."""

    record: R
    comment: bool
    owner: str


def find_event(
    events: Sequence[Event], text: str, labels: Mapping[str, str] | None = None
) -> Event:
    """The event ``text`` names: its label ("E3", as ``labels`` give them by id), its id,
    or at least `EVENT_ID_PREFIX` characters that start the id of one event only."""
    wanted = text.strip().lower()
    by_label = {label.lower(): event_id for event_id, label in (labels or {}).items() if label}
    wanted = by_label.get(wanted, wanted)
    exact = next((e for e in events if e.id == wanted), None)
    if exact is not None:
        return exact
    shown = one_line(text, SHOWN_CHARS)
    if len(wanted) < EVENT_ID_PREFIX:
        raise ValidationError("assessment-event-unknown", event=shown)
    found = [e for e in events if e.id.startswith(wanted)]
    if not found:
        raise ValidationError("assessment-event-unknown", event=shown)
    if len(found) > 1:
        raise ValidationError("assessment-event-ambiguous", event=shown)
    return found[0]


def save_assessment(
    notebook: Notebook,
    index: CoordinatorIndex,
    trial_id: str,
    *,
    standard: str,
    concern: str,
    reasoning: str,
    events: Iterable[str] = (),
    current: TrialAssessment | None = None,
    tz: str | None = None,
) -> Saved[StandardAssessment]:
    """Save this vault's assessment of ``standard`` in the trial: a revision of their own
    (the standard's current assessment, or their earlier record on it), a new record when
    the standard has none, else their comment on the current one. ``events`` are ids of the
    trial's events (or unique starts of them); ``current`` spares reading the trial again."""
    state = current or load_trial_assessment(notebook.vault, index, trial_id)
    standard = one_line(clean_text(standard, "standard"))
    if not standard:
        raise ValidationError("assessment-standard-unknown", standard="—")
    if standard not in taxonomy_standards(index.taxonomy) and state.standard(standard) is None:
        raise ValidationError(
            "assessment-standard-unknown", standard=one_line(standard, SHOWN_CHARS)
        )
    one_of(concern, CONCERN_LEVELS, error_code="concern-level")
    found = (find_event(state.events, text, state.labels) for text in events)
    cited = list({e.id: e for e in found}.values())  # each once, in the order given
    view = state.standard(standard)
    target = _target(notebook.vault.observer_id, view.records if view else ())
    record = StandardAssessment(
        id=target.record_id,
        trial_id=state.trial_id,
        standard=standard,
        concern=concern,
        reasoning=clean_text(reasoning, "reasoning"),
        events=tuple(e.id for e in cited),
        observations=tuple(e.members[0].observation.id for e in cited),
    )
    return _write(notebook, record, target, tz)


def save_conclusion(
    notebook: Notebook,
    index: CoordinatorIndex,
    trial_id: str,
    *,
    conclusion: str,
    recommendations: str = "",
    grade: str = "",
    current: TrialAssessment | None = None,
    scale: GradingScale | None = None,
    tz: str | None = None,
) -> Saved[TrialConclusion]:
    """Save this vault's conclusion on the trial (as `save_assessment` saves an
    assessment). Without a grade it is a draft; a grade is refused unless it is on the
    scale, comes with a conclusion, and every standard with events has reasoning."""
    state = current or load_trial_assessment(notebook.vault, index, trial_id)
    conclusion = clean_text(conclusion, "conclusion")
    grade = grade.strip()
    if grade:
        check_grade(state, grade, conclusion, scale or load_grading_scale())
    target = _target(notebook.vault.observer_id, state.conclusion_records)
    record = TrialConclusion(
        id=target.record_id,
        trial_id=state.trial_id,
        conclusion=conclusion,
        grade=grade,
        recommendations=clean_text(recommendations, "recommendations"),
    )
    return _write(notebook, record, target, tz)


def check_grade(state: TrialAssessment, grade: str, conclusion: str, scale: GradingScale) -> None:
    """Refuse a grade that is not on ``scale``, comes without a conclusion, or comes
    before every standard with events has reasoning (`GradeRefused`)."""
    if scale.grade(grade) is None:
        raise ValidationError(
            "grade-not-on-scale", got=one_line(grade, SHOWN_CHARS), grades=", ".join(scale.codes)
        )
    if not conclusion.strip():
        raise ValidationError("grade-without-conclusion")
    missing = state.missing
    if missing:
        raise GradeRefused(
            "grade-without-reasoning",
            count=len(missing),
            standards=", ".join(missing[:MISSING_NAMED])
            + (", …" if len(missing) > MISSING_NAMED else ""),
        )


# ---- inside ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Thread:
    """One record's revisions: its owner's current one and everyone else's."""

    record_id: str
    kind: str
    owner: str
    head: Revision  # the owner's latest (a tombstone when deleted)
    first_utc: str  # when it was first recorded
    others: tuple[Revision, ...]  # readable revisions of it by others, oldest first
    own: tuple[Revision, ...]  # readable revisions by its owner, oldest first


def _threads(revisions: Iterable[Revision], trial_ids: frozenset[str]) -> tuple[list[_Thread], int]:
    by_record: dict[str, list[Revision]] = {}
    for revision in revisions:
        if revision.kind in KINDS:
            by_record.setdefault(revision.record_id, []).append(revision)
    threads: list[_Thread] = []
    unreadable = 0
    for record_id, revisions_of_record in by_record.items():
        head = ownership.current(revisions_of_record)
        if head is None or head.parent_id not in trial_ids:
            continue
        history = [r for r in revisions_of_record if r.kind == head.kind]  # another kind: none
        readable = [r for r in history if r.deleted or values_problem(r) is None]
        unreadable += len(history) - len(readable)
        if head not in readable:  # its owner's current values cannot be shown
            continue
        readable.sort(key=lambda r: (r.created_utc, r.author, r.author_seq))
        firsts = [r.created_utc for r in history if r.number == 1 and r.author == head.author]
        threads.append(
            _Thread(
                record_id=record_id,
                kind=head.kind,
                owner=head.author,
                head=head,
                first_utc=min(firsts, default=head.created_utc),
                others=tuple(r for r in readable if r.author != head.author and not r.deleted),
                own=tuple(r for r in readable if r.author == head.author),
            )
        )
    return threads, unreadable


def _comments(threads: Sequence[_Thread], cls: type[R]) -> tuple[Comment[R], ...]:
    """Others' latest words on the current record (the first thread) and on the rest: a
    revision of the current one, or another record's current values; by time."""
    if not threads:
        return ()
    owner = threads[0].owner
    latest: dict[str, Revision] = {}
    for index, thread in enumerate(threads):
        words = list(thread.others)
        if index > 0 and not thread.head.deleted:
            words.append(thread.head)
        for revision in words:
            if revision.author == owner:
                continue  # their word is the current record itself
            held = latest.get(revision.author)
            if held is None or revision.created_utc > held.created_utc:
                latest[revision.author] = revision
    return tuple(
        Comment(r.author, r.created_utc, cls.from_revision(r))
        for r in sorted(latest.values(), key=lambda r: (r.created_utc, r.author))
    )


def _standard_view(
    standard: str,
    events: tuple[Event, ...],
    threads: Sequence[_Thread],
    by_id: Mapping[str, Event],
    member_events: Mapping[str, Event],
) -> StandardView:
    assessment = StandardAssessment.from_revision(threads[0].head) if threads else None
    relied: dict[str, Event] = {}
    regrouped: list[str] = []
    stale: list[str] = []
    if assessment is not None:
        notes = assessment.observations
        for i, cited in enumerate(assessment.events):
            event = by_id.get(cited)
            if event is None:
                event = member_events.get(notes[i]) if i < len(notes) else None
                (regrouped if event is not None else stale).append(cited)
            if event is not None:
                relied.setdefault(event.id, event)
    order = {event.id: i for i, event in enumerate(by_id.values())}
    return StandardView(
        standard=standard,
        events=events,
        assessment=assessment,
        comments=_comments(threads, StandardAssessment),
        relied_on=tuple(sorted(relied.values(), key=lambda e: order.get(e.id, 0))),
        regrouped=tuple(regrouped),
        stale=tuple(stale),
        records=tuple((t.owner, t.record_id) for t in threads),
    )


def _history(threads: Iterable[_Thread]) -> tuple[HistoryLine, ...]:
    lines = []
    for thread in threads:
        for revision in (*thread.own, *thread.others):
            body = revision.body
            is_assessment = thread.kind == StandardAssessment.KIND
            lines.append(
                HistoryLine(
                    created_utc=revision.created_utc,
                    author=revision.author,
                    kind=thread.kind,
                    record_id=thread.record_id,
                    number=revision.number,
                    comment=revision.author != thread.owner,
                    deleted=revision.deleted,
                    standard=str(body.get("standard", "")) if is_assessment else "",
                    concern=str(body.get("concern", "")) if is_assessment else "",
                    grade="" if is_assessment else str(body.get("grade", "")),
                    text=str(body.get("reasoning" if is_assessment else "conclusion", "")),
                )
            )
    lines.sort(key=lambda line: (line.created_utc, line.author, line.record_id, line.number))
    return tuple(lines)


@dataclass(frozen=True)
class _Target:
    """Where a save goes: a new record (no id), or a revision of ``record_id``."""

    record_id: str = ""
    owner: str = ""


def _target(author: str, records: Sequence[tuple[str, str]]) -> _Target:
    """The author's own record among ``records`` (the current one first), else the
    current one (their revision of it is their comment), else a new record."""
    if not records:
        return _Target()
    owner, record_id = next(((o, r) for o, r in records if o == author), records[0])
    return _Target(record_id=record_id, owner=owner)


def _write(notebook: Notebook, record: R, target: _Target, tz: str | None) -> Saved[R]:
    tz = tz or local_zone_name()
    author = notebook.vault.observer_id
    if target.record_id:
        # A revision stays filed under its record's trial (of the group).
        parent = notebook.store.head(target.record_id).parent_id or record.trial_id
        record = replace(record, trial_id=parent)
    body = record.to_body()
    check_revision_values(record.KIND, body, tz)
    revision = notebook.store.append(
        record.KIND,
        target.record_id or None,
        record.trial_id,
        body,
        tz,
        annotation=bool(target.record_id) and target.owner != author,
    )
    saved = type(record).from_revision(revision)
    owner = target.owner or author
    return Saved(saved, comment=owner != author, owner=owner)
