"""Contacts: your own key card (to export, and its fingerprint to read out) and the key
cards of the people you exchange bundles with.

A card is added only after its fingerprint was compared by voice (`AddContactDialog`).
Bundles that arrived signed with a card before it was added wait in quarantine; adding
the card offers to import them at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from monitor_app.core.error_messages import AS_GIVEN
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.sync.card_export import card_file_name, save_key_card
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import MAX_CARD_BYTES, Identity, KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.groups_display import GroupsDisplay
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, confirm, error_text
from monitor_app.gui.common.navigation import Screen, show_dialog
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import (
    PlainLabel,
    make_button,
    paragraph,
    select_id,
    selected_id,
    sorted_table,
)
from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
from monitor_app.gui.sync.models import ContactsModel

log = logging.getLogger(__name__)

OWN_FINGERPRINT_SCALE = 1.3


def read_card(path: Path, unreadable: str) -> KeyCard:
    """For a worker: the key card in ``path`` (never more of the file than a card's size)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_CARD_BYTES + 1)
    except OSError:
        raise ValidationError(AS_GIVEN, text=unreadable) from None
    return KeyCard.from_file_bytes(data)


class ContactsDialog(ToolDialog):
    contact_added = Signal(str)  # author id

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "contactsDialog", parent)
        self.setWindowTitle(self.tr("Contacts"))
        self.own_card = Identity(session.vault).card()
        layout = self.body_layout()
        layout.addWidget(self._own_box())
        layout.addWidget(self._contacts_box(), 1)
        self.no_default_buttons()
        self.fit(110, 36)
        self.reload()

    # ---- building ---------------------------------------------------------------------

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your key card"), self)
        name = PlainLabel(
            self.tr("Your name on the card: {name}").format(name=self.own_card.display_name), box
        )
        name.setObjectName("ownNameLabel")
        fingerprint = GroupsDisplay(
            self.own_card.fingerprint.split(),
            "ownFingerprintGroup",
            self.tr("Your fingerprint"),
            OWN_FINGERPRINT_SCALE,
            box,
        )
        fingerprint.setObjectName("ownFingerprintDisplay")
        self.export_button = make_button(
            self.tr("&Export my key card…"), "exportCardButton", self._export_clicked
        )
        self.card_busy = BusyBar("cardBusy", box)
        self.card_status = MessageLabel("cardStatus", box)
        layout = QVBoxLayout(box)
        layout.addWidget(name)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Send your key card file to the people you exchange notes with. When "
                    "they add it, read them this fingerprint by voice so they can check it:"
                ),
                box,
            )
        )
        layout.addWidget(fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(button_row(self.export_button))
        layout.addWidget(self.card_busy)
        layout.addWidget(self.card_status)
        return box

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your contacts"), self)
        self.model = ContactsModel(self)
        self.view, self.proxy = sorted_table(
            "contactsView",
            self.model,
            self.tr("Contacts"),
            ContactsModel.NAME,
            stretch=ContactsModel.NAME,
            rows=3,
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = make_button(
            self.tr("&Add contact…"), "addContactButton", self._add_clicked
        )
        self.remove_button = make_button(
            self.tr("&Remove…"), "removeContactButton", self.remove_selected
        )
        self.contacts_busy = BusyBar("contactsBusy", box)
        self.contacts_status = MessageLabel("contactsStatus", box)
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The people whose key cards you added: you can send them bundles, and "
                    "import the bundles and receipts they sign."
                ),
                box,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(button_row(self.add_button, self.remove_button))
        layout.addWidget(self.contacts_busy)
        layout.addWidget(self.contacts_status)
        return box

    # ---- the list ---------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.model.set_records(Contacts(self.session.vault).list())
        if select:
            select_id(self.view, self.proxy, self.model, select)
        self._update_buttons()

    def selected_author(self) -> str | None:
        return selected_id(self.view)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_author() is not None)

    # ---- your card --------------------------------------------------------------------

    def _export_clicked(self) -> None:
        path = file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.KEY_CARDS,
            self.tr("Export your key card"),
            file_name=card_file_name(self.own_card.display_name),
            name_filter=self.tr("Key cards (*.json)"),
        )
        if path is not None:
            self.export_card_to(path)

    def export_card_to(self, path: Path) -> Task:
        """Write your key card to ``path`` (0600, whole or not at all), off the UI thread."""
        vault = self.session.vault
        self.card_status.clear_message()
        return self.card_busy.run(
            lambda: save_key_card(vault, path),
            lambda _none: self._card_exported(path),
            self.card_status.show_error,
            (self.export_button,),
        )

    def _card_exported(self, path: Path) -> None:
        log.info("key card exported")
        self.card_status.show_info(
            self.tr(
                "Your key card is saved as {file}. Send it to your contact, then read them "
                "your fingerprint."
            ).format(file=one_line(str(path)))
        )

    # ---- adding and removing ----------------------------------------------------------

    def _add_clicked(self) -> None:
        path = file_choosers.open_file(
            self,
            self.session.vault,
            FolderPurpose.KEY_CARDS,
            self.tr("Choose a key card"),
            self.tr("Key cards (*.json);;All files (*)"),
        )
        if path is not None:
            self.add_card_from(path)

    def add_card_from(self, path: Path) -> Task:
        """Read the card in ``path`` off the UI thread, then ask to compare its fingerprint."""
        unreadable = self.tr("The file could not be read.")
        self.contacts_status.clear_message()
        return self.contacts_busy.run(
            lambda: read_card(path, unreadable),
            self._ask_to_compare,
            self.contacts_status.show_error,
            (self.add_button, self.remove_button),
        )

    def _ask_to_compare(self, card: KeyCard) -> None:
        existing = Contacts(self.session.vault).get(card.author)
        if existing is not None and existing.card.fingerprint == card.fingerprint:
            self.reload(select=card.author)
            self.contacts_status.show_info(
                self.tr("{name} is already a contact.").format(name=one_line(existing.name))
            )
            return
        namesakes = Contacts(self.session.vault).namesakes(card)
        dialog = AddContactDialog(card, self, namesakes=namesakes)
        dialog.accepted.connect(lambda: self._add_confirmed(card))
        show_dialog(dialog)

    def _add_confirmed(self, card: KeyCard) -> None:
        if not self.session.is_unlocked:
            return
        try:
            contact = Contacts(self.session.vault).add(card)
        except TrialMonitorError as exc:
            self.contacts_status.show_error(error_text(exc))
            return
        log.info("contact added")
        self.reload(select=contact.author)
        self.contacts_status.show_info(
            self.tr("{name} is now a contact.").format(name=one_line(contact.name))
        )
        self.contact_added.emit(contact.author)
        self._offer_quarantined(card)

    def _offer_quarantined(self, card: KeyCard) -> None:
        waiting = [
            q
            for q in Importer(self.session.vault).quarantined()
            if q.fingerprint == card.fingerprint
        ]
        if not waiting:
            return
        asked = confirm(
            self,
            "importQuarantinedBox",
            self.tr("Quarantined bundles"),
            counted(
                self.tr(
                    "In quarantine: %n bundle(s) signed with this key card. Import now?",
                    "",
                    len(waiting),
                ),
                "In quarantine: %n bundle(s) signed with this key card. Import now?",
                len(waiting),
            ),
            self.tr("&Import now"),
        )
        if asked and self.session.is_unlocked:
            self.screen_requested.emit(Screen.IMPORT_QUARANTINED)

    def remove_selected(self) -> None:
        author = self.selected_author()
        contacts = Contacts(self.session.vault)
        contact = contacts.get(author) if author else None
        if contact is None:
            return
        name = one_line(contact.name)
        asked = confirm(
            self,
            "removeContactBox",
            self.tr("Remove contact"),
            self.tr("Remove {name} from your contacts?").format(name=name),
            self.tr("&Remove"),
            detail=self.tr(
                "You will no longer be able to send them bundles, and bundles they sign will "
                "be quarantined until you add their key card again. Nothing they sent before "
                "is removed."
            ),
        )
        if not asked or not self.session.is_unlocked:
            return
        try:
            contacts.remove(contact.author)
        except TrialMonitorError as exc:
            self.contacts_status.show_error(error_text(exc))
            return
        log.info("contact removed")
        self.reload()
        self.contacts_status.show_info(self.tr("{name} is no longer a contact.").format(name=name))
