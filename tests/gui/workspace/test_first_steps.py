"""Issue 12: after the setup wizard the workspace says what to do next: a first-steps panel
whose steps are ticked off from the vault's real state, gone once all are done or when
dismissed (gui.workspace.first_steps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.card_export import save_key_card
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.workspace.first_steps import DONE_MARK, TO_DO_MARK, FirstStepsPanel
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import child, click, pair, shown, type_into
from tests.sync_layers import card_of


@pytest.fixture
def page(qtbot: QtBot, gui_session: VaultSession, settings: AppSettings) -> WorkspacePage:
    return shown(qtbot, WorkspacePage(gui_session, settings), (1100, 720))


def marks(page: WorkspacePage) -> list[str]:
    return [
        child(page, QLabel, f"firstStep_{key}Mark").text() for key in ("contact", "card", "trial")
    ]


def opened(page: WorkspacePage, kind: type[QDialog]) -> QDialog:
    (dialog,) = [d for d in page.findChildren(kind) if d.isVisible()]
    return dialog


def test_a_new_vault_shows_every_step_to_do(page: WorkspacePage) -> None:
    assert child(page, FirstStepsPanel, "firstStepsPanel").isVisible()
    assert marks(page) == [TO_DO_MARK] * 3


def test_steps_are_ticked_as_they_are_done_and_the_panel_goes_when_all_are(
    qtbot: QtBot,
    page: WorkspacePage,
    gui_session: VaultSession,
    coordinator: Vault,
    tmp_path: Path,
) -> None:
    panel = child(page, FirstStepsPanel, "firstStepsPanel")
    # The contacts screen, from the panel: a card added and your own exported there.
    click(qtbot, page, "firstStepsContactsButton")
    contacts = opened(page, ContactsDialog)
    Contacts(gui_session.vault).add(card_of(coordinator))
    save_key_card(gui_session.vault, tmp_path / "card.json")
    contacts.close()
    assert marks(page) == [DONE_MARK, DONE_MARK, TO_DO_MARK]
    assert panel.isVisible()
    # The trial, through the New trial dialog the panel opens.
    click(qtbot, page, "firstStepsTrialButton")
    dialog = opened(page, TrialDialog)
    type_into(qtbot, dialog, "titleEdit", "The State v. A. Journalist")
    click(qtbot, dialog, "okButton")
    assert marks(page) == [DONE_MARK] * 3
    assert not panel.isVisible()


def test_dismissed_it_stays_away_after_the_next_unlock(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, settings: AppSettings
) -> None:
    click(qtbot, page, "firstStepsHideButton")
    assert not child(page, FirstStepsPanel, "firstStepsPanel").isVisible()
    again = shown(qtbot, WorkspacePage(gui_session, settings), (1100, 720))
    assert not child(again, FirstStepsPanel, "firstStepsPanel").isVisible()


def test_a_coordinator_sees_a_coordinators_steps(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    """Once a coordinator's panel said "added your coordinator's card" for an observer's
    card and "created the trial you observe" for a trial that arrived in a bundle."""
    pair(gui_session, coordinator_session)
    gui_session.notebook.add_trial("The State v. A. Journalist")
    [contact] = Contacts(gui_session.vault).list()
    bundle = export_bundle(gui_session.vault, [contact], tmp_path)
    Importer(coordinator_session.vault).import_paths([tmp_path / bundle.file_name])

    page = shown(qtbot, WorkspacePage(coordinator_session, settings), (1100, 720))
    panel = child(page, FirstStepsPanel, "firstStepsPanel")
    assert panel.isVisible()  # their own card is not exported yet
    steps = {
        key: (
            child(page, QLabel, f"firstStep_{key}Mark"),
            child(page, QLabel, f"firstStep_{key}Text"),
        )
        for key in ("contact", "card", "trial", "bundle")
    }
    shown_steps = {k: (m.text(), t.text()) for k, (m, t) in steps.items() if t.isVisible()}
    assert shown_steps == {
        "contact": (DONE_MARK, "Add your observers' key cards (Contacts, Add contact)"),
        "card": (TO_DO_MARK, "Export your own key card and send it to your observers"),
        "bundle": (DONE_MARK, "Import the first bundle an observer sends you (Import…)"),
    }
    assert not child(page, QPushButton, "firstStepsTrialButton").isVisible()
    save_key_card(coordinator_session.vault, tmp_path / "card.json")
    panel.refresh()
    assert not panel.isVisible()
