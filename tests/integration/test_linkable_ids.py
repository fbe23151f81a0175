"""Which clear values two seized vaults share, read with plain sqlite3 and no passphrase.

Two observers and their coordinator exchange bundles and receipts. A fourth vault, with
records of its own and no exchange, is the baseline: a value it holds too (a table's
structure, a KDF setting, a small counter) links nothing. What is left is compared with
docs/security.md ("Two seized laptops"): any new clear value that two vaults share makes
this test fail until the document says so."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.sync.receipts import export_receipt, import_receipt
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import card_of

# docs/security.md, "Two seized laptops": where an observer's vault and their coordinator's
# hold the same clear value (table.column in either vault).
SHARED_BY_OBSERVER_AND_COORDINATOR = {
    "meta.value",  # the observer's author id (meta.observer_id) ...
    "revisions.author",  # ... which the coordinator's copies of their revisions name
    "revisions.rev_id",
    "revisions.record_id",
    "revisions.parent_id",
    "revisions.created_utc",  # to the microsecond
    "blobs.blob_id",
    "blobs.record_id",
    "bundles_sent.item_id",  # a bundle's id, on the observer's side ...
    "bundles_received.item_id",  # ... and on the coordinator's
    "signed_manifests.item_id",  # ... under which it keeps what the observer signed
    "provenance.bundle_id",
    "provenance.rev_id",
}


def clear_values(folder: Path) -> dict[object, set[str]]:
    """Every value in every table of a vault's database, with the table.columns holding it."""
    where: dict[object, set[str]] = {}
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the file)
            columns = [column[0] for column in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    if value is not None:
                        where.setdefault(value, set()).add(f"{table}.{column}")
    return where


def linking(a: Path, b: Path, baseline: Path) -> set[str]:
    """The table.columns of values that vaults ``a`` and ``b`` share and ``baseline`` lacks."""
    values_a, values_b, common = clear_values(a), clear_values(b), clear_values(baseline)
    shared = (values_a.keys() & values_b.keys()) - common.keys()
    return {column for value in shared for column in values_a[value] | values_b[value]}


def record_something(vault: Vault) -> None:
    notebook = Notebook(vault)
    trial = notebook.add_trial("A trial")
    hearing = notebook.add_hearing(trial.id, datetime(2026, 11, 24, 8, tzinfo=UTC), "remote", "UTC")
    observation = notebook.add_observation(hearing.id, "general.note", text="a note")
    notebook.add_attachment(observation.id, "screen.png", b"png bytes")


def test_two_vaults_share_only_the_documented_clear_values(
    vault: Vault, second_observer: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    unrelated, _code = Vault.create(
        tmp_path / "unrelated", "unrelated passphrase here", "Unrelated", kdf=KDF_FLOOR
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    for observer in (vault, second_observer, unrelated):
        record_something(observer)
    Contacts(unrelated).add(card_of(coordinator))  # a contact too, but nothing exchanged
    importer = Importer(coordinator)
    for observer in (vault, second_observer):
        to_coordinator = Contacts(observer).add(card_of(coordinator))
        from_observer = Contacts(coordinator).add(card_of(observer))
        bundle = export_bundle(observer, [to_coordinator], stick)
        assert importer.import_paths([stick / bundle.file_name])[0].status == IMPORTED
        receipt = export_receipt(coordinator, from_observer, stick)
        assert import_receipt(observer, receipt).newly_acknowledged > 0
    folders = [v.folder for v in (vault, second_observer, coordinator, unrelated)]
    for opened in (vault, second_observer, coordinator, unrelated):
        opened.close()
    first, second, coordinators, baseline = folders

    assert linking(first, second, baseline) == set()  # they share a coordinator, nothing else
    assert linking(first, coordinators, baseline) == SHARED_BY_OBSERVER_AND_COORDINATOR
    assert linking(second, coordinators, baseline) == SHARED_BY_OBSERVER_AND_COORDINATOR
