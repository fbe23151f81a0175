"""Table models of the coordinator's screen, over what `core.coordination.index` answers: observers,
trials as one across observers, link suggestions and links, the timeline of every observer's
events (with the proxy that filters it at once), hearing-session totals, postponements,
and a session's checklists side by side. Events side by side are in `event_models`, their
words in `event_words`.

Like the other models each keeps plain core objects and shows them as one safe line per
cell. Observers are shown by the names in `names` (pseudonyms from their key cards).
Rows where observers differ carry a background under `BackgroundRole` and say so in a
column of their own, so the difference is not told by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from monitor_app.core.coordination.event_decisions import (
    TimelineRow,
)
from monitor_app.core.coordination.events import Event
from monitor_app.core.coordination.index import (
    ChecklistRow,
    HearingSession,
    Observed,
    TimelineFilter,
    TrialGroup,
)
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.coordination.trial_links import LinkSuggestion, TrialLink
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.records.totals import HearingTotals, Postponement, interval_seconds
from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.models import (
    ANSWERS,
    CELL_CHARS,
    DATE_TIME,
    EMPTY,
    Index,
    RecordTableModel,
    SortingInSource,
    choice_label,
    code_labels,
    coded,
    condition_label,
    format_duration,
    local_time,
)
from monitor_app.gui.coordinator.event_words import (
    event_differs,
    event_label,
    seen_by_text,
    span_seconds,
    state_label,
)
from monitor_app.gui.sync.models import missing_text, on_this_computer

DARK_BELOW = 128  # a window colour darker than this is a dark theme


def observer_name(names: Mapping[str, str], author: str) -> str:
    """An observer's pseudonym, or a short id for one this vault has no name for."""
    name = names.get(author)
    if name:
        return one_line(name, CELL_CHARS)
    return QCoreApplication.translate("Coordinator", "observer {id}").format(id=author[:8])


def difference_brush() -> QBrush:
    """A soft amber that reads on the theme's background, light or dark."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    dark = window.lightness() < DARK_BELOW
    return QBrush(QColor(110, 80, 0) if dark else QColor(255, 236, 179))


class CoordinatorModel(RecordTableModel):
    """A record model whose observer names come from the vault's contacts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: Mapping[str, str] = {}

    def set_names(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)

    def who(self, authors: Sequence[str]) -> str:
        return one_line(", ".join(observer_name(self.names, a) for a in authors), CELL_CHARS)

    def by_name(self, authors: Iterable[str]) -> list[str]:
        """Authors in the order of their names as shown."""
        return sorted(authors, key=lambda a: (observer_name(self.names, a).casefold(), a))

    def differs(self, record: Any) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and 0 <= index.row() < len(self._records)
        ):
            return difference_brush() if self.differs(self._records[index.row()]) else None
        return super().data(index, role)


# ---- observers and trials --------------------------------------------------------------


class ObserversModel(CoordinatorModel):
    NAME, REAL_NAME, BUNDLES, LAST, GAPS, CHAIN, QUARANTINED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.missing: Mapping[str, Gaps] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Observer"),
            self.tr("Real name"),
            self.tr("Bundles"),
            self.tr("Last bundle"),
            self.tr("Missing"),
            self.tr("Hash chain"),
            self.tr("In quarantine"),
        ]

    def record_id(self, record: ObserverStatus) -> str:
        return record.author

    def set_statuses(self, statuses: Sequence[ObserverStatus], missing: Mapping[str, Gaps]) -> None:
        self.missing = dict(missing)
        self.set_records(statuses)

    def display(self, record: ObserverStatus, column: int) -> str:
        if column == self.NAME:
            name = one_line(record.name, CELL_CHARS)
            return name if record.is_contact else self.tr("{name} (this vault)").format(name=name)
        if column == self.REAL_NAME:
            return one_line(record.real_name, CELL_CHARS)
        if column == self.BUNDLES:
            return str(record.bundles)
        if column == self.LAST:
            return on_this_computer(record.last_bundle_utc) if record.last_bundle_utc else EMPTY
        if column == self.GAPS:
            gaps = self.missing.get(record.author)
            return missing_text(gaps) if gaps else self.tr("nothing")
        if column == self.CHAIN:
            if record.chain_ok:
                return self.tr("intact")
            problems = len(record.chain_problems)
            return counted(self.tr("%n problem(s)", "", problems), "%n problem(s)", problems)
        return str(record.quarantined)

    def differs(self, record: ObserverStatus) -> bool:
        return not record.chain_ok or bool(self.missing.get(record.author))

    def sort_value(self, record: ObserverStatus, column: int) -> Any:
        if column == self.BUNDLES:
            return record.bundles
        if column == self.LAST:
            return record.last_bundle_utc or ""
        if column == self.QUARANTINED:
            return record.quarantined
        return super().sort_value(record, column)


def _joined(values: Sequence[str]) -> str:
    return one_line("; ".join(dict.fromkeys(v for v in values if v)), CELL_CHARS)


class TrialGroupsModel(CoordinatorModel):
    """Each trial once, however many observers recorded it."""

    TITLE, CASE, COURT, COUNTRY, OBSERVERS, RECORDS = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Trial"),
            self.tr("Case number"),
            self.tr("Court"),
            self.tr("Country"),
            self.tr("Observers"),
            self.tr("Trial records"),
        ]

    def record_id(self, record: TrialGroup) -> str:
        return record.key

    def display(self, record: TrialGroup, column: int) -> str:
        trials = record.trials
        if column == self.TITLE:
            return _joined([t.title for t in trials])
        if column == self.CASE:
            return _joined([t.case_number for t in trials])
        if column == self.COURT:
            return _joined([t.court for t in trials])
        if column == self.COUNTRY:
            return _joined([t.country for t in trials])
        if column == self.OBSERVERS:
            return self.who(sorted(record.observers, key=lambda a: observer_name(self.names, a)))
        return str(len(trials))

    def sort_value(self, record: TrialGroup, column: int) -> Any:
        if column == self.RECORDS:
            return len(record.trials)
        return super().sort_value(record, column)


class SuggestionsModel(CoordinatorModel):
    FIRST, SECOND, REASON = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Trial"), self.tr("Same trial?"), self.tr("Why")]

    def record_id(self, record: LinkSuggestion) -> str:
        return f"{record.first.id}:{record.second.id}"

    def display(self, record: LinkSuggestion, column: int) -> str:
        if column == self.FIRST:
            return one_line(record.first.title, CELL_CHARS)
        if column == self.SECOND:
            return one_line(record.second.title, CELL_CHARS)
        # The core's reason is English; it is always the case number and the court.
        case = one_line(record.first.case_number, CELL_CHARS)
        if record.first.court:
            return self.tr("same case number {case} and court {court}").format(
                case=case, court=one_line(record.first.court, CELL_CHARS)
            )
        return self.tr("same case number {case}").format(case=case)


class LinksModel(CoordinatorModel):
    FIRST, SECOND, CREATED = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Trial"), self.tr("Linked with"), self.tr("Linked on")]

    def record_id(self, record: TrialLink) -> str:
        return f"{record.first}:{record.second}"

    def set_links(self, links: Sequence[TrialLink], titles: Mapping[str, str]) -> None:
        self.titles = dict(titles)
        self.set_records(links)

    def _title(self, trial_id: str) -> str:
        title = self.titles.get(trial_id)
        return one_line(title, CELL_CHARS) if title is not None else self.tr("(deleted)")

    def display(self, record: TrialLink, column: int) -> str:
        if column == self.FIRST:
            return self._title(record.first)
        if column == self.SECOND:
            return self._title(record.second)
        return on_this_computer(record.created_utc)

    def sort_value(self, record: TrialLink, column: int) -> Any:
        if column == self.CREATED:
            return record.created_utc
        return super().sort_value(record, column)


# ---- the timeline ----------------------------------------------------------------------


class ObservedModel(CoordinatorModel):
    """Rows about observations; times on the hearing's clock, with the date."""

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.lang = lang

    def when(self, record: Observed) -> str:
        tz = record.hearing.tz if record.hearing else "UTC"
        return local_time(record.at, tz, DATE_TIME)

    def condition(self, record: Observed) -> str:
        return condition_label(self.taxonomy, record.observation.code, self.lang)

    def conditions(self, codes: Sequence[str]) -> str:
        return one_line(
            ", ".join(condition_label(self.taxonomy, c, self.lang) for c in codes), CELL_CHARS
        )

    def lasted(self, record: Observed) -> str:
        if record.observation.is_open:
            return self.tr("still going")
        seconds = interval_seconds(record.observation)
        return format_duration(seconds) if seconds is not None else ""

    def event_lasted(self, event: Event) -> str:
        if event.open and event.end is None:
            return self.tr("still going")
        seconds = span_seconds(event)
        return format_duration(seconds) if seconds is not None else ""


class TimelineModel(ObservedModel):
    """The timeline as events: one row per event (every observer's observations of one
    happening), and one per entry in no event (a free note, a note on the trial)."""

    TIME, TRIAL, EVENT, OBSERVER, SEEN_BY, CONDITION, SEVERITY, DURATION, STATE, NOTE = range(10)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        super().__init__(taxonomy, lang, parent)
        self.titles: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Trial"),
            self.tr("Event"),
            self.tr("Recorded by"),
            self.tr("Seen by"),
            self.tr("Condition"),
            self.tr("Severity"),
            self.tr("Duration"),
            self.tr("State"),
            self.tr("Note"),
        ]

    def set_titles(self, titles: Mapping[str, str]) -> None:
        self.titles = dict(titles)

    def record_id(self, record: TimelineRow) -> str:
        return record.event.id if record.event else record.first.observation.id

    def display(self, record: TimelineRow, column: int) -> str:
        event = record.event
        if column == self.TIME:
            return self.when(record.first)
        if column == self.TRIAL:
            return one_line(self.titles.get(record.group, ""), CELL_CHARS)
        if column == self.OBSERVER:
            return self.who(
                self.by_name(event.event.recorded_by if event else (record.first.observer,))
            )
        if column == self.CONDITION:
            return self.conditions(event.event.codes if event else (record.first.observation.code,))
        if column == self.SEVERITY:
            severities = dict.fromkeys(e.severity for e in record.entries if e.severity)
            return one_line(
                ", ".join(choice_label(self.taxonomy.severities, s, self.lang) for s in severities),
                CELL_CHARS,
            )
        if column == self.NOTE:
            return self._note(record)
        if event is None:  # a free note: in no event, decided on by no one
            return self.lasted(record.first) if column == self.DURATION else ""
        if column == self.EVENT:
            return event_label(event)
        if column == self.SEEN_BY:
            return seen_by_text(event.event)
        if column == self.DURATION:
            return self.event_lasted(event.event)
        return state_label(event.state)

    def _note(self, record: TimelineRow) -> str:
        """The observers' own words: one's as written, several each under their name."""
        texts = [(e.observer, e.observation.text) for e in record.entries if e.observation.text]
        if len({o for o, _ in texts}) <= 1:
            return one_line(" / ".join(t for _, t in texts), CELL_CHARS)
        return one_line(
            " / ".join(f"{observer_name(self.names, o)}: {t}" for o, t in texts), CELL_CHARS
        )

    def differs(self, record: TimelineRow) -> bool:
        return record.event is not None and event_differs(record.event.event)

    def sort_value(self, record: TimelineRow, column: int) -> Any:
        if column == self.TIME:
            return "|".join(record.first.time_order)
        if column == self.EVENT:
            return record.event.number if record.event else 0
        if column == self.DURATION:
            if record.event is None:
                return interval_seconds(record.first.observation) or 0
            return span_seconds(record.event.event) or 0
        return super().sort_value(record, column)


class TimelineProxy(SortingInSource):
    """The timeline's filter, applied to the loaded rows at once: the core's
    `TimelineFilter` (an event is kept when any of its observations is), the trials shown
    (group keys; empty: all) and a month ("YYYY-MM" of the UTC time the row starts, as the
    dashboard counts them; empty: any)."""

    def __init__(self, source: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = source
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)
        self.keep = TimelineFilter()
        self.groups: frozenset[str] = frozenset()
        self.month = ""

    def set_filter(
        self, keep: TimelineFilter, groups: frozenset[str] = frozenset(), month: str = ""
    ) -> None:
        self.beginFilterChange()
        self.keep, self.groups, self.month = keep, groups, month
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row: TimelineRow = self.timeline.record(source_row)
        return (
            (not self.groups or row.group in self.groups)
            and (not self.month or row.at.startswith(self.month))
            and any(self.keep.keeps(e) for e in row.entries)
        )


class SessionTotalsModel(CoordinatorModel):
    """Each hearing session of a trial, with every observer's intervals merged."""

    DATE, OBSERVERS, LOST, DEFENDANT, CONTINUED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.totals: Mapping[str, HearingTotals] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Session"),
            self.tr("Observers"),
            self.tr("Participation lost"),
            self.tr("Defendant could not follow"),
            self.tr("Court went on"),
        ]

    def record_id(self, record: HearingSession) -> str:
        return record.key

    def set_sessions(
        self, sessions: Sequence[HearingSession], totals: Mapping[str, HearingTotals]
    ) -> None:
        self.totals = dict(totals)
        self.set_records(sessions)

    def _seconds(self, record: HearingSession, column: int) -> int:
        totals = self.totals.get(record.key)
        if totals is None:
            return 0
        if column == self.LOST:
            return totals.seconds_lost
        if column == self.DEFENDANT:
            return totals.seconds_defendant_could_not_follow
        return totals.seconds_continued_regardless

    def display(self, record: HearingSession, column: int) -> str:
        if column == self.DATE:
            return record.date
        if column == self.OBSERVERS:
            return self.who(sorted(record.observers, key=lambda a: observer_name(self.names, a)))
        return format_duration(self._seconds(record, column))

    def sort_value(self, record: HearingSession, column: int) -> Any:
        if column in (self.LOST, self.DEFENDANT, self.CONTINUED):
            return self._seconds(record, column)
        return super().sort_value(record, column)


class PostponementsModel(RecordTableModel):
    DATE, REASON, REQUESTED, NEXT = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Was to sit"),
            self.tr("Reason given"),
            self.tr("Requested by"),
            self.tr("Next date"),
        ]

    def record_id(self, record: Postponement) -> str:
        return record.hearing_id

    def display(self, record: Postponement, column: int) -> str:
        if column == self.DATE:
            return local_time(record.scheduled_start, "UTC") + " UTC"
        if column == self.REASON:
            return one_line(record.reason, CELL_CHARS)
        if column == self.REQUESTED:
            return one_line(record.requested_by, CELL_CHARS)
        return local_time(record.next_date, "UTC") + " UTC" if record.next_date else EMPTY

    def sort_value(self, record: Postponement, column: int) -> Any:
        if column == self.DATE:
            return record.scheduled_start
        return super().sort_value(record, column)


# ---- a session's checklists side by side ---------------------------------------------


class ChecklistCompareModel(CoordinatorModel):
    """Checklist questions down, one column per observer across, and whether they agree."""

    QUESTION = 0

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        self.taxonomy = taxonomy
        self.lang = lang
        self.observers: list[str] = []
        super().__init__(parent)
        self._answers = code_labels(ANSWERS)

    def headers(self) -> list[str]:
        return [
            self.tr("Question"),
            *(observer_name(getattr(self, "names", {}), o) for o in self.observers),
            self.tr("Agreement"),
        ]

    def set_rows(
        self, rows: Sequence[ChecklistRow], observers: Sequence[str], names: Mapping[str, str]
    ) -> None:
        self.beginResetModel()
        self.names = dict(names)
        self.observers = list(observers)
        self._headers = self.headers()
        self._records = list(rows)
        self.endResetModel()

    def record_id(self, record: ChecklistRow) -> str:
        return record.question

    def display(self, record: ChecklistRow, column: int) -> str:
        if column == self.QUESTION:
            try:
                return label(self.taxonomy.question(record.question).question, self.lang)
            except UnknownCode:
                return one_line(record.question, CELL_CHARS)
        if column <= len(self.observers):
            answer = record.answers.get(self.observers[column - 1])
            if answer is None:
                return EMPTY
            shown = coded(self._answers, answer.answer)
            comment = one_line(answer.comment, CELL_CHARS)
            return f"{shown}: {comment}" if comment else shown
        return self.tr("they differ") if record.disagreement else self.tr("same")

    def differs(self, record: ChecklistRow) -> bool:
        return record.disagreement
