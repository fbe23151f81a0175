"""The sync screen when what there is to send is more than one bundle may carry (issue 13):
every part written is listed among the bundles sent and named in the message. The limit is
lowered (`bundle_format`'s constant, read by export and import alike)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor_app.core.sync import bundle_format
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.sync.models import SentBundlesModel
from monitor_app.gui.sync.sync_dialog import SyncDialog
from tests.gui.helpers import column, finish, message, open_tool_screen, pair


def test_an_export_in_parts_lists_every_part(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pair(gui_session, coordinator_session)
    for title in ("First trial", "Second trial", "Third trial"):
        gui_session.notebook.add_trial(title)
    monkeypatch.setattr(bundle_format, "MAX_REVISION_LINES", 1)
    dialog = open_tool_screen(qtbot, gui_session, Screen.SYNC, SyncDialog, (1000, 760))
    stick = tmp_path / "stick"
    stick.mkdir()

    finish(qtbot, dialog.export_to(stick))
    written = sorted(p.name for p in stick.iterdir())
    assert len(written) == 3
    assert sorted(column(dialog.sent, SentBundlesModel.FILE)) == written
    assert column(dialog.sent, SentBundlesModel.REVISIONS) == ["1", "1", "1"]
    status = message(dialog, "exportStatus")
    assert status.startswith("Saved 3 files, as one bundle may carry only so much: ")
    assert all(name in status for name in written)
    assert "3 saved changes to 3 records for Coordinator C" in status
