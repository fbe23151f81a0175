"""Note (observation) commands: add, edit, list, show, history."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from typing import Any

from monitor_app.cli.options import NOTE_OPTIONS, Opt, given, require_changes
from monitor_app.cli.output import (
    EMPTY,
    KIND_WORDS,
    TEXT_CELL_CHARS,
    emit,
    listed,
    local,
    note_table,
    print_fields,
    print_table,
    record_json,
    record_tz,
    revision_json,
    revision_line,
    saved,
    section,
    utc,
)
from monitor_app.cli.session import Session
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records import timeutil
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import changed_fields
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.sync.importer import Importer, ReceivedBundle
from monitor_app.core.textsafe import one_line


def _note_parent(notebook: Notebook, args: argparse.Namespace) -> tuple[str, str]:
    """The id and time zone of what a note is about: a hearing, or a trial as a whole."""
    if args.hearing:
        hearing = notebook.get_hearing(args.hearing)
        return hearing.id, hearing.tz
    return notebook.get_trial(args.trial).id, timeutil.local_zone_name()


def _merge_fields(current: Mapping[str, Any], pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``--field KEY=VALUE`` pairs laid over ``current``; ``KEY=`` removes KEY."""
    merged = dict(current)
    for key, value in pairs:
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def _note_values(
    args: argparse.Namespace, options: Iterable[Opt], tz: str, current_fields: Mapping[str, Any]
) -> dict[str, Any]:
    values = given(args, options, tz)
    if "source_detail" in values:
        values["source"] = "reported" if values["source_detail"].strip() else "direct"
    if getattr(args, "fields", None):
        values["fields"] = _merge_fields(current_fields, args.fields)
    return values


def cmd_note_add(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    parent_id, tz = _note_parent(notebook, args)
    values = _note_values(args, NOTE_OPTIONS, tz, {})
    observation = notebook.add_observation(
        parent_id, values.pop("code"), values.pop("at", None), **values
    )
    print(observation.id)


def cmd_note_edit(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    current = notebook.get_observation(args.id)
    values = _note_values(args, NOTE_OPTIONS, record_tz(current), current.fields)
    require_changes(values)
    saved(notebook.update_observation(current.id, **values))


def cmd_note_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    parent_id, tz = _note_parent(notebook, args)
    observations = notebook.list_observations(parent_id)
    emit(
        args,
        lambda: [record_json(o) for o in observations],
        lambda: note_table(observations, tz),
    )


def _code_label(taxonomy: Taxonomy, code: str, lang: str) -> str:
    try:
        return f"{code} — {label(taxonomy.item(code).label, lang)}"
    except UnknownCode:
        return code


def cmd_note_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    o = notebook.get_observation(args.id)
    attachments = notebook.list_attachments(o.id)
    tz = record_tz(o)
    source = f"reported by {o.source_detail}" if o.source == "reported" else o.source

    def human() -> None:
        print_fields(
            [
                ("ID", o.id),
                ("Trial", o.trial_id),
                ("Hearing", o.hearing_id),
                ("Code", _code_label(notebook.taxonomy, o.code, args.lang)),
                ("At", local(o.at, tz)),
                ("End", "still open" if o.is_open else local(o.end, tz)),
                ("Severity", o.severity),
                ("Parties", listed(o.parties)),
                ("Court response", o.court_response),
                ("Source", source),
                ("Quotation", "yes" if o.quote else ""),
                *((f"Field {key}", _brief(value)) for key, value in sorted(o.fields.items())),
                ("Text", o.text),
                ("Revision", revision_line(o)),
            ]
        )
        section("Attachments")
        print_table(
            ("ID", "FILE", "TYPE", "BYTES"),
            ((a.id, a.filename, a.media_type, a.size) for a in attachments),
        )

    emit(
        args,
        lambda: {
            "observation": record_json(o),
            "attachments": [record_json(a) for a in attachments],
        },
        human,
    )


def _brief(value: Any) -> str:
    if value is None or value in ("", [], (), {}):
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return listed(str(v) for v in value)
    return str(value)


def _provenance_json(source: ReceivedBundle | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "bundle_id": source.bundle_id,
        "author_name": source.author_name,
        "seq": source.seq,
        "file_name": source.file_name,
        "imported_utc": source.imported_utc,
        "forwarded_by": source.forwarded_by_name or None,
        "forwarded_utc": source.forwarded_utc or None,
    }


def cmd_note_history(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    revisions = notebook.history(args.id)
    me = notebook.vault.observer_id
    importer = Importer(notebook.vault)
    entries = [
        (rev, changed_fields(previous.body, rev.body) if previous is not None else {})
        for previous, rev in zip([None, *revisions[:-1]], revisions, strict=True)
    ]
    sources = {rev.rev_id: importer.provenance(rev.rev_id) for rev in revisions}

    def human() -> None:
        for rev, changes in entries:
            author = rev.author[:8] + (" (you)" if rev.author == me else "")
            print(
                f"#{rev.number}  {utc(rev.created_utc)}  {local(rev.created_utc, rev.tz)}"
                f"  by {author}"
            )
            source = sources[rev.rev_id]
            if source is not None:
                number = f" (no. {source.seq})" if source.seq else ""
                print(
                    f"    from {one_line(source.author_name)}'s bundle {source.bundle_id[:8]}"
                    f"{number}, imported {utc(source.imported_utc)}"
                )
                if source.forwarded_by:  # came in a forwarded bundle (`sync.forwarded`)
                    print(
                        f"    forwarded by {one_line(source.forwarded_by_name)}"
                        f" on {utc(source.forwarded_utc)}"
                    )
            if rev.deleted:
                print(f"    DELETED — reason: {one_line(rev.reason)}")
            elif rev.number == 1:
                print(f"    created ({KIND_WORDS.get(rev.kind, rev.kind)})")
            for key, (before, after) in changes.items():
                print(
                    f"    {one_line(key)}: {one_line(_brief(before), TEXT_CELL_CHARS)}"
                    f" → {one_line(_brief(after), TEXT_CELL_CHARS)}"
                )
            if not changes and not rev.deleted and rev.number > 1:
                print("    (no change to the content)")

    emit(
        args,
        lambda: [
            {
                **revision_json(rev),
                "base": rev.base,
                "prev_hash": rev.prev_hash,
                "hash": rev.hash,
                "local": timeutil.in_zone(rev.created_utc, rev.tz).isoformat(),
                "changes": {k: {"old": b, "new": a} for k, (b, a) in changes.items()},
                "body": dict(rev.body),
                "provenance": _provenance_json(sources[rev.rev_id]),
            }
            for rev, changes in entries
        ],
        human,
    )
