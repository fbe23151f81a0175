"""Choosing files and folders: Qt's file dialogs, each opening in the folder last chosen for
the same purpose (key cards, bundles, receipts, attachments ...; kept sealed in the vault by
`core.vault.remembered_folders`), else in the home folder, and forgetting the folders Qt
itself keeps in its plain settings (see `forget_file_dialog_history`).

Always Qt's own dialog, never the desktop's: on GNOME, Xfce, MATE and Cinnamon the native
one is GTK's, which adds every file chosen to the desktop's list of recent files
(``~/.local/share/recently-used.xbel``) — the names of attachments, key cards and bundles,
in clear, outside the vault. Every QFileDialog of the app is opened here or in `any_folder`
(tests/gui/common/test_file_choosers.py fails on one that is not).

Screens call these from their buttons and hand the answer to a public method that takes a
path (`add_card_from`, `export_to`, `import_paths` ...); tests call those methods directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from monitor_app.core.vault.remembered_folders import (
    FolderPurpose,
    remember_folder,
    remembered_folder,
)
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.widgets import forget_file_dialog_history


def _start(vault: Vault, purpose: FolderPurpose) -> Path:
    return remembered_folder(vault, purpose) or Path.home()


def _answered(vault: Vault, purpose: FolderPurpose, folder: Path | None) -> None:
    """After a dialog: Qt's own history forgotten, and the folder chosen (if any) kept."""
    forget_file_dialog_history()
    if folder is not None:
        remember_folder(vault, purpose, folder)


def open_files(
    parent: QWidget, vault: Vault, purpose: FolderPurpose, title: str, name_filter: str = ""
) -> list[Path]:
    start = str(_start(vault, purpose))
    names, _filter = QFileDialog.getOpenFileNames(
        parent, title, start, name_filter, options=QFileDialog.Option.DontUseNativeDialog
    )
    paths = [Path(name) for name in names]
    _answered(vault, purpose, paths[0].parent if paths else None)
    return paths


def open_file(
    parent: QWidget, vault: Vault, purpose: FolderPurpose, title: str, name_filter: str = ""
) -> Path | None:
    start = str(_start(vault, purpose))
    name, _filter = QFileDialog.getOpenFileName(
        parent, title, start, name_filter, options=QFileDialog.Option.DontUseNativeDialog
    )
    path = Path(name) if name else None
    _answered(vault, purpose, path.parent if path else None)
    return path


def save_file(
    parent: QWidget,
    vault: Vault,
    purpose: FolderPurpose,
    title: str,
    *,
    file_name: str,
    name_filter: str = "",
) -> Path | None:
    """A file to write; Qt's dialog asks before replacing one that exists."""
    start = str(_start(vault, purpose) / file_name)
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, start, name_filter, options=QFileDialog.Option.DontUseNativeDialog
    )
    path = Path(name) if name else None
    _answered(vault, purpose, path.parent if path else None)
    return path


def folder(
    parent: QWidget, vault: Vault, purpose: FolderPurpose, title: str, start: str = ""
) -> Path | None:
    """A folder (a USB stick, a synced folder ...), starting in ``start`` (what a field
    shows) if given."""
    path = any_folder(parent, title, Path(start) if start else _start(vault, purpose))
    if path is not None:
        remember_folder(vault, purpose, path)
    return path


def any_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    """A folder, with no vault to remember it in (choosing where a new vault goes)."""
    name = QFileDialog.getExistingDirectory(
        parent,
        title,
        str(start),
        options=QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
    )
    forget_file_dialog_history()
    return Path(name) if name else None
