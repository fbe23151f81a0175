"""The observer's sync screen driven through its real widgets, with a real coordinator's
vault on the other side: a bundle exported into a folder and listed; nothing new, or
everything again; no contact to send to; a cancelled export leaves nothing; a receipt
from the coordinator marks bundles received, and only then can the trial be removed from
the laptop, after a confirmation that names it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.sync.export import SentBundles
from monitor_app.core.sync.importer import IMPORTED
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.correct_values_dialog import CorrectValuesDialog
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.models import PurgeModel, SentBundlesModel
from monitor_app.gui.sync.purge_dialog import PurgeDialog
from monitor_app.gui.sync.sync_dialog import SyncDialog
from tests.gui.helpers import (
    MessageBoxAnswer,
    card_of,
    child,
    click,
    column,
    finish,
    message,
    open_tool_screen,
    pair,
    shown,
    thread_pool_held,
    tick,
    visible_dialog,
)


def open_sync(qtbot: QtBot, session: VaultSession) -> SyncDialog:
    return open_tool_screen(qtbot, session, Screen.SYNC, SyncDialog, (1000, 760))


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def something_to_send(gui_session: VaultSession, coordinator_session: VaultSession) -> None:
    """The observer and the coordinator have each other's cards; the observer has a trial."""
    pair(gui_session, coordinator_session)
    gui_session.notebook.add_trial("The State v. A. Journalist")


@pytest.mark.usefixtures("something_to_send")
def test_a_bundle_exported_into_a_folder_is_listed(
    qtbot: QtBot, gui_session: VaultSession, coordinator_session: VaultSession, stick: Path
) -> None:
    dialog = open_sync(qtbot, gui_session)
    coordinator = card_of(coordinator_session).author
    assert dialog.recipients.checked_ids() == [coordinator]  # the only contact, ticked

    finish(qtbot, dialog.export_to(stick))
    [bundle] = stick.iterdir()
    assert bundle.suffix == ".age"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    assert column(dialog.sent, SentBundlesModel.FILE) == [bundle.name]
    assert column(dialog.sent, SentBundlesModel.RECIPIENTS) == ["Coordinator C"]
    assert column(dialog.sent, SentBundlesModel.REVISIONS) == ["1"]
    assert column(dialog.sent, SentBundlesModel.ACKNOWLEDGED) == ["not yet"]
    assert message(dialog, "exportStatus") == (
        f"Saved {bundle.name}: 1 saved change to 1 record for Coordinator C. Send the file to "
        "them any way that works."
    )

    finish(qtbot, dialog.export_to(stick))
    assert message(dialog, "exportStatus").startswith(
        "Nothing has changed since the last bundle to Coordinator C."
    )
    assert len(list(stick.iterdir())) == 1

    tick(qtbot, dialog, "exportAllCheck")
    finish(qtbot, dialog.export_to(stick))
    assert len(list(stick.iterdir())) == 2
    assert dialog.sent.rowCount() == 2


def test_without_a_contact_there_is_no_one_to_send_to(
    qtbot: QtBot, gui_session: VaultSession, stick: Path
) -> None:
    dialog = open_sync(qtbot, gui_session)
    assert message(dialog, "noContactsHint") == (
        "Add your coordinator's key card under Contacts first."
    )
    dialog.folder_edit.setText(str(stick))
    assert not child(dialog, QPushButton, "exportButton").isEnabled()
    assert dialog.export_to(stick) is None
    assert message(dialog, "exportStatus") == "Tick at least one contact to send it to."
    assert list(stick.iterdir()) == []


@pytest.mark.usefixtures("something_to_send")
def test_a_cancelled_export_leaves_nothing(
    qtbot: QtBot, gui_session: VaultSession, stick: Path
) -> None:
    dialog = open_sync(qtbot, gui_session)
    with thread_pool_held():  # the export waits in the queue: cancelled before it starts
        task = dialog.export_to(stick)
        click(qtbot, dialog, "exportCancelButton")
    finish(qtbot, task)
    assert message(dialog, "exportStatus") == "Cancelled. Nothing was written."
    assert list(stick.iterdir()) == []
    assert SentBundles(gui_session.vault).all() == []
    assert dialog.sent.rowCount() == 0


def test_a_receipt_marks_bundles_received_and_lets_the_trial_go(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    stick: Path,
    tmp_path: Path,
) -> None:
    pair(gui_session, coordinator_session)
    notebook = gui_session.notebook
    trial = notebook.add_trial("The State v. A. Journalist")
    notebook.add_hearing(trial.id, utc_now(), "remote", "Europe/Minsk")
    dialog = open_sync(qtbot, gui_session)
    finish(qtbot, dialog.export_to(stick))

    # The coordinator imports it and writes a receipt.
    importer = shown(qtbot, ImportDialog(coordinator_session))
    finish(qtbot, importer.import_paths([stick]))
    assert [r.status for r in importer.shown_results()] == [IMPORTED]
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    finish(qtbot, importer.write_receipt(card_of(gui_session).author, receipts))
    [receipt] = receipts.iterdir()
    assert message(importer, "receiptStatus").startswith(f"Receipt saved as {receipt}")

    # Back on the observer's laptop: a trial made since has no receipt yet.
    notebook.add_trial("A later trial")
    finish(qtbot, dialog.import_receipt_from(receipt))
    assert message(dialog, "receiptStatus") == "Coordinator C confirms 1 more bundle."
    assert column(dialog.sent, SentBundlesModel.ACKNOWLEDGED)[0].startswith("received 20")

    click(qtbot, dialog, "purgeButton")
    purge = visible_dialog(dialog, PurgeDialog)
    qtbot.waitUntil(lambda: not purge.is_loading)
    assert column(purge.model, PurgeModel.TITLE) == ["A later trial", "The State v. A. Journalist"]
    assert column(purge.model, PurgeModel.STATE) == [
        "no: 1 change without a receipt yet",
        "yes: the coordinator confirmed all of it",
    ]
    assert child(purge, QPushButton, "purgeTrialsButton").isEnabled() is False
    later = purge.model.index(0, PurgeModel.TITLE)
    assert not purge.model.setData(later, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    purge.view.setFocus()
    purge.view.setCurrentIndex(purge.proxy.mapFromSource(purge.model.index(1, PurgeModel.TITLE)))
    qtbot.keyClick(purge.view, Qt.Key.Key_Space)  # ticks the trial that may go
    assert purge.model.checked_ids() == [trial.id]

    keep = MessageBoxAnswer("cancelButton")
    click(qtbot, purge, "purgeTrialsButton")
    assert keep.texts == [
        "Remove 1 trial from this laptop, with every hearing, note and attachment?"
    ]
    assert len(notebook.list_trials()) == 2

    _remove = MessageBoxAnswer("confirmButton")
    with qtbot.waitSignal(gui_session.records_changed, timeout=10_000):
        click(qtbot, purge, "purgeTrialsButton")
    qtbot.waitUntil(lambda: not purge.is_loading)
    assert [t.title for t in notebook.list_trials()] == ["A later trial"]
    assert message(purge, "purgeStatus") == "Removed from this laptop: 2 changes."
    assert column(purge.model, PurgeModel.TITLE) == ["A later trial"]


@pytest.mark.usefixtures("something_to_send")
def test_values_an_older_version_saved_are_corrected_from_the_refusal(
    qtbot: QtBot, gui_session: VaultSession, stick: Path
) -> None:
    """Issue 13: sending names the hearing an older version saved at 0001-01-01 and offers
    to correct it; a correction the rules refuse is refused inline with what was typed
    kept; once corrected, the bundle is written."""
    notebook = gui_session.notebook
    trial = notebook.list_trials()[0]
    legacy = notebook.store.append(
        "hearing",
        None,
        trial.id,
        {"trial_id": trial.id, "scheduled_start": "0001-01-01T00:00:00Z", "tz": "Asia/Almaty"},
        "Asia/Almaty",
    )
    dialog = open_sync(qtbot, gui_session)
    correct = child(dialog, QPushButton, "correctRecordsButton")
    assert not correct.isVisible()
    finish(qtbot, dialog.export_to(stick))
    assert "1 of your records hold values saved by an older version" in message(
        dialog, "exportStatus"
    )
    assert list(stick.iterdir()) == []
    assert correct.isVisible()

    click(qtbot, dialog, "correctRecordsButton")
    fix = visible_dialog(dialog, CorrectValuesDialog)
    assert legacy.record_id[:8] in child(fix, QLabel, "correctionRecord").text()
    assert child(fix, QLabel, "correctionField").text() == "Scheduled start"
    edit = child(fix, QLineEdit, "correctionEdit")
    assert edit.text() == "0001-01-01T00:00:00Z"
    edit.setText("24.11.2026 10:00")
    click(qtbot, fix, "saveCorrectionButton")
    assert "not written as a UTC time" in message(fix, "correctionStatus")
    assert edit.text() == "24.11.2026 10:00"
    edit.setText("2026-11-24T05:00:00Z")
    click(qtbot, fix, "saveCorrectionButton")
    assert "Every value is corrected" in message(fix, "correctionStatus")
    assert not child(fix, QPushButton, "saveCorrectionButton").isEnabled()
    fix.reject()
    assert not correct.isVisible()

    finish(qtbot, dialog.export_to(stick))
    assert len(list(stick.iterdir())) == 1
    assert notebook.get_hearing(legacy.record_id).scheduled_start == "2026-11-24T05:00:00Z"
