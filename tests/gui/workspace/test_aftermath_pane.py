"""Issue 14 in the observer's workspace: a trial's "Sentence and follow-up" tab (the sentence
with its countdown, the proceedings in date order, the judgment's and the court's words as
quotations), a violation hearing added from the proceeding's form, deletes with a reason,
and the "coming up" list beside the trials, over a real vault with real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QTableView, QTabWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.records import (
    AllegedConduct,
    BannedActivity,
    HearingType,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.core.records.terms import add_term, today_in
from monitor_app.core.records.timeutil import utc_now
from monitor_app.gui.common.layout import text_size
from monitor_app.gui.common.models import RECORD_ID_ROLE
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.reason_dialog import ReasonDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.workspace.aftermath_pane import AftermathPane
from monitor_app.gui.workspace.coming_up import ComingUpPanel
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import (
    WhenModal,
    access_key,
    child,
    click,
    shown,
    type_into,
    type_text,
    type_wall_time,
    visible_dialog,
)
from tests.gui.records.aftermath_scene import (
    ALMATY,
    ANSWER,
    BAN_WORDING,
    ILYASHEV,
    QUESTION,
    add_ilyashev,
    choose,
    type_date,
    type_number,
)


@pytest.fixture
def page(qtbot: QtBot, gui_session: VaultSession, settings: AppSettings) -> WorkspacePage:
    return shown(qtbot, WorkspacePage(gui_session, settings), (1366, 740))


@pytest.fixture
def ilyashev(gui_session: VaultSession) -> Trial:
    return add_ilyashev(gui_session.notebook)


def court_today() -> date:
    """Today in Almaty, where the court counts the days."""
    return today_in(ALMATY, utc_now())


def sentence_tab(page: WorkspacePage, trial: Trial) -> AftermathPane:
    page.select(trial.id)
    tabs = child(page, QTabWidget, "detailTabs")
    pane = child(page, AftermathPane, "aftermathPane")
    assert tabs.isTabEnabled(tabs.indexOf(pane))
    tabs.setCurrentWidget(pane)
    return pane


def rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def card(pane: AftermathPane, name: str) -> list[str]:
    return [label.text() for label in pane.card.findChildren(PlainLabel, name)]


def activate_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    """Double-click a row, as a user opens what it shows."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ban(session: VaultSession, trial: Trial, start: date) -> SentenceElement:
    return Aftermath(session.notebook).add_sentence_element(
        trial.id,
        ILYASHEV,
        SentenceElementType.ACTIVITY_BAN,
        activities=(BannedActivity.SOCIAL_ACTIVISM, BannedActivity.SOCIAL_MEDIA),
        judgment_date=start,
        start_date=start,
        years=5,
        wording=BAN_WORDING,
    )


# ---- the "Sentence and follow-up" tab -----------------------------------------------------


def test_the_sentence_is_added_from_the_tab_and_shown_with_its_countdown(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    pane = sentence_tab(page, ilyashev)
    click(qtbot, pane, "addSentenceButton")
    dialog = visible_dialog(pane, SentenceDialog)
    choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    start = court_today() - timedelta(days=100)
    type_date(qtbot, dialog, "startDate", start)
    type_number(qtbot, dialog, "yearsSpin", 5)
    child(dialog, QTabWidget, "sentenceTabs").setCurrentIndex(1)
    type_text(child(dialog, QWidget, "wordingEdit"), BAN_WORDING)
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")

    shown_rows = rows(pane.sentence_view)
    assert len(shown_rows) == 1
    defendant, element, today = shown_rows[0]
    assert (defendant, element) == (ILYASHEV, "Ban on engaging in activities")
    end = add_term(start, years=5)
    assert today == f"ends {end} · {(end - court_today()).days} days left"
    # Saved, it is the one chosen, and shown whole with the judgment's words as a quotation.
    assert pane.chosen_id() == dialog.saved.id  # type: ignore[union-attr]
    assert card(pane, "quotation") == [f"“{BAN_WORDING}”"]
    assert card(pane, "cardTitle") == [f"{ILYASHEV} · Ban on engaging in activities"]


def test_the_lines_above_the_tabs_say_what_the_tab_shown_is_about(
    page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    ban(gui_session, ilyashev, date(2020, 6, 22))
    page.select(ilyashev.id)
    header = child(page, PlainLabel, "hearingHeader")
    totals = child(page, PlainLabel, "hearingTotalsLabel")
    assert header.text() == "Observations about the trial as a whole"
    sentence_tab(page, ilyashev)
    assert header.text() == "The sentence and what followed the verdict"
    assert totals.text() == "1 element of the sentence · 0 proceedings after the verdict"
    child(page, QTabWidget, "detailTabs").setCurrentIndex(0)
    assert header.text() == "Observations about the trial as a whole"
    assert totals.text() == "0 observations and 0 free notes"


def test_every_tab_has_its_own_access_key(page: WorkspacePage, ilyashev: Trial) -> None:
    page.select(ilyashev.id, page.session.notebook.list_hearings(ilyashev.id)[0].id)
    tabs = child(page, QTabWidget, "detailTabs")
    keys = [access_key(tabs.tabText(i)) for i in range(tabs.count())]
    assert None not in keys
    assert len(set(keys)) == len(keys)
    assert keys[tabs.indexOf(child(page, AftermathPane, "aftermathPane"))] == "u"


def test_leaving_live_mode_shows_the_observations_just_logged_not_the_sentence(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    """Live mode entered with the trial's "Sentence and follow-up" tab shown: left, the
    pane shows the hearing's observations, with what was logged there."""
    [verdict] = gui_session.notebook.list_hearings(ilyashev.id)
    sentence_tab(page, ilyashev)
    page.select(ilyashev.id, verdict.id)
    tabs = child(page, QTabWidget, "detailTabs")
    assert tabs.currentWidget() is page.detail.aftermath  # the tab stays as hearings change
    click(qtbot, page.detail, "liveModeButton")
    live = child(page, LiveHearingWidget, "liveHearing")
    type_text(live.note_edit, "The judge read the sentence out.")
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    click(qtbot, live, "leaveLiveButton")
    assert page.live is None
    assert tabs.currentWidget() is page.detail.observations
    assert page.current_hearing_id() == verdict.id
    assert [row[-1] for row in rows(page.detail.view)] == ["The judge read the sentence out."]


def test_a_violation_with_five_days_detention_is_linked_to_a_new_violation_hearing(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    element = ban(gui_session, ilyashev, date(2020, 6, 22))
    pane = sentence_tab(page, ilyashev)
    click(qtbot, pane, "addProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    choose(dialog, "proceedingTypeCombo", ProceedingType.VIOLATION)
    choose(dialog, "sentenceCombo", element.id)
    assert child(dialog, QComboBox, "defendantCombo").currentText() == ILYASHEV

    # A violation hearing is a hearing like any other: entered with the hearing form,
    # its type preset, and linked once saved.
    click(qtbot, dialog, "addHearingButton")
    hearing_dialog = visible_dialog(dialog, HearingDialog)
    assert hearing_dialog.type_combo.code() == HearingType.BAN_VIOLATION
    type_wall_time(qtbot, hearing_dialog, "scheduledStart", "202201181000")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, hearing_dialog, "okButton")
    hearing = hearing_dialog.saved
    assert hearing is not None
    assert child(dialog, QComboBox, "hearingCombo").currentData() == hearing.id

    type_date(qtbot, dialog, "proceedingDate", date(2022, 1, 18))
    type_into(qtbot, dialog, "broughtByEdit", "Police")
    choose(dialog, "conductCombo", AllegedConduct.EVENT)
    type_text(child(dialog, QWidget, "conductDetailEdit"), "A peaceful opposition event")
    choose(dialog, "outcomeCombo", ProceedingOutcome.DETENTION)
    type_number(qtbot, dialog, "detentionDaysSpin", 5)
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")

    saved = Aftermath(gui_session.notebook).get_proceeding(dialog.saved.id)  # type: ignore[union-attr]
    assert (saved.proceeding_type, saved.sentence_id, saved.hearing_id) == (
        ProceedingType.VIOLATION,
        element.id,
        hearing.id,
    )
    assert (saved.outcome, saved.detention_days) == (ProceedingOutcome.DETENTION, 5)
    assert (saved.conduct, saved.conduct_detail) == (
        AllegedConduct.EVENT,
        "A peaceful opposition event",
    )
    assert gui_session.notebook.get_hearing(hearing.id).hearing_type == HearingType.BAN_VIOLATION
    assert rows(pane.proceedings_view) == [
        [
            "2022-01-18",
            "Alleged violation of a restriction",
            ILYASHEV,
            "",
            "Administrative detention: 5 days",
        ]
    ]
    facts = card(pane, "cardFact")
    assert "Conduct alleged: Taking part in an event · A peaceful opposition event" in facts
    concerns = "Ban on engaging in activities: Civic and public activities, Posting on social media"
    assert f"Concerns: {concerns}" in facts
    assert any(fact.startswith("Hearing: 2022-01-18 10:00 (Violation of a ban)") for fact in facts)


def test_the_proceedings_are_in_date_order_with_the_courts_answer_quoted(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    aftermath = Aftermath(gui_session.notebook)
    element = ban(gui_session, ilyashev, date(2020, 6, 22))
    aftermath.add_proceeding(
        ilyashev.id,
        ProceedingType.APPEAL,
        sentence_id=element.id,
        date=date(2020, 9, 1),
        outcome=ProceedingOutcome.UPHELD,
    )
    clarification = aftermath.add_proceeding(
        ilyashev.id,
        ProceedingType.CLARIFICATION,
        sentence_id=element.id,
        date=date(2020, 7, 15),
        request=QUESTION,
        answer=ANSWER,
    )
    pane = sentence_tab(page, ilyashev)
    assert [row[0] for row in rows(pane.proceedings_view)] == ["2020-07-15", "2020-09-01"]
    assert pane.select_record(clarification.id)
    assert card(pane, "quotation") == [f"“{QUESTION}”", f"“{ANSWER}”"]
    assert card(pane, "cardCaption") == ["Asked (verbatim):", "The court's answer (verbatim):"]
    # Choosing in one table lets go of the other.
    pane.sentence_view.selectRow(0)
    assert pane.chosen_id() == element.id
    assert pane.proceedings_view.selectionModel().selectedRows() == []


def test_deleting_an_element_asks_why_and_keeps_the_reason(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    element = ban(gui_session, ilyashev, date(2020, 6, 22))
    pane = sentence_tab(page, ilyashev)
    pane.select_record(element.id)

    def answer(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason_edit, "Entered under the wrong trial")
        qtbot.mouseClick(child(dialog, QWidget, "okButton"), Qt.MouseButton.LeftButton)

    _reason = WhenModal(ReasonDialog, answer)
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, pane, "deleteSentenceButton")
    assert rows(pane.sentence_view) == []
    tombstone = gui_session.notebook.history(element.id)[-1]
    assert tombstone.deleted
    assert tombstone.reason == "Entered under the wrong trial"


# ---- coming up ------------------------------------------------------------------------


def test_coming_up_shows_the_appeal_deadline_and_the_end_of_the_ban_and_opens_them(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    today = court_today()
    aftermath = Aftermath(gui_session.notebook)
    # A five-year ban that ends in about 20 days (never on a 29 February, which five years
    # earlier had not), and an appeal to be lodged within 5.
    end = today + timedelta(days=20)
    end += timedelta(days=(end.month, end.day) == (2, 29))
    element = ban(gui_session, ilyashev, end.replace(year=end.year - 5))
    appeal = aftermath.add_proceeding(
        ilyashev.id, ProceedingType.APPEAL, deadline=today + timedelta(days=5)
    )
    later = aftermath.add_proceeding(  # outside the 30 days: not listed
        ilyashev.id, ProceedingType.CASSATION, deadline=today + timedelta(days=45)
    )
    page.refresh()
    view = child(page, QTableView, "comingUpView")
    listed = rows(view)
    title = "The State v. A. Ilyashev"
    assert listed == [
        [f"{today + timedelta(days=5)} · in 5 days\nDeadline: Appeal · {ILYASHEV}\n{title}"],
        [
            f"{end} · in {(end - today).days} days\n"
            f"End of: Ban on engaging in activities · {ILYASHEV}\n{title}"
        ],
    ]
    # The whole item in its tooltip too, as plain text whatever the trial's title says.
    tooltip = view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == (
        f"<qt>{today + timedelta(days=5)} · in 5 days<br>Deadline: Appeal · {ILYASHEV}<br>"
        f"{title}</qt>"
    )
    assert f"deadline:{later.id}" not in {
        view.model().index(r, 0).data(RECORD_ID_ROLE) for r in range(len(listed))
    }
    assert not child(page, PlainLabel, "comingUpEmpty").isVisible()

    activate_row(qtbot, view, 0)
    dialog = visible_dialog(page, ProceedingDialog)
    assert dialog.proceeding_id == appeal.id
    pane = child(page, AftermathPane, "aftermathPane")
    assert child(page, QTabWidget, "detailTabs").currentWidget() is pane
    assert pane.chosen_id() == appeal.id
    dialog.reject()

    activate_row(qtbot, view, 1)
    sentence = visible_dialog(page, SentenceDialog)
    assert sentence.element_id == element.id
    sentence.reject()


def test_coming_up_follows_what_is_saved(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    assert child(page, PlainLabel, "comingUpEmpty").isVisible()
    pane = sentence_tab(page, ilyashev)
    click(qtbot, pane, "addProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    choose(dialog, "proceedingTypeCombo", ProceedingType.REPORTING)
    type_date(qtbot, dialog, "proceedingDate", court_today())
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    listed = rows(child(page, QTableView, "comingUpView"))
    assert [row[0].split("\n")[:2] for row in listed] == [
        [f"{court_today()} · today", f"Reporting date · {ILYASHEV}"]
    ]
    assert not child(page, PlainLabel, "comingUpEmpty").isVisible()


def test_a_hearing_coming_up_opens_among_its_trials_hearings(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    soon = datetime.combine(court_today() + timedelta(days=3), datetime.min.time(), tzinfo=UTC)
    hearing = gui_session.notebook.add_hearing(
        ilyashev.id, soon + timedelta(hours=6), "in-person", ALMATY, hearing_type="appeal"
    )
    page.refresh()
    view = child(page, QTableView, "comingUpView")
    assert [row[0].split("\n")[:2] for row in rows(view)] == [
        [f"{court_today() + timedelta(days=3)} · in 3 days", "Hearing: Appeal"]
    ]
    activate_row(qtbot, view, 0)
    assert page.current_hearing_id() == hearing.id
    assert visible_dialog(page, HearingDialog).hearing_id == hearing.id


def test_a_pardon_granted_ends_the_ban_early(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    element = ban(gui_session, ilyashev, date(2020, 6, 22))
    Aftermath(gui_session.notebook).add_proceeding(
        ilyashev.id,
        ProceedingType.PARDON,
        sentence_id=element.id,
        date=date(2021, 3, 1),
        outcome=ProceedingOutcome.GRANTED,
    )
    pane = sentence_tab(page, ilyashev)
    assert rows(pane.sentence_view)[0][2] == "ended early on 2021-03-01 (Pardon)"
    pane.select_record(element.id)
    click(qtbot, pane, "editSentenceButton")  # its form counts the same way
    form = visible_dialog(pane, SentenceDialog)
    assert child(form, PlainLabel, "computedEnd").text() == "ended early on 2021-03-01 (Pardon)"


def test_the_tables_are_sound_models(
    qtmodeltester: ModelTester, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    element = ban(gui_session, ilyashev, court_today() - timedelta(days=5 * 365 - 10))
    Aftermath(gui_session.notebook).add_proceeding(
        ilyashev.id, ProceedingType.APPEAL, sentence_id=element.id, deadline=court_today()
    )
    pane = sentence_tab(page, ilyashev)
    for model in (
        pane.sentence_model,
        pane.proceedings_model,
        child(page, ComingUpPanel, "comingUpPanel").model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_coming_up_wraps_each_item_to_the_narrow_column_and_unwraps_when_wider(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, ilyashev: Trial
) -> None:
    """Issue 14's "coming up" in the column under the trials, as narrow as it gets: every
    word of an item is shown, its lines wrapped, never cut short with "…"."""
    gui_session.notebook.update_trial(
        ilyashev.id, title="The State v. Alnur Ilyashev, on posts about the pandemic response"
    )
    Aftermath(gui_session.notebook).add_proceeding(
        ilyashev.id, ProceedingType.CASSATION, deadline=court_today() + timedelta(days=2)
    )
    page.refresh()
    view = child(page, QTableView, "comingUpView")
    line = view.fontMetrics().lineSpacing()
    browse = child(page, QSplitter, "browseSplitter")
    browse.setSizes([text_size(page, 25, 0).width(), 1366])
    qtbot.waitUntil(lambda: view.rowHeight(0) >= 5 * line)  # three lines, two of them wrapped
    browse.setSizes([1000, 366])
    qtbot.waitUntil(lambda: view.rowHeight(0) < 4 * line)  # three lines, each whole
    assert view.viewport().width() > view.fontMetrics().horizontalAdvance(
        "The State v. Alnur Ilyashev, on posts about the pandemic response"
    )
