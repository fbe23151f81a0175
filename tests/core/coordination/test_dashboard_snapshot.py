"""The dashboard's figures kept between sessions: the same as working them out, current
only while nothing they count has changed, sealed, and gone with a purge (test_sync)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.coordination.coordinator_data import current_dashboard
from monitor_app.core.coordination.dashboard_figures import Dashboard, work_out_dashboard
from monitor_app.core.coordination.dashboard_snapshot import (
    FORMAT,
    ITEM_ID,
    load_snapshot,
    save_snapshot,
    vault_state,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched, at


def _state(vault: Vault) -> str:
    return vault_state(vault, Notebook(vault).taxonomy)


def test_kept_figures_are_the_worked_out_ones_and_current_until_something_changes(
    watched: Watched, coordinator: Vault
) -> None:
    taxonomy = Notebook(coordinator).taxonomy
    assert load_snapshot(coordinator) is None
    worked_out = work_out_dashboard(CoordinatorIndex.load(coordinator, taxonomy))
    assert current_dashboard(coordinator, taxonomy) == worked_out
    snapshot = load_snapshot(coordinator)
    assert snapshot is not None
    assert snapshot.dashboard == worked_out
    assert snapshot.is_current(_state(coordinator))
    # Each session's bar is titled from the kept figures alone.
    titles = {watched.trial_a: "State v. Ivanova", watched.trial_b: "Ivanova case"}
    assert worked_out.group_titles == {
        key: titles[key.partition(":")[0]] for key in worked_out.seconds_lost_by_session
    }
    assert len(worked_out.group_titles) == 2

    # A link merges two trials' counts: the kept figures are no longer current.
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    assert not snapshot.is_current(_state(coordinator))
    linked = current_dashboard(coordinator, taxonomy)
    assert linked.trials == 1
    assert load_snapshot(coordinator).is_current(_state(coordinator))  # type: ignore[union-attr]

    before = _state(coordinator)
    TrialLinks(coordinator).unlink(watched.trial_a, watched.trial_b)
    assert _state(coordinator) != before
    assert current_dashboard(coordinator, taxonomy).trials == 2


def test_a_new_bundle_or_an_edit_makes_the_kept_figures_old(
    watched: Watched, vault: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    taxonomy = Notebook(coordinator).taxonomy
    first = current_dashboard(coordinator, taxonomy)
    observer = Notebook(vault)
    observer.add_observation(watched.hearing_a, "public.excluded", at(12, 0), text="again")
    (contact,) = Contacts(vault).list()
    bundle = export_bundle(vault, [contact], tmp_path / "bundles")
    before = _state(coordinator)
    (result,) = Importer(coordinator).import_paths([tmp_path / "bundles" / bundle.file_name])
    assert result.status == IMPORTED
    assert _state(coordinator) != before
    assert current_dashboard(coordinator, taxonomy).observations == first.observations + 1

    before = _state(coordinator)
    Notebook(coordinator).add_observation(watched.hearing_a, "general.note", text="mine")
    assert _state(coordinator) != before


def test_figures_that_run_on_with_the_clock_are_never_current(
    watched: Watched, coordinator: Vault
) -> None:
    notebook = Notebook(coordinator)
    # An outage still open in a hearing with no end: its minutes grow until it is closed.
    notebook.start_interval(watched.hearing_a, "remote.connection_lost", at(13, 0))
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    dashboard = work_out_dashboard(CoordinatorIndex.load(coordinator, notebook.taxonomy), now=now)
    assert dashboard.live
    snapshot = save_snapshot(coordinator, dashboard, _state(coordinator))
    assert not snapshot.is_current(_state(coordinator))
    assert load_snapshot(coordinator) == snapshot


def test_a_tampered_copy_is_refused_and_another_format_ignored(
    watched: Watched, coordinator: Vault
) -> None:
    taxonomy = Notebook(coordinator).taxonomy
    current_dashboard(coordinator, taxonomy)
    table = SealedTable(coordinator, "derived")
    with coordinator.database.write_transaction() as conn:
        (sealed,) = conn.execute("SELECT sealed FROM derived").fetchone()
        flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
        conn.execute("UPDATE derived SET sealed = ?", (flipped,))
    with pytest.raises(VaultCorrupt):
        load_snapshot(coordinator)
    table.put(ITEM_ID, {"format": FORMAT + 1, "anything": "newer"})
    assert load_snapshot(coordinator) is None
    # Figures kept by a version that counted observations, not events: worked out again.
    table.put(ITEM_ID, {"format": FORMAT - 1, "state": "s", "made_utc": "x", "dashboard": {}})
    assert load_snapshot(coordinator) is None
    table.put(ITEM_ID, {"format": FORMAT, "state": 3, "made_utc": "x", "dashboard": {}})
    assert load_snapshot(coordinator) is None
    assert current_dashboard(coordinator, taxonomy).observations == 3  # worked out again


counts = st.dictionaries(st.text(max_size=12), st.integers(min_value=0, max_value=2**40))


@given(
    observations=st.integers(min_value=0, max_value=2**40),
    trials=st.integers(min_value=0, max_value=10**6),
    by_category=counts,
    by_country=counts,
    by_month=counts,
    notes=st.integers(min_value=0, max_value=2**40),
    seconds=st.dictionaries(st.text(min_size=1, max_size=20), st.integers(0, 2**40)),
    live=st.booleans(),
    events=st.integers(min_value=0, max_value=2**40),
)
def test_any_dashboard_survives_being_kept(
    keeper: Vault,
    observations: int,
    trials: int,
    by_category: dict[str, int],
    by_country: dict[str, int],
    by_month: dict[str, int],
    notes: int,
    seconds: dict[str, int],
    live: bool,
    events: int,
) -> None:
    dashboard = Dashboard(
        observations,
        trials,
        by_category,
        by_country,
        by_month,
        notes=notes,
        seconds_lost_by_session=seconds,
        group_titles={k: f"title of {k}" for k in seconds},
        live=live,
        events=events,
        rejected=events // 2,
    )
    saved = save_snapshot(keeper, dashboard, "state")
    loaded = load_snapshot(keeper)
    assert loaded == saved
    for name in ("by_category", "by_country", "by_month", "seconds_lost_by_session"):
        assert list(getattr(loaded.dashboard, name)) == list(getattr(dashboard, name))  # order


@pytest.fixture(scope="module")
def keeper(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    """One vault for every hypothesis example (function-scoped fixtures are not reset
    between examples)."""
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("keeper") / "v", "keeper passphrase", "K", kdf=KDF_FLOOR
    )
    return vault
