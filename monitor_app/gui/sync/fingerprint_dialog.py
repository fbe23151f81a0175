"""Before a key card becomes a contact: its fingerprint in large groups, to compare by voice
with the card's owner. A swapped card (on a USB stick, by e-mail) would let someone else
read the bundles sent to it or sign bundles in the owner's name, and only this comparison
catches it. Nothing is added until the user says, in so many words, that all groups match.

The name on the card is shown on its own, in a labelled box apart from the fingerprint's
framed monospace block, on one line (cut with "…" if long; whole in its tooltip), so no name
can pass for a line of the fingerprint. A contact who already has a name that looks the same
is named in a warning: only the fingerprint tells the two apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.sync.contacts import Contact
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.groups_display import GroupsDisplay
from monitor_app.gui.common.layout import fit_to_text
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.widgets import PlainLabel, paragraph

FINGERPRINT_SCALE = 1.8
DIALOG_CHARS = 75
NAME_CHARS = 60  # the room the name gets on its line, in average characters


def name_line(name: str, parent: QWidget) -> PlainLabel:
    """``name`` on one line of its own, bold, cut with "…" to fit, whole in its tooltip."""
    label = PlainLabel("", parent, wrap=False)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    whole = one_line(name)
    room = label.fontMetrics().averageCharWidth() * NAME_CHARS
    label.set_plain(label.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, room))
    label.setToolTip(whole)
    label.setAccessibleName(whole)
    return label


class AddContactDialog(QDialog):
    """Accepted means the user confirmed the fingerprint; the caller adds the card.
    ``namesakes``: the contacts whose names look like the card's."""

    def __init__(
        self,
        card: KeyCard,
        parent: QWidget | None = None,
        *,
        namesakes: Sequence[Contact] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addContactDialog")
        self.setWindowTitle(self.tr("Add a contact"))
        self.card = card
        name_box = QGroupBox(self.tr("Name on the key card"), self)
        self.name_label = name_line(card.display_name, name_box)
        self.name_label.setObjectName("cardOwnerLabel")
        QVBoxLayout(name_box).addWidget(self.name_label)
        self.namesake_warning = MessageLabel("namesakeWarning", self)
        if namesakes:
            self.namesake_warning.show_error(
                self.tr(
                    "You already have a contact with a name like this: {names}. It may be "
                    "someone else using the same name. Only the fingerprint tells you who "
                    "this card belongs to."
                ).format(names=", ".join(one_line(c.name) for c in namesakes))
            )
        steps = paragraph(
            self.tr(
                "Make sure this card really comes from its owner before you add it. Call "
                "them or meet them, and ask them to read out the fingerprint that their "
                "Trial Monitor shows under Contacts. Compare every group with these:"
            ),
            self,
        )
        fingerprint_box = QGroupBox(self.tr("Fingerprint"), self)
        self.fingerprint = GroupsDisplay(
            card.fingerprint.split(),
            "fingerprintGroup",
            self.tr("Fingerprint"),
            FINGERPRINT_SCALE,
            fingerprint_box,
        )
        self.fingerprint.setObjectName("fingerprintDisplay")
        QVBoxLayout(fingerprint_box).addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        warning = paragraph(
            self.tr(
                "If even one digit differs, do not add the card: it may have been swapped "
                "on the way. Ask for it again by another route. Do not compare by e-mail "
                "or chat, which is how a swapped card would travel."
            ),
            self,
        )
        self.match_check = QCheckBox(
            self.tr("I compared every group with the owner, by voice, and they all &match"), self
        )
        self.match_check.setObjectName("fingerprintMatchCheck")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("addContactOkButton")
        self.ok_button.setText(self.tr("&Add contact"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "addContactCancelButton"
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.match_check.toggled.connect(self.ok_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.addWidget(name_box)
        layout.addWidget(self.namesake_warning)
        layout.addWidget(steps)
        layout.addWidget(fingerprint_box)
        layout.addWidget(warning)
        layout.addWidget(self.match_check)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_text(self, DIALOG_CHARS)
        self.match_check.setFocus()

    def accept(self) -> None:
        if self.match_check.isChecked():  # Enter must not bypass the check
            super().accept()
