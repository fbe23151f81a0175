"""Entries stamped in the same second are listed in the order they were entered: in live
mode's log, in the workspace's observations and in the coordinator's timeline (the walk of
issue 12 logged five conditions and a note within one second, and each list showed them in
the order of their random ids)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import Hearing, Trial
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.coordinator_helpers import open_coordinator
from tests.gui.helpers import shown

T0 = datetime(2026, 11, 24, 7, 0, 5, tzinfo=UTC)
NOTES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def test_one_seconds_entries_are_listed_as_they_were_entered(
    qtbot: QtBot,
    gui_session: VaultSession,
    settings: AppSettings,
    trial: Trial,
    hearing: Hearing,
) -> None:
    notebook = gui_session.notebook
    outage = notebook.start_interval(hearing.id, "remote.connection_lost", T0)
    for text in NOTES:
        notebook.add_observation(hearing.id, "general.note", T0, text=text)
    notebook.stop_interval(outage.id, T0 + timedelta(minutes=3))  # a change keeps its place
    entered = ["", *NOTES]  # the outage has no text

    live = shown(qtbot, LiveHearingWidget(gui_session, hearing.id), (1366, 768))
    controller = live.controller
    late = controller.toggle("counsel.no_private_channel", at=T0)  # entered last, same second
    entered.append("")
    log = [
        live.model.record(row).id if row in (0, len(NOTES) + 1) else live.model.record(row).text
        for row in range(live.model.rowCount())
    ]
    assert log == [outage.id, *NOTES, late.id]
    assert next(o.id for o in controller.observations()) == outage.id
    live.close()

    page = shown(qtbot, WorkspacePage(gui_session, settings), (1366, 768))
    page.select(trial.id, hearing.id)
    pane = page.detail
    rows = [
        pane.model.record(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
        for row in range(pane.proxy.rowCount())
    ]
    assert [o.text for o in rows] == entered
    assert [rows[0].id, rows[-1].id] == [outage.id, late.id]
    page.close()

    window = open_coordinator(qtbot, gui_session)
    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.trial_combo.choose(trial.id)
    timeline = [entry.observation for entry in window.timeline.entries()]
    assert [o.text for o in timeline] == entered
    assert [timeline[0].id, timeline[-1].id] == [outage.id, late.id]
