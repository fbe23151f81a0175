"""The coordinator's view across cases: every restriction a sentence imposed, in every
trial of the vault, with whom it binds and the days of detention for alleged violations;
as a table, JSON or a CSV file, public (people and trials numbered) or private."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from datetime import UTC, date, datetime, time

from monitor_app.cli.common import CliError
from monitor_app.cli.files import write_private_file
from monitor_app.cli.output import emit, note_unreadable, print_table, section
from monitor_app.cli.session import Session
from monitor_app.core.coordination.coordinator_data import overview_index
from monitor_app.core.coordination.restrictions import (
    RestrictionFilter,
    RestrictionOptions,
    RestrictionsView,
    restriction_words,
    restrictions,
    restrictions_csv,
    unreadable_aftermath,
)
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.textsafe import one_line

# A day given with --on is taken at its noon, UTC: the same day in every court's zone from
# UTC-12 to UTC+11.
NOON = time(12, 0, tzinfo=UTC)
COLUMNS = (
    "PERSON",
    "TRIAL",
    "COUNTRY",
    "TYPE",
    "ACTIVITIES",
    "START",
    "END",
    "DAYS LEFT",
    "STATE",
    "DETAINED",
)


def when(day: str | None) -> datetime:
    """The moment the figures are for: noon (UTC) of ``day`` ("YYYY-MM-DD"), else now."""
    if not day:
        return utc_now()
    try:
        return datetime.combine(date.fromisoformat(day), NOON)
    except ValueError:
        raise CliError(f"--on takes a date such as 2026-11-24, not {one_line(day)!r}.") from None


def cmd_restrictions(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    index = overview_index(notebook.vault, notebook.taxonomy)
    keep = RestrictionFilter(
        element=args.type or "", country=args.country or "", in_force_only=args.in_force
    )
    options = RestrictionOptions(lang=args.lang, public=args.public)
    view = restrictions(index, keep, options, when(args.on))
    note_unreadable(unreadable_aftermath(index.unreadable))
    if args.csv is not None:
        write_private_file(args.csv, restrictions_csv(view).encode("utf-8"), overwrite=args.force)
        kind = "public" if args.public else "private"
        print(
            f"Wrote {len(view.rows)} restriction(s) as {kind} CSV to {one_line(str(args.csv))}.",
            file=sys.stderr,
        )
        return
    emit(args, view.to_json, lambda: _print(view))


def _print(view: RestrictionsView) -> None:
    lang = view.options.lang
    words = restriction_words(lang)
    vocabulary = load_aftermath_vocabulary()
    print_table(
        COLUMNS,
        (
            (
                r.person,
                r.trial,
                r.country,
                r.element_label,
                ", ".join(r.activity_labels),
                r.start,
                r.end,
                "" if r.days_left is None else r.days_left,
                words[f"state.{r.state}"]
                + (f" ({vocabulary.label('proceedings', r.ended_by, lang)})" if r.ended_by else ""),
                r.detention_days or "",
            )
            for r in view.rows
        ),
    )
    for title, counts in (
        ("By type", {vocabulary.label("elements", k, lang): n for k, n in view.by_type.items()}),
        ("By country", view.by_country),
        ("By end year", view.by_end_year),
    ):
        _counts(title, counts)
    section("Days of detention for alleged violations")
    print_table(
        ("PERSON", "TRIAL", "DAYS", "VIOLATIONS"),
        ((d.person, d.trial, d.days, d.violations) for d in view.detention),
        indent="  ",
    )


def _counts(title: str, counts: Mapping[str, int]) -> None:
    section(title)
    print_table(("", "COUNT"), counts.items(), indent="  ")
