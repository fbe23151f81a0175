"""Helpers the GUI tests share: finding, clicking and typing into named widgets, answering
modal dialogs, confirming a recovery code, unlocking a session, reading the translation
catalogues. Not a test module."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.crypto import RECOVERY_GROUPS
from monitor_app.core.vault import Vault
from monitor_app.gui.recovery_code import CodeHandover, RecoveryCodeConfirm
from monitor_app.gui.session import VaultSession
from monitor_app.gui.widgets import ZonedDateTimeEdit
from tests.layers import PASSPHRASE

SLOW = 60_000  # ms: real Argon2id calibration on a busy two-core machine
ROOT = Path(__file__).parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("trial_monitor_*.ts"))

W = TypeVar("W", bound=QWidget)


# ---- widgets --------------------------------------------------------------------------


def shown(qtbot: QtBot, widget: W, size: tuple[int, int] | None = None, exposed: bool = False) -> W:
    """``widget`` handed to qtbot and shown (at ``size``; ``exposed``: once on screen)."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    if exposed:
        qtbot.waitExposed(widget)
    return widget


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = child(parent, QPushButton, name)
    assert button.isVisible(), f"{name} is not shown"
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- typing ---------------------------------------------------------------------------


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str, enter: bool = False) -> None:
    edit = child(parent, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (QTest's key clicks take ASCII only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def type_wall_time(qtbot: QtBot, parent: QWidget, name: str, digits: str) -> None:
    """Type a date and time into a date-time editor, section by section (yyyyMMddHHmm)."""
    edit = child(parent, ZonedDateTimeEdit, name).edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, digits)


def type_zone(qtbot: QtBot, parent: QWidget, zone_name: str) -> None:
    """Type over the time zone in ``parent``'s zone box."""
    zone = child(parent, QComboBox, "zoneCombo").lineEdit()
    zone.clear()
    qtbot.keyClicks(zone, zone_name)


# ---- modal dialogs --------------------------------------------------------------------


class WhenModal(Generic[W]):
    """Calls ``act`` with the next modal widget of ``kind`` once it is up: a modal dialog
    runs its own event loop, so the test cannot reach it directly. Keep the object."""

    def __init__(self, kind: type[W], act: Callable[[W], None]) -> None:
        self.kind = kind
        self.act = act
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(10)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.kind):
            self.timer.stop()
            self.act(widget)


class MessageBoxAnswer(WhenModal[QMessageBox]):
    """Clicks ``button_name`` in the next message box; ``texts`` gets what it said."""

    def __init__(self, button_name: str) -> None:
        self.texts: list[str] = []

        def answer(box: QMessageBox) -> None:
            self.texts.append(box.text())
            child(box, QPushButton, button_name).click()

        super().__init__(QMessageBox, answer)


# ---- the vault ------------------------------------------------------------------------


def unlock_session(session: VaultSession) -> None:
    """Unlock ``session``'s vault with the test passphrase, as the unlock screen would."""
    vault = Vault.open(session.folder)
    vault.unlock(PASSPHRASE)
    session.open_unlocked(vault)


def shown_code(confirm: RecoveryCodeConfirm) -> str:
    """The code as the screen shows it, group by group."""
    return "-".join(
        child(confirm, QLabel, f"codeGroup{i}").text() for i in range(1, RECOVERY_GROUPS + 1)
    )


def confirm_code(qtbot: QtBot, handover: CodeHandover) -> str:
    """Write the code down, type the two asked groups back sloppily (lower case, O for 0:
    forgiven), and return the code."""
    confirm = handover.confirm
    code = shown_code(confirm)
    groups = code.split("-")
    click(qtbot, confirm, "writtenDownButton")
    with qtbot.waitSignal(confirm.confirmed):
        for position, number in enumerate(confirm.asked_groups, start=1):
            sloppy = groups[number - 1].lower().replace("0", "o")
            type_into(qtbot, confirm, f"confirmGroupEdit{position}", sloppy)
    assert confirm.is_confirmed
    return code


# ---- translation catalogues -----------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The messages of a Qt Linguist catalogue by (context, English source)."""
    tree = ET.parse(ts)  # noqa: S314 (our own file, in the repository)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found
