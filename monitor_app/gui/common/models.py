"""What every table of the GUI shares: the base model over plain core records, the filter
that folds case and accents, the roles, and the formatting of times, durations and codes.

Every model keeps plain core records, shows them as one safe line each (untrusted text goes
through `textsafe.one_line`, never into tooltips, which Qt may read as rich text), gives
each row's record id under `RECORD_ID_ROLE` and a raw value to sort on under `SORT_ROLE`
(times as UTC text, so sorting is by instant, not by the displayed wall clock). The record
models themselves (trials, hearings, observations, checklist, history, search hits) are in
`gui.records.models`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from monitor_app.core.errors import TrialMonitorError, UnknownCode
from monitor_app.core.records import durations
from monitor_app.core.records.durations import DurationUnits
from monitor_app.core.records.search import fold
from monitor_app.core.records.taxonomy import Choice, Taxonomy, label, short_label
from monitor_app.core.records.timeutil import in_zone
from monitor_app.core.textsafe import one_line

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_CHARS = 300  # untrusted text is cut here; the view elides what does not fit
EMPTY = "—"
DATE_TIME = "%Y-%m-%d %H:%M"
TIME = "%H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


# ---- shared formatting -----------------------------------------------------------------


def local_time(utc_text: str | None, tz: str, fmt: str = DATE_TIME) -> str:
    """A stored UTC instant as the clock in ``tz`` showed it ("" when there is none). A
    zone this computer does not know (from a newer system) falls back to UTC, marked; a
    value that is no instant the rules take is shown as stored."""
    if not utc_text:
        return ""
    try:
        return in_zone(utc_text, tz).strftime(fmt)
    except (TrialMonitorError, OverflowError):
        pass
    try:
        return in_zone(utc_text, "UTC").strftime(fmt) + " UTC"
    except (TrialMonitorError, OverflowError):
        # Not an instant the rules take (an older version's value, kept in a history): as
        # it is stored.
        return one_line(utc_text)


def format_duration(seconds: int) -> str:
    """Whole seconds as the core writes them ("2 min 36 s"), with the units translated."""
    units = DurationUnits(
        hours=QCoreApplication.translate("Duration", "{n} h"),
        minutes=QCoreApplication.translate("Duration", "{n} min"),
        seconds=QCoreApplication.translate("Duration", "{n} s"),
    )
    return durations.format_duration(seconds, units)


def choice_label(choices: Sequence[Choice], code: str | None, lang: str) -> str:
    """The label of a taxonomy code; an unknown code (from a newer taxonomy) as itself."""
    if not code:
        return ""
    found = next((c for c in choices if c.code == code), None)
    return label(found.label, lang) if found else one_line(code)


def condition_label(taxonomy: Taxonomy, code: str, lang: str, short: bool = False) -> str:
    """A condition's name in ``lang`` (``short``: as a small button shows it, the
    taxonomy's short label where it has one); for a code this taxonomy lacks (from a newer
    one, in a bundle), the code itself, made safe to show."""
    try:
        item = taxonomy.item(code)
    except UnknownCode:
        return one_line(code)
    return short_label(item, lang) if short else label(item.label, lang)


# Labels of our own codes (core.records.records), marked for lupdate and translated when shown. One
# context per kind of code: one English word ("Trial") may need two Russian ones.
MODES, ATTENDANCE, STATUSES, TYPES, ANSWERS, KINDS = (
    "HearingMode",
    "Attendance",
    "HearingStatus",
    "HearingType",
    "ChecklistAnswer",
    "RecordKind",
)
# (QT_TRANSLATE_NOOP is typed as returning object; it returns its text.)
_CODE_LABELS: dict[str, dict[str, object]] = {
    MODES: {
        "in-person": QT_TRANSLATE_NOOP("HearingMode", "In person"),
        "remote": QT_TRANSLATE_NOOP("HearingMode", "Remote"),
        "hybrid": QT_TRANSLATE_NOOP("HearingMode", "Hybrid"),
    },
    ATTENDANCE: {
        "in-person": QT_TRANSLATE_NOOP("Attendance", "In the courtroom"),
        "remote": QT_TRANSLATE_NOOP("Attendance", "Remotely"),
    },
    STATUSES: {
        "scheduled": QT_TRANSLATE_NOOP("HearingStatus", "Scheduled"),
        "held": QT_TRANSLATE_NOOP("HearingStatus", "Held"),
        "adjourned": QT_TRANSLATE_NOOP("HearingStatus", "Adjourned"),
        "postponed": QT_TRANSLATE_NOOP("HearingStatus", "Postponed"),
        "cancelled": QT_TRANSLATE_NOOP("HearingStatus", "Cancelled"),
    },
    TYPES: {
        "preliminary": QT_TRANSLATE_NOOP("HearingType", "Preliminary"),
        "trial": QT_TRANSLATE_NOOP("HearingType", "Trial"),
        "verdict": QT_TRANSLATE_NOOP("HearingType", "Verdict"),
        "sentencing": QT_TRANSLATE_NOOP("HearingType", "Sentencing"),
        "appeal": QT_TRANSLATE_NOOP("HearingType", "Appeal"),
        "cassation": QT_TRANSLATE_NOOP("HearingType", "Cassation"),
        "detention": QT_TRANSLATE_NOOP("HearingType", "Detention"),
        "ban-violation": QT_TRANSLATE_NOOP("HearingType", "Violation of a ban"),
        "other": QT_TRANSLATE_NOOP("HearingType", "Other"),
    },
    ANSWERS: {
        "yes": QT_TRANSLATE_NOOP("ChecklistAnswer", "Yes"),
        "no": QT_TRANSLATE_NOOP("ChecklistAnswer", "No"),
        "unclear": QT_TRANSLATE_NOOP("ChecklistAnswer", "Unclear"),
    },
    KINDS: {
        "trial": QT_TRANSLATE_NOOP("RecordKind", "Trial"),
        "hearing": QT_TRANSLATE_NOOP("RecordKind", "Hearing"),
        "observation": QT_TRANSLATE_NOOP("RecordKind", "Observation"),
        "checklist": QT_TRANSLATE_NOOP("RecordKind", "Checklist answer"),
        "attachment": QT_TRANSLATE_NOOP("RecordKind", "Attachment"),
    },
}


def code_labels(context: str) -> dict[str, str]:
    """Translated labels of one kind of code (`MODES`, `STATUSES` ...), in the core's order."""
    return {
        code: QCoreApplication.translate(context, str(text))
        for code, text in _CODE_LABELS[context].items()
    }


def coded(labels: Mapping[str, str], code: str) -> str:
    """The translated label of one of our own codes, or the (untrusted) code itself."""
    return labels.get(code) or one_line(code)


# ---- the common table model ------------------------------------------------------------


class RecordTableModel(QAbstractTableModel):
    """Rows of plain records; subclasses say what each column shows and sorts by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._headers = self.headers()
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # (column, order)

    # -- what subclasses provide

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        return self.display(record, column).casefold()

    def record_id(self, record: Any) -> str:
        return str(record.id)

    def font(self, record: Any, column: int) -> QFont | None:
        return None

    # -- the records

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = self._in_order(records)
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the records sorted by ``column`` (its `sort_value`): sorted here, a key per
        record, where a sorting proxy asks for two values through Qt per comparison (a
        coordinator's timeline of thousands of rows took a third of a second to fill)."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = {id(r): i for i, r in enumerate(self._records)}
        self._records = self._in_order(self._records)
        moved = {rows[id(r)]: i for i, r in enumerate(self._records)}
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _in_order(self, records: Iterable[Any]) -> list[Any]:
        if self._sorted_by is None:
            return list(records)
        column, order = self._sorted_by
        keyed = [(self.sort_value(r, column), r) for r in records]
        descending = order == Qt.SortOrder.DescendingOrder
        try:  # stable, as Qt's own: equal keys keep the order they came in
            keyed.sort(key=lambda pair: _sort_key(pair[0]), reverse=descending)
        except TypeError:  # keys of mixed kinds: by kind, then as text
            keyed.sort(key=lambda pair: _mixed_key(pair[0]), reverse=descending)
        return [r for _, r in keyed]

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        return next(
            (i for i, r in enumerate(self._records) if self.record_id(r) == record_id), None
        )

    # -- QAbstractTableModel

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(record, column)
        if role == SORT_ROLE:
            return self.sort_value(record, column)
        if role == RECORD_ID_ROLE:
            return self.record_id(record)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(record, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def _sort_key(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)  # nothing first, as Qt sorts an empty value


def _mixed_key(value: Any) -> tuple[bool, str, str]:
    return (value is not None, type(value).__name__, str(value))


class SortingInSource(QSortFilterProxyModel):
    """A proxy whose sorting the source model does (`RecordTableModel.sort_rows`): a
    header clicked sorts the records once, by a key each, and every later fill of the model
    comes sorted the same way; the proxy itself only filters."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            if column >= 0:
                source.sort_rows(column, order)
            return
        self.setSortRole(SORT_ROLE)  # another model: sorted here, as usual
        super().sort(column, order)


class FoldingFilterProxy(SortingInSource):
    """Sorted by the source's `sort_value`; keeps the rows whose shown text holds every
    word of the filter, ignoring case and accents (as the vault search does)."""

    def __init__(self, source: QAbstractTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        shown = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        )
        folded = fold(shown)
        return all(term in folded for term in self._terms)
