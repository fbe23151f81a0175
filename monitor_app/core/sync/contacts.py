"""Contacts: the key cards of the people this vault exchanges bundles with.

Observers add their coordinator; coordinators add their observers. A contact is added
only after its fingerprint was compared with its owner (by voice, in person), which the
CLI and the GUI ask for. Everything about a contact is sealed in the vault.

Not even a contact's author id is in clear: a contact's row is named by an HMAC of the
author id under a random key of this vault's own (a sealed vault secret), so two laptops
that hold the same coordinator as a contact share no clear value for it. Rows named by the
author id itself (vaults made before) are renamed the first time this vault needs the key.

Two contacts whose names look the same (`display_names.name_key`) are `namesakes`: the
screens say so, since only the fingerprint tells them apart.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from monitor_app.core.display_names import name_key, shown_name
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

MAX_REAL_NAME_CHARS = 200
MIN_ID_PREFIX = 8  # characters of an author id that identify a contact
ROW_KEY_SECRET = "contacts.row_key"  # noqa: S105 (a secret's name)
LEGACY_ROW_ID_CHARS = 32  # an author id: how rows were named before they were keyed
_ROW_KEY_MADE = threading.Lock()  # two threads of one app never make two keys


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
        # A name stored before names were checked is shown neutralised, not refused.
        body = dict(item["card"])
        body["display_name"] = shown_name(str(body.get("display_name", "")))
        return cls(
            card=KeyCard.from_body(body),
            added_utc=str(item["added_utc"]),
            real_name=str(item.get("real_name", "")),
        )


class Contacts:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.table = SealedTable(vault, "contacts")
        self._row_key: bytes | None = None

    def _row_id(self, author: str) -> str:
        """The name of ``author``'s row: 64 hex digits, keyed to this vault."""
        if self._row_key is None:
            with _ROW_KEY_MADE:
                if not self.vault.has_secret(ROW_KEY_SECRET):
                    self.vault.set_secret(ROW_KEY_SECRET, secrets.token_bytes(32))
            self._row_key = self.vault.get_secret(ROW_KEY_SECRET)
            self._rename_legacy_rows()
        return hmac.new(self._row_key, author.encode("ascii"), hashlib.sha256).hexdigest()

    def _rename_legacy_rows(self) -> None:
        """Rows still named by their author id (vaults from before keyed rows) get their
        keyed name, all in one transaction."""
        legacy_sql = "SELECT item_id FROM contacts WHERE length(item_id) = ?"
        with self.vault.database.reading() as conn:
            if conn.execute(legacy_sql, (LEGACY_ROW_ID_CHARS,)).fetchone() is None:
                return
        with self.vault.database.write_transaction() as conn:
            for (author,) in conn.execute(legacy_sql, (LEGACY_ROW_ID_CHARS,)).fetchall():
                item = self.table.get(author, conn)
                if item is not None:
                    self.table.put(self._row_id(author), item, conn)
                    self.table.delete(author, conn)

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
        self.table.put(self._row_id(card.author), contact.to_item())
        return contact

    def set_real_name(self, author: str, real_name: str) -> Contact:
        contact = self.get(author)
        if contact is None:
            raise RecordNotFound("no-such-contact")
        if len(real_name) > MAX_REAL_NAME_CHARS:
            raise ValidationError("name-too-long", max_chars=MAX_REAL_NAME_CHARS)
        updated = Contact(contact.card, contact.added_utc, real_name.strip())
        self.table.put(self._row_id(author), updated.to_item())
        return updated

    def namesakes(self, card: KeyCard) -> list[Contact]:
        """The other contacts whose names look the same as ``card``'s."""
        key = name_key(card.display_name)
        return [c for c in self.list() if c.author != card.author and name_key(c.name) == key]

    def list(self) -> list[Contact]:
        contacts = [Contact.from_item(item) for item in self.table.all().values()]
        return sorted(contacts, key=lambda c: (c.name.casefold(), c.author))

    def get(self, author: str) -> Contact | None:
        item = self.table.get(self._row_id(author))
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
        self.table.delete(self._row_id(author))


def with_namesakes(contacts: list[Contact]) -> set[str]:
    """The authors among ``contacts`` whose names look the same as another's."""
    counts = Counter(name_key(c.name) for c in contacts)
    return {c.author for c in contacts if counts[name_key(c.name)] > 1}
