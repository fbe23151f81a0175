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
from typing import Any

from monitor_app.core.coordination.index import (
    CoordinatorIndex,
    HearingSession,
    Observed,
    TimelineFilter,
)
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.errors import UnknownCode, ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.durations import DurationUnits, format_duration
from monitor_app.core.records.taxonomy import FieldSpec, Taxonomy, label
from monitor_app.core.records.timeutil import in_zone, utc_now
from monitor_app.core.records.totals import interval_seconds
from monitor_app.core.resources import resource_path
from monitor_app.core.sync.importer import Importer

FORMATS = ("pdf", "csv", "json")


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

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class _Namer:
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
) -> TrialReport:
    """The report on a trial (and every trial linked to it)."""
    options = options or ReportOptions()
    words = report_words(options.lang)
    group = index.group(trial_id)
    name = _Namer({s.author: s for s in statuses}, options)
    timeline = index.timeline(trial_id, TimelineFilter())
    if options.standard:
        timeline = index.by_standard(trial_id, options.standard)
    # Named (and, in a public report, numbered) in order of pseudonym, before anything else.
    pseudonyms = {s.author: s.name for s in statuses}
    annotators = {r.author for e in timeline for r in e.annotations}
    observers = sorted(
        {e.observer for e in timeline} | set(group.observers) | annotators,
        key=lambda a: (pseudonyms.get(a, "").casefold(), a),
    )
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
    return TrialReport(
        title=(
            words["annex"].format(standard=options.standard) if options.standard else group.title
        ),
        other_titles=_unique(t.title for t in trials if t.title != group.title),
        trial_ids=() if options.public else tuple(t.id for t in trials),
        case_numbers=_unique(t.case_number for t in trials),
        courts=_unique(t.court for t in trials),
        countries=_unique(t.country for t in trials),
        defendants=_unique(d for t in trials for d in t.defendants),
        charges=_unique(c for t in trials for c in t.charges),
        generated_utc=utc_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
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
    )


def _entry(
    index: CoordinatorIndex, number: int, e: Observed, name: _Namer, options: ReportOptions
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
    name: _Namer,
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
    name: _Namer,
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


# ---- values ---------------------------------------------------------------------------


def _rank(standard: str) -> int:
    """The treaty first, then the Committee's comments and cases, then manuals."""
    for rank, prefix in enumerate(("ICCPR", "GC", "CCPR")):
        if standard.startswith(prefix):
            return rank
    return 3 if " v. " not in standard else 2


def _unique(values: Iterable[str]) -> tuple[str, ...]:
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
    """One part of a length of time such as a sentence ("3 years"); a unit this version
    does not know (from a newer one) as it came."""
    pattern = report_words(lang).get(f"term.{unit}")
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
)


def csv_rows(report: TrialReport) -> list[dict[str, str]]:
    """Rows for people and spreadsheets alike: labels in the report's language, except the
    ``code`` column and the whole ``seconds`` (beside ``duration``, the same for reading)."""
    words = report_words(report.options.lang)
    return [
        {
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
        }
        for e in report.entries
    ]


def annotation_text(annotation: ReportAnnotation, words: Mapping[str, str]) -> str:
    """Another observer's revision of an observation, in a line, under their name."""
    if annotation.deleted:
        return words["annotation_deleted"].format(who=annotation.observer, reason=annotation.reason)
    return words["annotation"].format(who=annotation.observer, text=annotation.text)


def to_csv(reports: Iterable[TrialReport]) -> str:
    """One row per observation. Cells a spreadsheet would run as a formula are defused."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        for row in csv_rows(report):
            writer.writerow({k: _defuse(v) for k, v in row.items()})
    return out.getvalue()


def _defuse(cell: str) -> str:
    # OWASP's advice against CSV injection: a leading = + - @ (or tab, CR) starts a formula.
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
