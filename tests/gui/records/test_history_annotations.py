"""The history of a record another observer revised: their revision is shown as theirs, and
said not to be the record's words; the record stays as its author wrote it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.history_dialog import HistoryDialog
from tests.authorship_tools import write_own_revision
from tests.coordination_scene import Watched
from tests.gui.helpers import shown


def test_another_observers_revision_is_shown_as_theirs_and_not_the_records(
    qtbot: QtBot,
    coordinator_gui: VaultSession,
    watched: Watched,
    coordinator: Vault,
    second_observer: Vault,
    tmp_path: Path,
) -> None:
    head = Notebook(coordinator).find(watched.outage_a)
    body = {**head.body, "text": "B says: it was fine"}
    write_own_revision(second_observer, head, number=head.number + 1, base=head.rev_id, body=body)
    (to_coordinator,) = Contacts(second_observer).list()
    bundle = export_bundle(second_observer, [to_coordinator], tmp_path)
    (result,) = Importer(coordinator).import_paths([tmp_path / bundle.file_name])
    assert result.status == IMPORTED

    dialog = shown(qtbot, HistoryDialog(coordinator_gui, watched.outage_a))
    rows = dialog.model.rowCount()
    whose = {dialog.model.record(row).author: row for row in range(rows)}
    ours = dialog.describe(whose[watched.observer_a])
    theirs = dialog.describe(whose[watched.observer_b])
    assert "saved by Observer B" in theirs
    assert "Observer B is not this record's author" in theirs
    assert "not this record's author" not in ours
    assert Notebook(coordinator).get_observation(watched.outage_a).text != "B says: it was fine"
