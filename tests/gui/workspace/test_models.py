"""The table models, without widgets: Qt's model tester, safe display of hostile text,
record ids and raw sort values, times in the hearing's zone, the checklist's edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.search import SearchIndex
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.gui.common.models import (
    CELL_CHARS,
    RECORD_ID_ROLE,
    SORT_ROLE,
    FoldingFilterProxy,
    RecordTableModel,
    format_duration,
    local_time,
)
from monitor_app.gui.records.models import (
    ChecklistModel,
    HearingsModel,
    ObservationsModel,
    RevisionsModel,
    SearchHitsModel,
    TrialsModel,
    body_changes,
)

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 10:00 in Minsk
HOSTILE = "Evil\u202eexe.txt\nsecond line\x1b[31m" + "z" * 5000


def cell(model: RecordTableModel, row: int, column: int, role: int = 0) -> object:
    return model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def assert_safe(text: object) -> None:
    assert isinstance(text, str)
    assert not {"\u202e", "\n", "\x1b"} & set(text)
    assert len(text) <= CELL_CHARS


def test_trials_model_shows_hostile_text_scrubbed_and_cut(
    qtmodeltester: ModelTester, notebook: Notebook, trial: Trial
) -> None:
    other = notebook.add_trial(HOSTILE, defendants=("X\u2066Y", "Z"), notes=HOSTILE)
    model = TrialsModel()
    model.set_records(notebook.list_trials())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.columnCount() == 6
    row = model.row_of(other.id)
    assert row is not None
    title = cell(model, row, TrialsModel.TITLE)
    assert_safe(title)
    assert str(title).startswith(f"Evil{REPLACEMENT}exe.txt second line{REPLACEMENT}[31mzzz")
    assert str(title).endswith("…")
    assert cell(model, row, TrialsModel.DEFENDANTS) == f"X{REPLACEMENT}Y; Z"
    assert cell(model, row, TrialsModel.TITLE, RECORD_ID_ROLE) == other.id
    assert model.record(row) == other
    assert cell(model, row, TrialsModel.UPDATED, SORT_ROLE) == other.updated_utc
    assert model.headerData(TrialsModel.COURT, Qt.Orientation.Horizontal) == "Court"
    assert model.row_of("no such id") is None


def test_hearings_model_shows_times_in_the_hearing_zone_and_sorts_by_instant(
    qtmodeltester: ModelTester, notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    # 09:00 in Almaty (UTC+5) is earlier than 10:00 in Minsk (UTC+3): wall clocks mislead.
    early = notebook.add_hearing(trial.id, T0 - timedelta(hours=2), "in-person", "Asia/Almaty")
    model = HearingsModel()
    model.set_records(notebook.list_hearings(trial.id))
    qtmodeltester.check(model)
    minsk, almaty = model.row_of(hearing.id), model.row_of(early.id)
    assert minsk is not None
    assert almaty is not None
    assert cell(model, minsk, HearingsModel.START) == "2026-11-24 10:00"
    assert cell(model, almaty, HearingsModel.START) == "2026-11-24 10:00"
    assert cell(model, almaty, HearingsModel.START, SORT_ROLE) < cell(
        model, minsk, HearingsModel.START, SORT_ROLE
    )
    assert cell(model, minsk, HearingsModel.MODE) == "Remote"
    assert cell(model, minsk, HearingsModel.STATUS) == "Scheduled"
    assert cell(model, minsk, HearingsModel.PLACE) == "Zoom"
    assert cell(model, almaty, HearingsModel.ZONE) == "Asia/Almaty"

    proxy = FoldingFilterProxy(model)
    qtmodeltester.check(proxy)
    proxy.sort(HearingsModel.START)
    assert proxy.index(0, 0).data(RECORD_ID_ROLE) == early.id


def test_observations_model_intervals_labels_and_hostile_notes(
    qtmodeltester: ModelTester, notebook: Notebook, hearing: Hearing
) -> None:
    outage = notebook.start_interval(
        hearing.id,
        "remote.connection_lost",
        T0 + timedelta(minutes=5),
        parties=("defendant", "defence_counsel"),
        severity="high",
    )
    notebook.stop_interval(outage.id, T0 + timedelta(minutes=17))
    still = notebook.start_interval(hearing.id, "remote.audio_lost", T0 + timedelta(minutes=30))
    note = notebook.add_observation(hearing.id, "general.note", T0, text=HOSTILE, quote=True)
    model = ObservationsModel(notebook.taxonomy, "en")
    model.set_records(notebook.list_observations(hearing.id))
    qtmodeltester.check(model)

    row = model.row_of(outage.id)
    assert row is not None
    assert cell(model, row, ObservationsModel.TIME) == "10:05"
    assert cell(model, row, ObservationsModel.TIME, SORT_ROLE) == "2026-11-24T07:05:00Z"
    assert cell(model, row, ObservationsModel.END) == "10:17 (12 min 00 s)"
    assert cell(model, row, ObservationsModel.CONDITION) == "Connection lost"
    assert cell(model, row, ObservationsModel.SEVERITY) == "High"
    assert cell(model, row, ObservationsModel.PARTIES) == "Defendant, Defence counsel"
    assert cell(model, row, ObservationsModel.TIME, Qt.ItemDataRole.FontRole) is None

    open_row = model.row_of(still.id)
    assert open_row is not None
    assert cell(model, open_row, ObservationsModel.END) == "still going"
    assert cell(model, open_row, ObservationsModel.TIME, Qt.ItemDataRole.FontRole).bold()

    note_row = model.row_of(note.id)
    assert note_row is not None
    text = cell(model, note_row, ObservationsModel.TEXT)
    assert isinstance(text, str)
    assert text.startswith(f"“Evil{REPLACEMENT}exe.txt")
    assert not {"\u202e", "\n", "\x1b"} & set(text)
    assert len(text) <= CELL_CHARS + 2  # the quotation marks

    russian = ObservationsModel(notebook.taxonomy, "ru", with_date=True)
    russian.set_records([outage])
    assert cell(russian, 0, ObservationsModel.CONDITION) == "Связь прервалась"
    assert cell(russian, 0, ObservationsModel.TIME) == "2026-11-24 10:05"


def test_checklist_model_lists_every_question_and_announces_edits(
    qtmodeltester: ModelTester, qtbot: QtBot, notebook: Notebook, hearing: Hearing
) -> None:
    answer = notebook.set_checklist_answer(hearing.id, "started_on_time", "no", "40 min late")
    model = ChecklistModel(notebook.taxonomy, "en")
    model.set_records(notebook.checklist(hearing.id))
    qtmodeltester.check(model)
    questions = notebook.taxonomy.checklist
    assert model.rowCount() == len(questions)
    row = model.row_of(answer.id)
    assert row == [q.id for q in questions].index("started_on_time")
    check = Qt.ItemDataRole.CheckStateRole
    assert cell(model, row, ChecklistModel.NO, check) == Qt.CheckState.Checked
    assert cell(model, row, ChecklistModel.YES, check) == Qt.CheckState.Unchecked
    assert cell(model, row, ChecklistModel.COMMENT) == "40 min late"
    assert cell(model, row, ChecklistModel.QUESTION) == questions[row].question["en"]
    assert model.record(row) == answer
    assert model.record(row + 1) is None
    assert model.flags(model.index(row, ChecklistModel.YES)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(row, ChecklistModel.COMMENT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, ChecklistModel.QUESTION)) & Qt.ItemFlag.ItemIsEditable

    with qtbot.waitSignal(model.answer_edited) as chosen:
        assert model.setData(model.index(row, ChecklistModel.YES), Qt.CheckState.Checked, check)
    assert chosen.args == ["started_on_time", "yes", "40 min late"]
    # A comment on an unanswered question goes with "unclear"; unchecking is refused.
    with qtbot.waitSignal(model.answer_edited) as commented:
        assert model.setData(model.index(row + 1, ChecklistModel.COMMENT), "not visible")
    assert commented.args == [questions[row + 1].id, "unclear", "not visible"]
    assert not model.setData(model.index(row, ChecklistModel.NO), Qt.CheckState.Unchecked, check)
    assert not model.setData(model.index(row + 2, ChecklistModel.COMMENT), "  ")

    saved = notebook.set_checklist_answer(hearing.id, "started_on_time", "yes", "40 min late")
    with qtbot.waitSignal(model.dataChanged):
        model.update_answer(saved)
    assert cell(model, row, ChecklistModel.YES, check) == Qt.CheckState.Checked


def test_revisions_model_names_changes_author_and_reason(
    qtmodeltester: ModelTester, notebook: Notebook, trial: Trial
) -> None:
    notebook.update_trial(trial.id, title="Renamed", court="Regional Court")
    note = notebook.add_observation(
        trial.id, "remote.connection_lost", T0, fields={"platform": "zoom"}
    )
    notebook.update_observation(note.id, fields={"platform": "teams"})
    notebook.delete(note.id, "duplicate of another note")

    model = RevisionsModel(notebook.vault.observer_id, notebook.taxonomy, "en")
    model.set_records(notebook.history(trial.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert cell(model, 0, RevisionsModel.CHANGE) == "created"
    assert cell(model, 1, RevisionsModel.CHANGE) == "changed: Court, Title"
    assert cell(model, 1, RevisionsModel.WHO) == "you"
    assert cell(model, 1, RevisionsModel.NUMBER, SORT_ROLE) == 2
    assert model.changes(1) == {
        "court": ("District Court No. 3", "Regional Court"),
        "title": ("The State v. A. Journalist", "Renamed"),
    }

    model.set_records(notebook.history(note.id))
    assert cell(model, 1, RevisionsModel.CHANGE) == "changed: Platform"
    assert cell(model, 2, RevisionsModel.CHANGE) == "deleted: duplicate of another note"
    assert model.who(notebook.history(note.id)[0]) == "you"


def test_body_changes_flatten_nested_fields_and_skip_links() -> None:
    old = {"trial_id": "a", "fields": {"platform": "zoom", "who": "x"}, "text": "t"}
    new = {"trial_id": "b", "fields": {"platform": "teams", "who": "x"}, "text": "t"}
    assert body_changes(old, new) == {"fields.platform": ("zoom", "teams")}
    assert body_changes({}, {"fields": {}}) == {"fields": (None, {})}


def test_search_hits_model_and_folding_filter(
    qtmodeltester: ModelTester, notebook: Notebook, trial: Trial
) -> None:
    notebook.add_observation(trial.id, "general.note", T0, text="Ёлкин was not brought in")
    model = SearchHitsModel()
    model.set_records(SearchIndex.build(notebook).search("елкин"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert cell(model, 0, SearchHitsModel.KIND) == "Observation"
    assert "Ёлкин" in str(cell(model, 0, SearchHitsModel.SNIPPET))

    trials = TrialsModel()
    trials.set_records(
        [trial, notebook.add_trial("Prosecutor v. Ёлкин"), notebook.add_trial("Other")]
    )
    proxy = FoldingFilterProxy(trials)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("ЕЛКИН prosecutor")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("1-234/2026")  # any column, shown or hidden in a view
    assert proxy.index(0, 0).data(RECORD_ID_ROLE) == trial.id
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3
    assert proxy.rowCount(proxy.index(0, 0)) == 0
    assert trials.rowCount(QModelIndex()) == 3


def test_formatting_helpers() -> None:
    assert format_duration(12 * 60) == "12 min 00 s"
    assert format_duration(28) == "28 s"
    assert local_time("2026-11-24T07:00:00Z", "Europe/Minsk") == "2026-11-24 10:00"
    assert local_time("2026-11-24T07:00:00Z", "Mars/Olympus") == "2026-11-24 07:00 UTC"
    assert local_time(None, "UTC") == ""
