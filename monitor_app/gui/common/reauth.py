"""Passphrases in the GUI: asking for the current one again before a security change
(`ask_passphrase`, `ReauthDialog`) and choosing a new one (`NewPassphraseForm`, with its
strength meter); and the small pieces the setup, unlock and settings screens share: an
inline message, a busy bar that runs one background task, a heading, a centred column.

Every passphrase check derives a key (Argon2id, about half a second), so it runs off the
UI thread. A wrong passphrase is an expected answer, not an error: the workers return
None for it and the screens say so in their own, translated words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import WeakPassphrase, WrongPassphrase
from monitor_app.core.vault.passwords import estimate_strength
from monitor_app.core.vault.vault import MIN_PASSPHRASE_CHARS, Vault, check_passphrase
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task, TaskFunction, run_task, simple

log = logging.getLogger(__name__)

T = TypeVar("T")

# Readable line length of the setup and unlock screens, in average characters: it grows
# with the font, so it holds at 200% scaling and for long Russian sentences (they wrap).
COLUMN_CHARS = 90
DIALOG_CHARS = 80
HEADING_SCALE = 1.5
DARK_BELOW = 128  # a window colour darker than this (0–255) means a dark theme


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


def warn(parent: QWidget, message: str) -> None:
    """A core error's message (written for users) in a plain-text warning box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("reauth", "Trial Monitor"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = paragraph(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label


def fit_to_text(window: QWidget, chars: int = DIALOG_CHARS) -> None:
    """Size a dialog ``chars`` average characters wide and tall enough for its text."""
    window.resize(window.fontMetrics().averageCharWidth() * chars, window.sizeHint().height())
    grow_to_fit(window)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped text at its present width: Qt sizes a
    window by its size hint, which ignores how wrapped labels grow when they wrap."""
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (the letter after "&") focuses ``buddy``."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Explanatory text: plain (never markup), wrapping."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def centered_column(host: QWidget) -> QVBoxLayout:
    """Give ``host`` a scrollable column of readable width in its middle; return its layout.

    The scroll area keeps everything reachable on a small screen at 200% scaling.
    """
    scroll = QScrollArea(host)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    canvas = QWidget(scroll)
    scroll.setWidget(canvas)
    column = QWidget(canvas)
    column.setMaximumWidth(column.fontMetrics().averageCharWidth() * COLUMN_CHARS)
    across = QHBoxLayout()
    across.addStretch(1)
    across.addWidget(column, 100)
    across.addStretch(1)
    down = QVBoxLayout(canvas)
    down.addStretch(1)
    down.addLayout(across)
    down.addStretch(1)
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(column)


class MessageLabel(QLabel):
    """An inline message beside a form: plain text, wrapping, hidden while empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._theme = QPalette(self.palette())
        self.hide()

    def show_error(self, text: str) -> None:
        # A red that reads on the theme's background, light or dark.
        palette = QPalette(self._theme)
        dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < DARK_BELOW
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark_theme else "#b00020")
        )
        self._show(text, palette)

    def show_info(self, text: str) -> None:
        self._show(text, self._theme)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, palette: QPalette) -> None:
        self.setPalette(palette)
        self.setText(text)
        self.show()
        grow_to_fit(self.window())


class BusyBar(QProgressBar):
    """A busy indicator that runs one background task at a time.

    While the task runs the bar shows and the given controls are disabled, so nothing is
    submitted twice. The callbacks are held here and the task's signals go to this
    widget's own methods: if the screen is closed meanwhile, Qt drops the connections
    with the widget and no callback reaches a deleted screen.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Working, please wait"))
        self.hide()
        self.task: Task | None = None
        self._disabled: list[QWidget] = []
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[str], None] | None = None

    @property
    def is_busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        function: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        controls: Iterable[QWidget] = (),
    ) -> Task:
        return self.start(simple(function), on_success, on_failure, controls)

    def start(
        self,
        function: TaskFunction,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        controls: Iterable[QWidget] = (),
    ) -> Task:
        """`run` for a function that reports progress and polls a cancel flag
        (``function(progress, cancel)``): the bar fills as it reports."""
        if self.task is not None:
            raise RuntimeError("a task is already running here")  # a programming error
        self._disabled = [c for c in controls if c.isEnabled()]
        for control in self._disabled:
            control.setEnabled(False)
        self._on_success, self._on_failure = on_success, on_failure
        self.setRange(0, 0)
        self.show()
        self.task = run_task(function, self._succeeded, self._failed, self._progressed)
        return self.task

    def stop(self) -> None:
        """Cancel the task and forget it: whatever it answers later reaches no callback
        (the vault is locking, say)."""
        task = self.task
        if task is None:
            return
        task.cancel()
        for signal, slot in (
            (task.succeeded, self._succeeded),
            (task.failed, self._failed),
            (task.progressed, self._progressed),
        ):
            signal.disconnect(slot)
        self._finish()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.hide()
        for control in self._disabled:
            control.setEnabled(True)
        self._disabled = []

    def _succeeded(self, result: object) -> None:
        callback = self._on_success
        self._finish()
        if callback is not None:
            callback(result)

    def _failed(self, message: str) -> None:
        callback = self._on_failure
        self._finish()
        if callback is not None:
            callback(message)


class DialogFooter(QWidget):
    """The foot of a dialog whose OK runs a slow check: a busy bar, an inline message, and
    OK (named for what it does; the default button, so Enter presses it) and Cancel.
    Children are named ``{prefix}Busy``, ``{prefix}Error``, ``{prefix}OkButton``, ...
    """

    def __init__(
        self,
        prefix: str,
        ok_text: str,
        on_ok: Callable[[], None],
        on_cancel: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.busy = BusyBar(f"{prefix}Busy", self)
        self.error = MessageLabel(f"{prefix}Error", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName(f"{prefix}OkButton")
        ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            f"{prefix}CancelButton"
        )
        self.buttons.accepted.connect(on_ok)
        self.buttons.rejected.connect(on_cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)


def password_edit(object_name: str, accessible_name: str, parent: QWidget | None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ShowPassphraseCheck(QCheckBox):
    """Shows what was typed in some passphrase fields: long passphrases are hard to type blind."""

    def __init__(self, edits: Iterable[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("S&how passphrase"), parent)
        self.setObjectName("showPassphraseCheck")
        self._edits = list(edits)
        self.toggled.connect(self._apply)

    def _apply(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in self._edits:
            edit.setEchoMode(mode)


class StrengthMeter(QWidget):
    """A bar and a word for `estimate_strength`: an estimate, and labelled as one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Estimated passphrase strength"))
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        strength = estimate_strength(passphrase)
        levels = {
            "too_short": self.tr("too short"),
            "weak": self.tr("weak"),
            "fair": self.tr("fair"),
            "good": self.tr("good"),
            "strong": self.tr("strong"),
        }
        self.bar.setValue(strength.score)
        text = self.tr("Estimated strength: {level}").format(level=levels[strength.label_key])
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with a strength meter and the minimum stated up front.

    Enter is left to the host: a dialog's default button, or the wizard's own steps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = password_edit("newPassphraseEdit", self.tr("New passphrase"), self)
        self.repeat = password_edit("repeatPassphraseEdit", self.tr("New passphrase again"), self)
        self.show_check = ShowPassphraseCheck((self.edit, self.repeat), self)
        self.meter = StrengthMeter(self)
        self.error = MessageLabel("passphraseError", self)
        rule = paragraph(
            self.tr(
                "At least {count} characters. Several unrelated words are strong "
                "and easier to remember than a jumble of symbols."
            ).format(count=MIN_PASSPHRASE_CHARS),
            self,
        )
        # Hosts insert their own fields (the current passphrase, a recovery code) at the
        # top of this layout, so all the labels line up in one column.
        self.rows = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("New &passphrase:"), self.edit)
        form.addRow(self.tr("&Type it again:"), self.repeat)
        form.addRow(self.show_check)
        form.addRow(self.meter)
        form.addRow(rule)
        form.addRow(self.error)
        self.edit.textChanged.connect(self.meter.update_for)
        self.edit.textChanged.connect(self.error.clear_message)
        self.repeat.textChanged.connect(self.error.clear_message)

    def passphrase(self) -> str | None:
        """The new passphrase if it is long enough and typed the same twice; else None,
        with the reason shown and the field to fix focused."""
        new = self.edit.text()
        try:
            check_passphrase(new)
        except WeakPassphrase:
            self.error.show_error(
                self.tr(
                    "The passphrase is too short: it needs at least {count} characters."
                ).format(count=MIN_PASSPHRASE_CHARS)
            )
            self.edit.setFocus()
            return None
        if self.repeat.text() != new:
            self.repeat.clear()  # before the message: editing the field clears messages
            self.error.show_error(
                self.tr("The two passphrases are not the same. Type the new passphrase again.")
            )
            self.repeat.setFocus()
            return None
        return new

    def clear(self) -> None:
        self.edit.clear()
        self.repeat.clear()
        self.show_check.setChecked(False)
        self.error.clear_message()


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
