"""A window's body scrolls only when even its minimum does not fit (gui.common.layout
`ScrollingBody`): the whole-flow walk saw the Findings, Sync and Import windows scroll at
1366×768, hiding the buttons under a table, because Qt made a body whose text wraps as
tall as its preferred height, every table at full length, where the tables could be
shorter. The tabs of the Findings window (`FittingTabs`) likewise asked for their
tallest page's preferred height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.layout import FittingTabs, ScrollingBody
from monitor_app.gui.common.widgets import paragraph
from tests.gui.helpers import settled

WORDS = "A paragraph long enough to wrap over a few lines in a narrow window. " * 6


def table(rows: int) -> QTableView:
    model = QStandardItemModel(rows, 2)
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    return view


def page_with_a_table(rows: int = 40) -> QWidget:
    """Words that wrap, a long table, and a button under it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(paragraph(WORDS, page))
    layout.addWidget(table(rows), 1)
    button = QPushButton("Under the table", page)
    button.setObjectName("underTheTable")
    layout.addWidget(button)
    return page


def window(qtbot: QtBot, body: QWidget, width: int = 500) -> tuple[QDialog, ScrollingBody]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    scrolling = ScrollingBody(body, dialog)
    QVBoxLayout(dialog).addWidget(scrolling)
    dialog.resize(width, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, scrolling


def height_between_least_and_preferred(dialog: QDialog, scrolling: ScrollingBody) -> int:
    """A window height at which the body's minimum fits its area but its preferred does
    not."""
    settled(dialog)
    width = scrolling.viewport().width()
    least = scrolling.body.layout().totalMinimumHeightForWidth(width)
    preferred = scrolling.body.heightForWidth(width)
    assert preferred - least > 100, (least, preferred)
    return dialog.height() - scrolling.viewport().height() + (least + preferred) // 2


def button_in_view(page: QWidget) -> bool:
    """The button under the table on ``page`` is in view, whole."""
    button = page.findChild(QPushButton, "underTheTable")
    assert button is not None
    return not button.visibleRegion().isEmpty() and button.visibleRegion().boundingRect() == (
        button.rect()
    )


def test_a_body_whose_minimum_fits_takes_the_areas_height_its_table_shorter(
    qtbot: QtBot,
) -> None:
    dialog, scrolling = window(qtbot, page_with_a_table())
    dialog.resize(dialog.width(), height_between_least_and_preferred(dialog, scrolling))
    settled(dialog)
    assert not scrolling.verticalScrollBar().isVisible()
    assert scrolling.widget().height() == scrolling.viewport().height()
    assert button_in_view(scrolling.body)


def test_a_body_scrolls_once_even_its_minimum_does_not_fit(qtbot: QtBot) -> None:
    dialog, scrolling = window(qtbot, page_with_a_table())
    settled(dialog)
    least = scrolling.body.layout().totalMinimumHeightForWidth(scrolling.viewport().width())
    dialog.resize(dialog.width(), dialog.height() - scrolling.viewport().height() + least // 2)
    settled(dialog)
    assert scrolling.verticalScrollBar().isVisible()
    assert scrolling.widget().height() >= least
    # The table at its least, the words whole: nothing squeezed below its minimum.
    view = scrolling.body.findChild(QTableView)
    assert view is not None
    assert view.height() >= view.minimumSizeHint().height()


@pytest.mark.parametrize("shown", [0, 1])
def test_tabs_ask_for_their_pages_minimum_not_the_tallest_pages_preferred_height(
    qtbot: QtBot, shown: int
) -> None:
    body = QWidget()
    tabs = FittingTabs(body)
    tabs.addTab(page_with_a_table(5), "Short")
    tabs.addTab(page_with_a_table(80), "Long")
    QVBoxLayout(body).addWidget(tabs)
    tabs.setCurrentIndex(shown)
    dialog, scrolling = window(qtbot, body, width=700)
    settled(dialog)
    width = scrolling.viewport().width()
    least = max(body.minimumSizeHint().height(), scrolling.widget().heightForWidth(width))
    long_page = tabs.widget(1)
    preferred = long_page.heightForWidth(long_page.width()) + tabs.tabBar().height()
    assert preferred > least + 100, (least, preferred)
    dialog.resize(dialog.width(), dialog.height() - scrolling.viewport().height() + preferred - 50)
    settled(dialog)
    assert not scrolling.verticalScrollBar().isVisible()
    assert button_in_view(tabs.widget(shown))
