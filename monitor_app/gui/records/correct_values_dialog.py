"""Correcting values an older version saved that no coordinator takes (sending refuses them
and names the records): one field at a time, in the form the vault keeps it in, through
`core.records.corrections`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.corrections import (
    Correction,
    FieldForm,
    correct_value,
    next_correction,
)
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.records.models import field_names


class CorrectValuesDialog(QDialog):
    """The records' fields to correct, one after another; done when none is left."""

    def __init__(
        self, session: VaultSession, record_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctValuesDialog")
        self.setWindowTitle(self.tr("Correct values an older version saved"))
        self.store = session.notebook.store
        self.pending = list(record_ids)
        self.correction: Correction | None = None
        self.names = field_names()
        self.hints = {
            FieldForm.INSTANT: self.tr("A time in UTC, written as 2026-11-24T10:30:00Z."),
            FieldForm.DATE: self.tr("A date, written as 2026-11-24."),
            FieldForm.ZONE: self.tr("A time zone, written as Asia/Almaty."),
            FieldForm.NUMBER: self.tr("A whole number."),
            FieldForm.TEXT: self.tr("Text; a list takes one entry per line."),
            FieldForm.CLEAR_ONLY: self.tr("This value can only be cleared: leave it empty."),
        }

        intro = PlainLabel(
            self.tr(
                "An older version of Trial Monitor saved these values, and no coordinator "
                "accepts them. Correct each one; the old values stay in the record's history."
            ),
            self,
        )
        self.record_label = PlainLabel("", self)
        self.record_label.setObjectName("correctionRecord")
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("correctionEdit")
        self.hint_label = PlainLabel("", self)
        self.hint_label.setObjectName("correctionHint")
        self.status = MessageLabel("correctionStatus", self)
        form = QFormLayout()
        self.field_label = PlainLabel("", self)
        self.field_label.setObjectName("correctionField")
        form.addRow(self.tr("Field:"), self.field_label)
        form.addRow(self.tr("New value:"), self.value_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        self.save_button = buttons.addButton(
            self.tr("&Save correction"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("saveCorrectionButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.value_edit.returnPressed.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.record_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_next()

    def _show_next(self) -> None:
        """The next field to correct, or that every record is corrected."""
        self.correction = None
        while self.pending:
            try:
                self.correction = next_correction(self.store, self.pending[0])
            except TrialMonitorError as exc:  # removed meanwhile: nothing to correct
                self.status.show_error(error_text(exc))
            if self.correction is not None:
                break
            self.pending.pop(0)
        done = self.correction is None
        for widget in (self.value_edit, self.save_button):
            widget.setEnabled(not done)
        if self.correction is None:
            self.record_label.setText("")
            self.field_label.setText("")
            self.value_edit.clear()
            self.hint_label.setText("")
            self.status.show_info(self.tr("Every value is corrected. Send the bundle again."))
            return
        record = self.correction.record
        self.record_label.setText(f"{record.record_id[:8]}: {error_text(record.problem)}")
        self.field_label.setText(self.names.get(self.correction.field, self.correction.field))
        self.value_edit.setText(self.correction.value)
        hint = self.hints[self.correction.form]
        if self.correction.required:
            hint += " " + self.tr("It cannot be left empty.")
        self.hint_label.setText(hint)
        self.value_edit.setFocus()

    def save(self) -> None:
        correction = self.correction
        if correction is None:
            return
        try:
            correct_value(
                self.store, correction.record.record_id, correction.field, self.value_edit.text()
            )
        except TrialMonitorError as exc:  # refused: what was typed stays to be corrected
            self.status.show_error(error_text(exc))
            return
        self.status.clear_message()
        self._show_next()
