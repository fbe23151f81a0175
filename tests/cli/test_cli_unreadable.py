"""Issue 13: one record with bad stored values (a date that does not exist, one too far
ahead to show in Asia/Almaty, one before any court sat, a NUL in a note) no longer
takes a coordinator's command down. Every command that reads the records shows the rest,
names the unreadable ones on stderr, and exits 0."""

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
from tests.forged_records import forge_unreadable_records
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


@pytest.fixture
def forged(coordinator: Vault, watched: Watched) -> list[str]:
    return forge_unreadable_records(coordinator, watched)


def _reads_on(result: Result, forged: list[str]) -> None:
    """Exit 0; each unreadable record named on stderr, with why."""
    assert result.code == 0, result.err
    assert f"{len(forged)} record(s) could not be read and are left out" in result.err
    for record_id in forged:
        assert f"{record_id[:8]}: " in result.err
    assert "not a real date and time" in result.err
    assert "within the years 1900 to 2199" in result.err
    assert "a character no text may hold" in result.err
    assert "unexpected" not in result.err


def test_the_coordinators_commands_show_the_rest_and_name_what_is_unreadable(
    coord: Run, watched: Watched, forged: list[str]
) -> None:
    timeline = coord("trial", "timeline", watched.trial_a, "--json")
    _reads_on(timeline, forged)
    assert [e["id"] for e in json.loads(timeline.out)] == [watched.outage_a]
    sessions = coord("trial", "sessions", watched.trial_a, "--json")
    _reads_on(sessions, forged)
    (session,) = json.loads(sessions.out)
    assert session["seconds_lost"] == 20 * 60
    dashboard = coord("dashboard", "--json")
    assert dashboard.code == 0, dashboard.err
    assert json.loads(dashboard.out)["unreadable"] == len(forged)
    assert f"{len(forged)} record(s) could not be read" in dashboard.err


def test_every_report_format_is_written_and_says_what_was_left_out(
    coord: Run, watched: Watched, forged: list[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    _reads_on(
        coord("report", "--trial", watched.trial_a, "--format", "pdf", "--out", str(pdf)), forged
    )
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Connection lost" in text
    assert "could not be read" in " ".join(text.split())
    data = tmp_path / "report.json"
    _reads_on(
        coord("report", "--trial", watched.trial_a, "--format", "json", "--out", str(data)),
        forged,
    )
    assert json.loads(data.read_text())["unreadable"] == len(forged)
    for fmt in ("csv", "json"):
        everything = tmp_path / f"all.{fmt}"
        _reads_on(coord("report", "--all", "--format", fmt, "--out", str(everything)), forged)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text())))
    assert len(rows) == 3
    assert len(json.loads((tmp_path / "all.json").read_text())) == 2


def test_the_trial_and_its_hearings_are_listed_with_the_unreadable_ones_named(
    coord: Run, watched: Watched, forged: list[str]
) -> None:
    hearings = forged[:2]
    shown = coord("trial", "show", watched.trial_a, "--json")
    assert shown.code == 0, shown.err
    assert [h["id"] for h in json.loads(shown.out)["hearings"]] == [watched.hearing_a]
    assert "2 record(s) could not be read" in shown.err
    assert all(f"unreadable hearing {h[:8]}" in shown.err for h in hearings)
    listed = coord("hearing", "list", "--trial", watched.trial_a)
    assert listed.code == 0, listed.err
    assert watched.hearing_a in listed.out
    assert all(f"unreadable hearing {h[:8]}" in listed.err for h in hearings)
    one = coord("hearing", "show", hearings[0])
    assert "holds values this version cannot read" in one.error_line
