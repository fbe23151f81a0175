"""Handing over a recovery code: shown once, written down on paper, then confirmed by typing
back two of its groups. Shared by the setup wizard, recovery and the settings dialog.

The code is deliberately not selectable and there is no "Copy": a clipboard (and on X11
the selection itself) hands the code to every other program and often to a history tool.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.vault.recovery_codes import normalize_recovery_code
from monitor_app.gui.common.groups_display import GroupsDisplay, code_font
from monitor_app.gui.common.layout import grow_to_fit
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.widgets import buddy_label, heading, paragraph

log = logging.getLogger(__name__)

GROUPS_ASKED = 2
CODE_FONT_SCALE = 2.0
CONFIRM_FONT_SCALE = 1.4


class RecoveryCodeConfirm(QWidget):
    """The code in large type, then a check that two randomly chosen groups were written
    down right. Case, spaces and the look-alikes O/0 and I/L/1 are forgiven. Once both
    groups match, `confirmed` is emitted and the answer cannot be undone."""

    confirmed = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeConfirm")
        canonical = normalize_recovery_code(code)
        if canonical is None:
            raise ValueError("not a recovery code")  # a programming error: core made it
        self._code = canonical
        self._groups = canonical.split("-")
        picked = secrets.SystemRandom().sample(range(len(self._groups)), GROUPS_ASKED)
        # 1-based, as the screen numbers the groups.
        self.asked_groups: tuple[int, ...] = tuple(i + 1 for i in sorted(picked))
        self._confirmed = False

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("recoveryCodePages")
        self.pages.addWidget(self._show_page())
        self.pages.addWidget(self._confirm_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @property
    def is_confirmed(self) -> bool:
        return self._confirmed

    def _show_page(self) -> QWidget:
        page = QWidget(self)
        intro = paragraph(
            self.tr(
                "This is your recovery code. It is shown only now and kept nowhere. "
                "Write it on paper by hand, with the group numbers, and keep the paper "
                "away from this computer. If you forget your passphrase, this code is "
                "the only way back into your vault."
            ),
            page,
        )
        written = QPushButton(self.tr("I have &written it down"), page)
        written.setObjectName("writtenDownButton")
        written.setAutoDefault(False)  # see CodeHandover: Enter belongs to the fields
        written.clicked.connect(self._ask)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(written)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self._code_display(page), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _code_display(self, parent: QWidget) -> QWidget:
        """The groups in a grid, each under its number, always read left to right."""
        display = GroupsDisplay(
            self._groups,
            "codeGroup",
            self.tr("Recovery code"),
            CODE_FONT_SCALE,
            parent,
            left_to_right=True,
        )
        display.setObjectName("recoveryCodeDisplay")
        return display

    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        intro = paragraph(
            self.tr(
                "To check that your paper is right, type these two groups from it. "
                "Upper or lower case does not matter."
            ),
            page,
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        mono = code_font(self.font().pointSizeF() * CONFIRM_FONT_SCALE)
        self.edits: list[QLineEdit] = []
        for position, group_number in enumerate(self.asked_groups, start=1):
            edit = QLineEdit(page)
            edit.setObjectName(f"confirmGroupEdit{position}")
            edit.setAccessibleName(self.tr("Group {number}").format(number=group_number))
            edit.setFont(mono)
            # Room for a group and some slack; a whole-width field would invite the whole code.
            edit.setMaximumWidth(QFontMetrics(mono).horizontalAdvance("W") * 8)
            edit.textChanged.connect(self._check)
            form.addRow(
                buddy_label(self.tr("Group &{number}:").format(number=group_number), edit), edit
            )
            self.edits.append(edit)
        self.edits[0].returnPressed.connect(self.edits[1].setFocus)
        self.status = MessageLabel("confirmStatus", page)
        back = QPushButton(self.tr("&Show the code again"), page)
        back.setObjectName("showCodeAgainButton")
        back.setAutoDefault(False)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.back_button = back
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _ask(self) -> None:
        self.pages.setCurrentIndex(1)
        self.edits[0].setFocus()

    def _group_matches(self, group_number: int, typed: str) -> bool:
        # The typed group put in place of the real one must give back the very same code:
        # the core's normalisation then forgives exactly what it forgives when recovering.
        groups = list(self._groups)
        groups[group_number - 1] = typed
        return normalize_recovery_code("".join(groups)) == self._code

    def _check(self) -> None:
        if self._confirmed:
            return
        typed = [edit.text() for edit in self.edits]
        matches = [
            self._group_matches(number, text)
            for number, text in zip(self.asked_groups, typed, strict=True)
        ]
        if all(matches):
            self._confirmed = True
            for edit in self.edits:
                edit.setReadOnly(True)
            self.back_button.setEnabled(False)
            self.status.show_info(self.tr("Confirmed. Keep the paper somewhere safe."))
            log.info("recovery code confirmed")
            self.confirmed.emit()
            return
        wrong = [
            number
            for number, text, ok in zip(self.asked_groups, typed, matches, strict=True)
            if not ok and len(text.replace(" ", "").replace("-", "")) >= len(self._groups[0])
        ]
        if wrong:
            self.status.show_error(
                self.tr("Group {number} is not the same as the code. Check your paper.").format(
                    number=wrong[0]
                )
            )
        else:
            self.status.clear_message()


def confirm_leaving_unconfirmed(parent: QWidget, already_done: str) -> bool:
    """Ask before a recovery code goes away unconfirmed; True if the user leaves anyway."""
    box = QMessageBox(parent)
    box.setObjectName("leaveUnconfirmedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("RecoveryCodeConfirm", "Recovery code"))
    box.setText(
        QCoreApplication.translate(
            "RecoveryCodeConfirm", "You have not confirmed that you wrote down the recovery code."
        )
    )
    box.setInformativeText(
        already_done
        + "\n\n"
        + QCoreApplication.translate(
            "RecoveryCodeConfirm",
            "The code will not be shown again. Without it, a forgotten passphrase "
            "means your notes are lost for good.",
        )
    )
    stay = box.addButton(
        QCoreApplication.translate("RecoveryCodeConfirm", "&Stay and write it down"),
        QMessageBox.ButtonRole.RejectRole,
    )
    stay.setObjectName("stayButton")
    leave = box.addButton(
        QCoreApplication.translate("RecoveryCodeConfirm", "&Leave without it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    leave.setObjectName("leaveButton")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    left = box.clickedButton() is leave
    box.deleteLater()
    if left:
        log.info("recovery code left unconfirmed")
    return left


class CodeHandover(QWidget):
    """A page that hands over a new code: what already happened, the code and its check,
    and Finish, enabled once the code is confirmed. `finished` when Finish is pressed."""

    finished = Signal()

    def __init__(self, code: str, already_done: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeHandover")
        self.already_done = already_done
        self.confirm = RecoveryCodeConfirm(code, self)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setEnabled(False)
        self.finish_button.hide()  # until the check is asked: one way forward at a time
        # In a dialog any button may become the default and take Enter from the group
        # fields (say, "Show the code again"); only a confirmed Finish takes it.
        self.finish_button.setAutoDefault(False)
        self.confirm.pages.currentChanged.connect(
            lambda index: self.finish_button.setVisible(index == 1)
        )
        self.confirm.confirmed.connect(self._confirmed)
        self.finish_button.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your recovery code"), self))
        layout.addWidget(paragraph(already_done, self))
        layout.addWidget(self.confirm, 1)
        layout.addLayout(buttons)

    def _confirmed(self) -> None:
        self.finish_button.setEnabled(True)
        self.finish_button.setDefault(True)
        self.finish_button.setFocus()

    def may_leave(self) -> bool:
        """True if the code is confirmed or the user, warned, chooses to leave anyway."""
        return self.confirm.is_confirmed or confirm_leaving_unconfirmed(self, self.already_done)


def turn_to_handover(
    dialog: QDialog,
    pages: QStackedWidget,
    code: str,
    already_done: str,
    when_finished: Callable[[], None],
) -> CodeHandover:
    """Turn ``dialog``'s ``pages`` to a handover of the new ``code``, grown to fit, with
    the focus on the code; ``when_finished`` once the user presses Finish."""
    handover = CodeHandover(code, already_done, dialog)
    handover.finished.connect(when_finished)
    pages.addWidget(handover)
    pages.setCurrentWidget(handover)
    grow_to_fit(dialog)
    handover.confirm.setFocus()
    return handover


class RecoveryCodeDialog(QDialog):
    """A new recovery code in a dialog of its own (from the settings). Closing it before
    the code is confirmed asks first; a lock closes it at once (see `close_for_lock`)."""

    def __init__(self, code: str, already_done: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        self.handover = CodeHandover(code, already_done, self)
        self.handover.finished.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.handover)

    def reject(self) -> None:
        if self.handover.may_leave():
            super().reject()

    def close_for_lock(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
