"""First run: the setup wizard that creates the vault.

Steps: a display name (a pseudonym is wise), a passphrase typed twice with a strength
meter, where the vault lives, then the vault is created off the UI thread (Argon2id is
calibrated, a few seconds) and its recovery code is handed over once, to be confirmed.

The vault exists on disk as soon as it is created. Quitting at the recovery code step
keeps it (the next start asks for the passphrase), but asks first, because the code is
never shown again.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core import paths
from monitor_app.core.textsafe import scrub
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.file_choosers import any_folder
from monitor_app.gui.common.layout import centered_column
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.passphrase import NewPassphraseForm
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import heading, paragraph
from monitor_app.gui.setup.recovery_code import CodeHandover

log = logging.getLogger(__name__)

# A chosen folder that already holds other files gets the vault in a folder of its own:
# the vault folder is made private (0700), which must not happen to, say, Documents.
VAULT_SUBFOLDER = "TrialMonitor-vault"
STEPS = 4  # name, passphrase, folder, recovery code (creating is part of the last)


def _holds_vault(folder: Path) -> bool:
    return Vault.exists(folder)


def vault_folder_for(chosen: Path) -> Path:
    """Where the vault goes when the user picks ``chosen``."""
    if _holds_vault(chosen) or not chosen.exists():
        return chosen
    if chosen.is_dir() and not any(chosen.iterdir()):
        return chosen
    return chosen / VAULT_SUBFOLDER


def _can_create(folder: Path) -> bool:
    """Whether the nearest existing ancestor of ``folder`` lets us create it."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)


class SetupWizard(QWidget):
    def __init__(
        self, session: VaultSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.session = session
        self.settings = settings
        self.folder = session.folder
        self._vault: Vault | None = None
        self.handover: CodeHandover | None = None

        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.step_label.setEnabled(False)  # greyed: orientation, not content
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("wizardPages")
        self.name_page = self._name_page()
        self.passphrase_page = self._passphrase_page()
        self.folder_page = self._folder_page()
        self.creating_page = self._creating_page()
        for page in (self.name_page, self.passphrase_page, self.folder_page, self.creating_page):
            self.pages.addWidget(page)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        column = centered_column(self)
        column.addWidget(self.step_label)
        column.addWidget(self.pages)
        column.addLayout(nav)
        self._show(self.name_page)

    # ---- pages ------------------------------------------------------------------------

    def _page(self, title: str, explanation: str) -> tuple[QWidget, QVBoxLayout]:
        """A step's page, begun with its title and what the step is about."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, page))
        layout.addWidget(paragraph(explanation, page))
        return page, layout

    def _name_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Welcome to Trial Monitor"),
            self.tr(
                "Trial Monitor keeps your notes on hearings in an encrypted vault on this "
                "computer. Setting it up takes a minute."
            ),
        )
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(self.tr("Display name or pseudonym"))
        self.name_edit.returnPressed.connect(self.next)
        self.name_error = MessageLabel("nameError", page)
        self.name_edit.textEdited.connect(self.name_error.clear_message)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Display name or pseudonym:"), self.name_edit)
        missing = self._missing_vault_notice(page)
        if missing is not None:
            layout.addWidget(missing)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This name goes with the notes you send to a coordinator. A pseudonym is "
                    "wise: if your notes or this laptop fall into the wrong hands, it does "
                    "not point to you. In the vault it is stored encrypted, and you can "
                    "change it later in the settings."
                ),
                page,
            )
        )
        layout.addWidget(self.name_error)
        layout.addStretch(1)
        return page

    def _missing_vault_notice(self, parent: QWidget) -> QWidget | None:
        """If Trial Monitor was pointed at a folder other than the default, its vault may be
        on a drive that is not connected: say so before a second vault gets made."""
        if self.session.folder == paths.default_vault_dir():
            return None
        notice = QWidget(parent)
        text = paragraph(
            self.tr(
                "There is no vault in {folder}. If your vault is on a removable drive, "
                "connect it and choose Look again. Otherwise, set up a new vault below."
            ).format(folder=scrub(str(self.session.folder))),
            notice,
        )
        text.setObjectName("missingVaultNotice")
        again = QPushButton(self.tr("&Look again"), notice)
        again.setObjectName("lookAgainButton")
        again.clicked.connect(self._look_again)
        layout = QHBoxLayout(notice)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(again)
        return notice

    def _passphrase_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Choose a passphrase"),
            self.tr(
                "The passphrase unlocks your vault. Nobody can reset it for you, not even "
                "your coordinator. Choose several unrelated words you will remember, and do "
                "not keep them on this computer."
            ),
        )
        self.passphrase_form = NewPassphraseForm(page)
        self.passphrase_form.edit.returnPressed.connect(self.passphrase_form.repeat.setFocus)
        self.passphrase_form.repeat.returnPressed.connect(self.next)
        layout.addWidget(self.passphrase_form)
        layout.addStretch(1)
        return page

    def _folder_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Where to keep the vault"),
            self.tr(
                "The vault is one folder. The place below suits most people; choose "
                "another if you keep your work on an encrypted or removable drive."
            ),
        )
        self.folder_label = paragraph("", page)  # plain text: a folder name is not markup
        self.folder_label.setObjectName("folderPath")
        choose = QPushButton(self.tr("&Choose folder…"), page)
        choose.setObjectName("chooseFolderButton")
        choose.clicked.connect(self._choose_folder)
        self.folder_notice = MessageLabel("folderNotice", page)
        self.use_existing_button = QPushButton(self.tr("&Unlock that vault instead"), page)
        self.use_existing_button.setObjectName("useExistingButton")
        self.use_existing_button.clicked.connect(self._use_existing)
        self.use_existing_button.hide()
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.use_existing_button)
        row.addStretch(1)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.folder_notice)
        layout.addStretch(1)
        self.set_folder(self.folder)
        return page

    def _creating_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Creating your vault"),
            self.tr(
                "Trial Monitor is tuning the protection of your passphrase to this "
                "computer. This takes a few seconds."
            ),
        )
        self.create_busy = BusyBar("createBusy", page)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)
        return page

    # ---- moving between steps ---------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        index = self.pages.currentIndex()
        self.step_label.setText(
            self.tr("Step {step} of {steps}").format(step=min(index, STEPS - 1) + 1, steps=STEPS)
        )
        self.back_button.setVisible(0 < index < self.pages.indexOf(self.creating_page))
        self.next_button.setVisible(index < self.pages.indexOf(self.creating_page))
        self.next_button.setText(
            self.tr("C&reate vault") if page is self.folder_page else self.tr("&Next")
        )
        self.next_button.setEnabled(page is not self.folder_page or self._folder_usable)
        focus = {
            self.name_page: self.name_edit,
            self.passphrase_page: self.passphrase_form.edit,
            self.folder_page: self.next_button,
        }.get(page)
        if focus is not None:
            focus.setFocus()

    def back(self) -> None:
        steps = (self.name_page, self.passphrase_page, self.folder_page)
        current = self.pages.currentWidget()
        if current in steps[1:]:
            self._show(steps[steps.index(current) - 1])

    def next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.name_page:
            if not self.name_edit.text().strip():
                self.name_error.show_error(
                    self.tr("Enter a display name or pseudonym. A pseudonym is fine.")
                )
                self.name_edit.setFocus()
                return
            self.passphrase_form.set_user_words((self.name_edit.text(),))
            self._show(self.passphrase_page)
        elif page is self.passphrase_page:
            if self.passphrase_form.passphrase() is not None:
                self._show(self.folder_page)
        elif page is self.folder_page:
            self._create()

    # ---- the folder -------------------------------------------------------------------

    def _choose_folder(self) -> None:
        start = self.folder if self.folder.exists() else Path.home()
        chosen = any_folder(self, self.tr("Choose where to keep the vault"), start)
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, chosen: Path) -> None:
        """Use ``chosen`` (or a new folder inside it) for the vault; say if it cannot be."""
        self.folder = vault_folder_for(chosen)
        self.folder_label.setText(
            self.tr("The vault will be in: {folder}").format(folder=scrub(str(self.folder)))
        )
        self.use_existing_button.setVisible(_holds_vault(self.folder))
        if _holds_vault(self.folder):
            self.folder_notice.show_error(
                self.tr(
                    "There is already a vault in this folder. Choose another folder, or "
                    "unlock that vault."
                )
            )
        elif not _can_create(self.folder):
            self.folder_notice.show_error(
                self.tr("Trial Monitor cannot write to this folder. Choose another folder.")
            )
        else:
            self.folder_notice.clear_message()
        self._folder_usable = not self.folder_notice.text()
        self.next_button.setEnabled(self._folder_usable)

    def _use_existing(self) -> None:
        self._remember_folder()
        self._show_unlock_screen()

    def _look_again(self) -> None:
        if self.session.vault_exists:
            self._show_unlock_screen()

    def _show_unlock_screen(self) -> None:
        log.info("setup found an existing vault")
        # The main window shows the unlock screen whenever the session reports "locked";
        # an existing vault that nobody has unlocked is exactly that state.
        self.session.locked.emit()

    def _remember_folder(self) -> None:
        if self.folder != self.session.folder:
            self.settings.remember_vault_folder(self.folder)
            self.session.folder = self.folder

    # ---- creating ---------------------------------------------------------------------

    def _create(self) -> None:
        if self.create_busy.is_busy or not self._folder_usable:
            return
        passphrase = self.passphrase_form.passphrase()
        if passphrase is None:
            self._show(self.passphrase_page)
            return
        folder, name = self.folder, self.name_edit.text()
        self._show(self.creating_page)
        self.create_busy.run(
            lambda: Vault.create(folder, passphrase, name),
            self._created,
            self._create_failed,
        )

    def _create_failed(self, message: str) -> None:
        self._show(self.folder_page)  # the cause may pass (a full disk): Create stays on
        self.folder_notice.show_error(message)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._vault, code = result
        self._remember_folder()
        self.passphrase_form.clear()
        self.handover = CodeHandover(
            code,
            self.tr(
                "Your vault is created and saved. One last step: write down your recovery "
                "code. If you quit now, your vault stays and Trial Monitor will ask for "
                "your passphrase next time, but this code will not be shown again."
            ),
            self,
        )
        self.handover.finished.connect(self.finish)
        self.pages.addWidget(self.handover)
        self._show(self.handover)
        self.handover.confirm.setFocus()
        # Until Finish, closing the window asks first: the code would be lost unseen.
        self.window().installEventFilter(self)

    def finish(self) -> None:
        vault, self._vault = self._vault, None
        if vault is None:
            return
        self.window().removeEventFilter(self)
        self.session.open_unlocked(vault)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close or self.handover is None or self._vault is None:
            return False
        if not self.handover.may_leave():
            event.ignore()
            return True
        self._vault.close()  # leaving: the vault stays on disk, locked
        self._vault = None
        return False
