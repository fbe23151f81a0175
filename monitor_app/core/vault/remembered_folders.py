"""The folder each kind of file was last chosen in (key cards, bundles, receipts ...), so a
file dialog opens there next time.

Folder names can say what a user works on ("Trial of A. Journalist"), so they are kept in
the vault as one sealed secret, never in the app's plain settings; they go with the vault
and are forgotten when trials are removed from it (`forget_folders`).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.vault.vault import Vault

FOLDERS_SECRET = "remembered_folders"  # noqa: S105 (a secret's name)


class FolderPurpose(StrEnum):
    KEY_CARDS = "key-cards"
    BUNDLES = "bundles"  # saved for contacts, or brought to import
    RECEIPTS = "receipts"
    ATTACHMENTS = "attachments"
    REPORTS = "reports"
    TRUSTEE_SHEETS = "trustee-sheets"  # a trustee share's sheet, to print


def _all(vault: Vault) -> dict[str, str]:
    if not vault.has_secret(FOLDERS_SECRET):
        return {}
    try:
        folders = json.loads(vault.get_secret(FOLDERS_SECRET))
    except ValueError as exc:
        raise VaultCorrupt("remembered-folders-malformed") from exc
    if not isinstance(folders, dict):
        raise VaultCorrupt("remembered-folders-malformed")
    return {str(purpose): str(folder) for purpose, folder in folders.items()}


def remembered_folder(vault: Vault, purpose: FolderPurpose) -> Path | None:
    """The folder last chosen for ``purpose``, while it still exists."""
    folder = _all(vault).get(purpose)
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_folder(vault: Vault, purpose: FolderPurpose, folder: Path) -> None:
    folders = _all(vault)
    folders[purpose] = str(folder)
    vault.set_secret(FOLDERS_SECRET, json.dumps(folders, ensure_ascii=False).encode("utf-8"))


def forget_folders(vault: Vault) -> None:
    vault.delete_secret(FOLDERS_SECRET)
