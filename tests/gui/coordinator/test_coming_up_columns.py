"""Issue 14, the coordinator's Coming up tab: its columns share the table's width, so a
trial's long title is not cut short while the column saying what falls that day has room
to spare, and in a narrow window the widest columns give way alike rather than the table
scrolling sideways."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import HearingType, ProceedingType
from monitor_app.core.records.upcoming import UpcomingItem, UpcomingKind
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.coming_up import ComingUpPage, fair_width
from monitor_app.gui.records.aftermath_models import UpcomingModel
from tests.gui.helpers import settled, shown
from tests.gui.records.aftermath_scene import cut_columns

TODAY = date(2026, 3, 1)
TITLE = "The State v. Alnur Ilyashev, Zhanbolat Mamay and others (on appeal)"


def item(kind: UpcomingKind, what: str, away: int, defendant: str = "") -> UpcomingItem:
    return UpcomingItem(
        kind=kind,
        day=TODAY + timedelta(days=away),
        days_away=away,
        trial_id="t1",
        trial_title=TITLE,
        record_id=f"{kind}-{away}",
        defendant=defendant,
        what=what,
    )


@pytest.fixture
def page(qtbot: QtBot, gui_session: VaultSession) -> ComingUpPage:
    page = shown(qtbot, ComingUpPage(gui_session, "en"), (1300, 400))
    page.model.set_records(
        [
            item(UpcomingKind.HEARING, HearingType.BAN_VIOLATION, 2),
            item(UpcomingKind.DEADLINE, ProceedingType.VIOLATION, 10, "Alnur Ilyashev"),
        ]
    )
    settled(page)
    return page


def test_no_column_is_cut_short_while_the_table_has_room(page: ComingUpPage) -> None:
    view = page.view
    assert cut_columns(view) == {}
    assert view.columnWidth(UpcomingModel.TRIAL) >= view.sizeHintForColumn(UpcomingModel.TRIAL)
    assert not view.horizontalScrollBar().isVisible()


def test_in_a_narrow_window_the_widest_columns_give_way_alike(
    qtbot: QtBot, page: ComingUpPage
) -> None:
    view = page.view
    page.resize(560, 400)
    settled(page)
    cut = cut_columns(view)
    assert UpcomingModel.TRIAL in cut
    uncut = [
        view.columnWidth(c)
        for c in range(page.model.columnCount())
        if c not in cut and c != UpcomingModel.WHAT
    ]
    assert min(cut.values()) >= max(uncut)  # none cut while a wider one is whole
    assert not view.horizontalScrollBar().isVisible()

    page.resize(1300, 400)  # wide again: whole again
    settled(page)
    assert cut_columns(view) == {}


@given(
    wanted=st.lists(st.integers(min_value=0, max_value=2000), min_size=1, max_size=8),
    room=st.integers(min_value=0, max_value=6000),
)
def test_a_fair_width_shares_the_room_and_cuts_only_the_widest(
    wanted: list[int], room: int
) -> None:
    widest = fair_width(wanted, room)
    if widest is None:
        assert sum(wanted) <= room
        return
    assert sum(min(w, widest) for w in wanted) <= room
    assert max(wanted) > widest
    # No room is left that the columns cut short could have had.
    assert room - sum(min(w, widest) for w in wanted) < len(wanted)
