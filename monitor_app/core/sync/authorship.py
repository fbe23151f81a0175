"""What an import refuses about who revises which record, checked against what the vault
already holds (the stateless checks of each revision are in `revision_checks`).

A record belongs to the author of its first revision (`records.ownership`); anyone else's
revision of it is kept as their annotation and never becomes current, so it need not be
refused. What is refused outright:

- a first revision (number 1) of a record id that already has one: the id belongs to the
  author whose first revision arrived first, and nobody can take it over;
- numbers out of sequence: a first revision names no base, every later one names the
  revision it was edited from, is of the same record and is numbered one more than it,
  and one author's revisions of a record rise along their hash chain.

Each rule holds the bundle's author to their own revisions only: a hostile revision already
held never makes an honest author's bundle refused.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.bundle_format import BundleError


def check_authorship(
    conn: sqlite3.Connection,
    store: RevisionStore,
    new: Sequence[Revision],
    author: str,
    name: str,
) -> None:
    """Refuse (BundleError) the bundle whose ``new`` revisions, by ``author`` (``name`` in
    messages), would take over a record id or break a record's numbering."""
    if not new:
        return
    held = store.of_records(conn, {r.record_id for r in new})
    _check_firsts(held, new, author, name)
    # Bases are looked up wherever they are: one of another record is refused too.
    bases = store.by_ids(conn, {r.base for r in new if r.base} - {r.rev_id for r in held})
    _check_bases([*held, *bases], new, author, name)
    _check_rising(held, new, author, name)


def _unsound(revision: Revision, name: str) -> BundleError:
    return BundleError("revision-number-unsound", seq=revision.author_seq, name=name)


def _check_firsts(
    held: Sequence[Revision], new: Sequence[Revision], author: str, name: str
) -> None:
    """Number 1 and no base go together, and a record has one first revision."""
    firsts = {r.record_id: r for r in held if r.number == 1}
    for revision in new:
        if (revision.number == 1) != (revision.base is None):
            raise _unsound(revision, name)
        if revision.number == 1:
            first = firsts.setdefault(revision.record_id, revision)
            if first is not revision:
                if first.author != author:
                    raise BundleError("record-id-taken", seq=revision.author_seq, name=name)
                raise _unsound(revision, name)


def _check_bases(held: Sequence[Revision], new: Sequence[Revision], author: str, name: str) -> None:
    """Each revision is one more than its base, where the base is here: the bundle's
    revisions, and the author's held ones whose bases arrive only now (bundles may come in
    any order)."""
    by_id = {r.rev_id: r for r in (*held, *new)}
    new_ids = {r.rev_id for r in new}
    for revision in (*new, *(r for r in held if r.author == author and r.base in new_ids)):
        base = by_id.get(revision.base or "")
        if base is not None and (
            base.record_id != revision.record_id or revision.number != base.number + 1
        ):
            raise _unsound(revision, name)


def _check_rising(
    held: Sequence[Revision], new: Sequence[Revision], author: str, name: str
) -> None:
    """One author's revisions of a record rise in number along their hash chain."""
    by_record: dict[str, list[Revision]] = defaultdict(list)
    for revision in (*held, *new):
        if revision.author == author:
            by_record[revision.record_id].append(revision)
    for revisions in by_record.values():
        revisions.sort(key=lambda r: r.author_seq)
        for before, after in pairwise(revisions):
            if after.number <= before.number:
                raise _unsound(after, name)
