"""Columns fitted to what they show, capped, and to the table's width (gui.common.widgets
`fit_columns_capped`): the whole-flow walk saw the Restrictions table scroll sideways in
Russian, its State and Days detained columns off to the right, as capped columns together
were wider than the table. The widest now give up width until all fit, and a cell cut
short shows its whole text as a tooltip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.widgets import (
    ElidedTextTips,
    _water_level,
    fit_columns_capped,
    make_table_view,
)
from tests.gui.helpers import settled

LONG = "Prohibition on engaging in civic and public activities for five years"
SHORT = "KZ"
ROW = [LONG, SHORT, LONG, "2025-06-22", "In force", LONG]


def table(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(0, len(ROW))
    model.setHorizontalHeaderLabels([f"Column {n}" for n in range(len(ROW))])
    for _ in range(3):
        model.appendRow([QStandardItem(text) for text in ROW])
    view = make_table_view("cappedView", model, "Capped")
    model.setParent(view)
    fit_columns_capped(view, stretch=2, chars=44)
    qtbot.addWidget(view)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return settled(view)


def test_columns_too_wide_together_give_up_width_until_all_fit(qtbot: QtBot) -> None:
    view = table(qtbot, 700)
    header = view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(6))
    assert right <= view.viewport().width()
    # The short ones keep their width; the long ones share what is left alike.
    assert view.columnWidth(1) < view.columnWidth(0)
    assert abs(view.columnWidth(0) - view.columnWidth(5)) <= 1

    view.resize(1600, 200)  # and back when there is room: each long one at its cap
    settled(view)
    capped = view.fontMetrics().averageCharWidth() * 44
    assert view.columnWidth(0) == capped
    assert view.columnWidth(2) >= capped  # the stretch column takes the rest


def tooltip_at(view: QTableView, row: int, column: int) -> str:
    spot = view.visualRect(view.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def cut_short(view: QTableView, row: int, column: int) -> str:
    delegate = view.itemDelegate()
    assert isinstance(delegate, ElidedTextTips)
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    return delegate.cut_short(view, option, index)


def test_a_cell_cut_short_shows_its_whole_text_as_a_tooltip(qtbot: QtBot) -> None:
    view = table(qtbot, 700)
    assert cut_short(view, 0, 0) == LONG
    assert cut_short(view, 0, 1) == ""  # shown whole: no tooltip
    assert tooltip_at(view, 0, 0) == f"<qt>{LONG}</qt>"
    # Plain text: a cell's words never become markup.
    view.model().setData(view.model().index(1, 0), "<b>not bold</b> " + LONG)
    assert tooltip_at(view, 1, 0).startswith("<qt>&lt;b&gt;not bold&lt;/b&gt;")


def test_a_column_the_user_widened_keeps_its_width_as_the_scroll_bar_shows(
    qtbot: QtBot,
) -> None:
    view = table(qtbot, 700)
    view.setColumnWidth(0, 600)  # as a drag on its edge does
    settled(view)
    assert view.horizontalScrollBar().isVisible()
    assert view.columnWidth(0) == 600


@given(
    widths=st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
    room=st.integers(min_value=0, max_value=4000),
)
def test_the_widest_give_up_width_alike_until_all_fit(widths: list[int], room: int) -> None:
    floor = 20
    level = _water_level(widths, room, floor)
    shared = sum(min(w, level) for w in widths)
    if sum(widths) <= room:
        assert shared == sum(widths)
    elif level > floor:
        assert shared <= room
        assert sum(min(w, level + 1) for w in widths) > room  # as wide as they can be
