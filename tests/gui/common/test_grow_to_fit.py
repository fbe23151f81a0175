"""A message shown in a tool screen grows the window, where the screen has room, instead
of pushing the screen's buttons out of view (gui.common.layout.grow_to_fit): the walk of
issue 12 saw the contacts screen's "card saved" message hide Add contact, as the body's
scroll area (`ScrollingBody`) reports no height for a width and the window never grew."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.layout import ScrollingBody, screen_room
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.workspace.navigator import Navigator
from tests.gui.helpers import child, finish, message, settled


def test_the_card_saved_message_grows_the_contacts_screen(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    dialog = Navigator(gui_session, AppSettings()).open(Screen.CONTACTS, None)
    assert isinstance(dialog, ContactsDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settled(dialog)
    body = child(dialog, ScrollingBody, "contactsDialogBodyScroll")
    # As tall as its body needs and no taller (the contacts table has no room to give up),
    # as a screen opened at its natural size on a full list is.
    inner = body.widget()
    assert inner is not None
    spare = body.viewport().height() - inner.heightForWidth(body.viewport().width())
    dialog.resize(dialog.width(), dialog.height() - spare)
    settled(dialog)
    opened = dialog.height()
    assert not body.verticalScrollBar().isVisible()
    assert opened < screen_room(dialog).height()  # room to grow

    finish(qtbot, dialog.export_card_to(tmp_path / "card.json"))
    assert "card.json" in message(dialog, "cardStatus")
    settled(dialog)

    assert dialog.height() > opened
    assert not body.verticalScrollBar().isVisible()
    add = child(dialog, QPushButton, "addContactButton")
    assert not add.visibleRegion().isEmpty()
