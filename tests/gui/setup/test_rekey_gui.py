"""Re-keys from the GUI (issue 13): each runs behind a bar that counts the sealed values
re-encrypted, the window stays open until it has answered, and a new recovery code it
brings is handed over. A vault made before recovery slots were recipient slots gets a new
code at its first passphrase change: shown, and the old one refused afterwards."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from monitor_app.core.errors import WrongPassphrase, WrongRecoveryCode
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.recovery_code import RecoveryCodeDialog
from monitor_app.gui.setup.settings_dialog import ChangePassphraseDialog, SettingsDialog
from tests.gui.helpers import (
    SLOW,
    MessageBoxAnswer,
    child,
    click,
    confirm_code,
    shown,
    type_into,
)
from tests.gui.setup.test_settings_dialog import reauth_with
from tests.layers import PASSPHRASE

GOLDEN = Path(__file__).parents[2] / "fixtures" / "vault_v4"  # made before recipient slots
NEW_PASSPHRASE = "lantern orchard copper meadow"


@pytest.fixture
def old_vault_session(tmp_path: Path) -> Iterator[tuple[VaultSession, dict[str, str]]]:
    folder = tmp_path / "vault"
    shutil.copytree(GOLDEN, folder)
    expected = json.loads((folder / "expected.json").read_text())
    session = VaultSession(folder)
    vault = Vault.open(folder)
    vault.unlock(expected["passphrase"])
    session.open_unlocked(vault)
    yield session, expected
    session.lock()


def test_a_passphrase_change_on_an_old_vault_hands_over_its_new_recovery_code(
    qtbot: QtBot, old_vault_session: tuple[VaultSession, dict[str, str]]
) -> None:
    session, expected = old_vault_session
    change = shown(qtbot, ChangePassphraseDialog(session))
    type_into(qtbot, change, "currentPassphraseEdit", expected["passphrase"])
    type_into(qtbot, change, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, change, "repeatPassphraseEdit", NEW_PASSPHRASE)
    click(qtbot, change, "changePassphraseOkButton")
    task = change.busy.task
    assert task is not None
    reports: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: reports.append((done, total)))

    # The re-key runs: the dialog does not close.
    change.reject()
    assert change.isVisible()

    qtbot.waitUntil(lambda: change.handover is not None, timeout=SLOW)
    assert change.handover is not None
    # The bar counted the sealed values, and said so.
    bar = child(change, QProgressBar, "changePassphraseBusy")
    total = reports[-1][1]
    assert total > 0
    assert reports[-1] == (total, total)
    assert bar.text() == f"Re-encrypting the vault: {total} of {total}"

    new_code = confirm_code(qtbot, change.handover)
    with qtbot.waitSignal(change.accepted):
        click(qtbot, change.handover, "finishButton")
    session.lock()

    with Vault.open(session.folder) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(expected["passphrase"])
        with pytest.raises(WrongRecoveryCode):
            vault.recover(expected["recovery_code"], "a third passphrase here")
        vault.recover(new_code, "a third passphrase here")


def test_leaving_an_old_vaults_new_code_unconfirmed_asks_first(
    qtbot: QtBot, old_vault_session: tuple[VaultSession, dict[str, str]]
) -> None:
    session, expected = old_vault_session
    change = shown(qtbot, ChangePassphraseDialog(session))
    type_into(qtbot, change, "currentPassphraseEdit", expected["passphrase"])
    type_into(qtbot, change, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, change, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    qtbot.waitUntil(lambda: change.handover is not None, timeout=SLOW)
    stay = MessageBoxAnswer("stayButton")
    change.reject()
    assert stay.texts
    assert change.isVisible()


def test_a_new_recovery_code_shows_progress_and_the_settings_stay_open_meanwhile(
    qtbot: QtBot, gui_session: VaultSession, settings: AppSettings
) -> None:
    dialog = shown(
        qtbot, SettingsDialog(gui_session, settings, IdleLock(gui_session, 5, gui_session))
    )
    click(qtbot, dialog, "newRecoveryCodeButton")
    reauth = reauth_with(qtbot, dialog, "")
    with qtbot.waitSignal(reauth.verified, timeout=SLOW):
        type_into(qtbot, reauth, "reauthPassphraseEdit", PASSPHRASE, enter=True)
    # The re-key has started (its answer comes back through the event loop, not yet run).
    assert dialog.security_busy.is_busy
    dialog.reject()
    assert dialog.isVisible()
    assert not child(dialog, QProgressBar, "securityBusy").isHidden()
    assert not dialog.close_button.isEnabled()
    assert not dialog.trustees.make_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.findChild(RecoveryCodeDialog) is not None, timeout=SLOW)
    bar = child(dialog, QProgressBar, "securityBusy")
    assert bar.maximum() > 0
    assert bar.text() == f"Re-encrypting the vault: {bar.maximum()} of {bar.maximum()}"
    assert dialog.close_button.isEnabled()
