"""The desktop app leaves no plaintext either: after a live session — quick conditions, a
saved note line, a half-typed draft, a file attached through the file dialog, a trial typed
into a dialog — then a panic lock and closing, no byte under the test's folder (vault,
settings, Qt's own settings and file-dialog history, the desktop's recent files, logs)
holds what was typed or the name of the file or folder chosen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.app import build
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.trial_dialog import TrialDialog
from tests.gui.helpers import WhenModal, child, choose_in_file_dialog, shown, unlock_session
from tests.integration.test_leak_scan import scan
from tests.layers import PASSPHRASE

MARKERS = {
    "title": "Marker-GUI-Title-Ocelot",
    "saved_line": "Marker-GUI-Saved-line-Axolotl",
    "draft": "Marker-GUI-Draft-Pangolin",
    "dialog": "Marker-GUI-Dialog-Narwhal",
    "folder": "Marker-GUI-Folder-Quetzal",
    "file": "Marker-GUI-File-Tapir",
}


def attach_through_the_file_dialog(qtbot: QtBot, editor: ObservationEditor, path: Path) -> None:
    def choose(dialog: QFileDialog) -> None:
        choose_in_file_dialog(dialog, path)

    _choosing = WhenModal(QFileDialog, choose)
    child(editor, QPushButton, "addFileButton").click()
    qtbot.waitUntil(lambda: len(editor.files.pending) == 1)


def activate(qtbot: QtBot, qapp: QApplication, window: QWidget) -> None:
    """Shortcuts go to the active window, as for a user; offscreen it must be asked for."""
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is window)


def test_gui_leaves_no_plaintext(qtbot: QtBot, qapp: QApplication, vault_dir: Path) -> None:
    settings = AppSettings()
    settings.autolock_minutes = 7  # the settings file exists and is scanned too
    window = shown(qtbot, build(qapp, vault_dir))
    unlock_session(window.session)
    notebook = window.session.notebook
    trial = notebook.add_trial(MARKERS["title"])
    hearing = notebook.add_hearing(trial.id, datetime.now(UTC), "remote", "Europe/Minsk")
    workspace = window.workspace
    assert workspace is not None
    workspace.refresh()
    workspace.select(trial.id, hearing.id)
    workspace.enter_live_mode(hearing.id)

    activate(qtbot, qapp, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # connection lost
    note = child(window, QLineEdit, "liveNoteEdit")
    qtbot.keyClicks(note, MARKERS["saved_line"])
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, MARKERS["draft"])  # not saved as a line: kept as a sealed draft
    chosen = vault_dir.parent / "outside" / MARKERS["folder"] / f"{MARKERS['file']}.png"
    chosen.parent.mkdir(parents=True)
    chosen.write_bytes(b"\x89PNG not a marker")
    editor = ObservationEditor(window.session, hearing.id, parent=workspace)
    editor.show()  # closed (and deleted) below, as Cancel does
    attach_through_the_file_dialog(qtbot, editor, chosen)
    editor.reject()
    dialog = TrialDialog(window.session, parent=workspace)
    dialog.show()
    child(dialog, QLineEdit, "titleEdit").setText(MARKERS["dialog"])
    activate(qtbot, qapp, dialog)  # Ctrl+Shift+L works over any window of the app

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert not window.session.is_unlocked
    window.close()

    assert scan([vault_dir.parent], MARKERS) == []
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        kept = Notebook(vault)
        observations = kept.list_observations(hearing.id)
        assert "remote.connection_lost" in [o.code for o in observations]  # F1 was saved
        assert MARKERS["saved_line"] in [o.text for o in observations]
        assert MARKERS["draft"] in kept.load_draft(f"live-note:{hearing.id}")
        assert MARKERS["dialog"] in [t.title for t in kept.list_trials()]
