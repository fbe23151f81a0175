"""Issue 15's assessment and grade from the command line: `assess set`, `assess conclude`
(a grade refused, in one line, until every standard with events has reasoning), `assess
show` (as a person reads it and as JSON, with others' comments under their names) and
`assess scale`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.coordination.assessment import save_assessment
from monitor_app.core.coordination.grading import load_grading_scale
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from tests.assessment_scene import (
    STANDARDS_WITH_EVENTS,
    linked_index,
    make_reviewer_template,
    opened_reviewer,
    send,
)
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture(scope="session")
def reviewer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_reviewer_template(tmp_path_factory)


@pytest.fixture
def reviewer(reviewer_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from opened_reviewer(reviewer_template, tmp_path / "reviewer")


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    linked_index(coordinator, watched)
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


def shown(coord: Run, trial: str) -> dict:  # type: ignore[type-arg]
    result = coord("assess", "show", "--trial", trial, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)  # type: ignore[no-any-return]


def test_a_grade_is_refused_in_one_line_until_every_standard_has_reasoning(
    coord: Run, watched: Watched
) -> None:
    trial = watched.trial_a
    state = shown(coord, trial)
    assert [s["standard"] for s in state["standards"]] == list(STANDARDS_WITH_EVENTS)
    assert state["missing"] == list(STANDARDS_WITH_EVENTS)
    outage, excluded = state["events"]
    assert (outage["label"], outage["seen_by"], outage["present"]) == ("E1", 2, 2)
    assert excluded["conditions"] == ["public.excluded"]

    draft = coord("assess", "conclude", "--trial", trial, "--conclusion", "Draft.")
    assert draft.code == 0, draft.err
    assert "No grade: a draft conclusion." in draft.out
    refused = coord(
        "assess", "conclude", "--trial", trial, "--conclusion", "Unfair.", "--grade", "D"
    )
    assert refused.error_line == (
        "trial-monitor: error: A grade needs reasoning on every standard with events. "
        "Still without reasoning: 5 (first: ICCPR 14(1), ICCPR 14(3)(d), GC32 para 28, …)."
    )
    for standard in STANDARDS_WITH_EVENTS:
        events = ["--event", "E1"] if standard in ("ICCPR 14(3)(d)", "GC32 para 36") else []
        events += ["--event", excluded["id"][:10]] if "14(1)" in standard else []
        done = coord(
            "assess",
            "set",
            "--trial",
            trial,
            "--standard",
            standard,
            "--concern",
            "serious",
            "--reasoning",
            f"Why {standard}.",
            *events,
        )
        assert done.code == 0, done.err
        assert done.out.startswith(f"Saved your assessment of {standard} (revision 1).")
    issued = coord(
        "assess",
        "conclude",
        "--trial",
        watched.trial_b,
        "--conclusion",
        "Serious concerns.",
        "--recommendations",
        "Adjourn when the link fails.",
        "--grade",
        "C",
    )
    assert issued.code == 0, issued.err
    assert "Grade C: Serious concerns." in issued.out
    state = shown(coord, trial)
    assert state["missing"] == []
    assert state["conclusion"]["grade"] == "C"
    assert state["conclusion"]["name"] == "Coordinator C"
    assert state["conclusion"]["grade_definition"] == load_grading_scale().definition("C")
    by_standard = {s["standard"]: s for s in state["standards"]}
    assert by_standard["ICCPR 14(3)(d)"]["relied_on"] == [outage["id"]]
    assert by_standard["ICCPR 14(1)"]["relied_on"] == [excluded["id"]]
    assert by_standard["ICCPR 14(1)"]["assessment"]["name"] == "Coordinator C"
    assert [line["grade"] for line in state["history"] if line["kind"] == "conclusion"] == ["", "C"]
    human = coord("assess", "show", "--trial", trial, "--lang", "ru")
    assert human.code == 0, human.err
    assert "Grade: C — " + load_grading_scale().label("C", "ru") in human.out
    assert "SEEN BY" in human.out
    assert "2 of 2" in human.out


def test_entry_refusals_are_one_line(coord: Run, watched: Watched) -> None:
    trial = watched.trial_a
    base = ("assess", "set", "--trial", trial, "--reasoning", "x")
    assert (
        "not a standard of the taxonomy"
        in coord(
            *base, "--standard", "Fair Trials 2020 (remote justice)", "--concern", "none"
        ).error_line
    )
    assert (
        "is not an event of this trial"
        in coord(
            *base, "--standard", "ICCPR 14(1)", "--concern", "none", "--event", "E9"
        ).error_line
    )
    wrong = coord(*base, "--standard", "ICCPR 14(1)", "--concern", "catastrophic")
    assert wrong.code == 2  # argparse: not one of the levels
    off = coord("assess", "conclude", "--trial", trial, "--conclusion", "x", "--grade", "E")
    assert off.error_line == (
        "trial-monitor: error: E is not a grade of the scale (A, B, C, D, F)."
    )
    assert coord("assess", "show", "--trial", "f" * 32).error_line.startswith(
        "trial-monitor: error: "
    )


def test_others_revisions_show_as_their_comments(
    coord: Run,
    watched: Watched,
    coordinator: Vault,
    reviewer: Vault,
    vault: Vault,
    second_observer: Vault,
    tmp_path: Path,
) -> None:
    trial = watched.trial_a
    assert (
        coord(
            "assess",
            "set",
            "--trial",
            trial,
            "--standard",
            "ICCPR 14(1)",
            "--concern",
            "minor",
            "--reasoning",
            "Coordinator's reasoning.",
        ).code
        == 0
    )
    for sender in (vault, second_observer, coordinator):
        send(sender, reviewer, tmp_path)
    at_b: CoordinatorIndex = linked_index(reviewer, watched)
    save_assessment(
        Notebook(reviewer),
        at_b,
        trial,
        standard="ICCPR 14(1)",
        concern="grave",
        reasoning="Reviewer's view.",
    )
    send(reviewer, coordinator, tmp_path)
    state = shown(coord, trial)
    (public,) = [s for s in state["standards"] if s["standard"] == "ICCPR 14(1)"]
    assert public["assessment"]["name"] == "Coordinator C"
    assert public["assessment"]["reasoning"] == "Coordinator's reasoning."
    (comment,) = public["comments"]
    assert (comment["name"], comment["concern"]) == ("Reviewer R", "grave")
    assert comment["reasoning"] == "Reviewer's view."
    human = coord("assess", "show", "--trial", trial).out
    assert "Comments by others (theirs, not the assessment)" in human
    assert "ICCPR 14(1): Reviewer R" in human
    assert "Reviewer R (comment)" in human


def test_the_scale_with_its_definitions(run_cli: Run) -> None:
    english = run_cli("assess", "scale")
    assert english.code == 0, english.err
    scale = load_grading_scale()
    for grade in scale.grades:
        assert f"\n{grade.code}  {scale.label(grade.code)}\n" in english.out
        assert scale.definition(grade.code) in english.out
    kazakh = json.loads(run_cli("assess", "scale", "--lang", "kk", "--json").out)
    assert kazakh["version"] == scale.version
    assert [g["definition"] for g in kazakh["grades"]] == [
        scale.definition(code, "kk") for code in scale.codes
    ]
