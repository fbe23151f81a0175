"""Loading the UI's translation: our catalogue and Qt's own, for one language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from monitor_app.core.resources import resource_path
from monitor_app.gui.common.settings import LANGUAGES, AppSettings

log = logging.getLogger(__name__)

CATALOGUE = "trial_monitor"


def resolve_language(preferred: str) -> str:
    """The chosen language, else the system's when we have it, else English."""
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def ui_language() -> str:
    """The language the UI, and the taxonomy labels in it, are shown in: the chosen one."""
    return resolve_language(AppSettings().language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{CATALOGUE}_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation catalogue for %s", language)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return installed
