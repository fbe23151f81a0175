"""Issue 14, the observer's forms after the verdict, driven through their real widgets over
a real vault: an element of a sentence (Alnur Ilyashev's five-year ban, its end worked out
as it is typed, across a leap day), a request for clarification and the court's answer,
and the core's refusals shown without saving anything. Nothing typed in them is lost: an
element typed when the app died is offered back at the next unlock; a proceeding the core
refuses as it stands when the vault locks is kept as a draft, and its form, opened again,
still adds a hearing for it; a draft of a record deleted since opens as a new one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.form_drafts import FormKey, FormKind, pending_drafts
from monitor_app.core.records.records import (
    BannedActivity,
    HearingType,
    Proceeding,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.records.aftermath_form import plain_tip
from monitor_app.gui.records.date_field import DateField
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.workspace.aftermath_pane import AftermathPane
from tests.gui.helpers import (
    after_the_buttons,
    backwards_in_a_row,
    child,
    click,
    first_control,
    message,
    missed_by_tab,
    on_every_page,
    settled,
    shared_access_keys,
    shown,
    tab_stops,
    type_into,
    type_text,
    unnamed,
    visible_dialog,
    without_keyboard,
)
from tests.gui.records.aftermath_scene import (
    ANSWER,
    BAN_WORDING,
    ILYASHEV,
    QUESTION,
    add_ilyashev,
    box_hides,
    check_item,
    choose,
    choose_radio,
    combo_cuts,
    inline_error,
    shown_rows,
    standing,
    type_date,
    type_number,
)
from tests.gui.records.drafts_scene import crash, drafted, offered, relock, workspace

NOW = datetime(2022, 11, 8, 9, 0, tzinfo=UTC)  # when the observer enters the sentence


@pytest.fixture
def ilyashev(gui_session: VaultSession) -> Trial:
    return add_ilyashev(gui_session.notebook)


def sentence_dialog(qtbot: QtBot, session: VaultSession, trial: Trial) -> SentenceDialog:
    return shown(qtbot, SentenceDialog(session, trial.id, clock=lambda: NOW))


# ---- elements of a sentence -----------------------------------------------------------


def test_ilyashevs_ban_is_entered_and_its_end_is_worked_out_as_it_is_typed(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    assert child(dialog, QComboBox, "defendantCombo").currentText() == ILYASHEV
    activities = child(dialog, QListView, "activitiesList")
    assert not activities.isEnabled()  # a prison term bans no activities
    choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    assert activities.isEnabled()
    check_item(qtbot, dialog, "activitiesList", BannedActivity.SOCIAL_ACTIVISM)
    check_item(qtbot, dialog, "activitiesList", BannedActivity.ASSOCIATIONS)
    type_date(qtbot, dialog, "judgmentDate", date(2020, 6, 22))
    type_date(qtbot, dialog, "startDate", date(2020, 6, 22))
    assert standing(dialog) == "in force, no end set"
    type_number(qtbot, dialog, "yearsSpin", 5)
    days_left = (date(2025, 6, 22) - NOW.date()).days
    assert standing(dialog) == f"ends 2025-06-22 · {days_left} days left"
    # The standards the ban bears on come from the vocabulary, and follow the activities.
    standards = child(dialog, QPlainTextEdit, "standardsEdit").toPlainText()
    assert "ICCPR 19" in standards
    assert "ICCPR 22" in standards  # associations
    child(dialog, QTabWidget, "sentenceTabs").setCurrentIndex(1)
    wording = child(dialog, QPlainTextEdit, "wordingEdit")
    assert wording.font().italic()  # a quotation, set as one
    wording.setFocus()
    type_text(wording, BAN_WORDING)

    with qtbot.waitSignal(gui_session.records_changed) as changed:
        click(qtbot, dialog, "okButton")
    assert changed.args == [SentenceElement.KIND]
    assert dialog.saved is not None
    saved = Aftermath(gui_session.notebook).get_sentence_element(dialog.saved.id)
    assert saved.defendant == ILYASHEV
    assert saved.element == SentenceElementType.ACTIVITY_BAN
    assert saved.activities == (BannedActivity.SOCIAL_ACTIVISM, BannedActivity.ASSOCIATIONS)
    assert (saved.judgment_date, saved.start_date) == ("2020-06-22", "2020-06-22")
    assert (saved.years, saved.months, saved.days, saved.end_date) == (5, 0, 0, None)
    assert saved.judgment_court == "Medeu District Court of Almaty"
    assert saved.wording == BAN_WORDING
    assert {"ICCPR 19", "ICCPR 22", "ICCPR 25"} <= set(saved.standards)


def test_five_years_from_a_leap_day_end_on_28_february(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    type_number(qtbot, dialog, "yearsSpin", 5)
    assert standing(dialog) == "enter the start date to work out the end"
    type_date(qtbot, dialog, "startDate", date(2020, 2, 29))
    days_left = (date(2025, 2, 28) - NOW.date()).days
    assert standing(dialog) == f"ends 2025-02-28 · {days_left} days left"
    type_number(qtbot, dialog, "daysSpin", 1)  # a day more: the first of March
    assert standing(dialog).startswith("ends 2025-03-01 · ")


def test_an_end_date_instead_of_a_term(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    choose(dialog, "elementCombo", SentenceElementType.TRAVEL_BAN)
    type_date(qtbot, dialog, "startDate", date(2020, 6, 22))
    type_number(qtbot, dialog, "yearsSpin", 2)
    choose_radio(qtbot, dialog, "byEndDateRadio")
    assert not child(dialog, QAbstractSpinBox, "yearsSpin").isEnabled()
    type_date(qtbot, dialog, "endDate", date(2022, 11, 10))
    assert standing(dialog) == "ends 2022-11-10 · 2 days left"
    click(qtbot, dialog, "okButton")
    assert dialog.saved is not None
    assert (dialog.saved.years, dialog.saved.end_date) == (0, "2022-11-10")


def test_a_fine_asks_for_its_amount_and_nothing_else_does(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    amount = child(dialog, QWidget, "amountEdit")
    assert not amount.isVisibleTo(dialog)
    choose(dialog, "elementCombo", SentenceElementType.FINE)
    assert amount.isVisibleTo(dialog)
    type_into(qtbot, dialog, "amountEdit", "500 MCI")
    click(qtbot, dialog, "okButton")
    assert dialog.saved is not None
    assert dialog.saved.amount == "500 MCI"
    assert standing(dialog) == "in force, no end set"


def test_the_core_refusal_is_shown_and_nothing_is_saved(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    child(dialog, QComboBox, "defendantCombo").setEditText("  ")
    click(qtbot, dialog, "okButton")
    assert inline_error(dialog) == "Say whose sentence this is: the defendant's name is missing."
    assert dialog.isVisible()
    assert dialog.saved is None
    aftermath = Aftermath(gui_session.notebook)
    assert aftermath.sentence_elements(ilyashev.id) == []

    child(dialog, QComboBox, "defendantCombo").setEditText(ILYASHEV)
    type_date(qtbot, dialog, "startDate", date(2020, 6, 22))
    choose_radio(qtbot, dialog, "byEndDateRadio")
    type_date(qtbot, dialog, "endDate", date(2020, 6, 1))
    click(qtbot, dialog, "okButton")
    assert inline_error(dialog) == "The term cannot end before it starts."
    assert dialog.saved is None
    assert aftermath.sentence_elements(ilyashev.id) == []


def test_every_standard_suggested_shows_and_each_typed_is_kept(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    """The longest list the vocabulary suggests (a ban on every activity) shows whole,
    from its first standard to its last: none cut short at either end. A standard typed
    on a line of its own is one standard."""
    dialog = sentence_dialog(qtbot, gui_session, ilyashev)
    choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    for activity in BannedActivity:
        check_item(qtbot, dialog, "activitiesList", activity)
    child(dialog, QTabWidget, "sentenceTabs").setCurrentIndex(1)
    settled(dialog)
    box = child(dialog, QPlainTextEdit, "standardsEdit")
    suggested = dialog.words.vocabulary.standards_for(
        SentenceElementType.ACTIVITY_BAN, tuple(BannedActivity)
    )
    assert box.toPlainText() == "; ".join(suggested)
    assert not box_hides(box)

    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(box, "UN WGAD opinion 2021/12")
    click(qtbot, dialog, "okButton")
    assert dialog.saved is not None
    assert dialog.saved.standards == (*suggested, "UN WGAD opinion 2021/12")


def test_a_date_not_known_offers_the_courts_today_not_this_computers(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    """At 20:00 UTC it is already the next day in Almaty, where the court counts the days
    (and whatever day this computer says): the day a date not yet known offers is the
    court's, the one the countdowns count from."""
    evening = datetime(2022, 11, 8, 20, 0, tzinfo=UTC)
    court_day = QDate(2022, 11, 9)
    sentence = shown(qtbot, SentenceDialog(gui_session, ilyashev.id, clock=lambda: evening))
    proceeding = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id, clock=lambda: evening))
    for dialog, name in (
        (sentence, "judgmentDate"),
        (sentence, "startDate"),
        (sentence, "endDate"),
        (proceeding, "proceedingDate"),
        (proceeding, "deadlineDate"),
    ):
        field = child(dialog, DateField, name)
        assert field.value() is None or name == "endDate"
        assert field.edit.date() == court_day, name


def test_the_elements_to_choose_from_are_short_and_said_whole_in_their_tooltips(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    """Each element in a few words (a ban with its end), so the one chosen shows whole;
    every activity it bans in its tooltip; whose it is only once the trial has two
    defendants."""
    aftermath = Aftermath(gui_session.notebook)
    ban = aftermath.add_sentence_element(
        ilyashev.id,
        ILYASHEV,
        SentenceElementType.ACTIVITY_BAN,
        activities=tuple(BannedActivity),
        start_date=date(2020, 6, 22),
        years=5,
    )
    fine = aftermath.add_sentence_element(
        ilyashev.id, ILYASHEV, SentenceElementType.FINE, amount="500 MCI"
    )
    dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
    combo = child(dialog, QComboBox, "sentenceCombo")
    items = {
        str(combo.itemData(i)): (combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
        for i in range(1, combo.count())
    }
    assert items == {
        ban.id: (
            "Ban on engaging in activities · ends 2025-06-22",
            plain_tip(dialog.words.element(ban)),
        ),
        fine.id: ("Fine", plain_tip("Fine")),
    }
    choose(dialog, "proceedingTypeCombo", ProceedingType.VIOLATION)
    choose(dialog, "sentenceCombo", ban.id)
    assert combo.toolTip() == plain_tip(dialog.words.element(ban))
    assert combo_cuts(combo) == ""

    marked_up = "<b>Second</b> Defendant"  # a name is shown as typed, never as markup
    gui_session.notebook.update_trial(ilyashev.id, defendants=(ILYASHEV, marked_up))
    theirs = aftermath.add_sentence_element(ilyashev.id, marked_up, SentenceElementType.FINE)
    dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
    combo = child(dialog, QComboBox, "sentenceCombo")
    index = combo.findData(theirs.id)
    assert combo.itemText(index) == f"{marked_up}: Fine"
    tip = combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Second&lt;/b&gt; Defendant: Fine" in tip
    index = combo.findData(ban.id)
    assert combo.itemText(index) == f"{ILYASHEV}: Ban on engaging in activities · ends 2025-06-22"
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == plain_tip(
        f"{ILYASHEV}: {dialog.words.element(ban)}"
    )


def test_an_edit_shows_what_was_saved_and_makes_a_revision(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    aftermath = Aftermath(gui_session.notebook)
    element = aftermath.add_sentence_element(
        ilyashev.id,
        ILYASHEV,
        SentenceElementType.ACTIVITY_BAN,
        activities=(BannedActivity.SOCIAL_MEDIA,),
        start_date=date(2020, 6, 22),
        years=5,
        wording=BAN_WORDING,
        standards=("ICCPR 19",),
    )
    dialog = shown(qtbot, SentenceDialog(gui_session, ilyashev.id, element.id, clock=lambda: NOW))
    assert child(dialog, QPlainTextEdit, "standardsEdit").toPlainText() == "ICCPR 19"
    assert child(dialog, QPlainTextEdit, "wordingEdit").toPlainText() == BAN_WORDING
    assert standing(dialog).startswith("ends 2025-06-22 · ")
    type_number(qtbot, dialog, "monthsSpin", 6)
    assert standing(dialog).startswith("ends 2025-12-22 · ")
    click(qtbot, dialog, "okButton")
    edited = aftermath.get_sentence_element(element.id)
    assert (edited.years, edited.months, edited.standards) == (5, 6, ("ICCPR 19",))
    assert len(gui_session.notebook.history(element.id)) == 2


# ---- proceedings ----------------------------------------------------------------------


def test_a_clarification_keeps_what_was_asked_and_the_courts_answer_verbatim(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    ban = Aftermath(gui_session.notebook).add_sentence_element(
        ilyashev.id,
        ILYASHEV,
        SentenceElementType.ACTIVITY_BAN,
        start_date=date(2020, 6, 22),
        years=5,
    )
    dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
    choose(dialog, "proceedingTypeCombo", ProceedingType.CLARIFICATION)
    assert {"request", "answer", "sentence", "hearing"} <= shown_rows(dialog)
    assert not {"conduct", "situation", "detention_days"} & shown_rows(dialog)
    choose(dialog, "sentenceCombo", ban.id)
    type_date(qtbot, dialog, "proceedingDate", date(2020, 10, 15))
    type_into(qtbot, dialog, "broughtByEdit", "The defendant")
    for name, words in (("requestEdit", QUESTION), ("answerEdit", ANSWER)):
        box = child(dialog, QPlainTextEdit, name)
        assert box.font().italic()
        box.setFocus()
        type_text(box, words)
    choose(dialog, "outcomeCombo", "granted")
    with qtbot.waitSignal(gui_session.records_changed) as changed:
        click(qtbot, dialog, "okButton")
    assert changed.args == [Proceeding.KIND]
    assert dialog.saved is not None
    saved = Aftermath(gui_session.notebook).get_proceeding(dialog.saved.id)
    assert saved.proceeding_type == ProceedingType.CLARIFICATION
    assert (saved.defendant, saved.sentence_id, saved.date) == (ILYASHEV, ban.id, "2020-10-15")
    assert (saved.request, saved.answer) == (QUESTION, ANSWER)
    assert saved.brought_by == "The defendant"


def test_only_the_fields_of_the_kind_chosen_are_shown(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
    choose(dialog, "proceedingTypeCombo", ProceedingType.VIOLATION)
    assert {"conduct", "conduct_detail", "detention_days", "outcome"} <= shown_rows(dialog)
    assert not {"request", "answer", "situation"} & shown_rows(dialog)
    spin = child(dialog, QAbstractSpinBox, "detentionDaysSpin")
    assert not spin.isEnabled()
    choose(dialog, "outcomeCombo", "detention")
    assert spin.isEnabled()
    choose(dialog, "proceedingTypeCombo", ProceedingType.SITUATION)
    assert shown_rows(dialog) == {"date", "situation"}
    choose(dialog, "situationCombo", "left-country")
    type_date(qtbot, dialog, "proceedingDate", date(2021, 3, 1))
    click(qtbot, dialog, "okButton")
    assert dialog.saved is not None
    assert (dialog.saved.situation, dialog.saved.defendant) == ("left-country", ILYASHEV)
    assert dialog.saved.conduct == ""


def test_a_proceeding_the_core_refuses_is_not_saved(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial
) -> None:
    gui_session.notebook.update_trial(ilyashev.id, defendants=(ILYASHEV, "Second Defendant"))
    dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
    choose(dialog, "proceedingTypeCombo", ProceedingType.APPEAL)
    assert child(dialog, QComboBox, "defendantCombo").currentText() == ""
    click(qtbot, dialog, "okButton")
    assert inline_error(dialog).startswith("Say whom this concerns")
    assert dialog.saved is None
    assert Aftermath(gui_session.notebook).proceedings(ilyashev.id) == []


# ---- nothing typed is lost -----------------------------------------------------------
# As the trial, hearing and observation forms (test_form_drafts.py): what is typed is
# sealed as a draft, offered back at the next unlock and opened as it was typed.

TITLE = "The State v. A. Ilyashev"


def test_a_new_element_of_the_sentence_comes_back_after_a_crash(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, ilyashev: Trial, settings: AppSettings
) -> None:
    dialog = SentenceDialog(gui_session, ilyashev.id, parent=host)
    dialog.show()
    choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    check_item(qtbot, dialog, "activitiesList", BannedActivity.SOCIAL_ACTIVISM)
    type_date(qtbot, dialog, "startDate", date(2020, 6, 22))
    type_number(qtbot, dialog, "yearsSpin", 5)
    type_text(child(dialog, QPlainTextEdit, "wordingEdit"), BAN_WORDING)
    typed = dialog.form_state()
    drafted(qtbot, gui_session, FormKey.for_form(FormKind.SENTENCE, None, ilyashev.id), typed)
    crash(qtbot, dialog)
    relock(gui_session)

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == [
        f"New element of the sentence (Ban on engaging in activities) in “{TITLE}”"
    ]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, SentenceDialog)
    assert restored.form_state() == typed
    assert message(restored, "errorLabel") == "Restored what you had typed and not saved."
    click(qtbot, restored, "okButton")
    [saved] = Aftermath(gui_session.notebook).sentence_elements(ilyashev.id)
    assert (saved.defendant, saved.element) == (ILYASHEV, SentenceElementType.ACTIVITY_BAN)
    assert saved.activities == (BannedActivity.SOCIAL_ACTIVISM,)
    assert (saved.start_date, saved.years, saved.wording) == ("2020-06-22", 5, BAN_WORDING)
    assert pending_drafts(gui_session.notebook) == []
    assert offered(page) == []


def test_a_lock_keeps_a_proceeding_the_core_refuses_and_its_form_still_adds_a_hearing(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial, settings: AppSettings
) -> None:
    # Two defendants: a proceeding must say whose it is.
    gui_session.notebook.update_trial(ilyashev.id, defendants=(ILYASHEV, "Second Defendant"))
    clarification = Aftermath(gui_session.notebook).add_proceeding(
        ilyashev.id, ProceedingType.CLARIFICATION, defendant=ILYASHEV, request=QUESTION
    )
    page = workspace(qtbot, gui_session, settings)
    page.select(ilyashev.id)
    pane = child(page, AftermathPane, "aftermathPane")
    pane.open_record(clarification.id)
    dialog = visible_dialog(page, ProceedingDialog)
    answer = child(dialog, QPlainTextEdit, "answerEdit")
    answer.setFocus()
    type_text(answer, ANSWER)
    child(dialog, QComboBox, "defendantCombo").setEditText("")  # whose? cannot be saved
    typed = dialog.form_state()
    relock(gui_session)  # before the draft timer ever fired
    assert Aftermath(gui_session.notebook).get_proceeding(clarification.id).answer == ""

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == [
        "Changes to a proceeding after the verdict (Request for clarification of the "
        f"sentence) in “{TITLE}”"
    ]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, ProceedingDialog)
    assert restored.proceeding_id == clarification.id
    assert restored.form_state() == typed
    # Opened from the offer, its form asks for a hearing as it does from the tab.
    click(qtbot, restored, "addHearingButton")
    assert visible_dialog(restored, HearingDialog).type_combo.code() == HearingType.OTHER
    visible_dialog(restored, HearingDialog).reject()
    child(restored, QComboBox, "defendantCombo").setEditText(ILYASHEV)
    click(qtbot, restored, "okButton")
    saved = Aftermath(gui_session.notebook).get_proceeding(clarification.id)
    assert (saved.request, saved.answer) == (QUESTION, ANSWER)
    assert offered(page) == []


def test_a_draft_of_an_element_deleted_since_opens_as_a_new_one(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, ilyashev: Trial, settings: AppSettings
) -> None:
    element = Aftermath(gui_session.notebook).add_sentence_element(
        ilyashev.id, ILYASHEV, SentenceElementType.FINE, amount="100 MCI"
    )
    dialog = SentenceDialog(gui_session, ilyashev.id, element.id, host)
    dialog.show()
    type_into(qtbot, dialog, "amountEdit", "1000 MCI")
    key = FormKey.for_form(FormKind.SENTENCE, element.id, ilyashev.id)
    drafted(qtbot, gui_session, key, dialog.form_state())
    crash(qtbot, dialog)
    gui_session.notebook.delete(element.id, "entered under the wrong trial")
    relock(gui_session)

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == [
        f"New element of the sentence (Fine) in “{TITLE}” (deleted since: it opens as a new one)"
    ]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, SentenceDialog)
    assert restored.element_id is None
    assert child(restored, QLineEdit, "amountEdit").text() == "1000 MCI"
    click(qtbot, restored, "okButton")
    [saved] = Aftermath(gui_session.notebook).sentence_elements(ilyashev.id)
    assert saved.id != element.id
    assert (saved.element, saved.amount) == (SentenceElementType.FINE, "1000 MCI")


# ---- keyboard and screen readers ------------------------------------------------------


@pytest.mark.parametrize(
    "kind", [None, ProceedingType.CLARIFICATION, ProceedingType.VIOLATION], ids=str
)
def test_every_field_is_named_and_reached_by_tab_in_order(
    qtbot: QtBot, gui_session: VaultSession, ilyashev: Trial, kind: str | None
) -> None:
    """As issue 3 asks of every screen (tests/gui/test_accessibility.py): the sentence form
    (``kind`` None) and the proceeding form with the fields of a clarification and of a
    violation shown."""
    if kind is None:
        dialog: QDialog = sentence_dialog(qtbot, gui_session, ilyashev)
    else:
        dialog = shown(qtbot, ProceedingDialog(gui_session, ilyashev.id))
        choose(dialog, "proceedingTypeCombo", kind)
    qtbot.waitExposed(dialog)
    assert on_every_page(dialog, unnamed) == []
    assert on_every_page(dialog, without_keyboard) == []
    assert on_every_page(dialog, shared_access_keys) == []
    if kind is None:  # the activities, the term's parts and the end date take the focus
        choose(dialog, "elementCombo", SentenceElementType.ACTIVITY_BAN)
    stops = tab_stops(qtbot, dialog, first_control(dialog))
    assert missed_by_tab(dialog, stops) == []
    assert backwards_in_a_row(dialog, stops) == []
    assert after_the_buttons(dialog, stops) == []
