"""Nothing typed into a form is lost: the observation editor and the trial and hearing
dialogs draft their whole state (sealed) as it is typed; after a crash — the form dropped
without OK, Cancel or a lock — the next unlock offers it back in the workspace, and opening
it fills the form as it was. A lock while a form is open keeps what was typed too; Cancel
discards it; and the draft is ciphertext on disk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from monitor_app.core.records.form_drafts import (
    FormKey,
    FormKind,
    load_form_draft,
    pending_drafts,
)
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.field_widgets import wall_clock
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.workspace.drafts_offer import DraftsOffer
from tests.gui.helpers import (
    MessageBoxAnswer,
    child,
    click,
    message,
    type_into,
    unlock_session,
    visible_dialog,
)
from tests.gui.records.drafts_scene import crash, drafted, offered, relock, workspace
from tests.integration.test_leak_scan import desktop_recent_files, scan
from tests.layers import PASSPHRASE

AT = datetime(2026, 11, 24, 8, 15, 30, tzinfo=UTC)
MARKER = "Marker-Form-Draft-Quetzal"


def fill_observation(qtbot: QtBot, editor: ObservationEditor) -> None:
    editor.select_item("remote.connection_lost")
    type_into(qtbot, editor, "field_what_was_missed", "the witness's answer")
    editor.at_edit.setDateTime(wall_clock(AT, editor.zone_name))
    editor.end_edit.setDateTime(wall_clock(AT + timedelta(minutes=7), editor.zone_name))
    editor.severity_combo.set_code("high")
    editor.court_combo.set_code("continued")
    editor.parties.set_checked(["defendant", "defence_counsel"])
    editor.reported_radio.setChecked(True)
    type_into(qtbot, editor, "sourceDetailEdit", "the defendant's sister")
    qtbot.keyClicks(child(editor, QPlainTextEdit, "noteEdit"), f"The judge went on {MARKER}")
    editor.quote_check.setChecked(True)


def test_the_observation_editor_comes_back_after_a_crash(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, hearing_id: str, settings: AppSettings
) -> None:
    editor = ObservationEditor(gui_session, hearing_id, parent=host)
    editor.show()
    fill_observation(qtbot, editor)
    typed = editor.form_state()
    drafted(qtbot, gui_session, FormKey.for_form(FormKind.OBSERVATION, None, hearing_id), typed)
    crash(qtbot, editor)
    relock(gui_session)

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == [
        "New observation of the hearing of 2026-11-24 10:00 in “The State v. A. Journalist”"
    ]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, ObservationEditor)
    assert restored.form_state() == typed
    assert message(restored, "errorLabel") == "Restored what you had typed and not saved."
    click(qtbot, restored, "okButton")
    [saved] = gui_session.notebook.list_observations(hearing_id)
    assert (saved.code, saved.text, saved.quote) == (
        "remote.connection_lost",
        f"The judge went on {MARKER}",
        True,
    )
    assert saved.fields == {"what_was_missed": "the witness's answer"}
    assert (saved.severity, saved.court_response) == ("high", "continued")
    assert set(saved.parties) == {"defendant", "defence_counsel"}
    assert (saved.source, saved.source_detail) == ("reported", "the defendant's sister")
    assert saved.end is not None
    assert pending_drafts(gui_session.notebook) == []
    assert offered(page) == []


def test_the_trial_dialog_comes_back_after_a_crash(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, trial: Trial, settings: AppSettings
) -> None:
    dialog = TrialDialog(gui_session, trial.id, host)
    dialog.show()
    type_into(qtbot, dialog, "courtEdit", "Regional Court of Almaty")
    child(dialog, QPlainTextEdit, "chargesEdit").appendPlainText("Art. 174")
    typed = dialog.form_state()
    drafted(qtbot, gui_session, FormKey.for_form(FormKind.TRIAL, trial.id, None), typed)
    crash(qtbot, dialog)
    relock(gui_session)

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == ["Changes to the trial “The State v. A. Journalist”"]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, TrialDialog)
    assert restored.form_state() == typed
    assert child(restored, QLineEdit, "courtEdit").text() == "Regional Court of Almaty"
    click(qtbot, restored, "okButton")
    saved = gui_session.notebook.get_trial(trial.id)
    assert saved.court == "Regional Court of Almaty"
    assert saved.charges == ("Art. 361-1 (extremism)", "Art. 174")
    assert offered(page) == []


def test_a_new_hearing_comes_back_after_a_crash(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, trial: Trial, settings: AppSettings
) -> None:
    dialog = HearingDialog(gui_session, trial.id, parent=host)
    dialog.show()
    dialog.mode_combo.set_code("remote")
    type_into(qtbot, dialog, "platformEdit", "Zoom")
    type_into(qtbot, dialog, "venueEdit", "Courtroom 5")
    dialog.actual_start.set_wall_time(datetime(2026, 12, 1, 10, 30))
    assert dialog.actual_start.known is not None
    dialog.actual_start.known.setChecked(True)
    child(dialog, QPlainTextEdit, "judgesEdit").setPlainText("Judge A\nJudge B")
    typed = dialog.form_state()
    drafted(qtbot, gui_session, FormKey.for_form(FormKind.HEARING, None, trial.id), typed)
    crash(qtbot, dialog)
    relock(gui_session)

    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == ["New hearing of “The State v. A. Journalist”"]
    click(qtbot, page, "openDraftButton0")
    restored = visible_dialog(page, HearingDialog)
    assert restored.form_state() == typed
    click(qtbot, restored, "okButton")
    [saved] = gui_session.notebook.list_hearings(trial.id)
    assert (saved.mode, saved.platform, saved.venue) == ("remote", "Zoom", "Courtroom 5")
    assert saved.judges == ("Judge A", "Judge B")
    assert saved.actual_start is not None
    assert offered(page) == []


def test_a_draft_of_a_record_changed_or_deleted_since_is_still_offered(
    qtbot: QtBot,
    host: QWidget,
    gui_session: VaultSession,
    notebook: Notebook,
    hearing: Hearing,
    settings: AppSettings,
) -> None:
    first = notebook.add_observation(hearing.id, "general.note", AT, text="first")
    second = notebook.add_observation(hearing.id, "general.note", AT, text="second")
    for observation in (first, second):
        editor = ObservationEditor(gui_session, hearing.id, observation.id, host)
        editor.show()
        editor.note_edit.setPlainText(f"my words about {observation.text}")
        drafted(
            qtbot,
            gui_session,
            FormKey.for_form(FormKind.OBSERVATION, observation.id, hearing.id),
            editor.form_state(),
        )
        crash(qtbot, editor)
    gui_session.lock()
    notebook.update_observation(first.id, text="changed by an import")
    notebook.delete(second.id, "entered twice")
    unlock_session(gui_session)

    page = workspace(qtbot, gui_session, settings)
    where = "the hearing of 2026-11-24 10:00 in “The State v. A. Journalist”"
    assert sorted(offered(page)) == sorted(
        [
            f"Changes to an observation (Note) of {where} "
            "(changed since you typed this: check it before saving)",
            f"New observation of {where} (deleted since: it opens as a new one)",
        ]
    )
    offer = child(page, DraftsOffer, "draftsOffer")
    row = next(i for i, p in enumerate(offer.drafts) if p.key.record_id == second.id)
    click(qtbot, page, f"openDraftButton{row}")
    restored = visible_dialog(page, ObservationEditor)
    assert restored.current is None  # a new observation, where the deleted one was
    assert restored.note_edit.toPlainText() == "my words about second"
    restored.reject()  # Cancel: discarded on purpose
    [left] = pending_drafts(gui_session.notebook)
    assert left.key.record_id == first.id

    click(qtbot, page, "openDraftButton0")
    edited = visible_dialog(page, ObservationEditor)
    assert edited.note_edit.toPlainText() == "my words about first"
    assert "changed since" in message(edited, "errorLabel")


def test_a_lock_while_the_editor_is_open_in_the_workspace_loses_nothing(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, trial: Trial, settings: AppSettings
) -> None:
    """The workspace closes its dialogs as the lock begins: the editor still saves what
    can be saved, and keeps the rest as a draft, before the draft timer ever fired."""
    page = workspace(qtbot, gui_session, settings)
    page.select(trial.id, hearing_id)
    page.detail.add_observation()
    editor = visible_dialog(page, ObservationEditor)
    editor.note_edit.setPlainText("Saved as the lock came")
    gui_session.lock()
    unlock_session(gui_session)
    assert [o.text for o in gui_session.notebook.list_observations(hearing_id)] == [
        "Saved as the lock came"
    ]
    assert pending_drafts(gui_session.notebook) == []

    page = workspace(qtbot, gui_session, settings)
    page.select(trial.id, hearing_id)
    page.detail.add_observation()
    editor = visible_dialog(page, ObservationEditor)
    editor.select_item("hearing.recess")
    editor.at_edit.setDateTime(wall_clock(AT, editor.zone_name))
    editor.end_edit.setDateTime(wall_clock(AT - timedelta(minutes=5), editor.zone_name))
    editor.note_edit.setPlainText("Cannot be saved as it is")  # it ends before it starts
    typed = editor.form_state()
    gui_session.lock()
    unlock_session(gui_session)
    assert len(gui_session.notebook.list_observations(hearing_id)) == 1
    [pending] = pending_drafts(gui_session.notebook)
    assert pending.draft.state == typed

    page = workspace(qtbot, gui_session, settings)
    click(qtbot, page, "openDraftButton0")
    assert visible_dialog(page, ObservationEditor).form_state() == typed


def test_a_lock_keeps_a_trial_the_core_refuses_as_a_draft(
    qtbot: QtBot, gui_session: VaultSession, settings: AppSettings
) -> None:
    page = workspace(qtbot, gui_session, settings)
    page.new_trial()
    dialog = visible_dialog(page, TrialDialog)
    type_into(qtbot, dialog, "caseNumberEdit", "2-77/2026")  # no title: cannot be saved
    gui_session.lock()
    unlock_session(gui_session)
    assert gui_session.notebook.list_trials() == []
    page = workspace(qtbot, gui_session, settings)
    assert offered(page) == ["New trial “…”"]


def test_cancel_discards_the_draft_and_so_does_discard(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, trial: Trial, settings: AppSettings
) -> None:
    dialog = HearingDialog(gui_session, trial.id, parent=host)
    dialog.show()
    type_into(qtbot, dialog, "venueEdit", "Never mind")
    key = FormKey.for_form(FormKind.HEARING, None, trial.id)
    drafted(qtbot, gui_session, key, dialog.form_state())
    click(qtbot, dialog, "cancelButton")
    assert load_form_draft(gui_session.notebook, key) is None

    dialog = HearingDialog(gui_session, trial.id, parent=host)
    dialog.show()
    type_into(qtbot, dialog, "venueEdit", "Typed, then the app died")
    drafted(qtbot, gui_session, key, dialog.form_state())
    crash(qtbot, dialog)
    page = workspace(qtbot, gui_session, settings)
    answer = MessageBoxAnswer("confirmButton")
    click(qtbot, page, "discardDraftButton0")
    assert "cannot be brought back" in answer.texts[0]
    assert load_form_draft(gui_session.notebook, key) is None
    assert offered(page) == []


def test_a_form_draft_is_ciphertext_in_the_vault(
    qtbot: QtBot, host: QWidget, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = ObservationEditor(gui_session, hearing_id, parent=host)
    editor.show()
    fill_observation(qtbot, editor)
    drafted(
        qtbot,
        gui_session,
        FormKey.for_form(FormKind.OBSERVATION, None, hearing_id),
        editor.form_state(),
    )
    crash(qtbot, editor)
    assert (
        scan([gui_session.folder, desktop_recent_files().parent], {"draft": MARKER}) == []
    )  # open: the WAL is there
    gui_session.lock()
    assert scan([gui_session.folder, desktop_recent_files().parent], {"draft": MARKER}) == []
    with Vault.open(gui_session.folder) as vault:
        vault.unlock(PASSPHRASE)
        [pending] = pending_drafts(Notebook(vault))
        assert MARKER in str(pending.draft.state["text"])
