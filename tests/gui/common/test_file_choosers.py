"""Every file dialog of the app is Qt's own, never the desktop's: GTK's (on GNOME, Xfce,
MATE, Cinnamon) adds each chosen file to ~/.local/share/recently-used.xbel, outside the
vault. Checked twice: in the source (every QFileDialog call asks for Qt's dialog) and on
screen (each chooser opens a Qt widget dialog with that option set). The choosers remember
their folder per purpose, sealed in the vault."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import monitor_app
from monitor_app.core.vault.remembered_folders import FolderPurpose, remembered_folder
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.wizard import SetupWizard
from tests.gui.helpers import WhenModal, choose_in_file_dialog, shown

PACKAGE = Path(monitor_app.__file__).parent
OWN_DIALOG = "QFileDialog.Option.DontUseNativeDialog"
STATIC_CHOOSERS = {
    "getOpenFileName",
    "getOpenFileNames",
    "getOpenFileUrl",
    "getOpenFileUrls",
    "getSaveFileName",
    "getSaveFileUrl",
    "getExistingDirectory",
    "getExistingDirectoryUrl",
    "getOpenFileContent",
    "saveFileContent",
}


def file_dialog_calls_without_own_dialog(source: str, where: str) -> list[str]:
    """Each QFileDialog use in ``source`` that could open the desktop's dialog: a static
    chooser without ``options=...DontUseNativeDialog``, a QFileDialog made directly (its
    options could not be checked here), or QFileDialog imported under another name."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "QFileDialog" and alias.asname:
                    problems.append(
                        f"{where}:{node.lineno}: QFileDialog imported as {alias.asname}"
                    )
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id == "QFileDialog":
            problems.append(f"{where}:{node.lineno}: QFileDialog made directly")
        if (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and function.value.id == "QFileDialog"
            and function.attr in STATIC_CHOOSERS
        ):
            options = [k.value for k in node.keywords if k.arg == "options"]
            if not options or OWN_DIALOG not in ast.unparse(options[0]):
                problems.append(f"{where}:{node.lineno}: QFileDialog.{function.attr} native")
    return problems


def test_every_file_dialog_in_the_source_is_qts_own() -> None:
    problems = []
    calls = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        calls += source.count("QFileDialog.get")
        problems += file_dialog_calls_without_own_dialog(source, str(path.relative_to(PACKAGE)))
    assert calls >= 4  # the checker does look at the real choosers
    assert problems == []


@pytest.mark.parametrize(
    "source",
    [
        "QFileDialog.getOpenFileName(None, 'a', '', '')",
        "QFileDialog.getExistingDirectory(None, 'a', '', options=QFileDialog.Option.ShowDirsOnly)",
        "dialog = QFileDialog(None)",
        "from PySide6.QtWidgets import QFileDialog as Chooser",
    ],
)
def test_the_source_check_catches_a_native_dialog(source: str) -> None:
    assert file_dialog_calls_without_own_dialog(source, "example") != []


@dataclass
class Seen:
    """What a chooser's dialog was when it came up."""

    own_dialog: bool
    folder: str


def answer_with(chosen: Path | None, seen: list[Seen]) -> WhenModal[QFileDialog]:
    """When the next file dialog is up: note what it is, then choose ``chosen`` (or cancel)."""

    def act(dialog: QFileDialog) -> None:
        seen.append(
            Seen(
                dialog.testOption(QFileDialog.Option.DontUseNativeDialog) and dialog.isVisible(),
                dialog.directory().absolutePath(),
            )
        )
        if chosen is None:
            dialog.reject()
            return
        choose_in_file_dialog(dialog, chosen)

    return WhenModal(QFileDialog, act)


Chooser = Callable[[QWidget, VaultSession], Path | list[Path] | None]
CHOOSERS: dict[str, tuple[Chooser, bool]] = {  # a chooser, and whether it picks a folder
    "open_file": (
        lambda parent, s: file_choosers.open_file(parent, s.vault, FolderPurpose.BUNDLES, "t"),
        False,
    ),
    "open_files": (
        lambda parent, s: file_choosers.open_files(parent, s.vault, FolderPurpose.BUNDLES, "t"),
        False,
    ),
    "save_file": (
        lambda parent, s: file_choosers.save_file(
            parent, s.vault, FolderPurpose.BUNDLES, "t", file_name="x.age"
        ),
        False,
    ),
    "folder": (
        lambda parent, s: file_choosers.folder(parent, s.vault, FolderPurpose.BUNDLES, "t"),
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(CHOOSERS))
def test_each_chooser_opens_qts_own_dialog_and_remembers_its_folder(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path, name: str
) -> None:
    choose, picks_folder = CHOOSERS[name]
    parent = shown(qtbot, QWidget())
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = stick / "x.age"
    bundle.write_bytes(b"age")
    seen: list[Seen] = []

    # (Saving is offered a new name: an existing one would be asked about first.)
    chosen = stick if picks_folder else stick / "new.age" if name == "save_file" else bundle
    _first = answer_with(chosen, seen)
    choose(parent, gui_session)
    assert remembered_folder(gui_session.vault, FolderPurpose.BUNDLES) == stick
    _again = answer_with(None, seen)
    choose(parent, gui_session)

    assert [s.own_dialog for s in seen] == [True, True]
    assert seen[1].folder == str(stick)


def test_the_wizards_folder_chooser_is_qts_own(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    wizard = shown(qtbot, SetupWizard(VaultSession(tmp_path / "vault"), settings), (900, 700))
    seen: list[Seen] = []
    _answer = answer_with(None, seen)
    button = wizard.findChild(QPushButton, "chooseFolderButton")
    assert button is not None
    button.click()
    assert [s.own_dialog for s in seen] == [True]
