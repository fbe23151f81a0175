"""`trial-monitor events ...` over one trial two observers watched: the events listed and
shown side by side, each decision made (confirm, reject, annotate, split, merge) as the
coordinator's own record, and what is refused, in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.core.coordination.event_decisions import every_decided_event
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import EventDecision
from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    run("trial", "link", watched.trial_a, watched.trial_b)
    return run


def _listed(coord: Run, watched: Watched) -> list[dict]:
    result = coord("events", "list", "--trial", watched.trial_a, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_events_are_listed_and_shown_side_by_side(coord: Run, watched: Watched) -> None:
    outage, excluded = _listed(coord, watched)
    assert (outage["label"], outage["state"], outage["seen_by"]) == ("E1", "proposed", [2, 2])
    assert set(outage["members"]) == {watched.outage_a, watched.outage_b}
    assert set(outage["recorded_by"]) == {"Test Observer", "Observer B"}
    assert excluded["not_recorded_by"] == ["Test Observer"]
    table = coord("events", "list", "--trial", watched.trial_b).out
    assert "E1" in table
    assert "2 of 2" in table

    shown = json.loads(coord("events", "show", outage["id"][:10], "--json").out)
    assert [m["observer"] for m in shown["members"]] == ["Test Observer", "Observer B"]
    assert [d["aspect"] for d in shown["differences"]] == ["start", "end"]
    assert shown["history"] == []
    human = coord("events", "show", "E1", "--trial", watched.trial_a).out
    assert "Where they differ" in human
    assert "start: " in human


def test_each_decision_is_the_coordinators_own_record(
    coord: Run, watched: Watched, coordinator: Vault
) -> None:
    outage, excluded = _listed(coord, watched)
    confirmed = coord("events", "confirm", outage["id"], "--note", "both saw it")
    assert confirmed.code == 0, confirmed.err
    assert "Confirmed" in confirmed.err
    rejected = coord("events", "reject", "E2", "--trial", watched.trial_a)
    assert rejected.code == 0, rejected.err
    noted = coord("events", "annotate", excluded["id"], "--note", "a journalist's word")
    assert noted.code == 0, noted.err
    outage, excluded = _listed(coord, watched)
    assert (outage["state"], outage["decided_by"]) == ("confirmed", "Coordinator C")
    assert [n["text"] for n in outage["notes"]] == ["both saw it"]
    assert (excluded["state"], excluded["label"]) == ("rejected", "")
    assert [(n["author"], n["text"]) for n in excluded["notes"]] == [
        ("Coordinator C", "a journalist's word")
    ]
    decisions = Notebook(coordinator).list_records(EventDecision, watched.trial_a)
    decisions += Notebook(coordinator).list_records(EventDecision, watched.trial_b)
    assert {d.action for d in decisions} == {"confirm", "reject", "annotate"}
    assert {d.author for d in decisions} == {coordinator.observer_id}

    # Confirmed after all: the same record, revised; its history says who decided what when.
    again = coord("events", "confirm", excluded["id"])
    assert again.id == rejected.id
    shown = json.loads(coord("events", "show", excluded["id"], "--json").out)
    assert [h["action"] for h in shown["history"]] == ["reject", "annotate", "confirm"]
    assert shown["state"] == "confirmed"


def test_split_and_merge(coord: Run, watched: Watched) -> None:
    outage, _ = _listed(coord, watched)
    split = coord("events", "split", outage["id"], "--members", watched.outage_b[:8])
    assert split.code == 0, split.err
    first, second, _ = _listed(coord, watched)
    assert (first["state"], second["state"]) == ("split", "split")
    assert [first["label"], second["label"]] == ["E1", "E2"]
    merged = coord("events", "merge", first["id"], second["id"], "--note", "one outage")
    assert merged.code == 0, merged.err
    again, _ = _listed(coord, watched)
    assert (again["id"], again["state"]) == (outage["id"], "merged")


def test_what_cannot_be_decided_is_refused_in_one_line(
    coord: Run, watched: Watched, coordinator: Vault
) -> None:
    outage, _ = _listed(coord, watched)
    refusals = {
        ("split", outage["id"], "--members", watched.excluded_b): "names no one observation",
        ("split", outage["id"], "--members", watched.outage_a, watched.outage_b): "each side",
        ("merge", outage["id"]): "at least two",
        ("annotate", outage["id"], "--note", " "): "needs a note",
        ("confirm", "0" * 32): "No event",
        ("confirm", "E9", "--trial", watched.trial_a): "No event",
    }
    for argv, words in refusals.items():
        assert words in coord("events", *argv).error_line, argv
    assert "--note" in coord("events", "annotate", outage["id"]).err  # argparse: required
    index = CoordinatorIndex.load(coordinator)
    assert index.decisions == []
    assert [e.label for e in every_decided_event(index)] == ["E1", "E2"]
