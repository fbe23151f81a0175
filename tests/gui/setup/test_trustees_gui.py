"""Trustee shares in the GUI (issue 13): made 2 of 3 in the settings and handed over one at
a time, each sheet printed (a PDF read back by poppler's pdftotext) or saved as text; then
on the unlock screen any two, typed, restore access, a wrong or mixed share is refused with
its reason and what was typed kept; removing the shares takes the way in off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from monitor_app.core.errors import WrongPassphrase
from monitor_app.core.vault import trustee_shares
from monitor_app.core.vault.trustee_sheets import numbered_word_lines, share_from_sheet
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.reauth import ReauthDialog
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.setup.settings_dialog import SettingsDialog
from monitor_app.gui.setup.share_recovery import ShareRecoveryDialog
from monitor_app.gui.setup.trustees_dialog import MakeSharesDialog, SharesHandoverDialog
from monitor_app.gui.setup.unlock import UnlockPage
from tests.gui.helpers import (
    SLOW,
    MessageBoxAnswer,
    child,
    click,
    confirm_code,
    shown,
    tick,
    type_into,
)
from tests.layers import PASSPHRASE
from tests.pdf_text import needs_pdftotext, pdf_text

NEW_PASSPHRASE = "seven amber kites over the harbour"


@pytest.fixture
def dialog(qtbot: QtBot, gui_session: VaultSession, settings: AppSettings) -> SettingsDialog:
    return shown(
        qtbot, SettingsDialog(gui_session, settings, IdleLock(gui_session, 5, gui_session))
    )


def _shown_words(handover: SharesHandoverDialog) -> str:
    """The share on screen, word by word as the trustee would copy it."""
    assert handover.words is not None
    return " ".join(
        child(handover.words, QLabel, f"shareWord{n}").text()
        for n in range(1, trustee_shares.SHARE_WORDS + 1)
    )


def _make_shares(qtbot: QtBot, dialog: SettingsDialog) -> SharesHandoverDialog:
    assert "No trustee shares" in child(dialog, QLabel, "trusteeStatusLabel").text()
    assert not child(dialog, QPushButton, "removeSharesButton").isEnabled()
    click(qtbot, dialog, "makeSharesButton")
    make = dialog.findChild(MakeSharesDialog)
    assert make is not None
    assert child(make, QSpinBox, "shareCountSpin").value() == 3
    assert child(make, QSpinBox, "shareThresholdSpin").value() == 2

    # A wrong passphrase: refused inline, nothing made.
    type_into(qtbot, make, "sharesPassphraseEdit", PASSPHRASE + "x", enter=True)
    error = child(make, QLabel, "makeSharesError")
    qtbot.waitUntil(error.isVisible, timeout=SLOW)
    assert "not correct" in error.text()
    assert not dialog.session.vault.has_trustee_shares()

    type_into(qtbot, make, "sharesPassphraseEdit", PASSPHRASE, enter=True)
    make.reject()  # the re-key runs: the dialog stays
    assert make.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(SharesHandoverDialog) is not None, timeout=SLOW)
    handover = dialog.findChild(SharesHandoverDialog)
    assert handover is not None
    return handover


def _hand_over(qtbot: QtBot, handover: SharesHandoverDialog, tmp_path: Path) -> list[str]:
    status = handover.status
    shares = []
    for number in (1, 2, 3):
        assert child(handover, QLabel, "shareTitle").text() == f"Share {number} of 3"
        assert status.fingerprint in child(handover, QLabel, "shareFacts").text()
        shares.append(_shown_words(handover))
        next_button = child(handover, QPushButton, "nextShareButton")
        assert not next_button.isEnabled()  # not before it is handed over
        saved = tmp_path / f"share-{number}.txt"
        assert handover.save_text_to(saved)
        # What `trial-monitor recover --share-file` reads from it: the share's words.
        read_back = share_from_sheet(saved.read_text(encoding="utf-8"))
        assert trustee_shares.share_words(read_back, 1) == shares[-1].split()
        tick(qtbot, handover, "shareHandedOverCheck")
        if number < 3:
            click(qtbot, handover, "nextShareButton")
    assert len(set(shares)) == 3
    with qtbot.waitSignal(handover.accepted):
        click(qtbot, handover, "nextShareButton")
    return shares


def test_shares_made_in_the_settings_restore_access_on_the_unlock_screen(
    qtbot: QtBot, dialog: SettingsDialog, locked_session: VaultSession, tmp_path: Path
) -> None:
    session = dialog.session
    handover = _make_shares(qtbot, dialog)
    shares = _hand_over(qtbot, handover, tmp_path)
    status = session.vault.trustee_status()
    assert status is not None
    assert (status.threshold, status.count) == (2, 3)
    text = child(dialog, QLabel, "trusteeStatusLabel").text()
    assert "Any 2 of 3 shares" in text
    assert status.fingerprint in text
    assert child(dialog, QPushButton, "removeSharesButton").isEnabled()
    session.lock()

    page = shown(qtbot, UnlockPage(locked_session), (900, 600))
    click(qtbot, page, "shareRecoverButton")
    recovery = page.findChild(ShareRecoveryDialog)
    assert recovery is not None
    title = child(recovery, QLabel, "shareNumberLabel")
    error = child(recovery, QLabel, "shareError")

    # Share 1, typed as on its sheet (numbered, four to a line): how many are needed is
    # learnt from it.
    first = child(recovery, QPlainTextEdit, "shareEdit1")
    for line in numbered_word_lines(shares[0]):
        qtbot.keyClicks(first, line)
        qtbot.keyClick(first, Qt.Key.Key_Return)  # a new line in the box, not "Next"
    assert title.text() == "Share 1"
    click(qtbot, recovery, "shareNextButton")
    assert title.text() == "Share 2 of 2"

    # Refused with its reason, and what was typed stays to be corrected: the same share
    # again, a share of another set, a word that is not a share word.
    second = child(recovery, QPlainTextEdit, "shareEdit2")
    other_set = trustee_shares.make_shares(trustee_shares.new_secret(), 2, 3)[0]
    misspelt = shares[2].split()
    misspelt[4] = "zzzz"
    for typed, reason in (
        (shares[0], "Share 2 is the same share as share 1"),
        (other_set, "Share 2 belongs to a different set of shares than share 1"),
        (" ".join(misspelt), "Share 2: word 5 is not a share word"),
    ):
        second.clear()
        qtbot.keyClicks(second, typed)
        click(qtbot, recovery, "shareNextButton")
        assert error.isVisible()
        assert reason in error.text()
        assert second.toPlainText() == typed
        assert title.text() == "Share 2 of 2"

    second.clear()
    qtbot.keyClicks(second, shares[2].upper())  # share 3; case is forgiven
    click(qtbot, recovery, "shareNextButton")
    assert recovery.pages.currentWidget() is recovery.passphrase_page

    type_into(qtbot, recovery, "newPassphraseEdit", NEW_PASSPHRASE)
    type_into(qtbot, recovery, "repeatPassphraseEdit", NEW_PASSPHRASE, enter=True)
    recovery.reject()  # the re-key runs: the dialog stays
    assert recovery.isVisible()
    qtbot.waitUntil(lambda: recovery.handover is not None, timeout=SLOW)
    assert recovery.handover is not None
    assert recovery.busy.maximum() > 0  # the bar counted the values re-encrypted
    confirm_code(qtbot, recovery.handover)
    with qtbot.waitSignal(locked_session.unlocked):
        click(qtbot, recovery.handover, "finishButton")
    assert locked_session.is_unlocked
    qtbot.waitUntil(lambda: page.findChild(ShareRecoveryDialog) is None)  # closed, deleted
    locked_session.lock()

    with Vault.open(locked_session.folder) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock(NEW_PASSPHRASE)


@needs_pdftotext
def test_a_printed_sheet_names_its_share_and_set_and_lists_its_words(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    made = gui_session.vault.make_trustee_shares(PASSPHRASE)
    handover = shown(qtbot, SharesHandoverDialog(gui_session, made))
    tick(qtbot, handover, "shareHandedOverCheck")
    click(qtbot, handover, "nextShareButton")
    target = tmp_path / "sheet.pdf"
    assert handover.print_to(target)
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdf_text(target)
    assert "Trustee share 2 of 3" in text
    assert "any 2 of the 3 shares" in text
    assert made.status.fingerprint in text
    words = made.shares[1].split()
    printed = text.split()
    for number, word in enumerate(words, start=1):
        assert f"{number}." in printed
        assert word in printed

    # Leaving before every share is handed over asks first.
    stay = MessageBoxAnswer("cancelButton")
    handover.reject()
    qtbot.waitUntil(lambda: bool(stay.texts))
    assert "Not every share has been handed over." in stay.texts
    assert handover.isVisible()
    gui_session.lock()  # a lock closes it without asking
    assert not handover.isVisible()


def test_removing_the_shares_takes_the_way_in_off_the_unlock_screen(
    qtbot: QtBot, dialog: SettingsDialog, locked_session: VaultSession
) -> None:
    session = dialog.session
    session.vault.make_trustee_shares(PASSPHRASE)
    dialog.trustees.show_status()
    page = shown(qtbot, UnlockPage(locked_session), (900, 600))
    button = child(page, QPushButton, "shareRecoverButton")
    page.hide()
    page.show()
    assert button.isVisible()

    click(qtbot, dialog, "removeSharesButton")
    reauth = dialog.findChild(ReauthDialog)
    assert reauth is not None
    type_into(qtbot, reauth, "reauthPassphraseEdit", PASSPHRASE, enter=True)
    status = child(dialog, QLabel, "trusteeStatusLabel")
    qtbot.waitUntil(lambda: "No trustee shares" in status.text(), timeout=SLOW)
    assert "no longer work" in child(dialog, QLabel, "trusteesMessage").text()
    assert not child(dialog, QPushButton, "removeSharesButton").isEnabled()
    assert not session.vault.has_trustee_shares()

    page.hide()
    page.show()
    assert not button.isVisible()
