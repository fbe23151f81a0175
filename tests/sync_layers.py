"""Fixtures for sync: a coordinator's vault and a second observer's, each from its own
template (a copied vault keeps its keys, so every party needs a template of its own), and
an observer and coordinator who have added each other's key cards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

COORDINATOR_PASSPHRASE = "coordinator passphrase for tests"
SECOND_OBSERVER_PASSPHRASE = "second observer passphrase here"


def card_of(vault: Vault) -> KeyCard:
    """A vault's key card as its owner exports it and a contact reads it."""
    return KeyCard.from_file_bytes(Identity(vault).card_file_bytes())


def _template(factory: pytest.TempPathFactory, name: str, passphrase: str) -> Path:
    folder = factory.mktemp("template") / "vault"
    Vault.create(folder, passphrase, name, kdf=KDF_FLOOR)[0].close()
    return folder


def _opened(template: Path, folder: Path, passphrase: str) -> Iterator[Vault]:
    shutil.copytree(template, folder)
    vault = Vault.open(folder)
    vault.unlock(passphrase)
    yield vault
    vault.close()


@pytest.fixture(scope="session")
def coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "Coordinator C", COORDINATOR_PASSPHRASE)


@pytest.fixture(scope="session")
def second_observer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "Observer B", SECOND_OBSERVER_PASSPHRASE)


@pytest.fixture
def coordinator(coordinator_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from _opened(coordinator_template, tmp_path / "coordinator", COORDINATOR_PASSPHRASE)


@pytest.fixture
def second_observer(second_observer_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from _opened(
        second_observer_template, tmp_path / "second-observer", SECOND_OBSERVER_PASSPHRASE
    )


@dataclass(frozen=True)
class Pairing:
    """The observer's (``vault``) and the coordinator's contact entries for each other."""

    coordinator_contact: Contact  # in the observer's vault
    observer_contact: Contact  # in the coordinator's vault


@pytest.fixture
def paired(vault: Vault, coordinator: Vault) -> Pairing:
    return Pairing(
        coordinator_contact=Contacts(vault).add(card_of(coordinator)),
        observer_contact=Contacts(coordinator).add(card_of(vault)),
    )
