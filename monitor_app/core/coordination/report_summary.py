"""The parts that lead a trial's report: the summary (hearings observed, held and called
off; participation lost; the concern on each standard; the grade, its reasoning and the
recommendations), the findings by standard, and the numbered events they cite.

A report leads with these and keeps the full chronology of observations for its annex
(`report_document`). They are made from three parts of the coordination core:

- the events as the coordinators' decisions left them, numbered E1, E2… in time order
  (`event_decisions.decided_events`): a rejected event is counted and cited nowhere;
- the assessors' assessment of each standard, the conclusion and the grade
  (`assessment`): the current ones, and others' comments on them, each under its
  author's name;
- the figures by standard worked out from those events (`findings.trial_findings`).

Every figure comes from events, never from counting observations: one outage three
observers logged counts once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor_app.core.coordination.assessment import TrialAssessment
from monitor_app.core.coordination.event_decisions import DecidedEvent, EventState, left_out
from monitor_app.core.coordination.events import Aspect, session_facts
from monitor_app.core.coordination.findings import (
    NumberedEvent,
    TrialFindings,
    figure_label,
    figure_text,
)
from monitor_app.core.coordination.index import CoordinatorIndex, Observed
from monitor_app.core.coordination.report_common import (
    Namer,
    ReportOptions,
    choice_label,
    report_duration,
    report_words,
)
from monitor_app.core.coordination.report_sentences import ReportChange
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.records import ConcernLevel
from monitor_app.core.records.taxonomy import label
from monitor_app.core.records.timeutil import from_utc_text, in_zone

EVENT_MARK = "E"  # an event's number as cited: "E12" (the chronology's entries are "#12")
# The gravest first: the order of the summary's concerns.
CONCERN_ORDER = (
    ConcernLevel.GRAVE,
    ConcernLevel.SERIOUS,
    ConcernLevel.MINOR,
    ConcernLevel.NONE,
)


def event_ref(number: int) -> str:
    return f"{EVENT_MARK}{number}"


def concern_label(concern: str, lang: str) -> str:
    """A level of concern in words; "" (none given) as "not assessed"; a level of a newer
    version as it came."""
    return report_words(lang).get(f"concern.{concern or 'unassessed'}", concern)


# ---- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportEvent:
    """One event, as the report cites it (``E{number}``). Times are local to the hearing;
    ``entries`` are the chronology's numbers of the observations it is made of."""

    number: int
    id: str  # "" in a public report
    state: str  # an `EventState`: proposed, confirmed, split or merged
    session_date: str
    time: str  # its start, "YYYY-MM-DD HH:MM"
    end_time: str  # its end, "HH:MM" (with the date when another day); "" for a moment
    tz: str
    start_utc: str
    end_utc: str | None
    seconds: int | None  # its span, for events with an interval; None for moments
    duration: str
    codes: tuple[str, ...]
    conditions: tuple[str, ...]  # the codes' labels
    category: str
    standards: tuple[str, ...]
    recorded_by: tuple[str, ...]
    recorded: int  # observers who recorded it
    present: int  # observers present at the session
    seen_by: str  # the two, in words
    entries: tuple[int, ...]
    differences: tuple[str, ...]  # where its observers disagree, an aspect a line
    # The coordinators' decisions on it and their notes, each under its author's name.
    decisions: tuple[str, ...] = ()


def report_events(
    index: CoordinatorIndex,
    findings: TrialFindings,
    decided: Sequence[DecidedEvent],
    name: Namer,
    options: ReportOptions,
    *,
    entry_numbers: Mapping[str, int],
) -> tuple[ReportEvent, ...]:
    """The events the report cites; in an annex for one standard, those bearing on it."""
    by_number = {d.number: d for d in decided if d.counted}
    built = (
        _event(index, n, by_number.get(n.number), name, options, entry_numbers=entry_numbers)
        for n in findings.events
    )
    if not options.standard:
        return tuple(built)
    wanted = options.standard.strip().casefold()
    return tuple(e for e in built if any(s.casefold().startswith(wanted) for s in e.standards))


def _event(
    index: CoordinatorIndex,
    numbered: NumberedEvent,
    decided: DecidedEvent | None,
    name: Namer,
    options: ReportOptions,
    *,
    entry_numbers: Mapping[str, int],
) -> ReportEvent:
    lang, event, tz = options.lang, numbered.event, numbered.tz
    words = report_words(lang)
    start = in_zone(event.start, tz)
    end_time = ""
    if event.end is not None and event.end != event.start:
        end = in_zone(event.end, tz)
        end_time = end.strftime("%H:%M" if end.date() == start.date() else "%Y-%m-%d %H:%M")
    seconds = None
    if any(m.observation.interval for m in event.members) and event.end is not None:
        seconds = int((from_utc_text(event.end) - from_utc_text(event.start)).total_seconds())
    recorded, present = event.seen_by
    return ReportEvent(
        number=numbered.number,
        id="" if options.public else event.id,
        state=numbered.state,
        session_date=numbered.date,
        time=start.strftime("%Y-%m-%d %H:%M"),
        end_time=end_time,
        tz=tz,
        start_utc=event.start,
        end_utc=event.end,
        seconds=seconds,
        duration=report_duration(seconds, lang) if seconds is not None else "",
        codes=event.codes,
        conditions=tuple(_condition(index, code, lang) for code in event.codes),
        category=_category(index, event.members[0], lang),
        standards=numbered.standards,
        recorded_by=tuple(name(o) for o in event.recorded_by),
        recorded=recorded,
        present=present,
        seen_by=words["seen_by"].format(recorded=recorded, present=present),
        entries=tuple(
            entry_numbers[m.observation.id]
            for m in event.members
            if m.observation.id in entry_numbers
        ),
        differences=tuple(
            f"{words.get(f'aspect.{d.aspect}', d.aspect)}: "
            + "; ".join(
                f"{name(who)}: {_shown(index, d.aspect, values, tz, lang)}"
                for who, values in d.by_observer.items()
            )
            for d in event.differences
        ),
        decisions=_decisions(decided, name, lang),
    )


def _decisions(decided: DecidedEvent | None, name: Namer, lang: str) -> tuple[str, ...]:
    """Who decided what of the event, and their notes, in words, under their names."""
    if decided is None:
        return ()
    words = report_words(lang)
    lines = []
    if decided.state != EventState.PROPOSED and decided.decided_by:
        lines.append(
            words.get(f"decision.{decided.state}", decided.state).format(
                who=name(decided.decided_by)
            )
        )
    lines += [
        words["decision_note"].format(who=name(note.author), text=note.text)
        for note in decided.notes
    ]
    return tuple(lines)


def _condition(index: CoordinatorIndex, code: str, lang: str) -> str:
    try:
        return label(index.taxonomy.item(code).label, lang)
    except UnknownCode:
        return code


def _category(index: CoordinatorIndex, entry: Observed, lang: str) -> str:
    try:
        return label(index.taxonomy.category(entry.category).label, lang)
    except UnknownCode:
        return entry.category


def _shown(index: CoordinatorIndex, aspect: str, values: Sequence[str], tz: str, lang: str) -> str:
    """One observer's values of an aspect they differ on, in words; none as a dash."""
    taxonomy = index.taxonomy
    if not values:
        return report_words(lang)["still_open"] if aspect == Aspect.END else "—"
    if aspect in (Aspect.START, Aspect.END):
        return ", ".join(in_zone(v, tz).strftime("%H:%M:%S") for v in values)
    if aspect == Aspect.CONDITION:
        return ", ".join(_condition(index, v, lang) for v in values)
    choices = {
        Aspect.COURT_RESPONSE: taxonomy.court_responses,
        Aspect.PARTIES: taxonomy.parties,
        Aspect.SEVERITY: taxonomy.severities,
    }.get(Aspect(aspect), ())
    return ", ".join(choice_label(choices, v, lang) for v in values)


# ---- findings by standard -----------------------------------------------------------------


@dataclass(frozen=True)
class ReportAssessment:
    """One assessor's words on one standard, under their name: the standard's current
    assessment, or another assessor's comment on it."""

    assessed_by: str
    comment: bool  # a comment on the current assessment, not the assessment
    written_utc: str
    concern: str  # a `ConcernLevel`
    concern_label: str
    reasoning: str
    events: tuple[int, ...]  # the numbers of the events relied on
    # Events relied on that name no event of the trial now: counted, not cited.
    events_missing: int = 0


@dataclass(frozen=True)
class ReportFinding:
    """What the report finds on one standard: the figures worked out from events, the events
    cited by number, and the assessors' words."""

    standard: str
    figures: tuple[tuple[str, str], ...]  # (what, how much), in the report's language
    events: tuple[int, ...]
    assessments: tuple[ReportAssessment, ...]  # the current assessment first
    concern: str  # the current assessment's; "" while none was made
    concern_label: str


def report_findings(
    findings: TrialFindings,
    assessment: TrialAssessment,
    name: Namer,
    options: ReportOptions,
) -> tuple[ReportFinding, ...]:
    """A finding for every standard with events or an assessment (`findings`), the
    Covenant first; in an annex for one standard, that standard's only."""
    lang = options.lang
    wanted = options.standard.strip().casefold()
    found = []
    for standard in findings.standards:
        if wanted and not standard.standard.casefold().startswith(wanted):
            continue
        view = assessment.standard(standard.standard)
        concern = view.concern if view is not None else ""
        found.append(
            ReportFinding(
                standard=standard.standard,
                figures=tuple(
                    (figure_label(f.key, lang), figure_text(f, lang)) for f in standard.figures
                ),
                events=standard.events,
                assessments=tuple(
                    ReportAssessment(
                        assessed_by=name(a.author),
                        comment=a.comment,
                        written_utc=a.written_utc,
                        concern=a.concern,
                        concern_label=concern_label(a.concern, lang),
                        reasoning=a.reasoning,
                        events=a.events,
                        events_missing=a.events_not_found,
                    )
                    for a in standard.assessments
                ),
                concern=concern,
                concern_label=concern_label(concern, lang),
            )
        )
    return tuple(found)


# ---- the summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportConcern:
    """A line of the summary's concerns: a standard, its level, the events on it."""

    standard: str
    concern: str
    concern_label: str
    events: int


@dataclass(frozen=True)
class ReportConclusion:
    """An assessor's conclusion on the trial, with the grade and recommendations: the
    current one, or another assessor's comment on it."""

    concluded_by: str
    comment: bool
    written_utc: str
    conclusion: str
    grade: str  # a code of the grading scale, "" when none was given
    recommendations: str


@dataclass(frozen=True)
class ReportSummary:
    """What leads the report."""

    text: str  # the coordinator's own summary of an issued stage ("" otherwise)
    hearings: int  # sittings (sessions) of the trial
    held: int
    called_off: int  # postponed, adjourned or cancelled
    observed: int  # sittings at least one observer attended
    seconds_lost: int  # participation lost, every observer's intervals merged per sitting
    lost: str
    observations: int
    events: int
    corroborated: int  # events seen by more than one observer
    concerns: tuple[ReportConcern, ...]  # the gravest first, then standards not assessed
    grade: str  # the current conclusion's
    grade_label: str
    grade_definition: str
    conclusions: tuple[ReportConclusion, ...]  # the current one first, then comments


def report_summary(
    index: CoordinatorIndex,
    trial_id: str,
    name: Namer,
    options: ReportOptions,
    *,
    sources: tuple[TrialFindings, TrialAssessment, Sequence[DecidedEvent]],
    found: Sequence[ReportFinding],
    observations: int,
    now: datetime,
    text: str = "",
) -> ReportSummary:
    """The summary: sittings, participation lost (one rule: every observer's intervals of
    a sitting merged, so an outage two observers logged counts once; the observations of
    rejected events left out), events, the concern on each standard, the conclusion."""
    findings, assessment, decided = sources
    sessions = index.sessions(trial_id)
    rejected = left_out(decided)
    lost = sum(index.session_totals(s, now, rejected).seconds_lost for s in sessions)
    observed = sum(1 for s in sessions if session_facts(index, s).present)
    rank = {level.value: i for i, level in enumerate(CONCERN_ORDER)}
    concerns = sorted(
        (ReportConcern(f.standard, f.concern, f.concern_label, len(f.events)) for f in found),
        key=lambda c: rank.get(c.concern, len(rank)),  # stable: the standards' order within
    )
    conclusions = []
    current = assessment.conclusion
    if current is not None:
        conclusions.append(
            ReportConclusion(
                concluded_by=name(current.author),
                comment=False,
                written_utc=current.updated_utc,
                conclusion=current.conclusion,
                grade=current.grade,
                recommendations=current.recommendations,
            )
        )
    conclusions += [
        ReportConclusion(
            concluded_by=name(c.author),
            comment=True,
            written_utc=c.created_utc,
            conclusion=c.values.conclusion,
            grade=c.values.grade,
            recommendations=c.values.recommendations,
        )
        for c in assessment.conclusion_comments
    ]
    events = findings.events
    return ReportSummary(
        text=text,
        hearings=findings.hearings,
        held=findings.held,
        called_off=findings.called_off,
        observed=observed,
        seconds_lost=lost,
        lost=report_duration(lost, options.lang),
        observations=observations,
        events=len(events),
        corroborated=sum(1 for e in events if e.event.corroborated),
        concerns=tuple(concerns),
        grade=assessment.grade,
        grade_label=assessment.grade_label,
        grade_definition=assessment.grade_definition,
        conclusions=tuple(conclusions),
    )


# ---- an issued stage ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReportStageInfo:
    """The stage of the trial's report this one is (`stages`): as issued, and what it was
    made from."""

    stage: str  # a `ReportStage`
    stage_label: str
    issued_utc: str
    issued_by: str
    issue: int  # 1 when first issued; 2, 3… for each re-issue of the same stage
    records: int  # the revisions it was made from
    snapshot_sha256: str


@dataclass(frozen=True)
class IssuedFacts:
    """What an issued stage (`stages`) tells the report made from it."""

    stage: str
    issued_utc: str  # the report's time: everything is as of it
    issued_by: str  # the author who issued it
    issue: int
    records: int
    snapshot_sha256: str
    summary: str  # the coordinator's words leading the report


@dataclass(frozen=True)
class FigureChange:
    """One figure, standard's concern or grade, at the earlier stage and now."""

    what: str
    then: str
    now: str


@dataclass(frozen=True)
class StageChanges:
    """What changed since the earlier stage issued: the figures, the concerns and the
    grade where they differ, the events that are new, and the changes to the sentence and
    what followed it (`report_updates`)."""

    since_stage: str  # the earlier stage's `ReportStage`
    since_label: str  # "What changed since the preliminary report", in the report's language
    since_utc: str
    figures: tuple[FigureChange, ...]  # the summary's figures: those that changed
    concerns: tuple[FigureChange, ...]
    grade: FigureChange | None
    new_events: tuple[int, ...]  # events (by number) the earlier stage did not have
    sentence: tuple[ReportChange, ...]


# What changed since the earlier stage, worked out once the report has named everyone (a
# public report numbers observers in the order it names them) and made its summary,
# findings and events: given those, the changes.
ChangesSince = Callable[
    [Namer, ReportSummary, Sequence[ReportFinding], Sequence[DecidedEvent]], StageChanges
]
