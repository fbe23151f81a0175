"""The settings dialog: security changes ask for the passphrase again and then really apply;
language and display name; a lock closes it. Also the blocking `ask_passphrase` and About."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from monitor_app import __version__
from monitor_app.core.errors import WrongPassphrase, WrongRecoveryCode
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.about import show_about
from monitor_app.gui.common.reauth import ReauthDialog, ask_passphrase
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.recovery_code import RecoveryCodeDialog
from monitor_app.gui.setup.settings_dialog import ChangePassphraseDialog, SettingsDialog
from tests.gui.helpers import (
    SLOW,
    MessageBoxAnswer,
    WhenModal,
    child,
    click,
    confirm_code,
    shown,
    type_into,
)
from tests.layers import PASSPHRASE

NEW_PASSPHRASE = "lantern orchard copper meadow"


@pytest.fixture
def idle_lock(gui_session: VaultSession) -> IdleLock:
    return IdleLock(gui_session, 5, parent=gui_session)


@pytest.fixture
def dialog(
    qtbot: QtBot, gui_session: VaultSession, settings: AppSettings, idle_lock: IdleLock
) -> SettingsDialog:
    return shown(qtbot, SettingsDialog(gui_session, settings, idle_lock))


def reauth_with(qtbot: QtBot, parent: SettingsDialog, passphrase: str) -> ReauthDialog:
    """Answer the re-authentication dialog that ``parent`` has just opened."""
    reauth = parent.findChild(ReauthDialog)
    assert reauth is not None
    assert reauth.isVisible()
    type_into(qtbot, reauth, "reauthPassphraseEdit", passphrase, enter=True)
    return reauth


def test_autolock_change_needs_the_passphrase(
    qtbot: QtBot, dialog: SettingsDialog, settings: AppSettings, idle_lock: IdleLock
) -> None:
    spin = child(dialog, QSpinBox, "autolockSpin")
    assert spin.value() == 5
    spin.setValue(7)

    # A wrong passphrase: refused inline, nothing applied, the dialog stays for a retry.
    click(qtbot, dialog, "autolockApplyButton")
    reauth = reauth_with(qtbot, dialog, PASSPHRASE + "x")
    error = child(reauth, QLabel, "reauthError")
    qtbot.waitUntil(error.isVisible, timeout=SLOW)
    assert "not correct" in error.text()
    assert reauth.isVisible()
    assert settings.autolock_minutes == 5
    assert idle_lock.minutes == 5

    # The right one: applied to the settings and to the running idle lock.
    with qtbot.waitSignal(reauth.verified, timeout=SLOW):
        type_into(qtbot, reauth, "reauthPassphraseEdit", PASSPHRASE, enter=True)
    assert settings.autolock_minutes == 7
    assert AppSettings().autolock_minutes == 7  # saved, not just remembered
    assert idle_lock.minutes == 7
    assert "7 minute" in child(dialog, QLabel, "securityStatus").text()
    assert not child(dialog, QLabel, "securityStatus").text().count("%n")


def test_locking_during_a_live_hearing_is_a_setting_off_by_default(
    qtbot: QtBot, dialog: SettingsDialog, settings: AppSettings, idle_lock: IdleLock
) -> None:
    check = child(dialog, QCheckBox, "lockWhileLiveCheck")
    assert not check.isChecked()
    assert not settings.lock_while_live
    check.setChecked(True)
    click(qtbot, dialog, "autolockApplyButton")
    reauth = dialog.findChild(ReauthDialog)
    assert reauth is not None
    with qtbot.waitSignal(reauth.verified, timeout=SLOW):
        type_into(qtbot, reauth, "reauthPassphraseEdit", PASSPHRASE, enter=True)
    assert settings.lock_while_live
    assert AppSettings().lock_while_live  # saved
    assert idle_lock.lock_while_live  # and applied to the running idle lock


def test_cancelling_the_passphrase_question_reverts_the_autolock_time(
    qtbot: QtBot, dialog: SettingsDialog, settings: AppSettings
) -> None:
    spin = child(dialog, QSpinBox, "autolockSpin")
    spin.setValue(30)
    click(qtbot, dialog, "autolockApplyButton")
    reauth = dialog.findChild(ReauthDialog)
    assert reauth is not None
    click(qtbot, reauth, "reauthCancelButton")
    assert spin.value() == 5
    assert settings.autolock_minutes == 5


def test_change_passphrase(qtbot: QtBot, dialog: SettingsDialog, gui_session: VaultSession) -> None:
    click(qtbot, dialog, "changePassphraseButton")
    change = dialog.findChild(ChangePassphraseDialog)
    assert change is not None
    error = child(change, QLabel, "changePassphraseError")

    # A guessable one is refused before anything runs, with the reason.
    type_into(qtbot, change, "newPassphraseEdit", "P@ssw0rd2024")
    type_into(qtbot, change, "repeatPassphraseEdit", "P@ssw0rd2024")
    type_into(qtbot, change, "currentPassphraseEdit", PASSPHRASE, enter=True)
    assert "most common passwords" in child(change, QLabel, "passphraseError").text()
    assert not change.busy.is_busy

    type_into(qtbot, change, "currentPassphraseEdit", "not the passphrase")
    type_into(qtbot, change, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, change, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    qtbot.waitUntil(error.isVisible, timeout=SLOW)
    assert "not correct" in error.text()
    assert change.isVisible()

    type_into(qtbot, change, "currentPassphraseEdit", PASSPHRASE)
    type_into(qtbot, change, "repeatPassphraseEdit", NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted, timeout=SLOW):
        click(qtbot, change, "changePassphraseOkButton")
    assert "changed" in child(dialog, QLabel, "securityStatus").text()
    assert gui_session.is_unlocked  # still working, with the same notebook

    with Vault.open(gui_session.folder) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock(NEW_PASSPHRASE)


def test_new_recovery_code(
    qtbot: QtBot, dialog: SettingsDialog, gui_session: VaultSession, recovery_code: str
) -> None:
    click(qtbot, dialog, "newRecoveryCodeButton")
    reauth_with(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.findChild(RecoveryCodeDialog) is not None, timeout=SLOW)
    code_dialog = dialog.findChild(RecoveryCodeDialog)
    assert code_dialog is not None
    new_code = confirm_code(qtbot, code_dialog.handover)
    with qtbot.waitSignal(code_dialog.accepted):
        click(qtbot, code_dialog.handover, "finishButton")
    assert "confirmed" in child(dialog, QLabel, "securityStatus").text()

    with Vault.open(gui_session.folder) as vault:
        with pytest.raises(WrongRecoveryCode):
            vault.recover(recovery_code, NEW_PASSPHRASE)
        vault.recover(new_code, NEW_PASSPHRASE)


def test_closing_an_unconfirmed_code_asks_first(qtbot: QtBot, dialog: SettingsDialog) -> None:
    code_dialog = RecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "Done.", dialog)
    code_dialog.open()
    stay = MessageBoxAnswer("stayButton")
    code_dialog.reject()
    assert stay.texts
    assert code_dialog.isVisible()
    leave = MessageBoxAnswer("leaveButton")
    code_dialog.reject()
    assert leave.texts
    assert not code_dialog.isVisible()


def test_language_and_display_name(
    qtbot: QtBot, dialog: SettingsDialog, gui_session: VaultSession, settings: AppSettings
) -> None:
    combo = child(dialog, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("ru"))
    assert AppSettings().language == "ru"
    combo.setCurrentIndex(combo.findData(""))
    assert AppSettings().language == ""

    status = child(dialog, QLabel, "displayNameStatus")
    type_into(qtbot, dialog, "displayNameEdit", "   ", enter=True)
    assert status.isVisible()
    assert gui_session.vault.display_name == "Observer A"
    with qtbot.waitSignal(gui_session.records_changed) as changed:
        type_into(qtbot, dialog, "displayNameEdit", "Observer Z", enter=True)
    assert changed.args == ["display_name"]
    assert gui_session.vault.display_name == "Observer Z"
    assert status.text() == "Saved."


def test_a_lock_closes_the_dialog_and_what_it_opened(
    qtbot: QtBot, dialog: SettingsDialog, gui_session: VaultSession
) -> None:
    click(qtbot, dialog, "changePassphraseButton")
    change = dialog.findChild(ChangePassphraseDialog)
    assert change is not None
    assert change.isVisible()
    gui_session.lock()
    assert not dialog.isVisible()
    assert not change.isVisible()


def test_ask_passphrase_returns_the_verified_passphrase(
    qtbot: QtBot, dialog: SettingsDialog, gui_session: VaultSession
) -> None:
    answer = WhenModal(
        ReauthDialog,
        lambda reauth: type_into(qtbot, reauth, "reauthPassphraseEdit", PASSPHRASE, enter=True),
    )
    assert ask_passphrase(dialog, gui_session, "Why we ask.") == PASSPHRASE
    cancel = WhenModal(ReauthDialog, lambda reauth: click(qtbot, reauth, "reauthCancelButton"))
    assert ask_passphrase(dialog, gui_session, "Why we ask.") is None
    assert not answer.timer.isActive()
    assert not cancel.timer.isActive()


def test_about_names_the_version_and_folders(qtbot: QtBot, dialog: SettingsDialog) -> None:
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        box.close()

    about = WhenModal(QMessageBox, read_and_close)
    show_about(dialog, dialog.session.folder)
    assert not about.timer.isActive()
    assert __version__ in texts[0]
    assert str(dialog.session.folder) in texts[0]
