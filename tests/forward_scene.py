"""A monitoring programme's chain, for the tests of forwarding: observers, a regional
coordinator and a head office (and an expert panel beyond), each a real vault with real
keys, who have added the key cards they need. Shared by the core, CLI and GUI tests."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import export_bundles
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, Importer, ImportResult
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import card_of

HEAD_OFFICE = "Head Office"
HEAD_PASSPHRASE = "head office passphrase for tests"
PANEL = "Expert Panel"
PANEL_PASSPHRASE = "expert panel passphrase for tests"


def new_vault(folder: Path, name: str, passphrase: str) -> Vault:
    """A vault of its own (its own keys), unlocked."""
    vault, _code = Vault.create(folder, passphrase, name, kdf=KDF_FLOOR)
    return vault


def copied_vault(template: Path, folder: Path, passphrase: str) -> Vault:
    """A copy of a closed vault (the same keys, the same contacts), unlocked."""
    shutil.copytree(template, folder)
    vault = Vault.open(folder)
    vault.unlock(passphrase)
    return vault


def link(a: Vault, b: Vault) -> tuple[Contact, Contact]:
    """``a`` and ``b`` add each other's key cards: (b as a's contact, a as b's)."""
    return Contacts(a).add(card_of(b)), Contacts(b).add(card_of(a))


def contact(vault: Vault, other: Vault) -> Contact:
    """``other`` as a contact of ``vault``."""
    found = Contacts(vault).get(other.observer_id)
    assert found is not None
    return found


def send(
    observer: Vault, to: Sequence[Vault], folder: Path, *, everything: bool = False
) -> list[Path]:
    """Everything new ``observer`` has for ``to``, exported into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    recipients = [contact(observer, vault) for vault in to]
    parts = export_bundles(observer, recipients, folder, everything=everything)
    return [folder / part.file_name for part in parts]


def take(vault: Vault, paths: Sequence[Path]) -> list[ImportResult]:
    """Import ``paths`` into ``vault``; each must be imported, or hold nothing new."""
    results = Importer(vault).import_paths(paths)
    for result in results:
        assert result.status in (IMPORTED, ALREADY_HAD), result.message
    return results


def enter_trial(vault: Vault, title: str, notes: int = 1, *, attachment: bool = False) -> str:
    """A trial, a hearing and ``notes`` notes (the first with an attachment if asked);
    returns the trial's id."""
    notebook = Notebook(vault)
    trial = notebook.add_trial(title, case_number="1-16/2026", country="KZ")
    hearing = notebook.add_hearing(
        trial.id, datetime(2026, 11, 24, 5, 0, tzinfo=UTC), "remote", "Asia/Almaty"
    )
    for number in range(notes):
        note = notebook.add_observation(
            hearing.id,
            "general.note",
            datetime(2026, 11, 24, 5, 10 + number, tzinfo=UTC),
            text=f"{title}: note {number + 1}",
        )
        if attachment and number == 0:
            notebook.add_attachment(note.id, "screen.png", b"\x89PNG " + title.encode())
    return trial.id


@dataclass
class Chain:
    """An observer and a second one, their regional coordinator, a head office that has
    every key card (observers' too, so it can check who wrote what), and the folders
    bundles travel through."""

    observer: Vault
    second: Vault
    regional: Vault
    head: Vault
    folder: Path

    def out(self, name: str) -> Path:
        path = self.folder / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def make_chain(observer: Vault, second: Vault, regional: Vault, head: Vault, folder: Path) -> Chain:
    """Everyone adds the cards they need: each observer and the regional coordinator each
    other's, the regional coordinator and the head office each other's, and the head office
    and each observer each other's (for bundles sent directly, and to check authors)."""
    for one in (observer, second):
        link(one, regional)
        link(one, head)
    link(regional, head)
    return Chain(observer, second, regional, head, folder)
