"""Reports on a trial for advocacy and legal submissions: what happened, hearing by hearing,
each finding tied to the standard it bears on, with totals, observers and provenance.

One report model (`TrialReport`) feeds every format: JSON and CSV here, and the document
(`report_document`) that `monitor_app.render.pdf` prints with Qt. A report includes only
what the coordinator chose: observers appear by pseudonym (or as "Observer 1, 2…" in a
public report); a real name appears only when asked for, in a private report.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from monitor_app.core.coordination.index import (
    CoordinatorIndex,
    HearingSession,
    Observed,
    TimelineFilter,
)
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.errors import UnknownCode, ValidationError
from monitor_app.core.languages import LANGUAGES, quoted
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.durations import DurationUnits, format_duration
from monitor_app.core.records.records import (
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
    changed_fields,
)
from monitor_app.core.records.search import fold
from monitor_app.core.records.taxonomy import FieldSpec, Taxonomy, label
from monitor_app.core.records.terms import court_zone, term_state, today_in
from monitor_app.core.records.timeutil import in_zone, utc_now
from monitor_app.core.records.totals import interval_seconds
from monitor_app.core.resources import resource_path
from monitor_app.core.sync.importer import Importer

FORMATS = ("pdf", "docx", "csv", "json")
DOCUMENT_FORMATS = ("pdf", "docx")  # laid out for reading: one trial's report each


@functools.cache
def _all_words() -> dict[str, dict[str, str]]:
    with resource_path("reports", "report_words.json").open(encoding="utf-8") as fh:
        words: dict[str, dict[str, str]] = json.load(fh)["words"]
    return words


def report_words(lang: str) -> Mapping[str, str]:
    """Headings and fixed words of a report, and the labels of our own codes (hearing
    modes, statuses, types, checklist answers) as ``"mode.remote"`` and so on; the taxonomy
    carries the rest."""
    return _all_words()[lang]


def coded_word(lang: str, kind: str, code: str) -> str:
    """The report's label of one of our own codes; a code it lacks (from a newer version)
    as itself."""
    return report_words(lang).get(f"{kind}.{code}", code) if code else ""


def report_duration(seconds: int, lang: str) -> str:
    """Whole seconds as the report's language writes them ("2 min 36 s")."""
    words = report_words(lang)
    units = DurationUnits(words["unit.h"], words["unit.min"], words["unit.s"])
    return format_duration(seconds, units)


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    public: bool = False  # observers as "Observer 1, 2…", no sources or bundle details
    real_names: bool = False  # only in a private report, and only where the coordinator noted one
    standard: str = ""  # only observations bearing on this provision (a draft annex)

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValidationError("report-language", languages=" or ".join(LANGUAGES))
        if self.public and self.real_names:
            raise ValidationError("public-real-names")


@dataclass(frozen=True)
class ReportAnnotation:
    """Another observer's revision of an observation (`ownership`): their words, under their
    name, never the observation's."""

    observer: str
    created_utc: str
    deleted: bool  # they would have it deleted, for ``reason``
    reason: str
    text: str  # their text of the note, where it differs from the author's


@dataclass(frozen=True)
class ReportEntry:
    """One observation, as a report row. ``number`` is its place in the chronology, which
    the by-standard part cites; the record ids are empty in a public report."""

    number: int
    id: str
    trial_id: str
    hearing_date: str
    time: str  # local to the hearing, "YYYY-MM-DD HH:MM"
    tz: str
    at_utc: str
    end_utc: str | None
    seconds: int | None  # a closed interval's length: the figure machines read
    duration: str  # the same, written for people in the report's language
    observer: str
    category: str
    code: str
    condition: str
    severity: str
    parties: str
    court_response: str
    details: str
    text: str
    quote: bool
    source: str
    standards: tuple[str, ...]
    annotations: tuple[ReportAnnotation, ...] = ()


@dataclass(frozen=True)
class ReportSession:
    """One sitting of the court. Codes (``mode``, ``hearing_type``, ``status``) are kept for
    machines, each beside its label in the report's language; times lost are whole seconds,
    each beside its text."""

    date: str
    mode: str
    mode_label: str
    hearing_type: str
    hearing_type_label: str
    status: str
    status_label: str
    place: str
    observers: tuple[str, ...]
    seconds_lost: int
    seconds_could_not_follow: int
    seconds_continued: int
    lost: str
    could_not_follow: str
    continued: str
    postponement: str
    checklist: tuple[tuple[str, tuple[tuple[str, str], ...], bool], ...]  # question, answers


@dataclass(frozen=True)
class ReportProvenance:
    observer: str
    bundles: int
    first_import_utc: str | None
    last_import_utc: str | None
    integrity: str
    bundle_ids: tuple[str, ...] = ()


class SentenceState(StrEnum):
    """Where a sentence element stands on the report's day (`ReportSentenceElement.state`)."""

    IN_FORCE = "in-force"
    NOT_STARTED = "not-started"  # its start is still ahead
    ENDED = "ended"  # ran its term, or a proceeding ended it early
    NONE = ""  # a fine: paid, not served


@dataclass(frozen=True)
class ReportSentenceElement:
    """One element of a defendant's sentence, as its author recorded it. Dates are
    "YYYY-MM-DD" ("" when unknown); codes are kept for machines, each beside its label in
    the report's language; the ids are empty in a public report. ``wording`` is the
    judgment's words as pronounced: always a verbatim quotation."""

    id: str
    trial_id: str
    element: str
    element_label: str
    activities: tuple[str, ...]
    activity_labels: tuple[str, ...]
    amount: str
    judgment_court: str
    judgment_date: str
    start_date: str
    years: int
    months: int
    days: int
    term: str  # the same term, written for people ("5 years")
    end_date: str  # the day it runs (or ran) to: as pronounced, worked out, or cut short
    state: str  # a `SentenceState`, on the report's day in the court's zone
    days_left: int | None  # to its end, while it is in force or yet to begin
    ended_by: str  # the type of the proceeding that ended it early, if one did
    status: str  # state, end and days left, in words
    wording: str
    standards: tuple[str, ...]
    notes: str
    recorded_by: str
    annotations: tuple[ReportAnnotation, ...] = ()
    # The court's day its state and days left are counted on, and the court's zone (the
    # one it was recorded in); "" for a fine.
    as_of: str = ""
    tz: str = ""


@dataclass(frozen=True)
class ReportProceeding:
    """What followed the judgment: an appeal, a request for clarification and the court's
    answer (both verbatim), proceedings for an alleged violation and their outcome, a
    pardon, the end of a ban, the defendant's situation."""

    id: str
    trial_id: str
    proceeding_type: str
    type_label: str
    date: str
    deadline: str
    concerns: str  # the sentence element it concerns, in words
    hearing_date: str  # of the hearing where it was heard, when one is recorded
    brought_by: str
    conduct: str
    conduct_label: str
    conduct_detail: str
    situation: str
    situation_label: str
    request: str  # verbatim
    answer: str  # verbatim: the court's words
    outcome: str
    outcome_label: str  # "" while nothing is decided and nothing is awaited
    detention_days: int
    notes: str
    recorded_by: str
    annotations: tuple[ReportAnnotation, ...] = ()


@dataclass(frozen=True)
class DefendantSentence:
    """One defendant's sentence and what followed it, in date order."""

    defendant: str
    elements: tuple[ReportSentenceElement, ...]
    proceedings: tuple[ReportProceeding, ...]
    # Days of administrative detention imposed in violation proceedings (a violation two
    # observers both recorded counts once).
    detention_days: int


@dataclass(frozen=True)
class TrialReport:
    title: str
    other_titles: tuple[str, ...]  # what other observers called the same trial
    trial_ids: tuple[str, ...]  # none in a public report: ids link records across vaults
    case_numbers: tuple[str, ...]
    courts: tuple[str, ...]
    countries: tuple[str, ...]
    defendants: tuple[str, ...]
    charges: tuple[str, ...]
    generated_utc: str
    options: ReportOptions
    observers: tuple[str, ...]
    sessions: tuple[ReportSession, ...]
    entries: tuple[ReportEntry, ...]
    by_standard: Mapping[str, tuple[int, ...]]  # standard -> entry numbers
    delay: str
    postponements: tuple[tuple[str, str, str, str], ...]  # date, reason, requested by, next
    provenance: tuple[ReportProvenance, ...] = field(default_factory=tuple)
    unreadable: int = 0  # records of the vault left out: their stored values break the rules
    # The "Sentence and restrictions" section: per defendant, empty before a verdict.
    sentence_and_restrictions: tuple[DefendantSentence, ...] = ()
    detention_days: int = 0  # of every defendant, for alleged violations

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class Namer:
    """Observer labels as the options say: pseudonym, real name, or a number."""

    def __init__(self, statuses: Mapping[str, ObserverStatus], options: ReportOptions) -> None:
        self.statuses = statuses
        self.options = options
        self.numbers: dict[str, int] = {}

    def __call__(self, author: str) -> str:
        if self.options.public:
            number = self.numbers.setdefault(author, len(self.numbers) + 1)
            return report_words(self.options.lang)["numbered"].format(number=number)
        status = self.statuses.get(author)
        if status is None:
            return report_words(self.options.lang)["unnamed"].format(id=author[:8])
        if self.options.real_names and status.real_name:
            return f"{status.real_name} ({status.name})"
        return status.name


def trial_report(
    index: CoordinatorIndex,
    trial_id: str,
    statuses: Sequence[ObserverStatus],
    importer: Importer,
    options: ReportOptions | None = None,
    *,
    now: datetime | None = None,
) -> TrialReport:
    """The report on a trial (and every trial linked to it), as things stand at ``now``."""
    options = options or ReportOptions()
    now = now or utc_now()
    words = report_words(options.lang)
    group = index.group(trial_id)
    name = Namer({s.author: s for s in statuses}, options)
    timeline = index.timeline(trial_id, TimelineFilter())
    if options.standard:
        timeline = index.by_standard(trial_id, options.standard)
    observers = report_observers(index, trial_id, statuses, timeline)
    labels = tuple(name(o) for o in observers)
    entries = tuple(_entry(index, n, e, name, options) for n, e in enumerate(timeline, start=1))
    order = {author: i for i, author in enumerate(observers)}
    sessions = tuple(_session(index, s, name, options, order) for s in index.sessions(trial_id))
    by_standard: dict[str, list[int]] = {}
    for entry in entries:
        for standard in entry.standards:
            by_standard.setdefault(standard, []).append(entry.number)
    delay = index.delay(trial_id)
    trials = group.trials
    sentence = sentence_section(index, trial_id, name, options, now)
    return TrialReport(
        title=(
            words["annex"].format(standard=options.standard) if options.standard else group.title
        ),
        other_titles=distinct(t.title for t in trials if t.title != group.title),
        trial_ids=() if options.public else tuple(t.id for t in trials),
        case_numbers=distinct(t.case_number for t in trials),
        courts=distinct(t.court for t in trials),
        countries=distinct(t.country for t in trials),
        defendants=distinct(d for t in trials for d in t.defendants),
        charges=distinct(c for t in trials for c in t.charges),
        generated_utc=utc_text(now),
        options=options,
        observers=labels,
        sessions=sessions,
        entries=entries,
        by_standard={
            k: tuple(v) for k, v in sorted(by_standard.items(), key=lambda i: (_rank(i[0]), i[0]))
        },
        delay=words["days"].format(
            days=delay.days_elapsed, held=delay.held, hearings=delay.hearings
        ),
        postponements=tuple(
            (
                _local_date(p.scheduled_start, "UTC"),
                p.reason,
                p.requested_by,
                _local_date(p.next_date, "UTC") if p.next_date else "",
            )
            for p in delay.postponements
        ),
        provenance=_provenance(statuses, observers, name, importer, options),
        unreadable=len(index.unreadable),
        sentence_and_restrictions=sentence,
        detention_days=sum(d.detention_days for d in sentence),
    )


def utc_text(moment: datetime) -> str:
    """A report's time stamp: UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def report_observers(
    index: CoordinatorIndex,
    trial_id: str,
    statuses: Sequence[ObserverStatus],
    timeline: Iterable[Observed],
) -> list[str]:
    """Everyone whose words the report shows, in order of pseudonym: they are named (and,
    in a public report, numbered) in this order, before anything else."""
    pseudonyms = {s.author: s.name for s in statuses}
    authors = set(index.group(trial_id).observers)
    for entry in timeline:
        authors.add(entry.observer)
        authors.update(r.author for r in entry.annotations)
    elements, proceedings = aftermath_records(index, trial_id)
    for record in (*elements, *proceedings):
        authors.add(index.creators[record.id])
        authors.update(r.author for r in index.annotations.get(record.id, ()))
    return sorted(authors, key=lambda a: (pseudonyms.get(a, "").casefold(), a))


def _entry(
    index: CoordinatorIndex, number: int, e: Observed, name: Namer, options: ReportOptions
) -> ReportEntry:
    taxonomy, lang, o = index.taxonomy, options.lang, e.observation
    tz = e.hearing.tz if e.hearing else (o.revision.tz if o.revision else "UTC")
    try:
        item = taxonomy.item(o.code)
        condition = label(item.label, lang)
        category = label(taxonomy.category(item.category).label, lang)
        specs = {spec.key: spec for spec in item.fields}
    except UnknownCode:
        condition, category, specs = o.code, e.category, {}
    seconds = interval_seconds(o)
    words = report_words(lang)
    source = ""
    if o.source == "reported" and not options.public:
        source = words["reported"].format(who=o.source_detail)
    return ReportEntry(
        number=number,
        id="" if options.public else o.id,
        trial_id="" if options.public else o.trial_id,
        hearing_date=_local_date(e.hearing.scheduled_start, tz) if e.hearing else "",
        time=in_zone(o.at, tz).strftime("%Y-%m-%d %H:%M"),
        tz=tz,
        at_utc=o.at,
        end_utc=o.end,
        seconds=seconds,
        duration=report_duration(seconds, lang) if seconds is not None else "",
        observer=name(e.observer),
        category=category,
        code=o.code,
        condition=condition,
        severity=_choice(taxonomy.severities, o.severity, lang),
        parties=", ".join(_choice(taxonomy.parties, p, lang) for p in o.parties),
        court_response=_choice(taxonomy.court_responses, o.court_response, lang),
        details="; ".join(
            f"{label(specs[k].label, lang) if k in specs else k}: "
            f"{_field_text(specs.get(k), v, taxonomy, lang, tz)}"
            for k, v in sorted(o.fields.items())
        ),
        text=o.text,
        quote=o.quote,
        source=source,
        standards=index.standards_of(e),
        annotations=tuple(
            ReportAnnotation(
                observer=name(r.author),
                created_utc=r.created_utc,
                deleted=r.deleted,
                reason=r.reason,
                text=str(r.body.get("text", "")) if r.body.get("text") != o.text else "",
            )
            for r in e.annotations
        ),
    )


def _session(
    index: CoordinatorIndex,
    session: HearingSession,
    name: Namer,
    options: ReportOptions,
    order: Mapping[str, int],
) -> ReportSession:
    lang = options.lang
    first = session.hearings[0]
    totals = index.session_totals(session)
    postponed = next((h for h in session.hearings if h.postponement_reason), None)
    checklist = tuple(
        (
            _question(index.taxonomy, row.question, lang),
            tuple(
                (name(o), coded_word(lang, "answer", a.answer))
                for o, a in sorted(row.answers.items(), key=lambda i: order[i[0]])
            ),
            row.disagreement,
        )
        for row in index.checklists(session)
    )
    return ReportSession(
        date=session.date,
        mode=first.mode,
        mode_label=coded_word(lang, "mode", first.mode),
        hearing_type=first.hearing_type,
        hearing_type_label=coded_word(lang, "type", first.hearing_type),
        status=first.status,
        status_label=coded_word(lang, "status", first.status),
        place=first.venue or first.platform,
        observers=tuple(name(o) for o in sorted(session.observers, key=order.__getitem__)),
        seconds_lost=totals.seconds_lost,
        seconds_could_not_follow=totals.seconds_defendant_could_not_follow,
        seconds_continued=totals.seconds_continued_regardless,
        lost=report_duration(totals.seconds_lost, lang),
        could_not_follow=report_duration(totals.seconds_defendant_could_not_follow, lang),
        continued=report_duration(totals.seconds_continued_regardless, lang),
        postponement=postponed.postponement_reason if postponed else "",
        checklist=checklist,
    )


def _provenance(
    statuses: Sequence[ObserverStatus],
    observers: Sequence[str],
    name: Namer,
    importer: Importer,
    options: ReportOptions,
) -> tuple[ReportProvenance, ...]:
    words = report_words(options.lang)
    by_author = {s.author: s for s in statuses}
    lines = []
    for author in observers:
        status = by_author.get(author)
        received = importer.received_bundles(author)
        problems = status.chain_problems if status else ()
        integrity = (
            words["chain_broken"].format(problems="; ".join(problems))
            if problems
            else words["chain_ok"]
            if received
            else words["own"]
        )
        lines.append(
            ReportProvenance(
                observer=name(author),
                bundles=len(received),
                first_import_utc=received[0].imported_utc if received else None,
                last_import_utc=received[-1].imported_utc if received else None,
                integrity=integrity,
                bundle_ids=() if options.public else tuple(b.bundle_id for b in received),
            )
        )
    return tuple(lines)


# ---- the sentence and what followed it ------------------------------------------------

# Proceedings that await a decision: their outcome is shown even while it is pending.
_DECIDED = frozenset(
    (
        ProceedingType.APPEAL,
        ProceedingType.CASSATION,
        ProceedingType.CLARIFICATION,
        ProceedingType.VIOLATION,
        ProceedingType.EARLY_RELEASE,
        ProceedingType.PARDON,
        ProceedingType.AMNESTY,
    )
)
# Body fields that hold a code of a vocabulary (`aftermath_vocabulary`), by vocabulary.
_CODED_FIELDS = {
    "element": "elements",
    "activities": "activities",
    "proceeding_type": "proceedings",
    "outcome": "outcomes",
    "conduct": "conduct",
    "situation": "situations",
}
_VERBATIM_FIELDS = frozenset(("wording", "request", "answer"))
# Links a reader has no use for, and ids a public report never shows.
_UNSHOWN_FIELDS = frozenset(("trial_id",))


def aftermath_records(
    index: CoordinatorIndex, trial_id: str
) -> tuple[list[SentenceElement], list[Proceeding]]:
    """The sentence elements (by defendant, then judgment) and the proceedings (by date) of
    a trial and every trial linked to it."""
    ids = index.group(trial_id).ids
    return index.sentence_elements(ids), index.proceedings(ids)


def _person(defendant: str) -> str:
    """A defendant's name as compared: two observers may write it in other cases."""
    return " ".join(fold(defendant).split())


def sentence_section(
    index: CoordinatorIndex, trial_id: str, name: Namer, options: ReportOptions, now: datetime
) -> tuple[DefendantSentence, ...]:
    """Each defendant's sentence, element by element, as it stands at ``now``, and what
    followed it in date order. In an annex for one standard, only the elements bearing on it
    (and what followed for the defendants they bind)."""
    elements, proceedings = aftermath_records(index, trial_id)
    # Those of one judgment in the vocabulary's order (prison before a ban), as the
    # observer's own screens list them.
    order = {code.value: number for number, code in enumerate(SentenceElementType)}
    elements.sort(
        key=lambda e: (
            e.judgment_date is None,
            e.judgment_date or "",
            order.get(e.element, len(order)),
            e.start_date or "",
            e.id,
        )
    )
    ending: dict[str, list[Proceeding]] = {}
    for proceeding in proceedings:
        if proceeding.sentence_id:
            ending.setdefault(proceeding.sentence_id, []).append(proceeding)
    by_id = {element.id: element for element in elements}
    if options.standard:
        wanted = options.standard.strip().casefold()
        elements = [
            e for e in elements if any(s.casefold().startswith(wanted) for s in e.standards)
        ]
        bound = {_person(e.defendant) for e in elements}
        proceedings = [p for p in proceedings if _person(p.defendant) in bound]
    # In the order the trial records name them, then as the records do.
    people: dict[str, str] = {}
    for defendant in (
        *(d for t in index.group(trial_id).trials for d in t.defendants),
        *(e.defendant for e in elements),
        *(p.defendant for p in proceedings),
    ):
        people.setdefault(_person(defendant), defendant)
    shown = {_person(e.defendant) for e in elements} | {_person(p.defendant) for p in proceedings}
    section = []
    for person, defendant in people.items():
        if person not in shown:
            continue
        theirs = [p for p in proceedings if _person(p.defendant) == person]
        section.append(
            DefendantSentence(
                defendant=defendant,
                elements=tuple(
                    _sentence_element(index, e, ending.get(e.id, ()), name, options, now=now)
                    for e in elements
                    if _person(e.defendant) == person
                ),
                proceedings=tuple(_proceeding(index, p, by_id, name, options) for p in theirs),
                detention_days=_detention_days(theirs),
            )
        )
    return tuple(section)


def _detention_days(proceedings: Iterable[Proceeding]) -> int:
    """Days of detention imposed for alleged violations; one violation two observers both
    recorded (same day, same days) counts once."""
    seen = {
        (p.date, p.detention_days)
        for p in proceedings
        if p.proceeding_type == ProceedingType.VIOLATION
        and p.outcome == ProceedingOutcome.DETENTION
    }
    return sum(days for _, days in seen)


def _sentence_element(
    index: CoordinatorIndex,
    element: SentenceElement,
    proceedings: Iterable[Proceeding],
    name: Namer,
    options: ReportOptions,
    *,
    now: datetime,
) -> ReportSentenceElement:
    lang, vocabulary = options.lang, load_aftermath_vocabulary()
    words = report_words(lang)
    state, end, days_left, ended_by = SentenceState.NONE, "", None, ""
    status, as_of, tz = "", "", ""
    if element.element != SentenceElementType.FINE:  # a fine is paid, not served
        tz = court_zone(element)
        as_of = today_in(tz, now).isoformat()
        term = term_state(element, proceedings, now)
        end = term.end.isoformat() if term.end else ""
        ended_by = term.ended_by.proceeding_type if term.ended_by else ""
        if term.in_force:
            state, days_left = SentenceState.IN_FORCE, term.days_left
            status = (
                words["in_force_until"].format(end=end, days=days_left)
                if end
                else words["in_force_no_end"]
            )
        elif term.days_left is not None and term.days_left <= 0:
            state = SentenceState.ENDED
            status = (
                words["ended_by"].format(
                    end=end, by=vocabulary.label("proceedings", ended_by, lang)
                )
                if ended_by
                else words["ended_on"].format(end=end)
            )
        else:
            state, days_left = SentenceState.NOT_STARTED, term.days_left
            begins = element.start_date or element.judgment_date or ""
            status = words["not_started"].format(start=begins)
    return ReportSentenceElement(
        id="" if options.public else element.id,
        trial_id="" if options.public else element.trial_id,
        element=element.element,
        element_label=vocabulary.label("elements", element.element, lang),
        activities=element.activities,
        activity_labels=tuple(vocabulary.label("activities", a, lang) for a in element.activities),
        amount=element.amount,
        judgment_court=element.judgment_court,
        judgment_date=element.judgment_date or "",
        start_date=element.start_date or "",
        years=element.years,
        months=element.months,
        days=element.days,
        term=term_text(element.years, element.months, element.days, lang),
        end_date=end,
        state=state,
        days_left=days_left,
        ended_by=ended_by,
        status=status,
        wording=element.wording,
        standards=element.standards,
        notes=element.notes,
        recorded_by=name(index.creators[element.id]),
        annotations=_record_annotations(index, element, name, options),
        as_of=as_of,
        tz=tz,
    )


def _proceeding(
    index: CoordinatorIndex,
    proceeding: Proceeding,
    elements: Mapping[str, SentenceElement],
    name: Namer,
    options: ReportOptions,
) -> ReportProceeding:
    lang, vocabulary = options.lang, load_aftermath_vocabulary()
    kind, outcome = proceeding.proceeding_type, proceeding.outcome
    shown_outcome = outcome != ProceedingOutcome.PENDING or kind in _DECIDED
    return ReportProceeding(
        id="" if options.public else proceeding.id,
        trial_id="" if options.public else proceeding.trial_id,
        proceeding_type=kind,
        type_label=vocabulary.label("proceedings", kind, lang),
        date=proceeding.date or "",
        deadline=proceeding.deadline or "",
        concerns=element_name(elements.get(proceeding.sentence_id or ""), lang),
        hearing_date=_hearing_date(index, proceeding.hearing_id),
        brought_by=proceeding.brought_by,
        conduct=proceeding.conduct,
        conduct_label=(
            vocabulary.label("conduct", proceeding.conduct, lang) if proceeding.conduct else ""
        ),
        conduct_detail=proceeding.conduct_detail,
        situation=proceeding.situation,
        situation_label=(
            vocabulary.label("situations", proceeding.situation, lang)
            if proceeding.situation
            else ""
        ),
        request=proceeding.request,
        answer=proceeding.answer,
        outcome=outcome,
        outcome_label=vocabulary.label("outcomes", outcome, lang) if shown_outcome else "",
        detention_days=proceeding.detention_days,
        notes=proceeding.notes,
        recorded_by=name(index.creators[proceeding.id]),
        annotations=_record_annotations(index, proceeding, name, options),
    )


def element_name(element: SentenceElement | None, lang: str) -> str:
    """A sentence element as a proceeding names it: its type and the judgment's date."""
    if element is None:
        return ""
    kind = load_aftermath_vocabulary().label("elements", element.element, lang)
    return f"{kind} ({element.judgment_date})" if element.judgment_date else kind


def _hearing_date(index: CoordinatorIndex, hearing_id: str | None) -> str:
    hearing = index.hearings.get(hearing_id or "")
    return _local_date(hearing.scheduled_start, hearing.tz) if hearing else ""


def term_text(years: int, months: int, days: int, lang: str) -> str:
    """A term as the report's language writes it ("5 years 6 months")."""
    return " ".join(
        _term_part(unit, n, lang)
        for unit, n in (("years", years), ("months", months), ("days", days))
        if n
    )


def _record_annotations(
    index: CoordinatorIndex,
    record: SentenceElement | Proceeding,
    name: Namer,
    options: ReportOptions,
) -> tuple[ReportAnnotation, ...]:
    """Others' revisions of a record: what they would change, under their own name."""
    current = record.revision.body if record.revision else {}
    return tuple(
        ReportAnnotation(
            observer=name(r.author),
            created_utc=r.created_utc,
            deleted=r.deleted,
            reason=r.reason,
            text="; ".join(
                f"{field}: {after}"
                for field, _, after in field_changes(index, current, r.body, options)
            ),
        )
        for r in index.annotations.get(record.id, ())
    )


def field_changes(
    index: CoordinatorIndex,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    options: ReportOptions,
) -> tuple[tuple[str, str, str], ...]:
    """What changed from one body of a sentence element or proceeding to another, as a
    reader reads it: each field's name, its value before and after, in the report's
    language (labels, not codes; the element or hearing a link names, not its id)."""
    return tuple(
        (
            report_words(options.lang).get(f"field.{field}", field),
            field_value_text(index, field, before, options),
            field_value_text(index, field, after, options),
        )
        for field, (before, after) in changed_fields(old, new).items()
        if field not in _UNSHOWN_FIELDS
    )


def field_value_text(
    index: CoordinatorIndex, field: str, value: object, options: ReportOptions
) -> str:
    """One stored value of a sentence element or proceeding, written for a reader."""
    lang = options.lang
    if value is None or value in ("", []):
        return ""
    if field in _CODED_FIELDS:
        vocabulary = load_aftermath_vocabulary()
        codes = value if isinstance(value, list) else [value]
        return ", ".join(vocabulary.label(_CODED_FIELDS[field], str(c), lang) for c in codes)
    if field in _VERBATIM_FIELDS:
        return quoted(str(value), lang)
    if field == "sentence_id":
        elements = {e.id: e for e in index.sentence_elements()}
        found = element_name(elements.get(str(value)), lang)
        return found or ("" if options.public else str(value))
    if field == "hearing_id":
        return _hearing_date(index, str(value)) or ("" if options.public else str(value))
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


# ---- values ---------------------------------------------------------------------------


def _rank(standard: str) -> int:
    """The treaty first, then the Committee's comments and cases, then manuals."""
    for rank, prefix in enumerate(("ICCPR", "GC", "CCPR")):
        if standard.startswith(prefix):
            return rank
    return 3 if " v. " not in standard else 2


def distinct(values: Iterable[str]) -> tuple[str, ...]:
    """The values given, each once, in order, empty ones left out."""
    return tuple(dict.fromkeys(v for v in values if v))


def _local_time(utc_text: str, tz: str) -> str:
    return f"{in_zone(utc_text, tz).strftime('%Y-%m-%d %H:%M')} {tz}"


def _local_date(utc_text: str, tz: str) -> str:
    return in_zone(utc_text, tz).date().isoformat()


def _choice(choices: Sequence[Any], code: str | None, lang: str) -> str:
    if not code:
        return ""
    found = next((c for c in choices if c.code == code), None)
    return label(found.label, lang) if found else code


def _question(taxonomy: Taxonomy, question_id: str, lang: str) -> str:
    try:
        return label(taxonomy.question(question_id).question, lang)
    except UnknownCode:
        return question_id


def _field_text(spec: FieldSpec | None, value: Any, taxonomy: Taxonomy, lang: str, tz: str) -> str:
    """A field's stored value as a reader expects it: labels, not codes; local times."""
    kind = spec.type if spec else ""
    if kind in ("choice", "party"):
        choices = spec.choices if spec and kind == "choice" else taxonomy.parties
        return _choice(choices, str(value), lang)
    if kind in ("multi", "parties") and isinstance(value, list):
        choices = spec.choices if spec and kind == "multi" else taxonomy.parties
        return ", ".join(_choice(choices, str(v), lang) for v in value)
    if kind == "bool":
        return report_words(lang)["yes" if value else "no"]
    if kind == "datetime" and isinstance(value, str):
        return _local_time(value, tz)
    if kind == "duration" and isinstance(value, dict):
        return " ".join(_term_part(unit, n, lang) for unit, n in value.items() if n)
    return str(value)


def _term_part(unit: str, n: object, lang: str) -> str:
    """One part of a length of time such as a sentence ("3 years", "1 year"); a unit this
    version does not know (from a newer one) as it came."""
    words = report_words(lang)
    pattern = words.get(f"term.{unit}.one") if n == 1 else None
    pattern = pattern or words.get(f"term.{unit}")
    return pattern.format(n=n) if pattern else f"{n} {unit}"


# ---- formats --------------------------------------------------------------------------

CSV_COLUMNS = (
    "trial",
    "case_number",
    "hearing_date",
    "time_local",
    "time_zone",
    "at_utc",
    "end_utc",
    "seconds",
    "duration",
    "observer",
    "category",
    "code",
    "condition",
    "severity",
    "parties",
    "court_response",
    "details",
    "text",
    "quote",
    "source",
    "standards",
    "annotations",
    # The "Sentence and restrictions" section's rows (after the observations') fill these
    # too; an observation's row says "observation" in the first and leaves the rest empty.
    "section",
    "defendant",
    "date",
    "start_date",
    "end_date",
    "state",
    "days_left",
    "outcome",
    "detention_days",
)


class CsvSection(StrEnum):
    """What a row of a report's CSV is (its ``section`` column)."""

    OBSERVATION = "observation"
    SENTENCE = "sentence"  # an element of a defendant's sentence
    PROCEEDING = "proceeding"  # what followed it


def csv_rows(report: TrialReport) -> list[dict[str, str]]:
    """Rows for people and spreadsheets alike: labels in the report's language, except the
    ``code`` column and the whole ``seconds`` (beside ``duration``, the same for reading).
    The observations first, then each defendant's sentence elements and proceedings."""
    rows = _observation_rows(report)
    for defendant in report.sentence_and_restrictions:
        rows += [_element_row(report, defendant.defendant, e) for e in defendant.elements]
        rows += [_proceeding_row(report, defendant.defendant, p) for p in defendant.proceedings]
    return rows


def _observation_rows(report: TrialReport) -> list[dict[str, str]]:
    words = report_words(report.options.lang)
    return [
        dict.fromkeys(CSV_COLUMNS, "")
        | {
            "trial": report.title,
            "case_number": "; ".join(report.case_numbers),
            "hearing_date": e.hearing_date,
            "time_local": e.time,
            "time_zone": e.tz,
            "at_utc": e.at_utc,
            "end_utc": e.end_utc or "",
            "seconds": str(e.seconds) if e.seconds is not None else "",
            "duration": e.duration,
            "observer": e.observer,
            "category": e.category,
            "code": e.code,
            "condition": e.condition,
            "severity": e.severity,
            "parties": e.parties,
            "court_response": e.court_response,
            "details": e.details,
            "text": e.text,
            "quote": words["yes"] if e.quote else "",
            "source": e.source,
            "standards": "; ".join(e.standards),
            "annotations": "; ".join(annotation_text(a, words) for a in e.annotations),
            "section": CsvSection.OBSERVATION,
        }
        for e in report.entries
    ]


def _element_row(report: TrialReport, defendant: str, e: ReportSentenceElement) -> dict[str, str]:
    words = report_words(report.options.lang)
    details = (
        (words["activities"], ", ".join(e.activity_labels)),
        (words["amount"], e.amount),
        (words["court"], e.judgment_court),
        (words["judgment"], e.judgment_date),
        (words["term"], e.term),
        (words["notes"], e.notes),
    )
    return dict.fromkeys(CSV_COLUMNS, "") | {
        "trial": report.title,
        "case_number": "; ".join(report.case_numbers),
        "observer": e.recorded_by,
        "code": e.element,
        "condition": e.element_label,
        "details": "; ".join(f"{k}: {v}" for k, v in details if v),
        "text": e.wording,
        "quote": words["yes"] if e.wording else "",
        "standards": "; ".join(e.standards),
        "annotations": "; ".join(record_annotation_text(a, words) for a in e.annotations),
        "section": CsvSection.SENTENCE,
        "defendant": defendant,
        "date": e.judgment_date,
        "start_date": e.start_date,
        "end_date": e.end_date,
        "state": e.status,
        "days_left": "" if e.days_left is None else str(e.days_left),
    }


def _proceeding_row(report: TrialReport, defendant: str, p: ReportProceeding) -> dict[str, str]:
    """A proceeding's row: the court's answer (verbatim) is its text; the request, also
    verbatim, is among its details."""
    words = report_words(report.options.lang)
    return dict.fromkeys(CSV_COLUMNS, "") | {
        "trial": report.title,
        "case_number": "; ".join(report.case_numbers),
        "hearing_date": p.hearing_date,
        "observer": p.recorded_by,
        "code": p.proceeding_type,
        "condition": p.type_label,
        "details": "; ".join(proceeding_details(p, words, report.options.lang)),
        "text": p.answer,
        "quote": words["yes"] if p.answer else "",
        "annotations": "; ".join(record_annotation_text(a, words) for a in p.annotations),
        "section": CsvSection.PROCEEDING,
        "defendant": defendant,
        "date": p.date,
        "outcome": p.outcome_label,
        "detention_days": str(p.detention_days) if p.detention_days else "",
    }


def proceeding_details(p: ReportProceeding, words: Mapping[str, str], lang: str) -> list[str]:
    """What a reader needs of a proceeding besides its type, date and outcome, a line each;
    the request quoted (verbatim), in the quotation marks of ``lang``, the words'."""
    conduct = " — ".join(x for x in (p.conduct_label, p.conduct_detail) if x)
    details = (
        (words["concerns"], p.concerns),
        (words["deadline"], p.deadline),
        (words["heard"], p.hearing_date),
        (words["brought_by"], p.brought_by),
        (words["conduct"], conduct),
        (words["situation"], p.situation_label),
        (words["request"], f"{quoted(p.request, lang)} ({words['quote']})" if p.request else ""),
        (words["notes"], p.notes),
    )
    return [f"{k}: {v}" for k, v in details if v]


def annotation_text(annotation: ReportAnnotation, words: Mapping[str, str]) -> str:
    """Another observer's revision of an observation, in a line, under their name."""
    if annotation.deleted:
        return words["annotation_deleted"].format(who=annotation.observer, reason=annotation.reason)
    return words["annotation"].format(who=annotation.observer, text=annotation.text)


def record_annotation_text(annotation: ReportAnnotation, words: Mapping[str, str]) -> str:
    """Another observer's revision of a sentence element or proceeding, in a line, under
    their name: what they would change, never the record's words."""
    if annotation.deleted:
        return words["record_annotation_deleted"].format(
            who=annotation.observer, reason=annotation.reason
        )
    return words["record_annotation"].format(who=annotation.observer, text=annotation.text)


def to_csv(reports: Iterable[TrialReport]) -> str:
    """One row per observation, sentence element and proceeding. Cells a spreadsheet would
    run as a formula are defused."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        for row in csv_rows(report):
            writer.writerow({k: defuse_csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def defuse_csv_cell(cell: str) -> str:
    # OWASP's advice against CSV injection: a leading = + - @ (or tab, CR) starts a formula.
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
