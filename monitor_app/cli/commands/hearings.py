"""Hearing commands: add, edit, postpone, list, show (with its totals)."""

from __future__ import annotations

import argparse
import dataclasses

from monitor_app.cli.options import HEARING_EDIT_OPTIONS, HEARING_OPTIONS, given, require_changes
from monitor_app.cli.output import (
    emit,
    hearing_table,
    listed,
    local,
    note_unreadable,
    print_fields,
    record_json,
    revision_line,
    saved,
    section,
)
from monitor_app.cli.session import Session
from monitor_app.core.records import timeutil
from monitor_app.core.records.durations import format_duration


def cmd_hearing_add(args: argparse.Namespace, session: Session) -> None:
    tz = args.tz or timeutil.local_zone_name()
    values = given(args, HEARING_OPTIONS, tz)
    values.pop("tz", None)
    start, mode = values.pop("scheduled_start"), values.pop("mode")
    hearing = session.notebook().add_hearing(args.trial, start, mode, tz, **values)
    print(hearing.id)


def cmd_hearing_edit(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    changes = given(args, HEARING_OPTIONS + HEARING_EDIT_OPTIONS, args.tz or hearing.tz)
    require_changes(changes)
    saved(notebook.update_hearing(hearing.id, **changes))


def cmd_hearing_postpone(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    next_date = timeutil.parse_instant(args.next, hearing.tz) if args.next else None
    saved(
        notebook.postpone_hearing(
            hearing.id, args.reason, args.requested_by or "", next_date, args.status
        )
    )


def cmd_hearing_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    trial_id = notebook.get_trial(args.trial).id
    hearings = notebook.list_hearings(trial_id)
    note_unreadable(notebook.unreadable("hearing", trial_id))
    emit(args, lambda: [record_json(h) for h in hearings], lambda: hearing_table(hearings))


def cmd_hearing_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    totals = notebook.hearing_totals(hearing.id)
    h, tz = hearing, hearing.tz

    def human() -> None:
        print_fields(
            [
                ("ID", h.id),
                ("Trial", h.trial_id),
                ("Scheduled", local(h.scheduled_start, tz)),
                ("Scheduled end", local(h.scheduled_end, tz)),
                ("Actual start", local(h.actual_start, tz)),
                ("Actual end", local(h.actual_end, tz)),
                ("Status", h.status),
                ("Type", h.hearing_type),
                ("Mode", h.mode),
                ("Platform", h.platform),
                ("Venue", h.venue),
                ("Judges", listed(h.judges)),
                ("Prosecutor", h.prosecutor),
                ("Defence", listed(h.defence_counsel)),
                ("Language", h.language),
                ("Interpreter", h.interpreter),
                ("Your attendance", h.attendance),
                ("Postponed because", h.postponement_reason),
                ("Requested by", h.postponement_requested_by),
                ("Next date", local(h.next_date, tz)),
                ("Notes", h.notes),
                ("Revision", revision_line(h)),
            ]
        )
        section("Totals")
        print_fields(
            [
                ("Logged", str(totals.entries)),
                ("Intervals", f"{totals.intervals} ({totals.open_intervals} still open)"),
                ("Participation lost", format_duration(totals.seconds_lost)),
                (
                    "The defendant could not follow",
                    format_duration(totals.seconds_defendant_could_not_follow),
                ),
                (
                    "The court went on regardless",
                    format_duration(totals.seconds_continued_regardless),
                ),
            ]
        )

    emit(
        args,
        lambda: {"hearing": record_json(h), "totals": dataclasses.asdict(totals)},
        human,
    )
