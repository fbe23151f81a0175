"""Drafts of whole forms: named by what the form edits, sealed, and listed after an unlock
with what they are for, whether that changed or went away since."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.form_drafts import (
    DraftStatus,
    FormKey,
    FormKind,
    current_revision,
    delete_form_draft,
    load_form_draft,
    pending_drafts,
    save_form_draft,
)
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.vault.vault import Vault
from tests.integration.test_leak_scan import desktop_recent_files, scan
from tests.layers import PASSPHRASE

AT = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)


def test_each_form_has_its_own_key() -> None:
    keys = [
        FormKey.for_form(FormKind.TRIAL, None, None),
        FormKey.for_form(FormKind.TRIAL, "t1", None),
        FormKey.for_form(FormKind.HEARING, None, "t1"),
        FormKey.for_form(FormKind.HEARING, "h1", "t1"),
        FormKey.for_form(FormKind.OBSERVATION, None, "h1"),
        FormKey.for_form(FormKind.OBSERVATION, "o1", "h1"),
        FormKey.for_form(FormKind.SENTENCE, None, "t1"),
        FormKey.for_form(FormKind.SENTENCE, "s1", "t1"),
        FormKey.for_form(FormKind.PROCEEDING, None, "t1"),
        FormKey.for_form(FormKind.PROCEEDING, "p1", "t1"),
    ]
    names = [key.name for key in keys]
    assert len(set(names)) == len(names)
    assert [FormKey.parse(name) for name in names] == keys
    for bad in ("form:", "form:nothing:x", "form:hearing:new", "live-note:x", "form:trial:a:b"):
        assert FormKey.parse(bad) is None


def test_a_draft_is_sealed_kept_and_deleted(notebook: Notebook, hearing: Hearing) -> None:
    key = FormKey.for_form(FormKind.OBSERVATION, None, hearing.id)
    assert load_form_draft(notebook, key) is None
    save_form_draft(notebook, key, {"text": "the judge said", "parties": ["defendant"]})
    draft = load_form_draft(notebook, key)
    assert draft is not None
    assert draft.state == {"text": "the judge said", "parties": ["defendant"]}
    assert draft.base is None
    delete_form_draft(notebook, key)
    assert load_form_draft(notebook, key) is None
    assert pending_drafts(notebook) == []


def test_drafts_are_listed_with_what_they_are_for(
    notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    observation = notebook.add_observation(hearing.id, "general.note", AT, text="kept")
    keys = {
        "new trial": FormKey.for_form(FormKind.TRIAL, None, None),
        "trial": FormKey.for_form(FormKind.TRIAL, trial.id, None),
        "new hearing": FormKey.for_form(FormKind.HEARING, None, trial.id),
        "hearing": FormKey.for_form(FormKind.HEARING, hearing.id, trial.id),
        "new observation": FormKey.for_form(FormKind.OBSERVATION, None, hearing.id),
        "observation": FormKey.for_form(FormKind.OBSERVATION, observation.id, hearing.id),
    }
    for what, key in keys.items():
        save_form_draft(notebook, key, {"note": what}, current_revision(notebook, key))
    pending = {p.key: p for p in pending_drafts(notebook)}
    assert set(pending) == set(keys.values())
    assert all(p.status is DraftStatus.CURRENT for p in pending.values())
    assert all(p.reopen == p.key for p in pending.values())
    assert pending[keys["new trial"]].trial is None
    for what in ("trial", "new hearing", "hearing", "new observation", "observation"):
        assert pending[keys[what]].trial == trial
    for what in ("hearing", "new observation", "observation"):
        assert pending[keys[what]].hearing == hearing
    assert pending[keys["observation"]].observation == observation


def test_a_record_changed_or_deleted_since_is_still_offered(
    notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    observation = notebook.add_observation(hearing.id, "general.note", AT, text="first")
    edit = FormKey.for_form(FormKind.OBSERVATION, observation.id, hearing.id)
    save_form_draft(notebook, edit, {"text": "mine"}, current_revision(notebook, edit))
    notebook.update_observation(observation.id, text="changed elsewhere")
    [pending] = pending_drafts(notebook)
    assert pending.status is DraftStatus.CHANGED
    assert pending.reopen == edit

    notebook.delete(observation.id, "duplicate")
    [pending] = pending_drafts(notebook)
    assert pending.status is DraftStatus.GONE
    assert pending.draft.state == {"text": "mine"}
    # It opens again as a new observation of the same hearing.
    assert pending.reopen == FormKey.for_form(FormKind.OBSERVATION, None, hearing.id)
    assert pending.hearing == hearing

    new_hearing = FormKey.for_form(FormKind.HEARING, None, trial.id)
    save_form_draft(notebook, new_hearing, {"venue": "Room 5"})
    notebook.delete(hearing.id, "entered twice")
    notebook.delete(trial.id, "entered twice")
    gone = {p.key: p for p in pending_drafts(notebook)}
    assert gone[new_hearing].status is DraftStatus.GONE
    assert gone[new_hearing].reopen is None  # nowhere to add it: it can only be discarded
    assert gone[new_hearing].draft.state == {"venue": "Room 5"}


def test_drafts_of_the_sentence_and_proceeding_forms_name_their_trial(
    notebook: Notebook, trial: Trial
) -> None:
    aftermath = Aftermath(notebook)
    element = aftermath.add_sentence_element(trial.id, "A. Journalist", "fine", amount="500 MCI")
    appeal = aftermath.add_proceeding(trial.id, "appeal", defendant="A. Journalist")
    keys = [
        FormKey.for_form(FormKind.SENTENCE, None, trial.id),
        FormKey.for_form(FormKind.SENTENCE, element.id, trial.id),
        FormKey.for_form(FormKind.PROCEEDING, None, trial.id),
        FormKey.for_form(FormKind.PROCEEDING, appeal.id, trial.id),
    ]
    for key in keys:
        save_form_draft(notebook, key, {"notes": key.kind}, current_revision(notebook, key))
    pending = {p.key: p for p in pending_drafts(notebook)}
    assert set(pending) == set(keys)
    assert all(p.status is DraftStatus.CURRENT and p.trial == trial for p in pending.values())

    notebook.delete(appeal.id, "entered twice")
    gone = next(p for p in pending_drafts(notebook) if p.key == keys[3])
    assert gone.status is DraftStatus.GONE
    # It opens again as a new proceeding of the same trial.
    assert gone.reopen == FormKey.for_form(FormKind.PROCEEDING, None, trial.id)
    assert gone.trial == trial


def test_a_note_drafted_by_an_earlier_version_becomes_a_form_draft(
    notebook: Notebook, hearing: Hearing
) -> None:
    notebook.save_draft(f"editor-note:new:{hearing.id}", "typed before the upgrade")
    [pending] = pending_drafts(notebook)
    assert pending.key == FormKey.for_form(FormKind.OBSERVATION, None, hearing.id)
    assert pending.draft.state == {"text": "typed before the upgrade"}
    assert notebook.load_draft(f"editor-note:new:{hearing.id}") == ""


def test_the_draft_is_ciphertext_in_the_vault(
    notebook: Notebook, vault_dir: Path, hearing: Hearing
) -> None:
    marker = "Marker-Form-Draft-Tardigrade"
    key = FormKey.for_form(FormKind.HEARING, hearing.id, None)
    save_form_draft(notebook, key, {"notes": marker}, current_revision(notebook, key))
    assert (
        scan([vault_dir, desktop_recent_files().parent], {"draft": marker}) == []
    )  # open, the WAL present
    notebook.vault.close()
    assert scan([vault_dir, desktop_recent_files().parent], {"draft": marker}) == []
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        draft = load_form_draft(Notebook(vault), key)
        assert draft is not None
        assert draft.state == {"notes": marker}
