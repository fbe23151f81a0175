"""Helpers of the coordinator screen's tests: the screen opened (on the scene of the
`coordinator_gui` fixture, say) once its first read has answered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.coordinator_data import ALL_TRIALS
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.gui.helpers import SLOW, shown


def open_coordinator(qtbot: QtBot, session: VaultSession) -> CoordinatorWindow:
    window = shown(qtbot, CoordinatorWindow(session, AppSettings()), (1300, 760))
    wait_loaded(qtbot, window)
    return window


def wait_loaded(qtbot: QtBot, window: CoordinatorWindow) -> None:
    """Until the reading has answered, and the figures across trials being worked out
    meanwhile (when they are) too."""
    qtbot.waitUntil(
        lambda: (
            window.data is not None and not window.is_loading and not window.programme_busy.is_busy
        ),
        timeout=SLOW,
    )


def show_trial(qtbot: QtBot, window: CoordinatorWindow, trial_id: str) -> str:
    """Choose the group of ``trial_id`` (every trial, for ALL_TRIALS) in the timeline, as
    the user would, and wait for its reading; return its key."""
    data = window.data
    assert data is not None
    key = trial_id if trial_id == ALL_TRIALS else data.group_key(trial_id)
    combo = window.timeline.trial_combo
    combo.setCurrentIndex(combo.findData("" if key == ALL_TRIALS else key))
    wait_loaded(qtbot, window)
    return key
