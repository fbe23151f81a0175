"""Issue 12, "switching language": choosing another language in the settings offers
"Restart now"; a restart locks the vault first, then starts the same app again (a frozen
build its own executable, a run from source ``python -m monitor_app``) with the same
arguments, and quits. The starter is a parameter, so the tests see the command without
starting anything."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.languages import LANGUAGE_NAMES, SOURCE_LANGUAGE
from monitor_app.gui.common.i18n import (
    RestartOffer,
    install_translators,
    restart_command,
    running_language,
)
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.settings_dialog import SettingsDialog
from tests.gui.helpers import WhenModal, child, shown


@pytest.fixture
def in_english(qapp: QApplication) -> Iterator[None]:
    """The windows built in English, whatever an earlier test installed."""
    install_translators(qapp, SOURCE_LANGUAGE)
    yield
    install_translators(qapp, SOURCE_LANGUAGE)


class Starter:
    """Records what it was asked to start, and whether the vault was locked by then."""

    def __init__(self, session: VaultSession, works: bool = True) -> None:
        self.session = session
        self.works = works
        self.started: list[tuple[str, list[str], bool]] = []

    def __call__(self, program: str, arguments: Sequence[str]) -> bool:
        self.started.append((program, list(arguments), self.session.is_unlocked))
        return self.works


def test_a_run_from_source_restarts_as_python_dash_m_with_its_arguments() -> None:
    argv = ["/home/o/.venv/bin/trial-monitor", "--vault", "/media/usb/vault"]
    assert restart_command(argv, frozen=False) == (
        sys.executable,
        ["-m", "monitor_app", "--vault", "/media/usb/vault"],
    )


def test_a_frozen_build_restarts_its_own_executable() -> None:
    argv = ["/opt/TrialMonitor/trial-monitor", "gui"]
    assert restart_command(argv, frozen=True) == (sys.executable, ["gui"])


@pytest.mark.usefixtures("in_english")
def test_restart_now_locks_the_vault_then_starts_the_app_again(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    starter = Starter(gui_session)
    offer = RestartOffer(gui_session, starter=starter)
    qtbot.addWidget(offer)
    offer.show()
    offer.language_chosen(SOURCE_LANGUAGE)
    assert not offer.isVisible()  # the windows already speak it: nothing to offer
    offer.language_chosen("kk")
    assert offer.isVisible()

    with qtbot.waitSignal(gui_session.locked):
        child(offer, QPushButton, "restartButton").click()
    program, arguments = restart_command()
    assert starter.started == [(program, arguments, False)]  # locked before it started


@pytest.mark.usefixtures("in_english")
def test_a_failed_restart_says_so_and_leaves_the_vault_locked(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    offer = RestartOffer(gui_session, starter=Starter(gui_session, works=False))
    qtbot.addWidget(offer)
    offer.show()
    offer.language_chosen("ru")
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    _watch = WhenModal(QMessageBox, read_and_close)
    child(offer, QPushButton, "restartButton").click()
    assert not gui_session.is_unlocked
    assert said == [
        "Trial Monitor could not start again. Start it yourself to see the new language."
    ]


@pytest.mark.usefixtures("in_english")
def test_the_settings_offer_a_restart_once_another_language_is_chosen(
    qtbot: QtBot, gui_session: VaultSession, settings: AppSettings
) -> None:
    dialog = shown(qtbot, SettingsDialog(gui_session, settings, IdleLock(gui_session, 5)))
    combo = child(dialog, QComboBox, "languageCombo")
    # Every language by its own name, Kazakh among them.
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(LANGUAGE_NAMES.values())
    restart = child(dialog, QPushButton, "restartButton")
    assert not restart.isVisible()

    combo.setCurrentIndex(combo.findData("kk"))
    assert settings.language == "kk"
    assert running_language() == SOURCE_LANGUAGE
    assert restart.isVisible()

    combo.setCurrentIndex(combo.findData(SOURCE_LANGUAGE))
    assert not restart.isVisible()
