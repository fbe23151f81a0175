"""Before a key card becomes a contact: its fingerprint in large groups, to compare by voice
with the card's owner. A swapped card (on a USB stick, by e-mail) would let someone else
read the bundles sent to it or sign bundles in the owner's name, and only this comparison
catches it. Nothing is added until the user says, in so many words, that all groups match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from monitor_app.core.sync.identity import KeyCard
from monitor_app.gui.common.groups_display import GroupsDisplay
from monitor_app.gui.common.layout import fit_to_text
from monitor_app.gui.common.widgets import PlainLabel, paragraph

FINGERPRINT_SCALE = 1.8


class AddContactDialog(QDialog):
    """Accepted means the user confirmed the fingerprint; the caller adds the card."""

    def __init__(self, card: KeyCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addContactDialog")
        self.setWindowTitle(self.tr("Add a contact"))
        self.card = card
        name = PlainLabel(self.tr("Key card of {name}").format(name=card.display_name), self)
        name.setObjectName("cardOwnerLabel")
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        name.setFont(font)
        steps = paragraph(
            self.tr(
                "Make sure this card really comes from its owner before you add it. Call "
                "them or meet them, and ask them to read out the fingerprint that their "
                "Trial Monitor shows under Contacts. Compare every group with these:"
            ),
            self,
        )
        self.fingerprint = GroupsDisplay(
            card.fingerprint.split(),
            "fingerprintGroup",
            self.tr("Fingerprint"),
            FINGERPRINT_SCALE,
            self,
        )
        self.fingerprint.setObjectName("fingerprintDisplay")
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
        layout.addWidget(name)
        layout.addWidget(steps)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(warning)
        layout.addWidget(self.match_check)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_text(self, 75)
        self.match_check.setFocus()

    def accept(self) -> None:
        if self.match_check.isChecked():  # Enter must not bypass the check
            super().accept()
