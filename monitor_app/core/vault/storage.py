"""The vault's SQLite database: connection settings, schema and migrations.

One `Database` object owns the connection. Writes go through `write_transaction`, which
takes the write lock up front (BEGIN IMMEDIATE) so two processes never deadlock on an
upgrade from a read lock. WAL with synchronous=FULL: a committed transaction has been
fsync'd, so a save that returned survives a crash or a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from monitor_app.core.errors import StorageError, UnsupportedVaultVersion, VaultCorrupt, VaultLocked

DB_FILENAME = "vault.sqlite3"
APPLICATION_ID = 0x546D5631  # "TmV1": marks the file as ours for `file(1)` and for us


def _migrate_to_1(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("keyslots").create(
        {"name": str, "kdf": str, "params": str, "salt": bytes, "wrapped": bytes}, pk="name"
    )
    # Values the user typed about themselves (display name, later keys), sealed.
    db.table("vault_secrets").create({"name": str, "sealed": bytes}, pk="name")
    db.table("revisions").create(
        {
            "rev_id": str,
            "record_id": str,
            "kind": str,
            "parent_id": str,
            "number": int,
            "author": str,
            "author_seq": int,
            "created_utc": str,
            "sealed": bytes,
        },
        pk="rev_id",
        not_null={"record_id", "kind", "number", "author", "author_seq", "created_utc", "sealed"},
    )
    db.table("revisions").create_index(["author", "author_seq"], unique=True)
    db.table("revisions").create_index(["record_id", "number"])
    db.table("revisions").create_index(["kind", "parent_id"])
    db.table("blobs").create(
        {"blob_id": str, "record_id": str, "sealed": bytes},
        pk="blob_id",
        not_null={"record_id", "sealed"},
    )


def _migrate_to_2(db: sqlite_utils.Database) -> None:
    """Sync: contacts, bundles sent and received, quarantine, provenance, purged history.

    In clear only opaque random ids; names, keys, times and counts are sealed."""
    for table in ("contacts", "bundles_sent", "bundles_received", "receipts_received"):
        db.table(table).create({"item_id": str, "sealed": bytes}, pk="item_id", not_null={"sealed"})
    # A bundle from a signer who is not (yet) a contact: kept, sealed, until its card is added.
    db.table("quarantine").create(
        {"item_id": str, "sealed": bytes, "payload": bytes},
        pk="item_id",
        not_null={"sealed", "payload"},
    )
    # Which bundle brought each imported revision.
    db.table("provenance").create(
        {"rev_id": str, "bundle_id": str}, pk="rev_id", not_null={"bundle_id"}
    )
    db.table("provenance").create_index(["bundle_id"])
    # Revisions removed from this laptop after a coordinator acknowledged them: the chain
    # link (sealed hash) stays, so the author's history still verifies and goes on.
    db.table("purged_revisions").create(
        {"rev_id": str, "author": str, "author_seq": int, "sealed": bytes},
        pk="rev_id",
        not_null={"author", "author_seq", "sealed"},
    )
    db.table("purged_revisions").create_index(["author", "author_seq"], unique=True)


def _migrate_to_3(db: sqlite_utils.Database) -> None:
    """The coordinator's links between trials that two observers recorded separately."""
    db.table("trial_links").create(
        {"item_id": str, "sealed": bytes}, pk="item_id", not_null={"sealed"}
    )


def _migrate_to_4(db: sqlite_utils.Database) -> None:
    """Figures worked out from the revisions and kept so a screen opens at once (the
    coordinator's dashboard): sealed, never a source of truth, dropped by a purge."""
    db.table("derived").create({"item_id": str, "sealed": bytes}, pk="item_id", not_null={"sealed"})


def _migrate_to_5(db: sqlite_utils.Database) -> None:
    """What the authors of the bundles received signed (each bundle's manifest and its
    signature, under the bundle's id), sealed: a coordinator forwards their revisions with
    their own signature on them (`core.sync.originals`)."""
    db.table("signed_manifests").create(
        {"item_id": str, "sealed": bytes}, pk="item_id", not_null={"sealed"}
    )


# Index i migrates a database at version i to version i + 1. Append only; never edit.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
    _migrate_to_4,
    _migrate_to_5,
)
SCHEMA_VERSION = len(MIGRATIONS)


def translate_sqlite_error(exc: sqlite3.Error) -> Exception:
    """Turn a low-level SQLite failure into an error a user can act on."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
        return StorageError("disk-full")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in str(exc):
        return StorageError("vault-read-only")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StorageError("vault-busy")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return VaultCorrupt("vault-file-damaged")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StorageError("disk-full-short")
    return StorageError("vault-io")


class Database:
    """The single owner of a vault's SQLite connection."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        """Open ``path``; unless ``create``, refuse any file that is not a vault before
        changing anything in it (switching a stranger's database to WAL would alter it)."""
        self.path = path
        self._lock = threading.RLock()
        try:
            # check_same_thread is off because the GUI runs slow work on a worker thread;
            # the lock above serialises every use of the connection instead.
            conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
            if not create and conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.close()
                raise VaultCorrupt("not-a-vault-file", path=str(path))
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            # Temporary tables and sort spills stay in memory, never in /tmp.
            conn.execute("PRAGMA temp_store=MEMORY")
            # Deleted and rewritten content is zeroed, so a re-key leaves no old ciphertext
            # or old key slot in free space of the file.
            conn.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._closed = False

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, one numbered step per transaction."""
        with self._lock:
            current = self.version
            if current > SCHEMA_VERSION:
                raise UnsupportedVaultVersion("vault-too-new")
            for target in range(current + 1, SCHEMA_VERSION + 1):
                with self.write_transaction():
                    MIGRATIONS[target - 1](self.db)
                    self.conn.execute(f"PRAGMA user_version = {target}")
                    self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _check_open(self) -> None:
        # A lock closes the database; work still running on another thread then stops
        # with the reason a user understands, before touching the closed connection.
        if self._closed:
            raise VaultLocked("vault-was-locked")

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[sqlite3.Connection]:
        """All of the block is saved durably, or none of it is."""
        with self._lock:
            self._check_open()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.rollback()
                if isinstance(exc, sqlite3.Error):
                    raise translate_sqlite_error(exc) from exc
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            try:
                yield self.conn
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc

    def checkpoint(self) -> bool:
        """Copy every committed page from the WAL into the database file and empty the WAL,
        so pages written before (an old key slot, old ciphertext) stay in neither. False when
        another connection was reading: the WAL then keeps its pages until a later checkpoint
        (SQLite's own, after some writes, or the next re-key)."""
        with self._lock:
            self._check_open()
            try:
                busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc) from exc
        return not busy

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self.conn.close()
