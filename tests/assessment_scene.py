"""The seed scene of the coordinator's side (tests.coordination_scene: one trial two
observers watched, their records linked as one trial) as an assessor works on it; and a
second reviewer, a legal expert's vault of its own that receives the observers' and the
coordinator's bundles and sends its own back. Shared by the core, CLI and GUI tests of the
assessment and grade."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.coordination.assessment import (
    assessed_events,
    save_assessment,
    standards_with_events,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched
from tests.sync_layers import card_of

REVIEWER_PASSPHRASE = "second reviewer passphrase here"
# The standards the seed scene's events bear on: the outage (both observers) and the public
# shut out (observer B), in the order they are listed.
OUTAGE_STANDARDS = ("ICCPR 14(3)(d)", "GC32 para 36")
EXCLUDED_STANDARDS = ("ICCPR 14(1)", "GC32 para 28", "GC32 para 29")
STANDARDS_WITH_EVENTS = (
    "ICCPR 14(1)",
    "ICCPR 14(3)(d)",
    "GC32 para 28",
    "GC32 para 29",
    "GC32 para 36",
)

_SENT = itertools.count()


def linked_index(coordinator: Vault, watched: Watched) -> CoordinatorIndex:
    """The coordinator's index, the two observers' trial records linked as one trial."""
    links = TrialLinks(coordinator)
    if not links.all():
        links.link(watched.trial_a, watched.trial_b)
    return CoordinatorIndex.load(coordinator)


def assess_all(
    vault: Vault, index: CoordinatorIndex, trial_id: str, *, skip: tuple[str, ...] = ()
) -> None:
    """An assessment with reasoning of every standard with events but ``skip``, each
    citing the events that bear on it."""
    notebook = Notebook(vault)
    for standard, events in standards_with_events(
        index, [d.event for d in assessed_events(index, trial_id)]
    ).items():
        if standard not in skip:
            save_assessment(
                notebook,
                index,
                trial_id,
                standard=standard,
                concern="serious",
                reasoning=f"Reasoning on {standard}.",
                events=[e.id for e in events],
            )


def send(sender: Vault, receiver: Vault, folder: Path) -> None:
    """Everything ``sender`` wrote, exported to ``receiver`` in a real bundle and imported
    there (each adding the other as a contact first, if not yet)."""
    if Contacts(sender).get(receiver.observer_id) is None:
        Contacts(sender).add(card_of(receiver))
    if Contacts(receiver).get(sender.observer_id) is None:
        Contacts(receiver).add(card_of(sender))
    contact = Contacts(sender).get(receiver.observer_id)
    assert contact is not None
    out = folder / f"sent-{next(_SENT)}"
    out.mkdir(parents=True)
    bundle = export_bundle(sender, [contact], out, everything=True)
    (result,) = Importer(receiver).import_paths([out / bundle.file_name])
    assert result.status == IMPORTED, result


def make_reviewer_template(factory: pytest.TempPathFactory) -> Path:
    """A second reviewer's vault, made once per session (each test copies it)."""
    folder = factory.mktemp("template") / "vault"
    Vault.create(folder, REVIEWER_PASSPHRASE, "Reviewer R", kdf=KDF_FLOOR)[0].close()
    return folder


def opened_reviewer(template: Path, folder: Path) -> Iterator[Vault]:
    """The reviewer's vault, copied from ``template`` into ``folder`` and unlocked."""
    shutil.copytree(template, folder)
    vault = Vault.open(folder)
    vault.unlock(REVIEWER_PASSPHRASE)
    yield vault
    vault.close()
