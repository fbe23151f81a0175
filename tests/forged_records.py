"""Records whose stored values break the rules (`core.records.value_checks`), sealed into a
coordinator's vault through the revision store's low-level API, as a vault written by an
older version, or edited by hand with sqlite3 and the keys, would hold them. The notebook
would refuse each of them; the store seals whatever it is given.

Issue 13's three dates: one that does not exist, one too far ahead to be shown in
Asia/Almaty, one before any court sat; and a note with a NUL in its text."""

from __future__ import annotations

from monitor_app.core.records.store import RevisionStore
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched

BAD_HEARING_STARTS = (
    ("2026-99-99T99:99:99Z", "Europe/Minsk"),
    ("9999-12-31T23:59:59Z", "Asia/Almaty"),
)


def forge_unreadable_records(coordinator: Vault, watched: Watched) -> list[str]:
    """Seal four records with bad values into ``coordinator``, in trial A of the scene;
    return their ids."""
    store = RevisionStore(coordinator)
    hearing = store.head(watched.hearing_a)
    forged = [
        store.append(
            "hearing",
            None,
            watched.trial_a,
            {**hearing.body, "scheduled_start": start, "scheduled_end": None, "tz": tz},
            tz,
        ).record_id
        for start, tz in BAD_HEARING_STARTS
    ]
    note = store.head(watched.excluded_b)
    forged.append(
        store.append(
            "observation",
            None,
            watched.hearing_a,
            {**note.body, "trial_id": watched.trial_a, "hearing_id": watched.hearing_a}
            | {"at": "0001-01-01T00:00:00Z", "end": None},
            "Europe/Minsk",
        ).record_id
    )
    forged.append(
        store.append(
            "observation",
            None,
            watched.hearing_a,
            {**note.body, "trial_id": watched.trial_a, "hearing_id": watched.hearing_a}
            | {"text": "a NUL\x00 in the middle"},
            "Europe/Minsk",
        ).record_id
    )
    return forged
