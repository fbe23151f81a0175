"""What a new user still has to do before their notes can reach a coordinator: add the
coordinator's key card, give them their own, create a trial. Read from what the vault
holds, so each step is done however it was done (in the app or with the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.card_export import key_card_exported
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.vault.vault import Vault

DISMISSED_SECRET = "first_steps_dismissed"  # noqa: S105 (a secret's name)


@dataclass(frozen=True)
class FirstSteps:
    contact_added: bool
    card_exported: bool
    trial_created: bool
    dismissed: bool

    @property
    def all_done(self) -> bool:
        return self.contact_added and self.card_exported and self.trial_created

    @property
    def to_show(self) -> bool:
        return not (self.all_done or self.dismissed)


def first_steps(vault: Vault, notebook: Notebook) -> FirstSteps:
    return FirstSteps(
        contact_added=bool(Contacts(vault).list()),
        card_exported=key_card_exported(vault),
        trial_created=bool(notebook.list_trials()),
        dismissed=vault.has_secret(DISMISSED_SECRET),
    )


def dismiss_first_steps(vault: Vault) -> None:
    vault.set_secret(DISMISSED_SECRET, b"1")
