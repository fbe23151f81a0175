"""The "Sentence and restrictions" section of a trial's report: per defendant, the
sentence element by element as it stands on the report's day (in force, not yet begun,
ended, and by what), and what followed the judgment in date order (appeals, a court's
answers, violations alleged and punished, pardons, a ban's end), each record under the
name of whoever recorded it and others' revisions of it apart, under theirs.

`reports.trial_report` puts it in the report; `report_updates` lists what changed in it
since a report was issued.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.report_common import (
    Namer,
    ReportAnnotation,
    ReportOptions,
    local_date,
    report_words,
    term_part,
)
from monitor_app.core.languages import quoted
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.records import (
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
    changed_fields,
)
from monitor_app.core.records.search import fold
from monitor_app.core.records.terms import court_zone, term_state, today_in


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


class ChangeKind(StrEnum):
    NEW = "new"
    REVISED = "revised"  # by its author
    WITHDRAWN = "withdrawn"  # deleted by its author
    ANNOTATED = "annotated"  # someone else's revision of it: theirs, never the record's


@dataclass(frozen=True)
class ReportChange:
    """One change since the report updated. ``fields`` are (field, before, after), in the
    update's language; for an annotation, "before" is the record as its author has it."""

    received_utc: str  # when it reached this vault
    change: str  # a ChangeKind
    change_label: str
    section: str  # `CsvSection.SENTENCE` or `CsvSection.PROCEEDING`
    defendant: str
    what: str  # the element or proceeding, in words
    record_id: str  # "" in a public update
    by: str  # whose revision: the record's author, or the annotator's
    fields: tuple[tuple[str, str, str], ...] = ()
    reason: str = ""  # why it was withdrawn (or an annotator would delete it)


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
    return local_date(hearing.scheduled_start, hearing.tz) if hearing else ""


def term_text(years: int, months: int, days: int, lang: str) -> str:
    """A term as the report's language writes it ("5 years 6 months")."""
    return " ".join(
        term_part(unit, n, lang)
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


def record_annotation_text(annotation: ReportAnnotation, words: Mapping[str, str]) -> str:
    """Another observer's revision of a sentence element or proceeding, in a line, under
    their name: what they would change, never the record's words."""
    if annotation.deleted:
        return words["record_annotation_deleted"].format(
            who=annotation.observer, reason=annotation.reason
        )
    return words["record_annotation"].format(who=annotation.observer, text=annotation.text)
