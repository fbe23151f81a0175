"""The coordinator's Events tab over one trial two observers watched: the events listed
(number, time, seen by N of M, state), the chosen one's observations side by side, and each
decision taken through its button or dialog (Confirm, Split…, Merge…, Reject, Annotate…):
after it the window reads everything again and the row shows where the event now stands.
A hostile decision record in a bundle leaves the tab showing the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.event_decisions import EventState
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import EventDecision
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.event_models import (
    EventsModel,
)
from monitor_app.gui.coordinator.events import (
    AnnotateEventDialog,
    EventsPage,
    MergeEventsDialog,
    SplitEventDialog,
)
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.coordination_scene import Watched
from tests.gui.coordinator_helpers import open_coordinator, wait_loaded
from tests.gui.helpers import child, click, column, message

pytestmark = pytest.mark.usefixtures("watched")


def _opened(qtbot: QtBot, session: VaultSession, watched: Watched) -> CoordinatorWindow:
    window = open_coordinator(qtbot, session)
    window.tabs.setCurrentWidget(window.trials)
    window.trials.suggestions_view.selectRow(0)
    click(qtbot, window.trials, "linkTrialsButton")
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.events)
    window.events.choose(window.data.group_key(watched.trial_a))
    return window


def _row(page: EventsPage, member: str) -> int:
    """The shown row of the event an observation is in, chosen."""
    events = page.events()
    row = next(n for n, e in enumerate(events) if member in e.event.member_ids)
    page.view.selectRow(row)
    return row


def _decided(qtbot: QtBot, window: CoordinatorWindow) -> EventsPage:
    """Wait for the reading a decision starts; the tab, on the trial it showed."""
    qtbot.waitUntil(lambda: window.is_loading or window.events.status.isVisible(), timeout=5000)
    wait_loaded(qtbot, window)
    return window.events


def _states(page: EventsPage) -> list[tuple[str, str]]:
    return list(
        zip(
            column(page.proxy, EventsModel.EVENT),
            [e.state.value for e in page.events()],
            strict=True,
        )
    )


def test_events_are_listed_with_who_saw_them(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = _opened(qtbot, coordinator_gui, watched)
    page = window.events
    assert column(page.proxy, EventsModel.EVENT) == ["E1", "E2"]
    assert column(page.proxy, EventsModel.SEEN_BY) == ["2 of 2", "1 of 2"]
    assert _states(page) == [("E1", "proposed"), ("E2", "proposed")]
    for name in ("confirmEventButton", "rejectEventButton", "splitEventButton"):
        assert not child(page, type(page.confirm_button), name).isEnabled()  # nothing chosen
    _row(page, watched.outage_a)
    assert page.detail.members.rowCount() == 2
    assert page.detail.differences.rowCount() == 2  # start and end, side by side
    assert page.split_button.isEnabled()
    assert page.merge_button.isEnabled()  # the other event of the session


def test_confirm_and_reject_show_the_new_state_after_the_reload(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = _opened(qtbot, coordinator_gui, watched)
    page = window.events
    _row(page, watched.outage_a)
    click(qtbot, page, "confirmEventButton")
    page = _decided(qtbot, window)
    assert "Confirmed" in message(page, "eventsStatus")
    row = _row(page, watched.outage_a)  # still chosen, and shown confirmed
    assert page.chosen_event() is page.events()[row]
    assert page.events()[row].state == EventState.CONFIRMED
    assert page.proxy.index(row, EventsModel.STATE).data().startswith("confirmed by ")

    _row(page, watched.excluded_b)
    click(qtbot, page, "rejectEventButton")
    page = _decided(qtbot, window)
    assert _states(page) == [("E1", "confirmed"), ("—", "rejected")]
    # Counted nowhere: the dashboard's charts count the one event left.
    assert window.dashboard.shown is not None
    assert window.dashboard.shown.events == 1
    assert window.dashboard.shown.rejected == 1


def test_split_then_merge_through_their_dialogs(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = _opened(qtbot, coordinator_gui, watched)
    page = window.events
    _row(page, watched.outage_a)
    click(qtbot, page, "splitEventButton")
    dialog = page.dialog
    assert isinstance(dialog, SplitEventDialog)
    members = child(dialog, QListWidget, "splitMembersList")
    assert members.count() == 2
    assert not dialog.ok_button.isEnabled()  # none chosen
    for row in range(2):
        members.item(row).setCheckState(Qt.CheckState.Checked)
    assert not dialog.ok_button.isEnabled()  # all of them: nothing would be left
    members.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ok_button.isEnabled()
    child(dialog, QPlainTextEdit, "eventNoteEdit").setPlainText("two outages, minutes apart")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = _decided(qtbot, window)
    assert _states(page) == [("E1", "split"), ("E2", "split"), ("E3", "proposed")]

    _row(page, watched.outage_a)
    click(qtbot, page, "mergeEventButton")
    merge = page.dialog
    assert isinstance(merge, MergeEventsDialog)
    others = child(merge, QListWidget, "mergeEventsList")
    assert others.count() == 2  # the split-off part and the public shut out
    assert not merge.ok_button.isEnabled()
    split_off = next(
        row for row in range(others.count()) if others.item(row).text().startswith("E2 ")
    )
    others.item(split_off).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(merge.ok_button, Qt.MouseButton.LeftButton)
    page = _decided(qtbot, window)
    assert _states(page) == [("E1", "merged"), ("E2", "proposed")]
    _row(page, watched.outage_b)
    assert [page.detail.decisions.index(r, 2).data() for r in range(2)] == ["split off", "merged"]


def test_an_annotation_needs_a_note_and_shows_under_its_authors_name(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    window = _opened(qtbot, coordinator_gui, watched)
    page = window.events
    _row(page, watched.excluded_b)
    click(qtbot, page, "annotateEventButton")
    dialog = page.dialog
    assert isinstance(dialog, AnnotateEventDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "needs a note" in message(dialog, "errorLabel")  # refused; the dialog stays
    assert dialog.isVisible()
    child(dialog, QPlainTextEdit, "eventNoteEdit").setPlainText("journalists, not the public")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = _decided(qtbot, window)
    _row(page, watched.excluded_b)
    decisions = page.detail.decisions
    assert decisions.rowCount() == 1
    assert decisions.index(0, 3).data() == "journalists, not the public"
    assert decisions.index(0, 1).data() == window.data.names[coordinator_gui.vault.observer_id]
    assert page.events()[1].state == EventState.PROPOSED  # a note changes nothing else


def test_a_hostile_decision_in_a_bundle_leaves_the_tab_showing_the_rest(
    qtbot: QtBot,
    vault: Vault,
    coordinator: Vault,
    coordinator_gui: VaultSession,
    watched: Watched,
    tmp_path: Path,
) -> None:
    def hostile(notebook: Notebook) -> None:
        for action, members in (
            ("merge", (watched.outage_a, watched.excluded_b, "f" * 32)),
            ("obliterate", (watched.outage_b,)),
            ("split", ("not an id",)),
        ):
            record = EventDecision(
                trial_id=watched.trial_a,
                action=action,
                members=members,
                note="\u202e<b>" + "x" * 5000,
            )
            notebook.save_record(record, parent_id=watched.trial_a, tz="UTC")

    hostile(Notebook(vault))  # observer A's app, or anyone holding their key
    contact = next(c for c in Contacts(vault).list() if c.author == coordinator.observer_id)
    bundle = export_bundle(vault, [contact], tmp_path)
    (result,) = Importer(coordinator).import_paths([tmp_path / bundle.file_name])
    assert result.status == IMPORTED, result
    # The same values in decisions that do apply: the coordinator's own, written by hand
    # (observer A was at the sitting, so theirs are not applied there).
    hostile(Notebook(coordinator))

    window = _opened(qtbot, coordinator_gui, watched)
    page = window.events
    assert not window.banner.isVisible()
    # The merge named observations of one session: the coordinator's, it applies.
    assert _states(page) == [("E1", "merged")]
    _row(page, watched.outage_a)
    note = page.detail.decisions.index(0, 3).data()
    assert "\u202e" not in note
    assert len(note) <= 300
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)  # each tab shows, none raises
