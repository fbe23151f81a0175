"""The observation editor, generated from the taxonomy, on a real vault."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from monitor_app.core.records.form_drafts import FormKey, FormKind, load_form_draft
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Attachment, Hearing
from monitor_app.core.records.taxonomy import label
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.field_widgets import CheckListModel, choice_options, wall_clock
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.observation_attachments import AttachmentsModel, PendingFile
from monitor_app.gui.records.observation_editor import ObservationEditor
from tests.gui.helpers import shown
from tests.layers import PASSPHRASE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
AT = datetime(2026, 11, 24, 8, 15, 30, tzinfo=UTC)

# The editor each field type gets.
EDITOR_TYPES = {
    "text": QLineEdit,
    "choice": QComboBox,
    "party": QComboBox,
    "bool": QComboBox,
    "multi": QListView,
    "parties": QListView,
    "int": QSpinBox,
}


def open_editor(
    qtbot: QtBot, session: VaultSession, parent_id: str, observation_id: str | None = None
) -> ObservationEditor:
    return shown(qtbot, ObservationEditor(session, parent_id, observation_id), exposed=True)


def press_ok(qtbot: QtBot, editor: ObservationEditor) -> None:
    qtbot.mouseClick(editor.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)


def test_it_builds_the_fields_of_every_item_of_the_taxonomy(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    taxonomy = gui_session.notebook.taxonomy
    for item in taxonomy.items():
        editor.select_item(item.code)
        assert editor.item_combo.currentText() == label(item.label, "en")
        assert editor.description.text() == label(item.description, "en")
        for standard in item.standards:
            assert standard in editor.standards.text()
        form = editor.fields_form
        assert form is not None
        assert list(form.editors) == [spec.key for spec in item.fields]
        for spec in item.fields:
            widget = form.editors[spec.key].widget
            expected = EDITOR_TYPES.get(spec.type)
            if expected is not None:
                assert isinstance(widget, expected), (item.code, spec.key)
            assert form.editors[spec.key].value() is None  # nothing recorded yet
        interval = editor.interval_check
        if item.timing != "either":
            assert interval.isChecked() == (item.timing == "interval")
        assert interval.isEnabled() == (item.timing == "either")


def test_it_saves_a_new_observation_with_typed_fields(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    editor.select_item("sentence.speech_ban")
    editors = editor.fields_form.editors
    ban_types = editors["ban_types"]
    ban_types.model.setData(
        ban_types.model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    years, months, _days = editors["duration"].widget.findChildren(QSpinBox)
    years.setValue(2)
    months.setValue(6)
    qtbot.keyClicks(editors["scope"].widget, "any publication online")
    editors["clarity"].widget.setCurrentIndex(1)
    starts = editors["starts"]
    starts.widget.findChild(QCheckBox).setChecked(True)
    starts.widget.findChild(QDateTimeEdit).setDateTime(
        wall_clock(datetime(2027, 1, 1, 9, 0, tzinfo=UTC), "UTC")
    )
    editor.at_edit.setDateTime(wall_clock(AT, editor.zone_name))
    editor.severity_combo.set_code("high")
    editor.parties.set_checked(["defendant", "press"])
    editor.findChild(QPlainTextEdit, "noteEdit").setPlainText("Read out by the judge")
    editor.quote_check.setChecked(True)
    press_ok(qtbot, editor)

    assert editor.result() == QDialog.DialogCode.Accepted
    [saved] = gui_session.notebook.list_observations(hearing_id)
    assert editor.saved is not None
    assert editor.saved.id == saved.id
    assert saved.code == "sentence.speech_ban"
    assert saved.at == "2026-11-24T08:15:30Z"
    taxonomy = gui_session.notebook.taxonomy
    spec = taxonomy.item("sentence.speech_ban").field_spec("clarity")
    assert spec is not None
    assert saved.fields == {
        "ban_types": [taxonomy.item("sentence.speech_ban").field_spec("ban_types").choices[1].code],
        "duration": {"years": 2, "months": 6, "days": 0},
        "scope": "any publication online",
        "clarity": spec.choices[0].code,
        "starts": "2027-01-01T09:00:00",
    }
    assert saved.severity == "high"
    assert saved.parties == ("defendant", "press")
    assert saved.text == "Read out by the judge"
    assert saved.quote
    assert saved.source == "direct"


def test_it_edits_an_observation_as_a_new_revision(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    notebook = gui_session.notebook
    original = notebook.start_interval(
        hearing_id, "remote.connection_lost", AT, fields={"what_was_missed": "a ruling"}
    )
    unchanged = open_editor(qtbot, gui_session, hearing_id, original.id)
    assert unchanged.still_going.isChecked()
    assert unchanged.fields_form.editors["what_was_missed"].value() == "a ruling"
    press_ok(qtbot, unchanged)
    assert len(notebook.history(original.id)) == 1  # OK without a change writes nothing

    editor = open_editor(qtbot, gui_session, hearing_id, original.id)
    editor.still_going.setChecked(False)
    editor.end_edit.setDateTime(wall_clock(AT + timedelta(minutes=7), editor.zone_name))
    editor.court_combo.set_code("paused")
    editor.reported_radio.setChecked(True)
    qtbot.keyClicks(editor.source_detail, "defence counsel")
    press_ok(qtbot, editor)

    assert editor.result() == QDialog.DialogCode.Accepted
    history = notebook.history(original.id)
    assert [r.number for r in history] == [1, 2]
    edited = notebook.get_observation(original.id)
    assert edited.end == "2026-11-24T08:22:30Z"
    assert edited.court_response == "paused"
    assert edited.source == "reported"
    assert edited.source_detail == "defence counsel"
    assert edited.fields == {"what_was_missed": "a ruling"}  # kept as it was


def test_it_refuses_invalid_input_with_a_message_and_stays_open(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    editor.select_item("sentence.verdict")  # its verdict field is required
    press_ok(qtbot, editor)
    assert editor.isVisible()
    assert "Verdict" in editor.error.text()
    assert gui_session.notebook.list_observations(hearing_id) == []

    editor.select_item("hearing.recess")
    editor.at_edit.setDateTime(wall_clock(AT, editor.zone_name))
    editor.end_edit.setDateTime(wall_clock(AT - timedelta(minutes=5), editor.zone_name))
    press_ok(qtbot, editor)
    assert editor.isVisible()
    assert editor.error.text() == "An interval cannot end before it starts."
    assert gui_session.notebook.list_observations(hearing_id) == []

    editor.end_edit.setDateTime(wall_clock(AT + timedelta(minutes=5), editor.zone_name))
    press_ok(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert len(gui_session.notebook.list_observations(hearing_id)) == 1


def test_it_adds_a_file_and_leaves_the_original_untouched(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "ruling.pdf"
    source.write_bytes(b"%PDF-1.7 the court's ruling")
    os.utime(source, (1_700_000_000, 1_700_000_000))
    editor = open_editor(qtbot, gui_session, hearing_id)
    task = editor.add_file(source)
    assert task is not None
    with qtbot.waitSignal(task.finished):
        pass
    assert [p.filename for p in editor.pending] == ["ruling.pdf"]
    assert editor.attachments.rowCount() == 1
    with qtbot.waitSignal(editor.accepted, timeout=10_000):
        press_ok(qtbot, editor)

    assert editor.saved is not None
    [attachment] = gui_session.notebook.list_attachments(editor.saved.id)
    assert attachment.filename == "ruling.pdf"
    assert attachment.media_type == "application/pdf"
    _record, data = gui_session.notebook.read_attachment(attachment.id)
    assert data == b"%PDF-1.7 the court's ruling"
    assert source.read_bytes() == data
    assert source.stat().st_mtime == 1_700_000_000


def test_it_refuses_a_missing_file_in_place(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    assert editor.add_file(tmp_path / "gone.jpg") is None
    assert editor.error.text() == "The file could not be read."
    assert editor.pending == []


def test_it_captures_the_screen_as_a_sealed_png(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    qtbot.mouseClick(
        editor.findChild(QPushButton, "captureScreenButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: len(editor.pending) == 1, timeout=10_000)
    assert editor.isVisible()  # shown again after the capture
    with qtbot.waitSignal(editor.accepted, timeout=10_000):
        press_ok(qtbot, editor)

    assert editor.saved is not None
    [attachment] = gui_session.notebook.list_attachments(editor.saved.id)
    assert attachment.media_type == "image/png"
    _record, data = gui_session.notebook.read_attachment(attachment.id)
    assert data.startswith(PNG_SIGNATURE)
    assert list(tmp_path.rglob("*.png")) == []  # never written to disk in the clear


def test_a_lock_saves_what_was_typed_and_closes_the_editor(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    editor.findChild(QPlainTextEdit, "noteEdit").setPlainText("Typed when the lock came")
    with qtbot.waitSignal(editor.rejected):
        gui_session.lock()
    assert not editor.isVisible()
    with Vault.open(gui_session.folder) as vault:
        vault.unlock(PASSPHRASE)
        [saved] = Notebook(vault).list_observations(hearing_id)
    assert saved.text == "Typed when the lock came"


def test_attachments_and_check_list_models(
    qtmodeltester: ModelTester, gui_session: VaultSession
) -> None:
    model = AttachmentsModel()
    model.set_records(
        [
            Attachment(id="a1", filename="photo.jpg", media_type="image/jpeg", size=2048),
            PendingFile("screen.png", b"\x89PNG", "image/png"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, AttachmentsModel.STATE).data() == "Sealed in the vault"
    assert model.index(1, AttachmentsModel.STATE).data() == "Sealed when you press OK"

    taxonomy = gui_session.notebook.taxonomy
    parties = CheckListModel(choice_options(taxonomy.parties, "en"))
    qtmodeltester.check(parties)
    parties.set_checked(["judge", "a_party_from_a_newer_taxonomy"])
    qtmodeltester.check(parties)
    assert parties.checked() == ["judge", "a_party_from_a_newer_taxonomy"]
    assert parties.rowCount() == len(taxonomy.parties) + 1


def test_an_observation_about_the_trial_as_a_whole(
    qtbot: QtBot, gui_session: VaultSession, hearing: Hearing
) -> None:
    editor = open_editor(qtbot, gui_session, hearing.trial_id)
    editor.select_item("innocence.guilt_statements")
    qtbot.keyClicks(editor.fields_form.editors["by_whom"].widget, "Ministry spokesperson")
    press_ok(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    [saved] = gui_session.notebook.list_observations(hearing.trial_id)
    assert saved.hearing_id is None
    assert saved.fields == {"by_whom": "Ministry spokesperson"}


def test_a_capture_from_a_modal_editor_does_not_end_it(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = ObservationEditor(gui_session, hearing_id)
    qtbot.addWidget(editor)

    def capture_then_ok() -> None:
        qtbot.mouseClick(
            editor.findChild(QPushButton, "captureScreenButton"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: len(editor.pending) == 1, timeout=10_000)
        assert editor.isVisible()  # exec() would have ended had it been hidden
        press_ok(qtbot, editor)

    QTimer.singleShot(0, capture_then_ok)
    assert editor.exec() == QDialog.DialogCode.Accepted
    assert editor.saved is not None
    [attachment] = gui_session.notebook.list_attachments(editor.saved.id)
    assert attachment.filename.startswith("screen-")


def test_a_capture_that_ends_after_a_lock_shows_nothing(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    qtbot.mouseClick(
        editor.findChild(QPushButton, "captureScreenButton"), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible()  # out of the way of the capture
    gui_session.lock()
    editor.files.grab_screen(QGuiApplication.primaryScreen())  # the capture timer firing
    assert not editor.isVisible()
    assert editor.pending == []


def test_a_crash_does_not_lose_the_note_being_typed(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    qtbot.keyClicks(editor.findChild(QPlainTextEdit, "noteEdit"), "The judge said the file")
    notebook = gui_session.notebook
    # Sealed shortly after typing stops, without OK, a lock or a close.
    key = FormKey.for_form(FormKind.OBSERVATION, None, hearing_id)

    def drafted() -> bool:
        draft = load_form_draft(notebook, key)
        return draft is not None and draft.state["text"] == "The judge said the file"

    qtbot.waitUntil(drafted, timeout=5000)
    # A crash: the first editor never gets OK, cancel or a lock; a new one starts afresh.
    editor.hide()
    again = open_editor(qtbot, gui_session, hearing_id)
    assert again.findChild(QPlainTextEdit, "noteEdit").toPlainText() == "The judge said the file"
    press_ok(qtbot, again)
    assert [o.text for o in notebook.list_observations(hearing_id)] == ["The judge said the file"]
    assert load_form_draft(notebook, key) is None  # used up by the save


def test_cancel_discards_the_draft(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    editor.findChild(QPlainTextEdit, "noteEdit").setPlainText("Never mind")
    editor.reject()
    again = open_editor(qtbot, gui_session, hearing_id)
    assert again.findChild(QPlainTextEdit, "noteEdit").toPlainText() == ""


def test_a_lock_after_cancel_saves_nothing(
    qtbot: QtBot, gui_session: VaultSession, hearing_id: str
) -> None:
    editor = open_editor(qtbot, gui_session, hearing_id)
    editor.findChild(QPlainTextEdit, "noteEdit").setPlainText("Never mind")
    editor.reject()
    gui_session.lock()  # the editor is closed, not yet deleted: it must not save
    with Vault.open(gui_session.folder) as vault:
        vault.unlock(PASSPHRASE)
        notebook = Notebook(vault)
        assert notebook.list_observations(hearing_id) == []
        assert notebook.draft_keys() == []
