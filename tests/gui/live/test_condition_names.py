"""One condition, one name: live mode's quick buttons, its status line, its log and the
compact logger call each condition what the taxonomy calls it, in the UI's language.

The walk of issue 12 found three names for one condition: F2 said "Audio inaudible" while
the status and the log said "Audio lost"; F5 "No private channel with counsel" was logged as
"No private channel for remote consultation"; F6 "Evidence or file access denied" as
"Access to evidence denied", and the compact logger said "Evidence denied".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor_app.core.records.taxonomy import label, short_label
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.log import LiveLogModel
from monitor_app.gui.live.quick_conditions import QUICK_CONDITIONS
from monitor_app.gui.live.quick_pad import QuickButton, button_name
from monitor_app.gui.live.screen import LiveHearingWidget
from tests.gui.helpers import child, shown


@pytest.fixture(params=["en", "kk"])
def live(
    request: pytest.FixtureRequest, qtbot: QtBot, gui_session: VaultSession
) -> LiveHearingWidget:
    """Live mode on a remote hearing, its taxonomy names in English or in Kazakh."""
    AppSettings().language = request.param
    notebook = gui_session.notebook
    trial = notebook.add_trial("Prosecutor v. B. Activist", country="KZ")
    start = datetime(2026, 11, 24, 5, 0, tzinfo=UTC)
    hearing = notebook.add_hearing(trial.id, start, "remote", "Asia/Almaty")
    return shown(qtbot, LiveHearingWidget(gui_session, hearing.id), (1366, 768), exposed=True)


def test_each_quick_button_bears_the_taxonomys_name(live: LiveHearingWidget) -> None:
    taxonomy, lang = live.controller.taxonomy, live.lang
    for condition in QUICK_CONDITIONS:
        button = child(live, QuickButton, button_name(condition.code))
        name = label(taxonomy.item(condition.code).label, lang)
        assert " ".join(button.text().split()[:-1]) == name  # the name, then the key
        assert button.accessibleName() == name


def test_what_a_key_starts_is_named_alike_on_the_button_in_the_status_and_the_log(
    qtbot: QtBot, live: LiveHearingWidget
) -> None:
    taxonomy, lang = live.controller.taxonomy, live.lang
    for code, key in (
        ("remote.audio_lost", Qt.Key.Key_F2),
        ("counsel.no_private_channel", Qt.Key.Key_F5),
        ("evidence.access_denied", Qt.Key.Key_F6),
    ):
        name = label(taxonomy.item(code).label, lang)
        assert name in child(live, QuickButton, button_name(code)).text().replace("\n", " ")
        qtbot.keyClick(live.note_edit, key)
        logged = [
            live.model.index(row, LiveLogModel.CONDITION).data()
            for row in range(live.model.rowCount())
        ]
        assert name in logged, (name, logged)
    running = [line.split(": ")[0] for line in live.losses.text().splitlines()]
    assert running == [label(taxonomy.item("remote.audio_lost").label, lang)]


def test_the_compact_logger_uses_the_taxonomys_short_name(
    qtbot: QtBot, live: LiveHearingWidget
) -> None:
    logger = live.open_compact_logger()
    assert isinstance(logger, CompactLogger)
    qtbot.waitExposed(logger)
    taxonomy, lang = live.controller.taxonomy, live.lang
    for condition in QUICK_CONDITIONS:
        button = child(logger, QuickButton, button_name(condition.code, "compact"))
        shown_name = " ".join(button.text().split()[1:])  # after the key
        assert shown_name == short_label(taxonomy.item(condition.code), lang)
        assert button.accessibleName() == label(taxonomy.item(condition.code).label, lang)
