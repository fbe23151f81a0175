"""The coordinator's screen over one trial two observers watched (tests.coordination_scene):
observers and their state, the two trial records linked through the suggestion (and
unlinked), a real name noted, the timeline filtered, the session side by side, the
dashboard's bars opening the timeline, and the screen closing on lock."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QTabWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.coordinator_data import ALL_TRIALS, load_coordinator_data
from monitor_app.core.coordination.dashboard_snapshot import ITEM_ID, load_snapshot
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import Cancelled
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.charts import BarChart
from monitor_app.gui.coordinator.event_models import (
    EventsModel,
)
from monitor_app.gui.coordinator.models import (
    ObserversModel,
    SessionTotalsModel,
    SuggestionsModel,
    TimelineModel,
)
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.coordination_scene import CASE, Watched, at
from tests.gui.coordinator_helpers import open_coordinator, show_trial, wait_loaded
from tests.gui.helpers import child, click, column

pytestmark = pytest.mark.usefixtures("watched")


def choose(combo: QComboBox, data: str) -> None:
    found = combo.findData(data)
    assert found >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(found)


def link_both(qtbot: QtBot, window) -> None:
    trials = window.trials
    window.tabs.setCurrentWidget(trials)
    trials.suggestions_view.selectRow(0)
    click(qtbot, trials, "linkTrialsButton")
    wait_loaded(qtbot, window)


def test_observers_show_bundles_chain_and_real_names(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    names = column(window.observers.model, ObserversModel.NAME)
    assert "Observer A" in names
    assert "Observer B" in names
    assert sorted(column(window.observers.model, ObserversModel.BUNDLES)) == ["0", "1", "1"]
    assert set(column(window.observers.model, ObserversModel.CHAIN)) == {"intact"}
    assert window.observers.select(watched.observer_b)
    window.tabs.setCurrentWidget(window.observers)
    window.observers.real_name_edit.setText("Boris B.")
    click(qtbot, window.observers, "saveRealNameButton")
    wait_loaded(qtbot, window)
    assert Contacts(coordinator_gui.vault).get(watched.observer_b).real_name == "Boris B."
    assert "Boris B." in column(window.observers.model, ObserversModel.REAL_NAME)
    assert window.observers.selected().author == watched.observer_b  # kept across the reload


def test_two_trial_records_are_linked_through_the_suggestion_and_unlinked(
    qtbot: QtBot, coordinator_gui: VaultSession
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    trials = window.trials
    assert trials.groups.rowCount() == 2
    assert column(trials.suggestions, SuggestionsModel.REASON) == [
        f"same case number {CASE} and court Minsk City Court"
    ]
    link_both(qtbot, window)
    assert trials.groups.rowCount() == 1
    assert trials.suggestions.rowCount() == 0
    assert trials.links.rowCount() == 1
    assert "linked" in trials.status.text().casefold()
    window.tabs.setCurrentWidget(trials)
    trials.links_view.selectRow(0)
    click(qtbot, trials, "unlinkTrialsButton")
    wait_loaded(qtbot, window)
    assert trials.groups.rowCount() == 2
    assert trials.suggestions.rowCount() == 1


def test_the_timeline_filters_at_once_and_keeps_its_filter_across_a_reload(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    link_both(qtbot, window)
    timeline = window.timeline
    # Linked, the two observers' outage is one event: two rows, not three (issue 15).
    assert len(timeline.rows()) == 2
    assert len(timeline.entries()) == 3  # the two outages and the public shut out
    choose(timeline.trial_combo, window.data.group_key(watched.trial_a))
    assert [[e.observation.id for e in r.entries] for r in timeline.rows()] == [
        [watched.outage_a, watched.outage_b],
        [watched.excluded_b],
    ]
    assert column(timeline.proxy, TimelineModel.SEEN_BY) == ["2 of 2", "1 of 2"]
    assert column(timeline.proxy, TimelineModel.EVENT) == ["E1", "E2"]
    assert "Showing 2 events, from 3 observations" in timeline.scope.text()
    choose(child(timeline, QComboBox, "timelineCategoryCombo"), "public")
    assert [r.event.id for r in timeline.rows()] == [
        window.data.events.by_member[watched.excluded_b].id
    ]
    choose(child(timeline, QComboBox, "timelineCategoryCombo"), "")
    # An observer chosen: the events they recorded, with everyone who recorded them.
    choose(child(timeline, QComboBox, "timelineObserverCombo"), watched.observer_a)
    assert [len(r.entries) for r in timeline.rows()] == [2]
    assert column(timeline.proxy, TimelineModel.OBSERVER) == ["Observer A, Observer B"]
    choose(child(timeline, QComboBox, "timelineSeverityCombo"), "medium")
    assert timeline.rows() == []
    choose(child(timeline, QComboBox, "timelineSeverityCombo"), "high")

    window.reload()  # after an import, say: the filter stays
    wait_loaded(qtbot, window)
    assert [len(r.entries) for r in timeline.rows()] == [2]
    # The chosen row's observations side by side, below the timeline.
    timeline.view.selectRow(0)
    detail = timeline.detail
    assert detail.members.rowCount() == 2
    assert "seen by 2 of 2" in detail.summary.text().casefold()
    assert detail.differences.rowCount() == 2  # when it started, when it ended
    window.tabs.setCurrentWidget(timeline)
    click(qtbot, timeline, "clearTimelineFiltersButton")
    assert len(timeline.rows()) == 2

    # the session's totals merge both observers' outages (10:05-10:25 and 10:07-10:20)
    choose(timeline.trial_combo, window.data.group_key(watched.trial_b))
    assert timeline.totals.rowCount() == 1
    assert timeline.totals.index(0, SessionTotalsModel.LOST).data() == "20 min 00 s"
    assert timeline.delay.text().startswith("Hearings: 1, held: 1, postponed: 0")


def test_the_session_shows_its_events_side_by_side_and_the_checklist_disagreement(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    link_both(qtbot, window)
    sessions = window.sessions
    window.tabs.setCurrentWidget(sessions)
    sessions.choose(window.data.group_key(watched.trial_a))
    model = sessions.events
    rows = {frozenset(model.record(r).event.member_ids): r for r in range(model.rowCount())}
    # One row per event (issue 15): the outage both logged is one, seen by 2 of 2.
    assert len(rows) == 2
    outage = rows[frozenset({watched.outage_a, watched.outage_b})]
    excluded = rows[frozenset({watched.excluded_b})]
    assert model.index(excluded, EventsModel.RECORDED).data() == "Observer B"
    assert model.index(excluded, EventsModel.NOT_RECORDED).data() == "Observer A"
    assert model.index(excluded, EventsModel.SEEN_BY).data() == "1 of 2"
    assert model.index(excluded, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(outage, EventsModel.SEEN_BY).data() == "2 of 2"
    assert model.index(outage, EventsModel.RECORDED).data() == "Observer A, Observer B"
    # They agree on who logged it and what, and differ on when it started and ended: said,
    # not highlighted (two people note one moment a minute apart).
    assert model.index(outage, EventsModel.DIFFERENCES).data() == "Start, End"
    assert model.index(outage, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "2 events, of which only some of the observers present recorded 1" in (
        sessions.summary.text()
    )
    sessions.events_view.selectRow(
        sessions.events_proxy.mapFromSource(model.index(outage, 0)).row()
    )
    differences = sessions.detail.differences
    assert [differences.headerData(c, Qt.Orientation.Horizontal) for c in range(3)][1:] == sorted(
        ["Observer A", "Observer B"]
    )

    checklists = sessions.checklists
    assert checklists.columnCount() == 4  # question, Observer A, Observer B, agreement
    headers = [checklists.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[1:3] == ["Observer A", "Observer B"]
    assert [checklists.index(0, c).data() for c in (1, 2, 3)] == ["No", "Yes", "they differ"]
    assert checklists.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "differ on 1 question." in sessions.summary.text()


def test_a_dashboard_bar_opens_the_timeline_filtered_to_it(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    tabs = child(window, QTabWidget, "coordinatorTabs")
    tabs.setCurrentWidget(window.dashboard)
    chart = child(window, BarChart, "categoryChart")
    assert "Public" in chart.accessibleDescription() or "public" in chart.accessibleDescription()
    keys = [bar.key for bar in chart.bars]
    row = chart.bar_rect(keys.index("public"))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(row.center()))
    assert tabs.currentWidget() is window.timeline
    wait_loaded(qtbot, window)  # a bar across trials reads them all first
    assert window.data is not None
    assert window.data.scope == ALL_TRIALS
    assert [e.observation.id for e in window.timeline.entries()] == [watched.excluded_b]

    tabs.setCurrentWidget(window.dashboard)
    month = child(window, BarChart, "monthChart")
    assert [bar.key for bar in month.bars] == ["2026-11"]
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Down)
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert tabs.currentWidget() is window.timeline
    assert len(window.timeline.rows()) == 3
    assert "2026-11" in window.timeline.scope.text()

    country = child(window, BarChart, "countryChart")
    assert [bar.key for bar in country.bars] == ["BY"]
    country.activate(0)
    assert len(window.timeline.rows()) == 3
    outage = child(window, BarChart, "outageChart")
    assert len(outage.bars) == 2  # not linked: each observer's session of its own
    outage.activate(0)
    assert {r.group for r in window.timeline.rows()} == {outage.bars[0].key.partition(":")[0]}


def test_the_dashboard_opens_at_once_from_the_figures_kept_at_the_last_reading(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    first = open_coordinator(qtbot, coordinator_gui)
    summary = first.dashboard.summary.text()
    outage_bars = [bar.label for bar in child(first, BarChart, "outageChart").bars]
    assert any("State v. Ivanova" in label for label in outage_bars)
    first.reject()

    # Before anything is read (the reading's answer needs the event loop) the dashboard
    # already shows the figures, current ones, so without an "as of".
    again = CoordinatorWindow(coordinator_gui, AppSettings())
    qtbot.addWidget(again)
    assert again.data is None
    assert again.dashboard.summary.text() == summary
    assert [bar.label for bar in child(again, BarChart, "outageChart").bars] == outage_bars
    assert not again.dashboard.as_of.isVisibleTo(again.dashboard)
    wait_loaded(qtbot, again)
    again.reject()

    # A note added since: the kept figures show, marked as of their time, until replaced;
    # a bar chosen meanwhile opens the timeline when the reading is done.
    coordinator_gui.notebook.add_observation(
        watched.hearing_a, "public.excluded", at(12, 0), text="shut out again"
    )
    third = CoordinatorWindow(coordinator_gui, AppSettings())
    qtbot.addWidget(third)
    assert third.dashboard.as_of.isVisibleTo(third.dashboard)
    assert third.dashboard.summary.text() == summary
    chart = child(third, BarChart, "categoryChart")
    chart.activate([bar.key for bar in chart.bars].index("public"))
    assert third.tabs.currentWidget() is third.timeline
    wait_loaded(qtbot, third)
    assert not third.dashboard.as_of.isVisibleTo(third.dashboard)
    assert third.dashboard.summary.text() != summary
    assert {e.observation.code for e in third.timeline.entries()} == {"public.excluded"}
    assert len(third.timeline.rows()) == 2  # not linked: the two shut-outs are apart


def test_closing_the_screen_stops_its_reading(qtbot: QtBot, coordinator_gui: VaultSession) -> None:
    window = CoordinatorWindow(coordinator_gui, AppSettings())
    qtbot.addWidget(window)
    task = window.busy.task
    assert task is not None
    window.reject()
    assert task.cancelled
    assert window.busy.task is None
    # What the worker does with the flag: stops at its next step, keeping nothing. (The
    # window's own reading may have finished before the flag was set: a small vault.)
    QThreadPool.globalInstance().waitForDone()
    SealedTable(coordinator_gui.vault, "derived").delete(ITEM_ID)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        load_coordinator_data(
            coordinator_gui.vault, coordinator_gui.notebook.taxonomy, None, cancel
        )
    assert load_snapshot(coordinator_gui.vault) is None


def test_the_screen_closes_on_lock_and_drops_what_it_showed(
    qtbot: QtBot, coordinator_gui: VaultSession
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    show_trial(qtbot, window, ALL_TRIALS)
    assert window.timeline.model.rowCount() == 3
    with qtbot.waitSignal(window.finished):
        coordinator_gui.lock()
    assert window.data is None
    assert window.timeline.model.rowCount() == 0
    assert window.observers.model.rowCount() == 0
    assert not window.isVisible()


def test_a_trial_gone_since_it_was_chosen_falls_back_to_the_first(
    qtbot: QtBot, coordinator_gui: VaultSession
) -> None:
    """A trial chosen, then gone before it is read (unlinked or purged meanwhile): the
    window says so and shows the first trial instead of staying empty."""
    window = open_coordinator(qtbot, coordinator_gui)
    assert window.data is not None
    first = window.data.scope
    window.read_trial("0" * 32)
    wait_loaded(qtbot, window)
    assert window.data.scope == first
    assert window.banner.isVisible()
    assert window.banner.text() == f"No trial with id {'0' * 32}."
    assert window.timeline.rows()


def test_a_trial_chosen_in_one_tab_is_read_and_every_tab_follows(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    assert window.data is not None
    other = next(g.key for g in window.data.groups if g.key != window.data.scope)
    combo = window.sessions.trial_combo
    combo.setCurrentIndex(combo.findData(other))  # as the user picks it
    assert window.is_loading
    assert not window.timeline.isEnabled()  # the tabs showing a trial wait for it
    wait_loaded(qtbot, window)
    assert window.data.scope == other
    for page in (window.timeline, window.sessions, window.events, window.findings):
        assert page.trial_combo.key() == other
        assert page.isEnabled()
    assert {e.group for e in window.data.index.entries} == {other}
    assert {r.group for r in window.timeline.rows()} == {other}
