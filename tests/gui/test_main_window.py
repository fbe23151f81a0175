"""The whole app as a user meets it: first run, unlock, lock by shortcut and by idle time,
and the Russian UI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.app import build
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.setup.unlock import UnlockPage
from monitor_app.gui.setup.wizard import SetupWizard
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import CATALOGUES, messages, shown
from tests.layers import PASSPHRASE

SECRET_TITLE = "Prosecutor v. Secret-Title-Kestrel"


@pytest.fixture
def vault_with_trial(vault_dir: Path) -> Path:
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        Notebook(vault).add_trial(SECRET_TITLE, country="BY")
    return vault_dir


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, vault_with_trial: Path) -> Iterator[MainWindow]:
    main = shown(qtbot, build(qapp, vault_with_trial), exposed=True)
    yield main
    main.session.lock()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    page = window.pages.currentWidget()
    assert isinstance(page, UnlockPage)
    edit = page.findChild(QLineEdit, "passphraseEdit")
    assert edit is not None
    edit.setText(passphrase)
    qtbot.mouseClick(page.findChild(QAbstractButton, "unlockButton"), Qt.MouseButton.LeftButton)


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


def test_first_run_shows_the_setup_wizard(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    main = build(qapp, tmp_path / "new-vault")
    qtbot.addWidget(main)
    assert isinstance(main.pages.currentWidget(), SetupWizard)


def test_unlock_wrong_then_right_then_panic_lock(qtbot: QtBot, window: MainWindow) -> None:
    assert isinstance(window.pages.currentWidget(), UnlockPage)
    unlock(qtbot, window, "not the passphrase at all")
    page = window.pages.currentWidget()
    error = page.findChild(QLabel, "unlockError")
    assert error is not None
    qtbot.waitUntil(lambda: bool(error.text()), timeout=10_000)
    assert not window.session.is_unlocked

    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), WorkspacePage), timeout=10_000)
    assert any(SECRET_TITLE in text for text in _model_texts(window))
    assert window.windowTitle() == "Trial Monitor"

    with qtbot.waitSignal(window.session.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert isinstance(window.pages.currentWidget(), UnlockPage)
    qtbot.waitUntil(lambda: not window.findChildren(WorkspacePage))
    assert not any(SECRET_TITLE in text for text in visible_texts(window))
    assert not any(SECRET_TITLE in text for text in _model_texts(window))


def test_idle_time_locks_the_vault(qtbot: QtBot, window: MainWindow) -> None:
    assert window.idle_lock is not None
    window.idle_lock.set_minutes(0.002)  # 120 ms
    # Both signals are awaited together: polling for "unlocked" could miss it when a busy
    # machine lets the 120 ms pass between two polls.
    session = window.session
    with qtbot.waitSignals([session.unlocked, session.locked], order="strict", timeout=10_000):
        unlock(qtbot, window, PASSPHRASE)
    assert isinstance(window.pages.currentWidget(), UnlockPage)


def test_russian_ui_has_no_english_left(
    qtbot: QtBot, qapp: QApplication, vault_with_trial: Path
) -> None:
    # English sources whose translation differs (brand names such as "Trial Monitor" stay).
    english = {
        source
        for (_, source), message in messages(CATALOGUES[0]).items()
        if message.findtext("translation") != source
    }
    AppSettings().language = "ru"
    main = shown(qtbot, build(qapp, vault_with_trial))
    try:
        leftovers = [t for t in visible_texts(main) if t in english]
        unlock(qtbot, main, PASSPHRASE)
        qtbot.waitUntil(
            lambda: isinstance(main.pages.currentWidget(), WorkspacePage), timeout=10_000
        )
        leftovers += [t for t in visible_texts(main) if t in english]
        workspace = main.workspace
        assert workspace is not None
        notebook = main.session.notebook
        trial = notebook.list_trials()[0]
        hearing = notebook.add_hearing(trial.id, datetime.now(UTC), "remote", "Europe/Minsk")
        workspace.refresh()
        workspace.select(trial.id, hearing.id)
        leftovers += [t for t in visible_texts(main) if t in english]
        workspace.enter_live_mode(hearing.id)
        leftovers += [t for t in visible_texts(main) if t in english]
        assert leftovers == []
    finally:
        main.session.lock()
        _remove_translators(qapp)


def test_no_command_starts_the_desktop_app(vault_with_trial: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor_app", "--vault", str(vault_with_trial)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Still running after a while means the event loop is up and waiting for the user.
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=4)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    assert "Traceback" not in err


def _model_texts(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                value = model.data(model.index(row, column))
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _remove_translators(app: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
