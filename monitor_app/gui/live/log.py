"""Live mode's log: the hearing's observations as they are stamped, to the second, with
the running intervals counting up, and the table that shows them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from monitor_app.core.records.records import Observation
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import utc_now
from monitor_app.gui.common.models import local_time
from monitor_app.gui.common.widgets import make_table_view
from monitor_app.gui.live.clock import TIME_FORMAT, elapsed_since, lasted
from monitor_app.gui.records.models import ObservationsModel, keep_note_in_view


class LiveLogModel(ObservationsModel):
    """The hearing's observations, oldest first, stamped to the second; running intervals
    count up. New lines are inserted (not a reset) so the view keeps selection and scroll."""

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        super().__init__(taxonomy, lang, with_date=False, parent=parent)
        self._now = utc_now()

    def display(self, record: Observation, column: int) -> str:
        if column == self.TIME:
            return local_time(record.at, self._tz(record), TIME_FORMAT)
        if column == self.END and record.is_open:
            elapsed = elapsed_since(record.at, self._now)
            return self.tr("running {elapsed}").format(elapsed=elapsed)
        if column == self.END and record.end:
            end = local_time(record.end, self._tz(record), TIME_FORMAT)
            return f"{end} ({lasted(record.at, record.end)})"
        return super().display(record, column)

    def set_records(self, records: Sequence[Observation]) -> None:
        new = list(records)
        old = self._records
        if [o.id for o in new[: len(old)]] != [o.id for o in old]:
            super().set_records(new)
            return
        last_column = self.columnCount() - 1
        for row, (before, after) in enumerate(zip(old, new, strict=False)):
            if before.revision != after.revision:
                old[row] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            old.extend(new[len(old) :])
            self.endInsertRows()

    def set_now(self, now: datetime) -> None:
        """Move the running intervals' timers on."""
        self._now = now
        for row, observation in enumerate(self._records):
            if observation.is_open:
                cell = self.index(row, self.END)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])


def live_log_view(model: LiveLogModel, accessible_name: str) -> QTableView:
    """The log as a table kept in time order (no sorting by a click), its stamps and
    condition as wide as their text and the note in the rest, that scrolls to each new
    line as it comes. Severity and parties are left to the detail panel beside it: the
    log must keep the note in view while the panel takes part of the width."""
    view = make_table_view("liveLogView", model, accessible_name, sortable=False)
    for column in (LiveLogModel.TIME, LiveLogModel.END, LiveLogModel.CONDITION):
        view.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    view.hideColumn(LiveLogModel.SEVERITY)
    view.hideColumn(LiveLogModel.PARTIES)
    keep_note_in_view(view)
    model.rowsInserted.connect(lambda *_: view.scrollToBottom())
    return view
