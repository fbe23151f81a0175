"""Entering what followed a verdict: an appeal, a request to clarify the sentence and the
court's answer, proceedings for an alleged violation of a ban and their outcome, a pardon,
the defendant's situation ...

Only the fields that apply to the kind chosen are shown, so the form stays small: a
violation asks what conduct was alleged and how many days of detention followed; a
clarification asks what was asked and what the court answered, both verbatim.

A violation or clarification hearing is a hearing like any other, observed in live mode:
"Add a hearing for it" asks (`hearing_requested`, with the hearing type to preset) whoever
opened this form to open the hearing form, and `link_hearing` then chooses the hearing saved.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QSpinBox, QWidget

from monitor_app.core.records.aftermath import ProceedingFields
from monitor_app.core.records.form_drafts import FormKind
from monitor_app.core.records.records import (
    HearingType,
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
)
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.value_checks import NUMBER_BOUNDS
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.layout import ScrollingBody, fit_on_screen, keep_on_screen
from monitor_app.gui.common.models import STATUSES, TYPES, code_labels, coded, local_time
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import CodeComboBox, line_edit, make_button, text_box
from monitor_app.gui.records.aftermath_form import (
    AftermathForm,
    DraftField,
    DraftInput,
    FormPage,
    narrow,
    plain_tip,
    verbatim_box,
)
from monitor_app.gui.records.aftermath_models import Clock
from monitor_app.gui.records.aftermath_words import CONDUCT, OUTCOMES, PROCEEDINGS, SITUATIONS

P = ProceedingType
# The fields each kind of proceeding shows, besides its kind, defendant and notes.
_REVIEW = frozenset({"sentence", "hearing", "date", "deadline", "brought_by", "outcome"})
_RELEASE = frozenset({"sentence", "hearing", "date", "brought_by", "outcome"})
FIELDS_FOR: Mapping[str, frozenset[str]] = {
    P.APPEAL: _REVIEW,
    P.CASSATION: _REVIEW,
    P.CLARIFICATION: _REVIEW | {"request", "answer"},
    P.VIOLATION: _REVIEW | {"conduct", "conduct_detail", "detention_days"},
    P.REPORTING: frozenset({"sentence", "date"}),
    P.EARLY_RELEASE: _RELEASE,
    P.PARDON: _RELEASE,
    P.AMNESTY: _RELEASE,
    P.RESTRICTION_ENDED: frozenset({"sentence", "date"}),
    P.SITUATION: frozenset({"date", "situation"}),
    P.OTHER: _REVIEW,
}
# Fields the core takes for one kind only: hidden, they are saved empty.
ONE_KIND_ONLY = frozenset({"conduct", "conduct_detail", "situation", "detention_days"})
# The type a hearing about a proceeding is most likely of.
HEARING_TYPE_FOR: Mapping[str, str] = {
    P.APPEAL: HearingType.APPEAL,
    P.CASSATION: HearingType.CASSATION,
    P.VIOLATION: HearingType.BAN_VIOLATION,
}
NONE = ""  # the "none" choice of the optional combos


class ProceedingDialog(AftermathForm):
    """A new proceeding after a trial's verdict (``proceeding_id`` None) or an edit of
    one; `saved` is the proceeding saved."""

    FORM_KIND = FormKind.PROCEEDING

    hearing_requested = Signal(str)  # the hearing type to preset

    def __init__(
        self,
        session: VaultSession,
        trial_id: str,
        proceeding_id: str | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(session, trial_id, proceeding_id, parent, clock=clock)
        self.setObjectName("proceedingDialog")
        self.proceeding_id = proceeding_id
        self.setWindowTitle(
            self.tr("New proceeding after the verdict")
            if proceeding_id is None
            else self.tr("Edit proceeding after the verdict")
        )
        self._make_fields()
        # Each optional input by its name in FIELDS_FOR, and its row (shown when it applies):
        # the input itself, but the hearing's, which has its button beside it.
        self.inputs: dict[str, DraftInput] = {
            "sentence": self.sentence_combo,
            "hearing": self.hearing_combo,
            "date": self.date,
            "deadline": self.deadline,
            "brought_by": self.brought_by_edit,
            "conduct": self.conduct_combo,
            "conduct_detail": self.conduct_detail_edit,
            "situation": self.situation_combo,
            "request": self.request_edit,
            "answer": self.answer_edit,
            "outcome": self.outcome_combo,
            "detention_days": self.detention_spin,
        }
        self.fields: dict[str, QWidget] = {**self.inputs, "hearing": self.hearing_row}
        self.page = FormPage(
            [
                (self.tr("&What:"), self.type_combo),
                (self.tr("&Defendant:"), self.defendant_combo),
                (self.tr("Concerns &element:"), self.sentence_combo),
                (self.tr("Hearin&g:"), self.hearing_row),
                (self.tr("D&ate:"), self.date),
                (self.tr("Dead&line:"), self.deadline),
                (self.tr("&Brought by:"), self.brought_by_edit),
                (self.tr("&Conduct alleged:"), self.conduct_combo),
                (self.tr("Conduct in deta&il:"), self.conduct_detail_edit),
                (self.tr("Sit&uation:"), self.situation_combo),
                (self.tr("As&ked (verbatim):"), self.request_edit),
                (self.tr("The court's a&nswer (verbatim):"), self.answer_edit),
                (self.tr("&Outcome:"), self.outcome_combo),
                (self.tr("Days of de&tention:"), self.detention_spin),
                (self.tr("Note&s:"), self.notes_edit),
            ]
        )
        self.finish_form(self.page)

        self._kept: set[str] = set()  # fields an edited record has, shown whatever its kind
        self._load_hearings(None)
        if proceeding_id is not None:
            self._load(self.aftermath.get_proceeding(proceeding_id))
        self.type_combo.currentIndexChanged.connect(self._follow_type)
        self.outcome_combo.currentIndexChanged.connect(self._follow_outcome)
        self.sentence_combo.currentIndexChanged.connect(self._follow_sentence)
        self.sentence_combo.currentIndexChanged.connect(self._describe_sentence)
        self._describe_sentence()
        self._follow_type()
        self.type_combo.setFocus()
        self.keep_form_drafts()

    def _make_fields(self) -> None:
        none = self.tr("— none —")
        not_recorded = self.tr("— not recorded —")

        self.type_combo = narrow(
            CodeComboBox(self.words.choices(PROCEEDINGS), "proceedingTypeCombo", self.tr("What"))
        )
        self.sentence_combo = narrow(QComboBox())
        self.sentence_combo.setObjectName("sentenceCombo")
        self.sentence_combo.setAccessibleName(self.tr("Element of the sentence"))
        self.sentence_combo.addItem(none, NONE)
        self.owners: dict[str, str] = {}  # each element's defendant
        self._list_elements()
        self.hearing_combo = narrow(QComboBox())
        self.hearing_combo.setObjectName("hearingCombo")
        self.hearing_combo.setAccessibleName(self.tr("Hearing"))
        self.add_hearing_button = make_button(
            self.tr("Add a &hearing for it…"), "addHearingButton", self._ask_for_hearing
        )
        self.add_hearing_button.setToolTip(
            self.tr("A hearing like any other: observed, and logged in live mode")
        )
        self.date = self.date_field("proceedingDate", self.tr("Date"))
        self.deadline = self.date_field("deadlineDate", self.tr("Deadline"))
        self.brought_by_edit = line_edit(
            "broughtByEdit",
            self.tr("Brought by"),
            self.tr("The defence, the prosecutor, the probation service…"),
        )
        self.conduct_combo = narrow(
            CodeComboBox(
                {NONE: not_recorded} | self.words.choices(CONDUCT),
                "conductCombo",
                self.tr("Conduct alleged"),
            )
        )
        self.conduct_detail_edit = text_box(
            "conductDetailEdit", self.tr("What the defendant is said to have done"), lines=2
        )
        self.situation_combo = narrow(
            CodeComboBox(
                {NONE: not_recorded} | self.words.choices(SITUATIONS),
                "situationCombo",
                self.tr("Situation"),
            )
        )
        self.request_edit = verbatim_box("requestEdit", self.tr("What the court was asked"), 3)
        self.answer_edit = verbatim_box("answerEdit", self.tr("The court's answer"), 4)
        self.outcome_combo = narrow(
            CodeComboBox(self.words.choices(OUTCOMES), "outcomeCombo", self.tr("Outcome"))
        )
        self.detention_spin = QSpinBox()
        self.detention_spin.setObjectName("detentionDaysSpin")
        self.detention_spin.setAccessibleName(self.tr("Days of detention"))
        self.detention_spin.setRange(0, NUMBER_BOUNDS["detention_days"])
        self.detention_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.notes_edit = text_box("notesEdit", self.tr("Notes"), lines=3)

        self.hearing_row = QWidget()
        row = QHBoxLayout(self.hearing_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hearing_combo, 1)
        row.addWidget(self.add_hearing_button)

    def _list_elements(self) -> None:
        """The elements of the sentence to choose from, each in a few words (what it is; a
        ban's end; whose, when the trial has several defendants), so the one chosen shows
        whole; the whole element (every activity banned) as its tooltip."""
        elements = self.aftermath.sentence_elements(self.trial_id)
        several = len({*self.trial.defendants, *(e.defendant for e in elements)}) > 1
        for element in elements:
            self.owners[element.id] = element.defendant
            short = self.words.element_in_brief(element)
            whole = self.words.element(element)
            if several:
                short, whole = (
                    self.tr("{defendant}: {element}").format(
                        defendant=one_line(element.defendant), element=text
                    )
                    for text in (short, whole)
                )
            self.sentence_combo.addItem(short, element.id)
            self.sentence_combo.setItemData(
                self.sentence_combo.count() - 1, plain_tip(whole), Qt.ItemDataRole.ToolTipRole
            )

    # ---- what applies ---------------------------------------------------------------------

    def proceeding_type(self) -> str:
        return self.type_combo.code()

    def shown_fields(self) -> frozenset[str]:
        """The optional fields that apply: the kind's, and any other an edited record had
        (never lost by an edit), but those the core takes for one kind only."""
        kept = self._kept - ONE_KIND_ONLY
        return FIELDS_FOR.get(self.proceeding_type(), FIELDS_FOR[P.OTHER]) | kept

    def _follow_type(self) -> None:
        shown = self.shown_fields()
        for name, widget in self.fields.items():
            self.page.form.setRowVisible(widget, name in shown)
        self._follow_outcome()
        # As tall as the rows shown: a kind with fewer fields gives the room back. (The body
        # is in a scroll area, which keeps its old size hint until told.)
        self.page.form.activate()
        for scrolling in self.findChildren(ScrollingBody):
            scrolling.updateGeometry()
        fit_on_screen(self, QSize(self.width(), self.sizeHint().height()))
        keep_on_screen(self)

    def _follow_outcome(self) -> None:
        detention = self.outcome_combo.code() == ProceedingOutcome.DETENTION
        self.detention_spin.setEnabled(detention)

    def _follow_sentence(self) -> None:
        """Choosing an element of the sentence chooses whose it is."""
        owner = self.owners.get(str(self.sentence_combo.currentData() or ""))
        if owner:
            self.set_defendant(owner)

    def _describe_sentence(self) -> None:
        """The element chosen, whole, as the combo's tooltip."""
        combo = self.sentence_combo
        combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))

    # ---- the hearing ----------------------------------------------------------------------

    def _ask_for_hearing(self) -> None:
        kind = HEARING_TYPE_FOR.get(self.proceeding_type(), HearingType.OTHER)
        self.hearing_requested.emit(str(kind))

    def link_hearing(self, hearing_id: str) -> None:
        """Choose a hearing just saved (the one asked for)."""
        self._load_hearings(hearing_id)

    def _load_hearings(self, chosen: str | None) -> None:
        types, statuses = code_labels(TYPES), code_labels(STATUSES)
        self.hearing_combo.clear()
        self.hearing_combo.addItem(self.tr("— none —"), NONE)
        for hearing in self.session.notebook.list_hearings(self.trial_id):
            facts = (
                local_time(hearing.scheduled_start, hearing.tz),
                coded(types, hearing.hearing_type),
                coded(statuses, hearing.status),
            )
            self.hearing_combo.addItem(" · ".join(facts), hearing.id)
        _choose(self.hearing_combo, chosen)

    # ---- loading and saving ---------------------------------------------------------------

    def _load(self, proceeding: Proceeding) -> None:
        self.type_combo.set_code(proceeding.proceeding_type)
        self.set_defendant(proceeding.defendant)
        _choose(self.sentence_combo, proceeding.sentence_id)
        self._load_hearings(proceeding.hearing_id)
        self.date.set_value(proceeding.date)
        self.deadline.set_value(proceeding.deadline)
        self.brought_by_edit.setText(proceeding.brought_by)
        self.conduct_combo.set_code(proceeding.conduct)
        self.conduct_detail_edit.setPlainText(proceeding.conduct_detail)
        self.situation_combo.set_code(proceeding.situation)
        self.request_edit.setPlainText(proceeding.request)
        self.answer_edit.setPlainText(proceeding.answer)
        self.outcome_combo.set_code(proceeding.outcome)
        self.detention_spin.setValue(proceeding.detention_days)
        self.notes_edit.setPlainText(proceeding.notes)
        values = {
            "sentence": proceeding.sentence_id,
            "hearing": proceeding.hearing_id,
            "date": proceeding.date,
            "deadline": proceeding.deadline,
            "brought_by": proceeding.brought_by,
            "request": proceeding.request,
            "answer": proceeding.answer,
            "outcome": proceeding.outcome != ProceedingOutcome.PENDING,
        }
        self._kept = {name for name, value in values.items() if value}

    def _fields(self) -> ProceedingFields:
        """What the form says; a field that does not apply, as empty."""
        shown = self.shown_fields()
        detention = (
            "detention_days" in shown and self.outcome_combo.code() == ProceedingOutcome.DETENTION
        )
        outcome = self.outcome_combo.code() if "outcome" in shown else ProceedingOutcome.PENDING

        def text(name: str, value: str) -> str:
            return value if name in shown else ""

        return {
            "defendant": self.defendant(),
            "sentence_id": str(self.sentence_combo.currentData() or "")
            if "sentence" in shown
            else None,
            "hearing_id": str(self.hearing_combo.currentData() or "")
            if "hearing" in shown
            else None,
            "date": self.date.value() if "date" in shown else None,
            "deadline": self.deadline.value() if "deadline" in shown else None,
            "brought_by": text("brought_by", self.brought_by_edit.text()),
            "conduct": text("conduct", self.conduct_combo.code()),
            "conduct_detail": text("conduct_detail", self.conduct_detail_edit.toPlainText()),
            "situation": text("situation", self.situation_combo.code()),
            "request": text("request", self.request_edit.toPlainText()),
            "answer": text("answer", self.answer_edit.toPlainText()),
            "outcome": str(outcome),
            "detention_days": self.detention_spin.value() if detention else 0,
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> None:
        if self.proceeding_id is None:
            self.saved = self.aftermath.add_proceeding(
                self.trial_id, self.proceeding_type(), **self._fields()
            )
        else:
            self.saved = self.aftermath.update_proceeding(
                self.proceeding_id, proceeding_type=self.proceeding_type(), **self._fields()
            )
        self.session.changed(Proceeding.KIND)

    def draft_fields(self) -> dict[str, DraftField]:
        """The kind first (it decides which fields are shown); the defendant after the
        element of the sentence (choosing one chooses its defendant)."""
        return {
            "proceeding_type": self.type_combo,
            **self.inputs,
            "defendant": self.defendant_combo,
            "notes": self.notes_edit,
        }


def _choose(combo: QComboBox, record_id: str | None) -> None:
    """Choose the item of ``record_id`` (none when it is not listed: deleted since)."""
    found = combo.findData(record_id or NONE)
    combo.setCurrentIndex(max(found, 0))
