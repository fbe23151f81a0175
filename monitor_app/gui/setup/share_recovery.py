"""Recovery with trustee shares, from the unlock screen: the shares typed one at a time, a
new passphrase, the re-key with its progress, then the new recovery code to write down.

How many shares the set needs is read from the first share (`trustee_shares.shares_needed`).
Each share is checked as it is entered, against the ones before it, and refused with the
core's own reason (a word that is not a share word, a share of another set, the same share
twice ...) while what was typed stays in its box to be corrected.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import ValidationError
from monitor_app.core.vault import trustee_shares
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.layout import ScrollingBody, fit_to_text
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.tasks import Progress
from monitor_app.gui.common.widgets import heading, make_button, paragraph, text_box
from monitor_app.gui.setup.recovery_code import CodeHandover, turn_to_handover
from monitor_app.gui.setup.rekey_progress import NewPassphrasePage

log = logging.getLogger(__name__)

SHARE_BOX_LINES = 5  # twenty words, four or five to a line as on the sheet


def check_shares_so_far(shares: Sequence[str]) -> None:
    """Raise what `combine_shares` would about ``shares``, except that more are to come."""
    try:
        trustee_shares.combine_shares(shares)
    except ValidationError as exc:
        if exc.code != "too-few-shares":
            raise


def recovered_with_shares(
    folder: Path, shares: Sequence[str], new_passphrase: str, progress: Progress
) -> tuple[Vault, str]:
    """For a worker: the vault in ``folder`` opened with ``shares`` under a new passphrase,
    and its new recovery code. The vault is closed again if that fails."""
    vault = Vault.open(folder)
    try:
        return vault, vault.recover_with_shares(shares, new_passphrase, progress=progress)
    except BaseException:
        vault.close()
        raise


class ShareRecoveryDialog(QDialog):
    """Trustees' shares and a new passphrase, then the new recovery code. After a
    successful recovery `take_vault` hands over the unlocked vault."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareRecoveryDialog")
        self.setWindowTitle(self.tr("Recover with trustee shares"))
        self.folder = folder
        self._vault: Vault | None = None
        self.handover: CodeHandover | None = None
        self.needed: int | None = None  # known from the first share
        self.place = 1  # the share being entered, from 1
        self.pages = QStackedWidget(self)
        self.shares_page = self._shares_page()
        self.passphrase_page = self._passphrase_page()
        self.pages.addWidget(self.shares_page)
        self.pages.addWidget(self.passphrase_page)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(self.pages, self))
        self._show_place()
        fit_to_text(self)

    # ---- the shares -------------------------------------------------------------------

    def _shares_page(self) -> QWidget:
        page = QWidget(self)
        self.share_title = heading("", page)
        self.share_title.setObjectName("shareNumberLabel")
        self.share_boxes = QStackedWidget(page)
        self.edits: list[QPlainTextEdit] = []
        self.share_error = MessageLabel("shareError", page)
        self.back_button = make_button(self.tr("&Back"), "shareBackButton", self.back)
        self.next_button = make_button(self.tr("&Next"), "shareNextButton", self.next_share)
        self.cancel_button = make_button(self.tr("Cancel"), "shareCancelButton", self.reject)
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ask your trustees for their shares. Type the words of one share at a "
                    "time, in order, as on its sheet: the numbers may be typed too, and the "
                    "first four letters of each word are enough. Check that every sheet "
                    "shows the same set fingerprint."
                ),
                page,
            )
        )
        layout.addWidget(self.share_title)
        layout.addWidget(self.share_boxes)
        layout.addWidget(self.share_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _edit(self, place: int) -> QPlainTextEdit:
        """The box for share ``place``, made when first needed; each keeps its words."""
        while len(self.edits) < place:
            number = len(self.edits) + 1
            edit = text_box(
                f"shareEdit{number}",
                self.tr("Words of share {number}").format(number=number),
                SHARE_BOX_LINES,
            )
            edit.setParent(self.share_boxes)  # owned by Qt, as the page's other widgets
            edit.textChanged.connect(self.share_error.clear_message)
            self.edits.append(edit)
            self.share_boxes.addWidget(edit)
        return self.edits[place - 1]

    def _show_place(self) -> None:
        if self.needed is None:
            title = self.tr("Share {number}").format(number=self.place)
        else:
            title = self.tr("Share {number} of {needed}").format(
                number=self.place, needed=self.needed
            )
        self.share_title.setText(title)
        edit = self._edit(self.place)
        self.share_boxes.setCurrentWidget(edit)
        self.back_button.setEnabled(self.place > 1)
        self.pages.setCurrentWidget(self.shares_page)
        self.next_button.setDefault(True)  # Enter goes on (in a share's box: a new line)
        edit.setFocus()

    @property
    def shares(self) -> list[str]:
        """The shares entered so far (up to the one being entered)."""
        return [edit.toPlainText() for edit in self.edits[: self.place]]

    def next_share(self) -> None:
        """Check the share being entered; go on to the next, or to the passphrase once
        the set has as many as it needs. A refusal keeps what was typed."""
        shares = self.shares
        try:
            if self.place == 1:
                self.needed = trustee_shares.shares_needed(shares[0], place=1)
            check_shares_so_far(shares)
        except ValidationError as exc:
            log.info("trustee share refused: %s", exc.code)
            self.share_error.show_error(error_text(exc))
            self.edits[self.place - 1].setFocus()
            return
        if self.needed is not None and self.place < self.needed:
            self.place += 1
            self._show_place()
            return
        self.pages.setCurrentWidget(self.passphrase_page)
        self.footer.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.form.edit.setFocus()

    def back(self) -> None:
        if self.pages.currentWidget() is self.passphrase_page:
            self._show_place()
        elif self.place > 1:
            self.place -= 1
            self._show_place()

    # ---- the new passphrase and the re-key ----------------------------------------------

    def _passphrase_page(self) -> QWidget:
        self.passphrase_back = make_button(
            self.tr("&Back to the shares"), "passphraseBackButton", self.back
        )
        self.passphrase_back.setAutoDefault(False)
        back_row = QHBoxLayout()
        back_row.addWidget(self.passphrase_back)
        back_row.addStretch(1)
        page = NewPassphrasePage(
            self.tr(
                "The shares fit together. Choose a new passphrase: the vault opens with "
                "it from now on, and you get a new recovery code to write down. The "
                "trustees' shares keep working."
            ),
            ("shareRecovery", self.tr("&Set new passphrase")),
            self,
            on_accept=self.submit,
            on_reject=self.reject,
            below=back_row,
        )
        self.form, self.footer = page.form, page.footer
        self.busy, self.error = self.footer.busy, self.footer.error
        return page

    def submit(self) -> None:
        if self.busy.is_busy:
            return
        self.error.clear_message()
        new = self.form.passphrase()
        if new is None:
            return
        folder, shares = self.folder, self.shares
        self.busy.start(
            lambda progress, _cancel: recovered_with_shares(folder, shares, new, progress),
            self._answered,
            self.error.show_error,
            (self.form, self.passphrase_back, self.footer.buttons),
        )

    def _answered(self, opened: tuple[Vault, str]) -> None:
        log.info("recovered with trustee shares")
        self._vault, new_code = opened
        self.form.clear()
        for edit in self.edits:
            edit.clear()  # the words are no longer needed on screen
        self.handover = turn_to_handover(
            self,
            self.pages,
            new_code,
            self.tr(
                "Your new passphrase is set. Your old recovery code may be lost too, so it "
                "no longer works. Here is your new one."
            ),
            self.accept,
        )

    def take_vault(self) -> Vault | None:
        vault, self._vault = self._vault, None
        return vault

    def reject(self) -> None:
        if self.busy.is_busy:  # the re-key runs: its answer (the new code) must land
            return
        if self.handover is not None and not self.handover.may_leave():
            return
        super().reject()
