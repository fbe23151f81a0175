"""Issue 3: "Fully usable from the keyboard; accessible names on controls", checked on every
main screen of the demo trial (tests.gui.helpers.SCREENS) instead of by eye.

A control is a button, check box, radio button, text field, combo box, spin box or list
that is shown and enabled. Each has a name a screen reader can say (an accessible name, its
own text, or a label whose buddy it is); Tab reaches it, going round in reading order, with
a dialog's OK and Cancel last; and no two controls of a window claim the same Alt+letter.
Live mode's quick buttons keep the focus where the observer types (live_detail's
`keep_typing_focus`, quick_conditions' `QuickButton`): instead of Tab, each has a key.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.languages import LANGUAGES
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.controller import LiveController
from monitor_app.gui.live.quick_conditions import QUICK_CONDITIONS
from monitor_app.gui.live.quick_pad import QuickButton
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import (
    SCREENS,
    SYNC_DIALOGS,
    activate,
    after_the_buttons,
    backwards_in_a_row,
    child,
    first_control,
    missed_by_tab,
    on_every_page,
    remove_translators,
    shared_access_keys,
    tab_stops,
    unnamed,
    without_keyboard,
)
from tests.layers import PASSPHRASE

DIALOGS = ("editor", "settings", "trial", "hearing", *SYNC_DIALOGS)

OpenDemo = Callable[[str], QWidget]


@pytest.mark.parametrize("name", SCREENS)
def test_every_control_has_a_name(open_demo: OpenDemo, name: str) -> None:
    assert on_every_page(open_demo(name), unnamed) == []


@pytest.mark.parametrize("name", SCREENS)
def test_every_control_takes_the_tab_focus_or_has_a_key(open_demo: OpenDemo, name: str) -> None:
    assert on_every_page(open_demo(name), without_keyboard) == []


@pytest.mark.parametrize("name", SCREENS)
def test_tab_goes_round_every_control_in_reading_order(
    qtbot: QtBot, open_demo: OpenDemo, name: str
) -> None:
    window = open_demo(name)
    stops = tab_stops(qtbot, window, first_control(window))
    assert missed_by_tab(window, stops) == []
    assert backwards_in_a_row(window, stops) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialogs_buttons_come_last_in_the_tab_order(
    qtbot: QtBot, open_demo: OpenDemo, name: str
) -> None:
    dialog = open_demo(name)
    stops = tab_stops(qtbot, dialog, first_control(dialog))
    assert after_the_buttons(dialog, stops) == []
    if isinstance(dialog, ObservationEditor):  # each condition brings fields of its own
        dialog.select_item("evidence.access_denied")
        stops = tab_stops(qtbot, dialog, first_control(dialog))
        assert after_the_buttons(dialog, stops) == []
        assert missed_by_tab(dialog, stops) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SCREENS)
def test_no_two_controls_claim_the_same_access_key(
    qapp: QApplication, open_demo: OpenDemo, name: str, language: str
) -> None:
    AppSettings().language = language
    try:
        found = on_every_page(open_demo(name), shared_access_keys)
    finally:
        remove_translators(qapp)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("name", ["live", "compact"])
def test_each_quick_button_has_a_key_that_works_while_typing(
    qtbot: QtBot, open_demo: OpenDemo, name: str
) -> None:
    window = open_demo(name)
    if isinstance(window, CompactLogger):
        controller: LiveController = window.controller
    else:
        controller = child(window, LiveHearingWidget, "liveHearing").controller
    note = child(window, QLineEdit, "compactNoteEdit" if name == "compact" else "liveNoteEdit")
    buttons = [b for b in window.findChildren(QuickButton) if b.window() is window]
    assert sorted(b.condition.code for b in buttons) == sorted(c.code for c in QUICK_CONDITIONS)
    activate(qtbot, window)
    note.setFocus()
    qtbot.keyClicks(note, "the judge said")

    for button in buttons:
        code = button.condition.code
        saved_before = {(o.id, o.end) for o in controller.observations() if o.code == code}
        qtbot.keyClick(note, QKeySequence(button.condition.shortcut)[0].key())
        saved = {(o.id, o.end) for o in controller.observations() if o.code == code}
        assert saved != saved_before, f"{button.condition.shortcut} did not do {code}"
        assert window.focusWidget() is note, f"{button.condition.shortcut} took the focus"
    assert note.text() == "the judge said"


def test_live_mode_is_entered_typed_in_and_left_from_the_keyboard(
    qtbot: QtBot, open_demo: OpenDemo
) -> None:
    window = open_demo("workspace")
    activate(qtbot, window)
    start = child(window, QPushButton, "liveModeButton")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    note = child(window, QLineEdit, "liveNoteEdit")
    assert QApplication.focusWidget() is note  # the observer can type at once
    qtbot.keyClicks(note, "Hearing opened")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert note.text() == ""  # saved as a time-stamped line

    qtbot.keyClick(note, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # "Lea&ve live mode"
    workspace = window.findChild(WorkspacePage)
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.live is None)
    assert QApplication.focusWidget() is child(window, QTableView, "observationsView")


def test_the_vault_unlocks_from_the_keyboard(qtbot: QtBot, open_demo: OpenDemo) -> None:
    window = open_demo("unlock")
    edit = child(window, QLineEdit, "passphraseEdit")
    unlock = child(window, QPushButton, "unlockButton")
    stops = tab_stops(qtbot, window, edit)
    assert unlock in stops
    assert [w.objectName() for w in stops[: stops.index(unlock) + 1]] == [
        "passphraseEdit",
        "unlockButton",
    ]

    edit.setFocus()
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert window.focusWidget() is unlock
    qtbot.keyClick(unlock, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(WorkspacePage) is not None, timeout=10_000)


def test_a_trial_is_saved_from_the_keyboard(qtbot: QtBot, open_demo: OpenDemo) -> None:
    dialog = open_demo("trial")
    assert isinstance(dialog, TrialDialog)
    title = child(dialog, QLineEdit, "titleEdit")
    ok = child(dialog, QPushButton, "okButton")
    stops = tab_stops(qtbot, dialog, title)
    assert ok in stops
    assert [w.objectName() for w in stops[: stops.index(ok) + 1]] == [
        "titleEdit",
        "caseNumberEdit",
        "courtEdit",
        "countryEdit",
        "defendantsEdit",
        "chargesEdit",
        "notesEdit",
        "okButton",
    ]

    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Prosecutor v. K. Keyboard")
    for _ in range(stops.index(ok)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ok
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert dialog.saved is not None
    assert dialog.saved.title == "Prosecutor v. K. Keyboard"
