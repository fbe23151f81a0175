"""Issue 13, the notes an older version's values held back: an observer's vault holds a
hearing an older version saved at 0001-01-01 (no version takes that now), with notes under
it. Sending is refused up front, naming the record and why, and nothing is written;
the observer corrects the time; then the bundle, carrying the old values as history, is
imported whole and the coordinator shows the corrected hearing with every note under it.
(A contact's bundle whose current values break the rules is still refused whole:
test_bundle_hostile.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.errors import ValidationError
from monitor_app.core.records.corrections import FieldForm, correct_value, next_correction
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.export import RecordsNeedCorrecting, export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing

LEGACY_START = "0001-01-01T00:00:00Z"


def _legacy_hearing(notebook: Notebook, trial: Trial, hearing: Hearing) -> str:
    """A hearing as an older version saved it, and a note under it; its id."""
    store = notebook.store
    legacy = store.append(
        "hearing",
        None,
        trial.id,
        {**hearing.to_body(), "scheduled_start": LEGACY_START, "scheduled_end": None},
        hearing.tz,
    )
    store.append(
        "observation",
        None,
        legacy.record_id,
        {
            "trial_id": trial.id,
            "hearing_id": legacy.record_id,
            "code": "general.note",
            "at": "2026-11-24T07:05:00Z",
            "text": "the defendant could not hear the judge",
        },
        hearing.tz,
    )
    return legacy.record_id


def _send(notebook: Notebook, paired: Pairing, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], folder)
    return folder / bundle.file_name


def test_an_older_versions_value_is_corrected_then_every_note_arrives(
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    legacy_id = _legacy_hearing(notebook, trial, hearing)
    out = tmp_path / "refused"
    out.mkdir()
    with pytest.raises(RecordsNeedCorrecting) as refused:
        export_bundle(notebook.vault, [paired.coordinator_contact], out)
    assert refused.value.record_ids == (legacy_id,)
    assert "1 of your records" in str(refused.value)
    assert "hearing " + legacy_id[:8] in str(refused.value)
    assert "within the years 1900 to 2199" in str(refused.value)
    assert list(out.iterdir()) == []  # nothing written

    store = notebook.store
    correction = next_correction(store, legacy_id)
    assert correction is not None
    assert (correction.field, correction.form, correction.value) == (
        "scheduled_start",
        FieldForm.INSTANT,
        LEGACY_START,
    )
    assert correction.required
    with pytest.raises(ValidationError, match="not written as a UTC time"):
        correct_value(store, legacy_id, "scheduled_start", "24.11.2026 10:00")
    with pytest.raises(ValidationError, match="needs its time"):
        correct_value(store, legacy_id, "scheduled_start", "")
    assert store.head(legacy_id).body["scheduled_start"] == LEGACY_START  # nothing saved
    correct_value(store, legacy_id, "scheduled_start", "2026-11-24T04:00:00Z")
    assert next_correction(store, legacy_id) is None
    assert notebook.get_hearing(legacy_id).scheduled_start == "2026-11-24T04:00:00Z"

    (result,) = Importer(coordinator).import_paths([_send(notebook, paired, tmp_path, "sent")])
    assert result.status == IMPORTED, result.message
    index = CoordinatorIndex.load(coordinator)
    assert index.unreadable == []
    assert index.hearings[legacy_id].scheduled_start == "2026-11-24T04:00:00Z"
    notes = [e.observation.text for e in index.entries]
    assert "the defendant could not hear the judge" in notes
    # The old values came as history: held, never shown.
    history = RevisionStore(coordinator).history(legacy_id)
    assert [r.body["scheduled_start"] for r in history] == [LEGACY_START, "2026-11-24T04:00:00Z"]


def test_a_deleted_record_with_an_older_versions_values_is_sent_as_a_tombstone(
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    legacy_id = _legacy_hearing(notebook, trial, hearing)
    for child in notebook.store.live_children(legacy_id):
        notebook.delete(child.record_id, "entered twice")
    notebook.delete(legacy_id, "entered twice")
    (result,) = Importer(coordinator).import_paths([_send(notebook, paired, tmp_path, "sent")])
    assert result.status == IMPORTED, result.message
    assert legacy_id not in CoordinatorIndex.load(coordinator).hearings


def test_a_correction_in_its_form_refuses_what_the_rules_refuse(
    notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    store = notebook.store
    bad = store.append(
        "hearing",
        None,
        trial.id,
        {**hearing.to_body(), "scheduled_end": "2026-02-30T10:00:00Z"},
        hearing.tz,
    )
    correction = next_correction(store, bad.record_id)
    assert correction is not None
    assert (correction.field, correction.required) == ("scheduled_end", False)
    with pytest.raises(ValidationError, match="not a real date"):
        correct_value(store, bad.record_id, "scheduled_end", "2026-02-31T10:00:00Z")
    correct_value(store, bad.record_id, "scheduled_end", "")  # an optional time: cleared
    assert notebook.get_hearing(bad.record_id).scheduled_end is None
