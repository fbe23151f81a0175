"""A trial report as a document to print: headings, paragraphs, lists and tables, in the
order a reader meets them. `report_document` builds it from a `TrialReport`;
`monitor_app.render.pdf` lays it out and paints it page by page.

Every text here is plain text, scrubbed of controls and split into lines where the record
broke its lines. There is no markup at all, so nothing from a record can become markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from monitor_app.core.coordination.report_common import ReportAnnotation, report_words
from monitor_app.core.coordination.report_sentences import (
    ChangeKind,
    DefendantSentence,
    ReportChange,
    ReportProceeding,
    ReportSentenceElement,
    proceeding_details,
    record_annotation_text,
)
from monitor_app.core.coordination.report_summary import ReportEvent, event_ref
from monitor_app.core.coordination.report_updates import TrialUpdate, change_fields_text
from monitor_app.core.coordination.reports import ReportEntry, TrialReport, annotation_text
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.languages import quoted
from monitor_app.core.textsafe import one_line, scrub


class Span(NamedTuple):
    """A run of text in one style; never holds a line break. (A tuple: a report has
    hundreds of thousands, and a tuple is the quickest to make.)"""

    text: str
    bold: bool = False
    italic: bool = False


Line = tuple[Span, ...]  # one line as written; printing may wrap it
Text = tuple[Line, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 the report, 2 its title, 3 a section, 4 a group in one (a date, a standard)
    text: str


@dataclass(frozen=True)
class Paragraph:
    lines: Text


@dataclass(frozen=True)
class BulletList:
    items: tuple[Line, ...]


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # share of the table's width
    nowrap: bool = False  # widened to fit its longest line rather than wrapped


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Text, ...], ...]  # a Text per column


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page (the annex)."""


Block = Heading | Paragraph | BulletList | Table | PageBreak


@dataclass(frozen=True)
class ReportDocument:
    blocks: tuple[Block, ...]
    page_footer: str  # with {page} and {pages}, in the report's language
    lang: str = ""  # the language of its words ("en", "ru", "kk"), "" when not known
    # When the report was made (UTC, "YYYY-MM-DDTHH:MM:SSZ"): the time the files give as
    # theirs, so the same report always makes the same file; "" for the time of writing.
    made_utc: str = ""


def text(value: object, bold: bool = False, italic: bool = False) -> Text:
    """``value`` as lines of one style, scrubbed; no lines at all when it is empty."""
    written = scrub(str(value), keep_newlines=True)
    if not written:
        return ()
    return tuple((Span(line, bold, italic),) if line else () for line in written.split("\n"))


@cycle_collector_paused()  # hundreds of thousands of tuples, none in a cycle
def report_documents(report: TrialReport, *, separate_annex: bool = False) -> list[ReportDocument]:
    """The report as the PDF shows it, in the report's language: the body (the summary,
    what changed since the earlier stage, the findings by standard, the hearings, the
    delay, the sentence, the provenance), then the annex (the events, the chronology of
    observations, the checklists) on a new page; or, with ``separate_annex``, the body and
    the annex as two documents."""
    words = report_words(report.options.lang)
    body = _opening(report, words, words["report"] if report.stage is None else "")
    body += _summary_blocks(report, words)
    body += _changes_blocks(report, words)
    body += _findings_blocks(report, words)
    body += _hearings_blocks(report, words)
    body += sentence_blocks(
        report.sentence_and_restrictions, report.generated_utc, report.options.lang
    )
    body += _provenance_blocks(report, words)
    annex = _annex_blocks(report, words)
    footer, lang, made = words["page_of"], report.options.lang, report.generated_utc
    if not separate_annex:
        blocks = [*body, PageBreak(), _heading(2, words["annex_heading"]), *annex]
        return [ReportDocument(tuple(blocks), footer, lang, made)]
    body.append(Paragraph(text(words["annex_apart"], italic=True)))
    opening = _opening(report, words, words["annex_heading"])
    return [
        ReportDocument(tuple(body), footer, lang, made),
        ReportDocument(tuple(opening + annex), footer, lang, made),
    ]


def annex_path(report_file: Path) -> Path:
    """Where a report's annex goes when it has a file of its own: beside the report,
    "report.pdf" beside "report-annex.pdf"."""
    return report_file.with_name(f"{report_file.stem}-annex{report_file.suffix}")


def report_document(report: TrialReport) -> ReportDocument:
    """The report as one document: its body, then its annex on a new page."""
    (document,) = report_documents(report)
    return document


def _opening(report: TrialReport, words: Mapping[str, str], heading: str) -> list[Block]:
    """The title, whether it is public, and the trial's facts; an issued stage's title is
    the stage ("Preliminary report")."""
    stage = report.stage
    blocks: list[Block] = [
        _heading(1, heading or (stage.stage_label if stage else words["report"])),
        _heading(2, report.title),
        Paragraph(
            text(words["public"] if report.options.public else words["private"], italic=True)
        ),
    ]
    if report.unreadable:
        blocks.append(
            Paragraph(text(words["unreadable"].format(count=report.unreadable), bold=True))
        )
    issued = ""
    if stage is not None:
        key = "stage_value" if stage.issue == 1 else "stage_reissued"
        issued = words[key].format(
            stage=stage.stage_label,
            date=stage.issued_utc.replace("T", " "),
            who=stage.issued_by,
            issue=stage.issue,
        )
    facts = (
        (words["also_recorded_as"], "; ".join(report.other_titles)),
        (words["case"], "; ".join(report.case_numbers)),
        (words["court"], "; ".join(report.courts)),
        (words["country"], "; ".join(report.countries)),
        (words["defendants"], "; ".join(report.defendants)),
        (words["charges"], "; ".join(report.charges)),
        (words["observers"], "; ".join(report.observers)),
        (words["stage"], issued),
        (
            words["made_from"],
            words["made_from_value"].format(count=stage.records, digest=stage.snapshot_sha256[:16])
            if stage is not None
            else "",
        ),
        (words["generated"], report.generated_utc.replace("T", " ")),
    )
    blocks.append(_facts(facts))
    return blocks


def _summary_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    """The summary: the coordinator's words (an issued stage's), the figures, the concern
    on each standard, the conclusions with the grade, and the recommendations."""
    summary = report.summary
    if summary is None:
        return []
    blocks: list[Block] = [_heading(3, words["summary"])]
    if summary.text:
        blocks.append(Paragraph(text(summary.text)))
        if report.stage is not None:
            line = words["written_by"].format(who=report.stage.issued_by)
            blocks.append(Paragraph(text(line, italic=True)))
    figures = (
        (
            words["hearings"],
            words["sum_hearings"].format(
                hearings=summary.hearings,
                held=summary.held,
                postponed=summary.called_off,
                observed=summary.observed,
            ),
        ),
        (words["minutes_lost"], summary.lost),
        (
            words["events"],
            words["sum_events"].format(
                events=summary.events,
                corroborated=summary.corroborated,
                observations=summary.observations,
            ),
        ),
    )
    blocks.append(_facts(figures))
    if summary.concerns:
        blocks.append(_heading(4, words["concerns_by_standard"]))
        blocks.append(
            _table(
                (
                    Column(words["standard"], 0.45),
                    Column(words["concern"], 0.35),
                    Column(words["events"], 0.20, nowrap=True),
                ),
                (
                    (text(c.standard), text(c.concern_label, bold=bool(c.concern)), text(c.events))
                    for c in summary.concerns
                ),
            )
        )
    blocks.append(_heading(4, words["grade"]))
    if summary.grade:
        line = words["grade_value"].format(code=summary.grade, label=summary.grade_label)
        blocks.append(Paragraph(text(line, bold=True) + text(summary.grade_definition)))
    else:
        blocks.append(Paragraph(text(words["no_grade"])))
    if summary.conclusions:
        blocks.append(_heading(4, words["conclusion"]))
    for conclusion in summary.conclusions:
        key = "conclusion_comment" if conclusion.comment else "concluded_by"
        who = words[key].format(who=conclusion.concluded_by, date=conclusion.written_utc[:10])
        cell = text(conclusion.conclusion)
        if conclusion.comment and conclusion.grade and conclusion.grade != summary.grade:
            cell += text(words["comment_grade"].format(grade=conclusion.grade))
        blocks.append(Paragraph(cell + text(who, italic=True)))
        if conclusion.recommendations:
            blocks.append(Paragraph(text(words["recommendations"], bold=True)))
            blocks.append(Paragraph(text(conclusion.recommendations)))
    return blocks


def _changes_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    """What changed since the earlier stage: figures, concerns and grade then and now,
    the new events, and the changes to the sentence and what followed."""
    changes = report.changes
    if changes is None:
        return []
    blocks: list[Block] = [
        _heading(3, changes.since_label),
        Paragraph(text(words["compared_since"].format(date=changes.since_utc.replace("T", " ")))),
    ]
    rows = [*changes.figures, *changes.concerns]
    if changes.grade is not None:
        rows.append(changes.grade)
    if rows:
        blocks.append(
            _table(
                (
                    Column(words["what"], 0.50),
                    Column(words["then"], 0.25),
                    Column(words["now"], 0.25),
                ),
                ((text(r.what), text(r.then), text(r.now, bold=True)) for r in rows),
            )
        )
    if changes.new_events:
        refs = ", ".join(event_ref(n) for n in changes.new_events)
        line = words["new_events"].format(count=len(changes.new_events), refs=refs)
        blocks.append(Paragraph(text(line)))
    if changes.sentence:
        blocks.append(Paragraph(text(words["sentence"], bold=True)))
        blocks.append(_sentence_changes_table(changes.sentence, words))
    if not rows and not changes.new_events and not changes.sentence:
        blocks.append(Paragraph(text(words["none"])))
    return blocks


def _findings_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    """Each standard: its figures, the events cited by number, each assessor's words."""
    blocks: list[Block] = [_heading(3, words["by_standard"])]
    if not report.findings:
        blocks.append(Paragraph(text(words["none"])))
    for finding in report.findings:
        blocks.append(_heading(4, finding.standard))
        blocks.append(_facts(finding.figures))
        if finding.events:
            refs = ", ".join(event_ref(n) for n in finding.events)
            line = words["finding_events"].format(count=len(finding.events), refs=refs)
            blocks.append(Paragraph(text(line)))
        if not finding.assessments:
            blocks.append(Paragraph(text(words["not_assessed"], italic=True)))
        for a in finding.assessments:
            cell = text(words["concern_line"].format(concern=a.concern_label), bold=True)
            cell += text(a.reasoning)
            if a.events:
                refs = ", ".join(event_ref(n) for n in a.events)
                cell += text(words["relied_on"].format(refs=refs))
            if a.events_missing:
                cell += text(words["relied_missing"].format(count=a.events_missing))
            key = "assessment_comment" if a.comment else "assessed_by"
            line = words[key].format(who=a.assessed_by, date=a.written_utc[:10])
            blocks.append(Paragraph(cell + text(line, italic=True)))
    return blocks


def _hearings_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    blocks: list[Block] = [_heading(3, words["hearings"])]
    blocks.append(
        _table(
            (
                Column(words["date"], 0.12, nowrap=True),
                Column(words["type"], 0.12),
                Column(words["mode"], 0.11),
                Column(words["status"], 0.11),
                Column(words["observers"], 0.18),
                # Durations never wrap: "1 h 05 min 12 s" split over two lines misreads.
                Column(words["minutes_lost"], 0.12, nowrap=True),
                Column(words["could_not_follow"], 0.12, nowrap=True),
                Column(words["continued"], 0.12, nowrap=True),
            ),
            (
                (
                    text(s.date),
                    text(s.hearing_type_label),
                    text(s.mode_label),
                    text(s.status_label),
                    text("; ".join(s.observers)),
                    text(s.lost),
                    text(s.could_not_follow),
                    text(s.continued),
                )
                for s in report.sessions
            ),
        )
    )
    blocks += (_heading(3, words["delay"]), Paragraph(text(report.delay)))
    if report.postponements:
        blocks.append(
            _table(
                (
                    Column(words["date"], 0.15, nowrap=True),
                    Column(words["reason"], 0.45),
                    Column(words["requested_by"], 0.25),
                    Column(words["next_date"], 0.15, nowrap=True),
                ),
                ((text(d), text(r), text(b), text(n)) for d, r, b, n in report.postponements),
            )
        )
    return blocks


def _provenance_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    return [
        _heading(3, words["provenance"]),
        _table(
            (
                Column(words["observer"], 0.25),
                Column(words["bundles"], 0.10),
                Column(words["details"], 0.65),
            ),
            (
                (
                    text(p.observer),
                    text(p.bundles),
                    text(p.integrity) + text(", ".join(b[:8] for b in p.bundle_ids)),
                )
                for p in report.provenance
            ),
        ),
    ]


def _annex_blocks(report: TrialReport, words: Mapping[str, str]) -> list[Block]:
    """The events, the chronology of observations (each numbered: what the events and
    the findings cite) and the checklists."""
    lang = report.options.lang
    blocks: list[Block] = []
    if report.events:
        blocks.append(_heading(3, words["events_heading"]))
        blocks.append(Paragraph(text(words["events_note"])))
        columns = (
            Column(words["event"], 0.12, nowrap=True),
            Column(words["condition"], 0.26),
            Column(words["recorded_by_col"], 0.24),
            Column(words["observations_col"], 0.13),
            Column(words["differences"], 0.25),
        )
        for date, events in itertools.groupby(report.events, key=lambda e: e.session_date):
            blocks.append(_heading(4, date))
            blocks.append(_table(columns, (_event_row(e, words) for e in events)))
    blocks.append(_heading(3, words["chronology"]))
    if not report.entries:
        blocks.append(Paragraph(text(words["none"])))
    else:
        zones = ", ".join(dict.fromkeys(x.tz for x in report.entries))
        blocks.append(Paragraph(text(words["times_note"].format(zones=zones))))
        columns = (
            Column(words["time"], 0.12, nowrap=True),
            Column(words["observer"], 0.16),
            Column(words["condition"], 0.22),
            Column(words["details"], 0.35),
            Column(words["standards"], 0.15, nowrap=True),
        )
        # Each entry's number is what the events cite.
        numbered = ((x.number, x) for x in report.entries)
        for date, entries in itertools.groupby(numbered, key=lambda nx: nx[1].hearing_date):
            blocks.append(_heading(4, date))
            blocks.append(
                _table(
                    columns,
                    (
                        (
                            text(f"#{n}\n" + x.time.replace(" ", "\n", 1)),
                            text(x.observer),
                            _condition_cell(x, words),
                            _details_cell(x, words, lang),
                            text("\n".join(s for s in x.standards if s.startswith("ICCPR"))),
                        )
                        for n, x in entries
                    ),
                )
            )
    if any(s.checklist for s in report.sessions):
        blocks.append(_heading(3, words["checklists"]))
        for s in report.sessions:
            if not s.checklist:
                continue
            blocks.append(_heading(4, s.date))
            blocks.append(
                _table(
                    (Column(words["question"], 0.55), Column(words["observers"], 0.45)),
                    (
                        (
                            _question_cell(q, disagree, words),
                            tuple(
                                line for who, answer in answers for line in text(f"{who}: {answer}")
                            ),
                        )
                        for q, answers, disagree in s.checklist
                    ),
                )
            )
    return blocks


def _event_row(event: ReportEvent, words: Mapping[str, str]) -> tuple[Text, ...]:
    """An event as its table shows it, under its sitting's date: its number and times,
    its conditions and span, who recorded it of those present, its observations by their
    numbers in the chronology, and where its observers differ."""
    span = event.time.partition(" ")[2]
    if event.end_time:
        span += f"\u2013{event.end_time}"  # an en dash between the two times
    condition = text("\n".join(event.conditions), bold=True)
    if event.duration:
        condition += text(words["event_span"].format(duration=event.duration))
    return (
        text(f"{event_ref(event.number)}\n{span}"),
        condition,
        text(event.seen_by, bold=event.recorded > 1) + text("; ".join(event.recorded_by)),
        text(", ".join(f"#{n}" for n in event.entries)),
        text("\n".join(event.differences)) + text("\n".join(event.decisions), italic=True),
    )


def update_document(update: TrialUpdate) -> ReportDocument:
    """An update to a report as the PDF shows it: what changed since the report it
    updates, then the sentence and what followed as they stand on the update's day."""
    words = report_words(update.options.lang)
    since, day = update.since_utc.replace("T", " "), update.generated_utc.replace("T", " ")
    blocks: list[Block] = [
        _heading(1, words["update"]),
        _heading(2, update.title),
        Paragraph(
            text(words["public"] if update.options.public else words["private"], italic=True)
        ),
        Paragraph(text(words["update_note"].format(date=day, since=since))),
    ]
    if update.unreadable:
        blocks.append(
            Paragraph(text(words["unreadable"].format(count=update.unreadable), bold=True))
        )
    facts = (
        (words["case"], "; ".join(update.case_numbers)),
        (words["court"], "; ".join(update.courts)),
        (words["country"], "; ".join(update.countries)),
        (words["defendants"], "; ".join(update.defendants)),
        (words["observers"], "; ".join(update.observers)),
        (words["updates_report_of"], since),
        (words["generated"], day),
    )
    blocks.append(_facts(facts))
    blocks.append(_heading(3, words["changes_since"].format(since=since)))
    if not update.changes:
        blocks.append(Paragraph(text(words["none"])))
    else:
        blocks.append(_sentence_changes_table(update.changes, words))
    blocks += sentence_blocks(
        update.sentence_and_restrictions, update.generated_utc, update.options.lang
    )
    return ReportDocument(
        tuple(blocks), words["page_of"], update.options.lang, update.generated_utc
    )


def _sentence_changes_table(changes: Iterable[ReportChange], words: Mapping[str, str]) -> Table:
    """Changes to the sentence and what followed, a row each: when it became known, whom
    it concerns, what changed, under the name of whose revision it is."""
    return _table(
        (
            Column(words["received"], 0.14, nowrap=True),
            Column(words["defendant"], 0.16),
            Column(words["change"], 0.26),
            Column(words["details"], 0.44),
        ),
        (
            (
                text(c.received_utc.replace("T", "\n", 1)),
                text(c.defendant),
                text(c.change_label, bold=True)
                + text(c.what)
                + text(words["recorded_by"].format(who=c.by), italic=True),
                _change_cell(c, words),
            )
            for c in changes
        ),
    )


def sentence_blocks(
    section: tuple[DefendantSentence, ...], generated_utc: str, lang: str
) -> list[Block]:
    """The "Sentence and restrictions" section, in ``lang``: for each defendant, the
    sentence element by element, then what followed in date order, then the days of
    detention for alleged violations. Nothing at all before a verdict is recorded."""
    if not section:
        return []
    words = report_words(lang)
    blocks: list[Block] = [
        _heading(3, words["sentence"]),
        Paragraph(text(words["sentence_note"].format(date=_as_of(section, generated_utc)))),
    ]
    for defendant in section:
        blocks.append(_heading(4, defendant.defendant))
        if defendant.elements:
            blocks.append(
                _table(
                    (
                        Column(words["element"], 0.24),
                        Column(words["judgment_and_term"], 0.27),
                        Column(words["wording"], 0.34),
                        Column(words["standards"], 0.15, nowrap=True),
                    ),
                    (
                        (
                            _element_cell(e, words),
                            _term_cell(e, words),
                            _wording_cell(e, words, lang),
                            text("\n".join(e.standards)),
                        )
                        for e in defendant.elements
                    ),
                )
            )
        if defendant.proceedings:
            blocks.append(Paragraph(text(words["what_followed"], bold=True)))
            blocks.append(
                _table(
                    (
                        Column(words["date"], 0.13, nowrap=True),
                        Column(words["what"], 0.27),
                        Column(words["details"], 0.60),
                    ),
                    (
                        (
                            text(p.date),
                            _proceeding_cell(p, words),
                            _proceeding_details_cell(p, words, lang),
                        )
                        for p in defendant.proceedings
                    ),
                )
            )
        if defendant.detention_days:
            line = words["detention_total"].format(days=defendant.detention_days)
            blocks.append(Paragraph(text(line, bold=True)))
    if sum(1 for d in section if d.detention_days) > 1:
        days = sum(d.detention_days for d in section)
        blocks.append(Paragraph(text(words["detention_all"].format(days=days), bold=True)))
    return blocks


def _facts(facts: Iterable[tuple[str, str]]) -> Paragraph:
    """ "Name: value" lines, the names bold; those without a value left out."""
    return Paragraph(
        tuple((Span(one_line(f"{k}:"), bold=True), Span(" " + one_line(v))) for k, v in facts if v)
    )


def _as_of(section: tuple[DefendantSentence, ...], generated_utc: str) -> str:
    """The day the section's ends and days left are counted on, with its zone: the court's
    day in the court's zone, as each element's countdown takes it (or each such day, when
    the courts are in different zones); the report's UTC date when nothing is counted."""
    days = {(e.as_of, e.tz): None for d in section for e in d.elements if e.as_of}
    return "; ".join(f"{day} ({tz})" for day, tz in days) or f"{generated_utc[:10]} (UTC)"


def _quoted(value: str, words: Mapping[str, str], lang: str) -> str:
    """A verbatim text, in ``lang``'s quotation marks however many lines it has, marked as
    such."""
    return f"{quoted(value, lang)} ({words['quote']})"


def _element_cell(e: ReportSentenceElement, words: Mapping[str, str]) -> Text:
    cell = text(e.element_label, bold=True)
    cell += text("\n".join(e.activity_labels))
    if e.amount:
        cell += text(f"{words['amount']}: {e.amount}")
    return cell + text(words["recorded_by"].format(who=e.recorded_by), italic=True)


def _term_cell(e: ReportSentenceElement, words: Mapping[str, str]) -> Text:
    lines = (
        (words["court"], e.judgment_court),
        (words["judgment"], e.judgment_date),
        (words["start"], e.start_date),
        (words["term"], e.term),
        (words["end"], e.end_date),
    )
    cell = text("\n".join(f"{k}: {v}" for k, v in lines if v))
    return cell + text(e.status, bold=True)


def _wording_cell(e: ReportSentenceElement, words: Mapping[str, str], lang: str) -> Text:
    cell = text(_quoted(e.wording, words, lang)) if e.wording else ()
    cell += text(e.notes)
    return cell + _annotations(e.annotations, words)


def _proceeding_cell(p: ReportProceeding, words: Mapping[str, str]) -> Text:
    cell = text(p.type_label, bold=True) + text(p.outcome_label)
    if p.detention_days:
        cell += text(words["detention_days"].format(days=p.detention_days), bold=True)
    return cell + text(words["recorded_by"].format(who=p.recorded_by), italic=True)


def _proceeding_details_cell(p: ReportProceeding, words: Mapping[str, str], lang: str) -> Text:
    cell = text("\n".join(proceeding_details(p, words, lang)))
    if p.answer:
        # The court's own words: quoted whole, credited to the court by the label.
        cell += text(f"{words['answer']}: {_quoted(p.answer, words, lang)}")
    return cell + _annotations(p.annotations, words)


def _annotations(annotations: Iterable[ReportAnnotation], words: Mapping[str, str]) -> Text:
    """Others' revisions of a record: theirs, under their name, apart from it."""
    return tuple(
        line for a in annotations for line in text(record_annotation_text(a, words), italic=True)
    )


def _change_cell(change: ReportChange, words: Mapping[str, str]) -> Text:
    lines = change_fields_text(change, words)
    if change.reason:
        key = "withdrawn_reason" if change.change == ChangeKind.WITHDRAWN else "reason"
        lines.append(f"{words[key]}: {change.reason}")
    return text("\n".join(lines))


def _heading(level: int, value: str) -> Heading:
    return Heading(level, one_line(value))


def _table(columns: tuple[Column, ...], rows: Iterable[tuple[Text, ...]]) -> Table:
    return Table(
        tuple(Column(one_line(c.heading), c.width, c.nowrap) for c in columns), tuple(rows)
    )


def _condition_cell(x: ReportEntry, words: Mapping[str, str]) -> Text:
    cell = text(x.condition, bold=True) + text(x.category)
    if x.severity:
        cell += text(f"{words['severity']}: {x.severity}")
    if x.duration:
        cell += text(words["duration"].format(duration=x.duration))
    return cell


def _details_cell(x: ReportEntry, words: Mapping[str, str], lang: str) -> Text:
    cell: Text = ()
    if x.parties:
        cell += text(f"{words['parties']}: {x.parties}")
    if x.court_response:
        cell += text(f"{words['court_response']}: {x.court_response}")
    cell += text(x.details)
    if x.text:
        # Quotation marks around the whole of a quoted note, however many lines it has.
        cell += text(_quoted(x.text, words, lang) if x.quote else x.text)
    cell += text(x.source, italic=True)
    # Another observer's revision of the note: theirs, under their name, apart from it.
    return cell + tuple(
        line for a in x.annotations for line in text(annotation_text(a, words), italic=True)
    )


def _question_cell(question: str, disagree: bool, words: Mapping[str, str]) -> Text:
    cell = text(question)
    if not disagree:
        return cell
    mark = Span(f" ({scrub(words['disagree'])})", bold=True)
    *first, last = cell or ((),)
    return (*first, (*last, mark))
