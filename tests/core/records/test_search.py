"""core.records.search: an in-memory index over the live records of an unlocked vault, case- and
accent-insensitive, in English and Russian, that writes nothing anywhere."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.search import SearchIndex, fold
from monitor_app.core.textsafe import REPLACEMENT

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture
def filled(notebook: Notebook, trial: Trial, hearing: Hearing) -> Notebook:
    """The layered trial and hearing, with notes, an interval, a checklist comment."""
    notebook.update_hearing(hearing.id, venue="Palace of Justice", judges=("Judge Ivanova",))
    notebook.add_observation(
        hearing.id, "general.note", T0, text="The defendant said: «Я не слышу переводчика»."
    )
    outage = notebook.start_interval(
        hearing.id,
        "remote.connection_lost",
        T0 + timedelta(minutes=5),
        fields={"platform": "zoom", "what_was_missed": "the prosecutor's motion"},
    )
    notebook.stop_interval(outage.id, T0 + timedelta(minutes=17))
    notebook.add_observation(trial.id, "general.note", T0, text="Indictment served in Café Ёлка")
    notebook.set_checklist_answer(hearing.id, "started_on_time", "no", "Started late, no reason")
    return notebook


def kinds(index: SearchIndex, query: str) -> list[str]:
    return [hit.kind for hit in index.search(query)]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Café " + "ёлка".upper() + " Straße") == "cafe елка strasse"
    assert fold("Ёлкин") == fold("елкин")


def test_finds_every_kind_of_record_by_its_text(filled: Notebook, trial: Trial) -> None:
    index = SearchIndex.build(filled)
    assert kinds(index, "journalist") == ["trial"]  # title and defendant: one hit per record
    assert kinds(index, "1-234/2026") == ["trial"]
    assert kinds(index, "district court") == ["trial"]
    assert kinds(index, "extremism") == ["trial"]
    assert kinds(index, "palace") == ["hearing"]
    assert kinds(index, "zoom") == ["hearing", "observation"]  # platform, and a field's label
    assert kinds(index, "IVANOVA") == ["hearing"]
    assert kinds(index, "prosecutor's motion") == ["observation"]
    assert kinds(index, "started late") == ["checklist"]
    hit = index.search("indictment")[0]
    assert (hit.kind, hit.trial_id, hit.hearing_id) == ("observation", trial.id, None)


def test_cyrillic_and_accents_are_matched_loosely(filled: Notebook, hearing: Hearing) -> None:
    index = SearchIndex.build(filled)
    hits = index.search("ПЕРЕВОДЧИКА")
    assert [(h.kind, h.hearing_id) for h in hits] == [("observation", hearing.id)]
    assert "переводчика" in hits[0].snippet
    assert kinds(index, "cafe елка") == ["observation"]  # every word, accents and ё ignored


def test_condition_labels_match_in_both_languages(filled: Notebook) -> None:
    index = SearchIndex.build(filled)
    assert kinds(index, "connection lost") == ["observation"]
    assert kinds(index, "связь") == ["observation"]  # the Russian label of the same code
    ru_title = SearchIndex.build(filled, lang="ru").search("связь")[0].title
    assert "Zoom" not in ru_title
    assert "The State v. A. Journalist" in ru_title


def test_every_word_must_match_and_blank_finds_nothing(filled: Notebook) -> None:
    index = SearchIndex.build(filled)
    assert kinds(index, "journalist palace") == []
    assert index.search("   ") == []
    assert index.search("") == []


def test_deleted_records_are_not_found(notebook: Notebook, trial: Trial) -> None:
    note = notebook.add_observation(trial.id, "general.note", T0, text="entered by mistake")
    notebook.delete(note.id, "wrong trial")
    assert SearchIndex.build(notebook).search("mistake") == []


def test_snippet_is_one_safe_line_around_the_match(notebook: Notebook, trial: Trial) -> None:
    text = "x" * 4000 + "\nline two \u202eevil\x1b[31m needle here\n" + "y" * 4000
    notebook.add_observation(trial.id, "general.note", T0, text=text)
    hit = SearchIndex.build(notebook).search("NEEDLE")[0]
    assert "needle" in hit.snippet
    assert hit.snippet.startswith("…")
    assert hit.snippet.endswith("…")
    assert len(hit.snippet) < 150
    assert "\n" not in hit.snippet
    assert "\u202e" not in hit.snippet
    assert "\x1b" not in hit.snippet
    assert REPLACEMENT in hit.snippet


def test_snippet_maps_back_through_letters_that_fold_to_several(
    notebook: Notebook, trial: Trial
) -> None:
    notebook.add_observation(trial.id, "general.note", T0, text="ß" * 50 + " Straße ﬁnal")
    hit = SearchIndex.build(notebook).search("final")[0]
    assert hit.snippet.endswith("Straße ﬁnal")


def test_progress_is_reported_and_cancel_stops_early(notebook: Notebook) -> None:
    for number in range(5):
        notebook.add_trial(f"Trial {number}")
    reports: list[tuple[int, int]] = []
    index = SearchIndex.build(notebook, progress=lambda d, t: reports.append((d, t)))
    assert reports[-1] == (5, 5)
    assert index.complete
    assert len(index) == 5

    cancel = threading.Event()
    cancel.set()
    stopped = SearchIndex.build(notebook, cancel=cancel)
    assert not stopped.complete
    assert len(stopped) == 0


def test_building_and_searching_write_nothing(filled: Notebook, vault_dir: Path) -> None:
    def snapshot() -> dict[str, str]:
        return {
            str(p.relative_to(vault_dir.parent)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(vault_dir.parent.rglob("*"))
            if p.is_file()
        }

    revisions = filled.store.count()
    before = snapshot()
    index = SearchIndex.build(filled)
    assert index.search("journalist")
    assert snapshot() == before
    assert filled.store.count() == revisions
