"""The workspace driven through its real widgets: trials and hearings created through the
dialogs, edits that become revisions, deletes that ask why and leave tombstones, the
checklist, search, the totals line, and the doors to the other screens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.models import RECORD_ID_ROLE
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.models import ChecklistModel, ObservationsModel
from monitor_app.gui.records.reason_dialog import ReasonDialog
from monitor_app.gui.records.search_dialog import SearchDialog
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.workspace.pane_helpers import delete_record
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import (
    MessageBoxAnswer,
    WhenModal,
    card_of,
    child,
    click,
    finish,
    shown,
    thread_pool_held,
    type_into,
    type_text,
    type_wall_time,
    type_zone,
)
from tests.layers import PASSPHRASE

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 10:00 in Minsk


@pytest.fixture
def page(qtbot: QtBot, gui_session: VaultSession, settings: AppSettings) -> WorkspacePage:
    return shown(qtbot, WorkspacePage(gui_session, settings), (1100, 720))


def label_text(page: WorkspacePage, name: str) -> str:
    return child(page, PlainLabel, name).text()


def listed(page: WorkspacePage, view_name: str) -> list[str]:
    view = page.findChild(QWidget, view_name)
    model = view.model()  # type: ignore[attr-defined]
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def opened(page: WorkspacePage, kind: type[QWidget]) -> QWidget:
    """The dialog of ``kind`` the page has just opened (they open without blocking)."""
    dialogs = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, f"expected one open {kind.__name__}"
    return dialogs[0]


def answer_reason(qtbot: QtBot, reason: str) -> WhenModal[ReasonDialog]:
    def answer(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason_edit, reason)
        qtbot.mouseClick(child(dialog, QWidget, "okButton"), Qt.MouseButton.LeftButton)

    return WhenModal(ReasonDialog, answer)


def test_first_trial_and_hearing_are_created_through_the_dialogs(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession
) -> None:
    assert "No trials yet" in label_text(page, "trialHeader")
    assert not child(page, QWidget, "newHearingButton").isEnabled()

    click(qtbot, page, "newTrialButton")
    dialog = opened(page, TrialDialog)
    type_text(child(dialog, QWidget, "titleEdit"), "The State v. B.\u202eBlogger")
    type_into(qtbot, dialog, "caseNumberEdit", "1-99/2026")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    trial_id = page.current_trial_id()
    assert trial_id is not None
    assert listed(page, "trialsView") == [f"The State v. B.{REPLACEMENT}Blogger"]
    assert label_text(page, "trialTitle") == f"The State v. B.{REPLACEMENT}Blogger"
    assert child(page, PlainLabel, "trialTitle").textFormat() == Qt.TextFormat.PlainText

    click(qtbot, page, "newHearingButton")
    hearing_dialog = opened(page, HearingDialog)
    type_zone(qtbot, hearing_dialog, "Europe/Minsk")
    type_wall_time(qtbot, hearing_dialog, "scheduledStart", "202611241000")
    type_into(qtbot, hearing_dialog, "platformEdit", "Zoom")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, hearing_dialog, "okButton")
    assert listed(page, "hearingsView") == ["2026-11-24 10:00"]
    hearing_id = page.current_hearing_id()
    assert hearing_id is not None
    assert gui_session.notebook.get_hearing(hearing_id).trial_id == trial_id
    assert label_text(page, "hearingHeader").startswith(
        "Hearing of 2026-11-24 10:00 (Europe/Minsk)"
    )
    assert "0 observations and 0 free notes" in label_text(page, "hearingTotalsLabel")


def test_an_edit_becomes_a_revision_shown_in_the_history(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial
) -> None:
    page.refresh()
    page.select(trial.id)
    click(qtbot, page, "editTrialButton")
    dialog = opened(page, TrialDialog)
    type_into(qtbot, dialog, "titleEdit", "The State v. A. Journalist and others")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, dialog, "okButton")
    assert listed(page, "trialsView") == ["The State v. A. Journalist and others"]
    assert page.current_trial_id() == trial.id

    click(qtbot, page, "trialHistoryButton")
    history = opened(page, HistoryDialog)
    assert isinstance(history, HistoryDialog)
    assert history.model.rowCount() == 2
    detail = history.detail.toPlainText()
    assert "Title" in detail
    assert "before: The State v. A. Journalist" in detail
    assert "after: The State v. A. Journalist and others" in detail


def test_a_delete_asks_why_and_leaves_a_tombstone(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    page.select(trial.id, hearing.id)
    assert page.current_hearing_id() == hearing.id
    _reason = answer_reason(qtbot, "Entered for the wrong trial")
    with qtbot.waitSignal(gui_session.records_changed):
        click(qtbot, page, "deleteHearingButton")
    assert listed(page, "hearingsView") == []
    assert page.current_hearing_id() is None
    tombstone = gui_session.notebook.history(hearing.id)[-1]
    assert tombstone.deleted
    assert tombstone.reason == "Entered for the wrong trial"
    history = HistoryDialog(gui_session, hearing.id, page)
    history.show()
    assert "Entered for the wrong trial" in history.detail.toPlainText()


def test_cancelling_the_reason_deletes_nothing(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    note = gui_session.notebook.add_observation(hearing.id, "general.note", T0, text="keep me")
    page.select(trial.id, hearing.id)
    view = page.findChild(QWidget, "observationsView")
    view.selectRow(0)  # type: ignore[attr-defined]
    _cancel = WhenModal(ReasonDialog, lambda dialog: dialog.reject())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the Delete key asks too
    qtbot.waitUntil(lambda: not _cancel.timer.isActive())
    assert gui_session.notebook.get_observation(note.id).text == "keep me"
    assert len(gui_session.notebook.history(note.id)) == 1


def test_deleting_a_trial_that_has_hearings_is_refused_with_the_core_message(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    page.select(trial.id)
    _reason = answer_reason(qtbot, "not needed")
    message = MessageBoxAnswer("okButton")
    click(qtbot, page, "deleteTrialButton")
    qtbot.waitUntil(lambda: bool(message.texts))
    assert "still has records under it (hearing: 1); delete those first" in message.texts[0]
    assert listed(page, "trialsView") == ["The State v. A. Journalist"]
    assert len(gui_session.notebook.history(trial.id)) == 1
    assert gui_session.notebook.get_hearing(hearing.id).id == hearing.id


def test_checklist_answer_is_saved_and_shown_again(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    page.select(trial.id, hearing.id)
    child(page, QTabWidget, "detailTabs").setCurrentIndex(1)
    checklist = page.detail.checklist
    assert checklist is not None
    cell = checklist.model.index(0, ChecklistModel.UNCLEAR)
    table = checklist.table
    with qtbot.waitSignal(gui_session.records_changed):
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
        )
    first_question = gui_session.notebook.taxonomy.checklist[0].id
    saved = gui_session.notebook.checklist(hearing.id)
    assert [(a.question, a.answer) for a in saved] == [(first_question, "unclear")]

    again = WorkspacePage(gui_session, page.settings)
    qtbot.addWidget(again)
    again.select(trial.id, hearing.id)
    assert again.detail.checklist is not None
    shown = again.detail.checklist.model.index(0, ChecklistModel.UNCLEAR)
    assert shown.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_search_finds_a_note_and_selects_its_hearing(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    other = gui_session.notebook.add_trial("Another trial")
    gui_session.notebook.add_observation(
        hearing.id, "general.note", T0, text="The interpreter left the room"
    )
    page.refresh()
    page.select(other.id)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = opened(page, SearchDialog)
    assert isinstance(search, SearchDialog)
    qtbot.waitUntil(lambda: search.index_ready, timeout=10_000)
    type_text(search.field, "Interpreter LEFT")
    assert [h.kind for h in search.hits()] == ["observation"]
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert page.current_trial_id() == trial.id
    assert page.current_hearing_id() == hearing.id
    selected = page.hearings_view.selectionModel().selectedRows()
    assert [index.data(RECORD_ID_ROLE) for index in selected] == [hearing.id]
    assert listed(page, "observationsView") == ["10:00"]


def test_totals_line_shows_the_minutes_of_an_interval(
    page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    notebook = gui_session.notebook
    outage = notebook.start_interval(
        hearing.id, "remote.connection_lost", T0 + timedelta(minutes=5), parties=("defendant",)
    )
    notebook.stop_interval(outage.id, T0 + timedelta(minutes=17), court_response="continued")
    page.select(trial.id, hearing.id)
    totals = label_text(page, "hearingTotalsLabel")
    assert totals.startswith("1 observation and 0 free notes · ")
    assert "participation lost: 12 min 00 s" in totals
    assert "the defendant could not follow: 12 min 00 s" in totals
    assert "the court went on regardless: 12 min 00 s" in totals
    assert "still open: 0" in totals
    end = page.detail.model.index(0, ObservationsModel.END).data()
    assert end == "10:17 (12 min 00 s)"


def test_a_save_elsewhere_refreshes_and_keeps_the_selection(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    page.select(trial.id, hearing.id)
    notebook = gui_session.notebook
    notebook.add_trial("Prosecutor v. Ёлкин")
    notebook.add_observation(trial.id, "general.note", T0, text="About the whole trial")
    with qtbot.waitSignal(gui_session.records_changed):
        gui_session.changed("trial")
    assert len(listed(page, "trialsView")) == 2
    assert page.current_trial_id() == trial.id
    assert page.current_hearing_id() == hearing.id

    type_text(child(page, QWidget, "trialFilter"), "ЕЛКИН")
    assert listed(page, "trialsView") == ["Prosecutor v. Ёлкин"]
    assert page.current_trial_id() == trial.id  # filtering alone changes nothing shown
    qtbot.keyClick(child(page, QWidget, "trialFilter"), Qt.Key.Key_Return)  # Enter chooses
    assert page.current_trial_id() != trial.id
    assert label_text(page, "trialTitle") == "Prosecutor v. Ёлкин"
    page.select(trial.id, hearing.id)

    click(qtbot, page, "trialObservationsButton")
    assert page.current_hearing_id() is None
    assert label_text(page, "hearingHeader") == "Observations about the trial as a whole"
    assert page.detail.model.rowCount() == 1
    assert not child(page, QWidget, "liveModeButton").isEnabled()


def test_lock_button_locks_the_session(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession
) -> None:
    with qtbot.waitSignal(gui_session.locked):
        click(qtbot, page, "lockButton")
    assert not gui_session.is_unlocked


def opens_modal(qtbot: QtBot, page: WorkspacePage, button: str, kind: type[QWidget]) -> QWidget:
    """Click ``button`` and return the modal ``kind`` it opened (closed again at once, but
    kept for the test to look at). A message box waits in its own event loop; a dialog opens
    window-modal without blocking, so the test waits for it to come up."""
    seen: list[QWidget] = []

    def close(dialog: QWidget) -> None:
        seen.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.close()

    _closer = WhenModal(kind, close)
    click(qtbot, page, button)
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen) == 1, f"{button} did not open a {kind.__name__}"
    return seen[0]


def test_about_button_shows_the_about_box(qtbot: QtBot, page: WorkspacePage) -> None:
    box = opens_modal(qtbot, page, "aboutButton", QMessageBox)
    assert box.objectName() == "aboutBox"


def test_settings_button_opens_the_settings(qtbot: QtBot, page: WorkspacePage) -> None:
    from monitor_app.gui.setup.settings_dialog import SettingsDialog

    dialog = opens_modal(qtbot, page, "settingsButton", SettingsDialog)
    assert dialog.objectName() == "settingsDialog"


def test_live_mode_replaces_the_browser_and_comes_back(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial, hearing: Hearing
) -> None:
    from monitor_app.gui.live.screen import LiveHearingWidget

    page.select(trial.id, hearing.id)
    click(qtbot, page, "liveModeButton")
    live = page.stack.currentWidget()
    assert isinstance(live, LiveHearingWidget)
    gui_session.notebook.add_observation(hearing.id, "general.note", T0, text="logged live")
    live.closed.emit()
    assert page.stack.currentWidget() is page.browse_page
    assert page.current_hearing_id() == hearing.id
    assert page.detail.model.rowCount() == 1  # what was logged there shows here now


def test_add_observation_opens_the_editor_for_the_hearing(
    qtbot: QtBot, page: WorkspacePage, trial: Trial, hearing: Hearing
) -> None:
    from monitor_app.gui.records.observation_editor import ObservationEditor

    page.select(trial.id, hearing.id)
    opens_modal(qtbot, page, "addObservationButton", ObservationEditor)
    assert page.detail.model.rowCount() == 0  # closed without saving: nothing new


def test_locking_closes_every_open_dialog(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession, trial: Trial
) -> None:
    page.select(trial.id)
    click(qtbot, page, "editTrialButton")
    click(qtbot, page, "trialHistoryButton")
    assert opened(page, TrialDialog).isVisible()
    outcome: list[str | None] = []

    def lock_while_asking(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason_edit, "half typed")
        gui_session.lock()

    _lock = WhenModal(ReasonDialog, lock_while_asking)
    outcome.append(delete_record(page, gui_session, trial.id, "trial", "Delete trial"))
    assert outcome == [False]
    assert [d for d in page.findChildren(QDialog) if d.isVisible()] == []
    assert not gui_session.is_unlocked


def test_a_lock_saves_what_a_record_dialog_holds(
    qtbot: QtBot, page: WorkspacePage, gui_session: VaultSession
) -> None:
    """Typing a trial, then an auto-lock or Ctrl+Shift+L: the trial is kept, not lost."""
    dialog = TrialDialog(gui_session, parent=page)
    dialog.show()
    dialog.findChild(QLineEdit, "titleEdit").setText("Typed just before the lock")
    gui_session.lock()
    assert not dialog.isVisible()
    with Vault.open(gui_session.folder) as vault:
        vault.unlock(PASSPHRASE)
        assert [t.title for t in Notebook(vault).list_trials()] == ["Typed just before the lock"]


def test_file_dialog_history_is_forgotten() -> None:
    from PySide6.QtCore import QSettings

    from monitor_app.gui.common.widgets import forget_file_dialog_history

    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.setValue("FileDialog/history", ["/home/me/Trial-of-Ivanova"])
    store.setValue("FileDialog/lastVisited", "file:///home/me/Trial-of-Ivanova")
    store.sync()
    forget_file_dialog_history()
    fresh = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert fresh.value("FileDialog/history") is None
    assert fresh.value("FileDialog/lastVisited") is None


@pytest.mark.parametrize(
    ("button", "screen"),
    [
        ("contactsButton", "contactsDialog"),
        ("syncButton", "syncDialog"),
        ("importButton", "importDialog"),
    ],
)
def test_the_sync_buttons_open_their_screens(
    qtbot: QtBot, page: WorkspacePage, button: str, screen: str
) -> None:
    click(qtbot, page, button)
    assert [d.objectName() for d in page.findChildren(QDialog) if d.isVisible()] == [screen]


def test_a_lock_closes_the_sync_screens_and_stops_their_work(
    qtbot: QtBot,
    page: WorkspacePage,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    tmp_path: Path,
) -> None:
    from monitor_app.core.sync.contacts import Contacts
    from monitor_app.gui.sync.contacts_dialog import ContactsDialog
    from monitor_app.gui.sync.import_dialog import ImportDialog

    Contacts(gui_session.vault).add(card_of(coordinator_session))
    importer = page.open_import()
    assert isinstance(importer, ImportDialog)
    page.open_sync()
    contacts = page.open_contacts()
    assert isinstance(contacts, ContactsDialog)
    contacts.view.selectRow(0)
    with thread_pool_held():  # the import has not even started when the lock comes
        task = importer.import_paths([tmp_path])
        _lock = WhenModal(QMessageBox, lambda _box: gui_session.lock())
        click(qtbot, contacts, "removeContactButton")  # locked while it asks
    assert not gui_session.is_unlocked
    assert [d for d in page.findChildren(QDialog) if d.isVisible()] == []
    finish(qtbot, task)  # it answers into nothing: no screen is left to show it
