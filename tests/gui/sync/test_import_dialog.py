"""The coordinator's import screen driven through its real widgets, with bundles a real
observer's vault wrote: imported, then already had; dropped onto the window; from an
unknown signer, quarantined until the signer is a contact; discarded after asking; a
cancelled import imports nothing and Close cancels rather than closing; a broken file is
refused and its hostile name shown safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import ALREADY_HAD, CANCELLED, IMPORTED, QUARANTINED, REFUSED
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.models import ImportResultsModel, QuarantineModel
from tests.gui.helpers import (
    MessageBoxAnswer,
    card_of,
    child,
    click,
    column,
    drop_on,
    finish,
    message,
    shown,
    thread_pool_held,
)


@pytest.fixture
def outbox(gui_session: VaultSession, coordinator_session: VaultSession, tmp_path: Path) -> Path:
    """A folder with one bundle from the observer to the coordinator (the observer has the
    coordinator as a contact; whether the coordinator has the observer is up to the test)."""
    gui_session.notebook.add_trial("The State v. A. Journalist")
    to_coordinator = Contacts(gui_session.vault).add(card_of(coordinator_session))
    folder = tmp_path / "outbox"
    folder.mkdir()
    export_bundle(gui_session.vault, [to_coordinator], folder)
    return folder


@pytest.fixture
def known_observer(gui_session: VaultSession, coordinator_session: VaultSession) -> None:
    Contacts(coordinator_session.vault).add(card_of(gui_session))


def open_import(qtbot: QtBot, session: VaultSession) -> ImportDialog:
    return shown(qtbot, ImportDialog(session), (1100, 760))


def statuses(dialog: ImportDialog) -> list[str]:
    return [r.status for r in dialog.shown_results()]


@pytest.mark.usefixtures("known_observer")
def test_a_bundle_is_imported_then_already_had(
    qtbot: QtBot, coordinator_session: VaultSession, outbox: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    with qtbot.waitSignal(coordinator_session.records_changed, check_params_cb="trial".__eq__):
        finish(qtbot, dialog.import_paths([outbox]))
    assert statuses(dialog) == [IMPORTED]
    assert column(dialog.results, ImportResultsModel.STATUS) == ["Imported"]
    assert column(dialog.results, ImportResultsModel.SENDER) == ["Observer A"]
    assert column(dialog.results, ImportResultsModel.NEW) == ["1"]
    assert child(dialog, PlainLabel, "importSummary").text() == (
        "Files: 1 · imported: 1 · already had: 0 · quarantined: 0 · refused: 0"
    )
    detail = child(dialog, PlainLabel, "importResultDetail").text()
    assert detail.endswith("Imported. Imported 1 new change from Observer A.")
    titles = [t.title for t in coordinator_session.notebook.list_trials()]
    assert titles == ["The State v. A. Journalist"]

    finish(qtbot, dialog.import_paths([outbox]))
    assert statuses(dialog) == [ALREADY_HAD]
    assert column(dialog.results, ImportResultsModel.STATUS) == ["Already had"]
    assert len(coordinator_session.notebook.list_trials()) == 1


@pytest.mark.usefixtures("known_observer")
def test_a_dropped_folder_is_imported(
    qtbot: QtBot, coordinator_session: VaultSession, outbox: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    assert drop_on(dialog, [QUrl("https://example.org/bundle.age")]) == (False, False)
    assert drop_on(dialog, [QUrl.fromLocalFile(str(outbox))]) == (True, True)
    finish(qtbot, dialog.progress.task)
    assert statuses(dialog) == [IMPORTED]


def test_an_unknown_signer_waits_in_quarantine_until_added(
    qtbot: QtBot, gui_session: VaultSession, coordinator_session: VaultSession, outbox: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    assert not child(dialog, QPushButton, "importQuarantinedButton").isEnabled()
    finish(qtbot, dialog.import_paths([outbox]))
    assert statuses(dialog) == [QUARANTINED]
    assert column(dialog.results, ImportResultsModel.STATUS) == ["Quarantined"]
    fingerprint = card_of(gui_session).fingerprint
    assert column(dialog.quarantine, QuarantineModel.CLAIMED) == ["Observer A"]
    assert column(dialog.quarantine, QuarantineModel.FINGERPRINT) == [fingerprint]
    assert coordinator_session.notebook.list_trials() == []

    click(qtbot, dialog, "importQuarantinedButton")  # still not a contact: still waiting
    finish(qtbot, dialog.progress.task)
    assert statuses(dialog) == [QUARANTINED]
    assert dialog.quarantine.rowCount() == 1

    Contacts(coordinator_session.vault).add(card_of(gui_session))
    dialog.reload()
    click(qtbot, dialog, "importQuarantinedButton")
    finish(qtbot, dialog.progress.task)
    assert statuses(dialog) == [IMPORTED]
    assert dialog.quarantine.rowCount() == 0
    assert not child(dialog, QPushButton, "importQuarantinedButton").isEnabled()
    assert len(coordinator_session.notebook.list_trials()) == 1


def test_discarding_a_quarantined_bundle_asks_first(
    qtbot: QtBot, coordinator_session: VaultSession, outbox: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    finish(qtbot, dialog.import_paths([outbox]))
    dialog.quarantine_view.selectRow(0)
    keep = MessageBoxAnswer("cancelButton")
    click(qtbot, dialog, "discardQuarantinedButton")
    assert keep.texts == ["Discard the bundle that says it is from Observer A?"]
    assert dialog.quarantine.rowCount() == 1

    _discard = MessageBoxAnswer("confirmButton")
    click(qtbot, dialog, "discardQuarantinedButton")
    assert dialog.quarantine.rowCount() == 0
    assert message(dialog, "quarantineStatus") == "The bundle was discarded."


@pytest.mark.usefixtures("known_observer")
def test_a_cancelled_import_imports_nothing(
    qtbot: QtBot, coordinator_session: VaultSession, outbox: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    with thread_pool_held():  # the import waits in the queue: cancelled before it starts
        task = dialog.import_paths([outbox])
        click(qtbot, dialog, "closeButton")  # Close while importing cancels, and stays
        assert dialog.isVisible()
        assert not child(dialog, QPushButton, "importCancelButton").isEnabled()
    finish(qtbot, task)
    assert statuses(dialog) == [CANCELLED]
    assert column(dialog.results, ImportResultsModel.STATUS) == ["Not imported (cancelled)"]
    assert coordinator_session.notebook.list_trials() == []
    assert dialog.isVisible()
    click(qtbot, dialog, "closeButton")
    assert not dialog.isVisible()


def test_a_broken_file_is_refused_and_its_name_shown_safely(
    qtbot: QtBot, coordinator_session: VaultSession, tmp_path: Path
) -> None:
    broken = tmp_path / "evil\u202egpj.age"
    broken.write_bytes(b"not an age file at all")
    dialog = open_import(qtbot, coordinator_session)
    finish(qtbot, dialog.import_paths([broken]))
    assert statuses(dialog) == [REFUSED]
    assert column(dialog.results, ImportResultsModel.FILE) == [f"evil{REPLACEMENT}gpj.age"]
    assert column(dialog.results, ImportResultsModel.SENDER) == ["—"]
    assert column(dialog.results, ImportResultsModel.MESSAGE) == [
        "This is not an encrypted Trial Monitor file (not an age file)."
    ]
    detail = child(dialog, PlainLabel, "importResultDetail")
    assert detail.text().startswith(f"evil{REPLACEMENT}gpj.age: Refused.")
    assert detail.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.usefixtures("known_observer")
def test_a_receipt_needs_something_imported_first(
    qtbot: QtBot, gui_session: VaultSession, coordinator_session: VaultSession, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, coordinator_session)
    finish(qtbot, dialog.write_receipt(card_of(gui_session).author, tmp_path))
    assert message(dialog, "receiptStatus") == ("No bundle from Observer A has been imported yet.")
