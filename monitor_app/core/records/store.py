"""The append-only revision store: every change is a new sealed revision.

Nothing is updated in place and nothing is deleted: an edit appends a revision, a delete
appends a tombstone. In clear the database keeps only opaque ids, revision numbers and
the UTC time of each revision; everything else is inside the sealed content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from monitor_app.core import jsonio
from monitor_app.core.errors import RecordNotFound, ValidationError, VaultCorrupt
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.chain import canonical_json
from monitor_app.core.records.ownership import OWNED_ROW
from monitor_app.core.records.revision import PurgedLink, Revision, pick_head
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault

RECORD_KINDS = (
    "trial",
    "hearing",
    "observation",
    "checklist",
    "attachment",
    "sentence",
    "proceeding",
    "event-decision",
    "assessment",
    "conclusion",
    "issued-report",
)

# Kinds never filed under a trial record: trials themselves, checklist answers (under a
# hearing) and attachments (under an observation).
_NOT_UNDER_TRIAL = frozenset(("trial", "checklist", "attachment"))

_COLUMNS = "rev_id, record_id, kind, parent_id, number, author, author_seq, created_utc, sealed"


# A record's current revision: its owner's highest number (see `ownership`).
_OWNERS_LATEST = (
    f"{OWNED_ROW} AND number = (SELECT MAX(number) FROM revisions AS r2 "  # noqa: S608 (constant SQL)
    "WHERE r2.record_id = revisions.record_id AND r2.author = revisions.author)"
)
_HEAD_OF_RECORD = f"record_id = ? AND {_OWNERS_LATEST}"


_SQL_CHUNK = 500  # bound parameters per IN (...) query

_AAD_JSON = json.JSONEncoder(separators=(",", ":"))
# Printable ASCII but '"' and '\\': text that JSON writes as it is, between quotes.
_AS_IS = re.compile(r"[ !#-\[\]-~]*")


def _aad(columns: tuple[Any, ...]) -> bytes:
    """Associated data: every clear column of the row, so a sealed value cannot move.
    ``b"revision|"`` and the columns as a compact JSON array (ASCII, as `_AAD_JSON` writes)."""
    rev_id, record_id, kind, parent_id, number, author, author_seq, created_utc = columns
    # Every row read or written needs this: for the usual columns (hex ids, integers, a UTC
    # time) the bytes are written directly, in half the time the encoder takes.
    if (
        type(rev_id) is type(record_id) is type(kind) is type(author) is type(created_utc) is str
        and type(number) is type(author_seq) is int
        and (parent_id is None or type(parent_id) is str)
        and _AS_IS.fullmatch(f"{rev_id}{record_id}{kind}{parent_id}{author}{created_utc}")
    ):
        parent = "null" if parent_id is None else f'"{parent_id}"'
        return (
            f'revision|["{rev_id}","{record_id}","{kind}",{parent},{number},'
            f'"{author}",{author_seq},"{created_utc}"]'
        ).encode()
    return b"revision|" + _AAD_JSON.encode(list(columns)).encode()


class RevisionStore:
    """Reads and appends sealed revisions of an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.database = vault.database
        # (author_seq, rev_id, hash) of this vault's latest revision, to avoid a decrypt
        # per save; re-checked against the database inside each write transaction.
        self._last_own: tuple[int, str, str] | None = None

    # ---- writing ----------------------------------------------------------------------

    def append(
        self,
        kind: str,
        record_id: str | None,
        parent_id: str | None,
        body: Mapping[str, Any],
        tz: str,
        *,
        deleted: bool = False,
        reason: str = "",
        blobs: Mapping[str, bytes] | None = None,
        annotation: bool = False,
    ) -> Revision:
        """Durably append a revision by this vault's observer. A new record when
        ``record_id`` is None. ``blobs`` (id to bytes) are sealed and saved in the same
        transaction, bound to the record. Returns once everything is on disk.

        Only a record's owner revises it, unless ``annotation``: then a revision of another
        author's record is this author's annotation (`ownership`: theirs, never current),
        numbered after every revision of the record held."""
        if kind not in RECORD_KINDS:
            raise ValidationError("record-kind-unknown", kind=kind)
        self.vault.keys()  # fail early, before taking the write lock, if locked
        author = self.vault.observer_id
        with self.database.write_transaction() as conn:
            if record_id is None:
                record_id, number, base = crypto.new_id(), 1, None
            else:
                head = self._head_row(conn, record_id)
                if head is None:
                    raise RecordNotFound("no-such-record", id=record_id)
                if head.author != author and not annotation:  # only its owner revises it
                    raise ValidationError("record-of-another-author", kind=head.kind)
                if head.kind != kind:
                    raise ValidationError(
                        "record-kind-differs", id=record_id, kind=head.kind, wanted=kind
                    )
                if head.author != author:  # after every revision of it, whoever's
                    head = pick_head(self._read(conn, "record_id = ?", (record_id,)))
                number, base = head.number + 1, head.rev_id
            last_seq, prev_hash = self._last_own_link(conn, author)
            revision = Revision(
                rev_id=crypto.new_id(),
                record_id=record_id,
                kind=kind,
                parent_id=parent_id,
                number=number,
                base=base,
                author=author,
                author_seq=last_seq + 1,
                created_utc=utc_now_text(),
                tz=tz,
                prev_hash=prev_hash,
                deleted=deleted,
                reason=reason,
                body=dict(body),
            )
            self.insert(conn, [revision])
            for blob_id, data in (blobs or {}).items():
                self.insert_blob(conn, blob_id, record_id, data)
        self._last_own = (revision.author_seq, revision.rev_id, revision.hash)
        return revision

    def insert(
        self,
        conn: sqlite3.Connection,
        revisions: Iterable[Revision],
        encoded: Mapping[str, bytes] | None = None,
    ) -> None:
        """Seal and insert revisions as they are (own ones, or another author's from a
        bundle), inside the caller's write transaction. ``encoded`` may give each one's
        canonical JSON by rev_id, when the caller has it already."""
        rows = []
        for revision in revisions:
            columns = revision.clear_columns()
            plaintext = encoded.get(revision.rev_id) if encoded is not None else None
            if plaintext is None:
                plaintext = canonical_json(revision.content())
            sealed = self.vault.seal_record(plaintext, _aad(columns))
            rows.append((*columns, sealed))
        conn.executemany(
            f"INSERT INTO revisions({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 (constant column list)
            rows,
        )

    def insert_blob(
        self, conn: sqlite3.Connection, blob_id: str, record_id: str, data: bytes
    ) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO blobs(blob_id, record_id, sealed) VALUES (?, ?, ?)",
            (blob_id, record_id, self.vault.seal_blob(data, _blob_aad(blob_id, record_id))),
        )

    def _last_own_link(self, conn: sqlite3.Connection, author: str) -> tuple[int, str | None]:
        """The author's latest sequence number and its hash (0, None before the first),
        whether that revision is still here or was purged after a receipt."""
        last = conn.execute(
            "SELECT author_seq, rev_id FROM revisions WHERE author = ? "
            "ORDER BY author_seq DESC LIMIT 1",
            (author,),
        ).fetchone()
        purged = conn.execute(
            "SELECT author_seq, rev_id, sealed FROM purged_revisions WHERE author = ? "
            "ORDER BY author_seq DESC LIMIT 1",
            (author,),
        ).fetchone()
        if purged is not None and (last is None or purged[0] > last[0]):
            return purged[0], self._open_purged(purged[1], author, purged[0], purged[2]).hash
        if last is None:
            return 0, None
        if self._last_own is not None and self._last_own[:2] == (last[0], last[1]):
            return last[0], self._last_own[2]
        return last[0], self._read(conn, "rev_id = ?", (last[1],))[0].hash

    # ---- purging ----------------------------------------------------------------------

    def purge(self, conn: sqlite3.Connection, revisions: Iterable[Revision]) -> None:
        """Remove revisions (and their records' attachment content) from this vault, keeping
        each one's chain link, sealed, so the author's chain still verifies and goes on."""
        for revision in revisions:
            link = PurgedLink(
                rev_id=revision.rev_id,
                author=revision.author,
                author_seq=revision.author_seq,
                prev_hash=revision.prev_hash,
                hash=revision.hash,
            )
            sealed = self.vault.seal_record(
                canonical_json(dataclasses.asdict(link)), _purged_aad(link)
            )
            conn.execute(
                "INSERT INTO purged_revisions(rev_id, author, author_seq, sealed) "
                "VALUES (?, ?, ?, ?)",
                (link.rev_id, link.author, link.author_seq, sealed),
            )
            conn.execute("DELETE FROM revisions WHERE rev_id = ?", (revision.rev_id,))
            conn.execute("DELETE FROM blobs WHERE record_id = ?", (revision.record_id,))

    def purged_links(self, author: str | None = None) -> list[PurgedLink]:
        """The links of purged revisions (of ``author`` only, if given)."""
        where, params = ("WHERE author = ?", (author,)) if author is not None else ("", ())
        with self.database.reading() as conn:
            rows = conn.execute(
                f"SELECT rev_id, author, author_seq, sealed FROM purged_revisions {where}",  # noqa: S608 (constant SQL)
                params,
            ).fetchall()
        return [self._open_purged(row[0], row[1], row[2], row[3]) for row in rows]

    def _open_purged(self, rev_id: str, author: str, author_seq: int, sealed: bytes) -> PurgedLink:
        probe = PurgedLink(rev_id, author, author_seq, None, "")
        try:
            data = json.loads(self.vault.unseal_record(sealed, _purged_aad(probe)))
            link = PurgedLink(**data)
        except (ValueError, TypeError) as exc:
            raise VaultCorrupt("purged-link-unreadable") from exc
        if (link.rev_id, link.author, link.author_seq) != (rev_id, author, author_seq):
            raise VaultCorrupt("purged-link-mismatch")
        return link

    # ---- reading ----------------------------------------------------------------------

    def by_author(
        self,
        author: str,
        first_seq: int = 1,
        last_seq: int | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> list[Revision]:
        """An author's revisions with sequence numbers in [first_seq, last_seq], in order;
        inside the caller's transaction when ``conn`` is given."""
        params = (author, first_seq, last_seq if last_seq is not None else 2**62)
        where = "author = ? AND author_seq >= ? AND author_seq <= ?"
        if conn is not None:
            revisions = self._read(conn, where, params)
        else:
            with self.database.reading() as own:
                revisions = self._read(own, where, params)
        return sorted(revisions, key=lambda r: r.author_seq)

    def of_records(self, conn: sqlite3.Connection, record_ids: Iterable[str]) -> list[Revision]:
        """Every revision of the records ``record_ids``, inside the caller's transaction."""
        return self._read_in(conn, "record_id", record_ids)

    def by_ids(self, conn: sqlite3.Connection, rev_ids: Iterable[str]) -> list[Revision]:
        """The revisions ``rev_ids`` held here, inside the caller's transaction."""
        return self._read_in(conn, "rev_id", rev_ids)

    def _read_in(
        self, conn: sqlite3.Connection, column: str, values: Iterable[str]
    ) -> list[Revision]:
        wanted = list(dict.fromkeys(values))
        revisions: list[Revision] = []
        for start in range(0, len(wanted), _SQL_CHUNK):
            chunk = wanted[start : start + _SQL_CHUNK]
            marks = ",".join("?" * len(chunk))
            revisions += self._read(conn, f"{column} IN ({marks})", tuple(chunk))
        return revisions

    def hashes_of(self, author: str, first_seq: int, last_seq: int) -> set[str]:
        """The hashes of an author's revisions with numbers in [first_seq, last_seq]: each
        row opened (its associated data checked) and its canonical JSON hashed, not parsed."""
        with self.database.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM revisions "  # noqa: S608 (constant SQL)
                "WHERE author = ? AND author_seq >= ? AND author_seq <= ?",
                (author, first_seq, last_seq),
            ).fetchall()
        return {hashlib.sha256(self._unsealed(row).rstrip(b" ")).hexdigest() for row in rows}

    def by_author_encoded(self, author: str, first_seq: int = 1) -> list[tuple[Revision, bytes]]:
        """Like `by_author`, each revision with its canonical JSON as sealed (the padding
        removed): what a bundle carries, without encoding it again."""
        params = (author, first_seq, 2**62)
        where = "author = ? AND author_seq >= ? AND author_seq <= ?"
        with self.database.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM revisions WHERE {where}",  # noqa: S608 (constant SQL)
                params,
            ).fetchall()
            with cycle_collector_paused():
                opened = [self._open_with_plaintext(row) for row in rows]
        return sorted(opened, key=lambda pair: pair[0].author_seq)

    def get_blob(self, blob_id: str, record_id: str) -> bytes:
        with self.database.reading() as conn:
            row = conn.execute(
                "SELECT sealed FROM blobs WHERE blob_id = ? AND record_id = ?",
                (blob_id, record_id),
            ).fetchone()
        if row is None:
            raise RecordNotFound("attachment-content-missing")
        return self.vault.unseal_blob(row[0], _blob_aad(blob_id, record_id))

    def head(self, record_id: str) -> Revision:
        """The current revision of a record (possibly a tombstone): its owner's latest
        (`ownership`). Not found while the record's first revision is not held."""
        with self.database.reading() as conn:
            head = self._head_row(conn, record_id)
        if head is None:
            raise RecordNotFound("no-such-record", id=record_id)
        return head

    def history(self, record_id: str) -> list[Revision]:
        with self.database.reading() as conn:
            revisions = self._read(conn, "record_id = ?", (record_id,))
        if not revisions:
            raise RecordNotFound("no-such-record", id=record_id)
        return sorted(revisions, key=lambda r: (r.number, r.created_utc, r.rev_id))

    def heads(
        self, kind: str, parent_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Revision]:
        """Current revisions of every record of ``kind`` (under ``parent_id`` if given):
        each its owner's latest."""
        where = f"kind = ? AND {_OWNERS_LATEST}"
        params: tuple[Any, ...] = (kind,)
        if parent_id is not None:
            where += " AND parent_id = ?"
            params += (parent_id,)
        with self.database.reading() as conn:
            revisions = self._read(conn, where, params)
        by_record: dict[str, list[Revision]] = {}
        for revision in revisions:
            by_record.setdefault(revision.record_id, []).append(revision)
        current = [pick_head(group) for group in by_record.values()]
        return [r for r in current if include_deleted or not r.deleted]

    def live_children(self, parent_id: str) -> list[Revision]:
        """Current, not deleted revisions of every record directly under ``parent_id``."""
        return [revision for kind in RECORD_KINDS for revision in self.heads(kind, parent_id)]

    def conflicts(self, record_id: str) -> list[Revision]:
        """Revisions made from the same base by different edits: all are kept, the
        conflict is shown. Empty when the record's history is linear."""
        by_base: dict[str | None, list[Revision]] = {}
        for revision in self.history(record_id):
            by_base.setdefault(revision.base, []).append(revision)
        return [r for group in by_base.values() if len(group) > 1 for r in group]

    def all_revisions(self) -> Iterator[Revision]:
        with self.database.reading() as conn:
            yield from self._read(conn, "1 = 1", ())

    def read_all(
        self, progress: Callable[[int, int], None] | None = None, chunk: int = 2000
    ) -> list[Revision]:
        """Every revision, decrypted, reporting ``progress(done, total)`` as it goes: reading
        a coordinator's hundred thousand takes seconds."""
        return self._read_chunked("1 = 1", (), progress, chunk)

    def read_kinds(
        self, kinds: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> list[Revision]:
        """Every revision of the records of ``kinds``, decrypted (the clear ``kind``
        column chooses them: nothing else is opened)."""
        wanted = tuple(dict.fromkeys(kinds))
        marks = ",".join("?" * len(wanted))
        return self._read_chunked(f"kind IN ({marks})", wanted, progress)

    def read_trials(
        self, trial_ids: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> list[Revision]:
        """Every revision of the trials named and of every record filed under them: what
        is filed under a trial (its hearings, aftermath, the coordinators' records) and
        under its hearings (observations, checklist answers), chosen by the clear
        ``kind`` and ``parent_id`` columns, so no other trial's revision is opened.
        Attachments are not read (their content is fetched when one is opened)."""
        trials = tuple(dict.fromkeys(trial_ids))
        if not trials:
            return []
        marks = ",".join("?" * len(trials))
        under_trial = tuple(k for k in RECORD_KINDS if k not in _NOT_UNDER_TRIAL)
        under_hearing = ("observation", "checklist")
        kinds_t = ",".join("?" * len(under_trial))
        kinds_h = ",".join("?" * len(under_hearing))
        hearings = (
            f"SELECT record_id FROM revisions WHERE kind = 'hearing' AND parent_id IN ({marks})"  # noqa: S608 (placeholders only)
        )
        where = (
            f"record_id IN ({marks}) OR (kind IN ({kinds_t}) AND parent_id IN ({marks})) "
            f"OR (kind IN ({kinds_h}) AND parent_id IN ({hearings}))"
        )
        params = (*trials, *under_trial, *trials, *under_hearing, *trials)
        return self._read_chunked(where, params, progress)

    def _read_chunked(
        self,
        where: str,
        params: tuple[Any, ...],
        progress: Callable[[int, int], None] | None,
        chunk: int = 2000,
    ) -> list[Revision]:
        # A coordinator's 150k revisions: the collector paused saves a quarter of the time.
        with self.database.reading() as conn, cycle_collector_paused():
            total = int(
                conn.execute(
                    f"SELECT COUNT(*) FROM revisions WHERE {where}",  # noqa: S608 (constant SQL)
                    params,
                ).fetchone()[0]
            )
            cursor = conn.execute(
                f"SELECT {_COLUMNS} FROM revisions WHERE {where}",  # noqa: S608 (constant SQL)
                params,
            )
            revisions: list[Revision] = []
            while rows := cursor.fetchmany(chunk):
                revisions.extend(self._open(row) for row in rows)
                if progress is not None:
                    progress(len(revisions), total)
        return revisions

    def record_ids(self, kind: str) -> list[str]:
        """The ids of every record of ``kind`` held (a clear column: nothing opened)."""
        with self.database.reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT record_id FROM revisions WHERE kind = ?", (kind,)
            ).fetchall()
        return sorted(str(r[0]) for r in rows)

    def first_saved(self, kind: str, parent_id: str) -> dict[str, str]:
        """When each record of ``kind`` under ``parent_id`` was first saved (its earliest
        revision's time, to the microsecond), by record id: the order they were entered."""
        with self.database.reading() as conn:
            rows = conn.execute(
                "SELECT record_id, MIN(created_utc) FROM revisions "
                "WHERE kind = ? AND parent_id = ? GROUP BY record_id",
                (kind, parent_id),
            ).fetchall()
        return {str(record_id): str(created) for record_id, created in rows}

    def count(self, kind: str | None = None) -> int:
        with self.database.reading() as conn:
            if kind is None:
                return int(conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0])
            return int(
                conn.execute("SELECT COUNT(*) FROM revisions WHERE kind = ?", (kind,)).fetchone()[0]
            )

    # ---- internals --------------------------------------------------------------------

    def _head_row(self, conn: sqlite3.Connection, record_id: str) -> Revision | None:
        revisions = self._read(conn, _HEAD_OF_RECORD, (record_id,))
        return pick_head(revisions) if revisions else None

    def _read(
        self, conn: sqlite3.Connection, where: str, params: tuple[Any, ...]
    ) -> list[Revision]:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE {where}",  # noqa: S608 (callers pass constant SQL)
            params,
        ).fetchall()
        return [self._open(row) for row in rows]

    def _open(self, row: tuple[Any, ...]) -> Revision:
        return self._open_with_plaintext(row)[0]

    def _unsealed(self, row: tuple[Any, ...]) -> bytes:
        """A row's sealed content opened, its clear columns as associated data (padded)."""
        return self.vault.unseal_record(row[-1], _aad(tuple(row[:-1])))

    def _open_with_plaintext(self, row: tuple[Any, ...]) -> tuple[Revision, bytes]:
        columns = tuple(row[:-1])
        plaintext = self._unsealed(row)
        try:
            content = jsonio.loads(plaintext)
        except ValueError as exc:
            raise VaultCorrupt("record-unreadable") from exc
        canonical = plaintext.rstrip(b" ")  # the padding
        revision = Revision.from_content(content, hashlib.sha256(canonical).hexdigest())
        if revision.clear_columns() != columns:
            raise VaultCorrupt("record-row-mismatch")
        return revision, canonical


def _purged_aad(link: PurgedLink) -> bytes:
    return f"purged|{link.rev_id}|{link.author}|{link.author_seq}".encode()


def _blob_aad(blob_id: str, record_id: str) -> bytes:
    return f"blob|{blob_id}|{record_id}".encode()
