"""The fictional demo as a coordinator receives it, for screenshots: no real person. Three
observers each recorded the same trial (same case number and court) on their own laptops:
two hearing days, an outage all of them logged at slightly different times, things only
some of them saw, a checklist answer they disagree on, and a postponement. Their bundles
wait in an inbox; `fill_coordinator_demo` imports them into the coordinator's vault and
links two of the three trial records (the third is left as a suggestion). The first
observer also recorded the sentence and a violation hearing after it, and the third a second
trial in Almaty, sentenced with a ban, probation and a reporting date (`_sentences`), so the
coordinator's view across cases has something to show; `DEMO_NOW` is the moment its
screenshots take as "now".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from monitor_app.core.coordination.assessment import save_assessment
from monitor_app.core.coordination.coordinator_data import load_coordinator_data
from monitor_app.core.coordination.event_decisions import decide, every_decided_event
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ConcernLevel, EventAction
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

ZONE = "Europe/Minsk"
CASE = "1-218/2026"
COURT = "Leninsky District Court"
OBSERVERS = ("Observer 7", "Observer 12", "Observer 31")
LATE_OBSERVER = 2
DEMO_NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ASSESSED_STANDARD = "ICCPR 14(3)(d)"  # the one standard the demo's coordinator assessed


@dataclass(frozen=True)
class CoordinatorDemo:
    inbox: Path  # the observers' bundles, imported
    trials: tuple[str, ...]  # each observer's trial record


def _at(day: int, hour: int, minute: int) -> datetime:
    """Minsk time (UTC+3) on a November 2026 day."""
    return datetime(2026, 11, day, hour - 3, minute, tzinfo=UTC)


def _card(vault: Vault) -> KeyCard:
    return KeyCard.from_file_bytes(Identity(vault).card_file_bytes())


def _observe(notebook: Notebook, number: int) -> str:
    """What observer ``number`` (0, 1, 2) recorded of the trial; returns their trial's id."""
    title = ("Prosecutor v. M. Karpenko", "Karpenko case", "State v. Karpenko (journalist)")
    trial = notebook.add_trial(
        title[number], case_number=CASE, court=COURT, country="BY", defendants=("Maryna Karpenko",)
    )
    first = notebook.add_hearing(
        trial.id, _at(3, 10, 0), "remote", ZONE, platform="Zoom", status="held"
    )
    lost = notebook.start_interval(
        first.id,
        "remote.connection_lost",
        _at(3, 10, 12 + number),
        parties=("defendant",),
        severity="high",
        text="the defendant's video froze; the judge went on reading",
    )
    notebook.stop_interval(lost.id, _at(3, 10, 31 - 2 * number), court_response="continued")
    notebook.set_checklist_answer(first.id, "defendant_could_hear", ("no", "no", "unclear")[number])
    notebook.set_checklist_answer(first.id, "public_admitted", "no")
    if number != LATE_OBSERVER:  # the third came in after the journalists were sent out
        notebook.add_observation(
            first.id, "public.excluded", _at(3, 11, 2 + number), severity="medium",
            text="journalists told to leave the courtroom",
        )  # fmt: skip
    if number == 1:
        notebook.add_observation(
            first.id, "counsel.consultation_blocked", _at(3, 11, 40), severity="high",
            text="the lawyer was not allowed to speak to her client",
        )  # fmt: skip
    second = notebook.add_hearing(trial.id, _at(17, 10, 0), "in-person", ZONE, venue="Courtroom 4")
    notebook.postpone_hearing(second.id, "the prosecutor was ill", requested_by="prosecution")
    third = notebook.add_hearing(trial.id, _at(24, 10, 0), "in-person", ZONE, status="held")
    notebook.add_observation(
        third.id, "innocence.cage", _at(24, 10, 5 + number), severity="medium",
        text="held in a glass cage throughout",
    )  # fmt: skip
    return trial.id


def _sentences(notebook: Notebook, number: int, trial_id: str) -> None:
    """After the verdict: Karpenko's sentence and a violation hearing (observer 0), and a
    second trial, in Almaty, with its sentence (observer 2)."""
    aftermath = Aftermath(notebook)
    if number == 0:
        name, day = "Maryna Karpenko", date(2026, 11, 24)
        ban = aftermath.add_sentence_element(
            trial_id, name, "activity-ban", activities=("journalism", "social-media"),
            judgment_date=day, start_date=day, years=3,
            wording="to engage in journalism, including posting on the internet",
        )  # fmt: skip
        for element, years in (("restricted-freedom", 2), ("travel-ban", 3)):
            aftermath.add_sentence_element(
                trial_id, name, element, judgment_date=day, start_date=day, years=years
            )
        aftermath.add_proceeding(
            trial_id, "violation", defendant=name, sentence_id=ban.id,
            date=date(2026, 11, 28), conduct="post", outcome="detention", detention_days=10,
        )  # fmt: skip
        aftermath.add_proceeding(
            trial_id, "appeal", defendant=name, deadline=date(2026, 12, 8), outcome="pending"
        )
    if number == LATE_OBSERVER:
        name, day = "Saule Nurlanova", date(2024, 5, 14)
        other = notebook.add_trial(
            "State v. S. Nurlanova", court="Almaly District Court", country="KZ",
            defendants=(name,),
        )  # fmt: skip
        notebook.add_hearing(
            other.id, datetime(2026, 12, 15, 5, 0, tzinfo=UTC), "in-person", "Asia/Almaty",
            hearing_type="appeal",
        )  # fmt: skip
        aftermath.add_sentence_element(
            other.id, name, "activity-ban", activities=("social-activism", "social-media"),
            judgment_date=day, start_date=day, years=2, months=7,
        )  # fmt: skip
        aftermath.add_sentence_element(
            other.id, name, "probation", judgment_date=day, start_date=day, years=2
        )
        aftermath.add_proceeding(other.id, "reporting", defendant=name, date=date(2026, 12, 10))


def fill_coordinator_demo(coordinator: Vault, work: Path) -> CoordinatorDemo:
    """Fill the unlocked coordinator's vault; the observers' vaults go under ``work``."""
    inbox = work / "inbox"
    inbox.mkdir(parents=True)
    trials = []
    for number, name in enumerate(OBSERVERS):
        folder = work / f"observer-{number}"
        observer, _code = Vault.create(folder, secrets.token_urlsafe(24), name, kdf=KDF_FLOOR)
        with observer:
            notebook = Notebook(observer)
            trials.append(_observe(notebook, number))
            _sentences(notebook, number, trials[-1])
            Contacts(coordinator).add(_card(observer))
            export_bundle(observer, [Contacts(observer).add(_card(coordinator))], inbox)
    Importer(coordinator).import_paths([inbox])
    TrialLinks(coordinator).link(trials[0], trials[1])
    _assess(coordinator, trials[0])
    return CoordinatorDemo(inbox=inbox, trials=tuple(trials))


def _assess(coordinator: Vault, trial_id: str) -> None:
    """The coordinator's own work on the linked trial: the outage all three observers saw
    confirmed as one event, and the standard it bears on assessed (no grade yet: the other
    standards with events still want reasoning)."""
    notebook = Notebook(coordinator)
    index = load_coordinator_data(coordinator, notebook.taxonomy, trial=trial_id).index
    events = every_decided_event(index)
    outage = next(e for e in events if "remote.connection_lost" in e.event.codes)
    decide(notebook, events, EventAction.CONFIRM, [outage.id], note="the same freeze, 19 min")
    save_assessment(
        notebook,
        index,
        trial_id,
        standard=ASSESSED_STANDARD,
        concern=ConcernLevel.SERIOUS,
        reasoning=(
            "The defendant could not follow the first hearing for about twenty minutes "
            "while the court went on; her right to be present was not secured."
        ),
        events=[outage.id],
    )
