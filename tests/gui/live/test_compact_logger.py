"""The compact logger: another view of live mode's controller, on top, closed by a lock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.controller import draft_key
from monitor_app.gui.live.quick_pad import QuickButton, button_name
from monitor_app.gui.live.screen import LiveHearingWidget
from tests.gui.helpers import shown
from tests.layers import PASSPHRASE


@pytest.fixture
def live(qtbot: QtBot, gui_session: VaultSession) -> LiveHearingWidget:
    """Live mode on a remote hearing in Moscow, shown."""
    notebook = gui_session.notebook
    trial = notebook.add_trial("Prosecutor v. B. Activist", country="RU")
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    hearing = notebook.add_hearing(trial.id, start, "remote", "Europe/Moscow")
    return shown(qtbot, LiveHearingWidget(gui_session, hearing.id), exposed=True)


def saved_codes(live: LiveHearingWidget, only_open: bool = False) -> list[str]:
    notebook = live.session.notebook
    hearing_id = live.controller.hearing_id
    found = (
        notebook.open_intervals(hearing_id) if only_open else notebook.list_observations(hearing_id)
    )
    return [o.code for o in found]


@pytest.fixture
def compact(qtbot: QtBot, live: LiveHearingWidget) -> CompactLogger:
    qtbot.mouseClick(live.findChild(QPushButton, "compactLoggerButton"), Qt.MouseButton.LeftButton)
    logger = live.compact_logger
    assert isinstance(logger, CompactLogger)
    qtbot.waitExposed(logger)
    return logger


def test_it_is_a_small_tool_window_that_stays_on_top(
    compact: CompactLogger, live: LiveHearingWidget
) -> None:
    flags = compact.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert compact.isWindow()
    assert compact.width() <= 480
    assert compact.controller is live.controller
    assert "Journalist" not in compact.windowTitle()  # never user content
    assert "Activist" not in compact.windowTitle()


def test_its_buttons_act_on_the_same_controller(
    qtbot: QtBot, compact: CompactLogger, live: LiveHearingWidget
) -> None:
    small = compact.findChild(QuickButton, button_name("remote.audio_lost", "compact"))
    big = live.findChild(QuickButton, button_name("remote.audio_lost"))
    assert small is not None
    assert big is not None
    assert "F2" in small.text()
    qtbot.mouseClick(small, Qt.MouseButton.LeftButton)
    assert saved_codes(live, only_open=True) == ["remote.audio_lost"]
    assert small.isChecked()
    assert big.isChecked()  # the full screen shows it running too
    assert live.model.rowCount() == 1
    qtbot.mouseClick(small, Qt.MouseButton.LeftButton)
    assert saved_codes(live, only_open=True) == []
    assert not big.isChecked()


def test_the_outage_timer_runs_in_the_compact_window(qtbot: QtBot, compact: CompactLogger) -> None:
    outage = compact.findChild(QLabel, "compactLossStatus")
    assert outage.text() == "Participation not interrupted"
    qtbot.mouseClick(
        compact.findChild(QuickButton, button_name("remote.connection_lost", "compact")),
        Qt.MouseButton.LeftButton,
    )
    assert outage.text().startswith("Connection lost: ")
    before = outage.text()
    qtbot.waitUntil(lambda: outage.text() != before, timeout=3000)  # it ticks each second


def test_its_notes_line_shares_the_draft_and_saves_lines(
    qtbot: QtBot, compact: CompactLogger, live: LiveHearingWidget
) -> None:
    line = compact.findChild(QLineEdit, "compactNoteEdit")
    qtbot.keyClicks(line, "Screen shows an empty courtroom")
    assert live.note_edit.text() == "Screen shows an empty courtroom"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert saved_codes(live) == ["general.note"]
    [note] = live.controller.observations()
    assert note.text == "Screen shows an empty courtroom"
    assert line.text() == live.note_edit.text() == ""


def test_it_closes_itself_on_lock_after_sealing_the_draft(
    qtbot: QtBot, compact: CompactLogger, live: LiveHearingWidget, gui_session: VaultSession
) -> None:
    hearing_id = live.controller.hearing_id
    qtbot.keyClicks(compact.findChild(QLineEdit, "compactNoteEdit"), "typed beside Zoom")
    with qtbot.waitSignal(compact.destroyed):
        gui_session.lock()
    assert live.compact_logger is None
    assert live.note_edit.text() == ""
    with Vault.open(gui_session.folder) as vault:  # unlocked again, it holds the line
        vault.unlock(PASSPHRASE)
        assert Notebook(vault).load_draft(draft_key(hearing_id)) == "typed beside Zoom"


def test_live_mode_goes_on_after_the_compact_logger_is_closed(
    qtbot: QtBot, compact: CompactLogger, live: LiveHearingWidget
) -> None:
    with qtbot.waitSignal(compact.destroyed):
        compact.close()
    assert live.compact_logger is None
    big = live.findChild(QuickButton, button_name("remote.video_frozen"))
    qtbot.mouseClick(big, Qt.MouseButton.LeftButton)  # the closed views must not react
    assert big.isChecked()
    assert saved_codes(live, only_open=True) == ["remote.video_frozen"]
    reopened = live.open_compact_logger()
    assert reopened.findChild(
        QuickButton, button_name("remote.video_frozen", "compact")
    ).isChecked()
