"""Issue 14's record kinds in bundles: sentence elements and proceedings travel like every
record, in a bundle of format 2 that declares the kinds it holds, which an app knowing only
format 1 refuses as made by a newer Trial Monitor; a bundle without them stays format 1, so
every version still reads it. Then the round trip: what an observer enters reaches the
coordinator equal, under the trial it belongs to (docs/bundle-format.md, "Record kinds and
format versions")."""

from __future__ import annotations

import subprocess
import sys
import types
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    Hearing,
    Proceeding,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.core.sync import bundle_format
from monitor_app.core.sync.export import export_bundle, export_bundles
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.sync.receipts import export_receipt
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.aftermath_cases import SeedCases, enter_ilyashev, enter_seed_cases
from tests.sync_layers import Pairing

# The last commit before issue 14: the app every observer and coordinator ran until then.
BEFORE_ISSUE_14 = "716618bf4d577fce13c26836d7a09ba499816c6f"
REPOSITORY = Path(__file__).resolve().parents[3]


def _send(notebook: Notebook, pairing: Pairing, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / export_bundle(notebook.vault, [pairing.coordinator_contact], folder).file_name


def _manifest(path: Path, coordinator: Vault) -> dict:
    return bt.manifest_of(bt.members(bt.decrypt(path.read_bytes(), coordinator)))


def _sentence(notebook: Notebook, trial: Trial) -> SentenceElement:
    """An element saved as the notebook saves any record (no vocabulary in the way)."""
    element = SentenceElement(
        trial_id=trial.id,
        defendant="A. Journalist",
        element=SentenceElementType.FINE,
        judgment_date="2026-12-01",
        amount="500 MCI",
    )
    return notebook.save_record(element, trial.id, "Europe/Minsk")


# ---- what a bundle declares ---------------------------------------------------------------


def test_a_bundle_of_the_first_kinds_stays_format_1_for_every_version(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    notebook.add_observation(hearing.id, "general.note", text="the public was kept out")
    manifest = _manifest(_send(notebook, paired, tmp_path / "out"), coordinator)
    assert manifest["format"] == 1
    assert manifest["revisions"]["kinds"] == {"hearing": 1, "observation": 1, "trial": 1}


def test_a_bundle_with_a_sentence_is_format_2_and_declares_what_it_holds(
    notebook: Notebook, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    enter_ilyashev(notebook)
    manifest = _manifest(_send(notebook, paired, tmp_path / "out"), coordinator)
    assert manifest["format"] == 2
    assert manifest["revisions"]["kinds"] == {
        "hearing": 3,
        "proceeding": 3,
        "sentence": 2,
        "trial": 1,
    }


def test_each_part_of_an_export_has_the_format_of_what_it_holds(
    notebook: Notebook,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parts cut at four revisions: the first holds the trial, its hearing and two notes
    (format 1), the second the sentence entered after them (format 2); both import."""
    for text in ("the public was kept out", "counsel was not admitted"):
        notebook.add_observation(hearing.id, "general.note", text=text)
    trial = notebook.get_trial(hearing.trial_id)
    element = _sentence(notebook, trial)
    monkeypatch.setattr(bundle_format, "MAX_REVISION_LINES", 4)
    folder = tmp_path / "parts"
    folder.mkdir()
    parts = export_bundles(notebook.vault, [paired.coordinator_contact], folder)
    paths = [folder / part.file_name for part in parts]
    assert [_manifest(path, coordinator)["format"] for path in paths] == [1, 2]
    assert [r.status for r in Importer(coordinator).import_paths(paths)] == [IMPORTED] * 2
    assert Notebook(coordinator).get_record(SentenceElement, element.id) == element


def test_a_receipt_stays_format_1_for_observers_on_older_versions(
    notebook: Notebook, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    enter_ilyashev(notebook)
    assert Importer(coordinator).import_paths([_send(notebook, paired, tmp_path / "out")])
    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    manifest = bt.manifest_of(bt.members(bt.decrypt(receipt.read_bytes(), notebook.vault)))
    assert manifest["format"] == 1


def _reader_before_issue_14() -> types.ModuleType:
    """`bundle_format` as the app had it before issue 14, from the repository's history."""
    try:
        source = subprocess.run(
            ["git", "show", f"{BEFORE_ISSUE_14}:monitor_app/core/sync/bundle_format.py"],
            cwd=REPOSITORY,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the repository's history is not here (a copy without .git, or shallow)")
    module = types.ModuleType("bundle_format_before_issue_14")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    try:
        exec(compile(source, "bundle_format.py (before issue 14)", "exec"), module.__dict__)  # noqa: S102 (our own code, from our own history)
    finally:
        del sys.modules[module.__name__]
    return module


def test_the_version_before_refuses_a_format_2_bundle_as_made_by_a_newer_app(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """The reader of the app as it was before issue 14, given the archives this version
    writes: the one with a sentence is refused, before any revision is read, with the
    words that say to update; the one without is read as ever."""
    old = _reader_before_issue_14()
    first = _send(notebook, paired, tmp_path / "first")
    _sentence(notebook, notebook.get_trial(hearing.trial_id))
    second = _send(notebook, paired, tmp_path / "second")

    assert old.read_archive(bt.decrypt(first.read_bytes(), coordinator)).manifest["format"] == 1
    with pytest.raises(old.FutureFormat) as refused:
        old.read_archive(bt.decrypt(second.read_bytes(), coordinator))
    assert refused.value.code == "format-too-new"
    assert "made by a newer Trial Monitor; update the app to import it" in str(refused.value)


# ---- the round trip -----------------------------------------------------------------------


def _by_id(records: list) -> dict:
    return {record.id: record for record in records}


def test_sentences_and_proceedings_reach_the_coordinator_equal(
    notebook: Notebook, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """The four cases the issue was written for, entered by an observer, with an element
    corrected and a proceeding deleted, exported, imported, and read back by the
    coordinator through the same record classes: equal, field by field."""
    seed: SeedCases = enter_seed_cases(notebook)
    aftermath = Aftermath(notebook)
    aftermath.update_sentence_element(seed.mamay.ban_id, notes="Confirmed on appeal.")
    notebook.delete(seed.ilyashev.proceeding_ids[0], "entered twice")
    (result,) = Importer(coordinator).import_paths([_send(notebook, paired, tmp_path / "out")])
    assert result.status == IMPORTED, result.message

    index = CoordinatorIndex.load(coordinator)
    at_c = Notebook(coordinator)
    for case in seed.all():
        elements = aftermath.sentence_elements(case.trial_id)
        proceedings = aftermath.proceedings(case.trial_id)
        assert _by_id(index.sentence_elements([case.trial_id])) == _by_id(elements)
        assert _by_id(index.proceedings([case.trial_id])) == _by_id(proceedings)
        assert _by_id(at_c.list_records(SentenceElement, case.trial_id)) == _by_id(elements)
        assert _by_id(at_c.list_records(Proceeding, case.trial_id)) == _by_id(proceedings)
        for element in elements:
            assert at_c.get_record(SentenceElement, element.id) == element
            assert index.creators[element.id] == notebook.vault.observer_id
        for proceeding in proceedings:
            assert at_c.get_record(Proceeding, proceeding.id) == proceeding
    corrected = index.sentence_elements([seed.mamay.trial_id])
    assert [e.notes for e in corrected if e.id == seed.mamay.ban_id] == ["Confirmed on appeal."]
    assert seed.ilyashev.proceeding_ids[0] not in _by_id(index.proceedings())
    violation = _by_id(index.proceedings())[seed.ilyashev.violation_id]
    assert (violation.detention_days, violation.sentence_id, violation.hearing_id) == (
        5,
        seed.ilyashev.ban_id,
        seed.ilyashev.violation_hearing_id,
    )
    assert violation.hearing_id in index.hearings


def test_a_sentence_waits_for_its_trial_and_then_shows_under_it(
    notebook: Notebook, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """Bundles come in any order: a sentence element and a proceeding whose trial has not
    arrived are held but shown nowhere; once the trial comes, they show under it."""
    trial = notebook.add_trial("The State v. A. Journalist", country="KZ")
    with_trial = _send(notebook, paired, tmp_path / "first")
    element = _sentence(notebook, trial)
    proceeding = notebook.save_record(
        Proceeding(
            trial_id=trial.id,
            proceeding_type="appeal",
            sentence_id=element.id,
            deadline="2026-12-16",
        ),
        trial.id,
        "Europe/Minsk",
    )
    after_it = _send(notebook, paired, tmp_path / "second")

    assert Importer(coordinator).import_paths([after_it])[0].status == IMPORTED
    waiting = CoordinatorIndex.load(coordinator)
    assert (waiting.sentence_elements(), waiting.proceedings()) == ([], [])
    assert Importer(coordinator).import_paths([with_trial])[0].status == IMPORTED
    index = CoordinatorIndex.load(coordinator)
    assert index.sentence_elements([trial.id]) == [element]
    assert index.proceedings([trial.id]) == [proceeding]
    assert index.group(element.trial_id).trials == (index.trials[trial.id],)


def test_an_element_keeps_its_day_whatever_the_zones_of_the_two_computers(
    notebook: Notebook, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """A date is a day in the revision's zone, carried as written: not an instant that a
    coordinator west of the court would read as the day before."""
    trial = notebook.add_trial("The State v. A. Journalist", country="KZ")
    notebook.add_hearing(
        trial.id, datetime(2026, 12, 31, 18, 30, tzinfo=UTC), "in-person", "Asia/Almaty"
    )
    element = Aftermath(notebook).add_sentence_element(
        trial.id,
        "A. Journalist",
        SentenceElementType.TRAVEL_BAN,
        judgment_date=date(2027, 1, 1),
        start_date=date(2027, 1, 1),
        end_date=date(2028, 2, 29),
    )
    Importer(coordinator).import_paths([_send(notebook, paired, tmp_path / "out")])
    (arrived,) = CoordinatorIndex.load(coordinator).sentence_elements()
    assert arrived.revision is not None
    assert arrived.revision.tz == "Asia/Almaty"
    assert arrived == element
    assert (arrived.judgment_date, arrived.end_date) == ("2027-01-01", "2028-02-29")
