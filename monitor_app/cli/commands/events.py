"""The coordinator's events: a trial's events as the app grouped them and the coordinators
decided (`events list`, `events show`), and deciding on them (`events confirm`, `reject`,
`annotate`, `split`, `merge`), each decision the coordinator's own record."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any

from monitor_app.cli.output import emit, local, note_unreadable, print_fields, print_table, section
from monitor_app.cli.session import Session
from monitor_app.core.coordination.coordinator_data import CoordinatorReading
from monitor_app.core.coordination.event_decisions import (
    DecidedEvent,
    DecidedEvents,
    decide,
    decision_history,
)
from monitor_app.core.coordination.events import Aspect
from monitor_app.core.coordination.index import Observed
from monitor_app.core.records.records import EventAction
from monitor_app.core.textsafe import one_line

NOTE_CHARS = 60  # of a note, in a table cell


def _who(names: Mapping[str, str], author: str) -> str:
    return names.get(author) or author[:8]


def _tz(event: DecidedEvent) -> str:
    hearing = event.event.members[0].hearing
    return hearing.tz if hearing else "UTC"


def _seen_by(event: DecidedEvent) -> str:
    seen, present = event.event.seen_by
    return f"{seen} of {present}"


def _event_json(event: DecidedEvent, names: Mapping[str, str]) -> dict[str, Any]:
    e = event.event
    return {
        "id": event.id,
        "label": event.label,
        "number": event.number,
        "session": e.session,
        "start": e.start,
        "end": e.end,
        "open": e.open,
        "codes": list(e.codes),
        "category": e.category,
        "state": event.state.value,
        "decided_by": _who(names, event.decided_by) if event.decided_by else "",
        "decided_by_id": event.decided_by,
        "decided_utc": event.decided_utc,
        "joined_since": sorted(event.joined_since),
        "seen_by": list(e.seen_by),
        "recorded_by": [_who(names, o) for o in e.recorded_by],
        "not_recorded_by": [_who(names, o) for o in e.present if o not in e.recorded_by],
        "members": [m.observation.id for m in e.members],
        "notes": [
            {
                "author": _who(names, n.author),
                "author_id": n.author,
                "action": n.action,
                "text": n.text,
                "decided_utc": n.decided_utc,
            }
            for n in event.notes
        ],
    }


def cmd_events_list(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    index, names = reading.index, reading.names
    key = index.group(args.trial).key
    events = reading.events.of_group(key)
    note_unreadable(index.unreadable)

    def human() -> None:
        print_table(
            ("EVENT", "ID", "START", "CONDITIONS", "SEEN BY", "STATE", "NOTES"),
            (
                (
                    e.label or "—",
                    e.id[:12],
                    local(e.event.start, _tz(e)),
                    ", ".join(e.event.codes),
                    _seen_by(e),
                    e.state.value,
                    len(e.notes) or "",
                )
                for e in events
            ),
        )

    emit(args, lambda: [_event_json(e, names) for e in events], human)


def _member_json(entry: Observed, names: Mapping[str, str]) -> dict[str, Any]:
    o = entry.observation
    return {
        "id": o.id,
        "observer": _who(names, entry.observer),
        "observer_id": entry.observer,
        "code": o.code,
        "at": o.at,
        "end": o.end,
        "interval": o.interval,
        "severity": o.severity,
        "court_response": o.court_response,
        "parties": list(o.parties),
        "text": o.text,
    }


def cmd_events_show(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial or None)
    names = reading.names
    event = reading.events.find(args.event, _group(args, reading))
    notebook = session.notebook()
    history = [
        {
            "decision": d.id,
            "author": _who(names, r.author),
            "author_id": r.author,
            "when": r.created_utc,
            "action": str(r.body.get("action", "")),
            "note": str(r.body.get("note", "")),
        }
        for d in event.decisions
        for r in decision_history(notebook, d.id)
        if r.author == d.author  # the decision's own revisions; others' are remarks on it
    ]
    history.sort(key=lambda h: (h["when"], h["decision"]))
    differences = [
        {
            "aspect": d.aspect.value,
            "by_observer": {_who(names, o): list(v) for o, v in d.by_observer.items()},
        }
        for d in event.event.differences
    ]
    data = _event_json(event, names) | {
        "members": [_member_json(m, names) for m in event.event.members],
        "differences": differences,
        "history": history,
    }
    tz = _tz(event)
    since = len(event.joined_since)
    joined = f"{since} observation(s) no one has decided on yet" if since else ""

    def human() -> None:
        e = event.event
        print_fields(
            [
                ("Event", f"{event.label or '— (rejected)'} {event.id}"),
                ("Start", local(e.start, tz)),
                ("End", local(e.end, tz) if e.end else "still open" if e.open else ""),
                ("Conditions", ", ".join(e.codes)),
                ("Seen by", f"{_seen_by(event)}: {', '.join(data['recorded_by'])}"),
                ("Not by", ", ".join(data["not_recorded_by"])),
                ("State", event.state.value),
                ("Decided by", data["decided_by"]),
                ("Joined since", joined),
            ]
        )
        section("Observations")
        print_table(
            ("ID", "OBSERVER", "AT", "END", "CONDITION", "SEVERITY", "COURT", "TEXT"),
            (
                (
                    m["id"][:12],
                    m["observer"],
                    local(m["at"], tz, with_zone=False),
                    local(m["end"], tz, with_zone=False) if m["end"] else "",
                    m["code"],
                    m["severity"] or "",
                    m["court_response"] or "",
                    one_line(m["text"], NOTE_CHARS),
                )
                for m in data["members"]
            ),
            indent="  ",
        )
        if e.differences:
            section("Where they differ")
            for d in e.differences:
                shown = "; ".join(
                    f"{_who(names, o)}: {_aspect_values(d.aspect, v, tz)}"
                    for o, v in d.by_observer.items()
                )
                print(f"  {d.aspect.value}: {one_line(shown)}")
        section("Decisions")
        print_table(
            ("WHEN", "WHO", "ACTION", "NOTE"),
            (
                (local(h["when"], tz), h["author"], h["action"], one_line(h["note"], NOTE_CHARS))
                for h in history
            ),
            indent="  ",
        )

    emit(args, lambda: data, human)


def _aspect_values(aspect: Aspect, values: tuple[str, ...], tz: str) -> str:
    if aspect == Aspect.END and not values:
        return "still open"
    if aspect in (Aspect.START, Aspect.END):
        return ", ".join(local(v, tz, with_zone=False) for v in values)
    return ", ".join(values) or "none given"


def _group(args: argparse.Namespace, reading: CoordinatorReading) -> str:
    """The trial group whose numbers ("E3") name events, if --trial was given."""
    return reading.index.group(args.trial).key if args.trial else ""


def _decide(args: argparse.Namespace, session: Session, action: EventAction) -> None:
    reading = session.reading(args.trial or None)
    events: DecidedEvents = reading.events
    references = list(args.events) if action == EventAction.MERGE else [args.event]
    decision = decide(
        session.notebook(),
        events,
        action,
        references,
        members=getattr(args, "members", None) or (),
        note=args.note or "",
        group=_group(args, reading),
    )
    print(decision.id)
    print(_DONE[action], file=sys.stderr)


_DONE: Mapping[EventAction, str] = {
    EventAction.CONFIRM: "Confirmed: your decision is saved as your own record.",
    EventAction.REJECT: "Rejected: it is counted and cited nowhere (your own record; "
    "confirm it to undo).",
    EventAction.ANNOTATE: "Noted, under your name.",
    EventAction.SPLIT: "Split: those observations are an event of their own.",
    EventAction.MERGE: "Merged into one event.",
}


def cmd_events_confirm(args: argparse.Namespace, session: Session) -> None:
    _decide(args, session, EventAction.CONFIRM)


def cmd_events_reject(args: argparse.Namespace, session: Session) -> None:
    _decide(args, session, EventAction.REJECT)


def cmd_events_annotate(args: argparse.Namespace, session: Session) -> None:
    _decide(args, session, EventAction.ANNOTATE)


def cmd_events_split(args: argparse.Namespace, session: Session) -> None:
    _decide(args, session, EventAction.SPLIT)


def cmd_events_merge(args: argparse.Namespace, session: Session) -> None:
    _decide(args, session, EventAction.MERGE)


def add_event_commands(b: Any, commands: Any) -> None:
    """`events ...`, built with the parser's builder (`parser._Parsers`)."""
    group = b.group(commands, "events", "a trial's events and your decisions on them")
    listing = b.leaf(group, "list", cmd_events_list, "a trial's events, in time order", output=True)
    listing.add_argument("--trial", required=True, metavar="ID", help="the trial's id")
    show = b.leaf(group, "show", cmd_events_show, "an event: its notes side by side", output=True)
    _with_event(show)
    note_help = "a note, kept under your name"
    for name, handler, help_text in (
        ("confirm", cmd_events_confirm, "confirm that these observations are one event"),
        ("reject", cmd_events_reject, "no event: counted and cited nowhere"),
        ("annotate", cmd_events_annotate, "add a note to an event"),
    ):
        leaf = _with_event(b.leaf(group, name, handler, help_text))
        leaf.add_argument("--note", required=name == "annotate", metavar="TEXT", help=note_help)
    split = _with_event(
        b.leaf(
            group,
            "split",
            cmd_events_split,
            "make some of an event's observations one of their own",
        )
    )
    split.add_argument(
        "--members",
        nargs="+",
        required=True,
        metavar="OBS_ID",
        help="the observations to split off (ids, or their first 8+ characters)",
    )
    split.add_argument("--note", metavar="TEXT", help=note_help)
    merge = b.leaf(group, "merge", cmd_events_merge, "make events of one session one event")
    merge.add_argument("events", nargs="+", metavar="EVENT_ID", help="two or more events' ids")
    merge.add_argument("--note", metavar="TEXT", help=note_help)
    _with_trial(merge)


def _with_event(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "event", metavar="EVENT_ID", help="the event's id (its first 8+ characters will do)"
    )
    return _with_trial(parser)


def _with_trial(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--trial", metavar="ID", help="the trial, to name its events by number (E1, E2 ...)"
    )
    return parser
