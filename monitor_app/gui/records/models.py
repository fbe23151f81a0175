"""Table models over core records: trials, hearings, observations, checklist answers,
revisions and search hits, on the base model of `gui.common.models`.

Every model keeps plain core records, shows them as one safe line each (untrusted text goes
through `textsafe.one_line`, never into tooltips, which Qt may read as rich text), gives
each row's record id under `RECORD_ID_ROLE` and a raw value to sort on under `SORT_ROLE`
(times as UTC text, so sorting is by instant, not by the displayed wall clock).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import (
    ChecklistAnswer,
    Hearing,
    Observation,
    Trial,
    changed_fields,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.search import SearchHit
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.records.totals import interval_seconds
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.models import (
    ANSWERS,
    CELL_CHARS,
    DATE_TIME,
    KINDS,
    MODES,
    SECONDS,
    STATUSES,
    TIME,
    TYPES,
    Index,
    RecordTableModel,
    choice_label,
    code_labels,
    coded,
    condition_label,
    format_duration,
    local_time,
)

# ---- trials and hearings ---------------------------------------------------------------


class TrialsModel(RecordTableModel):
    TITLE, CASE_NUMBER, COURT, COUNTRY, DEFENDANTS, UPDATED = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Trial"),
            self.tr("Case number"),
            self.tr("Court"),
            self.tr("Country"),
            self.tr("Defendants"),
            self.tr("Last change (UTC)"),
        ]

    def display(self, record: Trial, column: int) -> str:
        if column == self.TITLE:
            return one_line(record.title, CELL_CHARS)
        if column == self.CASE_NUMBER:
            return one_line(record.case_number, CELL_CHARS)
        if column == self.COURT:
            return one_line(record.court, CELL_CHARS)
        if column == self.COUNTRY:
            return one_line(record.country, CELL_CHARS)
        if column == self.DEFENDANTS:
            return one_line("; ".join(record.defendants), CELL_CHARS)
        return local_time(record.updated_utc, "UTC")

    def sort_value(self, record: Trial, column: int) -> Any:
        if column == self.UPDATED:
            return record.updated_utc
        return super().sort_value(record, column)


class HearingsModel(RecordTableModel):
    START, TYPE, MODE, STATUS, PLACE, ZONE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modes = code_labels(MODES)
        self._statuses = code_labels(STATUSES)
        self._types = code_labels(TYPES)

    def headers(self) -> list[str]:
        return [
            self.tr("Scheduled start"),
            self.tr("Type"),
            self.tr("Mode"),
            self.tr("Status"),
            self.tr("Platform or venue"),
            self.tr("Time zone"),
        ]

    def display(self, record: Hearing, column: int) -> str:
        if column == self.START:
            return local_time(record.scheduled_start, record.tz)
        if column == self.TYPE:
            return coded(self._types, record.hearing_type)
        if column == self.MODE:
            return coded(self._modes, record.mode)
        if column == self.STATUS:
            return coded(self._statuses, record.status)
        if column == self.PLACE:
            places = [p for p in (record.platform, record.venue) if p]
            return one_line(" · ".join(places), CELL_CHARS)
        return one_line(record.tz)

    def sort_value(self, record: Hearing, column: int) -> Any:
        if column == self.START:
            return record.scheduled_start
        return super().sort_value(record, column)


# ---- observations ----------------------------------------------------------------------


class ObservationsModel(RecordTableModel):
    """Observations of one hearing (times in the hearing's zone), or of a trial as a whole
    (``with_date``: those span many days)."""

    TIME, END, CONDITION, SEVERITY, PARTIES, TEXT = range(6)

    def __init__(
        self,
        taxonomy: Taxonomy,
        lang: str = "en",
        with_date: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.lang = lang
        self.with_date = with_date
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("End"),
            self.tr("Condition"),
            self.tr("Severity"),
            self.tr("Affected"),
            self.tr("Note"),
        ]

    def _tz(self, record: Observation) -> str:
        return record.revision.tz if record.revision else "UTC"

    def _end(self, record: Observation) -> str:
        if record.is_open:
            return self.tr("still going")
        seconds = interval_seconds(record)
        if seconds is None:
            return ""
        fmt = DATE_TIME if self.with_date else TIME
        return self.tr("{end} ({lasted})").format(
            end=local_time(record.end, self._tz(record), fmt), lasted=format_duration(seconds)
        )

    def display(self, record: Observation, column: int) -> str:
        if column == self.TIME:
            fmt = DATE_TIME if self.with_date else TIME
            return local_time(record.at, self._tz(record), fmt)
        if column == self.END:
            return self._end(record)
        if column == self.CONDITION:
            return condition_label(self.taxonomy, record.code, self.lang)
        if column == self.SEVERITY:
            return choice_label(self.taxonomy.severities, record.severity, self.lang)
        if column == self.PARTIES:
            return ", ".join(
                choice_label(self.taxonomy.parties, p, self.lang) for p in record.parties
            )
        text = one_line(record.text, CELL_CHARS)
        return f"“{text}”" if record.quote and text else text

    def sort_value(self, record: Observation, column: int) -> Any:
        if column == self.TIME:
            return record.at
        if column == self.END:
            return record.end or ("~" if record.is_open else "")
        return super().sort_value(record, column)

    def font(self, record: Observation, column: int) -> QFont | None:
        return self._bold if record.is_open else None  # a condition that still lasts


OTHER_COLUMN_CHARS = 30  # a condition or the parties wider than this are cut short with "…"


def keep_note_in_view(view: QTableView) -> None:
    """The note is what an observation says: in ``view`` (over an `ObservationsModel`) it
    comes right after the condition and takes the width the other columns leave, so a
    narrow pane or a longer language pushes the other columns aside, never the note; a
    long note is cut short with "…" (the views beside the table show it whole)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.moveSection(
        header.visualIndex(ObservationsModel.TEXT),
        header.visualIndex(ObservationsModel.CONDITION) + 1,
    )
    header.setSectionResizeMode(ObservationsModel.TEXT, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit_columns_around_note(view: QTableView) -> None:
    """Size ``view``'s columns other than the note to their contents, none wider than
    `OTHER_COLUMN_CHARS` characters: the note (see `keep_note_in_view`) keeps the rest."""
    view.resizeColumnsToContents()
    widest = view.fontMetrics().averageCharWidth() * OTHER_COLUMN_CHARS
    for column in range(view.model().columnCount()):
        if column != ObservationsModel.TEXT and view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)


# ---- the checklist ---------------------------------------------------------------------


class ChecklistModel(RecordTableModel):
    """Every checklist question of the taxonomy, in order, with its answer if given.

    Rows are the questions (an unanswered one has no record). The answer columns are
    exclusive check cells; the comment is editable. An edit is not stored here: it is
    announced by `answer_edited` (question id, answer, comment) for the view to save, and
    the saved answer comes back through `update_answer` or `set_records`.
    """

    QUESTION, YES, NO, UNCLEAR, COMMENT = range(5)
    ANSWER_COLUMNS: Mapping[int, str] = {YES: "yes", NO: "no", UNCLEAR: "unclear"}

    answer_edited = Signal(str, str, str)

    def __init__(self, taxonomy: Taxonomy, lang: str = "en", parent: QObject | None = None):
        self.questions = taxonomy.checklist
        self.lang = lang
        self._answers: dict[str, ChecklistAnswer] = {}
        super().__init__(parent)
        self._records = list(self.questions)

    def headers(self) -> list[str]:
        answers = code_labels(ANSWERS)
        return [
            self.tr("Question"),
            answers["yes"],
            answers["no"],
            answers["unclear"],
            self.tr("Comment"),
        ]

    def set_records(self, records: Sequence[ChecklistAnswer]) -> None:
        self.beginResetModel()
        self._answers = {a.question: a for a in records}
        self.endResetModel()

    def records(self) -> list[ChecklistAnswer]:
        return list(self._answers.values())

    def record(self, row: int) -> ChecklistAnswer | None:
        return self._answers.get(self.questions[row].id)

    def question_id(self, row: int) -> str:
        return self.questions[row].id

    def record_id(self, record: Any) -> str:
        answer = self._answers.get(record.id)
        return answer.id if answer else ""

    def row_of(self, record_id: str) -> int | None:
        return next(
            (i for i, q in enumerate(self.questions) if self.record_id(q) == record_id), None
        )

    def update_answer(self, answer: ChecklistAnswer) -> None:
        """Show a saved answer without resetting the view (an editor may be open)."""
        self._answers[answer.question] = answer
        row = next(i for i, q in enumerate(self.questions) if q.id == answer.question)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COMMENT))

    def display(self, record: Any, column: int) -> str:
        answer = self._answers.get(record.id)
        if column == self.QUESTION:
            return label(record.question, self.lang)
        if column == self.COMMENT:
            return one_line(answer.comment, CELL_CHARS) if answer else ""
        return ""  # the answer cells show a check mark, not text

    def sort_value(self, record: Any, column: int) -> Any:
        return self.questions.index(record)  # the checklist's own order

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        column = index.column()
        answer = self._answers.get(self.questions[index.row()].id)
        if column in self.ANSWER_COLUMNS:
            chosen = answer is not None and answer.answer == self.ANSWER_COLUMNS[column]
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                name = code_labels(ANSWERS)[self.ANSWER_COLUMNS[column]]
                return self.tr("{answer}: chosen").format(answer=name) if chosen else name
        if column == self.COMMENT and role == Qt.ItemDataRole.EditRole:
            return answer.comment if answer else ""
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in self.ANSWER_COLUMNS:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.COMMENT:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        question = self.questions[index.row()].id
        answer = self._answers.get(question)
        column = index.column()
        if column in self.ANSWER_COLUMNS and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) != Qt.CheckState.Checked:
                return False  # an answer is changed by choosing another, not cleared
            comment = answer.comment if answer else ""
            self.answer_edited.emit(question, self.ANSWER_COLUMNS[column], comment)
            return True
        if column == self.COMMENT and role == Qt.ItemDataRole.EditRole:
            if answer is None and not str(value).strip():
                return False
            # A comment before any answer is kept with "unclear": the core needs an answer.
            chosen = answer.answer if answer else "unclear"
            self.answer_edited.emit(question, chosen, str(value))
            return True
        return False


# ---- history ---------------------------------------------------------------------------

HIDDEN_KEYS = frozenset({"trial_id", "hearing_id", "observation_id", "blob_id"})  # links


def body_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The history's view of a change: the core's, less the links between records."""
    return {k: v for k, v in changed_fields(old, new).items() if k not in HIDDEN_KEYS}


# The fields of every record kind, as the history names them.
_FIELD_NAMES: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "case_number": QT_TRANSLATE_NOOP("Fields", "Case number"),
    "court": QT_TRANSLATE_NOOP("Fields", "Court"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "defendants": QT_TRANSLATE_NOOP("Fields", "Defendants"),
    "charges": QT_TRANSLATE_NOOP("Fields", "Charges"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "scheduled_start": QT_TRANSLATE_NOOP("Fields", "Scheduled start"),
    "scheduled_end": QT_TRANSLATE_NOOP("Fields", "Scheduled end"),
    "actual_start": QT_TRANSLATE_NOOP("Fields", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("Fields", "Actual end"),
    "tz": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Mode"),
    "hearing_type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "platform": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "venue": QT_TRANSLATE_NOOP("Fields", "Venue"),
    "judges": QT_TRANSLATE_NOOP("Fields", "Judges"),
    "prosecutor": QT_TRANSLATE_NOOP("Fields", "Prosecutor"),
    "defence_counsel": QT_TRANSLATE_NOOP("Fields", "Defence counsel"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "interpreter": QT_TRANSLATE_NOOP("Fields", "Interpreter"),
    "attendance": QT_TRANSLATE_NOOP("Fields", "How you attend"),
    "postponement_reason": QT_TRANSLATE_NOOP("Fields", "Reason for postponement"),
    "next_date": QT_TRANSLATE_NOOP("Fields", "Next hearing"),
    "code": QT_TRANSLATE_NOOP("Fields", "Condition"),
    "at": QT_TRANSLATE_NOOP("Fields", "Time"),
    "interval": QT_TRANSLATE_NOOP("Fields", "Lasted a while"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "parties": QT_TRANSLATE_NOOP("Fields", "Affected"),
    "court_response": QT_TRANSLATE_NOOP("Fields", "What the court did"),
    "text": QT_TRANSLATE_NOOP("Fields", "Note"),
    "quote": QT_TRANSLATE_NOOP("Fields", "Verbatim quotation"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "source_detail": QT_TRANSLATE_NOOP("Fields", "Reported by"),
    "question": QT_TRANSLATE_NOOP("Fields", "Question"),
    "answer": QT_TRANSLATE_NOOP("Fields", "Answer"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "filename": QT_TRANSLATE_NOOP("Fields", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "File type"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size in bytes"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "Checksum (SHA-256)"),
}


def field_names() -> dict[str, str]:
    """Translated names of record fields, by body key."""
    return {
        key: QCoreApplication.translate("Fields", str(text)) for key, text in _FIELD_NAMES.items()
    }


class RevisionsModel(RecordTableModel):
    """The revisions of one record, oldest first, with what each changed."""

    NUMBER, WHO, UTC, LOCAL, CHANGE = range(5)

    def __init__(
        self,
        own_observer_id: str,
        taxonomy: Taxonomy,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.own_observer_id = own_observer_id
        self.taxonomy = taxonomy
        self.lang = lang
        self._names = field_names()
        self._changes: list[dict[str, tuple[Any, Any]]] = []
        self._summaries: dict[str, str] = {}
        self.author_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Revision"),
            self.tr("By"),
            self.tr("Time (UTC)"),
            self.tr("Local time"),
            self.tr("Change"),
        ]

    def set_records(self, records: Sequence[Revision]) -> None:
        bodies = [{}, *(r.body for r in records)]
        self._changes = [body_changes(bodies[i], r.body) for i, r in enumerate(records)]
        self._summaries = {r.rev_id: self._summary(row, r) for row, r in enumerate(records)}
        super().set_records(records)

    def changes(self, row: int) -> dict[str, tuple[Any, Any]]:
        """What the revision in ``row`` changed from the one before (all of it for the first)."""
        return self._changes[row]

    def field_name(self, key: str, body: Mapping[str, Any]) -> str:
        """The name of a body field; an observation's own fields by the taxonomy's label."""
        if key.startswith("fields."):
            try:
                spec = self.taxonomy.item(str(body.get("code"))).field_spec(key[7:])
            except TrialMonitorError:
                spec = None
            if spec is not None:
                return label(spec.label, self.lang)
        return self._names.get(key) or one_line(key)

    def record_id(self, record: Revision) -> str:
        return record.rev_id

    def set_author_names(self, names: Mapping[str, str]) -> None:
        """Pseudonyms of the authors (contacts), shown instead of their short ids."""
        self.author_names = dict(names)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.WHO), self.index(self.rowCount() - 1, self.WHO)
            )

    def who(self, revision: Revision) -> str:
        if revision.author == self.own_observer_id:
            return self.tr("you")
        name = self.author_names.get(revision.author)
        if name:
            return one_line(name)
        return self.tr("observer {id}").format(id=one_line(revision.author[:8]))

    def _summary(self, row: int, revision: Revision) -> str:
        if revision.deleted:
            return self.tr("deleted: {reason}").format(reason=one_line(revision.reason, 200))
        if row == 0:
            return self.tr("created")
        changed = self._changes[row]
        if not changed:
            return self.tr("saved again, no change")
        names = ", ".join(self.field_name(key, revision.body) for key in changed)
        return self.tr("changed: {fields}").format(fields=names)

    def display(self, record: Revision, column: int) -> str:
        if column == self.NUMBER:
            return str(record.number)
        if column == self.WHO:
            return self.who(record)
        if column == self.UTC:
            return local_time(record.created_utc, "UTC", SECONDS)
        if column == self.LOCAL:
            shown = local_time(record.created_utc, record.tz, SECONDS)
            return f"{shown} {one_line(record.tz)}"
        return self._summaries[record.rev_id]

    def sort_value(self, record: Revision, column: int) -> Any:
        if column == self.NUMBER:
            return record.number
        if column in (self.UTC, self.LOCAL):
            return record.created_utc
        return super().sort_value(record, column)


# ---- search results --------------------------------------------------------------------


class SearchHitsModel(RecordTableModel):
    KIND, TITLE, SNIPPET = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = code_labels(KINDS)

    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("Where"), self.tr("Found")]

    def record_id(self, record: SearchHit) -> str:
        return record.record_id

    def display(self, record: SearchHit, column: int) -> str:
        if column == self.KIND:
            return coded(self._kinds, record.kind)
        if column == self.TITLE:
            return one_line(record.title, CELL_CHARS)
        return one_line(record.snippet, CELL_CHARS)
