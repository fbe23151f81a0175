"""Issue 12: the first steps after setup are read from the vault (core.sync.first_steps), a
key card is saved under a name that says whose it is (core.sync.card_export), and removing
acknowledged trials forgets the folders file dialogs remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Trial
from monitor_app.core.sync.card_export import card_file_name, save_key_card
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.first_steps import dismiss_first_steps, first_steps
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.sync.receipts import export_receipt, import_receipt, purge_trials
from monitor_app.core.vault.remembered_folders import (
    FolderPurpose,
    remember_folder,
    remembered_folder,
)
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing, card_of


def test_a_new_vault_has_every_step_to_do(vault: Vault, notebook: Notebook) -> None:
    steps = first_steps(vault, notebook)
    assert (steps.contact_added, steps.card_exported, steps.trial_created) == (
        False,
        False,
        False,
    )
    assert steps.to_show


def test_each_step_is_ticked_from_what_the_vault_holds(
    vault: Vault, notebook: Notebook, coordinator: Vault, tmp_path: Path
) -> None:
    Contacts(vault).add(card_of(coordinator))
    assert first_steps(vault, notebook).contact_added
    card = tmp_path / card_file_name(vault.display_name)
    save_key_card(vault, card)
    assert KeyCard.from_file_bytes(card.read_bytes()).author == vault.observer_id
    assert first_steps(vault, notebook).card_exported
    notebook.add_trial("The State v. A. Journalist")
    steps = first_steps(vault, notebook)
    assert steps.all_done
    assert not steps.to_show


def test_a_coordinators_steps_are_ticked_by_a_coordinators_doings(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """Once a coordinator saw the observer's steps, ticked by the wrong things: an
    observer's card as "your coordinator's card", an imported trial as "the trial you
    observe"."""
    observer = notebook.vault
    out = tmp_path / "out"
    out.mkdir()
    coordinators = Notebook(coordinator)
    steps = first_steps(coordinator, coordinators)
    assert not steps.coordinating  # nothing yet tells a coordinator from an observer
    bundle = export_bundle(observer, [paired.coordinator_contact], out)
    Importer(coordinator).import_paths([out / bundle.file_name])

    steps = first_steps(coordinator, coordinators)
    assert [t.id for t in coordinators.list_trials()] == [trial.id]  # the observer's
    assert steps.coordinating
    assert steps.bundle_imported
    assert not steps.trial_created  # not theirs: it arrived in the bundle
    assert steps.contact_added  # the observer's card
    assert not steps.all_done  # their own card is not exported yet
    save_key_card(coordinator, tmp_path / card_file_name(coordinator.display_name))
    assert first_steps(coordinator, coordinators).all_done
    # The observer's own trial still counts on their side.
    assert first_steps(observer, notebook).trial_created
    assert not first_steps(observer, notebook).coordinating


def test_dismissed_steps_stay_dismissed(vault: Vault, notebook: Notebook) -> None:
    dismiss_first_steps(vault)
    steps = first_steps(vault, notebook)
    assert steps.dismissed
    assert not steps.all_done
    assert not steps.to_show


@pytest.mark.parametrize(
    ("pseudonym", "file_name"),
    [
        ("Observer A", "trial-monitor-key-card-Observer-A.json"),
        ("Наблюдатель «Б»", "trial-monitor-key-card-Наблюдатель-Б.json"),
        ("../../etc/passwd", "trial-monitor-key-card-etc-passwd.json"),
        ('a/b\\c:d*?"<>|', "trial-monitor-key-card-a-b-c-d.json"),
        ("  ", "trial-monitor-key-card.json"),
    ],
)
def test_a_key_cards_file_name_holds_the_pseudonym_made_safe(
    pseudonym: str, file_name: str
) -> None:
    assert card_file_name(pseudonym) == file_name


def test_two_peoples_cards_have_different_names(vault: Vault, coordinator: Vault) -> None:
    assert card_file_name(vault.display_name) != card_file_name(coordinator.display_name)


def test_removing_acknowledged_trials_forgets_the_remembered_folders(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    vault = notebook.vault
    out = tmp_path / "out"
    out.mkdir()
    bundle = export_bundle(vault, [paired.coordinator_contact], out)
    Importer(coordinator).import_paths([out / bundle.file_name])
    import_receipt(vault, export_receipt(coordinator, paired.observer_contact, tmp_path))
    remember_folder(vault, FolderPurpose.BUNDLES, out)
    purge_trials(vault, [trial.id])
    assert remembered_folder(vault, FolderPurpose.BUNDLES) is None
