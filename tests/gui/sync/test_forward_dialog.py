"""The Forward screen of a regional coordinator, driven through its real widgets: opened from
the Sync screen, it forwards an observer's bundles to a head office (a real vault, which
imports them and sees who wrote them); choosing a trial whose bundle carries another asks
first; nothing to forward says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.export import SentBundles
from monitor_app.core.sync.forward import forward_bundles
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.sync.forward_dialog import ForwardDialog, ForwardTrialsModel
from monitor_app.gui.sync.models import ImportResultsModel
from monitor_app.gui.sync.sync_dialog import SyncDialog
from tests.forward_scene import (
    HEAD_OFFICE,
    HEAD_PASSPHRASE,
    enter_trial,
    link,
    new_vault,
    send,
    take,
)
from tests.gui.helpers import (
    MessageBoxAnswer,
    click,
    finish,
    message,
    open_tool_screen,
    shared_access_keys,
    shown,
    unnamed,
    visible_dialog,
)


@pytest.fixture
def head(tmp_path: Path) -> Iterator[Vault]:
    vault = new_vault(tmp_path / "head", HEAD_OFFICE, HEAD_PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def received(
    gui_session: VaultSession, coordinator_session: VaultSession, head: Vault, tmp_path: Path
) -> list[str]:
    """The observer (``gui_session``) sent the regional coordinator two trials, the second
    in a bundle of its own; the head office has the regional's and the observer's cards."""
    observer, regional = gui_session.vault, coordinator_session.vault
    link(observer, regional)
    link(regional, head)
    link(observer, head)
    first = enter_trial(observer, "State v. Forwarded")
    take(regional, send(observer, [regional], tmp_path / "a1"))
    second = enter_trial(observer, "State v. Later")
    take(regional, send(observer, [regional], tmp_path / "a2"))
    return [first, second]


def open_forward(qtbot: QtBot, session: VaultSession) -> ForwardDialog:
    sync = open_tool_screen(qtbot, session, Screen.SYNC, SyncDialog, (1000, 760))
    click(qtbot, sync, "openForwardButton")
    return visible_dialog(sync, ForwardDialog)


def tick_trial(dialog: ForwardDialog, trial_id: str) -> None:
    row = dialog.trials.row_of(trial_id)
    assert row is not None
    dialog.trials.setData(
        dialog.trials.index(row, ForwardTrialsModel.TITLE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )


def forwarded(qtbot: QtBot, dialog: ForwardDialog, folder: Path) -> None:
    """Forward into ``folder`` and wait for both steps: the plan, then the writing."""
    finish(qtbot, dialog.forward_to(folder))
    if dialog.write_task is not None:
        finish(qtbot, dialog.write_task)


def test_a_trial_forwarded_to_the_head_office_arrives_with_its_author(
    qtbot: QtBot,
    coordinator_session: VaultSession,
    head: Vault,
    received: list[str],
    tmp_path: Path,
) -> None:
    dialog = open_forward(qtbot, coordinator_session)
    assert dialog.to_combo.currentText() in (HEAD_OFFICE, "Observer A")
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findText(HEAD_OFFICE))
    tick_trial(dialog, received[1])
    folder = tmp_path / "up"
    folder.mkdir()

    forwarded(qtbot, dialog, folder)
    [path] = folder.iterdir()
    status = message(dialog, "forwardStatus")
    assert status.startswith(
        f"Saved {path.name}: 3 saved changes to 3 records written by Observer A"
    )
    assert "each with its author's signature, for Head Office." in status
    [sent] = SentBundles(coordinator_session.vault).all()
    assert len(sent.forwarded) == 1

    [result] = Importer(head).import_paths([path])
    assert result.status == IMPORTED, result.message
    assert [name for _, name, _ in result.written_by] == ["Observer A"]

    # The rest, then nothing new: the screen says so and writes nothing.
    dialog.trials.set_checked(received[1], False)
    forwarded(qtbot, dialog, folder)
    assert len(list(folder.iterdir())) == 2
    forwarded(qtbot, dialog, folder)
    assert "was forwarded to Head Office before" in message(dialog, "forwardStatus")
    assert len(list(folder.iterdir())) == 2


def test_a_trial_whose_bundle_carries_another_is_forwarded_only_when_confirmed(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    head: Vault,
    tmp_path: Path,
) -> None:
    observer, regional = gui_session.vault, coordinator_session.vault
    link(observer, regional)
    link(regional, head)
    first = enter_trial(observer, "State v. One")
    enter_trial(observer, "State v. Carried Along")
    take(regional, send(observer, [regional], tmp_path / "both"))
    dialog = open_forward(qtbot, coordinator_session)
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findText(HEAD_OFFICE))
    tick_trial(dialog, first)
    folder = tmp_path / "up"
    folder.mkdir()

    declined = MessageBoxAnswer("cancelButton")
    forwarded(qtbot, dialog, folder)
    assert declined.texts
    assert "also carry these" in declined.texts[0]
    assert message(dialog, "forwardStatus") == "Not forwarded. Nothing was written."
    assert list(folder.iterdir()) == []

    accepted = MessageBoxAnswer("confirmButton")
    forwarded(qtbot, dialog, folder)
    assert accepted.texts
    assert len(list(folder.iterdir())) == 1


def test_every_control_is_named_and_no_access_key_is_shared(
    qtbot: QtBot, coordinator_session: VaultSession, received: list[str]
) -> None:
    dialog = open_forward(qtbot, coordinator_session)
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert shared_access_keys(dialog) == []
    sync = dialog.parentWidget()
    assert isinstance(sync, SyncDialog)
    assert shared_access_keys(sync) == []


def test_the_history_of_a_forwarded_record_says_who_wrote_and_who_forwarded_it(
    qtbot: QtBot, coordinator_session: VaultSession, tmp_path: Path
) -> None:
    """The head office (here ``coordinator_session``) opens the history of a note an
    observer wrote and a regional coordinator forwarded."""
    observer = new_vault(tmp_path / "observer", "Observer 7", "observer passphrase for tests")
    regional = new_vault(tmp_path / "regional", "Regional R", "regional passphrase for tests")
    head = coordinator_session.vault
    try:
        link(observer, regional)
        to_head, _ = link(regional, head)
        link(observer, head)
        trial = enter_trial(observer, "State v. History")
        take(regional, send(observer, [regional], tmp_path / "to-regional"))
        folder = tmp_path / "up"
        folder.mkdir()
        forward_bundles(regional, to_head, folder)
        [result] = take(head, list(folder.iterdir()))
    finally:
        observer.close()
        regional.close()
    # The import screen's words for it: who wrote it, who forwarded it.
    assert ImportResultsModel().result_text(result) == (
        "Imported 3 new changes written by Observer 7, forwarded by Regional R."
    )
    dialog = shown(qtbot, HistoryDialog(coordinator_session, trial))
    text = dialog.describe(0)
    assert "Came in a bundle Observer 7 wrote, forwarded by Regional R on 20" in text
    assert "saved by Observer 7" in text
