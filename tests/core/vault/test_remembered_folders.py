"""Issue 12: file dialogs remember the last folder per purpose, inside the vault, sealed, and
forget them when trials are removed from the vault (core.vault.remembered_folders)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from monitor_app.core.vault.remembered_folders import (
    FolderPurpose,
    forget_folders,
    remember_folder,
    remembered_folder,
)
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

SECRET_FOLDER = "Trial of A-Journalist"


def test_each_purpose_keeps_its_own_folder(vault: Vault, tmp_path: Path) -> None:
    cards, bundles = tmp_path / "cards", tmp_path / "bundles"
    cards.mkdir()
    bundles.mkdir()
    assert remembered_folder(vault, FolderPurpose.KEY_CARDS) is None
    remember_folder(vault, FolderPurpose.KEY_CARDS, cards)
    remember_folder(vault, FolderPurpose.BUNDLES, bundles)
    assert remembered_folder(vault, FolderPurpose.KEY_CARDS) == cards
    assert remembered_folder(vault, FolderPurpose.BUNDLES) == bundles
    assert remembered_folder(vault, FolderPurpose.RECEIPTS) is None


def test_they_survive_a_lock_and_a_folder_gone_is_not_offered(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    remember_folder(vault, FolderPurpose.REPORTS, folder)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert remembered_folder(vault, FolderPurpose.REPORTS) == folder
    folder.rmdir()  # the stick was pulled out
    assert remembered_folder(vault, FolderPurpose.REPORTS) is None


def test_the_folder_names_are_sealed_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / SECRET_FOLDER
    folder.mkdir()
    remember_folder(vault, FolderPurpose.ATTACHMENTS, folder)
    vault.close()
    for file in vault.folder.iterdir():  # the database and whatever lies beside it
        if file.is_file():
            assert SECRET_FOLDER.encode() not in file.read_bytes(), file.name
    with sqlite3.connect(next(vault.folder.glob("*.sqlite*"))) as conn:
        names = [name for (name,) in conn.execute("SELECT name FROM vault_secrets")]
    assert "remembered_folders" in names  # stored as a sealed vault secret


def test_forgetting_forgets_them_all(vault: Vault, tmp_path: Path) -> None:
    remember_folder(vault, FolderPurpose.BUNDLES, tmp_path)
    forget_folders(vault)
    assert remembered_folder(vault, FolderPurpose.BUNDLES) is None
