"""Sync leaks nothing either: the bundle on the USB stick, the receipt, the coordinator's
vault after the import, a quarantined bundle and the observer's vault after a purge hold
no marker in any encoding; a bundle's file name says nothing; and a purge leaves no trace
of the purged text in the database's free pages or write-ahead log."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.coordination.coordinator_data import current_dashboard
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, QUARANTINED, Importer
from monitor_app.core.sync.receipts import export_receipt, import_receipt, purge_trials
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault
from tests.integration.test_leak_scan import MARKERS, fill_with_markers, scan
from tests.sync_layers import card_of

COORDINATOR_MARKERS = {"coordinator_name": "Marker-Coordinator-Ptarmigan"}


def test_bundles_receipts_and_both_vaults_hold_no_plaintext(tmp_path: Path) -> None:
    observer, _ = Vault.create(
        tmp_path / "observer", MARKERS["passphrase"], MARKERS["display_name"], kdf=crypto.KDF_FLOOR
    )
    coordinator, _ = Vault.create(
        tmp_path / "coordinator",
        "coordinator passphrase long",
        COORDINATOR_MARKERS["coordinator_name"],
        kdf=crypto.KDF_FLOOR,
    )
    notebook = Notebook(observer)
    fill_with_markers(notebook)
    # Minutes lost, so the dashboard's kept figures name the trial (below).
    (trial,) = notebook.list_trials()
    (hearing,) = notebook.list_hearings(trial.id)
    lost = notebook.start_interval(
        hearing.id, "remote.connection_lost", datetime(2026, 11, 24, 8, 10, tzinfo=UTC)
    )
    notebook.stop_interval(lost.id, datetime(2026, 11, 24, 8, 30, tzinfo=UTC))
    everything = {**MARKERS, **COORDINATOR_MARKERS}
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    coordinator_contact = Contacts(observer).add(card_of(coordinator))
    bundle = export_bundle(observer, [coordinator_contact], stick)
    assert not any(part in bundle.file_name for part in ("observer", "trial", "2026"))

    # Quarantined first (the observer is not a contact yet), then imported.
    importer = Importer(coordinator)
    assert importer.import_paths([stick])[0].status == QUARANTINED
    assert scan([tmp_path], everything) == []
    observer_contact = Contacts(coordinator).add(card_of(observer))
    assert importer.import_quarantined()[0].status == IMPORTED
    receipt = export_receipt(coordinator, observer_contact, stick)
    assert import_receipt(observer, receipt).newly_acknowledged == 1
    # The dashboard's kept figures name trials (the sessions' titles): sealed too.
    for vault in (coordinator, observer):
        titles = current_dashboard(vault, notebook.taxonomy).group_titles
        assert set(titles.values()) == {MARKERS["title"]}
    assert scan([tmp_path], everything) == []

    with observer.database.reading() as conn:
        sealed = [row[0] for row in conn.execute("SELECT sealed FROM revisions")]
        sealed += [row[0] for row in conn.execute("SELECT sealed FROM blobs")]
        sealed += [row[0] for row in conn.execute("SELECT sealed FROM derived")]
    purge_trials(observer, [trial.id])
    observer.close()
    coordinator.close()
    assert scan([tmp_path], everything) == []
    # Not even the ciphertext stays behind (secure_delete, an emptied write-ahead log):
    # a passphrase forced out of the observer later opens nothing that was purged.
    leftovers = b"".join(p.read_bytes() for p in (tmp_path / "observer").iterdir())
    assert not [blob for blob in sealed if blob[16:80] in leftovers]

    # The coordinator has it all; the observer's laptop no longer does, even to its owner.
    with Vault.open(tmp_path / "coordinator") as reopened:
        reopened.unlock("coordinator passphrase long")
        assert [t.title for t in Notebook(reopened).list_trials()] == [MARKERS["title"]]
    with Vault.open(tmp_path / "observer") as reopened:
        reopened.unlock(MARKERS["passphrase"])
        assert Notebook(reopened).list_trials() == []
        assert Notebook(reopened).verify() == []
