"""Drafts of whole forms: what was typed into a trial, hearing or observation form (or one of
the forms about a sentence and what followed it) and not yet saved, kept so that a crash, a
kill or a lock loses none of it.

A form's state is a plain JSON object (what each field shows), sealed in the vault as one
draft like every other draft (`Notebook.save_draft`: AES-256-GCM, nothing in clear but the
draft's name, made of record ids). One draft per thing a form edits, named by its `FormKey`:
a new trial, a trial, a new hearing of a trial, a hearing, a new observation of a hearing
(or of a trial as a whole), an observation, a new element of a trial's sentence or a new
proceeding after its verdict, an element, a proceeding. After an unlock `pending_drafts`
lists them with the records they concern and whether those changed or went away since, so
that nothing typed is dropped without the observer deciding it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from monitor_app.core.errors import RecordNotFound
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    Hearing,
    Observation,
    Proceeding,
    SentenceElement,
    Trial,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.timeutil import to_utc_text, utc_now

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None
FormState: TypeAlias = dict[str, JsonValue]

FORM_PREFIX = "form:"
_NEW = "new"
# Before whole forms were drafted, the observation editor kept only its note, under these
# names ("editor-note:<observation id>" or "editor-note:new:<parent id>").
LEGACY_NOTE_PREFIX = "editor-note:"
FORMAT = 1


class FormKind(StrEnum):
    TRIAL = "trial"
    HEARING = "hearing"
    OBSERVATION = "observation"
    SENTENCE = "sentence"  # an element of a trial's sentence
    PROCEEDING = "proceeding"  # a proceeding after a trial's verdict


class DraftStatus(StrEnum):
    CURRENT = "current"  # the record edited (or the one added to) is as it was
    CHANGED = "changed"  # the record edited was changed since the form was opened
    GONE = "gone"  # the record edited, or the one it was to be added to, is deleted


@dataclass(frozen=True)
class FormKey:
    """What a form edits: ``record_id`` (an edit), or a new record under ``parent_id`` (a
    new hearing, element of a sentence or proceeding: its trial; a new observation: its
    hearing, or its trial as a whole; a new trial: no parent)."""

    kind: FormKind
    record_id: str | None = None
    parent_id: str | None = None

    @classmethod
    def for_form(cls, kind: FormKind, record_id: str | None, parent_id: str | None) -> FormKey:
        """The key of a form editing ``record_id``, or adding under ``parent_id``."""
        if record_id:
            return cls(kind, record_id=record_id)
        return cls(kind, parent_id=None if kind is FormKind.TRIAL else parent_id)

    @property
    def is_new(self) -> bool:
        return self.record_id is None

    @property
    def name(self) -> str:
        """The draft's name in the vault (`Notebook.save_draft`'s key)."""
        if self.record_id:
            return f"{FORM_PREFIX}{self.kind}:{self.record_id}"
        if self.parent_id:
            return f"{FORM_PREFIX}{self.kind}:{_NEW}:{self.parent_id}"
        return f"{FORM_PREFIX}{self.kind}:{_NEW}"

    @classmethod
    def parse(cls, name: str) -> FormKey | None:
        """The key named ``name``, or None for a name that is not a form draft's."""
        if not name.startswith(FORM_PREFIX):
            return None
        kind_text, _, rest = name.removeprefix(FORM_PREFIX).partition(":")
        try:
            kind = FormKind(kind_text)
        except ValueError:
            return None
        if rest == _NEW and kind is FormKind.TRIAL:
            return cls(kind)
        new, _, parent_id = rest.partition(":")
        if new == _NEW and parent_id and ":" not in parent_id:
            return cls(kind, parent_id=parent_id)
        if rest and rest != _NEW and ":" not in rest:
            return cls(kind, record_id=rest)
        return None


@dataclass(frozen=True)
class FormDraft:
    """A form's state as it was sealed; ``base``: the revision of the record edited when
    the form was opened (None for a new record)."""

    key: FormKey
    state: FormState
    base: str | None
    saved_utc: str


@dataclass(frozen=True)
class PendingDraft:
    """A draft waiting after an unlock, with what it is for: the trial, hearing and
    observation it concerns, as they are now (None where there is none or it is gone)."""

    draft: FormDraft
    status: DraftStatus
    trial: Trial | None = None
    hearing: Hearing | None = None
    observation: Observation | None = None
    # The form to open it in: its own, or for an edit of a record deleted since, a new
    # record where that one was; None when that is gone too (it can only be discarded).
    reopen: FormKey | None = None

    @property
    def key(self) -> FormKey:
        return self.draft.key


def save_form_draft(
    notebook: Notebook, key: FormKey, state: FormState, base: str | None = None
) -> None:
    """Seal ``state`` as the draft of the form ``key`` (replacing any earlier one)."""
    document = {"format": FORMAT, "state": state, "base": base, "saved": to_utc_text(utc_now())}
    notebook.save_draft(key.name, json.dumps(document, ensure_ascii=False, sort_keys=True))


def load_form_draft(notebook: Notebook, key: FormKey) -> FormDraft | None:
    """The draft of the form ``key``, if one is kept."""
    _adopt_legacy_notes(notebook)
    return _read(notebook, key)


def delete_form_draft(notebook: Notebook, key: FormKey) -> None:
    notebook.save_draft(key.name, "")


def current_revision(notebook: Notebook, key: FormKey) -> str | None:
    """The revision id of the record ``key`` edits, now (None for a new one or one gone):
    what a draft is based on."""
    if key.record_id is None:
        return None
    try:
        head = notebook.find(key.record_id)
    except RecordNotFound:
        return None
    return None if head.deleted else head.rev_id


def pending_drafts(notebook: Notebook) -> list[PendingDraft]:
    """Every form draft kept, oldest first, with what it is for."""
    _adopt_legacy_notes(notebook)
    drafts = []
    for name in notebook.draft_keys(FORM_PREFIX):
        key = FormKey.parse(name)
        draft = _read(notebook, key) if key is not None else None
        if draft is not None:
            drafts.append(_describe(notebook, draft))
    return sorted(drafts, key=lambda pending: (pending.draft.saved_utc, pending.key.name))


# ---- internals ------------------------------------------------------------------------


def _read(notebook: Notebook, key: FormKey) -> FormDraft | None:
    text = notebook.load_draft(key.name)
    if not text:
        return None
    try:
        document = json.loads(text)
    except ValueError:
        document = None  # sealed by us, so never expected; kept visible as an empty form
    if not isinstance(document, dict):
        document = {}
    state = document.get("state")
    base = document.get("base")
    saved = document.get("saved")
    return FormDraft(
        key=key,
        state=state if isinstance(state, dict) else {},
        base=base if isinstance(base, str) else None,
        saved_utc=saved if isinstance(saved, str) else "",
    )


def _adopt_legacy_notes(notebook: Notebook) -> None:
    """A note drafted by an earlier version becomes its observation form's draft."""
    for name in notebook.draft_keys(LEGACY_NOTE_PREFIX):
        rest = name.removeprefix(LEGACY_NOTE_PREFIX)
        parent_id = rest.removeprefix(f"{_NEW}:") if rest.startswith(f"{_NEW}:") else None
        key = FormKey.for_form(FormKind.OBSERVATION, None if parent_id else rest, parent_id)
        text = notebook.load_draft(name)
        if text and _read(notebook, key) is None:
            save_form_draft(notebook, key, {"text": text}, current_revision(notebook, key))
        notebook.save_draft(name, "")


def _describe(notebook: Notebook, draft: FormDraft) -> PendingDraft:
    key = draft.key
    target = key.record_id or key.parent_id
    if target is None:  # a new trial: it concerns no record yet
        return PendingDraft(draft, DraftStatus.CURRENT, reopen=key)
    head = _head(notebook, target)
    if head is None or head.deleted:
        # Gone: an edit opens again as a new record where the deleted one was, if it can.
        parent_id = head.parent_id if head is not None and key.record_id else None
        reopen = None
        if key.kind is FormKind.TRIAL:
            reopen = FormKey(FormKind.TRIAL)
        elif parent_id is not None and _context(notebook, parent_id) != (None, None, None):
            reopen = FormKey.for_form(key.kind, None, parent_id)
        trial, hearing, _ = _context(notebook, parent_id) if parent_id else (None, None, None)
        return PendingDraft(draft, DraftStatus.GONE, trial, hearing, None, reopen)
    changed = key.record_id is not None and draft.base != head.rev_id
    status = DraftStatus.CHANGED if changed else DraftStatus.CURRENT
    return PendingDraft(draft, status, *_context(notebook, target), reopen=key)


def _head(notebook: Notebook, record_id: str) -> Revision | None:
    """The current revision of a record (a tombstone if deleted; None if purged)."""
    try:
        return notebook.find(record_id)
    except RecordNotFound:
        return None


def _context(
    notebook: Notebook, record_id: str
) -> tuple[Trial | None, Hearing | None, Observation | None]:
    """The trial, hearing and observation a live record is or belongs to."""
    head = _head(notebook, record_id)
    if head is None or head.deleted:
        return None, None, None
    try:
        if head.kind == Observation.KIND:
            observation = notebook.get_observation(record_id)
            hearing_id = observation.hearing_id
            hearing = notebook.get_hearing(hearing_id) if hearing_id else None
            return notebook.get_trial(observation.trial_id), hearing, observation
        if head.kind == Hearing.KIND:
            hearing = notebook.get_hearing(record_id)
            return notebook.get_trial(hearing.trial_id), hearing, None
        if head.kind == Trial.KIND:
            return notebook.get_trial(record_id), None, None
        if head.kind in (SentenceElement.KIND, Proceeding.KIND) and head.parent_id:
            return notebook.get_trial(head.parent_id), None, None
    except RecordNotFound:
        pass  # a parent purged under it: nothing to name
    return None, None, None
