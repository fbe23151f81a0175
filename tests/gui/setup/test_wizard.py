"""The setup wizard, driven through its real widgets: a vault is created on disk, its
recovery code is handed over once and confirmed, and the session ends up unlocked.

Each creation calibrates Argon2id for real (~1.5 s), so only two tests create a vault.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.vault.passwords import MIN_PASSPHRASE_CHARS
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.recovery_code import CodeHandover
from monitor_app.gui.setup.wizard import VAULT_SUBFOLDER, SetupWizard
from tests.gui.helpers import (
    SLOW,
    MessageBoxAnswer,
    child,
    click,
    shown,
    shown_code,
    type_into,
    type_text,
)

MakeWizard = Callable[[Path], tuple[SetupWizard, VaultSession]]  # a wizard over a folder
NEW_PASSPHRASE = "quiet river under paper lanterns"


@pytest.fixture
def wizard_at(qtbot: QtBot, settings: AppSettings) -> MakeWizard:
    def make(folder: Path) -> tuple[SetupWizard, VaultSession]:
        session = VaultSession(folder)
        return shown(qtbot, SetupWizard(session, settings), (900, 700)), session

    return make


def fill_name_and_passphrase(qtbot: QtBot, wizard: SetupWizard) -> None:
    type_into(qtbot, wizard, "nameEdit", "Observer B", enter=True)
    type_into(qtbot, wizard, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, wizard, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    assert wizard.pages.currentWidget() is wizard.folder_page


def create_and_wait(qtbot: QtBot, wizard: SetupWizard) -> CodeHandover:
    click(qtbot, wizard, "nextButton")  # "Create vault"
    assert child(wizard, QWidget, "createBusy").isVisible()
    qtbot.waitUntil(lambda: wizard.handover is not None, timeout=SLOW)
    assert wizard.handover is not None
    return wizard.handover


LONG_NAME = "Aigerim Nurlanovna Observer"
# The examples and the display name, each with the reason the wizard gives.
REFUSED = {
    "password1234": "most common passwords",
    "qwerty123456": "most common passwords",
    "P@ssw0rd2024": "most common passwords",
    "йцукен123456": "most common passwords",  # noqa: RUF001 (Cyrillic)
    "алматы2024": "shorter than",  # noqa: RUF001 (Cyrillic)
    "алматы123456": "common word or place name",  # noqa: RUF001 (Cyrillic)
    LONG_NAME: "your display name",
}


def test_wizard_refuses_guessable_passphrases_with_the_reason(
    qtbot: QtBot, tmp_path: Path, wizard_at: MakeWizard
) -> None:
    folder = tmp_path / "v"
    wizard, _session = wizard_at(folder)
    type_into(qtbot, wizard, "nameEdit", LONG_NAME, enter=True)
    meter = child(wizard, QLabel, "strengthLabel")
    error = child(wizard, QLabel, "passphraseError")
    new, repeat = wizard.passphrase_form.edit, wizard.passphrase_form.repeat
    for passphrase, reason in REFUSED.items():
        # The meter gives the verdict while typing, the same as Next then gives.
        new.clear()
        type_text(new, passphrase)  # Cyrillic too, key by key
        assert meter.text().startswith("Not accepted.")
        assert reason in meter.text()
        repeat.clear()
        type_text(repeat, passphrase)
        qtbot.keyClick(repeat, Qt.Key.Key_Return)
        assert error.isVisible()
        assert reason in error.text()
        assert wizard.pages.currentWidget() is wizard.passphrase_page
    type_into(qtbot, wizard, "newPassphraseEdit", NEW_PASSPHRASE)
    assert meter.text().startswith("Accepted.")
    type_into(qtbot, wizard, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    assert wizard.pages.currentWidget() is wizard.folder_page
    assert not folder.exists()


def test_wizard_creates_a_vault_and_finish_unlocks_it(
    qtbot: QtBot, tmp_path: Path, wizard_at: MakeWizard
) -> None:
    folder = tmp_path / "v"
    wizard, session = wizard_at(folder)

    # No name: refused with a message.
    click(qtbot, wizard, "nextButton")
    assert child(wizard, QLabel, "nameError").isVisible()
    assert wizard.pages.currentWidget() is wizard.name_page
    type_into(qtbot, wizard, "nameEdit", "Observer B", enter=True)
    assert wizard.pages.currentWidget() is wizard.passphrase_page

    # Too short, then not the same twice: refused, with the reason, and nothing created.
    short = "x" * (MIN_PASSPHRASE_CHARS - 1)
    type_into(qtbot, wizard, "newPassphraseEdit", short)
    assert "shorter than" in child(wizard, QLabel, "strengthLabel").text()
    type_into(qtbot, wizard, "repeatPassphraseEdit", short, enter=True)
    error = child(wizard, QLabel, "passphraseError")
    assert error.isVisible()
    assert str(MIN_PASSPHRASE_CHARS) in error.text()
    assert wizard.pages.currentWidget() is wizard.passphrase_page
    type_into(qtbot, wizard, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, wizard, "repeatPassphraseEdit", NEW_PASSPHRASE + "!", enter=True)
    assert "not the same" in error.text()
    assert child(wizard, QLineEdit, "repeatPassphraseEdit").text() == ""
    assert wizard.pages.currentWidget() is wizard.passphrase_page
    assert not folder.exists()

    type_into(qtbot, wizard, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    assert wizard.pages.currentWidget() is wizard.folder_page
    assert str(folder) in child(wizard, QLabel, "folderPath").text()

    handover = create_and_wait(qtbot, wizard)
    assert (folder / DB_FILENAME).is_file()
    assert not session.is_unlocked
    assert child(wizard, QLineEdit, "newPassphraseEdit").text() == ""  # not kept around
    finish = child(handover, QPushButton, "finishButton")

    # The confirm step refuses a wrong group and accepts the right one.
    confirm = handover.confirm
    code = shown_code(confirm)
    click(qtbot, confirm, "writtenDownButton")
    first, second = confirm.asked_groups
    wrong = "ZZZZ" if code.split("-")[first - 1] != "ZZZZ" else "YYYY"
    type_into(qtbot, confirm, "confirmGroupEdit1", wrong)
    type_into(qtbot, confirm, "confirmGroupEdit2", code.split("-")[second - 1])
    status = child(confirm, QLabel, "confirmStatus")
    assert status.isVisible()
    assert str(first) in status.text()
    assert not confirm.is_confirmed
    assert not finish.isEnabled()
    with qtbot.waitSignal(confirm.confirmed):
        type_into(qtbot, confirm, "confirmGroupEdit1", code.split("-")[first - 1])
    assert finish.isEnabled()

    with qtbot.waitSignal(session.unlocked):
        click(qtbot, handover, "finishButton")
    assert session.is_unlocked
    assert session.vault.display_name == "Observer B"
    session.lock()

    # The code on the screen is the vault's real recovery code.
    with Vault.open(folder) as vault:
        vault.recover(code, "another long passphrase")
        assert vault.display_name == "Observer B"


def test_leaving_at_the_code_step_asks_first_and_keeps_the_vault(
    qtbot: QtBot, tmp_path: Path, wizard_at: MakeWizard
) -> None:
    wizard, session = wizard_at(tmp_path / "default")
    fill_name_and_passphrase(qtbot, wizard)
    # A folder that holds other files gets the vault in a folder of its own.
    chosen = tmp_path / "documents"
    chosen.mkdir()
    (chosen / "letter.txt").write_text("unrelated")
    wizard.set_folder(chosen)
    folder = chosen / VAULT_SUBFOLDER
    assert str(folder) in child(wizard, QLabel, "folderPath").text()

    create_and_wait(qtbot, wizard)
    assert (folder / DB_FILENAME).is_file()
    assert session.folder == folder
    assert AppSettings().vault_folder() == folder  # the next start looks there
    assert chosen.stat().st_mode & 0o777 != 0o700  # the user's folder was left alone

    stay = MessageBoxAnswer("stayButton")
    wizard.close()
    assert stay.texts
    assert "not confirmed" in stay.texts[0]
    assert wizard.isVisible()  # stayed

    leave = MessageBoxAnswer("leaveButton")
    wizard.close()
    assert leave.texts
    assert not wizard.isVisible()
    assert not session.is_unlocked
    assert VaultSession(AppSettings().vault_folder()).vault_exists
    with Vault.open(folder) as vault:  # what the next start's unlock screen will do
        vault.unlock(NEW_PASSPHRASE)
        assert vault.display_name == "Observer B"


def test_an_existing_vault_is_offered_for_unlocking_instead(
    qtbot: QtBot,
    tmp_path: Path,
    vault_dir: Path,
    wizard_at: MakeWizard,
) -> None:
    wizard, session = wizard_at(tmp_path / "elsewhere")
    fill_name_and_passphrase(qtbot, wizard)
    wizard.set_folder(vault_dir)
    assert "already a vault" in child(wizard, QLabel, "folderNotice").text()
    assert not child(wizard, QPushButton, "nextButton").isEnabled()  # no second vault there
    with qtbot.waitSignal(session.locked):
        click(qtbot, wizard, "useExistingButton")
    assert session.folder == vault_dir
    assert AppSettings().vault_folder() == vault_dir


def test_a_vault_on_a_drive_connected_late_is_found(
    qtbot: QtBot,
    tmp_path: Path,
    vault_dir: Path,
    wizard_at: MakeWizard,
) -> None:
    folder = tmp_path / "usb" / "vault"
    wizard, session = wizard_at(folder)
    notice = child(wizard, QLabel, "missingVaultNotice")
    assert notice.isVisible()
    assert str(folder) in notice.text()
    click(qtbot, wizard, "lookAgainButton")  # still not there: nothing happens
    assert wizard.pages.currentWidget() is wizard.name_page
    shutil.copytree(vault_dir, folder)
    with qtbot.waitSignal(session.locked):
        click(qtbot, wizard, "lookAgainButton")
