"""The merge is idempotent and order-free: bundles from two observers, imported in any
order and any number of times, always leave the coordinator with the same revisions, every
chain intact and no gap — and while some are missing, the gaps say which."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import COORDINATOR_PASSPHRASE, card_of


@pytest.fixture
def bundles(
    notebook: Notebook,
    hearing: Hearing,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
) -> list[bytes]:
    """Five bundles: three from the first observer, edits between them (one edit of a record
    the second observer also edits), and two from the second observer."""
    out = tmp_path / "bundles"
    out.mkdir()
    coordinator_card = card_of(coordinator)
    other = Notebook(second_observer)
    files: list[str] = []

    def send(vault: Vault) -> None:
        (contact,) = Contacts(vault).list() or [Contacts(vault).add(coordinator_card)]
        files.append(export_bundle(vault, [contact], out).file_name)

    note = notebook.add_observation(hearing.id, "general.note", text="first")
    send(notebook.vault)
    notebook.update_observation(note.id, text="first, corrected")
    trial_b = other.add_trial("Observed by B")
    send(second_observer)
    notebook.add_observation(hearing.id, "public.excluded", text="doors closed")
    send(notebook.vault)
    other.update_trial(trial_b.id, court="City Court")
    send(second_observer)
    notebook.delete(note.id, "entered twice")
    send(notebook.vault)
    return [(out / name).read_bytes() for name in files]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_order_and_any_repeats_give_the_same_vault(
    bundles: list[bytes],
    coordinator: Vault,
    vault: Vault,
    second_observer: Vault,
    data: st.DataObject,
) -> None:
    order = data.draw(st.permutations(range(len(bundles))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(bundles))), max_size=4))
    coordinator.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        shutil.copytree(coordinator.folder, folder)
        with Vault.open(folder) as fresh:
            fresh.unlock(COORDINATOR_PASSPHRASE)
            for who in (vault, second_observer):
                Contacts(fresh).add(card_of(who))
            importer = Importer(fresh)
            statuses = [
                importer.import_bytes(bundles[i], f"bundle-{i}").status
                for i in [*order[:3], *repeats, *order[3:]]
            ]
            assert statuses[:3] == [IMPORTED] * 3
            assert set(statuses[3:]) <= {IMPORTED, ALREADY_HAD}
            merged = Notebook(fresh)
            assert merged.verify() == []
            assert importer.gaps(vault.observer_id) == ()
            assert importer.gaps(second_observer.observer_id) == ()
            held = {r.rev_id for r in merged.store.all_revisions()}
            expected = {r.rev_id for r in Notebook(vault).store.all_revisions()} | {
                r.rev_id for r in Notebook(second_observer).store.all_revisions()
            }
            assert held == expected
            assert {t.title for t in merged.list_trials()} == {
                "The State v. A. Journalist",
                "Observed by B",
            }


def test_gaps_name_what_is_missing(bundles: list[bytes], coordinator: Vault, vault: Vault) -> None:
    Contacts(coordinator).add(card_of(vault))
    importer = Importer(coordinator)
    result = importer.import_bytes(bundles[4], "third")
    assert result.status == IMPORTED
    assert result.gaps == ("bundle(s) 1-2 not received yet", "revision(s) 1-5 missing")
    importer.import_bytes(bundles[0], "first")
    assert importer.gaps(vault.observer_id) == (
        "bundle(s) 2 not received yet",
        "revision(s) 4-5 missing",
    )
