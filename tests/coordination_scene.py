"""One trial watched by two observers, as a coordinator receives it: each observer made
their own trial and hearing records (same case number and court), logged the same outage
at slightly different times, one logged the public being shut out and the other did not,
and they disagree on one checklist answer. Both sent bundles; the coordinator imported
them. Shared by the core, CLI and GUI tests of the coordinator's side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import card_of

CASE = "1-77/2026"
COURT = "Minsk City Court"
QUESTION = "defendant_could_hear"


def at(hour: int, minute: int) -> datetime:
    """A time on the hearing day, 2026-11-24, given in Minsk time (UTC+3)."""
    return datetime(2026, 11, 24, hour - 3, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Watched:
    trial_a: str
    trial_b: str
    hearing_a: str
    hearing_b: str
    outage_a: str
    outage_b: str
    excluded_b: str
    observer_a: str
    observer_b: str


def _observe(
    notebook: Notebook, title: str, outage: tuple[datetime, datetime], answer: str
) -> tuple[str, str, str]:
    trial = notebook.add_trial(
        title, case_number=CASE, court=COURT, country="BY", defendants=("A. Ivanova",)
    )
    hearing = notebook.add_hearing(
        trial.id, at(10, 0), "remote", "Europe/Minsk", platform="Zoom", status="held"
    )
    lost = notebook.start_interval(
        hearing.id,
        "remote.connection_lost",
        outage[0],
        parties=("defendant",),
        severity="high",
        text="the defendant's video froze",
    )
    notebook.stop_interval(lost.id, outage[1], court_response="continued")
    notebook.set_checklist_answer(hearing.id, QUESTION, answer)
    return trial.id, hearing.id, lost.id


def watch_one_trial(
    observer_a: Vault, observer_b: Vault, coordinator: Vault, folder: Path
) -> Watched:
    a = Notebook(observer_a)
    b = Notebook(observer_b)
    trial_a, hearing_a, outage_a = _observe(a, "State v. Ivanova", (at(10, 5), at(10, 25)), "no")
    trial_b, hearing_b, outage_b = _observe(b, "Ivanova case", (at(10, 7), at(10, 20)), "yes")
    excluded = b.add_observation(
        hearing_b,
        "public.excluded",
        at(11, 0),
        severity="medium",
        text="journalists told to leave",
    )
    folder.mkdir(exist_ok=True)
    coordinator_card = card_of(coordinator)
    importer = Importer(coordinator)
    for observer in (observer_a, observer_b):
        contact = Contacts(observer).add(coordinator_card)
        Contacts(coordinator).add(card_of(observer))
        bundle = export_bundle(observer, [contact], folder)
        (result,) = importer.import_paths([folder / bundle.file_name])
        assert result.status == IMPORTED, result
    return Watched(
        trial_a,
        trial_b,
        hearing_a,
        hearing_b,
        outage_a,
        outage_b,
        excluded.id,
        observer_a.observer_id,
        observer_b.observer_id,
    )


@pytest.fixture
def watched(vault: Vault, second_observer: Vault, coordinator: Vault, tmp_path: Path) -> Watched:
    """One trial two observers watched, imported by the coordinator (a plugin fixture, so
    every test folder shares it)."""
    return watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
