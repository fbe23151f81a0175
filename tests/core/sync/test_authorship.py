"""Who may revise whose record: a record belongs to the author of its first revision; a
contact's validly signed revision of someone else's record is kept as theirs and never
becomes current, whatever order the bundles come in; what would take over a record or break
its numbering is refused. The observer's own notebook keeps the same rule.

Another observer's revisions are written as a modified client would
(`tests.authorship_tools`): into their own vault, on their own hash chain, and sent in a
real bundle signed with their real key."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.reports import to_csv, trial_report
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    BannedActivity,
    Hearing,
    Observation,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.history_check import verify_history
from monitor_app.core.sync.importer import IMPORTED, REFUSED, Importer
from monitor_app.core.vault.crypto import new_id
from monitor_app.core.vault.vault import Vault
from tests.authorship_tools import write_own_revision
from tests.sync_layers import COORDINATOR_PASSPHRASE, card_of

A_TEXT = "the judge cut the defendant's microphone"
B_TEXT = "nothing happened"


def send(vault: Vault, to: Contact, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / export_bundle(vault, [to], folder).file_name


class Scene:
    """Observer A's trial, hearing and note at the coordinator; observer B a contact too."""

    def __init__(self, a: Notebook, b: Vault, coordinator: Vault, folder: Path) -> None:
        self.a, self.b, self.coordinator, self.folder = a, b, coordinator, folder
        self.a_to_c = Contacts(a.vault).add(card_of(coordinator))
        self.b_to_c = Contacts(b).add(card_of(coordinator))
        Contacts(coordinator).add(card_of(a.vault))
        Contacts(coordinator).add(card_of(b))
        self.sent = 0

    def send_a(self) -> Path:
        self.sent += 1
        return send(self.a.vault, self.a_to_c, self.folder / f"a{self.sent}")

    def send_b(self) -> Path:
        self.sent += 1
        return send(self.b, self.b_to_c, self.folder / f"b{self.sent}")

    def import_(self, path: Path) -> Any:
        (result,) = Importer(self.coordinator).import_paths([path])
        return result


@pytest.fixture
def scene(notebook: Notebook, second_observer: Vault, coordinator: Vault, tmp_path: Path) -> Scene:
    return Scene(notebook, second_observer, coordinator, tmp_path / "bundles")


def _head(record: Trial | Observation | Hearing | SentenceElement) -> Revision:
    assert record.revision is not None
    return record.revision


def _report(coordinator: Vault, trial_id: str, **options: Any) -> Any:
    return trial_report(
        CoordinatorIndex.load(coordinator),
        trial_id,
        observer_statuses(coordinator),
        Importer(coordinator),
        ReportOptions(**options),
    )


# ---- another author's revisions are theirs ----------------------------------------------


@pytest.mark.parametrize("a_first", [True, False], ids=["owner-first", "annotation-first"])
def test_another_observers_revision_of_a_note_is_kept_as_theirs_never_current(
    scene: Scene, hearing: Hearing, a_first: bool
) -> None:
    note = scene.a.add_observation(hearing.id, "general.note", text=A_TEXT)
    from_a = scene.send_a()
    body = {**_head(note).body, "text": B_TEXT}
    forged = write_own_revision(scene.b, _head(note), number=2, base=_head(note).rev_id, body=body)
    from_b = scene.send_b()
    for path in (from_a, from_b) if a_first else (from_b, from_a):
        assert scene.import_(path).status == IMPORTED

    at_c = Notebook(scene.coordinator)
    current = at_c.get_observation(note.id)
    assert (current.text, current.author) == (A_TEXT, scene.a.vault.observer_id)
    assert at_c.annotations(note.id) == [forged]
    assert [r.author for r in at_c.history(note.id)] == [note.author, scene.b.observer_id]

    (entry,) = CoordinatorIndex.load(scene.coordinator).entries
    assert entry.observer == scene.a.vault.observer_id
    assert entry.observation.text == A_TEXT
    assert [r.rev_id for r in entry.annotations] == [forged.rev_id]

    report = _report(scene.coordinator, hearing.trial_id)
    (row,) = report.entries
    assert (row.observer, row.text) == ("Observer A", A_TEXT)
    (annotation,) = row.annotations
    assert (annotation.observer, annotation.text) == ("Observer B", B_TEXT)
    assert "Observer B revised this note" in to_csv([report])
    assert verify_history(scene.coordinator) == []


def test_another_observers_trial_edit_and_high_tombstone_do_not_hide_the_trial(
    scene: Scene, trial: Trial, hearing: Hearing
) -> None:
    assert scene.import_(scene.send_a()).status == IMPORTED
    renamed = {**_head(trial).body, "title": "Forged title"}
    write_own_revision(scene.b, _head(trial), number=2, base=_head(trial).rev_id, body=renamed)
    # A tombstone numbered far above anything, edited from a revision nobody holds.
    write_own_revision(scene.b, _head(trial), number=2**40, base=new_id(), deleted=True)
    assert scene.import_(scene.send_b()).status == IMPORTED

    at_c = Notebook(scene.coordinator)
    assert [t.title for t in at_c.list_trials()] == [trial.title]
    assert at_c.get_trial(trial.id).author == trial.author
    index = CoordinatorIndex.load(scene.coordinator)
    assert index.trials[trial.id].title == trial.title
    assert len(index.annotations[trial.id]) == 2
    assert _report(scene.coordinator, trial.id).title == trial.title


@pytest.mark.parametrize("a_first", [True, False], ids=["owner-first", "annotation-first"])
def test_another_observers_revision_of_a_sentence_element_is_kept_as_theirs_never_current(
    scene: Scene, trial: Trial, a_first: bool
) -> None:
    """Issue 14's records follow the rule every record does: B's "correction" of the term A
    entered (a year off it) is B's annotation, never the element's values."""
    ban = Aftermath(scene.a).add_sentence_element(
        trial.id,
        "A. Journalist",
        SentenceElementType.ACTIVITY_BAN,
        activities=(BannedActivity.JOURNALISM,),
        start_date=date(2026, 12, 1),
        years=5,
    )
    from_a = scene.send_a()
    shorter = {**_head(ban).body, "years": 4}
    forged = write_own_revision(scene.b, _head(ban), number=2, base=_head(ban).rev_id, body=shorter)
    from_b = scene.send_b()
    for path in (from_a, from_b) if a_first else (from_b, from_a):
        assert scene.import_(path).status == IMPORTED

    at_c = Notebook(scene.coordinator)
    current = at_c.get_record(SentenceElement, ban.id)
    assert current == ban
    assert current.author == scene.a.vault.observer_id
    assert at_c.annotations(ban.id) == [forged]
    index = CoordinatorIndex.load(scene.coordinator)
    assert index.sentence_elements([trial.id]) == [ban]
    assert index.creators[ban.id] == scene.a.vault.observer_id
    assert [r.rev_id for r in index.annotations[ban.id]] == [forged.rev_id]
    assert verify_history(scene.coordinator) == []


# ---- refused outright ---------------------------------------------------------------------


def _first_of_anothers_record(s: Scene, head: Revision) -> None:
    write_own_revision(s.b, head, number=1, base=None)


def _high_number_from_a_held_base(s: Scene, head: Revision) -> None:
    write_own_revision(s.b, head, number=2**40, base=head.rev_id, deleted=True)


def _first_with_a_base(s: Scene, head: Revision) -> None:
    write_own_revision(s.b, head, number=1, base=head.rev_id, record_id=new_id())


def _later_without_a_base(s: Scene, head: Revision) -> None:
    write_own_revision(s.b, head, number=5, base=None)


def _numbers_falling_along_the_chain(s: Scene, head: Revision) -> None:
    write_own_revision(s.b, head, number=7, base=new_id())
    write_own_revision(s.b, head, number=6, base=new_id())


def _base_of_another_record(s: Scene, head: Revision) -> None:
    other = s.a.add_trial("Another trial")
    assert s.import_(s.send_a()).status == IMPORTED
    write_own_revision(s.b, head, number=2, base=_head(other).rev_id)


REFUSALS = {
    "a first revision of another author's record id": (
        _first_of_anothers_record,
        "belongs to another author's record",
    ),
    "a high number edited from a revision held": (_high_number_from_a_held_base, "sequence"),
    "number 1 edited from a revision": (_first_with_a_base, "sequence"),
    "a later number edited from nothing": (_later_without_a_base, "sequence"),
    "numbers falling along the author's chain": (_numbers_falling_along_the_chain, "sequence"),
    "edited from a revision of another record": (_base_of_another_record, "sequence"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_what_would_take_over_a_record_or_break_its_numbers_is_refused(
    scene: Scene, trial: Trial, case: str
) -> None:
    assert scene.import_(scene.send_a()).status == IMPORTED
    forge, reason = REFUSALS[case]
    forge(scene, _head(trial))
    count = Notebook(scene.coordinator).store.count()
    result = scene.import_(scene.send_b())
    assert result.status == REFUSED, result
    assert reason in result.message
    assert "Observer B" in result.message
    assert Notebook(scene.coordinator).store.count() == count
    assert Notebook(scene.coordinator).get_trial(trial.id).title == trial.title


def test_an_own_bundle_numbered_out_of_sequence_is_refused_too(scene: Scene, trial: Trial) -> None:
    """The owner's revisions follow one another: number n+1 is edited from number n."""
    assert scene.import_(scene.send_a()).status == IMPORTED
    write_own_revision(scene.a.vault, _head(trial), number=2**40, base=_head(trial).rev_id)
    result = scene.import_(scene.send_a())
    assert result.status == REFUSED
    assert "sequence" in result.message


def test_a_number_beyond_the_bound_is_refused(scene: Scene, trial: Trial) -> None:
    write_own_revision(scene.b, _head(trial), number=2**40 + 1, base=new_id())
    result = scene.import_(scene.send_b())
    assert result.status == REFUSED
    assert "out of range" in result.message


# ---- the observer's own notebook ----------------------------------------------------------


def test_nobody_revises_or_deletes_anothers_record_in_their_own_vault(
    scene: Scene, trial: Trial, hearing: Hearing
) -> None:
    question = scene.a.taxonomy.checklist[0].id
    answer = scene.a.set_checklist_answer(hearing.id, question, "no")
    note = scene.a.add_observation(hearing.id, "general.note", text=A_TEXT)
    assert scene.import_(scene.send_a()).status == IMPORTED
    at_c = Notebook(scene.coordinator)
    count = at_c.store.count()
    with pytest.raises(ValidationError, match="only its author"):
        at_c.update_trial(trial.id, notes="the coordinator's note")
    with pytest.raises(ValidationError, match="only its author"):
        at_c.update_observation(note.id, text=B_TEXT)
    with pytest.raises(ValidationError, match="only its author"):
        at_c.delete(note.id, "not relevant")
    assert at_c.store.count() == count
    # Answering the same question of the same hearing makes the coordinator's own answer.
    own = at_c.set_checklist_answer(hearing.id, question, "yes")
    assert own.id != answer.id
    answers = {a.author: a.answer for a in at_c.checklist(hearing.id)}
    assert answers == {scene.a.vault.observer_id: "no", scene.coordinator.observer_id: "yes"}


def test_a_record_whose_first_revision_has_not_arrived_shows_nothing_current(
    scene: Scene, trial: Trial
) -> None:
    write_own_revision(scene.b, _head(trial), number=2, base=_head(trial).rev_id)
    assert scene.import_(scene.send_b()).status == IMPORTED
    with pytest.raises(RecordNotFound):
        Notebook(scene.coordinator).get_trial(trial.id)
    assert CoordinatorIndex.load(scene.coordinator).trials == {}


# ---- merge order ------------------------------------------------------------------------


@pytest.fixture
def interleaved(scene: Scene, hearing: Hearing) -> tuple[list[Path], Scene, Observation]:
    """Six bundles: A writes a note and edits it twice; B revises each of A's versions
    (the last time, as a deletion), each in a bundle of their own."""
    note = scene.a.add_observation(hearing.id, "general.note", text="first")
    paths = [scene.send_a()]
    versions = [note]
    for text in ("second", "third"):
        versions.append(scene.a.update_observation(note.id, text=text))
        paths.append(scene.send_a())
    for n, version in enumerate(versions):
        head = _head(version)
        body = {**head.body, "text": f"B on {head.body['text']}"}
        write_own_revision(
            scene.b, head, number=head.number + 1, base=head.rev_id, body=body, deleted=n == 2
        )
        paths.append(scene.send_b())
    return paths, scene, versions[-1]


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.permutations(range(6)))
def test_merge_order_never_changes_who_is_current(
    interleaved: tuple[list[Path], Scene, Observation],
    coordinator_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    order: list[int],
) -> None:
    paths, scene, last = interleaved
    folder = tmp_path_factory.mktemp("order") / "coordinator"
    shutil.copytree(coordinator_template, folder)  # the same keys: the bundles open
    coordinator = Vault.open(folder)
    try:
        coordinator.unlock(COORDINATOR_PASSPHRASE)
        for observer in (scene.a.vault, scene.b):
            Contacts(coordinator).add(card_of(observer))
        importer, notebook = Importer(coordinator), Notebook(coordinator)
        for step in order:
            (result,) = importer.import_paths([paths[step]])
            assert result.status == IMPORTED, result
            try:
                head = notebook.find(last.id)
            except RecordNotFound:  # A's first revision is still to come
                continue
            assert head.author == last.author
        current = notebook.get_observation(last.id)
        assert (current.text, current.author) == ("third", last.author)
        annotations = notebook.annotations(last.id)
        assert [r.body["text"] for r in annotations] == [
            "B on first",
            "B on second",
            "B on third",
        ]
        assert {r.author for r in annotations} == {scene.b.observer_id}
        assert verify_history(coordinator) == []
    finally:
        coordinator.close()
