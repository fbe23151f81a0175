"""Choosing a passphrase: a password field, a check box that shows what was typed, a strength
meter, and the form that takes a new passphrase typed twice (`NewPassphraseForm`: the setup
wizard, recovery, and changing the passphrase in the settings).

The meter and the form give the core's verdict (`passwords.estimate_strength`), so what the
user sees before submitting is what `Vault.create`, `change_passphrase` and `recover` decide."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.vault.passwords import (
    MAX_SCORE,
    MIN_PASSPHRASE_CHARS,
    Strength,
    Weakness,
    estimate_strength,
)
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


def weakness_text(weakness: Weakness) -> str:
    """Why a passphrase is refused, in one sentence of the user's language."""
    texts = {
        Weakness.TOO_SHORT: QCoreApplication.translate(
            "Passphrase", "It is shorter than {count} characters."
        ).format(count=MIN_PASSPHRASE_CHARS),
        Weakness.COMMON_PASSWORD: QCoreApplication.translate(
            "Passphrase", "It is one of the most common passwords, or close to one."
        ),
        Weakness.COMMON_WORD: QCoreApplication.translate(
            "Passphrase", "It is made of a common word or place name, which is tried early."
        ),
        Weakness.NAME: QCoreApplication.translate(
            "Passphrase", "It is made of a common name, which is tried early."
        ),
        Weakness.DISPLAY_NAME: QCoreApplication.translate(
            "Passphrase", "It contains your display name, which others know."
        ),
        Weakness.KEYBOARD: QCoreApplication.translate(
            "Passphrase", "It follows a row or a pattern of keys on the keyboard."
        ),
        Weakness.SEQUENCE: QCoreApplication.translate(
            "Passphrase", "It contains a sequence such as abc or 1234."
        ),
        Weakness.REPEAT: QCoreApplication.translate(
            "Passphrase", "It repeats characters or a group of characters."
        ),
        Weakness.DATE: QCoreApplication.translate(
            "Passphrase", "It contains a date or a year, which is tried early."
        ),
        Weakness.TOO_GUESSABLE: QCoreApplication.translate(
            "Passphrase", "It is too simple for its length to withstand guessing."
        ),
    }
    return texts[weakness]


class StrengthMeter(QWidget):
    """A bar and one sentence for `estimate_strength`: accepted or not, and why not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_words: tuple[str, ...] = ()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, MAX_SCORE)
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

    def update_for(self, passphrase: str) -> Strength:
        strength = estimate_strength(passphrase, self.user_words)
        self.bar.setValue(strength.score if passphrase else 0)
        if not passphrase:
            text = ""
        elif strength.weakness is not None:
            text = self.tr("Not accepted. {reason}").format(reason=weakness_text(strength.weakness))
        elif strength.score < MAX_SCORE:
            text = self.tr("Accepted. Estimated strength: good.")
        else:
            text = self.tr("Accepted. Estimated strength: strong.")
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        return strength


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
                "At least {count} characters, and not easy to guess: no common password, "
                "name or keyboard pattern. Several unrelated words are strong and easier "
                "to remember than a jumble of symbols."
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

    def set_user_words(self, words: Iterable[str]) -> None:
        """Words the passphrase must not be made of (the display name), as the core checks."""
        self.meter.user_words = tuple(words)
        self.meter.update_for(self.edit.text())

    def passphrase(self) -> str | None:
        """The new passphrase if the core would accept it and it was typed the same twice;
        else None, with the reason shown and the field to fix focused."""
        new = self.edit.text()
        weakness = self.meter.update_for(new).weakness
        if weakness is not None:
            self.error.show_error(
                self.tr("This passphrase is not accepted. {reason}").format(
                    reason=weakness_text(weakness)
                )
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
