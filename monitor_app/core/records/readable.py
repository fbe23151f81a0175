"""Sorting stored records into those a reader can show and those it cannot.

A vault may hold a record whose values break the rules of `value_checks`: written by an
older version (before the rules), or by hand with sqlite3 and the keys. Every reader (the
notebook's lists, the coordinator's index, and through it the dashboard, the timelines and
the reports) takes records through `sort_readable`, so such a record is set aside and
shown as `Unreadable`, and everything else is shown as it is: one bad record never takes a
screen or a report down.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.value_checks import check_revision_values


@dataclass(frozen=True)
class Unreadable:
    """A record left out of what readers show, and why (``problem``: its code and params)."""

    record_id: str
    kind: str
    author: str
    parent_id: str | None
    problem: ValidationError


def sort_readable(heads: Iterable[Revision]) -> tuple[list[Revision], list[Unreadable]]:
    """``heads`` split into those whose values keep the rules and those that do not."""
    readable: list[Revision] = []
    unreadable: list[Unreadable] = []
    for head in heads:
        problem = values_problem(head) or misfiled(head)
        if problem is None:
            readable.append(head)
        else:
            unreadable.append(
                Unreadable(head.record_id, head.kind, head.author, head.parent_id, problem)
            )
    return readable, unreadable


def values_problem(revision: Revision) -> ValidationError | None:
    """Why ``revision``'s values cannot be shown, or None when they can."""
    try:
        check_revision_values(revision.kind, revision.body, revision.tz)
    except ValidationError as problem:
        return problem
    return None


def misfiled(revision: Revision) -> ValidationError | None:
    """A record filed (its ``parent_id``, a clear column) under another record than the
    one its values name: readers choose a trial's records by where they are filed, so such
    a record would show under one trial when every record is read and under none when
    its trial is (`RevisionStore.read_trials`). Only a hand-made or hostile record is; an
    import still takes one of the kinds older than that rule (`revision_checks`), and
    readers set it aside."""
    body, kind = revision.body, revision.kind
    if kind in ("trial", "attachment"):
        return None
    if kind == "observation":
        named = body.get("hearing_id") or body.get("trial_id")
    elif kind == "checklist":
        named = body.get("hearing_id")
    else:  # a hearing, the aftermath, the coordinators' records: under their trial
        named = body.get("trial_id")
    if revision.parent_id == named:
        return None
    return ValidationError("record-misfiled", kind=kind)
