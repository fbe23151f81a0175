"""Live hearing mode, driven through its real widgets on a real vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.live.controller import draft_key
from monitor_app.gui.live.log import LiveLogModel
from monitor_app.gui.live.quick_conditions import QUICK_CONDITIONS
from monitor_app.gui.live.quick_pad import QuickButton, button_name
from monitor_app.gui.live.screen import LiveController, LiveHearingWidget
from monitor_app.gui.records.observation_editor import ObservationEditor
from tests.gui.helpers import shown, unlock_session

OUTAGE = "remote.connection_lost"
T0 = datetime(2026, 11, 24, 7, 30, 0, tzinfo=UTC)


@pytest.fixture
def live(qtbot: QtBot, gui_session: VaultSession, hearing_id: str) -> LiveHearingWidget:
    return shown(qtbot, LiveHearingWidget(gui_session, hearing_id), (1100, 720), exposed=True)


def quick(widget: LiveHearingWidget, code: str) -> QuickButton:
    button = widget.findChild(QuickButton, button_name(code))
    assert button is not None
    return button


def test_outage_started_and_stopped_is_one_observation_with_its_duration(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    controller = LiveController(gui_session, hearing_id)
    with qtbot.waitSignal(controller.saved) as started:
        controller.toggle(OUTAGE, at=T0)
    assert controller.running(OUTAGE) is not None
    stopped = controller.toggle(OUTAGE, at=T0 + timedelta(minutes=3, seconds=12))

    saved = gui_session.notebook.list_observations(hearing_id)
    assert [o.id for o in saved] == [started.args[0]] == [stopped.id]
    outage = saved[0]
    assert outage.code == OUTAGE
    assert not outage.is_open
    assert outage.end is not None
    lasted = from_utc_text(outage.end) - from_utc_text(outage.at)
    assert lasted == timedelta(minutes=3, seconds=12)
    assert controller.running(OUTAGE) is None
    # Totals in memory agree with the notebook's own.
    now = T0 + timedelta(hours=1)
    assert controller.totals(now) == gui_session.notebook.hearing_totals(hearing_id, now)
    assert controller.totals(now).seconds_lost == 3 * 60 + 12


def test_point_conditions_are_recorded_with_default_parties(
    gui_session: VaultSession, hearing_id: str
) -> None:
    controller = LiveController(gui_session, hearing_id)
    point = controller.toggle("counsel.no_private_channel", at=T0)
    defendant = controller.toggle("participation.defendant_cannot_hear", at=T0)
    assert not point.interval
    assert defendant.is_open
    assert defendant.parties == ("defendant",)
    assert controller.running("counsel.no_private_channel") is None


def test_quick_button_starts_then_stops_and_asks_what_the_court_did(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    button = quick(live, OUTAGE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Saved durably before the button shows it running.
    open_now = gui_session.notebook.open_intervals(hearing_id)
    assert [o.code for o in open_now] == [OUTAGE]
    assert button.isChecked()
    assert "running" in button.text()
    assert live.findChild(QLabel, "lossStatus").text().startswith("Connection lost: ")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert gui_session.notebook.open_intervals(hearing_id) == []
    assert not button.isChecked()
    [outage] = gui_session.notebook.list_observations(hearing_id)
    assert outage.end is not None
    # Live mode asks, in full view, what the court did meanwhile: one click answers.
    assert live.court.isVisible()
    continued = live.court.buttons["continued"]
    qtbot.mouseClick(continued, Qt.MouseButton.LeftButton)
    assert not live.court.isVisible()
    saved = gui_session.notebook.get_observation(outage.id)
    assert saved.court_response == "continued"
    assert saved.revision is not None
    assert saved.revision.number == 3  # started, stopped, detailed
    assert "continued" in live.totals_label.text().lower()


def test_every_quick_condition_has_a_button_with_its_shortcut_shown(
    live: LiveHearingWidget,
) -> None:
    taxonomy = live.controller.taxonomy
    keys = set()
    for condition in QUICK_CONDITIONS:
        item = taxonomy.item(condition.code)  # every code is in the taxonomy
        assert condition.interval == (item.timing != "point")
        button = quick(live, condition.code)
        assert condition.key_text() in button.text()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        keys.add(condition.shortcut)
    assert len(keys) == len(QUICK_CONDITIONS)


def test_a_note_line_is_saved_at_once_on_enter(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    edit = live.findChild(QLineEdit, "liveNoteEdit")
    before = datetime.now(UTC).replace(microsecond=0)
    qtbot.keyClicks(edit, "Judge refused the motion to call witness K.")
    started = live.controller.line_started
    assert started is not None
    assert live.notes.stamp.text() != "--:--:--"
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    [note] = gui_session.notebook.list_observations(hearing_id)
    assert note.code == "general.note"
    assert note.text == "Judge refused the motion to call witness K."
    assert before <= from_utc_text(note.at) <= datetime.now(UTC)
    assert from_utc_text(note.at) == started.replace(microsecond=0)  # when typing began
    assert edit.text() == ""
    assert gui_session.notebook.load_draft(draft_key(hearing_id)) == ""
    assert live.model.rowCount() == 1
    assert live.model.index(0, LiveLogModel.TEXT).data() == note.text


def test_the_draft_is_sealed_after_a_pause_and_survives_a_lock(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    edit = live.findChild(QLineEdit, "liveNoteEdit")
    typed = "Defendant says the video link froze during the verdict"
    qtbot.keyClicks(edit, typed)
    notebook = gui_session.notebook
    qtbot.waitUntil(lambda: notebook.load_draft(draft_key(hearing_id)) == typed)

    qtbot.keyClicks(edit, " again")  # typed just before the lock: sealed by about_to_lock
    started = live.controller.line_started
    gui_session.lock()
    assert edit.text() == ""
    vault_bytes = (gui_session.folder / DB_FILENAME).read_bytes()
    assert typed.encode() not in vault_bytes

    unlock_session(gui_session)
    again = LiveHearingWidget(gui_session, hearing_id)
    qtbot.addWidget(again)
    assert again.note_edit.text() == typed + " again"
    assert again.controller.line_started == started.replace(microsecond=0)


def test_leaving_live_mode_seals_the_draft_and_esc_does_not_leave(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    edit = live.findChild(QLineEdit, "liveNoteEdit")
    qtbot.keyClicks(edit, "half a line")
    left: list[bool] = []
    live.closed.connect(lambda: left.append(True))
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert left == []
    assert live.isVisible()
    qtbot.mouseClick(live.findChild(QPushButton, "leaveLiveButton"), Qt.MouseButton.LeftButton)
    assert left == [True]
    assert gui_session.notebook.load_draft(draft_key(hearing_id)) == "half a line"


def test_open_intervals_show_as_running_on_reentry(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    notebook = gui_session.notebook
    started = datetime.now(UTC) - timedelta(minutes=4)
    notebook.start_interval(hearing_id, OUTAGE, started)
    recess = notebook.start_interval(hearing_id, "hearing.recess", started)
    widget = shown(qtbot, LiveHearingWidget(gui_session, hearing_id))

    assert quick(widget, OUTAGE).isChecked()
    assert not quick(widget, "remote.audio_lost").isChecked()
    assert widget.findChild(QLabel, "lossStatus").text().startswith("Connection lost: ")
    running = [widget.model.index(r, LiveLogModel.END).data() for r in range(2)]
    assert all(text.startswith("running 4 min") for text in running)
    assert "lost: 4 min" in widget.totals_label.text()  # the outage counts as time lost

    # Any open interval can be stopped from the list.
    row = widget.model.row_of(recess.id)
    assert row is not None
    widget.view.selectRow(row)
    stop = widget.findChild(QPushButton, "stopIntervalButton")
    assert stop.isEnabled()
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert not notebook.get_observation(recess.id).is_open


def test_the_detail_panel_never_takes_the_focus_from_the_notes_line(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    live.activateWindow()
    qtbot.waitUntil(live.isActiveWindow)
    edit = live.findChild(QLineEdit, "liveNoteEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClicks(edit, "Audio gone ")
    qtbot.mouseClick(quick(live, "remote.audio_lost"), Qt.MouseButton.LeftButton)
    assert live.detail_scroll.isVisible()
    assert QApplication.focusWidget() is edit
    # Clicking the panel's choices keeps it there too; typing goes on in the line.
    qtbot.mouseClick(live.findChild(QRadioButton, "severity_high"), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "for the defence")
    assert edit.text() == "Audio gone for the defence"
    # The severity is saved shortly after the change, without a click on Save.
    [audio] = gui_session.notebook.list_observations(hearing_id)
    qtbot.waitUntil(lambda: gui_session.notebook.get_observation(audio.id).severity == "high")


def test_the_detail_panel_saves_the_conditions_own_fields(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    qtbot.mouseClick(quick(live, "evidence.access_denied"), Qt.MouseButton.LeftButton)
    fields = live.panel.fields
    assert fields is not None
    assert set(fields.editors) == {"item", "requested_by", "reason_given", "ruling"}
    qtbot.keyClicks(fields.editors["item"].widget, "Case file vol. 3")
    live.panel.comment.setPlainText("Defence asked twice")
    qtbot.mouseClick(live.findChild(QPushButton, "saveDetailsButton"), Qt.MouseButton.LeftButton)
    [denied] = gui_session.notebook.list_observations(hearing_id)
    assert denied.fields == {"item": "Case file vol. 3"}
    assert denied.text == "Defence asked twice"
    assert not live.detail_scroll.isVisible()


def test_lock_clears_what_live_mode_shows(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession
) -> None:
    qtbot.mouseClick(quick(live, OUTAGE), Qt.MouseButton.LeftButton)
    assert live.model.rowCount() == 1
    gui_session.lock()
    assert live.model.rowCount() == 0
    assert not live.detail_scroll.isVisible()
    assert live.totals_label.text() == ""
    assert live.findChild(QLabel, "lossStatus").text() == ""


def test_live_log_model(qtmodeltester: ModelTester, gui_session: VaultSession, hearing_id: str):
    controller = LiveController(gui_session, hearing_id)
    controller.toggle(OUTAGE, at=T0)
    controller.log_line("Witness K. testified by phone", at=T0 + timedelta(seconds=5))
    model = LiveLogModel(controller.taxonomy, "en")
    model.set_records(controller.observations())
    qtmodeltester.check(model)
    assert model.index(0, LiveLogModel.TIME).data() == "10:30:00"  # Minsk time
    # A stopped interval is updated in place; a new line is appended.
    controller.toggle(OUTAGE, at=T0 + timedelta(minutes=1))
    controller.log_line("Back", at=T0 + timedelta(minutes=2))
    model.set_records(controller.observations())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, LiveLogModel.END).data() == "10:31:00 (1 min 00 s)"
    assert model.index(2, LiveLogModel.TEXT).data() == "Back"


def test_function_keys_stamp_the_quick_conditions(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    live.activateWindow()
    qtbot.waitUntil(live.isActiveWindow)
    edit = live.note_edit
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    assert [o.code for o in gui_session.notebook.open_intervals(hearing_id)] == [OUTAGE]
    qtbot.keyClick(edit, Qt.Key.Key_F6)
    codes = [o.code for o in gui_session.notebook.list_observations(hearing_id)]
    assert sorted(codes) == ["evidence.access_denied", OUTAGE]  # maybe in the same second
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    assert gui_session.notebook.open_intervals(hearing_id) == []
    assert edit.text() == ""  # the keys typed nothing into the line


def test_the_draft_is_sealed_when_live_mode_is_destroyed(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    widget = LiveHearingWidget(gui_session, hearing_id)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.note_edit, "typed a moment before the window went")
    with qtbot.waitSignal(widget.destroyed):
        widget.deleteLater()  # no close event, no pause in typing: only the destructor
    assert gui_session.notebook.load_draft(draft_key(hearing_id)) == (
        "typed a moment before the window went"
    )


def test_edit_details_opens_the_editor_and_live_mode_shows_the_new_revision(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    qtbot.mouseClick(quick(live, "public.excluded"), Qt.MouseButton.LeftButton)
    live.view.selectRow(0)
    qtbot.mouseClick(live.findChild(QPushButton, "editDetailsButton"), Qt.MouseButton.LeftButton)
    editor = live.window().findChild(ObservationEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert editor.item_combo.currentData() == "public.excluded"
    assert editor.still_going.isChecked()
    editor.note_edit.setPlainText("Bailiff closed the doors")
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert live.model.index(0, LiveLogModel.TEXT).data() == "Bailiff closed the doors"
    assert quick(live, "public.excluded").isChecked()  # still running
    [excluded] = gui_session.notebook.list_observations(hearing_id)
    assert excluded.text == "Bailiff closed the doors"
