"""Each author's hash chain as last verified, kept sealed in the vault, so that the
observers' status (`coordination.observer_status`) decrypts no revision to say whether
every chain holds.

Verifying every chain means decrypting every revision: seconds at a hundred thousand. What
the verification found is kept instead (table ``derived``, one sealed item): per author,
the chain's head (its highest number and that revision's hash), the breaks found (a
revision that does not link to the one before it; a first revision naming a predecessor),
the problems `verify_chains` reported, and the *mark* of the rows it was verified on.

A mark is worked out from the rows' clear columns, so checking it decrypts nothing: per
author, of the revisions held and of the purged links apart, how many, the lowest and the
highest number, the highest row id and that row's rev_id. A row added gets a row id above
every other, a row removed lowers the count, and a row removed and another written in its
place gets a new row id, or the same one (when it was the table's last) with another
rev_id: each changes the mark. (A row written back under an id chosen by hand, with the
number of the one it replaces, shows only to `trial-monitor verify`.) What is kept counts
as current only while its mark is the rows' mark. Otherwise:

- revisions added above the kept head (the vault owner's own saves, or anything appended)
  are verified alone, linked to the kept head's hash, and kept;
- anything else (a vault without kept state, revisions removed or replaced behind its
  back, kept state of another format or that cannot be read) has the author's whole chain
  verified again with `verify_chains`, over the revisions and the purged links, as
  `history_check.verify_history` (`trial-monitor verify`) does, and kept.

Imports and purges keep it current in their own transaction (`keep_added`, `purging`),
each after checking that what is kept was current before it, and verifying the links it
made. Revisions that arrived in bundles but are no longer here are not kept: they come
from the clear columns and the bundles received, fresh each time (`history_check`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from monitor_app.core.errors import StorageError, VaultCorrupt
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.chain import Chained, ChainProblem, verify_chains
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

log = logging.getLogger(__name__)

ITEM_ID = "author-chains"
# Of the kept item; another number is simply verified again.
FORMAT = 1

# Over the (author, author_seq) index alone, which holds the row ids too.
_AGGREGATE = "COUNT(*), MIN(author_seq), MAX(author_seq), MAX(rowid)"
_SQL_CHUNK = 500  # bound parameters per IN (...) query
_TABLES = ("revisions", "purged_revisions")

UNLINKED = "unlinked"  # does not link to the revision before it
FIRST_LINKED = "first-linked"  # the first revision names a predecessor
_BREAK_KINDS = frozenset({UNLINKED, FIRST_LINKED})

# (count, lowest number, highest number, highest row id, that row's rev_id)
Rows = tuple[int, int, int, int, str]
NO_ROWS: Rows = (0, 0, 0, 0, "")
Break = tuple[int, str, str]  # (author_seq, rev_id, UNLINKED or FIRST_LINKED)


@dataclass(frozen=True)
class Mark:
    """What an author's rows are, from their clear columns: the revisions held, and the
    links of those purged (see the module's docstring)."""

    held: Rows = NO_ROWS
    purged: Rows = NO_ROWS

    @property
    def revisions(self) -> int:
        """How many of the author's revisions the vault holds."""
        return self.held[0]

    @property
    def top(self) -> int:
        """The highest number held or purged (0 when none)."""
        return max(self.held[2], self.purged[2])

    @property
    def complete(self) -> bool:
        """Numbered 1 to `top` without a hole, in a regular chain (no number twice)."""
        present = [rows for rows in (self.held, self.purged) if rows[0]]
        if not present:
            return True
        lowest = min(rows[1] for rows in present)
        return lowest == 1 and sum(rows[0] for rows in present) == self.top

    @property
    def held_numbers(self) -> range | None:
        """The numbers held, when they run without a hole; None when there is one."""
        count, lowest, highest = self.held[:3]
        if count == 0:
            return range(0)
        return range(lowest, highest + 1) if highest - lowest + 1 == count else None


@dataclass(frozen=True)
class AuthorChain:
    """An author's chain as verified, and the mark of the rows it was verified on."""

    author: str
    mark: Mark
    head: tuple[int, str] | None  # the highest number and that revision's hash
    breaks: tuple[Break, ...]  # kept only when `regular`
    regular: bool  # numbers from 1 up, none twice: can be carried over a change
    problems: tuple[ChainProblem, ...]  # what `verify_chains` reports of the chain


@dataclass(frozen=True)
class AuthorChains:
    """Every author's chain (each with revisions held or purged), current."""

    chains: dict[str, AuthorChain]
    verified: frozenset[str]  # authors whose whole chain this reading verified
    caught_up: frozenset[str]  # authors whose revisions added above the kept head it verified


# ---- reading ----------------------------------------------------------------------------


def author_chains(vault: Vault, revisions: Sequence[Revision] | None = None) -> AuthorChains:
    """Every author's chain: as kept where that is current, else verified (only the
    revisions added above the kept head where that is all that changed) and kept.
    ``revisions`` already read (every revision of the vault, or some authors' all) spare
    decrypting an author's again when their whole chain is verified; they are used only
    where they are exactly the revisions the vault holds of that author."""
    vault.keys()
    store = RevisionStore(vault)
    table = SealedTable(vault, "derived")
    with _snapshot(vault) as conn:
        marks = _marks(conn)
        kept = _kept(table, conn)
        chains: dict[str, AuthorChain] = {}
        caught_up: set[str] = set()
        todo: list[str] = []
        for author, mark in sorted(marks.items()):
            entry = kept.get(author)
            if entry is not None and entry.mark == mark:
                chains[author] = entry
            elif entry is not None and (grown := _caught_up(store, conn, entry, mark)):
                chains[author] = grown
                caught_up.add(author)
            else:
                todo.append(author)
        given = _given(conn, revisions, todo)
        with cycle_collector_paused():  # tens of thousands of revisions made and dropped
            for author in todo:
                chains[author] = verified_chain(store, author, marks[author], given.get(author))
    if todo or caught_up or kept.keys() - marks.keys():
        _keep(vault, chains, {*todo, *caught_up})
    return AuthorChains(chains, frozenset(todo), frozenset(caught_up))


def verified_chain(
    store: RevisionStore,
    author: str,
    mark: Mark,
    revisions: Sequence[Revision] | None = None,
) -> AuthorChain:
    """``author``'s whole chain verified: their revisions (``revisions`` if given, else
    read) and purged links, whose rows ``mark`` describes."""
    held: Sequence[Chained] = store.by_author(author) if revisions is None else revisions
    links = store.purged_links(author) if mark.purged[0] else []
    chain: list[Chained] = sorted([*held, *links], key=lambda r: r.author_seq)
    numbers = [r.author_seq for r in chain]
    regular = len(set(numbers)) == len(numbers) and (not numbers or numbers[0] >= 1)
    return AuthorChain(
        author=author,
        mark=mark,
        head=(chain[-1].author_seq, chain[-1].hash) if chain else None,
        breaks=_breaks(chain) if regular else (),
        regular=regular,
        problems=tuple(verify_chains(chain)),
    )


def _breaks(chain: Sequence[Chained]) -> tuple[Break, ...]:
    """Where a chain sorted by number, none twice, fails to link: as `verify_chains`
    checks the links (a number right after the one before, or the first one)."""
    found: list[Break] = []
    if chain and chain[0].author_seq == 1 and chain[0].prev_hash is not None:
        found.append((1, chain[0].rev_id, FIRST_LINKED))
    for before, after in pairwise(chain):
        if after.author_seq == before.author_seq + 1 and after.prev_hash != before.hash:
            found.append((after.author_seq, after.rev_id, UNLINKED))
    return tuple(found)


def _caught_up(
    store: RevisionStore, conn: sqlite3.Connection, entry: AuthorChain, mark: Mark
) -> AuthorChain | None:
    """``entry`` with the revisions added above its head since it was kept, verified,
    when that is all that changed; None otherwise."""
    if not entry.regular or mark.purged != entry.mark.purged or mark.top <= entry.mark.top:
        return None
    if _held_rows(conn, entry.author, "AND author_seq <= ?", entry.mark.top) != entry.mark.held:
        return None
    added = [_link(r, r.hash) for r in store.by_author(entry.author, entry.mark.top + 1)]
    return _extended(store, conn, entry, added, mark)


def _given(
    conn: sqlite3.Connection, revisions: Sequence[Revision] | None, authors: Sequence[str]
) -> dict[str, list[Revision]]:
    """Of ``revisions``, those of each of ``authors`` whose ids are exactly the ids the
    vault holds of that author (read at another time, they may not be)."""
    if revisions is None or not authors:
        return {}
    wanted = set(authors)
    grouped: dict[str, list[Revision]] = {}
    for revision in revisions:
        if revision.author in wanted:
            grouped.setdefault(revision.author, []).append(revision)
    usable = {}
    for author, theirs in grouped.items():
        rows = conn.execute("SELECT rev_id FROM revisions WHERE author = ?", (author,))
        held = {row[0] for row in rows}
        if len(held) == len(theirs) and held == {r.rev_id for r in theirs}:
            usable[author] = sorted(theirs, key=lambda r: r.author_seq)
    return usable


def _keep(vault: Vault, chains: Mapping[str, AuthorChain], changed: Iterable[str]) -> None:
    """Keep the ``changed`` chains whose rows are still what they were verified on, and
    forget authors with no rows left. Not kept (a read-only or busy vault) is no error:
    the next reading verifies again."""
    table = SealedTable(vault, "derived")
    try:
        with vault.database.write_transaction() as conn:
            kept = _kept(table, conn)
            for author in [*kept]:
                if author not in chains and _mark(conn, author) == Mark():
                    del kept[author]
            for author in changed:
                chain = chains[author]
                if _mark(conn, author) == chain.mark:
                    kept[author] = chain
            table.put(ITEM_ID, _to_item(kept), conn)
    except StorageError:
        log.warning("could not keep the verified chains; they are verified again next time")


# ---- changes made by imports and purges ---------------------------------------------------


def keep_added(
    vault: Vault,
    conn: sqlite3.Connection,
    author: str,
    added: Sequence[Revision],
    hashes: Mapping[str, str],
) -> None:
    """Carry ``author``'s kept chain over ``added``, their revisions just inserted (each
    one's hash by rev_id in ``hashes``), inside the inserting write transaction: their
    links verified, the problems worked out again. Only if what was kept was current
    before them; otherwise it is left as it is, for the next reading to verify."""
    if not added:
        return
    table = SealedTable(vault, "derived")
    kept = _kept(table, conn)
    entry = kept.get(author)
    if entry is None:
        return
    numbers = json.dumps([r.author_seq for r in added])
    before = Mark(
        _held_rows(conn, author, "AND author_seq NOT IN (SELECT value FROM json_each(?))", numbers),
        _rows_of(conn, "purged_revisions", author),
    )
    if before != entry.mark:
        return
    links = [_link(r, hashes[r.rev_id]) for r in added]
    grown = _extended(RevisionStore(vault), conn, entry, links, _mark(conn, author))
    if grown is None:
        del kept[author]
    else:
        kept[author] = grown
    table.put(ITEM_ID, _to_item(kept), conn)


@contextlib.contextmanager
def purging(vault: Vault, conn: sqlite3.Connection, authors: Iterable[str]) -> Iterator[None]:
    """Around revisions of ``authors`` moved to purged links (`RevisionStore.purge`),
    inside the purge's write transaction. A purged link keeps the revision's number and
    both its hashes, so each chain and its problems stay as they were: only the marks
    change, and are carried over for the chains that were current before."""
    table = SealedTable(vault, "derived")
    kept = _kept(table, conn)
    touched = [a for a in set(authors) if a in kept]
    current = {a for a in touched if kept[a].mark == _mark(conn, a)}
    yield
    for author in touched:
        if author in current:
            kept[author] = replace(kept[author], mark=_mark(conn, author))
        else:
            del kept[author]
    if kept:  # sealed anew (a fresh nonce): no ciphertext from before the purge stays
        table.put(ITEM_ID, _to_item(kept), conn)


def _extended(
    store: RevisionStore,
    conn: sqlite3.Connection,
    entry: AuthorChain,
    added: Sequence[_Link],
    mark: Mark,
) -> AuthorChain | None:
    """``entry`` (current before ``added`` were inserted) with ``added``: every link they
    make checked, as `verify_chains` would; ``mark`` is the rows' mark now. None when that
    needs the whole chain verified (an irregular chain, a number held twice, a neighbour
    or a twin among the purged links, which are not looked up one by one)."""
    by_number = {r.author_seq: r for r in added}
    if not entry.regular or len(by_number) != len(added) or min(by_number) < 1:
        return None
    purged, (low, high) = entry.mark.purged[0], entry.mark.purged[1:3]
    if purged and any(low <= n <= high for n in by_number):
        return None
    old_top = entry.mark.top
    head = entry.head

    def hash_before(number: int) -> str | None:
        """The hash of the revision numbered ``number`` held before, None if none."""
        if head is not None and head[0] == number:
            return head[1]
        found = held_at(number)
        return None if found is None else found.hash

    def held_at(number: int) -> Revision | None:
        if number < 1 or number > old_top or number in by_number:
            return None
        if purged and low <= number <= high:
            raise _NeedsWholeChain
        found = store.by_author(entry.author, number, number, conn=conn)
        return found[0] if found else None

    breaks = list(entry.breaks)
    try:
        for number in sorted(by_number):
            revision = by_number[number]
            if number == 1:
                if revision.prev_hash is not None:
                    breaks.append((1, revision.rev_id, FIRST_LINKED))
            else:
                before = by_number.get(number - 1)
                below = before.hash if before is not None else hash_before(number - 1)
                if below is not None and revision.prev_hash != below:
                    breaks.append((number, revision.rev_id, UNLINKED))
            above = held_at(number + 1)
            if above is not None and above.prev_hash != revision.hash:
                breaks.append((number + 1, above.rev_id, UNLINKED))
    except _NeedsWholeChain:
        return None
    top = max(by_number)
    if head is None or top > head[0]:
        head = (top, by_number[top].hash)
    breaks.sort()
    if mark.complete and not breaks:
        problems: tuple[ChainProblem, ...] = ()
    else:
        problems = tuple(_problems(conn, entry.author, breaks))
    return replace(entry, mark=mark, head=head, breaks=tuple(breaks), problems=problems)


class _NeedsWholeChain(Exception):
    """A link to check among purged links: the whole chain is verified instead."""


@dataclass(frozen=True)
class _Link:
    """What a chain check needs of a revision (`chain.Chained`)."""

    author: str
    author_seq: int
    prev_hash: str | None
    rev_id: str
    hash: str


def _link(revision: Revision, hash_: str) -> _Link:
    return _Link(revision.author, revision.author_seq, revision.prev_hash, revision.rev_id, hash_)


def _problems(conn: sqlite3.Connection, author: str, breaks: Sequence[Break]) -> list[ChainProblem]:
    """What `verify_chains` reports of a regular chain with these ``breaks``, from the
    numbers and ids alone (clear columns): each revision stands in with a hash made from
    its number, linking to the one before unless it is a break."""
    rows = conn.execute(
        "SELECT author_seq, rev_id FROM revisions WHERE author = ? "
        "UNION ALL SELECT author_seq, rev_id FROM purged_revisions WHERE author = ?",
        (author, author),
    ).fetchall()
    broken = {number for number, _, _ in breaks}
    return verify_chains(
        _Link(
            author,
            number,
            "broken" if number in broken else None if number == 1 else f"#{number - 1}",
            rev_id,
            f"#{number}",
        )
        for number, rev_id in rows
    )


# ---- marks --------------------------------------------------------------------------------


@contextlib.contextmanager
def _snapshot(vault: Vault) -> Iterator[sqlite3.Connection]:
    """One read transaction: every query inside it sees the vault in one state."""
    with vault.database.reading() as conn:
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")


def _marks(conn: sqlite3.Connection) -> dict[str, Mark]:
    """Every author's mark (authors with rows held or purged)."""
    found: list[dict[str, Rows]] = []
    for table in _TABLES:
        rows = conn.execute(f"SELECT author, {_AGGREGATE} FROM {table} GROUP BY author")  # noqa: S608 (constant SQL)
        counted = {str(row[0]): tuple(int(v) for v in row[1:]) for row in rows}
        last = _rev_ids(conn, table, [c[3] for c in counted.values()])
        found.append({a: (c[0], c[1], c[2], c[3], last.get(c[3], "")) for a, c in counted.items()})
    held, purged = found
    return {a: Mark(held.get(a, NO_ROWS), purged.get(a, NO_ROWS)) for a in held.keys() | purged}


def _mark(conn: sqlite3.Connection, author: str) -> Mark:
    return Mark(_held_rows(conn, author), _rows_of(conn, "purged_revisions", author))


def _held_rows(conn: sqlite3.Connection, author: str, where: str = "", *params: Any) -> Rows:
    return _rows_of(conn, "revisions", author, where, *params)


def _rows_of(
    conn: sqlite3.Connection, table: str, author: str, where: str = "", *params: Any
) -> Rows:
    row = conn.execute(
        f"SELECT {_AGGREGATE} FROM {table} WHERE author = ? {where}",  # noqa: S608 (constant SQL)
        (author, *params),
    ).fetchone()
    if not row[0]:
        return NO_ROWS
    count, lowest, highest, last = (int(v) for v in row)
    return (count, lowest, highest, last, _rev_ids(conn, table, [last]).get(last, ""))


def _rev_ids(conn: sqlite3.Connection, table: str, row_ids: Sequence[int]) -> dict[int, str]:
    """The rev_id of each row by its row id. A row deleted and another written in its
    place gets the same row id when it was the table's last: its rev_id tells them apart."""
    found: dict[int, str] = {}
    for start in range(0, len(row_ids), _SQL_CHUNK):
        chunk = list(row_ids[start : start + _SQL_CHUNK])
        marks = ",".join("?" * len(chunk))
        query = f"SELECT rowid, rev_id FROM {table} WHERE rowid IN ({marks})"  # noqa: S608 (placeholders only)
        found.update((int(row_id), str(rev_id)) for row_id, rev_id in conn.execute(query, chunk))
    return found


def held_numbers(conn: sqlite3.Connection, author: str, mark: Mark) -> Sequence[int]:
    """The numbers of ``author``'s revisions held, in order: from the mark when they run
    without a hole, else from the rows' clear columns."""
    numbers = mark.held_numbers
    if numbers is not None:
        return numbers
    return [
        row[0]
        for row in conn.execute(
            "SELECT author_seq FROM revisions WHERE author = ? ORDER BY author_seq", (author,)
        )
    ]


# ---- the kept item --------------------------------------------------------------------------


def _to_item(chains: Mapping[str, AuthorChain]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "authors": {
            author: {
                "mark": [list(chain.mark.held), list(chain.mark.purged)],
                "head": None if chain.head is None else list(chain.head),
                "breaks": [list(b) for b in chain.breaks],
                "regular": chain.regular,
                "problems": [[p.author_seq, p.rev_id, p.message] for p in chain.problems],
            }
            for author, chain in chains.items()
        },
    }


def _kept(table: SealedTable, conn: sqlite3.Connection) -> dict[str, AuthorChain]:
    """The kept chains; none if the item does not open (damaged: it is only ever worked
    out again, never trusted, and an import or a purge must not fail for it)."""
    try:
        return _from_item(table.get(ITEM_ID, conn))
    except VaultCorrupt:
        log.warning("the kept chains do not open; every chain is verified again")
        return {}


def _from_item(item: Mapping[str, Any] | None) -> dict[str, AuthorChain]:
    """The kept chains; none from an item of another format or shape (sealed by this
    vault, so not an attack: a copy this version does not read is verified again)."""
    if item is None or item.get("format") != FORMAT:
        return {}
    try:
        return {
            _text(author): _chain_from(author, value) for author, value in item["authors"].items()
        }
    except (AttributeError, KeyError, TypeError, ValueError):
        return {}


def _chain_from(author: str, value: Mapping[str, Any]) -> AuthorChain:
    held, purged = value["mark"]
    head = value["head"]
    regular = value["regular"]
    if not isinstance(regular, bool):
        raise TypeError
    breaks = tuple((_count(n), _text(r), _text(k)) for n, r, k in value["breaks"])
    if any(kind not in _BREAK_KINDS for _, _, kind in breaks):
        raise ValueError
    return AuthorChain(
        author=author,
        mark=Mark(_rows_from(held), _rows_from(purged)),
        head=None if head is None else (_count(head[0]), _text(head[1])),
        breaks=breaks,
        regular=regular,
        problems=tuple(
            ChainProblem(author, _count(n), _text(r), _text(m)) for n, r, m in value["problems"]
        ),
    )


def _rows_from(value: Any) -> Rows:
    count, lowest, highest, last, last_id = value
    return (_count(count), _count(lowest), _count(highest), _count(last), _text(last_id))


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value
