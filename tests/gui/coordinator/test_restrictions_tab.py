"""Issue 14, across cases, in the coordinator's window: the Restrictions tab over the four
seed cases imported from an observer (tests.restrictions_scene), filtered, sorted, charted
and exported as CSV through Qt's file dialog; a record that cannot be read listed as such;
its columns in view in Russian; and the Coming up tab."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingType
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.i18n import install_translators
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.restrictions import RestrictionsModel, RestrictionsPage
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.records.aftermath_models import UpcomingModel
from tests.aftermath_cases import ILYASHEV, MAMAY, UTEPOVA, ZHEKSEBAEV, SeedCases, almaty
from tests.gui.coordinator_helpers import open_coordinator, wait_loaded
from tests.gui.helpers import (
    WhenModal,
    choose_in_file_dialog,
    column,
    message,
    remove_translators,
    settled,
)
from tests.gui.helpers import shown as shown_window
from tests.restrictions_scene import NOW, forge_unreadable_ban


def restrictions_tab(
    qtbot: QtBot, session: VaultSession
) -> tuple[CoordinatorWindow, RestrictionsPage]:
    window = open_coordinator(qtbot, session)
    page = window.restrictions
    window.tabs.setCurrentWidget(page)
    page.clock = lambda: NOW
    page.refresh()
    return window, page


def shown(page: RestrictionsPage, number: int) -> list[str]:
    """A column's cells in the order the table shows them."""
    return [page.proxy.index(row, number).data() for row in range(page.proxy.rowCount())]


def test_the_tab_lists_bans_in_force_and_charts_them(
    qtbot: QtBot, qtmodeltester, session: VaultSession
) -> None:
    _window, page = restrictions_tab(qtbot, session)
    qtmodeltester.check(page.model)
    assert page.in_force_check.isChecked()  # what binds people now, first
    assert shown(page, RestrictionsModel.PERSON) == [ILYASHEV, ZHEKSEBAEV, MAMAY, MAMAY]
    assert shown(page, RestrictionsModel.END) == [
        "2025-06-22",
        "2026-03-17",
        "2029-04-14",
        "2029-04-14",
    ]
    assert set(shown(page, RestrictionsModel.STATE)) == {"In force"}
    assert shown(page, RestrictionsModel.DETENTION) == ["5", "—", "—", "—"]
    assert shown(page, RestrictionsModel.DAYS_LEFT)[0] == "538"
    assert shown(page, RestrictionsModel.ACTIVITIES)[2] == (
        "Civic and public activities, Political activities, Posting on social media"
    )
    summary = page.summary.text()
    assert summary == ("4 restrictions listed. 5 days of detention for alleged violations, in all.")
    bars = {bar.label: bar.value for bar in page.chart.bars}
    assert bars == {"Ban on engaging in activities": 3, "Suspended sentence": 1}
    page.chart_combo.setCurrentIndex(page.chart_combo.findData("end-year"))
    assert [(bar.label, bar.value) for bar in page.chart.bars] == [
        ("2025", 1),
        ("2026", 1),
        ("2029", 2),
    ]
    assert page.chart.accessibleName() == "Restrictions listed, by the year they end"


def test_filters_sorting_and_a_bar_chosen(qtbot: QtBot, session: VaultSession) -> None:
    _window, page = restrictions_tab(qtbot, session)
    page.in_force_check.setChecked(False)
    assert len(shown(page, RestrictionsModel.PERSON)) == 7
    page.choose(element="activity-ban", in_force_only=False)
    assert sorted(shown(page, RestrictionsModel.PERSON)) == sorted(
        (ILYASHEV, MAMAY, UTEPOVA, ZHEKSEBAEV)
    )
    assert shown(page, RestrictionsModel.STATE)[0] == "Ended"  # Utepova's, soonest ended
    # Sorted by days left, most first, by clicking the header twice.
    header = page.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(RestrictionsModel.DAYS_LEFT) + 4, 4)
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    order = page.table.horizontalHeader().sortIndicatorOrder()
    names = shown(page, RestrictionsModel.PERSON)
    expected = [MAMAY, ZHEKSEBAEV, ILYASHEV, UTEPOVA]
    assert names == (expected if order == Qt.SortOrder.DescendingOrder else expected[::-1])
    page.choose(country="KZ", in_force_only=True)
    assert len(shown(page, RestrictionsModel.PERSON)) == 4
    # A type's bar lists only that type.
    page.chart_combo.setCurrentIndex(page.chart_combo.findData("type"))
    labels = [bar.label for bar in page.chart.bars]
    page.chart.activate(labels.index("Suspended sentence"))
    assert page.type_combo.currentData() == "suspended-sentence"
    assert shown(page, RestrictionsModel.PERSON) == [MAMAY]


@pytest.mark.parametrize("public", [False, True])
def test_export_csv_through_the_file_dialog(
    qtbot: QtBot, session: VaultSession, tmp_path: Path, public: bool
) -> None:
    _window, page = restrictions_tab(qtbot, session)
    page.public_check.setChecked(public)
    target = tmp_path / "out" / "restrictions.csv"
    target.parent.mkdir()
    _dialog = WhenModal(QFileDialog, lambda dialog: choose_in_file_dialog(dialog, target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in message(page, "restrictionsStatus"))
    assert target.stat().st_mode & 0o077 == 0
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 4
    assert [r["end"] for r in rows] == ["2025-06-22", "2026-03-17", "2029-04-14", "2029-04-14"]
    assert rows[0]["detention_days"] == "5"
    if public:
        for name in ("Ilyashev", "Mamay", "Zheksebaev", "Utepova"):
            assert name not in text
        assert rows[0]["person"].startswith("Person ")
        assert message(page, "restrictionsStatus").startswith(
            "Wrote 4 restrictions, people and trials numbered"
        )
    else:
        assert rows[0]["person"] == ILYASHEV


def test_an_unreadable_record_is_listed_as_such(
    qtbot: QtBot, coordinator: Vault, seeded: SeedCases, session: VaultSession
) -> None:
    forged = forge_unreadable_ban(coordinator, seeded)
    window, page = restrictions_tab(qtbot, session)
    types = shown(page, RestrictionsModel.TYPE)
    assert f"Unreadable record {forged[:8]}" in types
    assert len(types) == 5  # the four in force, and the one that cannot be read
    row = types.index(f"Unreadable record {forged[:8]}")
    assert "not a real day" in shown(page, RestrictionsModel.STATE)[row]
    assert "1 unreadable sentence or proceeding record, counted nowhere." in page.summary.text()
    for column_number in range(page.model.columnCount()):  # sorting by any column holds
        page.table.sortByColumn(column_number, Qt.SortOrder.DescendingOrder)
    assert len(shown(page, RestrictionsModel.TYPE)) == 5
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)


def test_coming_up_lists_the_next_days(
    qtbot: QtBot, qtmodeltester, coordinator: Vault, seeded: SeedCases, session: VaultSession
) -> None:
    Aftermath(Notebook(coordinator)).add_proceeding(
        seeded.mamay.trial_id,
        ProceedingType.REPORTING,
        defendant=MAMAY,
        date=almaty(2026, 3, 10).date(),
    )
    window = open_coordinator(qtbot, session)
    page = window.coming_up
    window.tabs.setCurrentWidget(page)
    page.clock = lambda: almaty(2026, 3, 1, 9)
    page.refresh()
    qtmodeltester.check(page.model)
    assert column(page.model, UpcomingModel.DAY) == ["2026-03-10", "2026-03-17"]
    assert column(page.model, UpcomingModel.KIND) == ["Reporting date", "Term ends"]
    assert column(page.model, UpcomingModel.WHAT) == [
        "Reporting to the probation service",
        "Ban on engaging in activities",
    ]
    assert column(page.model, UpcomingModel.AWAY) == [page.words.days_away(n) for n in (9, 16)]
    assert column(page.model, UpcomingModel.DEFENDANT) == [MAMAY, ZHEKSEBAEV]
    assert page.summary.text() == "2 items in the next 30 days."
    page.days_spin.setValue(10)
    assert column(page.model, UpcomingModel.DAY) == ["2026-03-10"]


def test_in_russian_every_column_is_in_view_the_long_ones_cut_short(
    qtbot: QtBot, qapp: QApplication, session: VaultSession
) -> None:
    """The walk in Russian saw State and Days detained off to the right: the columns, each
    capped at 44 characters, were wider together than the table."""
    AppSettings().language = "ru"
    install_translators(qapp, "ru")
    try:
        window = shown_window(qtbot, CoordinatorWindow(session, AppSettings()), (1229, 691))
        wait_loaded(qtbot, window)
        page = window.restrictions
        window.tabs.setCurrentWidget(page)
        page.clock = lambda: NOW
        page.in_force_check.setChecked(False)
        settled(window)
        table = page.table
        assert page.model.headers()[RestrictionsModel.STATE] == "Состояние"
        assert not table.horizontalScrollBar().isVisible()
        header = table.horizontalHeader()
        for number in (RestrictionsModel.STATE, RestrictionsModel.DETENTION):
            right = header.sectionViewportPosition(number) + header.sectionSize(number)
            assert right <= table.viewport().width()
        # Banned activities, the column that takes the rest, is no narrower than the others.
        activities = table.columnWidth(RestrictionsModel.ACTIVITIES)
        assert activities >= max(table.columnWidth(c) for c in range(10)) - 2
    finally:
        remove_translators(qapp)
