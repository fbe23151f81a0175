"""Outage commands: intervals while someone could not follow or take part."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.options import OUTAGE_START_OPTIONS, given
from monitor_app.cli.output import emit, lasted, note_table, record_json, record_tz, saved
from monitor_app.cli.session import Session
from monitor_app.core.records import timeutil


def cmd_outage_start(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    values = given(args, OUTAGE_START_OPTIONS, hearing.tz)
    observation = notebook.start_interval(hearing.id, args.code, values.pop("at", None), **values)
    print(observation.id)


def cmd_outage_stop(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    current = notebook.get_observation(args.id)
    at = timeutil.parse_instant(args.at, record_tz(current)) if args.at else None
    stopped = notebook.stop_interval(current.id, at, args.court_response)
    saved(stopped)
    print(f"It lasted {lasted(stopped, timeutil.utc_now())}.", file=sys.stderr)


def cmd_outage_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    open_ones = notebook.open_intervals(hearing.id)
    emit(
        args,
        lambda: [record_json(o) for o in open_ones],
        lambda: note_table(open_ones, hearing.tz),
    )
