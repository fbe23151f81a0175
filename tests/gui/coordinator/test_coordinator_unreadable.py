"""Issue 13: the coordinator's window opens over a vault holding records with bad stored
values (tests.forged_records): every tab shows the rest, and the window names the records
it left out."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.coordinator_data import ALL_TRIALS
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.coordination_scene import Watched
from tests.forged_records import forge_unreadable_records
from tests.gui.coordinator_helpers import open_coordinator, show_trial


def test_the_window_loads_every_tab_and_names_the_unreadable_records(
    qtbot: QtBot, coordinator: Vault, watched: Watched, coordinator_gui: VaultSession
) -> None:
    forged = forge_unreadable_records(coordinator, watched)
    window: CoordinatorWindow = open_coordinator(qtbot, coordinator_gui)
    show_trial(qtbot, window, ALL_TRIALS)  # the forged records of every trial
    assert window.data is not None
    note = window.unreadable
    assert note.isVisible()
    assert note.text().startswith(f"{len(forged)} unreadable records, left out of every tab")
    for record_id in forged:
        assert f"{record_id[:8]}: " in note.text()
    assert "not a real date and time" in note.text()
    assert len(window.timeline.entries()) == 3  # the three readable observations, as before
    assert len(window.timeline.rows()) == 3  # not linked: three events
    assert window.trials.groups.rowCount() == 2
    window.sessions.choose(window.data.group_key(watched.trial_a))
    assert window.sessions.events.rowCount() == 1
    assert "counted nowhere" in window.dashboard.summary.text()
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)  # each tab shows, none raises
