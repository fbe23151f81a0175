"""What the coordinator's window and commands read in one go (`coordinator_data`): the
same as each part worked out on its own, progress by chunks, a cancel that keeps nothing,
and the dashboard's figures kept as of the state before the reading."""

from __future__ import annotations

import threading

import pytest

from monitor_app.core.coordination.coordinator_data import (
    ALL_TRIALS,
    CoordinatorReading,
    current_dashboard,
    load_coordinator_data,
)
from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.dashboard_snapshot import load_snapshot, vault_state
from monitor_app.core.coordination.event_decisions import every_decided_event
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.export import Cancelled
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched


def test_everything_the_window_shows_from_one_reading(watched: Watched, coordinator: Vault) -> None:
    taxonomy = Notebook(coordinator).taxonomy
    data = load_coordinator_data(coordinator, taxonomy, trial=None)
    assert data.scope == ALL_TRIALS

    worked_out = CoordinatorIndex.load(coordinator, taxonomy)
    assert data.dashboard == work_out_dashboard(worked_out)
    assert list(data.events) == list(every_decided_event(worked_out))
    assert set(data.index.trials) == {watched.trial_a, watched.trial_b}
    assert [g.key for g in data.groups] == [g.key for g in worked_out.trial_groups()]
    assert data.trial_titles == {
        watched.trial_a: "State v. Ivanova",
        watched.trial_b: "Ivanova case",
    }
    assert data.statuses == tuple(observer_statuses(coordinator))
    assert data.statuses[0].author == coordinator.observer_id  # own vault first
    assert set(data.missing) == {watched.observer_a, watched.observer_b}
    assert not any(data.missing.values())  # every bundle arrived
    assert set(data.names) == {coordinator.observer_id, watched.observer_a, watched.observer_b}
    # Same case number and court, not linked yet: suggested.
    assert data.links == ()
    assert [{s.first.id, s.second.id} for s in data.suggestions] == [
        {watched.trial_a, watched.trial_b}
    ]
    snapshot = load_snapshot(coordinator)
    assert snapshot is not None
    assert snapshot.dashboard == data.dashboard
    assert snapshot.is_current(vault_state(coordinator, taxonomy))

    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    linked = load_coordinator_data(coordinator, taxonomy, trial=None)
    assert len(linked.links) == 1
    assert linked.suggestions == ()
    assert linked.group_key(watched.trial_b) == linked.group_key(watched.trial_a)
    assert len(linked.groups) == 1


def test_progress_by_chunks_up_to_every_revision(watched: Watched, coordinator: Vault) -> None:
    seen: list[tuple[int, int]] = []
    reading = CoordinatorReading(
        coordinator, Notebook(coordinator).taxonomy, lambda done, total: seen.append((done, total))
    )
    assert seen
    assert seen[-1] == (len(reading.revisions), len(reading.revisions))


def test_a_cancel_during_the_reading_keeps_nothing(watched: Watched, coordinator: Vault) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        load_coordinator_data(coordinator, Notebook(coordinator).taxonomy, None, cancel)
    assert load_snapshot(coordinator) is None


def test_a_cancel_after_the_reading_stops_before_the_figures_are_kept(
    watched: Watched, coordinator: Vault
) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == total:  # the screen closes as the last chunk comes in
            cancel.set()

    reading = CoordinatorReading(coordinator, Notebook(coordinator).taxonomy, progress, cancel)
    with pytest.raises(Cancelled):
        reading.data()
    assert load_snapshot(coordinator) is None


def test_figures_kept_as_of_the_state_before_the_reading(
    watched: Watched, coordinator: Vault
) -> None:
    """A change that lands while the vault is read makes the kept figures look older than
    they are, never newer."""
    notebook = Notebook(coordinator)
    reading = CoordinatorReading(coordinator, notebook.taxonomy)
    notebook.add_trial("The coordinator's own", case_number="2-1/2026")
    reading.dashboard()
    snapshot = load_snapshot(coordinator)
    assert snapshot is not None
    assert not snapshot.is_current(vault_state(coordinator, notebook.taxonomy))
    assert snapshot.dashboard.trials == 2  # what was read: the new trial is not in it


def test_the_window_reads_one_trial_and_the_figures_kept(
    watched: Watched, coordinator: Vault
) -> None:
    """What the window opens on: every trial listed, the first one's notes read, and the
    dashboard only from figures kept and current (else worked out apart, trial by trial)."""
    taxonomy = Notebook(coordinator).taxonomy
    data = load_coordinator_data(coordinator, taxonomy)
    whole = CoordinatorIndex.load(coordinator, taxonomy)
    first = whole.trial_groups()[0].key
    assert data.scope == first
    assert [g.key for g in data.groups] == [g.key for g in whole.trial_groups()]
    assert set(data.index.trials) == set(whole.trials)
    assert set(data.index.hearings) == set(whole.hearings)  # every trial's sessions listed
    assert data.has_trial(first)
    assert not any(data.has_trial(g.key) for g in data.groups if g.key != first)
    assert {e.group for e in data.index.entries} == {first}
    assert data.dashboard is None  # nothing kept yet

    dashboard = current_dashboard(coordinator, taxonomy)
    assert dashboard == work_out_dashboard(whole)
    assert load_coordinator_data(coordinator, taxonomy).dashboard == dashboard
