"""A key card's name cannot fake a fingerprint line; contacts with look-alike names are
found; and a contact's row is named by an id keyed to the vault, so two vaults holding the
same contact share no clear value for it (vaults from before are renamed)."""

from __future__ import annotations

import pytest

from monitor_app.core.sync.contacts import Contacts, with_namesakes
from monitor_app.core.sync.identity import Identity, KeyCard, KeyCardError
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import card_of


def raw_row_ids(vault: Vault) -> list[str]:
    with vault.database.reading() as conn:
        return [row[0] for row in conn.execute("SELECT item_id FROM contacts")]


def test_the_issues_card_with_a_fake_fingerprint_line_is_refused(
    vault: Vault, coordinator: Vault
) -> None:
    # An altered app signs whatever name it likes: the card's signature is valid.
    fake = f"Alice\nFingerprint: {card_of(coordinator).fingerprint}"
    vault.set_secret("display_name", fake.encode("utf-8"))
    data = Identity(vault).card_file_bytes()
    with pytest.raises(KeyCardError) as caught:
        KeyCard.from_file_bytes(data)
    assert caught.value.code == "card-name-unsafe"
    assert caught.value.params == {"char": "U+000A"}


def test_a_contact_stored_before_the_rule_is_shown_neutralised(
    vault: Vault, coordinator: Vault
) -> None:
    contacts = Contacts(vault)
    contact = contacts.add(card_of(coordinator))
    item = contact.to_item()
    item["card"]["display_name"] = "Alice\nFingerprint: 11111 22222"
    (row_id,) = raw_row_ids(vault)
    SealedTable(vault, "contacts").put(row_id, item)
    (shown,) = Contacts(vault).list()
    assert shown.name == "Alice\ufffdFingerprint: 11111 22222"


def test_look_alike_names_are_namesakes(
    vault: Vault, coordinator: Vault, second_observer: Vault
) -> None:
    second_observer.set_display_name("COORDINATOR  \u0421")  # a Cyrillic С
    contacts = Contacts(vault)
    first = contacts.add(card_of(coordinator))
    newcomer = card_of(second_observer)
    assert contacts.namesakes(newcomer) == [first]
    second = contacts.add(newcomer)
    assert with_namesakes(contacts.list()) == {first.author, second.author}
    assert contacts.namesakes(card_of(coordinator)) == [second]


def test_contact_rows_are_keyed_to_each_vault(
    vault: Vault, second_observer: Vault, coordinator: Vault
) -> None:
    card = card_of(coordinator)
    for holder in (vault, second_observer):
        Contacts(holder).add(card)
    (first,), (second,) = raw_row_ids(vault), raw_row_ids(second_observer)
    assert card.author not in (first, second)
    assert first != second
    assert len(first) == len(second) == 64
    assert Contacts(vault).get(card.author) is not None
    Contacts(vault).remove(card.author)
    assert raw_row_ids(vault) == []


def test_rows_named_by_author_id_are_renamed(vault: Vault, coordinator: Vault) -> None:
    card = card_of(coordinator)
    contact = Contacts(vault).add(card)
    (keyed,) = raw_row_ids(vault)
    table = SealedTable(vault, "contacts")
    table.delete(keyed)
    table.put(card.author, contact.to_item())  # as a vault from before keyed rows holds it

    assert Contacts(vault).get(card.author) == contact
    assert raw_row_ids(vault) == [keyed]
