"""Choosing files and folders for sync: Qt's file dialogs, starting in the home folder and
forgetting the folders visited (see `forget_file_dialog_history`).

Screens call these from their buttons and hand the answer to a public method that takes a
path (`add_card_from`, `export_to`, `import_paths` ...); tests call those methods directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from monitor_app.gui.common.widgets import forget_file_dialog_history


def open_files(parent: QWidget, title: str, name_filter: str = "") -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), name_filter)
    forget_file_dialog_history()
    return [Path(name) for name in names]


def open_file(parent: QWidget, title: str, name_filter: str = "") -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), name_filter)
    forget_file_dialog_history()
    return Path(name) if name else None


def save_file(parent: QWidget, title: str, file_name: str, name_filter: str = "") -> Path | None:
    """A file to write; Qt's dialog asks before replacing one that exists."""
    start = str(Path.home() / file_name)
    name, _filter = QFileDialog.getSaveFileName(parent, title, start, name_filter)
    forget_file_dialog_history()
    return Path(name) if name else None


def folder(parent: QWidget, title: str, start: str = "") -> Path | None:
    """A folder (a USB stick, a synced folder ...)."""
    name = QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))
    forget_file_dialog_history()
    return Path(name) if name else None
