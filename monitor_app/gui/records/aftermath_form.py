"""What the forms about the sentence and what followed it share (`AftermathForm`): the trial
and the record they edit, the defendant chosen from the trial's or typed, and a draft of
what is typed, kept as it is typed so that a crash or a lock loses none of it; a page of
labelled rows, a box for words kept verbatim, and combos that long labels (Russian,
Kazakh) do not widen past the screen."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import ClassVar, TypeAlias, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.form_drafts import FormKey, FormKind, FormState, JsonValue
from monitor_app.core.records.records import Proceeding, SentenceElement
from monitor_app.core.records.terms import today_in
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.field_widgets import CheckListModel
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.layout import fit_on_screen, text_size
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import CodeComboBox, SaveDialog, text_box
from monitor_app.gui.records.aftermath_models import Clock
from monitor_app.gui.records.aftermath_words import AftermathWords
from monitor_app.gui.records.date_field import DateField

# What a form's draft keeps, by the kind of input: its text, code, number, tick, day
# ("2026-11-24", or None when not known), or the codes ticked (a check list's model).
DraftInput: TypeAlias = (
    QLineEdit | QPlainTextEdit | QComboBox | QSpinBox | QAbstractButton | DateField
)
DraftField: TypeAlias = DraftInput | CheckListModel

C = TypeVar("C", bound=QComboBox)
COMBO_CHARS = 28  # a combo is this wide; its list shows long labels whole
FORM_CHARS = 125  # the forms' width: the vocabulary's labels are long in Russian and Kazakh


class AftermathForm(SaveDialog):
    """A form about ``trial_id``'s sentence or what followed it, editing ``record_id`` (None:
    a new record). A subclass builds its fields, lays them out with `finish_form`, shows the
    record edited, then calls `keep_form_drafts`: from then on what is typed in the fields
    `draft_fields` names is sealed as it is typed, and a draft a crash or a lock left is put
    back. `saved` is the record saved. ``clock`` is the time it is (tests fix it); the
    day it is today is the court's, in the trial's zone (`Aftermath.trial_zone`)."""

    FORM_KIND: ClassVar[FormKind]

    def __init__(
        self,
        session: VaultSession,
        trial_id: str,
        record_id: str | None,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.trial_id = trial_id
        self.record_id = record_id
        self.clock = clock
        self.saved: SentenceElement | Proceeding | None = None
        self.aftermath = Aftermath(session.notebook)
        self.words = AftermathWords(ui_language(), self)
        self.trial = session.notebook.get_trial(trial_id)
        self.zone = self.aftermath.trial_zone(trial_id)
        self.defendant_combo = defendant_combo(
            self.trial.defendants, QCoreApplication.translate("AftermathForm", "Defendant")
        )

    def court_today(self) -> date:
        """The day it is in the court's zone: what the countdowns count from, and the day
        a date not yet known offers."""
        return today_in(self.zone, self.clock())

    def date_field(self, object_name: str, accessible_name: str) -> DateField:
        """A date that may be unknown, offering the court's today while it is."""
        return DateField(object_name, accessible_name, today=self.court_today)

    def defendant(self) -> str:
        """The name chosen: the trial's own spelling when one of its names is shown."""
        shown = self.defendant_combo.currentText().strip()
        index = self.defendant_combo.findText(shown)
        return str(self.defendant_combo.itemData(index)) if index >= 0 else shown

    def set_defendant(self, name: str) -> None:
        index = self.defendant_combo.findData(name)
        if index >= 0:
            self.defendant_combo.setCurrentIndex(index)
        else:
            self.defendant_combo.setEditText(one_line(name))

    def finish_form(self, body: QWidget) -> None:
        """Lay out ``body`` over the error line and the buttons, `FORM_CHARS` wide."""
        self.finish_layout(body)
        widen(self)

    def keep_form_drafts(self) -> None:
        key = FormKey.for_form(self.FORM_KIND, self.record_id, self.trial_id)
        self.keep_drafts(self.session, key, lambda: self.saved is not None)

    # ---- the form's draft ---------------------------------------------------------------

    def draft_fields(self) -> Mapping[str, DraftField]:
        """The inputs a draft keeps, by name, in the order a draft is put back in: one
        whose value decides what others show (the kind of record) comes first."""
        raise NotImplementedError

    def form_state(self) -> FormState:
        return {name: _value(field) for name, field in self.draft_fields().items()}

    def set_form_state(self, state: FormState) -> None:
        """Show a state `form_state` gave (a draft's); what it lacks is left as shown."""
        for name, field in self.draft_fields().items():
            if name in state:
                _show_value(field, state[name])


def _value(field: DraftField) -> JsonValue:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, CodeComboBox):
        return field.code()
    if isinstance(field, QComboBox):  # a name typed or chosen; a record chosen
        return field.currentText() if field.isEditable() else str(field.currentData() or "")
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QAbstractButton):
        return field.isChecked()
    if isinstance(field, DateField):
        day = field.value()
        return day.isoformat() if day else None
    return list(field.checked())


def _show_value(field: DraftField, value: JsonValue) -> None:
    """Show a value `_value` gave; one of another type (never sealed so) is passed over."""
    if isinstance(value, bool):
        if isinstance(field, QAbstractButton):
            field.setChecked(value)
    elif isinstance(value, int):
        if isinstance(field, QSpinBox):
            field.setValue(value)
    elif isinstance(value, list):
        if isinstance(field, CheckListModel):
            field.set_checked(str(code) for code in value)
    elif value is None or isinstance(value, str):
        _show_text(field, value)


def _show_text(field: DraftField, text: str | None) -> None:
    if isinstance(field, DateField):
        field.set_value(text)
    elif text is None:
        return
    elif isinstance(field, QLineEdit):
        field.setText(text)
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    elif isinstance(field, CodeComboBox):
        if text:
            field.set_code(text)
    elif isinstance(field, QComboBox):
        found = field.findText(text) if field.isEditable() else field.findData(text)
        if found >= 0:
            field.setCurrentIndex(found)
        elif field.isEditable():
            field.setEditText(text)
        # A record chosen then deleted since is no longer offered: the choice is left.


class FormPage(QWidget):
    """A page of "label: field" rows (a label's "&" letter focuses its field; a row
    without a label spans the page); long rows wrap under their label on a narrow
    screen. A row is hidden with ``form.setRowVisible(field, False)``."""

    def __init__(
        self, rows: Sequence[tuple[str | None, QWidget]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in rows:
            if text is None:
                self.form.addRow(field)
            else:
                self.form.addRow(text, field)


def widen(dialog: QWidget) -> None:
    """Make a laid-out form `FORM_CHARS` wide (as far as the screen allows)."""
    fit_on_screen(dialog, dialog.size().expandedTo(text_size(dialog, FORM_CHARS, 0)))


def narrow(combo: C) -> C:
    """A combo as wide as `COMBO_CHARS`, whatever the length of its labels."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)
    return combo


def defendant_combo(defendants: Sequence[str], accessible_name: str) -> QComboBox:
    """The trial's defendants to choose from, or a name typed (``defendantCombo``)."""
    combo = narrow(QComboBox())
    combo.setObjectName("defendantCombo")
    combo.setAccessibleName(accessible_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for name in defendants:
        combo.addItem(one_line(name), name)
    combo.setCurrentIndex(0 if len(defendants) == 1 else -1)
    return combo


def plain_tip(text: str) -> str:
    """``text`` (a name typed, a bundle's) as a tooltip that shows it as it is, never as
    markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def verbatim_box(object_name: str, accessible_name: str, lines: int = 4) -> QPlainTextEdit:
    """A box for words kept exactly as said (a judgment, a court's answer): set in italics,
    as they are shown everywhere after, and saying so to a screen reader."""
    box = text_box(object_name, accessible_name, lines)
    font = QFont(box.font())
    font.setItalic(True)
    box.setFont(font)
    box.setPlaceholderText(
        QCoreApplication.translate("AftermathForm", "Exactly as said: kept as a quotation")
    )
    box.setAccessibleDescription(
        QCoreApplication.translate("AftermathForm", "A verbatim quotation")
    )
    return box
