"""Entering one element of a sentence: whose, what (a prison term, a fine, a ban on
activities ...), the judgment that imposed it, when it starts and how long it runs (a term,
or the day it ends), and the judgment's words verbatim.

The end is worked out as the user types ("ends 2025-02-28 · 812 days left"), by the same
arithmetic the core keeps (`terms`): a five-year ban from 29 February ends on 28 February.
The day it is today is the court's (`Aftermath.trial_zone`), not this laptop's."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from monitor_app.core.records.aftermath import SentenceFields
from monitor_app.core.records.form_drafts import FormKind
from monitor_app.core.records.records import SentenceElement, SentenceElementType
from monitor_app.core.records.terms import has_term, term_state
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.value_checks import NUMBER_BOUNDS
from monitor_app.gui.common.field_widgets import CheckListModel, CheckListView
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import CodeComboBox, PlainLabel, line_edit, paragraph, text_box
from monitor_app.gui.records.aftermath_form import (
    AftermathForm,
    DraftField,
    FormPage,
    narrow,
    verbatim_box,
)
from monitor_app.gui.records.aftermath_models import Clock
from monitor_app.gui.records.aftermath_words import ACTIVITIES, ELEMENTS
from monitor_app.gui.records.date_field import stored_date

STANDARDS_SEPARATOR = "; "
# The standards wrap in a box this many lines tall, so every one shows (a line cut short
# could turn "HRC GC 37" into "HRC GC 3"); the vocabulary's longest list takes two.
STANDARDS_LINES = 2
TERM_PARTS = ("years", "months", "days")


KEEP_TOGETHER = "\N{NO-BREAK SPACE}"  # "HRC GC 37" wraps whole, never "HRC GC" / "37"


def standards_text(standards: tuple[str, ...]) -> str:
    return STANDARDS_SEPARATOR.join(standard.replace(" ", KEEP_TOGETHER) for standard in standards)


def standards_of(text: str) -> tuple[str, ...]:
    """The standards typed: separated by ";" or put on lines of their own."""
    text = text.replace(KEEP_TOGETHER, " ").replace("\n", STANDARDS_SEPARATOR)
    return tuple(part.strip() for part in text.split(STANDARDS_SEPARATOR.strip()) if part.strip())


class SentenceDialog(AftermathForm):
    """A new element of a trial's sentence (``element_id`` None) or an edit of one; `saved`
    is the element saved. ``clock`` is the time it is (tests fix it)."""

    FORM_KIND = FormKind.SENTENCE

    def __init__(
        self,
        session: VaultSession,
        trial_id: str,
        element_id: str | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(session, trial_id, element_id, parent, clock=clock)
        self.setObjectName("sentenceDialog")
        self.element_id = element_id
        # A pardon or an overturned appeal ends an element early: the countdown shows it.
        self.proceedings = self.aftermath.proceedings(trial_id)
        self.setWindowTitle(
            self.tr("New element of the sentence")
            if element_id is None
            else self.tr("Edit element of the sentence")
        )

        self.element_combo = narrow(
            CodeComboBox(self.words.choices(ELEMENTS), "elementCombo", self.tr("Element"))
        )
        self.activities = CheckListModel(list(self.words.choices(ACTIVITIES).items()), self)
        self.activities_view = CheckListView(self.activities)
        self.activities_view.setObjectName("activitiesList")
        self.activities_view.setAccessibleName(self.tr("Activities banned"))
        # The vocabulary's few activities all in view: none scrolled out of sight unticked.
        rows = self.activities.rowCount()
        self.activities_view.setMinimumHeight(
            rows * self.activities_view.sizeHintForRow(0) + 2 * self.activities_view.frameWidth()
        )
        self.court_edit = line_edit("judgmentCourtEdit", self.tr("Court of the judgment"))
        self.judgment_date = self.date_field("judgmentDate", self.tr("Date of the judgment"))
        self.start_date = self.date_field("startDate", self.tr("Start"))
        self.court_edit.setText(self.trial.court)
        self.amount_edit = line_edit(
            "amountEdit", self.tr("Amount"), self.tr("As pronounced, for example 500 MCI")
        )
        self.wording_edit = verbatim_box("wordingEdit", self.tr("Wording as pronounced"), 5)
        self.standards_edit = text_box("standardsEdit", self.tr("Standards"), STANDARDS_LINES)
        self.standards_edit.setPlaceholderText(
            self.tr("For example: ICCPR 19; ICCPR 25; HRC GC 34")
        )
        self.notes_edit = text_box("notesEdit", self.tr("Notes"), lines=3)
        self.standing = PlainLabel("")
        self.standing.setObjectName("computedEnd")

        tabs = QTabWidget(self)
        tabs.setObjectName("sentenceTabs")
        self.sentence_page = FormPage(
            [
                (self.tr("&Defendant:"), self.defendant_combo),
                (self.tr("&Element:"), self.element_combo),
                (self.tr("Activities &banned:"), self.activities_view),
                (self.tr("&Court:"), self.court_edit),
                (self.tr("&Judgment of:"), self.judgment_date),
                (self.tr("&Starts:"), self.start_date),
                (self.tr("Runs:"), self._runs()),
                (self.tr("Where it stands:"), self.standing),
                (self.tr("&Amount:"), self.amount_edit),
            ]
        )
        tabs.addTab(self.sentence_page, self.tr("Sente&nce"))
        hint = paragraph(
            self.tr(
                "Type the judgment's words exactly as pronounced: they are kept and shown "
                "as a verbatim quotation."
            )
        )
        wording_page = FormPage(
            [
                (None, hint),
                (self.tr("Wo&rding:"), self.wording_edit),
                (self.tr("S&tandards:"), self.standards_edit),
                (self.tr("N&otes:"), self.notes_edit),
            ]
        )
        tabs.addTab(wording_page, self.tr("&Wording and standards"))
        self.finish_form(tabs)

        # Standards the vocabulary suggests follow the element until the user edits them.
        self._suggested: tuple[str, ...] = ()
        if element_id is not None:
            self._load(self.aftermath.get_sentence_element(element_id))
        self._follow_element()
        for signal in (
            self.element_combo.currentIndexChanged,
            self.activities.dataChanged,
            self.start_date.changed,
            self.judgment_date.changed,
            self.end_date.changed,
            self.by_term.toggled,
            *(spin.valueChanged for spin in self.term_spins.values()),
        ):
            signal.connect(self._follow_element)
        self.defendant_combo.setFocus()
        self.keep_form_drafts()

    def _runs(self) -> QWidget:
        """A term (years, months, days) or an end date: one or the other."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.by_term = QRadioButton(self.tr("For a &term of"), box)
        self.by_term.setObjectName("byTermRadio")
        self.by_end = QRadioButton(self.tr("&Until"), box)
        self.by_end.setObjectName("byEndDateRadio")
        group = QButtonGroup(box)
        group.addButton(self.by_term)
        group.addButton(self.by_end)
        self.by_term.setChecked(True)
        names = {
            "years": self.tr("years"),
            "months": self.tr("months"),
            "days": self.tr("days"),
        }
        term = QHBoxLayout()
        self.term_spins: dict[str, QSpinBox] = {}
        for part in TERM_PARTS:
            spin = QSpinBox(box)
            spin.setObjectName(f"{part}Spin")
            spin.setRange(0, NUMBER_BOUNDS[part])
            spin.setAccessibleName(names[part])
            label = QLabel(names[part], box)
            label.setBuddy(spin)
            term.addWidget(spin)
            term.addWidget(label)
            self.term_spins[part] = spin
        term.addStretch(1)
        self.end_date = self.date_field("endDate", self.tr("End date"))
        self.end_date.known.hide()  # the choice of "until" says it is known
        grid.addWidget(self.by_term, 0, 0)
        grid.addLayout(term, 0, 1)
        grid.addWidget(self.by_end, 1, 0)
        grid.addWidget(self.end_date, 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    # ---- what the form shows --------------------------------------------------------------

    def _element_code(self) -> str:
        return self.element_combo.code()

    def _is_ban(self) -> bool:
        return self._element_code() == SentenceElementType.ACTIVITY_BAN

    def _activities(self) -> tuple[str, ...]:
        return tuple(self.activities.checked()) if self._is_ban() else ()

    def _follow_element(self) -> None:
        """What depends on the rest: the activities (a ban's only), the amount (a fine's),
        the term or the end date, the suggested standards, and the end worked out."""
        self.activities_view.setEnabled(self._is_ban())
        # An amount is a fine's (one typed for another element is kept, and shown).
        fine = self._element_code() == SentenceElementType.FINE
        self.sentence_page.form.setRowVisible(
            self.amount_edit, fine or bool(self.amount_edit.text())
        )
        by_term = self.by_term.isChecked()
        for spin in self.term_spins.values():
            spin.setEnabled(by_term)
        self.end_date.known.setChecked(not by_term)
        self._suggest_standards()
        self._show_standing()

    def _suggest_standards(self) -> None:
        suggested = self.words.vocabulary.standards_for(self._element_code(), self._activities())
        if standards_of(self.standards_edit.toPlainText()) in ((), self._suggested):
            self.standards_edit.setPlainText(standards_text(suggested))
        self._suggested = suggested

    def _draft(self) -> SentenceElement:
        """The element as the form has it now (not saved)."""
        fields = self._fields()
        dates: dict[str, Any] = {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in fields.items()
        }
        return dataclasses.replace(
            SentenceElement(id=self.element_id or "", trial_id=self.trial_id),
            defendant=self.defendant(),
            element=self._element_code(),
            **dates,
        )

    def _show_standing(self) -> None:
        draft = self._draft()
        if has_term(draft) and not (draft.start_date or draft.end_date):
            self.standing.set_plain(self.words.unfinished_term())
            return
        # The core counts a new element's days in UTC until it is saved in the court's
        # zone: noon UTC of the court's day is that day in every reading.
        now = datetime.combine(self.court_today(), time(12), tzinfo=UTC)
        state = term_state(draft, self.proceedings, now)
        self.standing.set_plain(self.words.standing(draft, state))

    # ---- loading and saving ---------------------------------------------------------------

    def _load(self, element: SentenceElement) -> None:
        self.set_defendant(element.defendant)
        self.element_combo.set_code(element.element)
        self.activities.set_checked(element.activities)
        self.court_edit.setText(element.judgment_court)
        self.judgment_date.set_value(element.judgment_date)
        self.start_date.set_value(element.start_date)
        for part, spin in self.term_spins.items():
            spin.setValue(getattr(element, part))
        end = stored_date(element.end_date)
        (self.by_end if end else self.by_term).setChecked(True)
        if end:
            self.end_date.set_value(end)
        self.amount_edit.setText(element.amount)
        self.wording_edit.setPlainText(element.wording)
        self._suggested = self.words.vocabulary.standards_for(element.element, element.activities)
        self.standards_edit.setPlainText(standards_text(element.standards))
        self.notes_edit.setPlainText(element.notes)

    def _fields(self) -> SentenceFields:
        by_term = self.by_term.isChecked()
        return {
            "activities": self._activities(),
            "judgment_court": self.court_edit.text(),
            "judgment_date": self.judgment_date.value(),
            "start_date": self.start_date.value(),
            "years": self.term_spins["years"].value() if by_term else 0,
            "months": self.term_spins["months"].value() if by_term else 0,
            "days": self.term_spins["days"].value() if by_term else 0,
            "end_date": None if by_term else self.end_date.value(),
            "amount": self.amount_edit.text(),
            "wording": self.wording_edit.toPlainText(),
            "standards": standards_of(self.standards_edit.toPlainText()),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> None:
        defendant = self.defendant()
        if self.element_id is None:
            self.saved = self.aftermath.add_sentence_element(
                self.trial_id, defendant, self._element_code(), **self._fields()
            )
        else:
            self.saved = self.aftermath.update_sentence_element(
                self.element_id,
                defendant=defendant,
                element=self._element_code(),
                **self._fields(),
            )
        self.session.changed(SentenceElement.KIND)

    def draft_fields(self) -> dict[str, DraftField]:
        """The element first (it decides what else applies), the standards last (they
        follow the element and its activities until edited)."""
        return {
            "element": self.element_combo,
            "defendant": self.defendant_combo,
            "activities": self.activities,
            "judgment_court": self.court_edit,
            "judgment_date": self.judgment_date,
            "start_date": self.start_date,
            "by_term": self.by_term,
            "by_end_date": self.by_end,
            **self.term_spins,
            "end_date": self.end_date,
            "amount": self.amount_edit,
            "wording": self.wording_edit,
            "notes": self.notes_edit,
            "standards": self.standards_edit,
        }
