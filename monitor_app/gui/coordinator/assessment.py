"""The coordinator's Assessment tab: a trial assessed standard by standard, then its
conclusion and grade (docs/grading.md).

Choose a trial: the standards its events bear on (and any already assessed) are listed
with their events, level of concern and whether they have reasoning; the chosen one is
edited beside the list: level of concern, reasoning, and the events relied on, each with
its time, conditions and how many of the observers present saw it. The conclusion,
recommendations and grade (on the programme's scale, the grade's definition shown) are on
the next page; "Issue grade" is refused with one message naming the standards still
without reasoning. What others wrote is shown under their names as their comments, never as
the assessment; the history lists every revision. Saves go through
`core.coordination.assessment`, as the CLI's `assess` does."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.assessment import (
    CONCERN_LEVELS,
    Comment,
    Saved,
    StandardView,
    TrialAssessment,
    load_trial_assessment,
    save_assessment,
    save_conclusion,
)
from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.event_decisions import DecidedEvent
from monitor_app.core.coordination.events import Event
from monitor_app.core.coordination.grading import GradingScale, load_grading_scale
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import StandardAssessment, TrialConclusion
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import local_zone_name
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.layout import FittingTabs, ScrollingBody, button_row
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.models import (
    CELL_CHARS,
    EMPTY,
    RecordTableModel,
    condition_label,
    local_time,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    CodeComboBox,
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    make_button,
    sorted_table,
    text_box,
)
from monitor_app.gui.coordinator.models import observer_name
from monitor_app.gui.coordinator.widgets import TrialCombo, WorkedOutWhenShown

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 10
COMMENT_CHARS = 600  # of another's words, in the comments shown under the editor


def concern_labels() -> dict[str, str]:
    """The levels of concern, translated, in the core's order."""
    words = {
        "none": QCoreApplication.translate("ConcernLevel", "No concern"),
        "minor": QCoreApplication.translate("ConcernLevel", "Minor"),
        "serious": QCoreApplication.translate("ConcernLevel", "Serious"),
        "grave": QCoreApplication.translate("ConcernLevel", "Grave"),
    }
    return {level: words[level] for level in CONCERN_LEVELS}


def concern_text(level: str) -> str:
    """A level's label; one this version does not know (from a bundle), as itself."""
    return concern_labels().get(level) or one_line(level, CELL_CHARS)


class StandardsModel(RecordTableModel):
    """The trial's standards: its events, the current level of concern, reasoning or not,
    whose assessment it is, and how many others commented."""

    STANDARD, EVENTS, CONCERN, REASONING, BY, COMMENTS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: Mapping[str, str] = {}
        self._order: dict[str, int] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Standard"),
            self.tr("Events"),
            self.tr("Concern"),
            self.tr("Reasoning"),
            self.tr("Assessed by"),
            self.tr("Comments"),
        ]

    def show(self, views: Sequence[StandardView], names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self._order = {view.standard: n for n, view in enumerate(views)}
        self.set_records(views)

    def record_id(self, record: StandardView) -> str:
        return record.standard

    def display(self, record: StandardView, column: int) -> str:
        assessment = record.assessment
        if column == self.STANDARD:
            return one_line(record.standard, CELL_CHARS)
        if column == self.EVENTS:
            return str(len(record.events))
        if column == self.CONCERN:
            return concern_text(record.concern) if assessment is not None else EMPTY
        if column == self.REASONING:
            if record.reasoned:
                return self.tr("Given")
            return self.tr("Missing") if record.events else EMPTY
        if column == self.BY:
            if assessment is None:
                return self.tr("Not assessed")
            return observer_name(self.names, assessment.author)
        return str(len(record.comments)) if record.comments else EMPTY

    def sort_value(self, record: StandardView, column: int) -> Any:
        if column == self.STANDARD:
            return self._order.get(record.standard, 0)
        if column in (self.EVENTS, self.COMMENTS):
            return len(record.events if column == self.EVENTS else record.comments)
        return super().sort_value(record, column)

    def font(self, record: StandardView, column: int) -> QFont | None:
        if column == self.REASONING and record.events and not record.reasoned:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None


class HistoryModel(RecordTableModel):
    """Every revision of the trial's assessments and conclusions, oldest first."""

    WHEN, BY, WHAT, LEVEL, TEXT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: Mapping[str, str] = {}
        self.zone = local_zone_name()

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("By"),
            self.tr("What"),
            self.tr("Concern or grade"),
            self.tr("Text"),
        ]

    def record_id(self, record: Any) -> str:
        return f"{record.record_id}:{record.author}:{record.number}"

    def display(self, record: Any, column: int) -> str:
        if column == self.WHEN:
            return local_time(record.created_utc, self.zone)
        if column == self.BY:
            name = observer_name(self.names, record.author)
            return self.tr("{name} (comment)").format(name=name) if record.comment else name
        if column == self.WHAT:
            if record.kind == TrialConclusion.KIND:
                return self.tr("Conclusion")
            return one_line(record.standard, CELL_CHARS)
        if column == self.LEVEL:
            if record.deleted:
                return self.tr("Deleted")
            if record.kind == TrialConclusion.KIND:
                return one_line(record.grade, CELL_CHARS) or self.tr("No grade")
            return concern_text(record.concern)
        return one_line(record.text, CELL_CHARS)

    def sort_value(self, record: Any, column: int) -> Any:
        if column == self.WHEN:
            return record.created_utc
        return super().sort_value(record, column)


class AssessmentPage(WorkedOutWhenShown):
    """The Assessment tab (see the module)."""

    def __init__(
        self,
        session: VaultSession,
        taxonomy: Taxonomy,
        lang: str,
        parent: QWidget | None = None,
        scale: GradingScale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPage")
        self.session = session
        self.taxonomy = taxonomy
        self.lang = lang
        self.scale = scale or load_grading_scale()
        self.data: CoordinatorData | None = None
        self.state: TrialAssessment | None = None
        self.decided: list[DecidedEvent] = []
        self.zone = local_zone_name()

        self.trial_combo = TrialCombo("assessmentTrialCombo", self.tr("Trial to assess"))
        self.trial_combo.currentIndexChanged.connect(self._trial_changed)
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("assessmentSummary")
        self.status = MessageLabel("assessmentStatus", self)
        self.sections = FittingTabs(self)
        self.sections.setObjectName("assessmentSections")
        self.sections.addTab(self._standards_page(), self.tr("Standards"))
        self.sections.addTab(self._conclusion_page(), self.tr("Conclusion and grade"))
        self.sections.addTab(self._history_page(), self.tr("History"))

        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Trial:"), self.trial_combo))
        row.addWidget(self.trial_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.sections, 1)
        self._show_state()

    # ---- building ------------------------------------------------------------------

    def _standards_page(self) -> QWidget:
        self.standards = StandardsModel(self)
        self.standards_view, self.standards_proxy = sorted_table(
            "assessmentStandardsView",
            self.standards,
            self.tr("Standards with events"),
            StandardsModel.STANDARD,
            stretch=StandardsModel.STANDARD,
            rows=4,
        )
        fit_columns_capped(self.standards_view, StandardsModel.STANDARD)
        self.standards_view.selectionModel().currentRowChanged.connect(self._standard_changed)

        self.standard_label = PlainLabel("", self)
        self.standard_label.setObjectName("assessmentStandardLabel")
        font = self.standard_label.font()
        font.setBold(True)
        self.standard_label.setFont(font)
        self.by_label = PlainLabel("", self)
        self.by_label.setObjectName("assessmentByLabel")
        self.concern_combo = CodeComboBox(
            concern_labels(), "assessmentConcernCombo", self.tr("Level of concern")
        )
        self.reasoning_edit = text_box("assessmentReasoningEdit", self.tr("Reasoning"), lines=5)
        self.events_list = QListWidget()
        self.events_list.setObjectName("assessmentEventsList")
        self.events_list.setAccessibleName(self.tr("Events relied on"))
        self.events_list.setMinimumHeight(self.events_list.fontMetrics().lineSpacing() * 4)
        self.stale_label = PlainLabel("", self)
        self.stale_label.setObjectName("assessmentStaleLabel")
        self.save_button = make_button(
            self.tr("&Save assessment"), "saveAssessmentButton", self._save_assessment
        )
        self.comments_label = PlainLabel("", self)
        self.comments_label.setObjectName("assessmentCommentsLabel")

        editor = QWidget()
        editor.setObjectName("assessmentEditor")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Concern:"), self.concern_combo)
        form.addRow(self.tr("&Reasoning:"), self.reasoning_edit)
        form.addRow(self.tr("&Events relied on:"), self.events_list)
        column = QVBoxLayout(editor)
        column.addWidget(self.standard_label)
        column.addWidget(self.by_label)
        column.addLayout(form)
        column.addWidget(self.stale_label)
        column.addWidget(button_row(self.save_button))
        column.addWidget(self.comments_label)
        column.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("assessmentSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.standards_view)
        splitter.addWidget(ScrollingBody(editor))
        splitter.setStretchFactor(0, 3)  # the list's columns whole; the editor wraps
        splitter.setStretchFactor(1, 2)
        return splitter

    def _conclusion_page(self) -> QWidget:
        self.conclusion_by_label = PlainLabel("", self)
        self.conclusion_by_label.setObjectName("conclusionByLabel")
        self.conclusion_edit = text_box("conclusionEdit", self.tr("Conclusion"), lines=5)
        self.recommendations_edit = text_box(
            "recommendationsEdit", self.tr("Recommendations"), lines=3
        )
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        self.grade_combo.setAccessibleName(self.tr("Grade"))
        self.grade_combo.addItem(self.tr("No grade yet"), "")
        for grade in self.scale.grades:
            self.grade_combo.addItem(
                f"{grade.code} — {self.scale.label(grade.code, self.lang)}", grade.code
            )
        self.grade_combo.currentIndexChanged.connect(self._grade_chosen)
        self.grade_definition = PlainLabel("", self)
        self.grade_definition.setObjectName("gradeDefinitionLabel")
        self.draft_button = make_button(
            self.tr("Save as &draft (no grade)"), "saveDraftButton", self._save_draft
        )
        self.issue_button = make_button(
            self.tr("&Issue grade"), "issueGradeButton", self._issue_grade
        )
        self.conclusion_comments = PlainLabel("", self)
        self.conclusion_comments.setObjectName("conclusionCommentsLabel")

        body = QWidget()
        body.setObjectName("conclusionBody")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("C&onclusion:"), self.conclusion_edit)
        form.addRow(self.tr("Reco&mmendations:"), self.recommendations_edit)
        form.addRow(self.tr("&Grade:"), self.grade_combo)
        column = QVBoxLayout(body)
        column.addWidget(self.conclusion_by_label)
        column.addLayout(form)
        column.addWidget(self.grade_definition)
        column.addWidget(button_row(self.draft_button, self.issue_button))
        column.addWidget(self.conclusion_comments)
        column.addStretch(1)
        return ScrollingBody(body)

    def _history_page(self) -> QWidget:
        self.history = HistoryModel(self)
        self.history_view, self.history_proxy = sorted_table(
            "assessmentHistoryView",
            self.history,
            self.tr("History of the assessment"),
            HistoryModel.WHEN,
            stretch=HistoryModel.TEXT,
            rows=4,
        )
        fit_columns_capped(self.history_view, HistoryModel.TEXT)
        return self.history_view

    # ---- data in -------------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.standards.names = dict(data.names)
        self.history.names = dict(data.names)
        self.trial_combo.set_groups(data.groups, data)
        self.work_out_when_shown()

    def work_out(self) -> None:
        self._trial_changed()

    def clear(self) -> None:
        self.data = None
        self.state = None
        self.decided = []
        self.status.clear_message()
        self._show_state()

    def _trial_changed(self) -> None:
        self.stale = False
        self.status.clear_message()
        self.reload()

    def reload(self) -> None:
        """Read the chosen trial's assessment again (a few dozen records: at once)."""
        data, key = self.data, self.trial_combo.key()
        if data is None or not key:
            self.state = None
            self._show_state()
            return
        # The window's reading worked the trial's events out already.
        self.decided = [e for e in data.events.of_group(data.group_key(key)) if e.counted]
        try:
            self.state = load_trial_assessment(
                self.session.vault,
                data.index,
                key,
                events=self.decided,
                scale=self.scale,
                lang=self.lang,
            )
        except TrialMonitorError as exc:
            self.state = None
            self.status.show_error(error_text(exc))
        self._show_state()

    # ---- showing -------------------------------------------------------------------

    @property
    def names(self) -> Mapping[str, str]:
        return self.data.names if self.data is not None else {}

    def _name(self, author: str) -> str:
        return observer_name(self.names, author)

    def _show_state(self) -> None:
        state = self.state
        chosen = self.current_standard()
        self.standards.show(state.standards if state else (), self.names)
        self.history.set_records(state.history if state else ())
        self.summary.set_plain(self._summary(state))
        self._show_conclusion(state)
        if state is not None and state.standards:
            self.select_standard(chosen if chosen and state.standard(chosen) else "")
        else:
            self._show_standard(None)

    def _summary(self, state: TrialAssessment | None) -> str:
        if state is None:
            return self.tr("Choose a trial to assess.")
        with_events, missing = len(state.with_events), len(state.missing)
        text = counted(
            self.tr("%n standard(s) with events", "", with_events),
            "%n standard(s) with events",
            with_events,
        )
        text += ", " + counted(
            self.tr("%n without reasoning.", "", missing), "%n without reasoning.", missing
        )
        if state.grade:
            text += " " + self.tr("Grade: {grade} ({label}).").format(
                grade=one_line(state.grade, CELL_CHARS), label=one_line(state.grade_label)
            )
        else:
            text += " " + self.tr("No grade yet.")
        if state.unreadable:
            text += " " + counted(
                self.tr("%n revision(s) could not be read and are left out.", "", state.unreadable),
                "%n revision(s) could not be read and are left out.",
                state.unreadable,
            )
        return text

    def current_standard(self) -> str:
        index = self.standards_view.currentIndex()
        if not index.isValid():
            return ""
        row = self.standards_proxy.mapToSource(index).row()
        return str(self.standards.record(row).standard)

    def select_standard(self, standard: str) -> None:
        """Choose ``standard`` in the list (the first listed when it is not there)."""
        row = self.standards.row_of(standard) if standard else None
        source = self.standards.index(row if row is not None else 0, 0)
        index = self.standards_proxy.mapFromSource(source)
        if row is None:
            index = self.standards_proxy.index(0, 0)
        self.standards_view.setCurrentIndex(index)
        self._standard_changed()

    def _standard_changed(self, *_: object) -> None:
        standard = self.current_standard()
        state = self.state
        self._show_standard(state.standard(standard) if state is not None and standard else None)

    def _show_standard(self, view: StandardView | None) -> None:
        enabled = view is not None
        for widget in (self.concern_combo, self.reasoning_edit, self.events_list, self.save_button):
            widget.setEnabled(enabled)
        self.events_list.clear()
        if view is None:
            self.standard_label.set_plain(self.tr("Choose a standard in the list."))
            for label in (self.by_label, self.stale_label, self.comments_label):
                label.set_plain("")
            self.concern_combo.set_code(CONCERN_LEVELS[0])
            self.reasoning_edit.setPlainText("")
            return
        own = self._own_words(view)
        values = own or view.assessment
        self.standard_label.set_plain(view.standard)
        self.by_label.set_plain(self._by_line(view.assessment, own is not None), multi_line=True)
        self.concern_combo.set_code(values.concern if values else CONCERN_LEVELS[0])
        self.reasoning_edit.setPlainText(values.reasoning if values else "")
        cited = set(values.events) if values else set()
        cited |= {e.id for e in view.relied_on} if values is view.assessment else set()
        bearing = {e.id for e in view.events}
        listed = [*view.events, *(e for e in view.relied_on if e.id not in bearing)]
        for event in listed:
            self._add_event(event, event.id in cited)
        self.stale_label.set_plain(self._stale_text(view))
        self.comments_label.set_plain(
            self._comments_text(view.comments, self._assessment_comment), multi_line=True
        )

    def _own_words(self, view: StandardView) -> StandardAssessment | None:
        """This vault's own comment on another's assessment (what they edit), if any."""
        me = self.session.vault.observer_id
        if view.assessment is not None and view.assessment.author == me:
            return None
        return next((c.values for c in view.comments if c.author == me), None)

    def _by_line(self, record: StandardAssessment | TrialConclusion | None, commented: bool) -> str:
        if record is None:
            return self.tr("Not assessed yet: what you save is the assessment.")
        when = local_time(record.updated_utc, self.zone)
        if record.author == self.session.vault.observer_id:
            return self.tr("Yours, last saved {when}.").format(when=when)
        line = self.tr("By {name}, last saved {when}.").format(
            name=self._name(record.author), when=when
        )
        note = self.tr(
            "What you save is your comment, under your name; theirs stays the current one."
        )
        if commented:
            note += " " + self.tr("Your comment is shown in the fields.")
        return f"{line}\n{note}"

    def _add_event(self, event: Event, ticked: bool) -> None:
        state = self.state
        labels = state.labels if state is not None else {}
        hearing = event.members[0].hearing
        seen, present = event.seen_by
        conditions = ", ".join(
            condition_label(self.taxonomy, code, self.lang) for code in event.codes
        )
        text = self.tr("{label} {time}: {conditions}; seen by {seen} of {present}").format(
            label=labels.get(event.id, ""),
            time=local_time(event.start, hearing.tz if hearing else "UTC"),
            conditions=conditions,
            seen=seen,
            present=present,
        )
        item = QListWidgetItem(one_line(text))
        item.setData(EVENT_ID_ROLE, event.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.events_list.addItem(item)

    def ticked_events(self) -> list[str]:
        return [
            str(self.events_list.item(row).data(EVENT_ID_ROLE))
            for row in range(self.events_list.count())
            if self.events_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _stale_text(self, view: StandardView) -> str:
        parts = []
        if view.regrouped:
            parts.append(
                counted(
                    self.tr(
                        "%n event(s) cited were regrouped since; found again.",
                        "",
                        len(view.regrouped),
                    ),
                    "%n event(s) cited were regrouped since; found again.",
                    len(view.regrouped),
                )
            )
        if view.stale:
            parts.append(
                counted(
                    self.tr(
                        "%n event(s) cited are no events of this trial now.", "", len(view.stale)
                    ),
                    "%n event(s) cited are no events of this trial now.",
                    len(view.stale),
                )
            )
        return " ".join(parts)

    def _assessment_comment(self, values: StandardAssessment) -> str:
        return f"{concern_text(values.concern)}: {values.reasoning}"

    def _conclusion_comment(self, values: TrialConclusion) -> str:
        grade = (
            self.tr("grade {grade}").format(grade=one_line(values.grade, CELL_CHARS))
            if values.grade
            else self.tr("no grade")
        )
        return f"{grade}: {values.conclusion}"

    def _comments_text(self, comments: Sequence[Comment[Any]], words: Callable[[Any], str]) -> str:
        if not comments:
            return ""
        lines = [self.tr("Comments by others (theirs, not the assessment):")]
        for comment in comments:
            lines.append(
                self.tr("{name}, {when}: {words}").format(
                    name=self._name(comment.author),
                    when=local_time(comment.created_utc, self.zone),
                    words=one_line(words(comment.values), COMMENT_CHARS),
                )
            )
        return "\n".join(lines)

    def _show_conclusion(self, state: TrialAssessment | None) -> None:
        enabled = state is not None
        for widget in (
            self.conclusion_edit,
            self.recommendations_edit,
            self.grade_combo,
            self.draft_button,
            self.issue_button,
        ):
            widget.setEnabled(enabled)
        conclusion = state.conclusion if state is not None else None
        me = self.session.vault.observer_id if state is not None else ""
        own = None
        if state is not None and (conclusion is None or conclusion.author != me):
            own = next((c.values for c in state.conclusion_comments if c.author == me), None)
        values = own or conclusion
        if state is None:
            self.conclusion_by_label.set_plain("")
        elif conclusion is None:
            self.conclusion_by_label.set_plain(
                self.tr("No conclusion yet: what you save is the conclusion.")
            )
        else:
            self.conclusion_by_label.set_plain(
                self._by_line(conclusion, own is not None), multi_line=True
            )
        self.conclusion_edit.setPlainText(values.conclusion if values else "")
        self.recommendations_edit.setPlainText(values.recommendations if values else "")
        grade = values.grade if values else ""
        found = self.grade_combo.findData(grade)
        if found < 0:  # a grade of another scale: shown as itself
            self.grade_combo.addItem(one_line(grade, CELL_CHARS), grade)
            found = self.grade_combo.count() - 1
        self.grade_combo.setCurrentIndex(found)
        self._grade_chosen()
        self.conclusion_comments.set_plain(
            self._comments_text(
                state.conclusion_comments if state else (), self._conclusion_comment
            ),
            multi_line=True,
        )

    def _grade_chosen(self) -> None:
        code = str(self.grade_combo.currentData() or "")
        if not code:
            self.grade_definition.set_plain(self.tr("A conclusion without a grade is a draft."))
            return
        definition = self.scale.definition(code, self.lang)
        self.grade_definition.set_plain(
            definition or self.tr("A grade of another scale: no definition.")
        )

    # ---- saving --------------------------------------------------------------------

    def _save_assessment(self) -> None:
        state, data, standard = self.state, self.data, self.current_standard()
        if state is None or data is None or not standard:
            return
        self._save(
            lambda: save_assessment(
                self.session.notebook,
                data.index,
                state.trial_id,
                standard=standard,
                concern=self.concern_combo.code(),
                reasoning=self.reasoning_edit.toPlainText(),
                events=self.ticked_events(),
                current=state,
            ),
            assessment=True,
        )

    def _save_draft(self) -> None:
        self._conclude("")

    def _issue_grade(self) -> None:
        grade = str(self.grade_combo.currentData() or "")
        if not grade:
            self.status.show_error(self.tr("Choose a grade to issue first."))
            return
        self._conclude(grade)

    def _conclude(self, grade: str) -> None:
        state, data = self.state, self.data
        if state is None or data is None:
            return
        self._save(
            lambda: save_conclusion(
                self.session.notebook,
                data.index,
                state.trial_id,
                conclusion=self.conclusion_edit.toPlainText(),
                recommendations=self.recommendations_edit.toPlainText(),
                grade=grade,
                current=state,
                scale=self.scale,
            ),
            assessment=False,
        )

    def _save(self, action: Callable[[], Saved[Any]], *, assessment: bool) -> None:
        try:
            saved = action()
        except TrialMonitorError as exc:
            self.status.show_error(error_text(exc))
            return
        self.reload()
        self.status.show_info(self._saved_text(saved, assessment))

    def _saved_text(self, saved: Saved[Any], assessment: bool) -> str:
        record = saved.record
        if saved.comment:
            return self.tr("Saved as your comment on {name}'s work; theirs stays current.").format(
                name=self._name(saved.owner)
            )
        if assessment:
            return self.tr("Saved the assessment of {standard}.").format(
                standard=one_line(record.standard, CELL_CHARS)
            )
        if record.grade:
            return self.tr("Grade {grade} issued.").format(grade=one_line(record.grade))
        return self.tr("Saved the conclusion as a draft, without a grade.")
