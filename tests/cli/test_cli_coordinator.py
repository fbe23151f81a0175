"""The coordinator's commands over one trial two observers watched: observers, links,
timeline filters, sessions, the dashboard and every report format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


def test_observers_and_links(coord: Run, watched: Watched) -> None:
    observers = {o["name"]: o for o in json.loads(coord("observers", "--json").out)}
    assert observers["Test Observer"]["bundles"] == 1
    assert observers["Observer B"]["chain_ok"] is True
    links = json.loads(coord("trial", "links", "--json").out)
    assert links["links"] == []
    (suggestion,) = links["suggestions"]
    assert {suggestion["first"], suggestion["second"]} == {watched.trial_a, watched.trial_b}
    assert coord("trial", "link", watched.trial_a, watched.trial_b).code == 0
    after = json.loads(coord("trial", "links", "--json").out)
    assert (len(after["links"]), after["suggestions"]) == (1, [])
    assert "not linked" in coord("trial", "unlink", watched.trial_a, "f" * 32).error_line


def test_timeline_filters_and_sessions(coord: Run, watched: Watched) -> None:
    coord("trial", "link", watched.trial_a, watched.trial_b)
    everything = json.loads(coord("trial", "timeline", watched.trial_b, "--json").out)
    assert [e["code"] for e in everything] == [
        "remote.connection_lost",
        "remote.connection_lost",
        "public.excluded",
    ]
    only_b = coord("trial", "timeline", watched.trial_a, "--observer", "Observer B", "--json")
    assert {e["observer"] for e in json.loads(only_b.out)} == {"Observer B"}
    public = coord("trial", "timeline", watched.trial_a, "--category", "public", "--json")
    assert [e["id"] for e in json.loads(public.out)] == [watched.excluded_b]
    assert (
        "No observer 'Nobody'"
        in coord("trial", "timeline", watched.trial_a, "--observer", "Nobody").error_line
    )
    (session,) = json.loads(coord("trial", "sessions", watched.trial_a, "--json").out)
    assert session["seconds_lost"] == 20 * 60
    # Side by side as events: the outage both logged is one, seen by 2 of 2; the public
    # shut out, by Observer B alone.
    outage, excluded = session["events"]
    assert (outage["label"], outage["seen_by"], outage["not_recorded_by"]) == ("E1", [2, 2], [])
    assert (excluded["codes"], excluded["not_recorded_by"]) == (
        ["public.excluded"],
        ["Test Observer"],
    )
    assert len(session["checklist_disagreements"]) == 1
    assert "participation lost 20 min 00 s" in coord("trial", "sessions", watched.trial_a).out


def test_dashboard(coord: Run, watched: Watched) -> None:
    dashboard = json.loads(coord("dashboard", "--json").out)
    assert dashboard["observations"] == 3
    # Not linked: each observer's outage is an event of its own trial.
    assert (dashboard["events"], dashboard["by_category"]) == (3, {"remote": 2, "public": 1})
    coord("trial", "link", watched.trial_a, watched.trial_b)
    linked = json.loads(coord("dashboard", "--json").out)
    assert (linked["events"], linked["by_category"]) == (2, {"remote": 1, "public": 1})
    assert "in 1 trial(s): 2 event(s)" in coord("dashboard").out


def test_reports_in_every_format(coord: Run, watched: Watched, tmp_path: Path) -> None:
    coord("trial", "link", watched.trial_a, watched.trial_b)
    assert coord("contacts", "real-name", "Observer B", "Real Name Of B").code == 0
    pdf = tmp_path / "report.pdf"
    made = coord("report", "--trial", watched.trial_b, "--format", "pdf", "--out", str(pdf))
    assert made.code == 0, made.err
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Connection lost" in text
    assert "Real Name Of B" not in text
    table = tmp_path / "all.csv"
    assert coord("report", "--all", "--format", "csv", "--out", str(table)).code == 0
    rows = list(csv.DictReader(io.StringIO(table.read_text())))
    assert [r["code"] for r in rows] == [
        "remote.connection_lost",
        "remote.connection_lost",
        "public.excluded",
    ]
    data = tmp_path / "private.json"
    made = coord(
        "report",
        "--trial",
        watched.trial_a,
        "--format",
        "json",
        "--out",
        str(data),
        "--real-names",
    )
    assert made.code == 0, made.err
    assert "Real Name Of B (Observer B)" in json.loads(data.read_text())["observers"]
    annex = tmp_path / "annex.json"
    coord(
        "report",
        "--trial",
        watched.trial_a,
        "--format",
        "json",
        "--out",
        str(annex),
        "--standard",
        "ICCPR 14(1)",
        "--public",
    )
    entries = json.loads(annex.read_text())["entries"]
    assert [(e["code"], e["text"]) for e in entries] == [
        ("public.excluded", "journalists told to leave")
    ]
    assert [e["id"] for e in entries] == [""]  # a public report names no record
    refused = coord("report", "--all", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert "--trial ID" in refused.error_line
    both = coord(
        "report",
        "--trial",
        watched.trial_a,
        "--format",
        "csv",
        "--out",
        str(tmp_path / "y"),
        "--public",
        "--real-names",
    )
    assert "never shows real names" in both.error_line
    assert (
        "already exists"
        in coord(
            "report", "--trial", watched.trial_a, "--format", "csv", "--out", str(table)
        ).error_line
    )
