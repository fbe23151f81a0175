"""The unlock screen and recovery, driven through their real widgets over a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.errors import WrongPassphrase, WrongRecoveryCode
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.setup.unlock import RecoveryDialog, UnlockPage
from tests.gui.helpers import SLOW, child, click, confirm_code, shown, type_into, type_text
from tests.layers import PASSPHRASE

NEW_PASSPHRASE = "seven amber kites over the harbour"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def page(qtbot: QtBot, locked_session: VaultSession) -> UnlockPage:
    return shown(qtbot, UnlockPage(locked_session), (900, 600))


def test_the_right_passphrase_unlocks(
    qtbot: QtBot, page: UnlockPage, locked_session: VaultSession
) -> None:
    edit = child(page, QLineEdit, "passphraseEdit")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    with qtbot.waitSignal(locked_session.unlocked, timeout=SLOW):
        type_into(qtbot, page, "passphraseEdit", PASSPHRASE, enter=True)
        assert edit.text() == ""  # cleared as soon as the attempt starts
        assert child(page, QWidget, "unlockBusy").isVisible()
        assert not edit.isEnabled()
    assert locked_session.is_unlocked
    assert locked_session.vault.display_name == "Observer A"


def test_a_wrong_passphrase_is_refused_inline_and_changes_nothing(
    qtbot: QtBot, page: UnlockPage, locked_session: VaultSession
) -> None:
    before = snapshot(locked_session.folder)
    error = child(page, QLabel, "unlockError")
    edit = child(page, QLineEdit, "passphraseEdit")
    type_into(qtbot, page, "passphraseEdit", PASSPHRASE + "x")
    click(qtbot, page, "unlockButton")
    qtbot.waitUntil(error.isVisible, timeout=SLOW)
    assert "not correct" in error.text()
    assert not locked_session.is_unlocked
    assert edit.text() == ""
    assert edit.isEnabled()
    assert not page.busy.isVisible()
    assert snapshot(locked_session.folder) == before

    # Nothing typed: said at once, no key derivation.
    type_into(qtbot, page, "passphraseEdit", "", enter=True)
    assert error.text() == "Type your passphrase."
    assert not page.busy.is_busy

    # Retyping after a mistake works.
    with qtbot.waitSignal(locked_session.unlocked, timeout=SLOW):
        type_into(qtbot, page, "passphraseEdit", PASSPHRASE, enter=True)


def open_recovery(qtbot: QtBot, page: UnlockPage) -> RecoveryDialog:
    click(qtbot, page, "recoverButton")
    dialog = page.findChild(RecoveryDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def fill_recovery(qtbot: QtBot, dialog: RecoveryDialog, code: str) -> None:
    type_into(qtbot, dialog, "recoveryCodeEdit", code)
    type_into(qtbot, dialog, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, dialog, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)


def test_recovery_sets_a_new_passphrase_and_retires_the_old_code(
    qtbot: QtBot, page: UnlockPage, locked_session: VaultSession, recovery_code: str
) -> None:
    dialog = open_recovery(qtbot, page)
    error = child(dialog, QLabel, "recoveryError")

    # Not even shaped like a code: said at once.
    fill_recovery(qtbot, dialog, "ABCD-EFGH")
    assert "8 groups of 4" in error.text()
    assert not dialog.busy.is_busy

    # Shaped like one, but not this vault's.
    wrong = (
        "-".join(["ZZZZ"] * 8) if not recovery_code.startswith("ZZZZ") else "-".join(["YYYY"] * 8)
    )
    fill_recovery(qtbot, dialog, wrong)
    qtbot.waitUntil(error.isVisible, timeout=SLOW)
    assert "does not open" in error.text()
    assert dialog.handover is None

    # The real code, typed sloppily (lower case, spaces): accepted.
    fill_recovery(qtbot, dialog, recovery_code.lower().replace("-", " "))
    qtbot.waitUntil(lambda: dialog.handover is not None, timeout=SLOW)
    assert dialog.handover is not None
    assert not locked_session.is_unlocked  # not before the new code is handed over
    new_code = confirm_code(qtbot, dialog.handover)
    assert new_code != recovery_code
    with qtbot.waitSignal(locked_session.unlocked):
        click(qtbot, dialog.handover, "finishButton")
    assert locked_session.is_unlocked
    locked_session.lock()

    with Vault.open(locked_session.folder) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock(NEW_PASSPHRASE)
        with pytest.raises(WrongRecoveryCode):
            vault.recover(recovery_code, "yet another passphrase")


def test_recovery_refuses_a_guessable_passphrase_before_trying_the_code(
    qtbot: QtBot, page: UnlockPage, recovery_code: str
) -> None:
    dialog = open_recovery(qtbot, page)
    type_into(qtbot, dialog, "recoveryCodeEdit", recovery_code)
    for weak in ("password1234", "йцукен123456"):  # noqa: RUF001 (Cyrillic)
        for edit in (dialog.form.edit, dialog.form.repeat):
            edit.clear()
            type_text(edit, weak)  # Cyrillic too, key by key
        assert "most common passwords" in child(dialog, QLabel, "strengthLabel").text()
        qtbot.keyClick(dialog.form.repeat, Qt.Key.Key_Return)
        error = child(dialog, QLabel, "passphraseError")
        assert error.isVisible()
        assert "not accepted" in error.text()
        assert not dialog.busy.is_busy
        assert dialog.handover is None


def test_cancelling_recovery_changes_nothing(
    qtbot: QtBot, page: UnlockPage, locked_session: VaultSession
) -> None:
    before = snapshot(locked_session.folder)
    dialog = open_recovery(qtbot, page)
    type_into(qtbot, dialog, "recoveryCodeEdit", "ABCD")
    click(qtbot, dialog, "recoveryCancelButton")
    qtbot.waitUntil(lambda: page.findChild(RecoveryDialog) is None)
    assert not locked_session.is_unlocked
    assert snapshot(locked_session.folder) == before
