"""Output: JSON, aligned tables and label/value blocks, times in the record's local zone,
records as JSON, and the tables several commands share. Untrusted text is made safe here."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from monitor_app.core.records import timeutil
from monitor_app.core.records.durations import format_duration
from monitor_app.core.records.readable import Unreadable
from monitor_app.core.records.records import TIME_FIELDS, Hearing, Observation, Record
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.totals import interval_seconds
from monitor_app.core.textsafe import one_line, scrub

KIND_WORDS = {
    "observation": "note",
    "checklist": "checklist answer",
    "sentence": "sentence element",
}
EMPTY = "—"
TEXT_CELL_CHARS = 50


# ---- printing -------------------------------------------------------------------------


def print_json(value: Any) -> None:
    # ensure_ascii: every control, bidi and non-ASCII character is a \u escape.
    print(json.dumps(value, indent=2, ensure_ascii=True, default=str))


def _display_width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], indent: str = "") -> None:
    cells = [[one_line(str(cell)) for cell in row] for row in rows]
    if not cells:
        print(f"{indent}(none)")
        return
    table = [[one_line(h) for h in headers], *cells]
    widths = [max(_display_width(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        padded = [cell + " " * (widths[i] - _display_width(cell)) for i, cell in enumerate(row)]
        print(indent + "  ".join(padded).rstrip())


def print_fields(pairs: Iterable[tuple[str, Any]]) -> None:
    """Label/value lines, aligned; empty values are left out; multi-line values indented."""
    shown = [(name, str(value)) for name, value in pairs if value not in (None, "", ())]
    width = max((_display_width(name) for name, _ in shown), default=0)
    for name, value in shown:
        first, *rest = scrub(value, keep_newlines=True).split("\n")
        print(f"{name}{' ' * (width - _display_width(name))}  {first}")
        for line in rest:
            print(" " * (width + 2) + line)


def section(title: str) -> None:
    print(f"\n{title}")


def note_unreadable(unreadable: Sequence[Unreadable] | int) -> None:
    """Say, on stderr (stdout stays what --json promises), which records were left out
    because their stored values break the rules; given only a count, how many."""
    count = unreadable if isinstance(unreadable, int) else len(unreadable)
    if not count:
        return
    print(f"{count} record(s) could not be read and are left out:", file=sys.stderr)
    for record in () if isinstance(unreadable, int) else unreadable:
        why = one_line(str(record.problem))
        print(f"  unreadable {record.kind} {record.record_id[:8]}: {why}", file=sys.stderr)


def emit(args: argparse.Namespace, data: Callable[[], Any], human: Callable[[], None]) -> None:
    """The result: ``data()`` as JSON with --json, else ``human()`` prints it for people."""
    if args.json:
        print_json(data())
    else:
        human()


# ---- rendering values -----------------------------------------------------------------


def local(utc_text: str | None, tz: str, *, with_zone: bool = True) -> str:
    """A stored UTC instant as the clock in the hearing's zone showed it."""
    if not utc_text:
        return ""
    shown = timeutil.in_zone(utc_text, tz).strftime("%Y-%m-%d %H:%M")
    return f"{shown} {tz}" if with_zone else shown


def utc(utc_text: str) -> str:
    return utc_text[:19].replace("T", " ") + " UTC"


def listed(values: Iterable[str]) -> str:
    return "; ".join(values)


def record_tz(record: Record) -> str:
    if isinstance(record, Hearing):
        return record.tz
    return record.revision.tz if record.revision else "UTC"


def lasted(observation: Observation, now: datetime) -> str:
    """How long an interval lasted (so far, if still open), as every surface writes it."""
    seconds = interval_seconds(observation, now)
    return format_duration(seconds) if seconds is not None else ""


# ---- records as JSON ------------------------------------------------------------------


def with_local(data: dict[str, Any], tz: str) -> dict[str, Any]:
    """Add ``local``: each stored UTC time of ``data`` as ISO-8601 in ``tz``."""
    times = {
        key: timeutil.in_zone(data[key], tz).isoformat()
        for key in TIME_FIELDS
        if isinstance(data.get(key), str) and data[key]
    }
    if times:
        data["local"] = {"tz": tz, **times}
    return data


def revision_json(revision: Revision) -> dict[str, Any]:
    return {
        "rev_id": revision.rev_id,
        "number": revision.number,
        "author": revision.author,
        "created_utc": revision.created_utc,
        "tz": revision.tz,
        "deleted": revision.deleted,
        "reason": revision.reason,
    }


def record_json(record: Record) -> dict[str, Any]:
    data: dict[str, Any] = {"id": record.id, "kind": record.KIND, **record.to_body()}
    if record.revision is not None:
        data["revision"] = revision_json(record.revision)
    return with_local(data, record_tz(record))


# ---- records for people ---------------------------------------------------------------


def revision_line(record: Record) -> str:
    rev = record.revision
    if rev is None:
        return ""
    return f"#{rev.number}, {utc(rev.created_utc)}, by {rev.author[:8]}"


def saved(record: Record) -> None:
    kind = KIND_WORDS.get(record.KIND, record.KIND)
    number = record.revision.number if record.revision else "?"
    print(f"Saved {kind} {record.id} (revision {number}).")


def hearing_table(hearings: Sequence[Hearing]) -> None:
    print_table(
        ("ID", "START", "MODE", "TYPE", "STATUS", "VENUE/PLATFORM"),
        (
            (
                h.id,
                local(h.scheduled_start, h.tz),
                h.mode,
                h.hearing_type,
                h.status,
                h.venue or h.platform,
            )
            for h in hearings
        ),
    )


def note_table(observations: Sequence[Observation], tz: str) -> None:
    now = timeutil.utc_now()
    print_table(
        ("ID", f"AT ({tz})", "END", "LASTED", "CODE", "SEVERITY", "TEXT"),
        (
            (
                o.id,
                local(o.at, tz, with_zone=False),
                "open" if o.is_open else local(o.end, tz, with_zone=False),
                lasted(o, now),
                o.code,
                o.severity or "",
                one_line(o.text, TEXT_CELL_CHARS),
            )
            for o in observations
        ),
    )
