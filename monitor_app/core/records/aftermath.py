"""After the verdict: the elements of each defendant's sentence (a prison term, a fine, a
ban on activities...) and what follows them (an appeal, a request to clarify the sentence
and the court's answer, violation proceedings, a pardon, the defendant's situation), for
one notebook. The CLI and the GUI both call this.

Entry is checked like every record's (`entry_values`, then the shared rules of
`value_checks` when the notebook saves): codes must be those of the vocabularies in
`records`, dates are given as `datetime.date` and kept as "YYYY-MM-DD", and a proceeding
names a sentence element or a hearing of its own trial only. Only a record's author revises
it (the store refuses anyone else's revision as current).

The zone of a revision is the court's: that of the trial's latest hearing (a trial's
hearings sit in one courthouse; the latest is where the trial ended up, after a transfer to
an appeal court in another zone), else this computer's zone when the trial has no hearing
yet. `terms.term_state` counts an element's days in that zone, so a ban that ends on a day
in Almaty ends at midnight in Almaty, whatever the observer's laptop says.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any, TypedDict, Unpack

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.aftermath_vocabulary import (
    AftermathVocabulary,
    load_aftermath_vocabulary,
)
from monitor_app.core.records.entry_values import clean_list, clean_text, one_of
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    AllegedConduct,
    BannedActivity,
    DefendantSituation,
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.core.records.timeutil import local_zone_name
from monitor_app.core.records.value_checks import date_text


# What the GUI and the CLI hand in to add or change an element or a proceeding: every field
# optional; dates as `datetime.date` (None clears one).
class SentenceFields(TypedDict, total=False):
    activities: tuple[str, ...]
    judgment_court: str
    judgment_date: date | None
    start_date: date | None
    years: int
    months: int
    days: int
    end_date: date | None
    amount: str
    wording: str
    standards: tuple[str, ...]  # none given: the vocabulary's, for the element and activities
    notes: str


class SentenceChanges(SentenceFields, total=False):
    defendant: str
    element: str


class ProceedingFields(TypedDict, total=False):
    defendant: str  # none given: the sentence element's, else the trial's only defendant
    sentence_id: str | None
    hearing_id: str | None
    date: date | None
    deadline: date | None
    brought_by: str
    conduct: str
    conduct_detail: str
    situation: str
    request: str
    answer: str
    outcome: str
    detention_days: int
    notes: str


class ProceedingChanges(ProceedingFields, total=False):
    proceeding_type: str


def _stored_dates(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with each date given as the vault keeps it ("2026-11-24")."""
    return {
        name: date_text(name, value) if isinstance(value, date) else value
        for name, value in values.items()
    }


class Aftermath:
    """Sentences and what follows them, for one notebook."""

    def __init__(self, notebook: Notebook) -> None:
        self.notebook = notebook
        self.vocabulary: AftermathVocabulary = load_aftermath_vocabulary()

    def trial_zone(self, trial_id: str) -> str:
        """The zone the trial's after-the-verdict records are kept in (see the module)."""
        hearings = self.notebook.list_hearings(trial_id)
        return hearings[-1].tz if hearings else local_zone_name()

    # ---- sentence elements ------------------------------------------------------------

    def add_sentence_element(
        self, trial_id: str, defendant: str, element: str, **fields: Unpack[SentenceFields]
    ) -> SentenceElement:
        trial = self.notebook.get_trial(trial_id)
        record = SentenceElement(
            trial_id=trial.id, defendant=defendant, element=element, **_stored_dates(fields)
        )
        return self._save_element(self._valid_element(record))

    def update_sentence_element(
        self, element_id: str, **changes: Unpack[SentenceChanges]
    ) -> SentenceElement:
        current = self.get_sentence_element(element_id)
        record = dataclasses.replace(current, **_stored_dates(changes))
        if "standards" not in changes and current.standards == self._default_standards(current):
            # Standards the vocabulary chose follow the element; those a user chose stay.
            record = dataclasses.replace(record, standards=())
        return self._save_element(self._valid_element(record))

    def get_sentence_element(self, element_id: str) -> SentenceElement:
        return self.notebook.get_record(SentenceElement, element_id)

    def sentence_elements(self, trial_id: str) -> list[SentenceElement]:
        """The trial's sentence elements by defendant, then judgment date (undated last);
        those of one judgment in the vocabulary's order (prison before a ban)."""
        trial = self.notebook.get_trial(trial_id)
        order = {code.value: number for number, code in enumerate(SentenceElementType)}
        return sorted(
            self.notebook.list_records(SentenceElement, trial.id),
            key=lambda e: (
                e.defendant.casefold(),
                e.judgment_date is None,
                e.judgment_date or "",
                order.get(e.element, len(order)),
                e.start_date or "",
                e.id,
            ),
        )

    def _save_element(self, record: SentenceElement) -> SentenceElement:
        return self.notebook.save_record(record, record.trial_id, self.trial_zone(record.trial_id))

    def _default_standards(self, record: SentenceElement) -> tuple[str, ...]:
        return self.vocabulary.standards_for(record.element, record.activities)

    def _valid_element(self, record: SentenceElement) -> SentenceElement:
        defendant = clean_text(record.defendant, "defendant")
        if not defendant:
            raise ValidationError("sentence-defendant-missing")
        one_of(record.element, SentenceElementType, error_code="sentence-element-invalid")
        activities = tuple(dict.fromkeys(clean_list(record.activities)))
        for activity in activities:
            one_of(activity, BannedActivity, error_code="banned-activity-invalid")
        if activities and record.element != SentenceElementType.ACTIVITY_BAN:
            raise ValidationError("activities-only-on-ban", element=record.element)
        record = dataclasses.replace(record, defendant=defendant, activities=activities)
        return dataclasses.replace(
            record,
            judgment_court=clean_text(record.judgment_court, "judgment_court"),
            amount=clean_text(record.amount, "amount"),
            wording=clean_text(record.wording, "wording"),
            standards=clean_list(record.standards) or self._default_standards(record),
            notes=clean_text(record.notes, "notes"),
        )

    # ---- proceedings ------------------------------------------------------------------

    def add_proceeding(
        self, trial_id: str, proceeding_type: str, **fields: Unpack[ProceedingFields]
    ) -> Proceeding:
        trial = self.notebook.get_trial(trial_id)
        record = Proceeding(
            trial_id=trial.id, proceeding_type=proceeding_type, **_stored_dates(fields)
        )
        return self._save_proceeding(self._valid_proceeding(record, trial))

    def update_proceeding(
        self, proceeding_id: str, **changes: Unpack[ProceedingChanges]
    ) -> Proceeding:
        current = self.get_proceeding(proceeding_id)
        record = dataclasses.replace(current, **_stored_dates(changes))
        trial = self.notebook.get_trial(current.trial_id)
        return self._save_proceeding(self._valid_proceeding(record, trial))

    def get_proceeding(self, proceeding_id: str) -> Proceeding:
        return self.notebook.get_record(Proceeding, proceeding_id)

    def proceedings(self, trial_id: str) -> list[Proceeding]:
        """The trial's proceedings by date (undated last)."""
        trial = self.notebook.get_trial(trial_id)
        return sorted(
            self.notebook.list_records(Proceeding, trial.id),
            key=lambda p: (p.date is None, p.date or "", p.deadline or "", p.id),
        )

    def _save_proceeding(self, record: Proceeding) -> Proceeding:
        return self.notebook.save_record(record, record.trial_id, self.trial_zone(record.trial_id))

    def _valid_proceeding(self, record: Proceeding, trial: Trial) -> Proceeding:
        kind = one_of(record.proceeding_type, ProceedingType, error_code="proceeding-type-invalid")
        outcome = one_of(record.outcome, ProceedingOutcome, error_code="proceeding-outcome-invalid")
        if record.conduct:
            one_of(record.conduct, AllegedConduct, error_code="alleged-conduct-invalid")
        if record.situation:
            one_of(record.situation, DefendantSituation, error_code="defendant-situation-invalid")
        if (record.conduct or record.conduct_detail.strip()) and kind != ProceedingType.VIOLATION:
            raise ValidationError("conduct-only-on-violation")
        if record.situation and kind != ProceedingType.SITUATION:
            raise ValidationError("situation-only-on-situation")
        if record.detention_days and outcome != ProceedingOutcome.DETENTION:
            raise ValidationError("detention-days-without-detention")
        record = dataclasses.replace(
            record,
            sentence_id=record.sentence_id or None,
            hearing_id=record.hearing_id or None,
            defendant=self._proceeding_defendant(record, trial),
        )
        if record.hearing_id and self.notebook.get_hearing(record.hearing_id).trial_id != trial.id:
            raise ValidationError("hearing-of-another-trial")
        return dataclasses.replace(
            record,
            brought_by=clean_text(record.brought_by, "brought_by"),
            conduct_detail=clean_text(record.conduct_detail, "conduct_detail"),
            request=clean_text(record.request, "request"),
            answer=clean_text(record.answer, "answer"),
            notes=clean_text(record.notes, "notes"),
        )

    def _proceeding_defendant(self, record: Proceeding, trial: Trial) -> str:
        """Whom the proceeding concerns: as given, else the sentence element's defendant,
        else the trial's only defendant. A sentence element named must be of this trial
        and of this defendant."""
        defendant = clean_text(record.defendant, "defendant")
        if record.sentence_id:
            element = self.get_sentence_element(record.sentence_id)
            if element.trial_id != trial.id:
                raise ValidationError("sentence-of-another-trial")
            if defendant and defendant.casefold() != element.defendant.casefold():
                raise ValidationError(
                    "proceeding-defendant-differs", defendant=defendant, owner=element.defendant
                )
            defendant = defendant or element.defendant
        if not defendant and len(trial.defendants) == 1:
            defendant = trial.defendants[0]
        if not defendant:
            raise ValidationError("proceeding-defendant-missing")
        return defendant
