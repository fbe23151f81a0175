"""Findings by standard from the command line: a trial's findings (`findings`), each standard
its events bear on with its figures, the events cited and the assessors' texts under their
names; and the same figures across trials by country and period (`figures`), as a table,
JSON or a CSV file (docs/findings.md)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from monitor_app.cli.common import CliError
from monitor_app.cli.output import emit, local, note_unreadable, print_table, section
from monitor_app.cli.session import Session
from monitor_app.core.coordination.coordinator_data import current_programme
from monitor_app.core.coordination.figures_across import (
    UNKNOWN_COUNTRY,
    FiguresAcross,
    Grouping,
    PeriodLength,
    figures_from_tallies,
    write_figures_csv,
)
from monitor_app.core.coordination.findings import (
    AssessorText,
    NumberedEvent,
    StandardFindings,
    TrialFindings,
    figure_label,
    figure_text,
    findings_words,
    load_findings,
    seen_by_text,
)
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.textsafe import one_line, scrub


def add_findings_commands(b: Any, commands: Any) -> None:
    """`findings` and `figures` (``b``: the parser's builder of leaf commands)."""
    findings = b.leaf(
        commands,
        "findings",
        cmd_findings,
        "a trial's findings by standard: figures from events, events cited, assessments",
        output=True,
        lang=True,
    )
    findings.add_argument(
        "--trial", required=True, metavar="ID", help="the trial (a linked trial: either id)"
    )
    figures = b.leaf(
        commands,
        "figures",
        cmd_figures,
        "the findings' figures across trials, by country and period",
        output=True,
        lang=True,
    )
    figures.add_argument(
        "--by",
        choices=[g.value for g in Grouping],
        default=Grouping.BOTH.value,
        help="one row per country, per period, or per both (default both)",
    )
    figures.add_argument(
        "--period",
        choices=[p.value for p in PeriodLength],
        default=PeriodLength.YEAR.value,
        help="a period is a year or a quarter of the hearing's local date (default year)",
    )
    figures.add_argument(
        "--country", metavar="CC", help=f"only this country ({UNKNOWN_COUNTRY}: none)"
    )
    figures.add_argument(
        "--csv", type=Path, metavar="FILE", help="write the figures as CSV to FILE"
    )
    figures.add_argument("--force", action="store_true", help="replace FILE if it exists")


# ---- findings -----------------------------------------------------------------------------


def cmd_findings(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    index = reading.index
    key = index.group(args.trial).key
    found = load_findings(
        reading.vault, index, key, events=reading.events.of_group(key), names=reading.names
    )
    note_unreadable(index.unreadable)
    if found.assessments_unreadable:
        print(
            f"{found.assessments_unreadable} assessment revision(s) could not be read and "
            "are left out.",
            file=sys.stderr,
        )
    emit(args, found.to_json, lambda: _print_findings(found, index.taxonomy, args.lang))


def _print_findings(found: TrialFindings, taxonomy: Taxonomy, lang: str) -> None:
    words = findings_words(lang)
    print(one_line(found.title))
    print(
        words["hearings_summary"].format(
            hearings=found.hearings, held=found.held, called_off=found.called_off
        )
    )
    for standard in found.standards:
        _print_standard(standard, words, lang)
    section(words["events"])
    print_table(
        ("EVENT", "TIME", "CONDITIONS", "SEEN BY", "STANDARDS"),
        (
            (
                n.label,
                _span(n),
                "; ".join(_condition(taxonomy, code, lang) for code in n.event.codes),
                seen_by_text(n.event, lang),
                ", ".join(n.standards),
            )
            for n in found.events
        ),
        indent="  ",
    )


def _print_standard(standard: StandardFindings, words: Any, lang: str) -> None:
    section(standard.standard)
    print_table(
        ("FIGURE", "VALUE", "EVENTS"),
        (
            (figure_label(f.key, lang), figure_text(f, lang), _labels(f.events))
            for f in standard.figures
        ),
        indent="  ",
    )
    if not standard.assessments:
        print(f"  {words['not_assessed']}")
    for text in standard.assessments:
        _print_assessor(text, words, lang)


def _print_assessor(text: AssessorText, words: Any, lang: str) -> None:
    name = one_line(text.name) or words["unnamed"].format(id=text.author[:8])
    concern = words.get(f"concern.{text.concern}", one_line(text.concern, 40))
    heading = words["assessed_by"].format(name=name)
    print(f"  {'(comment) ' if text.comment else ''}{heading}: {concern}")
    for line in scrub(text.reasoning, keep_newlines=True).splitlines():
        print(f"    {line}")
    if text.events:
        print(f"    {words['relied_on'].format(events=_labels(text.events))}")
    if text.events_not_found:
        print(f"    {words['earlier_grouping'].format(count=text.events_not_found)}")


def _labels(numbers: tuple[int, ...]) -> str:
    return ", ".join(f"E{n}" for n in numbers)


def _span(numbered: NumberedEvent) -> str:
    event = numbered.event
    start = local(event.start, numbered.tz)
    if not event.end or event.end == event.start:
        return start
    end = local(event.end, numbered.tz, with_zone=False)
    if end[:10] == start[:10]:  # the same day: its time is enough
        end = end[11:]
    return f"{start[:16]}\u2013{end} {numbered.tz}"


def _condition(taxonomy: Taxonomy, code: str, lang: str) -> str:
    try:
        return label(taxonomy.item(code).label, lang)
    except UnknownCode:
        return one_line(code, 60)


# ---- figures across trials ------------------------------------------------------------------


def cmd_figures(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    programme = current_programme(notebook.vault, notebook.taxonomy)
    view = figures_from_tallies(
        programme.sittings,
        notebook.taxonomy,
        Grouping(args.by),
        PeriodLength(args.period),
        args.country or "",
        unreadable=programme.unreadable,
    )
    note_unreadable(programme.unreadable)
    if args.csv is not None:
        target: Path = args.csv
        if target.is_dir():
            raise CliError(f"{target} is a folder; give a file name.")
        if os.path.lexists(target) and not args.force:
            raise CliError(f"{target} already exists; use --force to replace it.")
        write_figures_csv(target, view, args.lang)
        print(
            f"Wrote the figures of {len(view.rows)} row(s) as CSV to {one_line(str(target))}.",
            file=sys.stderr,
        )
        return
    emit(args, view.to_json, lambda: _print_figures(view, args.lang))


def _print_figures(view: FiguresAcross, lang: str) -> None:
    words = findings_words(lang)
    for row in view.rows:
        country = row.country or words["all"]
        if row.country == UNKNOWN_COUNTRY:
            country = words["unknown_country"]
        period = row.period or words["all"]
        section(f"{country} · {period} · trials: {row.trials}")
        print_table(
            ("FIGURE", "VALUE"),
            ((figure_label(f.key, lang), figure_text(f, lang)) for f in row.figures),
            indent="  ",
        )
