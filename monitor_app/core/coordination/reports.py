"""Reports on a trial for advocacy and legal submissions: a summary (the hearings, the
participation lost, the concern on each standard, the grade and its reasoning), the findings
by standard citing the events they rest on (`report_summary`), then, as an annex, the events
and the chronology of observations; with the hearings, the sentence (`report_sentences`),
the observers and the provenance. An issued stage of the report is made from its frozen
snapshot (`stages`).

One report model (`TrialReport`) feeds every format: JSON and CSV here, and the document
(`report_document`) that `monitor_app.render.pdf` prints with Qt. A report includes only
what the coordinator chose: observers appear by pseudonym (or as "Observer 1, 2…" in a
public report); a real name appears only when asked for, in a private report.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from monitor_app.core.coordination.assessment import (
    load_trial_assessment,
    read_trial_assessment,
)
from monitor_app.core.coordination.event_decisions import decided_events
from monitor_app.core.coordination.findings import trial_findings
from monitor_app.core.coordination.index import (
    CoordinatorIndex,
    HearingSession,
    Observed,
    TimelineFilter,
)
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.coordination.report_common import (
    Namer,
    ReportAnnotation,
    ReportOptions,
    choice_label,
    coded_word,
    distinct,
    local_date,
    report_duration,
    report_words,
    standard_rank,
    term_part,
    utc_text,
)
from monitor_app.core.coordination.report_sentences import (
    DefendantSentence,
    ReportProceeding,
    ReportSentenceElement,
    aftermath_records,
    proceeding_details,
    record_annotation_text,
    sentence_section,
)
from monitor_app.core.coordination.report_summary import (
    ChangesSince,
    IssuedFacts,
    ReportEvent,
    ReportFinding,
    ReportStageInfo,
    ReportSummary,
    StageChanges,
    event_ref,
    report_events,
    report_findings,
    report_summary,
)
from monitor_app.core.errors import UnknownCode
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import FieldSpec, Taxonomy, label
from monitor_app.core.records.timeutil import from_utc_text, in_zone, utc_now
from monitor_app.core.records.totals import interval_seconds
from monitor_app.core.sync.importer import Importer

FORMATS = ("pdf", "docx", "csv", "json")
DOCUMENT_FORMATS = ("pdf", "docx")  # laid out for reading: one trial's report each


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


@dataclass(frozen=True)
class ReceivedFacts:
    """Where an author's records in the report came from, fixed when a stage was issued
    (`stages`): the bundles that brought them and when the first and last were imported."""

    bundle_ids: tuple[str, ...] = ()
    first_import_utc: str | None = None
    last_import_utc: str | None = None


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
    # What leads the report (`report_summary`): the summary, the findings by standard, and
    # the numbered events they cite.
    summary: ReportSummary | None = None
    findings: tuple[ReportFinding, ...] = ()
    events: tuple[ReportEvent, ...] = ()
    # An issued stage's (`stages`): which stage, and what changed since the earlier one.
    stage: ReportStageInfo | None = None
    changes: StageChanges | None = None

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@cycle_collector_paused()  # tens of thousands of rows and events, none in a cycle
def trial_report(
    index: CoordinatorIndex,
    trial_id: str,
    statuses: Sequence[ObserverStatus],
    importer: Importer,
    options: ReportOptions | None = None,
    *,
    now: datetime | None = None,
    assessment_revisions: Iterable[Revision] | None = None,
    received: Mapping[str, ReceivedFacts] | None = None,
    issued: IssuedFacts | None = None,
    changes: ChangesSince | None = None,
) -> TrialReport:
    """The report on a trial (and every trial linked to it), as things stand at ``now``.

    The assessors' records are read from ``importer``'s vault unless the revisions to read
    them from are given, and where each author's records came from too unless ``received``
    says it. An issued stage (`stages`) gives both, fixed, and what it was ``issued`` as:
    the report is then as of the time it was issued, and says what ``changes`` since the
    earlier stage."""
    options = options or ReportOptions()
    if issued is not None:
        now = from_utc_text(issued.issued_utc)
    now = now or utc_now()
    words = report_words(options.lang)
    group = index.group(trial_id)
    decided = decided_events(index, trial_id)
    if assessment_revisions is None:
        assessment = load_trial_assessment(
            importer.vault, index, trial_id, events=decided, lang=options.lang
        )
    else:
        assessment = read_trial_assessment(
            assessment_revisions, index, trial_id, events=decided, lang=options.lang
        )
    findings = trial_findings(index, trial_id, events=decided, assessment=assessment)
    name = Namer({s.author: s for s in statuses}, options)
    timeline = index.timeline(trial_id, TimelineFilter())
    if options.standard:
        timeline = index.by_standard(trial_id, options.standard)
    # Whose words the report shows besides the observers': assessors, and coordinators
    # who decided on events or issued the stage.
    others = {line.author for line in assessment.history}
    others.update(d.author for e in decided for d in e.decisions)
    if issued is not None:
        others.add(issued.issued_by)
    observers = report_observers(index, trial_id, statuses, timeline, others)
    for author in observers:  # everyone named (in a public report, numbered) in this order
        name(author)
    recorded = set(report_observers(index, trial_id, statuses, timeline))
    labels = tuple(name(o) for o in observers if o in recorded)  # the observers alone
    entries = tuple(_entry(index, n, e, name, options) for n, e in enumerate(timeline, start=1))
    order = {author: i for i, author in enumerate(observers)}
    sessions = tuple(
        _session(index, s, name, options, order, now=now) for s in index.sessions(trial_id)
    )
    numbers = {e.observation.id: n for n, e in enumerate(timeline, start=1)}
    events = report_events(index, findings, decided, name, options, entry_numbers=numbers)
    found = report_findings(findings, assessment, name, options)
    summary = report_summary(
        index,
        trial_id,
        name,
        options,
        sources=(findings, assessment, decided),
        found=found,
        observations=sum(1 for e in timeline if e.is_finding),
        now=now,
        text=issued.summary if issued else "",
    )
    stage = None
    if issued is not None:
        stage = ReportStageInfo(
            stage=issued.stage,
            stage_label=words.get(f"stage.{issued.stage}", issued.stage),
            issued_utc=issued.issued_utc,
            issued_by=name(issued.issued_by),
            issue=issued.issue,
            records=issued.records,
            snapshot_sha256=issued.snapshot_sha256,
        )
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
            k: tuple(v)
            for k, v in sorted(by_standard.items(), key=lambda i: (standard_rank(i[0]), i[0]))
        },
        delay=words["days"].format(
            days=delay.days_elapsed, held=delay.held, hearings=delay.hearings
        ),
        postponements=tuple(
            (
                local_date(p.scheduled_start, "UTC"),
                p.reason,
                p.requested_by,
                local_date(p.next_date, "UTC") if p.next_date else "",
            )
            for p in delay.postponements
        ),
        provenance=_provenance(statuses, observers, name, options, _received(importer, received)),
        unreadable=len(index.unreadable),
        sentence_and_restrictions=sentence,
        detention_days=sum(d.detention_days for d in sentence),
        summary=summary,
        findings=found,
        events=events,
        stage=stage,
        changes=changes(name, summary, found, decided) if changes else None,
    )


def report_observers(
    index: CoordinatorIndex,
    trial_id: str,
    statuses: Sequence[ObserverStatus],
    timeline: Iterable[Observed],
    others: Iterable[str] = (),
) -> list[str]:
    """Everyone whose words the report shows, in order of pseudonym: they are named (and,
    in a public report, numbered) in this order, before anything else."""
    pseudonyms = {s.author: s.name for s in statuses}
    authors = set(index.group(trial_id).observers)
    authors.update(others)
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
        hearing_date=local_date(e.hearing.scheduled_start, tz) if e.hearing else "",
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
        severity=choice_label(taxonomy.severities, o.severity, lang),
        parties=", ".join(choice_label(taxonomy.parties, p, lang) for p in o.parties),
        court_response=choice_label(taxonomy.court_responses, o.court_response, lang),
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
    *,
    now: datetime,
) -> ReportSession:
    lang = options.lang
    first = session.hearings[0]
    totals = index.session_totals(session, now)
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


def _received(
    importer: Importer, fixed: Mapping[str, ReceivedFacts] | None
) -> Callable[[str], ReceivedFacts]:
    """Where each author's records came from: as fixed at a stage's issue, or every bundle
    received from them."""
    if fixed is not None:
        return lambda author: fixed.get(author, ReceivedFacts())

    def received(author: str) -> ReceivedFacts:
        bundles = importer.received_bundles(author)
        return ReceivedFacts(
            bundle_ids=tuple(b.bundle_id for b in bundles),
            first_import_utc=bundles[0].imported_utc if bundles else None,
            last_import_utc=bundles[-1].imported_utc if bundles else None,
        )

    return received


def _provenance(
    statuses: Sequence[ObserverStatus],
    observers: Sequence[str],
    name: Namer,
    options: ReportOptions,
    received_from: Callable[[str], ReceivedFacts],
) -> tuple[ReportProvenance, ...]:
    words = report_words(options.lang)
    by_author = {s.author: s for s in statuses}
    lines = []
    for author in observers:
        status = by_author.get(author)
        received = received_from(author)
        problems = status.chain_problems if status else ()
        integrity = (
            words["chain_broken"].format(problems="; ".join(problems))
            if problems
            else words["chain_ok"]
            if received.bundle_ids
            else words["own"]
        )
        lines.append(
            ReportProvenance(
                observer=name(author),
                bundles=len(received.bundle_ids),
                first_import_utc=received.first_import_utc,
                last_import_utc=received.last_import_utc,
                integrity=integrity,
                bundle_ids=() if options.public else received.bundle_ids,
            )
        )
    return tuple(lines)


# ---- values ---------------------------------------------------------------------------


def _local_time(utc_text: str, tz: str) -> str:
    return f"{in_zone(utc_text, tz).strftime('%Y-%m-%d %H:%M')} {tz}"


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
        return choice_label(choices, str(value), lang)
    if kind in ("multi", "parties") and isinstance(value, list):
        choices = spec.choices if spec and kind == "multi" else taxonomy.parties
        return ", ".join(choice_label(choices, str(v), lang) for v in value)
    if kind == "bool":
        return report_words(lang)["yes" if value else "no"]
    if kind == "datetime" and isinstance(value, str):
        return _local_time(value, tz)
    if kind == "duration" and isinstance(value, dict):
        return " ".join(term_part(unit, n, lang) for unit, n in value.items() if n)
    return str(value)


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
    # An observation's event ("E12", as the findings cite it); and on every row of an
    # issued stage's report, the stage and when it was issued.
    "event",
    "stage",
    "issued_utc",
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
    if report.stage is not None:
        stage = {"stage": report.stage.stage, "issued_utc": report.stage.issued_utc}
        rows = [row | stage for row in rows]
    return rows


def _observation_rows(report: TrialReport) -> list[dict[str, str]]:
    words = report_words(report.options.lang)
    events = {n: event_ref(e.number) for e in report.events for n in e.entries}
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
            "event": events.get(e.number, ""),
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


def annotation_text(annotation: ReportAnnotation, words: Mapping[str, str]) -> str:
    """Another observer's revision of an observation, in a line, under their name."""
    if annotation.deleted:
        return words["annotation_deleted"].format(who=annotation.observer, reason=annotation.reason)
    return words["annotation"].format(who=annotation.observer, text=annotation.text)


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
