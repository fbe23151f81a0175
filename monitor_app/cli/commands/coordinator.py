"""The coordinator's commands: observers, trial links, the timeline and hearing sessions
across observers, the dashboard and reports."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from monitor_app.cli.commands.stages import issued_report
from monitor_app.cli.common import CliError
from monitor_app.cli.files import write_private_file
from monitor_app.cli.output import emit, local, note_unreadable, print_table, section, utc
from monitor_app.cli.session import Session
from monitor_app.core.coordination.coordinator_data import current_dashboard
from monitor_app.core.coordination.event_decisions import left_out
from monitor_app.core.coordination.index import CoordinatorIndex, Observed, TimelineFilter
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    ReportDocument,
    annex_path,
    report_documents,
    update_document,
)
from monitor_app.core.coordination.report_updates import trial_update, update_csv
from monitor_app.core.coordination.reports import DOCUMENT_FORMATS, to_csv, trial_report
from monitor_app.core.coordination.trial_links import TrialLinks, suggest_links
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.durations import format_duration
from monitor_app.core.records.taxonomy import label
from monitor_app.core.records.timeutil import local_zone_name, parse_instant
from monitor_app.core.records.totals import count_entries
from monitor_app.core.sync.contacts import MIN_ID_PREFIX, Contacts
from monitor_app.core.textsafe import one_line


def cmd_observers(args: argparse.Namespace, session: Session) -> None:
    # From the chains as last verified: no revision decrypted unless they changed.
    statuses = observer_statuses(session.notebook().vault)
    emit(
        args,
        lambda: [dataclasses.asdict(s) | {"chain_ok": s.chain_ok} for s in statuses],
        lambda: print_table(
            ("ID", "NAME", "BUNDLES", "LAST", "GAPS", "CHAIN", "QUARANTINED"),
            (
                (
                    s.author[:8],
                    s.name + ("" if s.is_contact else " (you)" if not s.bundles else ""),
                    s.bundles,
                    utc(s.last_bundle_utc) if s.last_bundle_utc else "",
                    "; ".join(s.gaps) or "none",
                    "ok" if s.chain_ok else f"{len(s.chain_problems)} problem(s)",
                    s.quarantined,
                )
                for s in statuses
            ),
        ),
    )


def cmd_contacts_real_name(args: argparse.Namespace, session: Session) -> None:
    contacts = Contacts(session.notebook().vault)
    contact = contacts.set_real_name(contacts.find(args.id).author, args.name)
    print(
        f"Noted a real name for {one_line(contact.name)}. Reports show it only when asked "
        "to (--real-names), and never in a public report.",
        file=sys.stderr,
    )


def cmd_trial_links(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    links = TrialLinks(notebook.vault)
    trials = {t.id: t for t in notebook.list_trials()}
    existing = links.all()
    suggestions = suggest_links(list(trials.values()), existing)

    def title(trial_id: str) -> str:
        return trials[trial_id].title if trial_id in trials else "(deleted)"

    def human() -> None:
        section("Linked")
        print_table(
            ("TRIAL", "TITLE", "TRIAL", "TITLE"),
            ((k.first, title(k.first), k.second, title(k.second)) for k in existing),
        )
        section("Suggested (link with: trial link ID ID)")
        print_table(
            ("TRIAL", "TITLE", "TRIAL", "TITLE", "WHY"),
            (
                (s.first.id, s.first.title, s.second.id, s.second.title, s.reason)
                for s in suggestions
            ),
        )

    emit(
        args,
        lambda: {
            "links": [dataclasses.asdict(k) for k in existing],
            "suggestions": [
                {"first": s.first.id, "second": s.second.id, "reason": s.reason}
                for s in suggestions
            ],
        },
        human,
    )


def cmd_trial_link(args: argparse.Namespace, session: Session) -> None:
    TrialLinks(session.notebook().vault).link(args.first, args.second)
    print("Linked: the two trials now report as one, under either id.", file=sys.stderr)


def cmd_trial_unlink(args: argparse.Namespace, session: Session) -> None:
    TrialLinks(session.notebook().vault).unlink(args.first, args.second)
    print("Unlinked.", file=sys.stderr)


def _entry_json(entry: Observed, names: dict[str, str]) -> dict[str, Any]:
    o = entry.observation
    return {
        "id": o.id,
        "trial_id": o.trial_id,
        "hearing_id": o.hearing_id,
        "observer": names.get(entry.observer, entry.observer[:8]),
        "observer_id": entry.observer,
        "category": entry.category,
        "code": o.code,
        "severity": o.severity,
        "at": o.at,
        "end": o.end,
        "text": o.text,
    }


def cmd_trial_timeline(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.id)
    index, names = reading.index, reading.names
    by_name = {name.casefold(): author for author, name in names.items()}
    observers = set()
    for wanted in args.observer or ():
        author = by_name.get(wanted.casefold()) or next(
            (a for a in names if len(wanted) >= MIN_ID_PREFIX and a.startswith(wanted)), None
        )
        if author is None:
            raise CliError(f"No observer {wanted!r}. See 'observers'.")
        observers.add(author)
    keep = TimelineFilter(
        categories=frozenset(args.category or ()),
        severities=frozenset(args.severity or ()),
        observers=frozenset(observers),
        hearings=frozenset(args.hearing or ()),
    )
    entries = index.timeline(args.id, keep)
    note_unreadable(index.unreadable)

    def human() -> None:
        print_table(
            ("AT", "OBSERVER", "CONDITION", "SEVERITY", "TEXT"),
            (
                (
                    local(e.at, e.hearing.tz if e.hearing else "UTC"),
                    names.get(e.observer, e.observer[:8]),
                    f"{e.observation.code} — {_item_label(index, e)}",
                    e.severity or "",
                    one_line(e.observation.text, 50),
                )
                for e in entries
            ),
        )

    emit(args, lambda: [_entry_json(e, names) for e in entries], human)


def _item_label(index: CoordinatorIndex, entry: Observed) -> str:
    try:
        return label(index.taxonomy.item(entry.observation.code).label)
    except UnknownCode:  # a code from a newer taxonomy
        return ""


def cmd_trial_sessions(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.id)
    index, names = reading.index, reading.names
    sessions = index.sessions(args.id)
    note_unreadable(index.unreadable)

    def who(author: str) -> str:
        return names.get(author, author[:8])

    # Side by side as events (one rule: `event_decisions`): who recorded each, who present
    # did not, and where it stands after the coordinators' decisions.
    events = reading.events.of_group(index.group(args.id).key)
    rejected = left_out(events)
    data: list[dict[str, Any]] = []
    for s in sessions:
        totals = index.session_totals(s, leave_out=rejected)
        data.append(
            {
                "key": s.key,
                "date": s.date,
                "hearings": sorted(s.ids),
                "observers": [who(o) for o in sorted(s.observers)],
                "seconds_lost": totals.seconds_lost,
                "seconds_defendant_could_not_follow": totals.seconds_defendant_could_not_follow,
                "seconds_continued_regardless": totals.seconds_continued_regardless,
                "events": [
                    {
                        "id": e.id,
                        "label": e.label,
                        "codes": list(e.event.codes),
                        "start": e.event.start,
                        "seen_by": list(e.event.seen_by),
                        "recorded_by": [who(o) for o in e.event.recorded_by],
                        "not_recorded_by": [
                            who(o) for o in e.event.present if o not in e.event.recorded_by
                        ],
                        "state": e.state.value,
                    }
                    for e in events
                    if e.session == s.key
                ],
                "checklist_disagreements": [
                    {
                        "question": row.question,
                        "answers": {who(o): a.answer for o, a in row.answers.items()},
                    }
                    for row in index.checklists(s)
                    if row.disagreement
                ],
            }
        )

    def human() -> None:
        for item in data:
            section(
                f"{item['date']}: {', '.join(item['observers'])} — "
                f"participation lost {format_duration(item['seconds_lost'])}, "
                "the defendant could not follow "
                f"{format_duration(item['seconds_defendant_could_not_follow'])}, "
                "the court went on regardless "
                f"{format_duration(item['seconds_continued_regardless'])}"
            )
            print_table(
                ("EVENT", "AT", "CONDITIONS", "SEEN BY", "NOT BY", "STATE"),
                (
                    (
                        d["label"] or "—",
                        utc(d["start"]),
                        ", ".join(d["codes"]),
                        "{} of {}".format(*d["seen_by"]),
                        ", ".join(d["not_recorded_by"]),
                        d["state"],
                    )
                    for d in item["events"]
                ),
                indent="  ",
            )
            for d in item["checklist_disagreements"]:
                answers = ", ".join(f"{k}: {v}" for k, v in d["answers"].items())
                print(f"  checklist {d['question']}: {answers}")

    emit(args, lambda: data, human)


def cmd_dashboard(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    dashboard = current_dashboard(notebook.vault, notebook.taxonomy)
    note_unreadable(dashboard.unreadable)

    def human() -> None:
        print(
            f"{dashboard.entries} in {dashboard.trials} trial(s): {dashboard.events} event(s), "
            "each counted once however many observers recorded it"
            + (f"; {dashboard.rejected} rejected, counted nowhere" if dashboard.rejected else "")
        )
        for title, counts in (
            ("Events by category", dashboard.by_category),
            ("Events by country", dashboard.by_country),
            ("Events by month (UTC)", dashboard.by_month),
        ):
            section(title)
            print_table(("", "COUNT"), counts.items(), indent="  ")
        section("Participation lost by hearing session")
        print_table(
            ("", "LOST"),
            (
                (
                    f"{dashboard.group_titles.get(key, '')} {key.partition(':')[2]}",
                    format_duration(s),
                )
                for key, s in dashboard.seconds_lost_by_session.items()
            ),
            indent="  ",
        )

    emit(args, lambda: dataclasses.asdict(dashboard), human)


def cmd_report(args: argparse.Namespace, session: Session) -> None:
    if args.format is None or args.out is None:
        raise CliError("Give --format and --out FILE (or a command: issue, stages).")
    if not args.trial and not args.all:
        raise CliError("Give --trial ID (or --all for every trial).")
    if args.all and args.format in DOCUMENT_FORMATS:
        raise CliError(
            f"A {args.format.upper()} is one trial's report: give --trial ID (or use csv or json)."
        )
    if args.annex == "separate" and args.format not in DOCUMENT_FORMATS:
        raise CliError("The annex goes in a file of its own in a PDF or DOCX only.")
    if args.update_since is not None and args.standard:
        raise CliError("An update covers the whole sentence section: leave out --standard.")
    kind = "public" if args.public else "private"
    if args.stage:
        staged = issued_report(args, session)
        _write_report(args, [staged], to_csv, report_documents)
        print(
            f"Wrote the {kind} {args.format.upper()} of the {args.stage} stage as issued "
            f"{staged.generated_utc} to {one_line(str(args.out))}{_annex_note(args)}.",
            file=sys.stderr,
        )
        return
    reading = session.reading(None if args.all else args.trial)
    index = reading.index
    options = ReportOptions(
        lang=args.lang, public=args.public, real_names=args.real_names, standard=args.standard or ""
    )
    keys = [g.key for g in index.trial_groups()] if args.all else [args.trial]
    note_unreadable(index.unreadable)
    if args.update_since is not None:
        since = parse_instant(args.update_since, local_zone_name())
        updates = [
            trial_update(index, key, reading.statuses, reading.importer, options, since=since)
            for key in keys
        ]
        _write_report(args, updates, update_csv, lambda u: [update_document(u)])
        changes = sum(len(u.changes) for u in updates)
        print(
            f"Wrote a {kind} {args.format.upper()} update ({len(updates)} trial(s), "
            f"{changes} change(s) since {updates[0].since_utc}) to {one_line(str(args.out))}.",
            file=sys.stderr,
        )
        return
    reports = [
        trial_report(index, key, reading.statuses, reading.importer, options) for key in keys
    ]
    _write_report(args, reports, to_csv, report_documents)
    entries = count_entries(e.code for r in reports for e in r.entries)
    print(
        f"Wrote a {kind} {args.format.upper()} report "
        f"({len(reports)} trial(s), {entries}) to {one_line(str(args.out))}{_annex_note(args)}.",
        file=sys.stderr,
    )


def _annex_note(args: argparse.Namespace) -> str:
    if args.annex != "separate":
        return ""
    return f", its annex to {one_line(str(annex_path(args.out)))}"


class _Written(Protocol):
    """A report or an update: what `_write_report` needs of it."""

    @property
    def title(self) -> str: ...

    def to_json(self) -> dict[str, Any]: ...


_Report = TypeVar("_Report", bound=_Written)


def _write_report(
    args: argparse.Namespace,
    items: Sequence[_Report],
    as_csv: Callable[[Sequence[_Report]], str],
    as_documents: Callable[..., list[ReportDocument]],
) -> None:
    """Reports (or updates) in the format asked for, to the file asked for (and, with
    ``--annex separate``, the annex to a file beside it)."""
    if args.format == "csv":
        data = as_csv(items).encode("utf-8")
    elif args.format == "json":
        payload: Any = [r.to_json() for r in items] if args.all else items[0].to_json()
        data = (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        separate = getattr(args, "annex", "same") == "separate"
        documents = (
            as_documents(items[0], separate_annex=True) if separate else as_documents(items[0])
        )
        if args.format == "docx":
            from monitor_app.render.docx import docx_bytes as render
        else:
            from monitor_app.render.pdf import pdf_bytes as render  # Qt only for a PDF
        files = [render(document, items[0].title) for document in documents]
        if len(files) > 1:
            write_private_file(annex_path(args.out), files[1], overwrite=args.force)
        data = files[0]
    write_private_file(args.out, data, overwrite=args.force)
