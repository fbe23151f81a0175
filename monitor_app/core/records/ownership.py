"""Who may revise whose record, and so which revision of a record is current.

A record belongs to the author of its first revision (number 1). Only that author's
revisions can become current or delete it. A revision of it by anyone else (a co-observer's
correction, a coordinator's remark, or a forgery by a contact holding the record's id) is
kept, signed and synced like any other, but never current: it is that author's annotation,
shown and reported under their own name. A record whose first revision is not held (yet)
has no owner and nothing current, whatever else of it arrived: bundles may come in any
order, so who is current never depends on the order they came in.

The observer's own store (`store.RevisionStore`) and the coordinator's index both ask this
module; the store's SQL (`OWNED_ROW`) says the same in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from monitor_app.core.records.revision import Revision, pick_head

# The revisions table's rows that are by the owner of their record: the author of its first
# revision (the earliest of several, in a vault merged before this rule, by time then id,
# as `owner` picks it).
OWNED_ROW = (
    "author = (SELECT r1.author FROM revisions AS r1 "
    "WHERE r1.record_id = revisions.record_id AND r1.number = 1 "
    "ORDER BY r1.created_utc, r1.rev_id LIMIT 1)"
)


def owner(revisions: Iterable[Revision]) -> str | None:
    """The author the record belongs to, or None while its first revision is not held."""
    firsts = [r for r in revisions if r.number == 1]
    if not firsts:
        return None
    return min(firsts, key=lambda r: (r.created_utc, r.rev_id)).author


def current(revisions: Sequence[Revision]) -> Revision | None:
    """The record's current revision (possibly a tombstone): its owner's latest."""
    author = owner(revisions)
    if author is None:
        return None
    return pick_head(r for r in revisions if r.author == author)


def annotations_of(revisions: Sequence[Revision]) -> list[Revision]:
    """Revisions of the record by anyone but its owner, oldest first: kept and shown as
    theirs, never current. Empty while the record has no owner."""
    author = owner(revisions)
    if author is None:
        return []
    others = [r for r in revisions if r.author != author]
    return sorted(others, key=lambda r: (r.created_utc, r.author, r.author_seq))
