"""Re-encrypting every sealed value of a vault under a new master key.

`SEALED_COLUMNS` names each column of the schema that holds a sealed value, the purpose key
that sealed it and the associated data that binds it to its row (docs/vault-format.md,
"Row associated data"). `reseal_all` opens each value with the old keys and seals it again
with the new ones under the same associated data, inside the caller's write transaction,
so a vault is either all old or all new. A value that fails its check stops the re-key
(the transaction is rolled back): re-keying never drops what it cannot read.

A table added to the schema must be added here: tests/core/vault/test_rekey.py fails while
a table of a fresh vault has a BLOB column this list does not name.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.vault import crypto
from monitor_app.core.vault.crypto import PurposeKeys, SealError

Progress = Callable[[int, int], None]

_COMPACT = json.JSONEncoder(separators=(",", ":"))
# Tables of `core.vault.sealed_table`: one sealed JSON item per opaque id.
_ITEM_TABLES = (
    "contacts",
    "bundles_sent",
    "bundles_received",
    "receipts_received",
    "trial_links",
    "derived",
    "signed_manifests",
)


@dataclass(frozen=True)
class SealedColumn:
    table: str
    column: str
    purpose: str  # the `PurposeKeys` field that seals it
    clear_columns: tuple[str, ...]  # what its associated data is made from
    aad: Callable[[str, Sequence[object]], bytes]  # (vault id, clear values) -> aad
    error_code: str  # raised when a value fails its check
    batch_rows: int = 512  # rows per read; small where a value may be megabytes

    def key(self, keys: PurposeKeys) -> AESGCM:
        aead: AESGCM = getattr(keys, self.purpose)
        return aead


def _revision_aad(_: str, values: Sequence[object]) -> bytes:
    return b"revision|" + _COMPACT.encode(list(values)).encode()


def _item_column(table: str) -> SealedColumn:
    return SealedColumn(
        table,
        "sealed",
        "sync",
        ("item_id",),
        lambda _, values: f"sealed-item|{table}|{values[0]}".encode(),
        error_code="sync-record-altered",
    )


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn(
        "vault_secrets",
        "sealed",
        "secrets",
        ("name",),
        lambda vault_id, values: f"vault-secret|{vault_id}|{values[0]}".encode(),
        error_code="setting-altered",
    ),
    SealedColumn(
        "revisions",
        "sealed",
        "records",
        (
            "rev_id",
            "record_id",
            "kind",
            "parent_id",
            "number",
            "author",
            "author_seq",
            "created_utc",
        ),
        _revision_aad,
        error_code="record-altered",
    ),
    SealedColumn(
        "blobs",
        "sealed",
        "blobs",
        ("blob_id", "record_id"),
        lambda _, values: f"blob|{values[0]}|{values[1]}".encode(),
        error_code="attachment-altered",
        batch_rows=4,
    ),
    SealedColumn(
        "purged_revisions",
        "sealed",
        "records",
        ("rev_id", "author", "author_seq"),
        lambda _, values: f"purged|{values[0]}|{values[1]}|{values[2]}".encode(),
        error_code="record-altered",
    ),
    SealedColumn(
        "quarantine",
        "sealed",
        "sync",
        ("item_id",),
        lambda _, values: f"quarantine|{values[0]}".encode(),
        error_code="sync-record-altered",
    ),
    SealedColumn(
        "quarantine",
        "payload",
        "sync",
        ("item_id",),
        lambda _, values: f"quarantine|{values[0]}|payload".encode(),
        error_code="kept-bundle-altered",
        batch_rows=4,
    ),
    *(_item_column(table) for table in _ITEM_TABLES),
)


def reseal_all(
    conn: sqlite3.Connection,
    vault_id: str,
    old: PurposeKeys,
    new: PurposeKeys,
    progress: Progress | None = None,
) -> int:
    """Seal every value again under ``new``; return how many. Call inside a write
    transaction. ``progress(done, total)`` is told after each batch of rows."""
    total = sum(
        conn.execute(f"SELECT count(*) FROM {spec.table}").fetchone()[0]  # noqa: S608 (names from SEALED_COLUMNS)
        for spec in SEALED_COLUMNS
    )
    done = 0
    if progress is not None:
        progress(done, total)
    for spec in SEALED_COLUMNS:
        old_key, new_key = spec.key(old), spec.key(new)
        select = (
            f"SELECT rowid, {', '.join(spec.clear_columns)}, {spec.column} "  # noqa: S608 (names from SEALED_COLUMNS)
            f"FROM {spec.table} WHERE rowid > ? ORDER BY rowid LIMIT ?"
        )
        update = f"UPDATE {spec.table} SET {spec.column} = ? WHERE rowid = ?"  # noqa: S608 (names from SEALED_COLUMNS)
        last_rowid = 0
        # Read in batches by rowid rather than iterate one cursor over the rows being
        # updated: memory stays bounded (attachments) and the reads stay well defined.
        while rows := conn.execute(select, (last_rowid, spec.batch_rows)).fetchall():
            updates = []
            for rowid, *clear, sealed in rows:
                aad = spec.aad(vault_id, clear)
                try:
                    plaintext = crypto.unseal(old_key, sealed, aad)
                except SealError as exc:
                    error_code = spec.error_code
                    raise VaultCorrupt(error_code) from exc
                updates.append((crypto.seal(new_key, plaintext, aad), rowid))
            conn.executemany(update, updates)
            last_rowid = rows[-1][0]
            done += len(rows)
            if progress is not None:
                progress(done, total)
    return done
