"""Choosing a passphrase: a password field, a check box that shows what was typed, a strength
meter, and the form that takes a new passphrase typed twice (`NewPassphraseForm`: the setup
wizard, recovery, and changing the passphrase in the settings)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import WeakPassphrase
from monitor_app.core.vault.passwords import estimate_strength
from monitor_app.core.vault.vault import MIN_PASSPHRASE_CHARS, check_passphrase
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.widgets import paragraph


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
