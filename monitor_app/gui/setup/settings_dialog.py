"""The settings dialog: auto-lock, language, passphrase, recovery code, trustees
(`trustees_dialog`), display name and quarantine limits.

Security changes (the auto-lock time, the passphrase, the recovery code, trustee shares)
ask for the passphrase again first, so someone at an unlocked, unattended laptop cannot
weaken them. A change to how the vault opens re-keys it, behind a progress bar; the dialog
stays open until the re-key has answered, and a new recovery code it brings is handed over
at once. A lock closes the dialog and everything it opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError, WrongPassphrase
from monitor_app.core.languages import LANGUAGE_NAMES
from monitor_app.core.sync.quarantine_limits import (
    COUNT_RANGE,
    MEGABYTES_RANGE,
    QuarantineLimits,
    quarantine_limits,
    set_quarantine_limits,
)
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.i18n import RestartOffer
from monitor_app.gui.common.layout import ScrollingBody, fit_to_text
from monitor_app.gui.common.messages import MessageLabel, error_text, show_error
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.passphrase import password_edit
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.reauth import ReauthDialog, wrong_passphrase_text
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tasks import Progress
from monitor_app.gui.common.widgets import buddy_label, paragraph
from monitor_app.gui.setup.recovery_code import (
    CodeHandover,
    RecoveryCodeDialog,
    turn_to_handover,
)
from monitor_app.gui.setup.rekey_progress import NewPassphrasePage, show_rekey_progress
from monitor_app.gui.setup.trustees_dialog import TrusteesBox

log = logging.getLogger(__name__)

AUTOLOCK_RANGE = (1, 120)


@dataclass(frozen=True)
class PassphraseChanged:
    """A passphrase change done; ``new_recovery_code`` when the vault's code could not be
    carried over (a vault made by an older version), to be handed over at once."""

    new_recovery_code: str | None


def _change_passphrase(
    vault: Vault, old: str, new: str, progress: Progress
) -> PassphraseChanged | None:
    """For a worker: None if ``old`` is not the current passphrase (nothing changed)."""
    try:
        return PassphraseChanged(vault.change_passphrase(old, new, progress=progress))
    except WrongPassphrase:
        return None


class ChangePassphraseDialog(QDialog):
    """The current passphrase (that is the re-authentication) and the new one twice; the
    re-key with its progress; then, for a vault whose recovery code could not be kept,
    the new code to write down (`handover`)."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.session = session
        self.handover: CodeHandover | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(self.pages, self))
        fit_to_text(self)
        session.about_to_lock.connect(self._close_for_lock)

    def _form_page(self) -> QWidget:
        page = NewPassphrasePage(
            self.tr(
                "Type your current passphrase, then the new one twice. Your recovery "
                "code stays the same."
            ),
            ("changePassphrase", self.tr("&Change passphrase")),
            self,
            on_accept=self.accept,
            on_reject=self.reject,
        )
        self.form, self.footer = page.form, page.footer
        self.busy, self.error = self.footer.busy, self.footer.error
        self.current = password_edit("currentPassphraseEdit", self.tr("Current passphrase"), page)
        self.form.set_user_words((self.session.vault.display_name,))
        self.form.rows.insertRow(0, self.tr("C&urrent passphrase:"), self.current)
        return page

    def accept(self) -> None:
        """OK pressed: change the passphrase; the dialog closes only once it is done."""
        if self.busy.is_busy:
            return
        self.error.clear_message()
        old = self.current.text()
        if not old:
            self.error.show_error(self.tr("Type your current passphrase."))
            self.current.setFocus()
            return
        new = self.form.passphrase()
        if new is None:
            return
        vault = self.session.vault
        self.busy.start(
            lambda progress, _cancel: _change_passphrase(vault, old, new, progress),
            self._answered,
            self.error.show_error,
            (self.current, self.form, self.footer.buttons),
        )

    def _answered(self, changed: PassphraseChanged | None) -> None:
        if changed is None:
            log.info("passphrase change refused")
            self.current.clear()
            self.error.show_error(wrong_passphrase_text())
            self.current.setFocus()
            return
        log.info("passphrase changed")
        self.current.clear()
        self.form.clear()
        if changed.new_recovery_code is None:
            super().accept()
            return
        # Without this page the user would leave with a recovery code that no longer works.
        self.handover = turn_to_handover(
            self,
            self.pages,
            changed.new_recovery_code,
            self.tr(
                "Your passphrase is changed. Your vault was made by an older version of "
                "Trial Monitor, so its recovery code could not be kept: the old code no "
                "longer works. Here is your new one."
            ),
            self._handed_over,
        )

    def _handed_over(self) -> None:
        super().accept()  # not `accept`, which changes the passphrase

    def reject(self) -> None:
        if self.busy.is_busy:  # the re-key runs: its answer (maybe a new code) must land
            return
        if self.handover is not None and not self.handover.may_leave():
            return
        super().reject()

    def _close_for_lock(self) -> None:
        self.done(QDialog.DialogCode.Rejected)


class SettingsDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        idle_lock: IdleLock | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.session = session
        self.settings = settings
        self.idle_lock = idle_lock

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._security_box())
        self.trustees = TrusteesBox(session, self, self._rekey_controls)
        layout.addWidget(self.trustees)
        layout.addWidget(self._language_box())
        layout.addWidget(self._name_box())
        layout.addWidget(self._quarantine_box())
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Enter in a field does what the field says (save the name), never a button's
        # job: a dialog otherwise makes some button the default, e.g. Close.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        fit_to_text(self)
        session.about_to_lock.connect(self._close_for_lock)

    # ---- building ---------------------------------------------------------------------

    def _security_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"), self)
        self.autolock_spin = QSpinBox(box)
        self.autolock_spin.setObjectName("autolockSpin")
        self.autolock_spin.setAccessibleName(self.tr("Minutes without use before locking"))
        self.autolock_spin.setRange(*AUTOLOCK_RANGE)
        self.autolock_spin.setSuffix(self.tr(" min"))
        self.autolock_spin.setValue(self.settings.autolock_minutes)
        self.autolock_apply = QPushButton(self.tr("&Apply…"), box)
        self.autolock_apply.setObjectName("autolockApplyButton")
        self.autolock_apply.setEnabled(False)
        self.lock_live_check = QCheckBox(
            self.tr("Also &during a live hearing (otherwise only Ctrl+Shift+L locks it)"), box
        )
        self.lock_live_check.setObjectName("lockWhileLiveCheck")
        self.lock_live_check.setChecked(self.settings.lock_while_live)
        self.autolock_spin.valueChanged.connect(self._autolock_edited)
        self.lock_live_check.toggled.connect(self._autolock_edited)
        self.autolock_apply.clicked.connect(self._ask_autolock)
        autolock_row = QHBoxLayout()
        autolock_row.addWidget(self.autolock_spin)
        autolock_row.addWidget(self.autolock_apply)
        autolock_row.addStretch(1)

        self.change_passphrase_button = QPushButton(self.tr("Change &passphrase…"), box)
        self.change_passphrase_button.setObjectName("changePassphraseButton")
        self.change_passphrase_button.clicked.connect(self._open_change_passphrase)
        self.new_code_button = QPushButton(self.tr("New &recovery code…"), box)
        self.new_code_button.setObjectName("newRecoveryCodeButton")
        self.new_code_button.clicked.connect(self._ask_new_code)
        key_row = QHBoxLayout()
        key_row.addWidget(self.change_passphrase_button)
        key_row.addWidget(self.new_code_button)
        key_row.addStretch(1)

        self.security_busy = BusyBar("securityBusy", box)
        show_rekey_progress(self.security_busy)
        self.security_status = MessageLabel("securityStatus", box)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            paragraph(self.tr("Changes here ask for your passphrase again."), box),
        )
        form.addRow(
            buddy_label(self.tr("&Lock after no use for:"), self.autolock_spin), autolock_row
        )
        form.addRow(self.lock_live_check)
        form.addRow(key_row)
        form.addRow(self.security_busy)
        form.addRow(self.security_status)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("The system's language"), "")
        # Each language by its own name, so a reader of any finds theirs.
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self.settings.language))
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        self.restart_offer = RestartOffer(self.session, box)
        form.addRow(self.restart_offer)
        return box

    def _name_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Display name"), self)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setAccessibleName(self.tr("Display name or pseudonym"))
        try:
            self.name_edit.setText(self.session.vault.display_name)
        except TrialMonitorError:
            log.warning("display name unreadable")
        self.name_save = QPushButton(self.tr("Sa&ve name"), box)
        self.name_save.setObjectName("displayNameSaveButton")
        self.name_save.clicked.connect(self._save_name)
        self.name_edit.returnPressed.connect(self._save_name)
        self.name_status = MessageLabel("displayNameStatus", box)
        self.name_edit.textEdited.connect(self.name_status.clear_message)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.name_save)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy_label(self.tr("&Name or pseudonym:"), self.name_edit), row)
        form.addRow(
            paragraph(
                self.tr("It goes with the notes you send. It does not change notes already sent."),
                box,
            )
        )
        form.addRow(self.name_status)
        return box

    def _quarantine_box(self) -> QGroupBox:
        """The caps on bundles kept from senders who are not contacts (issue 13)."""
        box = QGroupBox(self.tr("Quarantine"), self)
        limits = quarantine_limits(self.session.vault)
        self.quarantine_count_spin = QSpinBox(box)
        self.quarantine_count_spin.setObjectName("quarantineCountSpin")
        self.quarantine_count_spin.setAccessibleName(self.tr("Most bundles kept in quarantine"))
        self.quarantine_count_spin.setRange(*COUNT_RANGE)
        self.quarantine_count_spin.setValue(limits.count)
        self.quarantine_size_spin = QSpinBox(box)
        self.quarantine_size_spin.setObjectName("quarantineSizeSpin")
        self.quarantine_size_spin.setAccessibleName(self.tr("Most megabytes kept in quarantine"))
        self.quarantine_size_spin.setRange(*MEGABYTES_RANGE)
        self.quarantine_size_spin.setSuffix(self.tr(" MB"))
        self.quarantine_size_spin.setValue(limits.megabytes)
        self.quarantine_save = QPushButton(self.tr("Save limi&ts"), box)
        self.quarantine_save.setObjectName("quarantineSaveButton")
        self.quarantine_save.clicked.connect(self._save_quarantine_limits)
        self.quarantine_status = MessageLabel("quarantineStatus", box)
        row = QHBoxLayout()
        row.addWidget(self.quarantine_count_spin)
        row.addWidget(buddy_label(self.tr("bundles, at most"), self.quarantine_size_spin))
        row.addWidget(self.quarantine_size_spin)
        row.addWidget(self.quarantine_save)
        row.addStretch(1)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy_label(self.tr("&Keep up to:"), self.quarantine_count_spin), row)
        form.addRow(
            paragraph(
                self.tr(
                    "Bundles signed by someone who is not a contact wait in quarantine. "
                    "Past these limits they are refused and nothing of them is kept."
                ),
                box,
            )
        )
        form.addRow(self.quarantine_status)
        return box

    def _save_quarantine_limits(self) -> None:
        limits = QuarantineLimits(
            self.quarantine_count_spin.value(), self.quarantine_size_spin.value()
        )
        try:
            set_quarantine_limits(self.session.vault, limits)
        except TrialMonitorError as exc:
            show_error(self, error_text(exc))
            return
        self.quarantine_status.show_info(self.tr("Saved."))

    # ---- auto-lock --------------------------------------------------------------------

    def _autolock_edited(self) -> None:
        self.autolock_apply.setEnabled(
            self.autolock_spin.value() != self.settings.autolock_minutes
            or self.lock_live_check.isChecked() != self.settings.lock_while_live
        )

    def _ask_autolock(self) -> None:
        minutes = self.autolock_spin.value()
        while_live = self.lock_live_check.isChecked()
        dialog = self._reauth(
            self.tr("Type your passphrase to change when Trial Monitor locks itself."),
            lambda _passphrase: self._apply_autolock(minutes, while_live),
        )
        dialog.rejected.connect(self._revert_autolock)

    def _apply_autolock(self, minutes: int, while_live: bool) -> None:
        self.settings.autolock_minutes = minutes
        self.settings.lock_while_live = while_live
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)
            self.idle_lock.lock_while_live = while_live
        self.autolock_apply.setEnabled(False)
        log.info("auto-lock time changed")
        self.security_status.show_info(
            counted(
                self.tr("Trial Monitor now locks after %n minute(s) without use.", "", minutes),
                "Trial Monitor now locks after %n minute(s) without use.",
                minutes,
            )
        )

    def _revert_autolock(self) -> None:
        self.autolock_spin.setValue(self.settings.autolock_minutes)
        self.lock_live_check.setChecked(self.settings.lock_while_live)

    # ---- passphrase and recovery code -------------------------------------------------

    def _open_child(self, dialog: QDialog, done_text: str = "") -> None:
        """Open ``dialog`` over this one (deleted when closed); if it is accepted, say
        ``done_text`` under the security settings."""
        if done_text:
            dialog.accepted.connect(lambda: self.security_status.show_info(done_text))
        show_dialog(dialog)

    def _reauth(self, reason: str, then: Callable[[str], None]) -> ReauthDialog:
        dialog = ReauthDialog(self.session, reason, self)
        dialog.verified.connect(then)
        self._open_child(dialog)
        return dialog

    def _open_change_passphrase(self) -> None:
        self._open_child(
            ChangePassphraseDialog(self.session, self),
            self.tr("Your passphrase is changed. Use the new one from now on."),
        )

    def _ask_new_code(self) -> None:
        self._reauth(
            self.tr(
                "Type your passphrase to get a new recovery code. The code you have now "
                "will stop working."
            ),
            self._replace_code,
        )

    def _replace_code(self, passphrase: str) -> None:
        vault = self.session.vault
        self.security_status.clear_message()
        self.security_busy.start(
            lambda progress, _cancel: vault.replace_recovery_code(passphrase, progress=progress),
            self._show_new_code,
            lambda message: show_error(self, message),
            (*self._rekey_controls(), *self.trustees.buttons),
        )

    def _rekey_controls(self) -> tuple[QWidget, ...]:
        """What starts a re-key here, or closes the dialog: disabled while one runs."""
        return (
            self.autolock_apply,
            self.change_passphrase_button,
            self.new_code_button,
            self.close_button,
        )

    def reject(self) -> None:
        # Closed while a re-key runs, its answer (a new recovery code) would reach no one.
        if not (self.security_busy.is_busy or self.trustees.busy.is_busy):
            super().reject()

    def _show_new_code(self, code: str) -> None:
        log.info("recovery code replaced")
        self._open_child(
            RecoveryCodeDialog(
                code,
                self.tr("Your old recovery code no longer works. Here is the new one."),
                self,
            ),
            self.tr("Your new recovery code is confirmed."),
        )

    # ---- language and name ------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        self.settings.language = str(self.language_combo.itemData(index))
        self.restart_offer.language_chosen(self.settings.language)

    def _save_name(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.name_status.show_error(self.tr("Enter a display name or pseudonym."))
            self.name_edit.setFocus()
            return
        try:
            self.session.vault.set_display_name(name)
        except TrialMonitorError as exc:
            show_error(self, error_text(exc))
            return
        self.session.changed("display_name")
        self.name_status.show_info(self.tr("Saved."))

    def _close_for_lock(self) -> None:
        for child in self.findChildren(RecoveryCodeDialog):
            child.close_for_lock()
        self.done(QDialog.DialogCode.Rejected)
