"""Contacts: the key cards of the people this vault exchanges bundles with.

Observers add their coordinator; coordinators add their observers. A contact is added
only after its fingerprint was compared with its owner (by voice, in person), which the
CLI and the GUI ask for. Everything about a contact is sealed in the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

MAX_REAL_NAME_CHARS = 200
MIN_ID_PREFIX = 8  # characters of an author id that identify a contact


@dataclass(frozen=True)
class Contact:
    card: KeyCard
    added_utc: str
    # What the coordinator knows them as, kept only here; reports show it on request only.
    real_name: str = ""

    @property
    def author(self) -> str:
        return self.card.author

    @property
    def name(self) -> str:
        return self.card.display_name

    def to_item(self) -> dict[str, Any]:
        return {"card": self.card.body(), "added_utc": self.added_utc, "real_name": self.real_name}

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Contact:
        return cls(
            card=KeyCard.from_body(item["card"]),
            added_utc=str(item["added_utc"]),
            real_name=str(item.get("real_name", "")),
        )


class Contacts:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.table = SealedTable(vault, "contacts")

    def add(self, card: KeyCard) -> Contact:
        """Add (or refresh the name of) a contact. A card whose author id is already a contact
        with other keys is refused: that is either a new vault or an impostor."""
        if card.author == self.vault.observer_id:
            raise ValidationError("own-key-card")
        existing = self.get(card.author)
        if existing is not None and existing.card.fingerprint != card.fingerprint:
            raise ValidationError("contact-keys-differ", name=existing.name)
        contact = Contact(
            card=card,
            added_utc=existing.added_utc if existing else utc_now_text(),
            real_name=existing.real_name if existing else "",
        )
        self.table.put(card.author, contact.to_item())
        return contact

    def set_real_name(self, author: str, real_name: str) -> Contact:
        contact = self.get(author)
        if contact is None:
            raise RecordNotFound("no-such-contact")
        if len(real_name) > MAX_REAL_NAME_CHARS:
            raise ValidationError("name-too-long", max_chars=MAX_REAL_NAME_CHARS)
        updated = Contact(contact.card, contact.added_utc, real_name.strip())
        self.table.put(author, updated.to_item())
        return updated

    def list(self) -> list[Contact]:
        contacts = [Contact.from_item(item) for item in self.table.all().values()]
        return sorted(contacts, key=lambda c: (c.name.casefold(), c.author))

    def get(self, author: str) -> Contact | None:
        item = self.table.get(author)
        return None if item is None else Contact.from_item(item)

    def by_key_id(self, key_id: bytes) -> Contact | None:
        return next((c for c in self.list() if c.card.signing_key.key_id == key_id), None)

    def find(self, reference: str) -> Contact:
        """A contact by author id (or its first 8+ characters) or by exact display name."""
        wanted = reference.strip()
        contacts = self.list()
        matches = [
            c
            for c in contacts
            if len(wanted) >= MIN_ID_PREFIX and c.author.startswith(wanted.lower())
        ]
        if not matches:
            matches = [c for c in contacts if c.name.casefold() == wanted.casefold()]
        if not matches:
            raise RecordNotFound("no-contact-named", reference=reference)
        if len(matches) > 1:
            raise ValidationError("contact-ambiguous", reference=reference)
        return matches[0]

    def remove(self, author: str) -> None:
        if self.get(author) is None:
            raise RecordNotFound("no-such-contact")
        self.table.delete(author)
