"""Trustees in the settings: the vault's current set of shares (`TrusteesBox`), making a new
set (`MakeSharesDialog`) and handing its shares over one at a time (`SharesHandoverDialog`).

A trustee share is one of n SLIP-39 word lists, any k of which restore access to the vault
when its owner has lost both the passphrase and the recovery code (`core.vault.trustee_shares`).
Making a set or removing it re-keys the vault, so both ask for the passphrase again and run
behind a progress bar in a window that stays open until the re-key has answered. The shares
are shown once, one at a time, each with its sheet to print or save, and are kept nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError, WrongPassphrase
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.core.vault.trustee_shares import (
    DEFAULT_COUNT,
    DEFAULT_THRESHOLD,
    MAX_SHARES,
    MIN_THRESHOLD,
)
from monitor_app.core.vault.trustee_sheets import TrusteeShares, TrusteeStatus
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.groups_display import GroupsDisplay
from monitor_app.gui.common.layout import ScrollingBody, button_row, fit_to_text
from monitor_app.gui.common.messages import MessageLabel, confirm_then, error_text, show_error
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.passphrase import password_edit
from monitor_app.gui.common.progress import BusyBar, DialogFooter
from monitor_app.gui.common.reauth import ReauthDialog, wrong_passphrase_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress
from monitor_app.gui.common.widgets import buddy_label, heading, make_button, paragraph
from monitor_app.gui.setup.recovery_code import (
    CodeHandover,
    RecoveryCodeDialog,
    turn_to_handover,
)
from monitor_app.gui.setup.rekey_progress import show_rekey_progress
from monitor_app.gui.setup.share_sheet import (
    made_on,
    print_sheet,
    save_sheet_text,
    sheet_file_name,
)

log = logging.getLogger(__name__)

WORDS_SCALE = 1.3


def _make_shares(
    vault: Vault, passphrase: str, threshold: int, count: int, progress: Progress
) -> TrusteeShares | None:
    """For a worker: the new set, or None if ``passphrase`` is wrong (nothing changed)."""
    try:
        return vault.make_trustee_shares(passphrase, threshold, count, progress=progress)
    except WrongPassphrase:
        return None


class TrusteesBox(QGroupBox):
    """The settings' Trustees section: the current set (k of n, when made, its fingerprint)
    or none, and the buttons to make a new set or remove it. ``others`` are the settings'
    other controls that start a re-key: disabled while one runs here, one at a time."""

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget,
        others: Callable[[], Sequence[QWidget]] = tuple,
    ) -> None:
        super().__init__(self.tr("Trustees"), parent)
        self.setObjectName("trusteesBox")
        self.session = session
        self._others = others
        self.status_label = paragraph("", self)
        self.status_label.setObjectName("trusteeStatusLabel")
        self.make_button = make_button(
            self.tr("&Make shares…"), "makeSharesButton", self._open_make_shares
        )
        self.remove_button = make_button(
            self.tr("R&emove shares…"), "removeSharesButton", self._ask_remove
        )
        self.busy = BusyBar("trusteesBusy", self)
        show_rekey_progress(self.busy)
        self.message = MessageLabel("trusteesMessage", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(button_row(self.make_button, self.remove_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.show_status()

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.make_button, self.remove_button)

    def show_status(self) -> None:
        try:
            status = self.session.vault.trustee_status()
        except TrialMonitorError as exc:
            self.status_label.setText(error_text(exc))
            self.remove_button.setEnabled(False)
            return
        if status is None:
            self.status_label.setText(
                self.tr(
                    "No trustee shares. Trustees are people you trust who, together, can "
                    "give you back access if you lose both your passphrase and your "
                    "recovery code."
                )
            )
        else:
            self.status_label.setText(
                self.tr(
                    "Any {threshold} of {count} shares restore access. Made on {when}; "
                    "set fingerprint {fingerprint}."
                ).format(
                    threshold=status.threshold,
                    count=status.count,
                    when=made_on(status),
                    fingerprint=status.fingerprint,
                )
            )
        self.remove_button.setEnabled(status is not None)

    # ---- making a set -----------------------------------------------------------------

    def _open_make_shares(self) -> None:
        dialog = MakeSharesDialog(self.session, self)
        dialog.made.connect(self._made)
        show_dialog(dialog)

    def _made(self, made: TrusteeShares) -> None:
        log.info("trustee shares made")
        self.show_status()
        self.message.show_info(self.tr("New shares are made; earlier shares no longer work."))
        show_dialog(SharesHandoverDialog(self.session, made, self))

    # ---- removing it ------------------------------------------------------------------

    def _ask_remove(self) -> None:
        dialog = ReauthDialog(
            self.session,
            self.tr(
                "Type your passphrase to remove the trustee shares. Every share made so "
                "far will stop working."
            ),
            self,
        )
        dialog.verified.connect(self._remove)
        show_dialog(dialog)

    def _remove(self, passphrase: str) -> None:
        vault = self.session.vault
        self.message.clear_message()
        self.busy.start(
            lambda progress, _cancel: vault.remove_trustee_shares(passphrase, progress=progress),
            self._removed,
            lambda message: show_error(self, message),
            (*self.buttons, *self._others()),
        )

    def _removed(self, new_code: str | None) -> None:
        log.info("trustee shares removed")
        self.show_status()
        done = self.tr("The trustee shares no longer work.")
        self.message.show_info(done)
        if new_code is not None:
            show_dialog(
                RecoveryCodeDialog(
                    new_code,
                    done
                    + " "
                    + self.tr(
                        "Your vault was made by an older version of Trial Monitor, so its "
                        "recovery code could not be kept: the old code no longer works. "
                        "Here is your new one."
                    ),
                    self,
                )
            )


class MakeSharesDialog(QDialog):
    """What trustees are for, the passphrase again, how many shares and how many needed;
    then the re-key. `made` carries the new set once it is in the vault."""

    made = Signal(object)  # TrusteeShares

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makeSharesDialog")
        self.setWindowTitle(self.tr("Make trustee shares"))
        self.session = session
        self.passphrase = password_edit("sharesPassphraseEdit", self.tr("Passphrase"), self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("shareCountSpin")
        self.count_spin.setAccessibleName(self.tr("Number of shares"))
        self.count_spin.setRange(MIN_THRESHOLD, MAX_SHARES)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setObjectName("shareThresholdSpin")
        self.threshold_spin.setAccessibleName(self.tr("Shares needed to restore access"))
        self.threshold_spin.setRange(MIN_THRESHOLD, DEFAULT_COUNT)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        # Never more needed than made: the core refuses it, so the form cannot ask it.
        self.count_spin.valueChanged.connect(self.threshold_spin.setMaximum)
        self.footer = DialogFooter(
            "makeShares", self.tr("&Make shares"), self.accept, self.reject, self
        )
        self.busy, self.error = self.footer.busy, self.footer.error
        show_rekey_progress(self.busy)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
        form.addRow(buddy_label(self.tr("Shares to &make:"), self.count_spin), self.count_spin)
        form.addRow(
            buddy_label(self.tr("Shares &needed:"), self.threshold_spin), self.threshold_spin
        )
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(
            paragraph(
                self.tr(
                    "Give each share to a different person you trust. If you lose both "
                    "your passphrase and your recovery code, enough of them together give "
                    "you back access; fewer reveal nothing."
                ),
                body,
            )
        )
        body_layout.addWidget(
            paragraph(
                self.tr(
                    "Making new shares makes every earlier share stop working. Type your "
                    "passphrase to go on."
                ),
                body,
            )
        )
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(body, self))
        layout.addWidget(self.footer)
        fit_to_text(self, 70)
        session.about_to_lock.connect(self._close_for_lock)

    def accept(self) -> None:
        """OK pressed: make the shares; the dialog closes only once they are made."""
        if self.busy.is_busy:
            return
        self.error.clear_message()
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # not left in the field while the vault re-keys
        if not passphrase:
            self.error.show_error(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        vault = self.session.vault
        threshold, count = self.threshold_spin.value(), self.count_spin.value()
        self.busy.start(
            lambda progress, _cancel: _make_shares(vault, passphrase, threshold, count, progress),
            self._answered,
            self.error.show_error,
            (self.passphrase, self.count_spin, self.threshold_spin, self.footer.buttons),
        )

    def _answered(self, made: TrusteeShares | None) -> None:
        if made is None:
            log.info("making trustee shares refused")
            self.error.show_error(wrong_passphrase_text())
            self.passphrase.setFocus()
            return
        self.made.emit(made)
        super().accept()

    def reject(self) -> None:
        if not self.busy.is_busy:  # the re-key runs: its answer (the shares) must land
            super().reject()

    def _close_for_lock(self) -> None:
        self.done(QDialog.DialogCode.Rejected)


class SharesHandoverDialog(QDialog):
    """A new set's shares, one at a time: its number, the set's fingerprint and its words,
    with its sheet to print or save; Next once it is marked handed over. Then, if making
    the set had to issue a new recovery code, that code (`handover`)."""

    def __init__(
        self, session: VaultSession, made: TrusteeShares, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharesHandoverDialog")
        self.setWindowTitle(self.tr("Trustee shares"))
        self.session = session
        self.made = made
        self.number = 1  # the share shown, from 1
        self.handover: CodeHandover | None = None
        self.words: GroupsDisplay | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._share_page())
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(self.pages, self))
        self._show_share()
        fit_to_text(self)
        session.about_to_lock.connect(self._close_for_lock)

    @property
    def status(self) -> TrusteeStatus:
        return self.made.status

    def _share_page(self) -> QWidget:
        page = QWidget(self)
        self.title = heading("", page)
        self.title.setObjectName("shareTitle")
        self.facts = paragraph("", page)
        self.facts.setObjectName("shareFacts")
        self.words_slot = QVBoxLayout()
        self.print_button = make_button(self.tr("&Print…"), "printShareButton", self._print)
        self.save_button = make_button(self.tr("&Save as text…"), "saveShareButton", self._save)
        self.handed_check = QCheckBox(page)
        self.handed_check.setObjectName("shareHandedOverCheck")
        self.handed_check.toggled.connect(self._handed_toggled)
        self.message = MessageLabel("shareMessage", page)
        self.next_button = make_button("", "nextShareButton", self._next)
        self.next_button.setEnabled(False)
        for button in (self.print_button, self.save_button, self.next_button):
            button.setAutoDefault(False)
        advice = paragraph(
            self.tr(
                "Give each share to a different trustee, on paper, and delete any file "
                "you saved once it is printed. The shares are shown only now and kept "
                "nowhere."
            ),
            page,
        )
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(self.words_slot)
        layout.addWidget(button_row(self.print_button, self.save_button))
        layout.addWidget(advice)
        layout.addWidget(self.handed_check)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(next_row)
        return page

    def _show_share(self) -> None:
        status, number = self.status, self.number
        self.title.setText(
            self.tr("Share {number} of {count}").format(number=number, count=status.count)
        )
        self.facts.setText(
            self.tr(
                "Any {threshold} of the {count} shares together restore access. Set "
                "fingerprint: {fingerprint}."
            ).format(threshold=status.threshold, count=status.count, fingerprint=status.fingerprint)
        )
        if self.words is not None:
            self.words_slot.removeWidget(self.words)
            self.words.hide()  # at once: deleteLater waits for the event loop
            self.words.deleteLater()
        self.words = GroupsDisplay(
            self.share.split(),
            "shareWord",
            self.tr("Words of share {number}").format(number=number),
            WORDS_SCALE,
            self.pages.widget(0),
            left_to_right=True,
        )
        self.words.setObjectName("shareWords")
        self.words_slot.addWidget(self.words)
        self.handed_check.setChecked(False)
        self.handed_check.setText(
            self.tr("Share {number} is &handed over (printed, saved or written down)").format(
                number=number
            )
        )
        last = number == status.count
        self.next_button.setText(
            self.tr("&Next share") if not last or self.made.new_recovery_code else self.tr("&Done")
        )
        self.message.clear_message()

    @property
    def share(self) -> str:
        return self.made.shares[self.number - 1]

    def _handed_toggled(self, handed: bool) -> None:
        self.next_button.setEnabled(handed)
        if handed:
            self.next_button.setDefault(True)

    def _next(self) -> None:
        if not self.handed_check.isChecked():
            return
        if self.number < self.status.count:
            self.number += 1
            self._show_share()
            return
        log.info("trustee shares handed over")
        code = self.made.new_recovery_code
        if code is None:
            self.accept()
            return
        self.handover = turn_to_handover(
            self,
            self.pages,
            code,
            self.tr(
                "The trustee shares are made. Your vault was made by an older version of "
                "Trial Monitor, so its recovery code could not be kept: the old code no "
                "longer works. Here is your new one."
            ),
            self.accept,
        )

    # ---- the sheet of the share shown ---------------------------------------------------

    def _print(self) -> None:
        target = self._choose(".pdf", self.tr("PDF files (*.pdf)"))
        if target is not None:
            self.print_to(target)

    def _save(self) -> None:
        target = self._choose(".txt", self.tr("Text files (*.txt)"))
        if target is not None:
            self.save_text_to(target)

    def _choose(self, suffix: str, name_filter: str) -> Path | None:
        return file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.TRUSTEE_SHEETS,
            self.tr("Save the sheet of share {number}").format(number=self.number),
            file_name=sheet_file_name(self.number, self.status, suffix),
            name_filter=name_filter,
        )

    def print_to(self, target: Path) -> bool:
        """The sheet of the share shown, as a PDF at ``target``, to print."""
        return self._write(lambda: print_sheet(self.share, self.number, self.status, target))

    def save_text_to(self, target: Path) -> bool:
        """The sheet of the share shown, as text at ``target``."""
        return self._write(lambda: save_sheet_text(self.share, self.number, self.status, target))

    def _write(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except TrialMonitorError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.message.show_info(
            self.tr("The sheet of share {number} is saved.").format(number=self.number)
        )
        return True

    # ---- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.handover is not None:
            if self.handover.may_leave():
                super().reject()
            return
        asking = self.findChild(QMessageBox, "leaveSharesBox")
        if asking is not None and asking.isVisible():
            return
        confirm_then(
            self,
            "leaveSharesBox",
            self.tr("Trustee shares"),
            self.tr("Not every share has been handed over."),
            self.tr("&Leave without them"),
            on_confirmed=self._leave_without_them,
            detail=self.tr(
                "The shares will not be shown again. Shares not handed over are lost; "
                "you can make a new set later, which retires this one."
            ),
        )

    def _leave_without_them(self) -> None:
        log.info("trustee shares left before all were handed over")
        super().reject()

    def _close_for_lock(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
