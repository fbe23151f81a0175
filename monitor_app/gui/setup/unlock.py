"""The unlock screen, and recovery when the passphrase is lost: with the recovery code
(`RecoveryDialog`), or, when the owner made trustee shares, with enough of them
(`share_recovery.ShareRecoveryDialog`).

Nothing written by the user appears here, not even the display name: it is encrypted
until the vault is unlocked. The key derivation runs off the UI thread behind a busy bar;
a recovery re-keys the vault behind a progress bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app import __version__
from monitor_app.core.errors import TrialMonitorError, WrongRecoveryCode
from monitor_app.core.vault.recovery_codes import (
    RECOVERY_GROUP_LEN,
    RECOVERY_GROUPS,
    normalize_recovery_code,
)
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.layout import (
    ScrollingBody,
    centered_column,
    fit_to_text,
)
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.passphrase import password_edit
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.reauth import (
    open_vault_and,
    take_passphrase,
    unlocked_vault,
    wrong_passphrase_text,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress
from monitor_app.gui.common.widgets import buddy_label, heading, paragraph
from monitor_app.gui.setup.recovery_code import CodeHandover, turn_to_handover
from monitor_app.gui.setup.rekey_progress import NewPassphrasePage
from monitor_app.gui.setup.share_recovery import ShareRecoveryDialog

log = logging.getLogger(__name__)


def has_trustee_shares(folder: Path) -> bool:
    """Whether trustee shares can open the vault in ``folder`` (known while it is locked);
    False when it cannot be opened: the unlock screen says why when unlocking."""
    try:
        with Vault.open(folder) as vault:
            return vault.has_trustee_shares()
    except TrialMonitorError:
        log.warning("could not tell whether the vault has trustee shares")
        return False


class UnlockPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.session = session
        self.edit = password_edit("passphraseEdit", self.tr("Passphrase"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.busy = BusyBar("unlockBusy", self)
        self.error = MessageLabel("unlockError", self)
        self.recover_button = QPushButton(self.tr("Use &recovery code…"), self)
        self.recover_button.setObjectName("recoverButton")
        self.shares_button = QPushButton(self.tr("Recover with &trustee shares…"), self)
        self.shares_button.setObjectName("shareRecoverButton")
        self.shares_button.hide()  # until `showEvent` finds that the vault has shares
        version = QLabel(self.tr("Trial Monitor {version}").format(version=__version__), self)
        version.setObjectName("versionLabel")
        version.setEnabled(False)  # greyed: there, but not asking for attention

        label = buddy_label(self.tr("&Passphrase:"), self.edit)
        entry = QHBoxLayout()
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.unlock_button)
        footer = QHBoxLayout()
        footer.addWidget(self.recover_button)
        footer.addWidget(self.shares_button)
        footer.addStretch(1)
        footer.addWidget(version)

        column = centered_column(self)
        column.addWidget(heading(self.tr("Trial Monitor"), self))
        column.addWidget(paragraph(self.tr("The vault is locked. Type your passphrase."), self))
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(label)
        column.addLayout(entry)
        column.addWidget(self.busy)
        column.addWidget(self.error)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(footer)

        self.edit.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.recover_button.clicked.connect(self.recover)
        self.shares_button.clicked.connect(self.recover_with_shares)

    def unlock(self) -> None:
        passphrase = None if self.busy.is_busy else take_passphrase(self.edit, self.error)
        if passphrase is None:
            return
        folder = self.session.folder
        self.busy.run(
            lambda: unlocked_vault(folder, passphrase),
            self._answered,
            self._failed,
            (self.edit, self.unlock_button, self.recover_button, self.shares_button),
        )

    def _answered(self, vault: Vault | None) -> None:
        if vault is None:
            log.info("unlock refused")
            self._failed(wrong_passphrase_text())
            return
        self.session.open_unlocked(vault)

    def _failed(self, message: str) -> None:
        self.error.show_error(message)
        self.edit.setFocus()

    def recover(self) -> None:
        dialog = RecoveryDialog(self.session.folder, self)
        dialog.finished.connect(lambda _result: self._recovery_closed(dialog))
        show_dialog(dialog)

    def recover_with_shares(self) -> None:
        dialog = ShareRecoveryDialog(self.session.folder, self)
        dialog.finished.connect(lambda _result: self._recovery_closed(dialog))
        show_dialog(dialog)

    def _recovery_closed(self, dialog: RecoveryDialog | ShareRecoveryDialog) -> None:
        vault = dialog.take_vault()  # before the dialog, closed, is deleted
        if vault is not None:
            # The new passphrase is set: the user has proved they own the vault, with or
            # without confirming the new code (they were warned).
            self.session.open_unlocked(vault)
        else:
            self.edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Asked each time the screen shows: the owner may have made or removed shares.
        self.shares_button.setVisible(has_trustee_shares(self.session.folder))
        self.edit.setFocus()


class RecoveryDialog(QDialog):
    """The recovery code and a new passphrase, then the new code to write down.

    `Vault.recover` retires the typed code (it may have been seen), so the user leaves
    with a new one. After a successful recovery `take_vault` hands over the unlocked vault.
    """

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover with the recovery code"))
        self.folder = folder
        self._vault: Vault | None = None
        self.handover: CodeHandover | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(self.pages, self))
        fit_to_text(self)

    def _form_page(self) -> QWidget:
        page = NewPassphrasePage(
            self.tr(
                "Type the recovery code from your paper and choose a new passphrase. "
                "The code then stops working and you get a new one to write down."
            ),
            ("recovery", self.tr("&Set new passphrase")),
            self,
            on_accept=self.submit,
            on_reject=self.reject,
        )
        self.form, self.footer = page.form, page.footer
        self.busy, self.error = self.footer.busy, self.footer.error
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("recoveryCodeEdit")
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.form.rows.insertRow(0, self.tr("Recovery &code:"), self.code_edit)
        return page

    def submit(self) -> None:
        if self.busy.is_busy:
            return
        self.error.clear_message()
        code = self.code_edit.text()
        if normalize_recovery_code(code) is None:
            self.error.show_error(
                self.tr(
                    "A recovery code has {groups} groups of {length} letters and digits. "
                    "Check what you typed."
                ).format(groups=RECOVERY_GROUPS, length=RECOVERY_GROUP_LEN)
            )
            self.code_edit.setFocus()
            return
        new = self.form.passphrase()
        if new is None:
            return
        folder = self.folder

        def recover(progress: Progress) -> tuple[Vault, str] | None:
            return open_vault_and(
                folder, lambda v: v.recover(code, new, progress=progress), WrongRecoveryCode
            )

        self.busy.start(
            lambda progress, _cancel: recover(progress),
            self._answered,
            self._failed,
            (self.code_edit, self.form, self.footer.buttons),
        )

    def _answered(self, opened: tuple[Vault, str] | None) -> None:
        if opened is None:
            log.info("recovery refused")
            self._failed(
                self.tr("This recovery code does not open this vault. Check it for typos.")
            )
            self.code_edit.setFocus()
            return
        log.info("recovered with the recovery code")
        self._vault, new_code = opened
        self.code_edit.clear()
        self.form.clear()
        self.handover = turn_to_handover(
            self,
            self.pages,
            new_code,
            self.tr(
                "Your new passphrase is set, and the recovery code you typed no longer "
                "works. Here is your new one."
            ),
            self.accept,
        )

    def _failed(self, message: str) -> None:
        self.error.show_error(message)

    def take_vault(self) -> Vault | None:
        vault, self._vault = self._vault, None
        return vault

    def reject(self) -> None:
        if self.busy.is_busy:
            return
        if self.handover is not None and not self.handover.may_leave():
            return
        super().reject()
