"""Saving your own key card to a file for a contact: under a name that says whose card it
is, written whole or not at all, and noted in the vault (the first steps tick it off)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from monitor_app.core.sync.identity import Identity
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.vault import Vault

CARD_FILE_STEM = "trial-monitor-key-card"
CARD_EXPORTED_SECRET = "key_card_exported"  # noqa: S105 (a secret's name)
MAX_NAME_CHARS = 40
_NOT_IN_A_NAME = re.compile(r"[^\w]+")  # \w: letters and digits of any script, and "_"


def card_file_name(display_name: str) -> str:
    """``trial-monitor-key-card-<name>.json``: the pseudonym made safe for a file name on
    any system (letters and digits kept, in any script; the rest become hyphens), so two
    people's cards in one folder or mailbox are told apart."""
    name = _NOT_IN_A_NAME.sub("-", unicodedata.normalize("NFC", display_name))
    name = name.replace("_", "-").strip("-")[:MAX_NAME_CHARS].strip("-")
    return f"{CARD_FILE_STEM}-{name}.json" if name else f"{CARD_FILE_STEM}.json"


def save_key_card(vault: Vault, path: Path) -> None:
    """Write the vault's own key card to ``path`` (mode 0600, atomically)."""
    write_private_atomically(path, Identity(vault).card_file_bytes())
    note_key_card_exported(vault)


def note_key_card_exported(vault: Vault) -> None:
    """Remember that the card went out (by the GUI or the CLI), for the first steps."""
    vault.set_secret(CARD_EXPORTED_SECRET, b"1")


def key_card_exported(vault: Vault) -> bool:
    return vault.has_secret(CARD_EXPORTED_SECRET)
