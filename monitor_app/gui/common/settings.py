"""Preferences kept between runs. Only choices about the app live here, never anything
written about a trial: language, auto-lock minutes and whether it applies during a live
hearing, a vault folder chosen at setup, the coordinator's watch folder and where the main
window was left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from monitor_app.core import paths
from monitor_app.core.languages import LANGUAGES
from monitor_app.gui.common.session import DEFAULT_AUTOLOCK_MINUTES


class AppSettings:
    def __init__(self) -> None:
        # An INI file in the per-user config folder (XDG_CONFIG_HOME), mode set by umask 077.
        self._store = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, paths.APP_NAME
        )

    @property
    def language(self) -> str:
        """The UI language: one of core.languages.LANGUAGES, or "" for the system's."""
        value = str(self._store.value("language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value if value in LANGUAGES else "")
        self._store.sync()

    @property
    def autolock_minutes(self) -> int:
        try:
            minutes = int(str(self._store.value("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES
        return min(max(minutes, 1), 120)

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._store.setValue("autolock_minutes", int(minutes))
        self._store.sync()

    @property
    def lock_while_live(self) -> bool:
        """Whether the idle lock also applies while a hearing is live (off by default: an
        observer watching a video call must not be cut off; the panic lock always works)."""
        return str(self._store.value("lock_while_live", "false")).lower() == "true"

    @lock_while_live.setter
    def lock_while_live(self, value: bool) -> None:
        self._store.setValue("lock_while_live", "true" if value else "false")
        self._store.sync()

    def vault_folder(self, override: Path | None = None) -> Path:
        """--vault (or TRIAL_MONITOR_VAULT) first, then the folder chosen at setup."""
        if override is not None:
            return override
        chosen = str(self._store.value("vault_folder", ""))
        return Path(chosen) if chosen else paths.default_vault_dir()

    def remember_vault_folder(self, folder: Path) -> None:
        self._store.setValue("vault_folder", str(folder))
        self._store.sync()

    @property
    def main_window_geometry(self) -> QByteArray:
        """The main window's size and place as the user left it (`QWidget.saveGeometry`);
        empty before it was ever closed."""
        value = self._store.value("main_window_geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @main_window_geometry.setter
    def main_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("main_window_geometry", geometry)
        self._store.sync()

    @property
    def watch_folder(self) -> str:
        """The coordinator's watch folder ("" for none). A folder's path is all that is
        kept, in clear like the vault folder's: never what arrives in it."""
        return str(self._store.value("watch_folder", ""))

    @watch_folder.setter
    def watch_folder(self, folder: str) -> None:
        self._store.setValue("watch_folder", folder)
        self._store.sync()
