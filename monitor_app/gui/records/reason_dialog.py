"""Asking why: every delete keeps a reason in the record's history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from monitor_app.gui.common.widgets import PlainLabel


class ReasonDialog(QDialog):
    """A prompt and a reason box; OK stays disabled until a reason is written."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        prompt_label = PlainLabel(prompt, self)
        prompt_label.setObjectName("reasonPrompt")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("For example: entered twice by mistake"))
        prompt_label.setBuddy(self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("&Delete"))
        self.ok_button.setAccessibleName(self.tr("Delete"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def accept(self) -> None:
        if self.reason().strip():  # Ctrl+Enter or a default button must not bypass the check
            super().accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The reason typed (stripped), or None if the user cancelled."""
    dialog = ReasonDialog(title, prompt, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason().strip()
        return None
    finally:
        dialog.deleteLater()
