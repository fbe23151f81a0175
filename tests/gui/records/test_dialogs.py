"""The record dialogs driven through their real widgets: trial, hearing, postponement,
the reason asked before a delete, a record's history, the checklist and the search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.zones import country_zones
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import ZonedDateTimeEdit
from monitor_app.gui.records.checklist_view import ChecklistView
from monitor_app.gui.records.hearing_dialog import HearingDialog, PostponeDialog
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.models import ChecklistModel
from monitor_app.gui.records.reason_dialog import ReasonDialog, ask_reason
from monitor_app.gui.records.search_dialog import SearchDialog
from monitor_app.gui.records.trial_dialog import TrialDialog
from tests.coordination_scene import Watched
from tests.gui.helpers import (
    WhenModal,
    child,
    click,
    shown,
    type_into,
    type_text,
    type_wall_time,
    type_zone,
)

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def type_lines(qtbot: QtBot, parent: QWidget, name: str, lines: list[str]) -> None:
    box = child(parent, QPlainTextEdit, name)
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)


def choose(parent: QWidget, name: str, code: str) -> None:
    combo = child(parent, QComboBox, name)
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered by {name}"
    combo.setCurrentIndex(index)


def inline_error(dialog: QWidget) -> str:
    error = child(dialog, MessageLabel, "errorLabel")
    return error.text() if error.isVisible() else ""


# ---- trials -------------------------------------------------------------------------


def test_trial_dialog_creates_a_trial(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog = TrialDialog(gui_session)
    shown(qtbot, dialog)
    type_into(qtbot, dialog, "titleEdit", "The State v. B. Blogger")
    type_into(qtbot, dialog, "caseNumberEdit", "1-99/2026")
    type_into(qtbot, dialog, "courtEdit", "Regional Court")
    type_into(qtbot, dialog, "countryEdit", "by")
    type_lines(qtbot, dialog, "defendantsEdit", ["B. Blogger", "", "C. Camera"])
    type_lines(qtbot, dialog, "chargesEdit", ["Art. 130"])
    type_lines(qtbot, dialog, "notesEdit", ["First line", "Second line"])
    with qtbot.waitSignal(gui_session.records_changed) as changed:
        click(qtbot, dialog, "okButton")
    assert changed.args == ["trial"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    saved = gui_session.notebook.get_trial(dialog.saved.id)
    assert saved.title == "The State v. B. Blogger"
    assert saved.country == "BY"
    assert saved.defendants == ("B. Blogger", "C. Camera")
    assert saved.charges == ("Art. 130",)
    assert saved.notes == "First line\nSecond line"


def test_trial_dialog_shows_the_core_refusal_inline(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    dialog = TrialDialog(gui_session)
    shown(qtbot, dialog)
    type_into(qtbot, dialog, "titleEdit", "T")
    type_into(qtbot, dialog, "countryEdit", "Belarus")
    click(qtbot, dialog, "okButton")
    assert "two-letter" in inline_error(dialog)
    assert dialog.isVisible()
    assert dialog.saved is None
    assert gui_session.notebook.list_trials() == []
    type_into(qtbot, dialog, "countryEdit", "")
    type_into(qtbot, dialog, "titleEdit", "   ")
    click(qtbot, dialog, "okButton")
    assert "needs a title" in inline_error(dialog)


def test_trial_dialog_edits_make_a_revision(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial
) -> None:
    dialog = TrialDialog(gui_session, trial.id)
    shown(qtbot, dialog)
    assert child(dialog, QLineEdit, "caseNumberEdit").text() == "1-234/2026"
    assert child(dialog, QPlainTextEdit, "defendantsEdit").toPlainText() == "A. Journalist"
    type_into(qtbot, dialog, "courtEdit", "City Court")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    history = gui_session.notebook.history(trial.id)
    assert [r.body["court"] for r in history] == ["District Court No. 3", "City Court"]
    assert history[-1].body["defendants"] == ["A. Journalist"]


# ---- hearings -----------------------------------------------------------------------


def test_hearing_dialog_reads_times_in_the_hearing_zone(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial
) -> None:
    dialog = HearingDialog(gui_session, trial.id)
    shown(qtbot, dialog)
    type_zone(qtbot, dialog, "Europe/Minsk")
    type_wall_time(qtbot, dialog, "scheduledStart", "202611241000")
    choose(dialog, "modeCombo", "remote")
    choose(dialog, "hearingTypeCombo", "appeal")
    type_into(qtbot, dialog, "platformEdit", "Zoom")
    type_lines(qtbot, dialog, "judgesEdit", ["Judge X", "Judge Y"])
    type_lines(qtbot, dialog, "defenceCounselEdit", ["Counsel Z"])
    with qtbot.waitSignal(gui_session.records_changed) as changed:
        click(qtbot, dialog, "okButton")
    assert changed.args == ["hearing"]
    assert dialog.saved is not None
    saved = gui_session.notebook.get_hearing(dialog.saved.id)
    assert saved.scheduled_start == "2026-11-24T07:00:00Z"  # 10:00 in Minsk
    assert saved.tz == "Europe/Minsk"
    assert (saved.mode, saved.hearing_type, saved.status) == ("remote", "appeal", "scheduled")
    assert saved.judges == ("Judge X", "Judge Y")
    assert saved.defence_counsel == ("Counsel Z",)
    assert saved.scheduled_end is None
    assert saved.actual_start is None


def test_hearing_dialog_edit_keeps_the_wall_time_when_the_zone_changes(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    dialog = HearingDialog(gui_session, trial.id, hearing.id)
    shown(qtbot, dialog)
    start = child(dialog, ZonedDateTimeEdit, "scheduledStart")
    assert start.edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-24 10:00"
    assert child(dialog, QLineEdit, "platformEdit").text() == "Zoom"
    type_zone(qtbot, dialog, "Asia/Almaty")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    saved = gui_session.notebook.get_hearing(hearing.id)
    assert saved.tz == "Asia/Almaty"
    assert saved.scheduled_start == "2026-11-24T05:00:00Z"  # still 10:00, now in Almaty
    assert len(gui_session.notebook.history(hearing.id)) == 2


def test_hearing_dialog_refusals_are_shown_and_nothing_is_saved(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    dialog = HearingDialog(gui_session, trial.id, hearing.id)
    shown(qtbot, dialog)
    for name, digits in (("actualStart", "202611241100"), ("actualEnd", "202611241030")):
        known = child(dialog, QCheckBox, name + "Known")
        qtbot.mouseClick(known, Qt.MouseButton.LeftButton)
        assert known.isChecked()
        type_wall_time(qtbot, dialog, name, digits)
    click(qtbot, dialog, "okButton")
    assert "actual end is before the actual start" in inline_error(dialog)
    type_zone(qtbot, dialog, "Mars/Olympus")
    click(qtbot, dialog, "okButton")
    assert "Unknown time zone" in inline_error(dialog)
    assert dialog.isVisible()
    assert len(gui_session.notebook.history(hearing.id)) == 1


def test_a_new_hearings_zone_is_its_trials_countrys_with_its_zones_offered_first(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    trial = gui_session.notebook.add_trial("The State v. K. Almaty", country="KZ")
    dialog = HearingDialog(gui_session, trial.id)
    shown(qtbot, dialog)
    zones = child(dialog, QComboBox, "zoneCombo")
    assert zones.currentText() == "Asia/Almaty"  # not this computer's zone
    offered = [zones.itemText(row) for row in range(len(country_zones("KZ")))]
    assert offered == list(country_zones("KZ"))
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    assert dialog.saved is not None
    assert dialog.saved.tz == "Asia/Almaty"


def test_beside_each_time_it_says_whose_clock_it_is_on(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    dialog = HearingDialog(gui_session, trial.id, hearing.id)
    shown(qtbot, dialog)
    zone_label = child(dialog, QLabel, "scheduledStartZone")
    assert zone_label.isVisible()
    assert zone_label.text() == "Europe/Minsk time"
    type_zone(qtbot, dialog, "Asia/Almaty")
    assert zone_label.text() == "Asia/Almaty time"
    assert child(dialog, QLabel, "actualEndZone").text() == "Asia/Almaty time"


def test_how_you_attend_follows_the_mode(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial
) -> None:
    dialog = HearingDialog(gui_session, trial.id)
    shown(qtbot, dialog)
    attendance = child(dialog, QComboBox, "attendanceCombo")
    choose(dialog, "modeCombo", "remote")
    assert attendance.currentData() == "remote"
    choose(dialog, "modeCombo", "hybrid")
    assert attendance.currentData() == "remote"  # either way: what was chosen stays
    choose(dialog, "modeCombo", "in-person")
    assert attendance.currentData() == "in-person"


def test_a_click_on_the_hour_then_typing_replaces_the_hour(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    dialog = HearingDialog(gui_session, trial.id, hearing.id)
    shown(qtbot, dialog)
    edit = child(dialog, ZonedDateTimeEdit, "scheduledStart").edit
    text = edit.findChild(QLineEdit)
    assert text.text() == "2026-11-24 10:00"
    # One click on the hour's first digit, as a user would, then the new hour.
    metrics = text.fontMetrics()
    x = text.cursorRect().width() + metrics.horizontalAdvance("2026-11-24 ")
    QTest.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(x, text.height() // 2))
    QTest.keyClicks(edit, "14")
    assert text.text() == "2026-11-24 14:00"


def test_postpone_dialog_records_why_and_the_next_date(
    qtbot: QtBot, gui_session: VaultSession, hearing: Hearing
) -> None:
    dialog = PostponeDialog(gui_session, hearing.id)
    shown(qtbot, dialog)
    choose(dialog, "postponeStatusCombo", "adjourned")
    type_lines(qtbot, dialog, "postponeReasonEdit", ["The witness did not come"])
    type_into(qtbot, dialog, "requestedByEdit", "the prosecution")
    qtbot.mouseClick(child(dialog, QCheckBox, "nextDateKnown"), Qt.MouseButton.LeftButton)
    type_wall_time(qtbot, dialog, "nextDate", "202612080930")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    saved = gui_session.notebook.get_hearing(hearing.id)
    assert saved.status == "adjourned"
    assert saved.postponement_reason == "The witness did not come"
    assert saved.postponement_requested_by == "the prosecution"
    assert saved.next_date == "2026-12-08T06:30:00Z"

    again = PostponeDialog(gui_session, hearing.id)  # opens with what was recorded
    shown(qtbot, again)
    assert child(again, QComboBox, "postponeStatusCombo").currentData() == "adjourned"
    assert child(again, QLineEdit, "requestedByEdit").text() == "the prosecution"


# ---- reasons and history ------------------------------------------------------------


def test_ask_reason_refuses_an_empty_reason(qtbot: QtBot) -> None:
    def answer(dialog: ReasonDialog) -> None:
        ok = child(dialog, QWidget, "okButton")
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "   ")
        assert not ok.isEnabled()
        dialog.accept()  # Enter on a blank reason does not get through either
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.reason_edit, "entered twice ")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _answering = WhenModal(ReasonDialog, answer)
    assert ask_reason(None, "Delete trial", "Why?") == "entered twice"

    _cancelling = WhenModal(ReasonDialog, lambda dialog: dialog.reject())
    assert ask_reason(None, "Delete trial", "Why?") is None


def test_history_shows_each_revision_what_changed_and_a_delete_reason(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    notebook = gui_session.notebook
    notebook.update_trial(trial.id, title="Renamed\u202e trial")
    dialog = HistoryDialog(gui_session, trial.id)
    shown(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    detail = child(dialog, QPlainTextEdit, "revisionDetail").toPlainText()
    assert "Revision 2, saved by you" in detail
    assert "Title" in detail
    assert "before: The State v. A. Journalist" in detail
    assert f"after: Renamed{REPLACEMENT} trial" in detail
    dialog.view.selectRow(0)
    assert "Created with:" in dialog.detail.toPlainText()
    assert "1-234/2026" in dialog.detail.toPlainText()

    notebook.delete(hearing.id, "Entered for the wrong trial")
    deleted = HistoryDialog(gui_session, hearing.id)
    shown(qtbot, deleted)
    assert deleted.model.rowCount() == 2
    text = deleted.detail.toPlainText()
    assert "Deleted. Reason given:" in text
    assert "Entered for the wrong trial" in text
    assert "revisions: 2" in deleted.findChild(QWidget, "historySummary").text()


def test_history_names_fields_and_shows_codes_as_labels(
    qtbot: QtBot, gui_session: VaultSession, hearing: Hearing
) -> None:
    notebook = gui_session.notebook
    outage = notebook.start_interval(
        hearing.id, "remote.connection_lost", T0, fields={"platform": "zoom"}
    )
    notebook.stop_interval(outage.id, T0 + timedelta(minutes=12), court_response="continued")
    dialog = HistoryDialog(gui_session, outage.id)
    shown(qtbot, dialog)
    text = dialog.detail.toPlainText()
    assert "What the court did" in text
    assert "after: Continued regardless" in text
    assert "after: 2026-11-24 10:12 Europe/Minsk" in text
    dialog.view.selectRow(0)
    assert "Connection lost" in dialog.detail.toPlainText()
    assert "Zoom" in dialog.detail.toPlainText()


# ---- checklist ----------------------------------------------------------------------


def test_checklist_answers_are_saved_at_once_and_reloaded(
    qtbot: QtBot, gui_session: VaultSession, hearing: Hearing
) -> None:
    view = ChecklistView(gui_session, hearing.id)
    shown(qtbot, view)
    table, model = view.table, view.model
    row = [q.id for q in model.questions].index("started_on_time")
    no_cell = model.index(row, ChecklistModel.NO)
    with qtbot.waitSignal(gui_session.records_changed) as changed:
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(no_cell).center()
        )
    assert changed.args == ["checklist"]
    assert [(a.question, a.answer) for a in gui_session.notebook.checklist(hearing.id)] == [
        ("started_on_time", "no")
    ]

    table.setCurrentIndex(model.index(row, ChecklistModel.YES))
    with qtbot.waitSignal(gui_session.records_changed):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    comment = model.index(row, ChecklistModel.COMMENT)
    table.setCurrentIndex(comment)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "Started 40 minutes late")
    with qtbot.waitSignal(gui_session.records_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    answer = gui_session.notebook.checklist(hearing.id)[0]
    assert (answer.answer, answer.comment) == ("yes", "Started 40 minutes late")
    assert len(gui_session.notebook.history(answer.id)) == 3

    reopened = ChecklistView(gui_session, hearing.id)
    shown(qtbot, reopened)
    check = reopened.model.index(row, ChecklistModel.YES).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Checked
    assert reopened.model.index(row, ChecklistModel.COMMENT).data() == "Started 40 minutes late"
    assert reopened.summary.text() == f"1 of {len(model.questions)} questions answered"


def test_checklist_view_follows_answers_saved_elsewhere(
    qtbot: QtBot, gui_session: VaultSession, hearing: Hearing
) -> None:
    view = ChecklistView(gui_session, hearing.id)
    shown(qtbot, view)
    gui_session.notebook.set_checklist_answer(hearing.id, "public_admitted", "no", "")
    gui_session.changed("checklist")
    assert [a.question for a in view.model.records()] == ["public_admitted"]


# ---- search -------------------------------------------------------------------------


def test_search_finds_a_note_and_activating_it_says_where(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    gui_session.notebook.add_observation(
        hearing.id, "general.note", T0, text="Подсудимый не слышал переводчика"
    )
    dialog = SearchDialog(gui_session)
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.index_ready, timeout=10_000)
    type_text(dialog.field, "ПЕРЕВОДЧИКА")
    assert [(h.kind, h.hearing_id) for h in dialog.hits()] == [("observation", hearing.id)]
    assert dialog.status.text() == "Results: 1"
    with qtbot.waitSignal(dialog.hit_activated) as activated:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert activated.args == ["observation", trial.id, hearing.id]
    assert not dialog.isVisible()


def test_search_drops_what_it_read_when_the_vault_locks(
    qtbot: QtBot, gui_session: VaultSession, trial: Trial
) -> None:
    dialog = SearchDialog(gui_session)
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.index_ready, timeout=10_000)
    qtbot.keyClicks(dialog.field, "journalist")
    assert [h.trial_id for h in dialog.hits()] == [trial.id]
    gui_session.lock()
    assert not dialog.index_ready
    assert dialog.hits() == []


def test_history_names_the_observer_and_the_bundle_an_imported_revision_came_in(
    qtbot: QtBot, coordinator_gui: VaultSession, watched: Watched
) -> None:
    dialog = HistoryDialog(coordinator_gui, watched.outage_b)
    shown(qtbot, dialog)
    dialog.view.selectRow(0)
    detail = dialog.detail.toPlainText()
    assert "saved by Observer B" in detail
    assert "Came in bundle no. 1 from Observer B, imported " in detail
    who = dialog.model.index(0, dialog.model.WHO).data()
    assert who == "Observer B"
