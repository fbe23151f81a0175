from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.errors import RecordNotFound, StorageError, UnknownCode, ValidationError
from monitor_app.core.records.notebook import MAX_ATTACHMENT_BYTES, Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.totals import merged_seconds

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# ---- trials and hearings --------------------------------------------------------------


def test_trial_fields_are_cleaned_and_validated(notebook: Notebook) -> None:
    trial = notebook.add_trial(
        "  The State v. X  ", country="by", defendants=("X", " ", "Y "), charges=()
    )
    assert trial.title == "The State v. X"
    assert trial.country == "BY"
    assert trial.defendants == ("X", "Y")
    assert notebook.get_trial(trial.id) == trial
    with pytest.raises(ValidationError, match="title"):
        notebook.add_trial("   ")
    with pytest.raises(ValidationError, match="two-letter"):
        notebook.add_trial("T", country="Belarus")


def test_edit_makes_a_revision(notebook: Notebook, trial: Trial) -> None:
    edited = notebook.update_trial(trial.id, title="Renamed")
    assert edited.id == trial.id
    assert notebook.get_trial(trial.id).title == "Renamed"
    assert [r.body["title"] for r in notebook.history(trial.id)] == [trial.title, "Renamed"]


def test_list_trials_sorted_and_without_deleted(notebook: Notebook) -> None:
    b = notebook.add_trial("beta")
    a = notebook.add_trial("Alpha")
    gone = notebook.add_trial("gamma")
    notebook.delete(gone.id, "created by mistake")
    assert [t.id for t in notebook.list_trials()] == [a.id, b.id]
    with pytest.raises(RecordNotFound):
        notebook.get_trial(gone.id)


def test_hearing_validation(notebook: Notebook, trial: Trial) -> None:
    with pytest.raises(ValidationError, match="Mode"):
        notebook.add_hearing(trial.id, T0, "telepathy", "UTC")
    with pytest.raises(ValidationError, match="time zone"):
        notebook.add_hearing(trial.id, T0, "remote", "Mars/Olympus")
    with pytest.raises(ValidationError, match="before"):
        notebook.add_hearing(trial.id, T0, "remote", "UTC", scheduled_end=at(-5))
    with pytest.raises(RecordNotFound):
        notebook.add_hearing("0" * 32, T0, "remote", "UTC")


def test_hearing_keeps_its_zone_and_times_in_utc(notebook: Notebook, hearing: Hearing) -> None:
    assert hearing.scheduled_start == "2026-11-24T07:00:00Z"
    assert hearing.tz == "Europe/Minsk"
    assert hearing.revision is not None
    assert hearing.revision.tz == "Europe/Minsk"
    updated = notebook.update_hearing(hearing.id, actual_start=at(12), status="held")
    assert updated.actual_start == "2026-11-24T07:12:00Z"


def test_postponements_show_the_delay_across_a_trial(notebook: Notebook, trial: Trial) -> None:
    first = notebook.add_hearing(trial.id, T0, "in-person", "Europe/Minsk")
    second = notebook.add_hearing(trial.id, T0 + timedelta(days=14), "remote", "Europe/Minsk")
    third = notebook.add_hearing(trial.id, T0 + timedelta(days=40), "remote", "Europe/Minsk")
    notebook.postpone_hearing(
        first.id, "prosecution witness absent", "prosecutor", T0 + timedelta(days=14)
    )
    notebook.postpone_hearing(second.id, "judge ill", status="adjourned")
    notebook.update_hearing(third.id, status="held")
    delay = notebook.trial_delay(trial.id)
    assert delay.hearings == 3
    assert delay.held == 1
    assert [p.reason for p in delay.postponements] == ["prosecution witness absent", "judge ill"]
    assert delay.postponements[0].requested_by == "prosecutor"
    assert delay.postponements[0].next_date == "2026-12-08T07:00:00Z"
    assert delay.days_elapsed == 40
    with pytest.raises(ValidationError):
        notebook.postpone_hearing(third.id, "x", status="held")


# ---- observations ---------------------------------------------------------------------


def test_observation_is_validated_against_the_taxonomy(
    notebook: Notebook, hearing: Hearing
) -> None:
    with pytest.raises(UnknownCode):
        notebook.add_observation(hearing.id, "remote.teleporter_broken")
    with pytest.raises(ValidationError, match="Severity"):
        notebook.add_observation(hearing.id, "general.note", severity="apocalyptic")
    with pytest.raises(ValidationError, match="party"):
        notebook.add_observation(hearing.id, "general.note", parties=("martians",))
    with pytest.raises(ValidationError):
        notebook.add_observation(
            hearing.id, "remote.connection_lost", fields={"no_such_field": "x"}
        )
    with pytest.raises(ValidationError, match="Source"):
        notebook.add_observation(hearing.id, "general.note", source="rumour")
    with pytest.raises(ValidationError, match="before it starts"):
        notebook.add_observation(hearing.id, "general.note", at(10), end=at(5))


def test_observation_round_trip(notebook: Notebook, hearing: Hearing) -> None:
    note = notebook.add_observation(
        hearing.id,
        "evidence.access_denied",
        at(3),
        severity="high",
        parties=("defendant", "defence_counsel", "defendant"),
        fields={"item": "video of the arrest", "requested_by": "defence_counsel"},
        text="«Материалы засекречены», — сказал судья.",
        quote=True,
        source="reported",
        source_detail="defence counsel, after the hearing",
    )
    loaded = notebook.get_observation(note.id)
    assert loaded == note
    assert loaded.trial_id == hearing.trial_id
    assert loaded.parties == ("defendant", "defence_counsel")
    assert loaded.fields == {"item": "video of the arrest", "requested_by": "defence_counsel"}
    assert loaded.at == "2026-11-24T07:03:00Z"
    assert not loaded.interval


def test_trial_level_observation(notebook: Notebook, trial: Trial) -> None:
    note = notebook.add_observation(trial.id, "general.note", text="family not notified")
    assert note.hearing_id is None
    assert note.trial_id == trial.id
    assert [o.id for o in notebook.list_observations(trial.id)] == [note.id]


def test_outage_started_and_stopped_becomes_one_interval(
    notebook: Notebook, hearing: Hearing
) -> None:
    outage = notebook.start_interval(
        hearing.id, "remote.connection_lost", at(10), parties=("defendant",)
    )
    assert outage.is_open
    assert [o.id for o in notebook.open_intervals(hearing.id)] == [outage.id]
    stopped = notebook.stop_interval(outage.id, at(25), court_response="continued")
    assert stopped.id == outage.id
    assert stopped.end == "2026-11-24T07:25:00Z"
    assert not stopped.is_open
    assert notebook.open_intervals(hearing.id) == []
    assert len(notebook.list_observations(hearing.id)) == 1
    assert len(notebook.history(outage.id)) == 2
    with pytest.raises(ValidationError, match="not an open interval"):
        notebook.stop_interval(outage.id, at(30))
    totals = notebook.hearing_totals(hearing.id, now=at(60))
    assert totals.seconds_lost == 15 * 60
    assert totals.seconds_defendant_could_not_follow == 15 * 60
    assert totals.seconds_continued_regardless == 15 * 60


def test_hearing_totals_merge_overlaps_and_close_open_intervals(
    notebook: Notebook, hearing: Hearing
) -> None:
    notebook.add_observation(
        hearing.id,
        "remote.connection_lost",
        at(0),
        end=at(10),
        parties=("defendant",),
        court_response="continued",
    )
    # Overlaps the first: audio and connection lost together count once.
    notebook.add_observation(
        hearing.id,
        "remote.audio_lost",
        at(5),
        end=at(15),
        parties=("public",),
        court_response="paused",
    )
    notebook.add_observation(
        hearing.id,
        "participation.defendant_cannot_hear",
        at(30),
        parties=("defendant",),
        interval=True,
    )
    notebook.add_observation(hearing.id, "public.excluded", at(40), end=at(90))  # not a loss
    notebook.add_observation(hearing.id, "general.note", at(1), text="point event")
    notebook.update_hearing(hearing.id, actual_end=at(50))

    totals = notebook.hearing_totals(hearing.id, now=at(500))
    assert (totals.observations, totals.notes) == (4, 1)  # the note counted apart
    assert totals.intervals == 4
    assert totals.open_intervals == 1
    assert totals.seconds_lost == (15 + 20) * 60  # open interval runs to actual end
    assert totals.seconds_defendant_could_not_follow == (10 + 20) * 60
    assert totals.seconds_continued_regardless == 10 * 60


def test_edit_and_delete_observation(notebook: Notebook, hearing: Hearing) -> None:
    note = notebook.add_observation(hearing.id, "general.note", text="first")
    notebook.update_observation(note.id, text="second", severity="low")
    with pytest.raises(ValidationError, match="reason"):
        notebook.delete(note.id, "  ")
    tomb = notebook.delete(note.id, "entered under the wrong hearing")
    assert tomb.deleted
    assert notebook.list_observations(hearing.id) == []
    history = notebook.history(note.id)
    assert [r.body.get("text") for r in history] == ["first", "second", "second"]
    assert history[-1].reason == "entered under the wrong hearing"
    with pytest.raises(RecordNotFound):
        notebook.get_observation(note.id)
    with pytest.raises(RecordNotFound):
        notebook.delete(note.id, "again")
    assert notebook.verify() == []


# ---- checklist and attachments -------------------------------------------------------


def test_checklist_answers_are_revisions(notebook: Notebook, hearing: Hearing) -> None:
    first_q, second_q = (q.id for q in notebook.taxonomy.checklist[:2])
    b = notebook.set_checklist_answer(hearing.id, second_q, "yes")
    a = notebook.set_checklist_answer(hearing.id, first_q, "no", "glass cage, guards listening")
    again = notebook.set_checklist_answer(hearing.id, first_q, "unclear")
    assert again.id == a.id
    answers = notebook.checklist(hearing.id)
    assert [(x.question, x.answer) for x in answers] == [(first_q, "unclear"), (second_q, "yes")]
    assert answers[1].id == b.id
    assert len(notebook.history(a.id)) == 2
    with pytest.raises(UnknownCode):
        notebook.set_checklist_answer(hearing.id, "no_such_question", "yes")
    with pytest.raises(ValidationError, match="Answer"):
        notebook.set_checklist_answer(hearing.id, first_q, "maybe")


def test_attachments_are_sealed_and_read_back(notebook: Notebook, hearing: Hearing) -> None:
    note = notebook.add_observation(hearing.id, "remote.video_frozen", at(2))
    data = bytes(range(256)) * 100
    attachment = notebook.add_attachment(note.id, "/home/me/Desktop/screen shot.png", data)
    assert attachment.filename == "screen shot.png"
    assert attachment.media_type == "image/png"
    assert attachment.size == len(data)
    assert [a.id for a in notebook.list_attachments(note.id)] == [attachment.id]
    meta, content = notebook.read_attachment(attachment.id)
    assert content == data
    assert meta == attachment
    with pytest.raises(ValidationError, match="larger"):
        notebook.add_attachment(note.id, "big.bin", b"\0" * (MAX_ATTACHMENT_BYTES + 1))


# ---- failure leaves nothing behind ---------------------------------------------------


def test_full_disk_saves_nothing_and_says_so(notebook: Notebook, hearing: Hearing) -> None:
    kept = notebook.add_observation(hearing.id, "general.note", text="before the disk filled")
    conn = notebook.vault.database.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite reports SQLITE_FULL once the file may not grow: the same path as a full disk.
    conn.execute(f"PRAGMA max_page_count = {pages}")
    before = notebook.store.count()
    with pytest.raises(StorageError, match="disk is full"):
        notebook.add_observation(hearing.id, "general.note", text="x" * 90_000)
    assert notebook.store.count() == before
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert [o.id for o in notebook.list_observations(hearing.id)] == [kept.id]
    notebook.add_observation(hearing.id, "general.note", text="after space was freed")
    assert notebook.verify() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert isinstance(conn, sqlite3.Connection)


# ---- interval arithmetic -------------------------------------------------------------

spans = st.lists(
    st.tuples(st.integers(0, 600), st.integers(0, 600)).map(lambda p: (at(min(p)), at(max(p)))),
    max_size=12,
)


@given(spans)
def test_merged_seconds_properties(intervals: list[tuple[datetime, datetime]]) -> None:
    total = merged_seconds(intervals)
    lengths = [int((end - start).total_seconds()) for start, end in intervals]
    assert total <= sum(lengths)
    assert total >= max(lengths, default=0)
    assert total == merged_seconds(list(reversed(intervals)))
    assert merged_seconds(intervals + intervals) == total


def test_delete_refuses_a_record_with_live_children(
    notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    note = notebook.add_observation(hearing.id, "general.note", text="x")
    with pytest.raises(ValidationError, match="hearing"):
        notebook.delete(trial.id, "wrong trial")
    with pytest.raises(ValidationError, match="observation"):
        notebook.delete(hearing.id, "wrong hearing")
    notebook.delete(note.id, "wrong note")
    notebook.delete(hearing.id, "wrong hearing")
    notebook.delete(trial.id, "wrong trial")
    assert notebook.list_trials() == []


def test_observation_time_cannot_be_removed(notebook: Notebook, hearing: Hearing) -> None:
    note = notebook.add_observation(hearing.id, "general.note")
    with pytest.raises(ValidationError, match="time"):
        notebook.update_observation(note.id, at=None)


def test_drafts_are_kept_until_cleared(notebook: Notebook, hearing: Hearing) -> None:
    key = f"live-note:{hearing.id}"
    assert notebook.load_draft(key) == ""
    notebook.save_draft(key, "the judge said  ")
    assert notebook.load_draft(key) == "the judge said  "
    notebook.save_draft(key, "the judge said that")
    assert notebook.load_draft(key) == "the judge said that"
    notebook.save_draft(key, "")
    assert notebook.load_draft(key) == ""


def test_changed_fields_compares_nested_fields_key_by_key() -> None:
    from monitor_app.core.records.records import changed_fields

    old = {"text": "a", "fields": {"platform": "zoom"}}
    new = {"text": "b", "fields": {"platform": "zoom", "what_was_missed": "x"}}
    assert changed_fields(old, new) == {"fields.what_was_missed": (None, "x"), "text": ("a", "b")}
    assert changed_fields({}, {"fields": {}}) == {"fields": (None, {})}
    assert changed_fields(new, new) == {}
