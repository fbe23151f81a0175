"""The About box: what the app is, its version, and where its vault and log files are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from monitor_app import __version__
from monitor_app.core import paths
from monitor_app.core.textsafe import scrub
from monitor_app.gui.common.settings import AppSettings


def about_text(vault_folder: Path) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("about", "Trial Monitor"),
        translate("about", "Version {version}").format(version=__version__),
        "",
        translate(
            "about",
            "Structured, encrypted, offline notes for observers of trials: hearing "
            "conditions, logged as they happen.",
        ),
        "",
        translate("about", "Vault folder: {folder}").format(folder=scrub(str(vault_folder))),
        translate("about", "Log folder: {folder}").format(folder=scrub(str(paths.log_dir()))),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, vault_folder: Path | None = None) -> None:
    """Show the About box. ``vault_folder`` is the session's; by default, the configured one."""
    folder = vault_folder if vault_folder is not None else AppSettings().vault_folder()
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("about", "About Trial Monitor"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text(folder))  # one plain-text label: a folder name is not markup
    box.exec()
    box.deleteLater()
