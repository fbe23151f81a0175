"""GUI fixtures: an English, fixed locale; a session over a copied test vault, locked or
unlocked, and one over a coordinator's vault; the app's settings (in the per-test config
folder the root conftest sets); the test hearing's id; the demo trial's vault and its
screens. Helpers the tests share are in tests/gui/helpers.py."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import Hearing
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from monitor_app.demo.trial import DemoIds
from monitor_app.gui.common import collector
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from tests.conftest import UserDirs
from tests.coordination_scene import Watched
from tests.layers import PASSPHRASE

# The shared helpers assert too: pytest explains their failures as it does a test's.
pytest.register_assert_rewrite("tests.gui.helpers")


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[collector.GuiThreadCollector]:
    """As the app does (monitor_app.gui.common.collector): cycles collected on the GUI thread.
    Per test, so tests without an event loop (core, CLI) keep automatic collection."""
    guard = collector.GuiThreadCollector(qapp)
    # During a test, no collection at whatever moment a threshold is crossed (a cycle freed
    # in the middle of a test's own event processing crashed runs at random places): only
    # once the test is over, its widgets closed and their deferred deletes done. The timer
    # itself is the app's (tests/gui/common/test_collector.py starts it).
    guard.timer.stop()
    yield guard
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    guard.stop()
    guard.deleteLater()


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def private_qsettings(user_dirs: UserDirs) -> None:
    """AppSettings in this test's own config folder. Qt works out the per-user settings
    path once per process, so otherwise every test would share the first test's file."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_dirs.config))


@pytest.fixture
def settings() -> AppSettings:
    return AppSettings()


@pytest.fixture
def locked_session(vault_dir: Path) -> Iterator[VaultSession]:
    """A session over an existing vault that nobody has unlocked yet."""
    session = VaultSession(vault_dir)
    yield session
    session.lock()


@pytest.fixture
def gui_session(locked_session: VaultSession) -> VaultSession:
    """The same session, unlocked (as the unlock screen would leave it)."""
    from tests.gui.helpers import unlock_session  # imported once the rewrite is registered

    unlock_session(locked_session)
    return locked_session


@pytest.fixture(scope="session")
def gui_coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second party's vault, with keys of its own (a copied vault keeps its keys), under
    the test passphrase, so `unlock_session` opens it too."""
    folder = tmp_path_factory.mktemp("coordinator-template") / "vault"
    Vault.create(folder, PASSPHRASE, "Coordinator C", kdf=KDF_FLOOR)[0].close()
    return folder


@pytest.fixture
def coordinator_session(gui_coordinator_template: Path, tmp_path: Path) -> Iterator[VaultSession]:
    """The coordinator's vault, unlocked in a session of its own."""
    from tests.gui.helpers import unlock_session

    folder = tmp_path / "coordinator"
    shutil.copytree(gui_coordinator_template, folder)
    session = VaultSession(folder)
    unlock_session(session)
    yield session
    session.lock()


@pytest.fixture
def hearing_id(hearing: Hearing) -> str:
    """A remote hearing in Minsk (tests.layers), seen through the GUI's own session."""
    return hearing.id


@pytest.fixture(scope="module")
def demo_template(
    vault_template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, DemoIds]:
    """The test vault with the fictional demo trial (monitor_app.demo.trial), once per module."""
    from tests.gui.helpers import fill_demo

    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(vault_template[0], folder)
    return folder, fill_demo(folder)


@pytest.fixture
def demo(demo_template: tuple[Path, DemoIds], tmp_path: Path) -> tuple[Path, DemoIds]:
    """A copy of the demo vault of this test's own (and of its inbox, beside it), and the
    demo's record ids."""
    from tests.gui.helpers import INBOX

    folder = tmp_path / "vault"
    shutil.copytree(demo_template[0], folder)
    shutil.copytree(demo_template[0].parent / INBOX, tmp_path / INBOX)
    return folder, demo_template[1]


@pytest.fixture
def open_demo(
    qtbot: QtBot, qapp: QApplication, demo: tuple[Path, DemoIds]
) -> Iterator[Callable[[str], QWidget]]:
    """Opens a screen of the demo vault by name (tests.gui.helpers.SCREENS) and returns its
    window; every vault opened is locked after the test."""
    from tests.gui.helpers import open_screen

    folder, ids = demo
    opened = []

    def open_(name: str) -> QWidget:
        screen = open_screen(qapp, folder, ids, name)
        qtbot.addWidget(screen.main)
        opened.append(screen.main)
        return screen.window

    yield open_
    for main in opened:
        main.session.lock()


@pytest.fixture
def coordinator_gui(coordinator: Vault, watched: Watched) -> Iterator[VaultSession]:
    """The coordinator's vault, with one trial two observers watched imported
    (tests.coordination_scene), in a GUI session."""
    session = VaultSession(coordinator.folder)
    session.open_unlocked(coordinator)
    yield session
    session.lock()
