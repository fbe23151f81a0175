"""The coordinator's Findings tab: a trial's findings by standard (`core.coordination.
findings`). On the left, each standard its events bear on (or an assessor wrote on), with
its events and the level of concern assessed; on the right, the chosen standard's figures
(each worked out from events: one outage seen by three observers counts once), the
assessors' texts each under the name of whoever wrote it, and the events the figures cite,
with their time, conditions and "seen by 2 of 3".

The figures come from the loaded index and its decided events; only the trial's assessments
(a few records) are read from the vault when a trial is chosen. Figure names and values are
the findings' own words in the window's language, as the CLI and the report word them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.findings import (
    AssessorText,
    Figure,
    NumberedEvent,
    StandardFindings,
    TrialFindings,
    figure_label,
    figure_text,
    findings_words,
    load_findings,
)
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.textsafe import one_line, scrub
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.models import (
    CELL_CHARS,
    EMPTY,
    TIME,
    RecordTableModel,
    condition_label,
    local_time,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    make_table_view,
    show_rows,
    sorted_table,
)
from monitor_app.gui.coordinator.models import observer_name
from monitor_app.gui.coordinator.widgets import TrialCombo, WorkedOutWhenShown

log = logging.getLogger(__name__)

STANDARD_CHARS = 28  # the standards' column: "ICCPR 14(3)(d)", "GC32 para 36"
ASSESSMENT_LINES = 5


class StandardsModel(RecordTableModel):
    """A trial's standards (`StandardFindings`), in the assessment's order."""

    STANDARD, EVENTS, CONCERN = range(3)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        self.lang = lang
        super().__init__(parent)
        self.order: dict[str, int] = {}

    def headers(self) -> list[str]:
        return [self.tr("Standard"), self.tr("Events"), self.tr("Concern assessed")]

    def set_standards(self, standards: tuple[StandardFindings, ...]) -> None:
        self.order = {s.standard: i for i, s in enumerate(standards)}
        self.set_records(standards)

    def record_id(self, record: StandardFindings) -> str:
        return record.standard

    def display(self, record: StandardFindings, column: int) -> str:
        if column == self.STANDARD:
            return one_line(record.standard, CELL_CHARS)
        if column == self.EVENTS:
            return str(len(record.events))
        current = next((a for a in record.assessments if not a.comment), None)
        if current is None:
            return self.tr("not assessed")
        return concern_text(current, self.lang)

    def sort_value(self, record: StandardFindings, column: int) -> object:
        if column == self.STANDARD:
            return self.order.get(record.standard, 0)
        if column == self.EVENTS:
            return len(record.events)
        return super().sort_value(record, column)


class FiguresModel(RecordTableModel):
    """One standard's figures, in the findings' order."""

    FIGURE, VALUE, EVENTS = range(3)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        self.lang = lang
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Figure"), self.tr("Value"), self.tr("Events cited")]

    def record_id(self, record: Figure) -> str:
        return record.key

    def display(self, record: Figure, column: int) -> str:
        if column == self.FIGURE:
            return figure_label(record.key, self.lang)
        if column == self.VALUE:
            return figure_text(record, self.lang)
        return event_labels(record.events) or EMPTY


class CitedEventsModel(RecordTableModel):
    """Events of the trial (`NumberedEvent`): number, time, conditions, who saw them."""

    NUMBER, TIME, CONDITIONS, SEEN_BY, RECORDED_BY = range(5)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        self.taxonomy = taxonomy
        self.lang = lang
        super().__init__(parent)
        self.names: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Event"),
            self.tr("Time"),
            self.tr("Conditions"),
            self.tr("Seen by"),
            self.tr("Recorded by"),
        ]

    def set_events(self, events: list[NumberedEvent], names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.set_records(events)

    def record_id(self, record: NumberedEvent) -> str:
        return record.event.id

    def display(self, record: NumberedEvent, column: int) -> str:
        event = record.event
        if column == self.NUMBER:
            return record.label
        if column == self.TIME:
            start = local_time(event.start, record.tz)
            if not event.end or event.end == event.start:
                return start
            return f"{start}\u2013{local_time(event.end, record.tz, TIME)}"
        if column == self.CONDITIONS:
            return "; ".join(condition_label(self.taxonomy, c, self.lang) for c in event.codes)
        if column == self.SEEN_BY:
            recorded, present = event.seen_by
            return self.tr("{n} of {m}").format(n=recorded, m=present)
        return ", ".join(observer_name(self.names, a) for a in event.recorded_by)

    def sort_value(self, record: NumberedEvent, column: int) -> object:
        if column in (self.NUMBER, self.TIME):
            return record.number
        if column == self.SEEN_BY:
            return record.event.seen_by[0]
        return super().sort_value(record, column)


def event_labels(numbers: tuple[int, ...]) -> str:
    return ", ".join(f"E{n}" for n in numbers)


def concern_text(text: AssessorText, lang: str) -> str:
    """A level of concern in the findings' words; one no version knows, as written."""
    return findings_words(lang).get(f"concern.{text.concern}", one_line(text.concern, 40))


class FindingsPage(WorkedOutWhenShown):
    def __init__(
        self,
        session: VaultSession,
        taxonomy: Taxonomy,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPage")
        self.session = session
        self.lang = lang
        self.data: CoordinatorData | None = None
        self.findings: TrialFindings | None = None

        self.trial_combo = TrialCombo("findingsTrialCombo", self.tr("Trial"))
        self.trial_combo.currentIndexChanged.connect(self._trial_changed)
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("findingsSummary")
        self.status = MessageLabel("findingsStatus", self)

        self.standards = StandardsModel(lang, self)
        self.standards_view, self.standards_proxy = sorted_table(
            "findingsStandardsView",
            self.standards,
            self.tr("Standards"),
            StandardsModel.STANDARD,
            stretch=StandardsModel.CONCERN,
            rows=4,
        )
        fit_columns_capped(self.standards_view, StandardsModel.CONCERN, STANDARD_CHARS)
        self.standards_view.selectionModel().currentRowChanged.connect(self._standard_changed)

        self.standard_title = PlainLabel("", self)
        self.standard_title.setObjectName("findingsStandardTitle")
        font = self.standard_title.font()
        font.setBold(True)
        self.standard_title.setFont(font)
        self.figures = FiguresModel(lang, self)
        self.figures_view = make_table_view(
            "findingsFiguresView", self.figures, self.tr("Figures"), sortable=False
        )
        fit_columns_capped(self.figures_view, FiguresModel.FIGURE)
        show_rows(self.figures_view, 3)
        self.assessment = QPlainTextEdit(self)
        self.assessment.setObjectName("findingsAssessmentText")
        self.assessment.setAccessibleName(self.tr("The assessors' texts"))
        self.assessment.setReadOnly(True)
        self.assessment.setMinimumHeight(
            self.assessment.fontMetrics().lineSpacing() * ASSESSMENT_LINES
        )
        self.cited = CitedEventsModel(taxonomy, lang, self)
        self.cited_view, self.cited_proxy = sorted_table(
            "findingsEventsView",
            self.cited,
            self.tr("Events cited"),
            CitedEventsModel.NUMBER,
            stretch=CitedEventsModel.CONDITIONS,
            rows=3,
        )
        fit_columns_capped(self.cited_view, CitedEventsModel.CONDITIONS)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Trial:"), self.trial_combo))
        top.addWidget(self.trial_combo, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.standard_title)
        right_layout.addWidget(self.figures_view, 3)
        assessed = QGroupBox(self.tr("Assessment"), right)
        QVBoxLayout(assessed).addWidget(self.assessment)
        right_layout.addWidget(assessed, 2)
        cited = QGroupBox(self.tr("Events bearing on this standard"), right)
        QVBoxLayout(cited).addWidget(self.cited_view)
        right_layout.addWidget(cited, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.standards_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    # ---- what is shown ----------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.trial_combo.set_groups(data.groups, data)
        self.work_out_when_shown()

    def work_out(self) -> None:
        self._trial_changed()

    def clear(self) -> None:
        self.data = None
        self.findings = None
        self.standards.set_standards(())
        self._show_standard(None)
        self.summary.set_plain("")
        self.status.clear_message()

    def choose(self, trial: str, standard: str = "") -> None:
        """Show a trial's findings (any id of its group), and one standard of them."""
        if self.data is not None:
            self.trial_combo.choose(self.data.group_key(trial))
        if self.stale:
            self.work_out()
        if standard:
            self.choose_standard(standard)

    def choose_standard(self, standard: str) -> None:
        row = self.standards.row_of(standard)
        if row is None:
            return
        index = self.standards_proxy.mapFromSource(self.standards.index(row, 0))
        self.standards_view.setCurrentIndex(index)

    def _trial_changed(self) -> None:
        self.stale = False
        data, key = self.data, self.trial_combo.key()
        shown = self.current_standard()  # kept across a reload, where the trial has it
        was = (self.findings.trial_id, shown.standard) if self.findings and shown else None
        self.status.clear_message()
        self.findings = None
        if data is not None and key and self.session.is_unlocked:
            try:
                self.findings = load_findings(
                    self.session.vault,
                    data.index,
                    key,
                    events=data.events.of_group(key),
                    names=data.names,
                )
            except TrialMonitorError as exc:
                log.warning("findings not shown: %s", exc.code)
                self.status.show_error(error_text(exc))
        found = self.findings
        self.standards.set_standards(found.standards if found else ())
        self.summary.set_plain(self._summary(found) if found else "")
        if found and found.standards:
            self.standards_view.setCurrentIndex(self.standards_proxy.index(0, 0))
            if was is not None and was[0] == found.trial_id:
                self.choose_standard(was[1])
        else:
            self._show_standard(None)

    def _summary(self, found: TrialFindings) -> str:
        hearings = findings_words(self.lang)["hearings_summary"].format(
            hearings=found.hearings, held=found.held, called_off=found.called_off
        )
        events = counted(
            self.tr("%n event(s) counted.", "", len(found.events)),
            "%n event(s) counted.",
            len(found.events),
        )
        parts = [hearings + ".", events]
        if found.assessments_unreadable:
            parts.append(
                counted(
                    self.tr(
                        "Assessment revisions left out, their values unreadable: %n.",
                        "",
                        found.assessments_unreadable,
                    ),
                    "Assessment revisions left out, their values unreadable: %n.",
                    found.assessments_unreadable,
                )
            )
        return " ".join(parts)

    def current_standard(self) -> StandardFindings | None:
        index = self.standards_view.currentIndex()
        if not index.isValid():
            return None
        row = self.standards_proxy.mapToSource(index).row()
        record: StandardFindings = self.standards.record(row)
        return record

    def _standard_changed(self) -> None:
        self._show_standard(self.current_standard())

    def _show_standard(self, standard: StandardFindings | None) -> None:
        found = self.findings
        if standard is None or found is None:
            self.standard_title.set_plain(
                self.tr("Choose a trial and one of its standards.") if found is None else ""
            )
            self.figures.set_records([])
            self.assessment.setPlainText("")
            self.cited.set_events([], {})
            return
        self.standard_title.set_plain(standard.standard)
        self.figures.set_records(standard.figures)
        self.assessment.setPlainText(self.assessment_text(standard))
        names = self.data.names if self.data is not None else {}
        self.cited.set_events([found.event(n) for n in standard.events], names)

    def assessment_text(self, standard: StandardFindings) -> str:
        """The assessors' texts on ``standard``: each under its author's name, the current
        assessment first, then others' comments."""
        if not standard.assessments:
            return self.tr("Not assessed yet.")
        names = self.data.names if self.data is not None else {}
        blocks = []
        for text in standard.assessments:
            name = observer_name(names, text.author)
            heading = (
                self.tr("Comment by {name}: {concern}")
                if text.comment
                else self.tr("Assessment by {name}: {concern}")
            ).format(name=name, concern=concern_text(text, self.lang))
            lines = [heading, scrub(text.reasoning, keep_newlines=True)]
            if text.events:
                lines.append(
                    self.tr("Events relied on: {events}").format(events=event_labels(text.events))
                )
            if text.events_not_found:
                lines.append(
                    counted(
                        self.tr("%n event(s) it cites no longer found.", "", text.events_not_found),
                        "%n event(s) it cites no longer found.",
                        text.events_not_found,
                    )
                )
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
