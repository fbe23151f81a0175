"""The attachment chooser, like every other file dialog: Qt's own dialog (never GTK's,
which lists chosen files among the desktop's recent files), opening in the folder files
were last attached from, which is kept sealed in the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from monitor_app.core.vault.remembered_folders import FolderPurpose, remembered_folder
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.observation_editor import ObservationEditor
from tests.gui.helpers import WhenModal, child, choose_in_file_dialog, shown


def test_the_attachment_chooser_remembers_its_folder(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, tmp_path: Path
) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    photo = evidence / "photo.png"
    photo.write_bytes(b"\x89PNG")
    opened_in: list[tuple[str, bool]] = []

    def choose(dialog: QFileDialog, path: Path | None) -> None:
        own = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        opened_in.append((dialog.directory().absolutePath(), own))
        if path is None:
            dialog.reject()
            return
        choose_in_file_dialog(dialog, path)

    editor = shown(qtbot, ObservationEditor(gui_session, hearing_id), exposed=True)
    _first = WhenModal(QFileDialog, lambda dialog: choose(dialog, photo))
    child(editor, QPushButton, "addFileButton").click()
    qtbot.waitUntil(lambda: [f.filename for f in editor.files.pending] == ["photo.png"])
    assert remembered_folder(gui_session.vault, FolderPurpose.ATTACHMENTS) == evidence

    _again = WhenModal(QFileDialog, lambda dialog: choose(dialog, None))
    child(editor, QPushButton, "addFileButton").click()
    assert opened_in == [(str(Path.home()), True), (str(evidence), True)]
