"""Helpers of the coordinator screen's tests: the screen opened (on the scene of the
`coordinator_gui` fixture, say) once its first read has answered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.gui.helpers import SLOW, shown


def open_coordinator(qtbot: QtBot, session: VaultSession) -> CoordinatorWindow:
    window = shown(qtbot, CoordinatorWindow(session, AppSettings()), (1300, 760))
    wait_loaded(qtbot, window)
    return window


def wait_loaded(qtbot: QtBot, window: CoordinatorWindow) -> None:
    qtbot.waitUntil(lambda: window.data is not None and not window.is_loading, timeout=SLOW)
