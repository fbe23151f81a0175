"""A table of sealed JSON items under opaque ids: contacts, bundles sent and received.

Each item is sealed with the vault's sync key and bound to its table and id, so an item
cannot be moved to another row or table without failing to open. Tables are small
(contacts, bundles), so reading them whole is fine.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.jsonio import canonical_json
from monitor_app.core.vault.vault import Vault

TABLES = (
    "contacts",
    "bundles_sent",
    "bundles_received",
    "receipts_received",
    "trial_links",
    "derived",
    "signed_manifests",
)


class SealedTable:
    def __init__(self, vault: Vault, table: str) -> None:
        if table not in TABLES:
            raise ValueError(f"not a sealed table: {table}")
        self.vault = vault
        self.table = table

    def _aad(self, item_id: str) -> bytes:
        return f"sealed-item|{self.table}|{item_id}".encode()

    def put(
        self, item_id: str, value: Mapping[str, Any], conn: sqlite3.Connection | None = None
    ) -> None:
        """Insert or replace; inside the caller's transaction when ``conn`` is given."""
        sealed = self.vault.seal_item(canonical_json(dict(value)), self._aad(item_id))
        sql = f"INSERT OR REPLACE INTO {self.table}(item_id, sealed) VALUES (?, ?)"  # noqa: S608 (table from TABLES)
        if conn is not None:
            conn.execute(sql, (item_id, sealed))
            return
        with self.vault.database.write_transaction() as own:
            own.execute(sql, (item_id, sealed))

    def get(self, item_id: str, conn: sqlite3.Connection | None = None) -> dict[str, Any] | None:
        sql = f"SELECT sealed FROM {self.table} WHERE item_id = ?"  # noqa: S608 (table from TABLES)
        if conn is not None:
            row = conn.execute(sql, (item_id,)).fetchone()
        else:
            with self.vault.database.reading() as own:
                row = own.execute(sql, (item_id,)).fetchone()
        return None if row is None else self._open(item_id, row[0])

    def all(self) -> dict[str, dict[str, Any]]:
        self.vault.keys()
        with self.vault.database.reading() as conn:
            rows = conn.execute(f"SELECT item_id, sealed FROM {self.table}").fetchall()  # noqa: S608 (table from TABLES)
        return {item_id: self._open(item_id, sealed) for item_id, sealed in rows}

    def delete(self, item_id: str, conn: sqlite3.Connection | None = None) -> None:
        sql = f"DELETE FROM {self.table} WHERE item_id = ?"  # noqa: S608 (table from TABLES)
        if conn is not None:
            conn.execute(sql, (item_id,))
            return
        with self.vault.database.write_transaction() as own:
            own.execute(sql, (item_id,))

    def _open(self, item_id: str, sealed: bytes) -> dict[str, Any]:
        plaintext = self.vault.unseal_item(sealed, self._aad(item_id))
        return load_json_object(plaintext, error_code="sync-record-damaged")


def load_json_object(plaintext: bytes, *, error_code: str) -> dict[str, Any]:
    """A JSON object that this vault sealed itself; anything else is damage, refused with
    ``error_code`` (which names what was damaged)."""
    try:
        value = json.loads(plaintext)
    except ValueError as exc:
        raise VaultCorrupt(error_code) from exc
    if not isinstance(value, dict):
        raise VaultCorrupt(error_code)
    return value
