"""Issue 15 in the coordinator's window: the Findings tab and the Across trials tab over the
seed scene (two observers of one Zoom outage, their trial records linked as one; one of
them saw the public shut out), with an assessor's words on one standard. Findings: per
standard its figures, the events cited with their time, conditions and "seen by 2 of 2",
the assessor's text under the assessor's name. Across trials: the table of figures,
filtered, sorted, and saved as CSV through Qt's file dialog; both in Russian too."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.assessment import save_assessment
from monitor_app.core.coordination.event_decisions import decided_events
from monitor_app.core.coordination.figures_across import (
    Grouping,
    PeriodLength,
)
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.i18n import install_translators
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.figures import FigureLinesModel, FiguresPage
from monitor_app.gui.coordinator.findings import (
    CitedEventsModel,
    FiguresModel,
    FindingsPage,
    StandardsModel,
)
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.assessment_scene import STANDARDS_WITH_EVENTS, linked_index
from tests.coordination_scene import Watched
from tests.forged_records import forge_unreadable_records
from tests.gui.coordinator_helpers import open_coordinator, wait_loaded
from tests.gui.helpers import WhenModal, choose_in_file_dialog, message, remove_translators
from tests.gui.helpers import shown as shown_window

ASSESSOR = "Lead assessor"


@pytest.fixture
def assessed(coordinator: Vault, watched: Watched) -> Iterator[VaultSession]:
    """The seed scene, linked, with the coordinator's assessment of GC32 para 36 citing
    the outage."""
    index = linked_index(coordinator, watched)
    outage = next(
        e for e in decided_events(index, watched.trial_a)
        if e.event.codes == ("remote.connection_lost",)
    )  # fmt: skip
    save_assessment(
        Notebook(coordinator), index, watched.trial_a, standard="GC32 para 36",
        concern="serious", reasoning="The link failed for twenty minutes.\nThe court went on.",
        events=[outage.id],
    )  # fmt: skip
    session = VaultSession(coordinator.folder)
    session.open_unlocked(coordinator)
    yield session
    session.lock()


def column(model_view: tuple[object, object], number: int) -> list[str]:
    _view, proxy = model_view
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]  # type: ignore[attr-defined]


def findings_tab(qtbot: QtBot, session: VaultSession) -> tuple[CoordinatorWindow, FindingsPage]:
    window = open_coordinator(qtbot, session)
    window.tabs.setCurrentWidget(window.findings)
    return window, window.findings


def test_the_findings_of_a_trial_standard_by_standard(
    qtbot: QtBot, qtmodeltester, assessed: VaultSession, watched: Watched, coordinator: Vault
) -> None:
    _window, page = findings_tab(qtbot, assessed)
    page.choose(watched.trial_b)
    for model in (page.standards, page.figures, page.cited):
        qtmodeltester.check(model)
    assert column((page.standards_view, page.standards_proxy), StandardsModel.STANDARD) == list(
        STANDARDS_WITH_EVENTS
    )
    assert page.summary.text() == (
        "Hearings: 1 in all, 1 held, 0 postponed, adjourned or cancelled. 2 events counted."
    )
    concerns = column((page.standards_view, page.standards_proxy), StandardsModel.CONCERN)
    assert concerns[STANDARDS_WITH_EVENTS.index("GC32 para 36")] == "Serious concern"
    assert concerns[0] == "not assessed"

    page.choose_standard("GC32 para 36")
    assert page.standard_title.text() == "GC32 para 36"
    figures = {
        page.figures.index(row, FiguresModel.FIGURE).data(): (
            page.figures.index(row, FiguresModel.VALUE).data(),
            page.figures.index(row, FiguresModel.EVENTS).data(),
        )
        for row in range(page.figures.rowCount())
    }
    assert figures["Events"] == ("1", "E1")
    assert figures["Events seen by more than one observer"] == ("1 of 1 (100%)", "E1")
    assert figures["Participation lost"] == (
        "20 min 00 s in all; 20 min 00 s per hearing held",
        "E1",
    )
    assert figures["Video-link hearings with outages"] == ("1 of 1 (100%)", "E1")
    assert figures["Hearings held by video link"] == ("1 of 1 (100%)", "—")
    cited = (page.cited_view, page.cited_proxy)
    assert column(cited, CitedEventsModel.NUMBER) == ["E1"]
    assert column(cited, CitedEventsModel.TIME) == ["2026-11-24 10:05\u201310:25"]
    assert column(cited, CitedEventsModel.CONDITIONS) == ["Connection lost"]
    assert column(cited, CitedEventsModel.SEEN_BY) == ["2 of 2"]
    text = page.assessment.toPlainText()
    name = Notebook(coordinator).vault.display_name
    assert text == (
        f"Assessment by {name}: Serious concern\n"
        "The link failed for twenty minutes.\nThe court went on.\n"
        "Events relied on: E1"
    )

    page.choose_standard("ICCPR 14(1)")
    assert column(cited, CitedEventsModel.CONDITIONS) == ["Public excluded"]
    assert column(cited, CitedEventsModel.SEEN_BY) == ["1 of 2"]
    assert page.assessment.toPlainText() == "Not assessed yet."


def test_the_findings_in_russian(
    qtbot: QtBot, qapp: QApplication, assessed: VaultSession, watched: Watched
) -> None:
    install_translators(qapp, "ru")
    try:
        settings = AppSettings()
        settings.language = "ru"
        window = shown_window(qtbot, CoordinatorWindow(assessed, settings), (1300, 760))
        wait_loaded(qtbot, window)
        page = window.findings
        window.tabs.setCurrentWidget(page)
        page.choose(watched.trial_a, "GC32 para 36")
        figures = [
            page.figures.index(row, FiguresModel.FIGURE).data()
            for row in range(page.figures.rowCount())
        ]
        assert "Заседания по ВКС со сбоями связи" in figures  # noqa: RUF001 (Russian)
        assert "Серьёзная обеспокоенность" in page.assessment.toPlainText()
        across = window.figures
        labels = [across.model.index(r, FigureLinesModel.FIGURE).data() for r in range(3)]
        assert labels[0] == "События"
    finally:
        remove_translators(qapp)


def test_the_figures_across_trials_filtered_and_saved(
    qtbot: QtBot, assessed: VaultSession, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, assessed)
    page: FiguresPage = window.figures
    window.tabs.setCurrentWidget(page)
    qtbot_model = page.model
    assert page.summary.text() == "1 hearing held, in 1 trial."
    page.choose(figure="remote_hearings_with_outages")
    table = (page.table, page.proxy)
    assert column(table, FigureLinesModel.COUNTRY) == ["BY", "All countries"]
    assert column(table, FigureLinesModel.PERIOD) == ["2026", "All periods"]
    assert column(table, FigureLinesModel.VALUE) == ["1", "1"]
    assert column(table, FigureLinesModel.OF) == ["1", "1"]
    assert column(table, FigureLinesModel.SHARE) == ["100.0%", "100.0%"]
    page.choose(grouping=Grouping.PERIOD, period=PeriodLength.QUARTER, figure="time_lost")
    assert column(table, FigureLinesModel.PERIOD) == ["2026-Q4", "All periods"]
    assert column(table, FigureLinesModel.VALUE) == ["20 min 00 s", "20 min 00 s"]
    assert column(table, FigureLinesModel.OF) == ["1 hearing held", "1 hearing held"]
    assert column(table, FigureLinesModel.SHARE)[0] == "20 min 00 s per hearing"
    page.choose(country="KZ")  # no such trial: the filter keeps what it had
    assert page.country_combo.currentData() == ""
    page.choose()
    assert qtbot_model.rowCount() == 2 * 18  # BY 2026 and all, every figure
    for number in range(qtbot_model.columnCount()):  # sorting by any column holds
        page.table.sortByColumn(number, Qt.SortOrder.DescendingOrder)
        assert page.proxy.rowCount() == 2 * 18

    target = tmp_path / "out" / "figures.csv"
    target.parent.mkdir()
    _dialog = WhenModal(QFileDialog, lambda dialog: choose_in_file_dialog(dialog, target))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in message(page, "figuresStatus"))
    assert message(page, "figuresStatus") == f"Wrote the figures of 2 rows to {target}."
    assert target.stat().st_mode & 0o077 == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 2 * 18
    cage = next(r for r in rows if r["country"] == "BY" and r["figure"] == "public_excluded")
    assert (cage["period"], cage["value"], cage["of"], cage["percent"]) == (
        "2026",
        "1",
        "1",
        "100.0",
    )


def test_both_tabs_drop_what_they_showed_when_the_window_closes(
    qtbot: QtBot, assessed: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, assessed)
    window.findings.choose(watched.trial_a)
    assert window.findings.standards.rowCount() > 0
    assert window.figures.model.rowCount() > 0
    window.close()
    assert window.findings.standards.rowCount() == 0
    assert window.findings.assessment.toPlainText() == ""
    assert window.figures.model.rowCount() == 0


def test_hostile_records_break_neither_tab(
    qtbot: QtBot, coordinator: Vault, watched: Watched, assessed: VaultSession
) -> None:
    """Records whose values break the rules, an assessment of a level no version knows
    citing events that never were, and one whose stored values cannot be read: both tabs
    show the rest; the odd level is shown as written, under its author's name."""
    forge_unreadable_records(coordinator, watched)
    store = RevisionStore(coordinator)
    odd = {
        "trial_id": watched.trial_a, "standard": "ICCPR 14(1)", "concern": "apocalyptic",
        "reasoning": "=HYPERLINK(\"x\")\u202e reversed", "events": ["f" * 32, "nonsense"],
        "observations": [],
    }  # fmt: skip
    store.append("assessment", None, watched.trial_a, odd, "Europe/Minsk")
    store.append(
        "assessment", None, watched.trial_a, {**odd, "reasoning": "NUL\x00"}, "Europe/Minsk"
    )
    window = open_coordinator(qtbot, assessed)
    page = window.findings
    page.choose(watched.trial_a, "ICCPR 14(1)")
    assert page.summary.text().endswith(
        "Assessment revisions left out, their values unreadable: 1."
    )
    text = page.assessment.toPlainText()
    assert text.startswith("Assessment by ")
    assert ": apocalyptic\n" in text
    assert "\u202e" not in text
    assert "2 events it cites no longer found." in text
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # each tab shows, none raises
    assert window.figures.model.rowCount() > 0


def test_the_standard_chosen_stays_across_a_reload(
    qtbot: QtBot, assessed: VaultSession, watched: Watched
) -> None:
    window = open_coordinator(qtbot, assessed)
    window.findings.choose(watched.trial_a, "GC32 para 36")
    window.reload()
    wait_loaded(qtbot, window)
    assert window.findings.standard_title.text() == "GC32 para 36"
