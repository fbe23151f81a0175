"""A whole live hearing without friction (issue 12, "Live hearing"): the idle lock never cuts
a live hearing off and unlocking goes back to it; every running loss of participation shows
with its timer; the court's response is asked in full view, from the compact logger too; who
was affected is asked once; the compact logger confirms saves and keeps its buttons' size;
leaving live mode offers to mark the hearing held."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.taxonomy import LANGUAGES, default_taxonomy_path, load_taxonomy
from monitor_app.core.records.timeutil import to_utc_text
from monitor_app.gui.common.session import IdleLock, LockCountdown, VaultSession
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.quick_pad import QuickButton, button_name
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from tests.gui.helpers import MessageBoxAnswer, child, show_details, shown, unlock_session

OUTAGE = "remote.connection_lost"
AUDIO = "remote.audio_lost"
CANNOT_HEAR = "participation.defendant_cannot_hear"
T0 = datetime(2026, 11, 24, 7, 30, 0, tzinfo=UTC)


@pytest.fixture
def live(qtbot: QtBot, gui_session: VaultSession, hearing_id: str) -> LiveHearingWidget:
    return shown(qtbot, LiveHearingWidget(gui_session, hearing_id), (1366, 768), exposed=True)


@pytest.fixture
def compact(qtbot: QtBot, live: LiveHearingWidget) -> CompactLogger:
    logger = live.open_compact_logger()
    assert isinstance(logger, CompactLogger)
    qtbot.waitExposed(logger)
    return logger


def press(qtbot: QtBot, parent: QWidget, code: str, prefix: str = "quick") -> None:
    qtbot.mouseClick(
        child(parent, QuickButton, button_name(code, prefix)), Qt.MouseButton.LeftButton
    )


# ---- 1. the idle lock and a live hearing ------------------------------------------------


def test_an_idle_lock_counts_down_first_and_any_key_calls_it_off(
    qtbot: QtBot, qapp: QApplication, gui_session: VaultSession
) -> None:
    idle = IdleLock(gui_session, minutes=0.035, parent=gui_session)  # 2.1 s: 1 s counted down
    qapp.installEventFilter(idle)
    banner = LockCountdown(gui_session)
    qtbot.addWidget(banner)
    try:
        with qtbot.waitSignal(gui_session.lock_countdown, timeout=5000) as counting:
            idle.restart()
        assert counting.args == [1]
        assert not banner.isHidden()
        assert "1" in banner.text()
        assert gui_session.is_unlocked
        with qtbot.waitSignal(gui_session.lock_countdown) as called_off:
            qtbot.keyClick(banner, Qt.Key.Key_Shift)  # any key
        assert called_off.args == [0]
        assert banner.isHidden()
        assert gui_session.is_unlocked
        with qtbot.waitSignal(gui_session.locked, timeout=10_000):
            pass  # left alone, it locks after counting down again
    finally:
        qapp.removeEventFilter(idle)


def test_a_live_hearing_is_not_locked_for_idleness_unless_chosen(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    idle = IdleLock(gui_session, minutes=0.035, parent=gui_session)
    gui_session.live_hearing_id = hearing_id
    counted: list[int] = []
    gui_session.lock_countdown.connect(counted.append)
    with qtbot.waitSignal(idle.timer.timeout, timeout=5000):
        idle.restart()
    assert gui_session.is_unlocked
    assert counted == []  # no countdown either: the quiet time simply starts again
    assert idle.timer.isActive()

    idle.lock_while_live = True  # the observer's setting
    with qtbot.waitSignal(gui_session.locked, timeout=10_000):
        idle.restart()
    assert counted[0] == 1


def test_the_panic_lock_works_in_live_mode_and_unlocking_returns_to_it(
    qtbot: QtBot, open_demo: Callable[[str], QWidget]
) -> None:
    main = open_demo("live")
    assert isinstance(main, MainWindow)
    assert main.workspace is not None
    live_before = main.workspace.live
    assert isinstance(live_before, LiveHearingWidget)
    hearing_id = live_before.controller.hearing_id
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(
        main.workspace.live,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not main.session.is_unlocked
    assert main.workspace is None

    unlock_session(main.session)
    workspace = main.workspace
    assert workspace is not None
    live = workspace.live
    assert isinstance(live, LiveHearingWidget)
    assert live.controller.hearing_id == hearing_id
    assert workspace.stack.currentWidget() is live
    assert workspace.current_hearing_id() == hearing_id

    live.leave()  # leaving live mode: the next unlock shows the workspace
    assert main.session.live_hearing_id is None


# ---- 2. every running loss, with its timer ----------------------------------------------


def test_every_running_loss_of_participation_shows_with_its_own_timer(
    qtbot: QtBot, live: LiveHearingWidget, compact: CompactLogger
) -> None:
    press(qtbot, live, CANNOT_HEAR)
    press(qtbot, live, AUDIO)
    press(qtbot, live, "public.excluded")  # an interval, but not lost participation
    for status in (live.losses, compact.losses):
        lines = status.text().splitlines()
        # Oldest first; two stamps within one second (times are kept to the second) may
        # come in either order, so the lines are compared as a set.
        assert sorted(line.split(": ")[0] for line in lines) == [
            "Audio lost",
            "Defendant cannot hear",
        ], lines
        assert status.font().bold()
    before = live.losses.text()
    qtbot.waitUntil(lambda: live.losses.text() != before, timeout=3000)  # they tick


# ---- 3. what the court did, in full view -------------------------------------------------


def test_stopping_in_the_compact_logger_asks_there_what_the_court_did(
    qtbot: QtBot, live: LiveHearingWidget, compact: CompactLogger, gui_session: VaultSession
) -> None:
    assert not compact.court.isVisible()
    press(qtbot, compact, OUTAGE, "compact")
    press(qtbot, compact, OUTAGE, "compact")
    assert compact.court.isVisible()
    assert live.court.isVisible()  # and in live mode, above the log
    assert compact.court.question.text().startswith("What did the court do meanwhile?")
    qtbot.mouseClick(compact.court.buttons["paused"], Qt.MouseButton.LeftButton)
    assert not compact.court.isVisible()
    assert not live.court.isVisible()
    [outage] = gui_session.notebook.list_observations(live.controller.hearing_id)
    assert outage.court_response == "paused"


def test_one_key_answers_what_the_court_did(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession
) -> None:
    live.activateWindow()
    qtbot.waitUntil(live.isActiveWindow)
    qtbot.keyClick(live.note_edit, Qt.Key.Key_F2)
    qtbot.keyClick(live.note_edit, Qt.Key.Key_F2)
    assert live.court.isVisible()
    continued = live.court.buttons["continued"]
    assert "Ctrl+2" in continued.text()
    qtbot.keyClick(live.note_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    [audio] = gui_session.notebook.list_observations(live.controller.hearing_id)
    assert audio.court_response == "continued"
    assert not live.court.isVisible()
    assert live.note_edit.text() == ""  # the key was not typed into the note


# ---- 4. who was affected, once -----------------------------------------------------------


def old_notebook(session: VaultSession, tmp_path: Path) -> Notebook:
    """A notebook with taxonomy 2026.1's "Who was affected" field still on the outage."""
    data = json.loads(default_taxonomy_path().read_text(encoding="utf-8"))
    for category in data["categories"]:
        for item in category["items"]:
            if item["code"] == OUTAGE:
                del item["retired_party_fields"]
                item["fields"].insert(
                    0,
                    {
                        "key": "who_lost_connection",
                        "type": "party",
                        "label": dict.fromkeys(LANGUAGES, "Who was affected"),
                    },
                )
    path = tmp_path / "taxonomy-2026.1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return Notebook(session.vault, load_taxonomy(path))


def test_the_details_ask_who_was_affected_once_and_show_old_answers_as_parties(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, tmp_path: Path
) -> None:
    old = old_notebook(gui_session, tmp_path).start_interval(
        hearing_id, OUTAGE, T0, fields={"who_lost_connection": "defendant"}
    )
    live = shown(qtbot, LiveHearingWidget(gui_session, hearing_id), (1366, 768))
    show_details(live, old.id)
    panel = live.panel
    assert panel.fields is not None
    assert "who_lost_connection" not in panel.fields.editors
    captions = [label.text() for label in panel.findChildren(QLabel)]
    assert not any("Who was affected" in text for text in captions)
    assert panel.parties.checked() == ["defendant"]  # the old answer, as a party

    panel.comment.setPlainText("Screen went black")
    qtbot.mouseClick(child(panel, QPushButton, "saveDetailsButton"), Qt.MouseButton.LeftButton)
    saved = gui_session.notebook.get_observation(old.id)
    assert saved.parties == ("defendant",)
    assert "who_lost_connection" not in saved.fields
    assert saved.text == "Screen went black"
    first = gui_session.notebook.history(old.id)[0]
    assert first.body["fields"] == {"who_lost_connection": "defendant"}  # nothing lost


# ---- 5. the compact logger ---------------------------------------------------------------


def test_the_compact_logger_confirms_each_save_and_keeps_its_buttons_size(
    qtbot: QtBot, compact: CompactLogger
) -> None:
    assert compact.windowTitle() == "Compact logger"  # the system adds the app's name
    assert compact.saved_notice.text() == ""
    heights = {code: button.height() for code, button in compact.pad.buttons.items()}
    press(qtbot, compact, CANNOT_HEAR, "compact")
    assert compact.saved_notice.isVisible()
    assert compact.saved_notice.text().startswith("✓ Saved ")
    assert compact.saved_notice.text().endswith("Defendant cannot hear")
    running = compact.pad.buttons[CANNOT_HEAR]
    assert running.text().startswith("●")
    assert len(running.text().splitlines()) == 2  # its label wrapped...
    QApplication.processEvents()
    after = {code: button.height() for code, button in compact.pad.buttons.items()}
    assert after == heights  # ...and no button changed size
    compact.note_edit.setText("Judge left the room")
    compact.notes.save_line()
    assert compact.saved_notice.text().endswith("Note")


# ---- 7. leaving: the hearing was held ----------------------------------------------------


def test_leaving_offers_to_mark_the_hearing_held_with_the_live_times(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    notebook = gui_session.notebook
    assert notebook.get_hearing(hearing_id).status == "scheduled"
    live.controller.toggle(OUTAGE, at=T0)  # the first stamp, before live mode was entered
    live.controller.toggle(OUTAGE, at=T0 + timedelta(minutes=2))
    left: list[bool] = []
    live.closed.connect(lambda: left.append(True))
    answer = MessageBoxAnswer("confirmButton")
    qtbot.mouseClick(child(live, QPushButton, "leaveLiveButton"), Qt.MouseButton.LeftButton)
    assert left == [True]
    assert "held" in answer.texts[0]
    hearing = notebook.get_hearing(hearing_id)
    assert hearing.status == "held"
    assert hearing.actual_start == to_utc_text(T0)  # the first stamp: earlier than entering
    assert hearing.actual_end is not None
    assert hearing.actual_end >= to_utc_text(live.entered)  # when live mode was left


def test_leaving_without_marking_it_held_changes_nothing(
    qtbot: QtBot, live: LiveHearingWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    live.controller.toggle("counsel.no_private_channel", at=T0)
    answer = MessageBoxAnswer("cancelButton")
    live.leave()
    assert answer.texts
    assert gui_session.notebook.get_hearing(hearing_id).status == "scheduled"
