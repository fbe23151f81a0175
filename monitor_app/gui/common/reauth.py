"""Asking for the passphrase again before a security change (`ask_passphrase`,
`ReauthDialog`), and what the unlock and recovery screens share with it: opening the vault
off the UI thread and taking a typed passphrase out of its field.

Every passphrase check derives a key (Argon2id, about half a second), so it runs off the
UI thread. A wrong passphrase is an expected answer, not an error: the workers return
None for it and the screens say so in their own, translated words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from monitor_app.core.errors import WrongPassphrase
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.layout import fit_to_text
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.passphrase import password_edit
from monitor_app.gui.common.progress import DialogFooter
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import buddy_label, paragraph

log = logging.getLogger(__name__)

T = TypeVar("T")


def open_vault_and(
    folder: Path, action: Callable[[Vault], T], refused: type[Exception]
) -> tuple[Vault, T] | None:
    """Open the vault in ``folder`` and do ``action`` with it (unlock, recover); for a worker.

    If ``action`` raises ``refused`` (a wrong passphrase or code) the answer is None; the
    vault is closed again whenever ``action`` fails, so no handle is left open.
    """
    vault = Vault.open(folder)
    try:
        return vault, action(vault)
    except refused:
        vault.close()
        return None
    except BaseException:
        vault.close()
        raise


def unlocked_vault(folder: Path, passphrase: str) -> Vault | None:
    """For a worker: the vault in ``folder`` unlocked, or None if the passphrase is wrong."""
    opened = open_vault_and(folder, lambda v: v.unlock(passphrase), WrongPassphrase)
    return None if opened is None else opened[0]


def take_passphrase(edit: QLineEdit, message: MessageLabel) -> str | None:
    """What was typed in ``edit``, which is emptied at once: a passphrase is not left in a
    field while its key is derived, nor after. None, with a word to the user, if empty."""
    passphrase = edit.text()
    edit.clear()
    if not passphrase:
        message.show_error(QCoreApplication.translate("reauth", "Type your passphrase."))
        edit.setFocus()
        return None
    message.clear_message()
    return passphrase


def wrong_passphrase_text() -> str:
    return QCoreApplication.translate(
        "reauth",
        "That passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.",
    )


class ReauthDialog(QDialog):
    """Asks for the passphrase again and checks it against the vault on disk.

    Checking opens a second, separate handle on the vault and unlocks it off the UI
    thread; that handle is closed at once. `verified` carries the checked passphrase.
    The dialog closes by itself if the session locks meanwhile.
    """

    verified = Signal(str)

    def __init__(self, session: VaultSession, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reauthDialog")
        self.setWindowTitle(self.tr("Confirm with your passphrase"))
        self.session = session
        self.passphrase: str | None = None
        self.edit = password_edit("reauthPassphraseEdit", self.tr("Passphrase"), self)
        self.footer = DialogFooter("reauth", self.tr("&Confirm"), self.accept, self.reject, self)
        self.busy, self.error = self.footer.busy, self.footer.error

        label = buddy_label(self.tr("&Passphrase:"), self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(reason, self))
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        layout.addWidget(self.footer)
        fit_to_text(self, 70)
        session.about_to_lock.connect(self._close_for_lock)

    def accept(self) -> None:
        """OK pressed: check the passphrase; the dialog closes only when it is right."""
        passphrase = None if self.busy.is_busy else take_passphrase(self.edit, self.error)
        if passphrase is None:
            return
        folder = self.session.folder

        def check() -> bool:
            vault = unlocked_vault(folder, passphrase)
            if vault is None:
                return False
            vault.close()  # only a check: the session keeps its own handle
            return True

        self.busy.run(
            check,
            lambda right: self._checked(passphrase if right else None),
            self._failed,
            (self.edit, self.footer.buttons),
        )

    def reject(self) -> None:
        if not self.busy.is_busy:  # a check is under way: let it answer first
            super().reject()

    def _checked(self, passphrase: str | None) -> None:
        if passphrase is None:
            log.info("re-authentication refused")
            self._failed(wrong_passphrase_text())
            return
        self.passphrase = passphrase
        self.verified.emit(passphrase)
        super().accept()

    def _failed(self, message: str) -> None:
        self.error.show_error(message)
        self.edit.setFocus()

    def _close_for_lock(self) -> None:
        self.done(QDialog.DialogCode.Rejected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.edit.setFocus()


def ask_passphrase(parent: QWidget, session: VaultSession, reason: str) -> str | None:
    """Ask for the passphrase again before a security change (modal; ``reason`` says why).

    Returns the verified passphrase, or None if the user cancelled or the vault locked.
    """
    dialog = ReauthDialog(session, reason, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.passphrase if accepted else None
    finally:
        dialog.deleteLater()
