"""The UI's language: loading our catalogue and Qt's own for one language, and starting
the app again when the user chooses another (the screens build their texts once, so a
restart is the one way every window, model and cached label shows the new language)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QTranslator,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from monitor_app.core.languages import LANGUAGES, SOURCE_LANGUAGE
from monitor_app.core.resources import resource_path
from monitor_app.gui.common.messages import show_error
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import make_button, paragraph

log = logging.getLogger(__name__)

CATALOGUE = "trial_monitor"
# The language the running UI was built in, kept on the application object: the settings
# only say what was chosen for the next start.
RUNNING_LANGUAGE = "trialMonitorLanguage"

# Qt's own strings that its file dialog shows but one of Qt's catalogues for our languages
# leaves out: qtbase_ru.qm still has Qt 5's "Look in:" where Qt 6 says "&Look in:" and lacks
# the Type column's words; qtbase_kk.qm lacks the refusal of a bad file name. Naming them
# here puts them in our catalogues under Qt's contexts; Qt's own catalogue is asked first
# (installed last) and ours answers where it has nothing.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP(
        "QFileSystemModel",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer '
        "characters or no punctuation marks.",
    ),
)

# Starts a program detached from this one: (program, arguments) -> started?
Starter = Callable[[str, Sequence[str]], bool]


def resolve_language(preferred: str) -> str:
    """The chosen language, else the system's when we have it, else English."""
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def ui_language() -> str:
    """The language the UI, and the taxonomy labels in it, are shown in: the chosen one."""
    return resolve_language(AppSettings().language)


def running_language() -> str:
    """The language the open windows were built in (English before any was installed)."""
    app = QCoreApplication.instance()
    value = app.property(RUNNING_LANGUAGE) if app is not None else None
    return str(value) if value in LANGUAGES else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``language``; returns them (keep them alive)."""
    app.setProperty(RUNNING_LANGUAGE, language)
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{CATALOGUE}_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation catalogue for %s", language)
    # Installed last, so asked first: Qt's wording for its own dialogs wins, and ours
    # fills only what it lacks (QT_GAPS).
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return installed


def restart_command(
    argv: Sequence[str] | None = None, frozen: bool | None = None
) -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started: a frozen
    build (PyInstaller) runs its own executable, a run from source ``python -m
    monitor_app``; either with the same arguments (--vault among them)."""
    args = list(sys.argv if argv is None else argv)[1:]
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return sys.executable, args
    return sys.executable, ["-m", "monitor_app", *args]


def start_detached(program: str, arguments: Sequence[str]) -> bool:
    started, _pid = QProcess.startDetached(program, list(arguments))
    return bool(started)


def restart(session: VaultSession, starter: Starter = start_detached) -> bool:
    """Lock the vault, start the app again and quit this one. The lock comes first, so
    no key stays in memory and the new process finds the vault closed. False (and this
    app stays, locked) when the new one could not be started."""
    program, arguments = restart_command()
    session.lock()
    if not starter(program, arguments):
        log.warning("restart failed")
        return False
    log.info("restarting for a new language")
    QCoreApplication.quit()
    return True


class RestartOffer(QWidget):
    """Beside a language choice: once the chosen language is not the one the windows were
    built in, says that it shows after a restart and offers to restart now."""

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        starter: Starter = start_detached,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restartOffer")
        self.session = session
        self.starter = starter
        self.button = make_button(self.tr("Res&tart now"), "restartButton", self.restart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The new language shows when Trial Monitor starts again. Restarting "
                    "locks the vault; you then unlock it in the new language."
                ),
                self,
            )
        )
        layout.addWidget(self.button)
        self.setVisible(False)

    def language_chosen(self, preferred: str) -> None:
        """``preferred`` as the settings keep it ("" for the system's language)."""
        self.setVisible(resolve_language(preferred) != running_language())

    def restart(self) -> None:
        if not restart(self.session, self.starter):
            # The lock has closed this offer's dialog: tell it over the window beneath.
            dialog = self.window()
            show_error(
                dialog.parentWidget() or dialog,
                self.tr(
                    "Trial Monitor could not start again. Start it yourself to see the new "
                    "language."
                ),
            )
