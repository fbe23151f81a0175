"""The observers' status from the chains as last verified (`sync.author_state`): on real
vaults and bundles it says exactly what verifying every revision says — several
observers, bundles missing and in quarantine, the coordinator's own records, a chain broken
or rewritten in the vault behind the kept state's back, a purge, a re-key, a vault of
before — and what is kept is never taken for current when the rows changed."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.observer_status import (
    ObserverStatus,
    author_names,
    observer_statuses,
)
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.author_state import ITEM_ID, author_chains
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.history_check import verify_history
from monitor_app.core.sync.importer import IMPORTED, QUARANTINED, Importer
from monitor_app.core.sync.receipts import export_receipt, import_receipt, purge_trials
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing, card_of

FIXTURES = Path(__file__).parents[2] / "fixtures"


def verified_statuses(vault: Vault) -> list[ObserverStatus]:
    """The statuses as they were worked out before anything was kept: every revision
    decrypted, every chain verified (`verify_history`), the gaps from `Importer.gaps`."""
    revisions = list(RevisionStore(vault).all_revisions())
    problems = verify_history(vault, revisions)
    per_author = Counter(r.author for r in revisions)
    importer = Importer(vault)
    contacts = {c.author: c for c in Contacts(vault).list()}
    quarantined = Counter(q.claimed_author for q in importer.quarantined())
    own = vault.observer_id
    authors = sorted(
        {own} | set(per_author) | set(contacts),
        key=lambda a: (a != own, (contacts[a].name if a in contacts else a)),
    )
    names = author_names(vault)
    statuses = []
    for author in authors:
        received = importer.received_bundles(author)
        statuses.append(
            ObserverStatus(
                author=author,
                name=names.get(author, f"observer {author[:8]}"),
                real_name=contacts[author].real_name if author in contacts else "",
                is_contact=author in contacts,
                bundles=len(received),
                last_bundle_utc=received[-1].imported_utc if received else None,
                gaps=importer.gaps(author) if author != own else (),
                chain_problems=tuple(str(p) for p in problems if p.author == author),
                quarantined=quarantined[author],
                revisions=per_author[author],
            )
        )
    return statuses


def same_as_verified(vault: Vault) -> list[ObserverStatus]:
    statuses = observer_statuses(vault)
    assert statuses == verified_statuses(vault)
    return statuses


def kept_is_current(vault: Vault) -> bool:
    """Every author's kept chain is current: reading them verifies nothing."""
    chains = author_chains(vault)
    return not chains.verified and not chains.caught_up


class Sender:
    """An observer's vault sending bundles to the coordinator, each kept as its bytes."""

    def __init__(self, vault: Vault, coordinator: Vault, folder: Path) -> None:
        self.vault = vault
        self.notebook = Notebook(vault)
        self.contact = Contacts(vault).add(card_of(coordinator))
        self.folder = folder
        folder.mkdir()

    def send(self) -> bytes:
        sent = export_bundle(self.vault, [self.contact], self.folder)
        return (self.folder / sent.file_name).read_bytes()


def _status(statuses: list[ObserverStatus], author: str) -> ObserverStatus:
    (status,) = [s for s in statuses if s.author == author]
    return status


def test_observers_gaps_quarantine_and_own_records_read_as_verified_without_decrypting(
    notebook: Notebook,
    hearing: Hearing,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
) -> None:
    a = Sender(notebook.vault, coordinator, tmp_path / "a")
    b = Sender(second_observer, coordinator, tmp_path / "b")
    importer = Importer(coordinator)
    Contacts(coordinator).add(card_of(notebook.vault))

    first_a = a.send()
    notebook.add_observation(hearing.id, "general.note", text="the second")
    second_a = a.send()
    notebook.add_observation(hearing.id, "public.excluded", text="the third")
    third_a = a.send()
    trial_b = b.notebook.add_trial("Observed by B")
    first_b = b.send()

    # The first reading of a vault that kept nothing verifies every chain, and keeps them.
    own = Notebook(coordinator).add_trial("The coordinator's own", court="Minsk City Court")
    assert importer.import_bytes(first_a, "a1").status == IMPORTED
    assert author_chains(coordinator).verified == {a.vault.observer_id, coordinator.observer_id}
    assert kept_is_current(coordinator)

    # A's second bundle missing: a gap; B not a contact yet: quarantined.
    assert importer.import_bytes(third_a, "a3").status == IMPORTED
    assert importer.import_bytes(first_b, "b1").status == QUARANTINED
    assert kept_is_current(coordinator)  # the import carried A's kept chain over
    statuses = same_as_verified(coordinator)
    assert _status(statuses, a.vault.observer_id).gaps == (
        "bundle(s) 2 not received yet",
        "revision(s) 3 missing",
    )
    assert [q.claimed_author for q in importer.quarantined()] == [b.vault.observer_id]
    assert not _status(statuses, a.vault.observer_id).chain_ok  # verify_chains: a hole
    assert author_chains(coordinator).chains[a.vault.observer_id].problems

    # The hole filled, B a contact, and the coordinator's own records.
    assert importer.import_bytes(second_a, "a2").status == IMPORTED
    Contacts(coordinator).add(card_of(second_observer))
    assert [r.status for r in importer.import_quarantined()] == [IMPORTED]
    Notebook(coordinator).update_trial(own.id, court="Minsk Regional Court")
    b.notebook.update_trial(trial_b.id, court="City Court")
    assert importer.import_bytes(b.send(), "b2").status == IMPORTED
    chains = author_chains(coordinator)
    assert chains.verified == {b.vault.observer_id}  # new: nothing was kept of them
    assert chains.caught_up == {coordinator.observer_id}  # own saves, verified alone
    statuses = same_as_verified(coordinator)
    assert all(s.chain_ok and not s.gaps for s in statuses)
    assert [s.revisions for s in statuses] == [2, 4, 2]
    assert kept_is_current(coordinator)


def _write_behind(vault: Vault, *revisions: object) -> None:
    """Seal revisions straight into the store, as a vault edited with its keys, or written
    by code that keeps nothing, would hold them: no import, no hook."""
    store = RevisionStore(vault)
    with vault.database.write_transaction() as conn:
        store.insert(conn, revisions)  # type: ignore[arg-type]


def _scene(notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path) -> str:
    """Observer A's four revisions imported by the coordinator, the chains kept."""
    a = Sender(notebook.vault, coordinator, tmp_path / "a")
    Contacts(coordinator).add(card_of(notebook.vault))
    for text in ("one", "two"):
        notebook.add_observation(hearing.id, "general.note", text=text)
    assert Importer(coordinator).import_bytes(a.send(), "a").status == IMPORTED
    assert all(s.chain_ok for s in same_as_verified(coordinator))
    assert kept_is_current(coordinator)
    return notebook.vault.observer_id


def test_a_revision_appended_behind_its_back_that_does_not_link_is_found(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    author = _scene(notebook, hearing, coordinator, tmp_path)
    store = RevisionStore(coordinator)
    (last,) = store.by_author(author, 4)
    forged = dataclasses.replace(
        last, rev_id="f" * 32, author_seq=5, number=last.number + 1, prev_hash="0" * 64
    )
    _write_behind(coordinator, forged)
    assert author_chains(coordinator).caught_up == {author}
    status = _status(same_as_verified(coordinator), author)
    assert status.chain_problems == (
        f"author {author[:8]} revision #5: does not link to the revision before it: "
        "history was altered",
    )
    assert kept_is_current(coordinator)
    assert _status(same_as_verified(coordinator), author).revisions == 5


def test_a_revision_replaced_behind_its_back_is_found_though_counts_are_unchanged(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    """The same number of revisions, the same numbers: a replaced row still shows."""
    author = _scene(notebook, hearing, coordinator, tmp_path)
    store = RevisionStore(coordinator)
    (middle,) = store.by_author(author, 3, 3)
    altered = dataclasses.replace(middle, body={**middle.body, "text": "rewritten"})
    with sqlite3.connect(coordinator.database.path) as conn:
        conn.execute("DELETE FROM revisions WHERE rev_id = ?", (middle.rev_id,))
    _write_behind(coordinator, altered)
    chains = author_chains(coordinator)
    assert chains.verified == {author}
    status = _status(same_as_verified(coordinator), author)
    assert status.chain_problems == (
        f"author {author[:8]} revision #4: does not link to the revision before it: "
        "history was altered",
    )
    assert status.revisions == 4


def test_the_newest_revision_replaced_in_its_own_row_is_found(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    """SQLite gives a row written after the table's last was deleted that row's id again:
    same count, same numbers, same highest row id; its rev_id tells."""
    author = _scene(notebook, hearing, coordinator, tmp_path)
    (newest,) = RevisionStore(coordinator).by_author(author, 4)
    forged = dataclasses.replace(newest, rev_id="d" * 32, prev_hash="0" * 64)
    with sqlite3.connect(coordinator.database.path) as conn:
        (row_id,) = conn.execute("SELECT MAX(rowid) FROM revisions").fetchone()
        conn.execute("DELETE FROM revisions WHERE rev_id = ?", (newest.rev_id,))
    _write_behind(coordinator, forged)
    with sqlite3.connect(coordinator.database.path) as conn:
        assert conn.execute("SELECT MAX(rowid) FROM revisions").fetchone() == (row_id,)
    assert author_chains(coordinator).verified == {author}
    status = _status(same_as_verified(coordinator), author)
    assert status.chain_problems == (
        f"author {author[:8]} revision #4: does not link to the revision before it: "
        "history was altered",
    )


@pytest.mark.parametrize("from_seq", [3, 1], ids=["the last two", "all"])
def test_revisions_removed_behind_its_back_are_found(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path, from_seq: int
) -> None:
    author = _scene(notebook, hearing, coordinator, tmp_path)
    with sqlite3.connect(coordinator.database.path) as conn:
        conn.execute(
            "DELETE FROM revisions WHERE author = ? AND author_seq >= ?", (author, from_seq)
        )
    status = _status(same_as_verified(coordinator), author)
    assert "arrived in bundles but are not here" in status.chain_problems[0]
    assert status.revisions == from_seq - 1
    assert kept_is_current(coordinator)


def test_a_kept_item_that_does_not_open_is_verified_again(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    author = _scene(notebook, hearing, coordinator, tmp_path)
    with coordinator.database.write_transaction() as conn:
        conn.execute("UPDATE derived SET sealed = x'00' WHERE item_id = ?", (ITEM_ID,))
    notebook.add_observation(hearing.id, "general.note", text="six")
    (contact,) = Contacts(notebook.vault).list()
    sent = export_bundle(notebook.vault, [contact], tmp_path / "a")
    result = Importer(coordinator).import_paths([tmp_path / "a" / sent.file_name])
    assert result[0].status == IMPORTED  # a damaged kept item never stops an import
    assert author_chains(coordinator).verified == {author}
    same_as_verified(coordinator)
    table = SealedTable(coordinator, "derived")
    table.put(ITEM_ID, {"format": 999, "authors": {}})
    assert author_chains(coordinator).verified == {author}
    assert kept_is_current(coordinator)


def test_purge_keeps_the_chain_current_and_own_saves_after_it_are_verified_alone(
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    observer = notebook.vault
    later = notebook.add_trial("Not yet sent")
    folder = tmp_path / "out"
    folder.mkdir()
    sent = export_bundle(observer, [paired.coordinator_contact], folder)
    Importer(coordinator).import_paths([folder / sent.file_name])
    import_receipt(observer, export_receipt(coordinator, paired.observer_contact, tmp_path))
    same_as_verified(observer)  # kept
    same_as_verified(coordinator)

    assert purge_trials(observer, [trial.id]) == 2  # the trial and its hearing
    assert kept_is_current(observer)
    statuses = same_as_verified(observer)
    assert statuses[0].revisions == 1
    assert statuses[0].chain_ok

    notebook.update_trial(later.id, court="after the purge")
    assert author_chains(observer).caught_up == {observer.observer_id}
    assert same_as_verified(observer)[0].revisions == 2
    assert kept_is_current(observer)


def test_the_kept_chains_survive_a_re_key(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    _scene(notebook, hearing, coordinator, tmp_path)
    coordinator.change_passphrase(COORDINATOR_PASSPHRASE, "a new coordinator passphrase here")
    assert kept_is_current(coordinator)
    same_as_verified(coordinator)


@pytest.mark.parametrize("golden", sorted(FIXTURES.glob("vault_v*")), ids=lambda p: p.name)
def test_a_vault_of_before_verifies_once_and_keeps(golden: Path, tmp_path: Path) -> None:
    expected = json.loads((golden / "expected.json").read_text())
    folder = tmp_path / "vault"
    shutil.copytree(golden, folder)
    with Vault.open(folder) as vault:
        vault.unlock(expected["passphrase"])
        assert SealedTable(vault, "derived").get(ITEM_ID) is None
        statuses = same_as_verified(vault)
        assert sum(s.revisions for s in statuses) == expected["revisions"]
        assert kept_is_current(vault)


def test_revisions_already_read_are_used_only_when_they_are_what_the_vault_holds(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path
) -> None:
    author = _scene(notebook, hearing, coordinator, tmp_path)
    table = SealedTable(coordinator, "derived")
    revisions = list(RevisionStore(coordinator).all_revisions())
    table.delete(ITEM_ID)
    assert observer_statuses(coordinator, revisions) == verified_statuses(coordinator)
    assert kept_is_current(coordinator)
    # Read at another time: one more than the vault holds, which does not link.
    (last,) = [r for r in revisions if r.author_seq == 4]
    stray = dataclasses.replace(last, rev_id="e" * 32, author_seq=5, prev_hash="0" * 64)
    table.delete(ITEM_ID)
    status = _status(observer_statuses(coordinator, [*revisions, stray]), author)
    assert status.chain_ok
    assert status.revisions == 4


@pytest.fixture
def bundles(
    notebook: Notebook,
    hearing: Hearing,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
) -> list[bytes]:
    """Five bundles: three from the first observer, two from the second."""
    a = Sender(notebook.vault, coordinator, tmp_path / "a")
    b = Sender(second_observer, coordinator, tmp_path / "b")
    note = notebook.add_observation(hearing.id, "general.note", text="first")
    sent = [a.send()]
    trial_b = b.notebook.add_trial("Observed by B")
    sent.append(b.send())
    notebook.update_observation(note.id, text="first, corrected")
    sent.append(a.send())
    b.notebook.update_trial(trial_b.id, court="City Court")
    sent.append(b.send())
    notebook.delete(note.id, "entered twice")
    sent.append(a.send())
    return sent


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_in_any_import_order_the_statuses_are_as_verified_and_kept_current(
    bundles: list[bytes],
    coordinator: Vault,
    vault: Vault,
    second_observer: Vault,
    data: st.DataObject,
) -> None:
    order = data.draw(st.permutations(range(len(bundles))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(bundles))), max_size=3))
    coordinator.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        shutil.copytree(coordinator.folder, folder)
        with Vault.open(folder) as fresh:
            fresh.unlock(COORDINATOR_PASSPHRASE)
            for who in (vault, second_observer):
                Contacts(fresh).add(card_of(who))
            importer = Importer(fresh)
            kept: set[str] = set()
            for i in [*order[:3], *repeats, *order[3:]]:
                result = importer.import_bytes(bundles[i], f"bundle-{i}")
                assert result.author is not None
                chains = author_chains(fresh)
                assert not chains.caught_up
                assert chains.verified <= {result.author} - kept  # only one never kept
                kept |= set(chains.chains)
                assert observer_statuses(fresh) == verified_statuses(fresh)
            assert all(s.chain_ok and not s.gaps for s in observer_statuses(fresh))
