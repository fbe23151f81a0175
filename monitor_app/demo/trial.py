"""A fictional trial for screenshots, benchmarks and manual testing: no real person or case.

`trial-monitor` never loads this on its own; scripts call `fill_demo_vault`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from monitor_app.core.records.notebook import Notebook

DEMO_ZONE = "Europe/Minsk"


@dataclass(frozen=True)
class DemoIds:
    trial: str
    hearing: str
    second_hearing: str
    outage: str


def fill_demo_vault(notebook: Notebook) -> DemoIds:
    trial = notebook.add_trial(
        "Prosecutor v. M. Karpenko (journalist)",
        case_number="1-218/2026",
        court="Leninsky District Court, Courtroom 4",
        country="BY",
        defendants=("Maryna Karpenko",),
        charges=("Art. 361-1: participation in an extremist formation",),
    )
    first = notebook.add_hearing(
        trial.id,
        datetime(2026, 11, 3, 7, 0, tzinfo=UTC),
        "in-person",
        DEMO_ZONE,
        hearing_type="preliminary",
        venue="Courtroom 4",
    )
    notebook.postpone_hearing(
        first.id, "Prosecution witness did not appear", "prosecutor",
        datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
    )  # fmt: skip
    start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    hearing = notebook.add_hearing(
        trial.id, start, "remote", DEMO_ZONE, platform="Zoom", hearing_type="trial",
        judges=("Judge A. Ivanova",), language="Russian", attendance="remote",
    )  # fmt: skip
    notebook.update_hearing(hearing.id, actual_start=start + timedelta(minutes=12), status="held")
    outage = notebook.add_observation(
        hearing.id, "remote.connection_lost", start + timedelta(minutes=31),
        end=start + timedelta(minutes=46), parties=("defendant",), court_response="continued",
        severity="high", fields={"what_was_missed": "Testimony of the main prosecution witness"},
        text="Video link from the detention centre dropped; the judge continued the hearing.",
    )  # fmt: skip
    notebook.add_observation(
        hearing.id, "counsel.no_private_channel", start + timedelta(minutes=52),
        severity="high", parties=("defendant", "defence_counsel"),
        text="Counsel asked for a private break-out room; the judge refused.",
    )  # fmt: skip
    notebook.add_observation(
        hearing.id, "evidence.access_denied", start + timedelta(minutes=64),
        fields={"item": "Expert linguistic report", "requested_by": "defence_counsel"},
        text="«Материалы дела засекречены», — ответил судья.", quote=True,
    )  # fmt: skip
    notebook.add_observation(
        hearing.id, "public.excluded", start + timedelta(minutes=70), interval=True,
        parties=("public", "press"), text="Public link switched off without a stated ground.",
    )  # fmt: skip
    for question, answer in (
        ("defendant_present", "yes"),
        ("private_consultation_possible", "no"),
        ("public_admitted", "no"),
        ("defendant_in_cage", "unclear"),
    ):
        notebook.set_checklist_answer(hearing.id, question, answer)
    return DemoIds(trial.id, hearing.id, first.id, outage.id)
