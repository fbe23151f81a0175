"""What the author of each bundle received signed: the bundle's manifest and its signature,
kept sealed under the bundle's id (table ``signed_manifests``, schema 5).

A coordinator forwards an observer's revisions with the observer's own signature on them
(`forward`): the signed manifest holds the SHA-256 of the bundle's revisions and
attachments, and the vault holds those revisions and attachments as they arrived, so the
bundle as its author signed it can be put together again, byte for byte, and checked by
anyone with the author's key card. Kept for every bundle imported from this version on (and
for an older one imported again); a bundle received before cannot be forwarded.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

TABLE = "signed_manifests"
_SQL_CHUNK = 500


@dataclass(frozen=True)
class SignedOriginal:
    """A received bundle's ``manifest.json`` and ``manifest.json.minisig``, as its author
    signed them."""

    bundle_id: str
    manifest_bytes: bytes
    signature: bytes


def keep_original(
    vault: Vault, conn: sqlite3.Connection, bundle_id: str, manifest_bytes: bytes, signature: bytes
) -> None:
    """Keep what the author of bundle ``bundle_id`` signed, inside the caller's transaction
    (the import that received it)."""
    item = {
        "manifest": base64.b64encode(manifest_bytes).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    SealedTable(vault, TABLE).put(bundle_id, item, conn)


def kept_original(vault: Vault, bundle_id: str) -> SignedOriginal | None:
    """The signed manifest of a bundle received, or None when it was not kept."""
    item = SealedTable(vault, TABLE).get(bundle_id)
    if item is None:
        return None
    try:
        manifest = base64.b64decode(str(item["manifest"]), validate=True)
        signature = base64.b64decode(str(item["signature"]), validate=True)
    except (KeyError, binascii.Error, ValueError) as exc:
        raise VaultCorrupt("sync-record-damaged") from exc
    return SignedOriginal(bundle_id, manifest, signature)


def kept_original_ids(conn: sqlite3.Connection, bundle_ids: Iterable[str]) -> set[str]:
    """Those of ``bundle_ids`` whose signed manifest is kept."""
    wanted = list(dict.fromkeys(bundle_ids))
    kept: set[str] = set()
    for start in range(0, len(wanted), _SQL_CHUNK):
        chunk = wanted[start : start + _SQL_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT item_id FROM {TABLE} WHERE item_id IN ({marks})",  # noqa: S608 (placeholders only)
            chunk,
        )
        kept.update(row[0] for row in rows)
    return kept
