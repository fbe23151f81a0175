"""The Watch folder tab while a bundle is still arriving: a file cut short is counted as
"still being written", not reported as bad; once whole it is imported and the count goes.
A sync engine's temporary file is not counted at all."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.sync.watch_folder import WatchFolderPage
from tests.coordination_scene import Watched, at
from tests.gui.helpers import finish, message
from tests.sync_layers import card_of

LATER = 60.0  # seconds ahead: every file has settled by then


def look(qtbot: QtBot, page: WatchFolderPage) -> None:
    """Have the watch folder looked at (once any look under way has answered)."""
    qtbot.waitUntil(lambda: page.task is None)
    finish(qtbot, page.poll_now(now=time.time() + LATER))


def test_a_file_still_arriving_is_shown_as_waiting_then_imported(
    qtbot: QtBot, coordinator_gui: VaultSession, vault: Vault, watched: Watched, tmp_path: Path
) -> None:
    out = tmp_path / "outbox"
    out.mkdir()
    folder = tmp_path / "synced"
    folder.mkdir()
    Notebook(vault).add_observation(
        watched.hearing_a, "public.excluded", at(11, 2), severity="medium", text="told to leave"
    )
    coordinator = next(
        c for c in Contacts(vault).list() if c.author == card_of(coordinator_gui.vault).author
    )
    data = (out / export_bundle(vault, [coordinator], out).file_name).read_bytes()

    page = WatchFolderPage(coordinator_gui, AppSettings())
    qtbot.addWidget(page)
    page.show()
    assert page.start(folder)
    qtbot.waitUntil(lambda: page.task is None)  # the first look, at an empty folder
    assert message(page, "watchWaiting") == ""

    arriving = folder / "0c1d.age"
    arriving.write_bytes(data[: len(data) // 2])
    (folder / ".syncthing.0c1d.age.tmp").write_bytes(data[:100])
    an_hour_ago = time.time() - 3600
    os.utime(arriving, (an_hour_ago, an_hour_ago))
    look(qtbot, page)
    assert page.results.rowCount() == 0  # cut short: not refused, not shown as a result
    assert message(page, "watchWaiting") == (
        "Waiting for 1 file still being written; imported once complete."
    )

    arriving.write_bytes(data)
    look(qtbot, page)  # changed since the last look: one more round
    look(qtbot, page)
    assert [r.status for r in page.results.records()] == [IMPORTED]
    assert message(page, "watchWaiting") == ""
    page.stop()
