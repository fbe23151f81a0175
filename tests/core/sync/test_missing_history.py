"""Revisions removed from the end of an author's history, or all of them, with plain
`sqlite3`: the chain that is left still links up, so only the sealed records of the bundles
received show it. `verify_history` (the CLI's `verify`, the observers' chain status) fails
and `Importer.missing` (the gap display) names what is gone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.arrivals import merged_ranges, not_held, number_ranges
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.history_check import verify_history
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import card_of


@pytest.fixture
def received(notebook: Notebook, hearing: Hearing, coordinator: Vault, tmp_path: Path) -> int:
    """Observer A's four revisions (a trial, a hearing, two notes), in two bundles, imported
    by the coordinator."""
    contact = Contacts(notebook.vault).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(notebook.vault))
    for n, text in enumerate(("the microphone was cut", "counsel was not admitted")):
        notebook.add_observation(hearing.id, "general.note", text=text)
        folder = tmp_path / f"out{n}"
        folder.mkdir()
        bundle = export_bundle(notebook.vault, [contact], folder)
        (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
        assert result.status == IMPORTED
    assert verify_history(coordinator) == []
    return Notebook(coordinator).store.count()


def _remove(vault: Vault, author: str, from_seq: int) -> None:
    """What someone with the vault file and `sqlite3` can do."""
    with sqlite3.connect(vault.database.path) as conn:
        conn.execute(
            "DELETE FROM revisions WHERE author = ? AND author_seq >= ?", (author, from_seq)
        )


@pytest.mark.parametrize("from_seq", [3, 1], ids=["the last two", "all"])
def test_revisions_removed_from_the_end_are_found(
    coordinator: Vault, vault: Vault, received: int, from_seq: int
) -> None:
    author = vault.observer_id
    _remove(coordinator, author, from_seq)

    problems = verify_history(coordinator)
    assert [(p.author, p.author_seq) for p in problems] == [(author, from_seq)]
    assert "arrived in bundles but are not here" in str(problems[0])
    missing = Importer(coordinator).missing(author)
    assert missing.revisions == ((from_seq, received),)
    assert missing.removed == received - from_seq + 1
    assert f"{received - from_seq + 1} revision(s) received are no longer here" in (
        missing.describe()
    )
    (status,) = [s for s in observer_statuses(coordinator) if s.author == author]
    assert not status.chain_ok


def test_bundles_recorded_before_their_ranges_were_kept_still_show_a_removal(
    coordinator: Vault, vault: Vault, received: int
) -> None:
    """A vault's older records of bundles received hold counts only: they still tell."""
    importer = Importer(coordinator)
    for bundle in importer.received_bundles():
        item = bundle.to_item()
        del item["author_seqs"]
        importer.received.put(bundle.bundle_id, item)
    _remove(coordinator, vault.observer_id, received)

    problems = verify_history(coordinator)
    assert ["1 revision(s) that arrived in bundles are not here" in str(p) for p in problems] == [
        True
    ]
    assert Importer(coordinator).missing(vault.observer_id).removed == 1


# ---- ranges ---------------------------------------------------------------------------

numbers = st.sets(st.integers(min_value=1, max_value=60), max_size=40)


@given(arrived=numbers, held=numbers)
def test_what_arrived_and_is_not_held_is_exactly_the_difference(
    arrived: set[int], held: set[int]
) -> None:
    ranges = merged_ranges(number_ranges(arrived))
    lost = not_held(ranges, sorted(held))
    assert {n for a, b in lost for n in range(a, b + 1)} == arrived - held
    assert all(a <= b for a, b in lost)
    assert list(lost) == sorted(lost)


def test_ranges_cost_nothing_at_hostile_sizes() -> None:
    assert not_held(((1, 2**40),), [1, 2]) == ((3, 2**40),)
    assert merged_ranges([(5, 9), (1, 4), (20, 2**40)]) == ((1, 9), (20, 2**40))
