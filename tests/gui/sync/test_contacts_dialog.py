"""The contacts screen driven through its real widgets: your own card exported privately
with its fingerprint shown; a card added only after its fingerprint is confirmed; broken
cards refused in place; removing asks first; hostile names shown as plain text; adding a
card offers to import the bundles it signed that wait in quarantine."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.first_steps import first_steps
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import IMPORTED, QUARANTINED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.remembered_folders import (
    FolderPurpose,
    remember_folder,
    remembered_folder,
)
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.groups_display import GroupsDisplay
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.models import ContactsModel
from tests.gui.helpers import (
    MessageBoxAnswer,
    WhenModal,
    card_file,
    card_of,
    child,
    click,
    column,
    confirm_fingerprint,
    finish,
    message,
    open_tool_screen,
    visible_dialog,
)
from tests.layers import PASSPHRASE


def open_contacts(qtbot: QtBot, session: VaultSession) -> ContactsDialog:
    return open_tool_screen(qtbot, session, Screen.CONTACTS, ContactsDialog, (900, 700))


def test_it_shows_your_fingerprint_and_exports_your_card_privately(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    dialog = open_contacts(qtbot, gui_session)
    own = Identity(gui_session.vault).card()
    groups = [child(dialog, QLabel, f"ownFingerprintGroup{i}").text() for i in range(1, 9)]
    assert " ".join(groups) == own.fingerprint
    assert child(dialog, PlainLabel, "ownNameLabel").text() == "Your name on the card: Observer A"

    out = tmp_path / "stick"
    out.mkdir()
    target = out / "my card.json"
    finish(qtbot, dialog.export_card_to(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    exported = KeyCard.from_file_bytes(target.read_bytes())
    assert exported.fingerprint == own.fingerprint
    assert "Your key card is saved as" in message(dialog, "cardStatus")
    assert [p.name for p in out.iterdir()] == ["my card.json"]  # no temporary file left


def test_a_card_becomes_a_contact_only_once_its_fingerprint_is_confirmed(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    tmp_path: Path,
) -> None:
    dialog = open_contacts(qtbot, gui_session)
    path = card_file(coordinator_session, tmp_path)
    card = card_of(coordinator_session)

    finish(qtbot, dialog.add_card_from(path))
    cancelled = visible_dialog(dialog, AddContactDialog)
    assert child(cancelled, PlainLabel, "cardOwnerLabel").text() == "Coordinator C"
    click(qtbot, cancelled, "addContactCancelButton")
    assert Contacts(gui_session.vault).list() == []
    assert dialog.model.rowCount() == 0

    finish(qtbot, dialog.add_card_from(path))
    with qtbot.waitSignal(dialog.contact_added):
        confirm_fingerprint(qtbot, dialog, card)
    assert [c.author for c in Contacts(gui_session.vault).list()] == [card.author]
    assert column(dialog.model, ContactsModel.NAME) == ["Coordinator C"]
    assert column(dialog.model, ContactsModel.FINGERPRINT) == [card.fingerprint]
    assert dialog.selected_author() == card.author
    assert message(dialog, "contactsStatus") == "Coordinator C is now a contact."

    finish(qtbot, dialog.add_card_from(path))  # the same card again: nothing to compare
    assert message(dialog, "contactsStatus") == "Coordinator C is already a contact."
    assert not [d for d in dialog.findChildren(AddContactDialog) if d.isVisible()]


def test_a_broken_or_own_card_is_refused_in_place(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    dialog = open_contacts(qtbot, gui_session)
    garbage = tmp_path / "card.json"
    garbage.write_bytes(b"\x89PNG not a card")
    finish(qtbot, dialog.add_card_from(garbage))
    assert message(dialog, "contactsStatus") == "This is not a Trial Monitor key card (not JSON)."

    finish(qtbot, dialog.add_card_from(tmp_path / "gone.json"))
    assert message(dialog, "contactsStatus") == "The file could not be read."

    finish(qtbot, dialog.add_card_from(card_file(gui_session, tmp_path)))
    confirm_fingerprint(qtbot, dialog, card_of(gui_session))
    assert message(dialog, "contactsStatus") == "That is this vault's own key card."
    assert Contacts(gui_session.vault).list() == []


def test_removing_a_contact_asks_first(
    qtbot: QtBot, gui_session: VaultSession, coordinator_session: VaultSession
) -> None:
    card = card_of(coordinator_session)
    Contacts(gui_session.vault).add(card)
    dialog = open_contacts(qtbot, gui_session)
    assert not child(dialog, QPushButton, "removeContactButton").isEnabled()
    dialog.view.selectRow(0)

    keep = MessageBoxAnswer("cancelButton")
    click(qtbot, dialog, "removeContactButton")
    assert "Remove Coordinator C from your contacts?" in keep.texts
    assert Contacts(gui_session.vault).get(card.author) is not None

    remove = MessageBoxAnswer("confirmButton")
    click(qtbot, dialog, "removeContactButton")
    assert remove.texts
    assert Contacts(gui_session.vault).list() == []
    assert dialog.model.rowCount() == 0
    assert message(dialog, "contactsStatus") == "Coordinator C is no longer a contact."


def test_a_hostile_name_is_shown_as_plain_text(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    hostile = "<b>Mallory</b> exe.txt"
    with Vault.create(tmp_path / "mallory", PASSPHRASE, hostile, kdf=KDF_FLOOR)[0] as mallory:
        path = tmp_path / "mallory.json"
        path.write_bytes(Identity(mallory).card_file_bytes())
    dialog = open_contacts(qtbot, gui_session)
    finish(qtbot, dialog.add_card_from(path))
    confirm = visible_dialog(dialog, AddContactDialog)
    owner = child(confirm, PlainLabel, "cardOwnerLabel")
    assert owner.text() == hostile
    assert owner.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(confirm.match_check, Qt.MouseButton.LeftButton)
    click(qtbot, confirm, "addContactOkButton")
    assert column(dialog.model, ContactsModel.NAME) == [hostile]


def test_a_card_whose_name_fakes_a_fingerprint_line_is_refused(
    qtbot: QtBot, gui_session: VaultSession, coordinator_session: VaultSession, tmp_path: Path
) -> None:
    """Issue 13: "Alice\\nFingerprint: <another's digits>" printed a fake fingerprint right
    above the real one. Such a card (signed by an altered app) is refused, saying why."""
    fake = f"Alice\nFingerprint: {card_of(coordinator_session).fingerprint}"
    with Vault.create(tmp_path / "mallory", PASSPHRASE, "Alice", kdf=KDF_FLOOR)[0] as mallory:
        mallory.set_secret("display_name", fake.encode("utf-8"))
        path = tmp_path / "mallory.json"
        path.write_bytes(Identity(mallory).card_file_bytes())
    dialog = open_contacts(qtbot, gui_session)
    finish(qtbot, dialog.add_card_from(path))
    assert "U+000A" in message(dialog, "contactsStatus")
    assert not [d for d in dialog.findChildren(AddContactDialog) if d.isVisible()]


def test_the_name_stands_apart_from_the_fingerprint_on_one_line(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    long_name = "Alice " + "Fingerprint 12345 " * 5
    with Vault.create(tmp_path / "long", PASSPHRASE, long_name, kdf=KDF_FLOOR)[0] as long:
        path = tmp_path / "long.json"
        path.write_bytes(Identity(long).card_file_bytes())
    dialog = open_contacts(qtbot, gui_session)
    finish(qtbot, dialog.add_card_from(path))
    confirm = visible_dialog(dialog, AddContactDialog)
    owner = child(confirm, PlainLabel, "cardOwnerLabel")
    fingerprint = child(confirm, GroupsDisplay, "fingerprintDisplay")
    assert not owner.wordWrap()
    assert owner.text().endswith("…")
    assert owner.toolTip() == long_name.strip()
    boxes = {owner.parent(), fingerprint.parent()}
    assert len(boxes) == 2  # each in its own labelled box
    assert all(isinstance(box, QGroupBox) and box.title() for box in boxes)


def test_a_second_contact_with_the_same_name_is_flagged(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    tmp_path: Path,
) -> None:
    Contacts(gui_session.vault).add(card_of(coordinator_session))
    with Vault.create(tmp_path / "twin", PASSPHRASE, "coordinator  c", kdf=KDF_FLOOR)[0] as twin:
        path = tmp_path / "twin.json"
        path.write_bytes(Identity(twin).card_file_bytes())
    dialog = open_contacts(qtbot, gui_session)
    assert column(dialog.model, ContactsModel.NAME) == ["Coordinator C"]
    finish(qtbot, dialog.add_card_from(path))
    confirm = visible_dialog(dialog, AddContactDialog)
    warning = child(confirm, QLabel, "namesakeWarning")
    assert warning.isVisible()
    assert "Coordinator C" in warning.text()
    qtbot.mouseClick(confirm.match_check, Qt.MouseButton.LeftButton)
    click(qtbot, confirm, "addContactOkButton")
    assert sorted(column(dialog.model, ContactsModel.NAME)) == [
        "Coordinator C (same name as another contact)",
        "coordinator c (same name as another contact)",
    ]


def test_adding_the_signer_offers_to_import_what_waits_in_quarantine(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    tmp_path: Path,
) -> None:
    """The coordinator receives a bundle before adding the observer: it waits in
    quarantine; adding the observer's card imports it once the coordinator says yes."""
    observer = gui_session
    observer.notebook.add_trial("The State v. A. Journalist")
    to_coordinator = Contacts(observer.vault).add(card_of(coordinator_session))
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    export_bundle(observer.vault, [to_coordinator], outbox)
    [waiting] = Importer(coordinator_session.vault).import_paths([outbox])
    assert waiting.status == QUARANTINED

    dialog = open_contacts(qtbot, coordinator_session)
    finish(qtbot, dialog.add_card_from(card_file(observer, tmp_path)))
    offer = MessageBoxAnswer("confirmButton")
    with qtbot.waitSignal(coordinator_session.records_changed, timeout=10_000):
        confirm_fingerprint(qtbot, dialog, card_of(observer))
    assert offer.texts == ["In quarantine: 1 bundle signed with this key card. Import now?"]
    importer = visible_dialog(dialog, ImportDialog)
    assert [r.status for r in importer.shown_results()] == [IMPORTED]
    assert importer.quarantine.rowCount() == 0
    titles = [t.title for t in coordinator_session.notebook.list_trials()]
    assert titles == ["The State v. A. Journalist"]


def test_your_card_is_offered_under_your_name_in_the_folder_used_last(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    """Issue 12: everyone's card was trial-monitor-key-card.json, and every file dialog
    started in the home folder."""
    vault = gui_session.vault
    stick = tmp_path / "stick"
    stick.mkdir()
    remember_folder(vault, FolderPurpose.KEY_CARDS, stick)
    dialog = open_contacts(qtbot, gui_session)
    offered: list[tuple[str, str]] = []

    def save_there(chooser: QFileDialog) -> None:
        offered.append((chooser.directory().absolutePath(), chooser.selectedFiles()[0]))
        chooser.accept()

    _saving = WhenModal(QFileDialog, save_there)
    click(qtbot, dialog, "exportCardButton")
    expected = stick / "trial-monitor-key-card-Observer-A.json"
    assert offered == [(str(stick), str(expected))]
    qtbot.waitUntil(lambda: not dialog.card_busy.is_busy)
    assert KeyCard.from_file_bytes(expected.read_bytes()).author == vault.observer_id
    assert remembered_folder(vault, FolderPurpose.KEY_CARDS) == stick
    assert first_steps(vault, gui_session.notebook).card_exported
