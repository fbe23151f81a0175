"""Bundles from an observer to a coordinator and back: identities, contacts, export, import,
idempotent and order-free merge, quarantine, receipts and purge — real vaults, real age."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor_app.core.coordination.coordinator_data import current_dashboard
from monitor_app.core.coordination.dashboard_snapshot import load_snapshot
from monitor_app.core.errors import ValidationError, VaultLocked
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.sync.bundle_format import BundleError
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import NothingToExport, SentBundles, export_bundle
from monitor_app.core.sync.identity import Identity, KeyCard, KeyCardError
from monitor_app.core.sync.importer import (
    ALREADY_HAD,
    CANCELLED,
    IMPORTED,
    QUARANTINED,
    REFUSED,
    Importer,
)
from monitor_app.core.sync.receipts import (
    export_receipt,
    import_receipt,
    purge_candidates,
    purge_trials,
)
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.layers import PASSPHRASE
from tests.sync_layers import Pairing, card_of


def _export(vault: Vault, pairing: Pairing, folder: Path, **options: bool) -> Path:
    folder.mkdir(exist_ok=True)
    bundle = export_bundle(vault, [pairing.coordinator_contact], folder, **options)
    return folder / bundle.file_name


# ---- identities and contacts ----------------------------------------------------------


def test_every_vault_has_its_own_identity_and_a_card_that_round_trips(
    vault: Vault, coordinator: Vault
) -> None:
    card = card_of(vault)
    assert card.author == vault.observer_id
    assert card.display_name == "Observer A"
    assert card.age_recipient.startswith("age1")
    assert card.fingerprint != card_of(coordinator).fingerprint
    groups = card.fingerprint.split(" ")
    assert len(groups) == 8
    assert all(len(g) == 5 and g.isdigit() for g in groups)


def test_an_altered_key_card_is_refused(vault: Vault, coordinator: Vault) -> None:
    data = Identity(vault).card_file_bytes()
    other = card_of(coordinator).age_recipient
    swapped = data.replace(card_of(vault).age_recipient.encode(), other.encode())
    with pytest.raises(KeyCardError, match="altered"):
        KeyCard.from_file_bytes(swapped)
    fingerprint = card_of(vault).fingerprint.encode()
    assert fingerprint in data  # for people reading the file
    with pytest.raises(KeyCardError, match="fingerprint does not match"):
        KeyCard.from_file_bytes(data.replace(fingerprint, b"00000 " + fingerprint[6:]))
    with pytest.raises(KeyCardError, match="not a Trial Monitor key card"):
        KeyCard.from_file_bytes(b"\x00\xff not json")
    with pytest.raises(KeyCardError):
        KeyCard.from_file_bytes(data.replace(b'"version": 1', b'"version": 99'))


def test_contacts_refuse_own_card_and_a_second_card_with_other_keys(
    vault: Vault, coordinator: Vault, second_observer: Vault
) -> None:
    contacts = Contacts(vault)
    with pytest.raises(ValidationError, match="own key card"):
        contacts.add(card_of(vault))
    added = contacts.add(card_of(coordinator))
    assert contacts.find("Coordinator C") == added
    assert contacts.find(added.author[:8]) == added
    impostor = KeyCard(
        author=added.author,
        display_name="Coordinator C",
        signing_key=card_of(second_observer).signing_key,
        age_recipient=card_of(second_observer).age_recipient,
        created_utc=added.card.created_utc,
    )
    with pytest.raises(ValidationError, match="different keys"):
        contacts.add(impostor)
    contacts.remove(added.author)
    assert contacts.list() == []


# ---- export and import ------------------------------------------------------------------


def test_a_bundle_carries_everything_to_the_coordinator(
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    outage = notebook.start_interval(
        hearing.id, "remote.connection_lost", datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
    )
    notebook.stop_interval(outage.id, datetime(2026, 11, 24, 7, 25, tzinfo=UTC), "continued")
    attachment = notebook.add_attachment(outage.id, "frozen.png", b"\x89PNG frozen screen")
    notebook.set_checklist_answer(hearing.id, notebook.taxonomy.checklist[0].id, "no")
    path = _export(notebook.vault, paired, tmp_path / "out")
    assert path.stat().st_mode & 0o777 == 0o600
    assert len(path.name) == 36  # 32 random hex digits + ".age": nothing about who or what

    results = Importer(coordinator).import_paths([path])
    assert [(r.status, r.new_revisions) for r in results] == [(IMPORTED, 6)]
    received = Notebook(coordinator)
    assert received.get_trial(trial.id).title == trial.title
    assert received.hearing_totals(hearing.id).seconds_lost == 20 * 60
    assert received.read_attachment(attachment.id)[1] == b"\x89PNG frozen screen"
    assert received.verify() == []
    bundle = Importer(coordinator).provenance(attachment.revision.rev_id)  # type: ignore[union-attr]
    assert bundle is not None
    assert bundle.author_name == "Observer A"
    assert bundle.file_name == path.name


def test_the_same_bundle_twice_changes_nothing(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    path = _export(notebook.vault, paired, tmp_path / "out")
    importer = Importer(coordinator)
    assert importer.import_paths([path])[0].status == IMPORTED
    revisions = Notebook(coordinator).store.count()
    again = importer.import_paths([path, path.parent])
    assert [r.status for r in again] == [ALREADY_HAD]  # a file named twice is imported once
    assert Notebook(coordinator).store.count() == revisions


def test_bundles_out_of_order_import_and_gaps_are_reported_until_filled(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    first = _export(notebook.vault, paired, tmp_path / "one")
    notebook.update_trial(trial.id, court="Regional Court")
    second = _export(notebook.vault, paired, tmp_path / "two")
    importer = Importer(coordinator)
    (late,) = importer.import_paths([second])
    assert late.status == IMPORTED
    assert late.gaps == ("bundle(s) 1 not received yet", "revision(s) 1 missing")
    assert late.missing == Gaps(bundles=((1, 1),), revisions=((1, 1),))
    (filled,) = importer.import_paths([first])
    assert filled.status == IMPORTED
    assert filled.gaps == ()
    assert not filled.missing
    assert Notebook(coordinator).get_trial(trial.id).court == "Regional Court"
    assert Notebook(coordinator).verify() == []


def test_nothing_new_is_said_and_export_all_sends_everything_again(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    _export(notebook.vault, paired, tmp_path / "one")
    with pytest.raises(NothingToExport, match="Nothing has changed") as unchanged:
        _export(notebook.vault, paired, tmp_path / "two")
    assert unchanged.value.reason == NothingToExport.UNCHANGED
    again = _export(notebook.vault, paired, tmp_path / "three", everything=True)
    sent = SentBundles(notebook.vault).all()
    assert [b.recipients[0][2] for b in sent] == [1, 2]  # a sequence number per recipient
    assert Importer(coordinator).import_paths([again])[0].status == IMPORTED


def test_only_a_records_author_revises_it_and_their_edits_still_arrive(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """The coordinator cannot edit the observer's trial (another author's revisions of a
    record are kept as theirs: tests/core/sync/test_authorship.py); the observer's edits
    keep coming."""
    importer = Importer(coordinator)
    importer.import_paths([_export(notebook.vault, paired, tmp_path / "one")])
    with pytest.raises(ValidationError, match="only its author"):
        Notebook(coordinator).update_trial(trial.id, notes="coordinator's note")
    notebook.update_trial(trial.id, notes="observer's note")
    importer.import_paths([_export(notebook.vault, paired, tmp_path / "two")])
    merged = Notebook(coordinator)
    assert len(merged.history(trial.id)) == 2
    assert merged.get_trial(trial.id).notes == "observer's note"
    assert merged.verify() == []


def test_an_unknown_signer_is_quarantined_until_their_card_is_added(
    notebook: Notebook, trial: Trial, coordinator: Vault, tmp_path: Path
) -> None:
    contact = Contacts(notebook.vault).add(card_of(coordinator))
    (tmp_path / "out").mkdir()
    bundle = export_bundle(notebook.vault, [contact], tmp_path / "out")
    importer = Importer(coordinator)
    (result,) = importer.import_paths([tmp_path / "out"])
    assert result.status == QUARANTINED
    assert card_of(notebook.vault).fingerprint in result.message
    assert Notebook(coordinator).store.count() == 0
    (waiting,) = importer.quarantined()
    assert waiting.claimed_name == "Observer A"
    Contacts(coordinator).add(card_of(notebook.vault))
    (retried,) = importer.import_quarantined()
    assert retried.status == IMPORTED
    assert retried.bundle_id == bundle.bundle_id
    assert importer.quarantined() == []
    assert Notebook(coordinator).get_trial(trial.id).title == trial.title


def test_a_bundle_for_someone_else_is_refused(
    notebook: Notebook, trial: Trial, paired: Pairing, second_observer: Vault, tmp_path: Path
) -> None:
    path = _export(notebook.vault, paired, tmp_path / "out")
    Contacts(second_observer).add(card_of(notebook.vault))
    (result,) = Importer(second_observer).import_paths([path])
    assert result.status == REFUSED
    assert "not addressed to this vault" in result.message


def test_an_own_bundle_and_a_receipt_are_not_imported_as_bundles(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    path = _export(notebook.vault, paired, tmp_path / "out")
    (own,) = Importer(notebook.vault).import_paths([path])
    assert own.status == REFUSED
    assert "written by this vault" in own.message
    Importer(coordinator).import_paths([path])
    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    (wrong,) = Importer(notebook.vault).import_paths([receipt])
    assert "receipt" in wrong.message


def test_a_rewritten_history_is_refused(
    notebook: Notebook,
    trial: Trial,
    coordinator: Vault,
    paired: Pairing,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    """A copy of the vault that goes its own way makes a different revision #2 under the
    same author: the coordinator, holding the real #2, refuses the fork."""
    fork_dir = tmp_path / "fork"
    notebook.vault.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(vault_dir, fork_dir)
    notebook.update_trial(trial.id, court="the real change")
    importer = Importer(coordinator)
    importer.import_paths([_export(notebook.vault, paired, tmp_path / "real")])
    with Vault.open(fork_dir) as fork:
        fork.unlock(PASSPHRASE)
        Notebook(fork).update_trial(trial.id, court="a rewritten change")
        forged = export_bundle(fork, [paired.coordinator_contact], tmp_path, everything=True)
    before = Notebook(coordinator).store.count()
    (result,) = importer.import_paths([tmp_path / forged.file_name])
    assert result.status == REFUSED
    assert "rewritten" in result.message
    assert Notebook(coordinator).store.count() == before


class _CancelOnCall:
    """A cancel flag that is raised at its n-th question: to cancel mid-import."""

    def __init__(self, n: int) -> None:
        self.calls = 0
        self.n = n

    def is_set(self) -> bool:
        self.calls += 1
        return self.calls >= self.n


@pytest.mark.parametrize("when", [1, 2, 3])
def test_cancel_leaves_nothing_half_done(
    notebook: Notebook,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
    when: int,
) -> None:
    for i in range(20):
        notebook.add_observation(hearing.id, "general.note", text=f"note {i}")
    path = _export(notebook.vault, paired, tmp_path / "out")
    importer = Importer(coordinator)
    (result,) = importer.import_paths([path], cancel=_CancelOnCall(when))
    assert result.status == CANCELLED
    assert Notebook(coordinator).store.count() == 0
    assert importer.received_bundles() == []
    assert importer.import_paths([path])[0].status == IMPORTED


def test_one_bad_file_in_a_batch_stops_nothing(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    path = _export(notebook.vault, paired, tmp_path / "out")
    # Named to sort after the bundle's hex name: the bad file comes second, then first.
    bad = tmp_path / "out" / "zzzz.age"
    bad.write_bytes(b"age-encryption.org/v1\n-> X25519 junk\n")
    results = Importer(coordinator).import_paths([bad, path])
    assert [(r.source, r.status) for r in results] == [(bad.name, REFUSED), (path.name, IMPORTED)]


# ---- receipts and purge -------------------------------------------------------------------


def test_a_receipt_acknowledges_bundles_and_allows_purging_just_those_trials(
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    note = notebook.add_observation(hearing.id, "general.note", text="delivered")
    notebook.add_attachment(note.id, "a.png", b"\x89PNG delivered")
    notebook.save_draft(f"live-note:{hearing.id}", "half typed")
    Importer(coordinator).import_paths([_export(notebook.vault, paired, tmp_path / "out")])
    later = notebook.add_trial("Not yet sent")
    assert all(not c.purgeable for c in purge_candidates(notebook.vault))

    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    result = import_receipt(notebook.vault, receipt)
    assert (result.newly_acknowledged, result.unknown) == (1, 0)
    assert import_receipt(notebook.vault, receipt).duplicate
    (sent,) = SentBundles(notebook.vault).all()
    assert paired.observer_contact.author not in sent.acknowledged
    assert paired.coordinator_contact.author in sent.acknowledged

    candidates = {c.trial_id: c for c in purge_candidates(notebook.vault)}
    assert candidates[trial.id].purgeable
    assert not candidates[later.id].purgeable
    assert (candidates[later.id].pending, candidates[later.id].foreign) == (1, False)
    with pytest.raises(ValidationError, match="Nothing was removed"):
        purge_trials(notebook.vault, [trial.id, later.id])
    current_dashboard(notebook.vault, notebook.taxonomy)  # kept figures that count the trial
    removed = purge_trials(notebook.vault, [trial.id])
    assert removed == 4
    assert [t.id for t in notebook.list_trials()] == [later.id]
    assert notebook.load_draft(f"live-note:{hearing.id}") == ""
    assert load_snapshot(notebook.vault) is None
    with notebook.vault.database.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0
    # The chain still verifies, and goes on from the purged revisions.
    assert notebook.verify() == []
    notebook.update_trial(later.id, court="after the purge")
    assert notebook.verify() == []
    (update,) = Importer(coordinator).import_paths(
        [_export(notebook.vault, paired, tmp_path / "next")]
    )
    assert update.status == IMPORTED
    assert update.gaps == ()
    assert Notebook(coordinator).verify() == []


def test_a_receipt_from_a_stranger_or_for_another_bundle_acknowledges_nothing(
    notebook: Notebook,
    trial: Trial,
    coordinator: Vault,
    paired: Pairing,
    second_observer: Vault,
    tmp_path: Path,
) -> None:
    path = _export(notebook.vault, paired, tmp_path / "out")
    Importer(coordinator).import_paths([path])
    Contacts(notebook.vault).remove(paired.coordinator_contact.author)
    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    with pytest.raises(Exception, match="not a contact"):
        import_receipt(notebook.vault, receipt)
    assert not SentBundles(notebook.vault).all()[0].acknowledged
    with pytest.raises(ValidationError, match="without a receipt"):
        purge_trials(notebook.vault, [trial.id])


def test_a_malformed_receipt_is_refused_and_acknowledges_nothing(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    Importer(coordinator).import_paths([_export(notebook.vault, paired, tmp_path / "out")])
    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    parts = bt.members(bt.decrypt(receipt.read_bytes(), notebook.vault))
    manifest = bt.manifest_of(parts)
    del manifest["bundles"][0]["imported_utc"]
    forged = bt.signed(parts, manifest, Identity(coordinator).signing)
    path = tmp_path / "forged-receipt.age"
    path.write_bytes(
        bt.encrypt(bt.zip_entries(forged.items()), Identity(notebook.vault).age_recipient)
    )
    with pytest.raises(BundleError, match="malformed"):
        import_receipt(notebook.vault, path)
    assert not SentBundles(notebook.vault).all()[0].acknowledged


def test_work_still_running_when_the_vault_locks_stops_with_a_clear_reason(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """A lock closes the database under a worker thread: its next step says the vault was
    locked (a VaultLocked), not that SQLite was misused."""
    path = _export(notebook.vault, paired, tmp_path / "out")
    importer = Importer(coordinator)
    coordinator.close()
    with pytest.raises(VaultLocked, match="locked"):
        importer.import_bytes(path.read_bytes(), path.name)
    with pytest.raises(VaultLocked):
        importer.received_bundles()


def test_a_full_disk_during_import_imports_nothing_and_says_so(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    for i in range(200):
        notebook.add_observation(hearing.id, "general.note", text=f"note {i} " + "x" * 500)
    path = _export(notebook.vault, paired, tmp_path / "out")
    conn = coordinator.database.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the database cannot grow: "full"
    importer = Importer(coordinator)
    (result,) = importer.import_paths([path])
    assert result.status == REFUSED
    assert "disk is full" in result.message
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert Notebook(coordinator).store.count() == 0
    assert importer.received_bundles() == []
    assert importer.import_paths([path])[0].status == IMPORTED
