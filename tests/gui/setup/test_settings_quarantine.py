"""The settings dialog's quarantine limits: shown as the vault holds them, saved for the
vault (issue 13: the caps on what a stranger's bundles may take are changeable)."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.quarantine_limits import QuarantineLimits, quarantine_limits
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.settings_dialog import SettingsDialog
from tests.gui.helpers import child, click, shown


def test_the_quarantine_limits_are_shown_and_saved_for_the_vault(
    qtbot: QtBot, gui_session: VaultSession, settings: AppSettings
) -> None:
    dialog = shown(qtbot, SettingsDialog(gui_session, settings, None))
    count = child(dialog, QSpinBox, "quarantineCountSpin")
    size = child(dialog, QSpinBox, "quarantineSizeSpin")
    assert (count.value(), size.value()) == (20, 200)  # the stated defaults
    count.setValue(5)
    size.setValue(50)
    click(qtbot, dialog, "quarantineSaveButton")
    assert quarantine_limits(gui_session.vault) == QuarantineLimits(count=5, megabytes=50)
    again = shown(qtbot, SettingsDialog(gui_session, settings, None))
    assert child(again, QSpinBox, "quarantineCountSpin").value() == 5
