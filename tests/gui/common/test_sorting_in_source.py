"""Tables sorted by their model (`RecordTableModel.sort_rows`) rather than by Qt's proxy: a
header clicked orders the rows as a stable sort by the column's sort value would, every
later fill comes in that order, a chosen row stays chosen through a sort, and values of no
kind or mixed kinds sort without an error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.models import RecordTableModel
from monitor_app.gui.common.widgets import sorted_table


@dataclass(frozen=True)
class Row:
    id: str
    number: int | None
    text: Any


class RowsModel(RecordTableModel):
    NUMBER, TEXT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return ["Number", "Text"]

    def display(self, record: Row, column: int) -> str:
        return str(record.number if column == self.NUMBER else record.text)

    def sort_value(self, record: Row, column: int) -> Any:
        return record.number if column == self.NUMBER else record.text


class Table(QWidget):
    """A sorted table of a model the screen owns, as a screen's tables are."""

    def __init__(self, sort_by: int) -> None:
        super().__init__()
        self.model = RowsModel(self)
        self.view, self.proxy = sorted_table("rows", self.model, "Rows", sort_by, stretch=1, rows=3)
        self.view.setParent(self)


def _shown(view: Any) -> list[str]:
    proxy = view.model()
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]


def _expected(rows: list[Row], column: int, descending: bool) -> list[str]:
    def key(row: Row) -> tuple[bool, Any]:
        value = row.number if column == RowsModel.NUMBER else row.text
        return (value is not None, value)

    return [r.id for r in sorted(rows, key=key, reverse=descending)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    numbers=st.lists(st.none() | st.integers(-5, 5), min_size=0, max_size=30),
    descending=st.booleans(),
)
def test_rows_come_in_the_order_a_stable_sort_gives(
    qapp: QApplication, numbers: list[int | None], descending: bool
) -> None:
    table = Table(RowsModel.TEXT)  # made and dropped within the example
    view, model = table.view, table.model
    rows = [Row(f"r{i}", n, f"t{i % 3}") for i, n in enumerate(numbers)]
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    view.sortByColumn(RowsModel.NUMBER, order)
    model.set_records(rows)
    assert _shown(view) == _expected(rows, RowsModel.NUMBER, descending)
    view.sortByColumn(RowsModel.TEXT, Qt.SortOrder.AscendingOrder)  # a header clicked
    assert _shown(view) == _expected(_ordered(rows, RowsModel.NUMBER, descending), 1, False)
    table.deleteLater()


def _ordered(rows: list[Row], column: int, descending: bool) -> list[Row]:
    by_id = {r.id: r for r in rows}
    return [by_id[i] for i in _expected(rows, column, descending)]


def test_a_chosen_row_stays_chosen_through_a_sort(qtbot: QtBot) -> None:
    table = Table(RowsModel.NUMBER)
    qtbot.addWidget(table)
    view, model, proxy = table.view, table.model, table.proxy
    model.set_records([Row("a", 3, "x"), Row("b", 1, "y"), Row("c", 2, "z")])
    assert _shown(view) == ["b", "c", "a"]
    view.selectRow(2)  # "a"
    view.sortByColumn(RowsModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == ["a", "c", "b"]
    chosen = view.selectionModel().selectedRows()
    assert [proxy.mapToSource(i).row() for i in chosen] == [model.row_of("a")]


def test_values_of_mixed_kinds_sort_without_an_error(qtbot: QtBot) -> None:
    table = Table(RowsModel.TEXT)
    qtbot.addWidget(table)
    view, model = table.view, table.model
    model.set_records([Row("a", 1, "b"), Row("b", 2, 7), Row("c", 3, None), Row("d", 4, "a")])
    assert _shown(view)[0] == "c"  # nothing first
    assert sorted(_shown(view)) == ["a", "b", "c", "d"]
