"""The note is the content: at 1366×768 it stays in view in live mode's log beside the
details panel, and in the workspace's observations table in Russian (longer headers and
labels), with the chosen note shown whole below the table."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.records.models import ObservationsModel
from monitor_app.gui.workspace.detail_pane import DetailPane
from tests.gui.helpers import child, remove_translators, settled

MIN_NOTE_WIDTH = 200  # pixels: a phrase of a note, not a few letters


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    AppSettings().language = "ru"
    yield
    remove_translators(qapp)


def note_in_view(view: QTableView) -> int:
    """How much of the note column shows without scrolling sideways, in pixels."""
    left = view.columnViewportPosition(ObservationsModel.TEXT)
    right = left + view.columnWidth(ObservationsModel.TEXT)
    return min(right, view.viewport().width()) - max(left, 0)


def test_live_modes_log_keeps_the_note_in_view_beside_the_details(
    open_demo: Callable[[str], QWidget],
) -> None:
    main = open_demo("live")  # at 1366×768, the details of an outage shown
    live = child(main, LiveHearingWidget, "liveHearing")
    assert live.detail_scroll.isVisible()
    assert note_in_view(live.view) >= MIN_NOTE_WIDTH
    assert not live.view.horizontalScrollBar().isVisible()


@pytest.mark.usefixtures("russian")
def test_in_russian_the_workspace_keeps_the_note_in_view_and_shows_it_whole(
    open_demo: Callable[[str], QWidget],
) -> None:
    main = open_demo("workspace")
    pane = child(main, DetailPane, "detailPane")
    view = pane.view
    assert view.model().rowCount() > 0
    assert note_in_view(view) >= MIN_NOTE_WIDTH

    row = next(r for r in range(pane.model.rowCount()) if len(pane.model.record(r).text) > 40)
    note = pane.model.record(row).text
    view.selectRow(pane.proxy.mapFromSource(pane.model.index(row, 0)).row())
    settled(main)
    assert pane.note_preview.isVisible()
    assert pane.note_preview.text() == note
