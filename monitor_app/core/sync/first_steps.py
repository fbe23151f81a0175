"""What a new user still has to do before notes can travel, read from what the vault holds,
so each step is done however it was done (in the app or with the CLI).

The steps fit the user's part, also read from the vault: a vault that has received a
bundle from someone else is a coordinator's (add your observers' key cards, give them
yours, import the first bundle); any other is an observer's (add your coordinator's key
card, give them yours, create the trial you observe: a trial of your own, not one that
arrived in a bundle)."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.card_export import key_card_exported
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault

DISMISSED_SECRET = "first_steps_dismissed"  # noqa: S105 (a secret's name)


@dataclass(frozen=True)
class FirstSteps:
    contact_added: bool
    card_exported: bool
    trial_created: bool  # a trial of the user's own (an observer's last step)
    bundle_imported: bool  # a bundle from someone else (a coordinator's last step)
    dismissed: bool

    @property
    def coordinating(self) -> bool:
        """Whether these are a coordinator's steps: only a coordinator's vault receives
        bundles, and nothing else in a vault tells the two apart."""
        return self.bundle_imported

    @property
    def all_done(self) -> bool:
        last = self.bundle_imported if self.coordinating else self.trial_created
        return self.contact_added and self.card_exported and last

    @property
    def to_show(self) -> bool:
        return not (self.all_done or self.dismissed)


def first_steps(vault: Vault, notebook: Notebook) -> FirstSteps:
    return FirstSteps(
        contact_added=bool(Contacts(vault).list()),
        card_exported=key_card_exported(vault),
        trial_created=any(t.author == vault.observer_id for t in notebook.list_trials()),
        bundle_imported=bool(Importer(vault).received_bundles()),
        dismissed=vault.has_secret(DISMISSED_SECRET),
    )


def dismiss_first_steps(vault: Vault) -> None:
    vault.set_secret(DISMISSED_SECRET, b"1")
