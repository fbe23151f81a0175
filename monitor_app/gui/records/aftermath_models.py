"""Table models of a trial's sentence and what followed it: the elements of the sentence,
each with where it stands today, and the proceedings after the verdict in date order; and
of what is coming up across trials (the observer's list under the trials and the
coordinator's Coming up tab show the same model).

Like every model of the app (`gui.common.models`) they keep plain core records, show each as
one safe line and sort on raw values (dates as ISO text, undated ones last)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from monitor_app.core.records.records import Proceeding, ProceedingOutcome, SentenceElement
from monitor_app.core.records.terms import TermState, term_state
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.upcoming import UpcomingItem, UpcomingKind
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.models import (
    CELL_CHARS,
    EMPTY,
    TYPES,
    Index,
    RecordTableModel,
    code_labels,
    coded,
)
from monitor_app.gui.records.aftermath_words import (
    ELEMENTS,
    OUTCOMES,
    PROCEEDINGS,
    SEPARATOR,
    AftermathWords,
    counted,
)

Clock = Callable[[], datetime]
LAST = "~"  # sorts after every ISO date: undated rows go last
NO_END = 10**9  # days left of an element with no end: after every countdown


class SentenceModel(RecordTableModel):
    """The elements of a trial's sentence, by defendant, then judgment date (the core's
    order); each with where it stands on `clock`'s day, given the trial's proceedings (a
    pardon ends a ban early)."""

    DEFENDANT, ELEMENT, STANDING = range(3)

    def __init__(
        self, words: AftermathWords, clock: Clock = utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.words = words
        self.clock = clock
        self._states: dict[str, TermState] = {}

    def headers(self) -> list[str]:
        return [self.tr("Defendant"), self.tr("Element"), self.tr("Where it stands")]

    def show(self, elements: Sequence[SentenceElement], proceedings: Sequence[Proceeding]) -> None:
        now = self.clock()
        self._states = {e.id: term_state(e, proceedings, now) for e in elements}
        self.set_records(elements)

    def state(self, element: SentenceElement) -> TermState:
        return self._states.get(element.id) or term_state(element, (), self.clock())

    def display(self, record: SentenceElement, column: int) -> str:
        if column == self.DEFENDANT:
            return one_line(record.defendant, CELL_CHARS)
        if column == self.ELEMENT:
            return one_line(self.words.element(record), CELL_CHARS)
        return self.words.standing(record, self.state(record))

    def sort_value(self, record: SentenceElement, column: int) -> Any:
        if column == self.DEFENDANT:
            return "\t".join((record.defendant.casefold(), record.judgment_date or LAST, record.id))
        if column == self.STANDING:  # by the days left: what ends first comes first
            left = self.state(record).days_left
            return left if left is not None else NO_END
        return super().sort_value(record, column)


class ProceedingsModel(RecordTableModel):
    """What followed the verdict, in date order (undated last)."""

    DATE, TYPE, DEFENDANT, DEADLINE, OUTCOME = range(5)

    def __init__(self, words: AftermathWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("What"),
            self.tr("Defendant"),
            self.tr("Deadline"),
            self.tr("Outcome"),
        ]

    def display(self, record: Proceeding, column: int) -> str:
        if column == self.DATE:
            return record.date or EMPTY
        if column == self.TYPE:
            return self.words.label(PROCEEDINGS, record.proceeding_type)
        if column == self.DEFENDANT:
            return one_line(record.defendant, CELL_CHARS)
        if column == self.DEADLINE:
            return record.deadline or ""
        return self.outcome(record)

    def outcome(self, record: Proceeding) -> str:
        """The outcome, with the days of detention when that was it."""
        text = self.words.label(OUTCOMES, record.outcome)
        if record.outcome == ProceedingOutcome.DETENTION and record.detention_days:
            n = record.detention_days
            days = counted(self.tr("%n day(s)", "", n), "%n day(s)", n)
            return self.tr("{outcome}: {days}").format(outcome=text, days=days)
        return text

    def sort_value(self, record: Proceeding, column: int) -> Any:
        if column == self.DATE:
            return f"{record.date or LAST}\t{record.id}"
        if column == self.DEADLINE:
            return record.deadline or LAST
        return super().sort_value(record, column)


# What each kind of item coming up is, in a word (translated where shown).
KIND_WORDS: dict[str, object] = {
    UpcomingKind.HEARING: QT_TRANSLATE_NOOP("UpcomingKind", "Hearing"),
    UpcomingKind.DEADLINE: QT_TRANSLATE_NOOP("UpcomingKind", "Deadline"),
    UpcomingKind.REPORTING: QT_TRANSLATE_NOOP("UpcomingKind", "Reporting date"),
    UpcomingKind.PROCEEDING: QT_TRANSLATE_NOOP("UpcomingKind", "Proceeding heard"),
    UpcomingKind.TERM_END: QT_TRANSLATE_NOOP("UpcomingKind", "Term ends"),
}


class UpcomingModel(RecordTableModel):
    """What is coming up (`core.records.upcoming`), a row an item: its day, how far off it
    is, its kind, what falls that day, in which trial and for whom. Sorted by day, it keeps
    the core's order. A row's id is its kind and record: one proceeding may fall due twice
    (its hearing, its deadline). Its tooltip says the whole item (`describe`), for when a
    column is cut short."""

    DAY, AWAY, KIND, WHAT, TRIAL, DEFENDANT = range(6)

    def __init__(self, words: AftermathWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self._hearing_types = code_labels(TYPES)

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("When"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("Trial"),
            self.tr("Defendant"),
        ]

    def record_id(self, record: UpcomingItem) -> str:
        return f"{record.kind}:{record.record_id}"

    def display(self, record: UpcomingItem, column: int) -> str:
        if column == self.DAY:
            return record.day.isoformat()
        if column == self.AWAY:
            return self.words.days_away(record.days_away)
        if column == self.KIND:
            return QCoreApplication.translate("UpcomingKind", str(KIND_WORDS.get(record.kind, "")))
        if column == self.WHAT:
            return self.what(record)
        if column == self.TRIAL:
            return one_line(record.trial_title, CELL_CHARS)
        return one_line(record.defendant, CELL_CHARS)

    def what(self, item: UpcomingItem) -> str:
        """What falls that day: the hearing's type, the proceeding's, the element's."""
        if item.kind == UpcomingKind.HEARING:
            return coded(self._hearing_types, item.what)
        if item.kind == UpcomingKind.TERM_END:
            return self.words.label(ELEMENTS, item.what)
        return self.words.label(PROCEEDINGS, item.what)

    def headline(self, item: UpcomingItem) -> str:
        """What falls that day, in a phrase, and for whom: "Deadline: Appeal · M. K."."""
        what = self.what(item)
        if item.kind == UpcomingKind.HEARING:
            text = self.tr("Hearing: {type}").format(type=what)
        elif item.kind == UpcomingKind.TERM_END:
            text = self.tr("End of: {element}").format(element=what)
        elif item.kind == UpcomingKind.DEADLINE:
            text = self.tr("Deadline: {proceeding}").format(proceeding=what)
        elif item.kind == UpcomingKind.REPORTING:
            text = self.tr("Reporting date")
        else:
            text = what
        defendant = one_line(item.defendant, CELL_CHARS)
        return f"{text}{SEPARATOR}{defendant}" if defendant else text

    def describe(self, item: UpcomingItem) -> str:
        """The whole item, in lines: the day and how far off; what and for whom; the trial."""
        day = f"{item.day.isoformat()}{SEPARATOR}{self.words.days_away(item.days_away)}"
        return "\n".join((day, self.headline(item), one_line(item.trial_title, CELL_CHARS)))

    def sort_value(self, record: UpcomingItem, column: int) -> Any:
        if column in (self.DAY, self.AWAY):
            return f"{record.day.isoformat()}|{record.kind}|{record.record_id}"
        return super().sort_value(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == Qt.ItemDataRole.ToolTipRole and shown:
            lines = self.describe(self.record(index.row())).splitlines()
            # Untrusted text (a trial's title) stays plain, never markup.
            return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"
        return super().data(index, role)
