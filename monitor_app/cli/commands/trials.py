"""Trial commands: add, edit, list, show (with its hearings and the trial's delay)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from typing import Any

from monitor_app.cli.options import TRIAL_OPTIONS, given, require_changes
from monitor_app.cli.output import (
    TEXT_CELL_CHARS,
    emit,
    hearing_table,
    listed,
    local,
    note_unreadable,
    print_fields,
    print_table,
    record_json,
    revision_line,
    saved,
    section,
    with_local,
)
from monitor_app.cli.session import Session
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.totals import TrialDelay
from monitor_app.core.textsafe import one_line


def cmd_trial_add(args: argparse.Namespace, session: Session) -> None:
    values = given(args, TRIAL_OPTIONS, "UTC")
    print(session.notebook().add_trial(values.pop("title"), **values).id)


def cmd_trial_edit(args: argparse.Namespace, session: Session) -> None:
    changes = given(args, TRIAL_OPTIONS, "UTC")
    require_changes(changes)
    saved(session.notebook().update_trial(args.id, **changes))


def cmd_trial_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    trials = notebook.list_trials()
    note_unreadable(notebook.unreadable("trial"))
    emit(
        args,
        lambda: [record_json(t) for t in trials],
        lambda: print_table(
            ("ID", "TITLE", "CASE", "COUNTRY", "COURT", "DEFENDANTS"),
            (
                (
                    t.id,
                    one_line(t.title, TEXT_CELL_CHARS),
                    t.case_number,
                    t.country,
                    t.court,
                    one_line(listed(t.defendants), TEXT_CELL_CHARS),
                )
                for t in trials
            ),
        ),
    )


def _delay_json(delay: TrialDelay, hearings: Sequence[Hearing]) -> dict[str, Any]:
    zones = {h.id: h.tz for h in hearings}
    data = dataclasses.asdict(delay)
    data["postponements"] = [
        with_local(dataclasses.asdict(p), zones.get(p.hearing_id, "UTC"))
        for p in delay.postponements
    ]
    return data


def _print_delay(delay: TrialDelay, hearings: Sequence[Hearing]) -> None:
    zones = {h.id: h.tz for h in hearings}
    section("Delay")
    print_fields(
        [
            ("Hearings", delay.hearings),
            ("Held", delay.held),
            ("First scheduled", local(delay.first_scheduled, hearings[0].tz) if hearings else ""),
            ("Last scheduled", local(delay.last_scheduled, hearings[-1].tz) if hearings else ""),
            ("Days elapsed", delay.days_elapsed),
            ("Postponements", len(delay.postponements)),
        ]
    )
    if delay.postponements:
        print_table(
            ("SCHEDULED", "REASON", "REQUESTED BY", "NEXT DATE", "HEARING"),
            (
                (
                    local(p.scheduled_start, zones[p.hearing_id]),
                    one_line(p.reason, TEXT_CELL_CHARS),
                    p.requested_by,
                    local(p.next_date, zones[p.hearing_id]),
                    p.hearing_id,
                )
                for p in delay.postponements
            ),
            indent="  ",
        )


def cmd_trial_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    trial = notebook.get_trial(args.id)
    hearings = notebook.list_hearings(trial.id)
    note_unreadable(notebook.unreadable("hearing", trial.id))
    delay = notebook.trial_delay(trial.id)

    def human() -> None:
        _print_trial(trial)
        section("Hearings")
        hearing_table(hearings)
        _print_delay(delay, hearings)

    emit(
        args,
        lambda: {
            "trial": record_json(trial),
            "hearings": [record_json(h) for h in hearings],
            "delay": _delay_json(delay, hearings),
        },
        human,
    )


def _print_trial(trial: Trial) -> None:
    print_fields(
        [
            ("ID", trial.id),
            ("Title", trial.title),
            ("Case number", trial.case_number),
            ("Court", trial.court),
            ("Country", trial.country),
            ("Defendants", listed(trial.defendants)),
            ("Charges", listed(trial.charges)),
            ("Notes", trial.notes),
            ("Revision", revision_line(trial)),
        ]
    )
