"""Issue 14 in the Report tab: the report on a seed case carries the "Sentence and
restrictions" section, and "An update" writes what changed since the chosen time; choosing
an update sets the standard aside (an update covers the whole section); the time the last
report on the trial was generated this session is offered, to the second."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.session import VaultSession
from tests.aftermath_cases import ILYASHEV_POETRY_ANSWER, SeedCases
from tests.gui.coordinator_helpers import open_coordinator, wait_loaded
from tests.gui.helpers import finish, message, tick


def test_a_report_and_an_update_through_the_report_tab(
    qtbot: QtBot, session: VaultSession, seeded: SeedCases, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, session)
    page = window.report
    window.tabs.setCurrentWidget(page)
    trial = seeded.ilyashev.trial_id

    page.choose(trial=trial, fmt="json", standard="ICCPR 19")
    wait_loaded(qtbot, window)  # the trial chosen is read
    assert page.standard_combo.isEnabled()
    assert not page.since_edit.isEnabled()
    report = tmp_path / "report.json"
    finish(qtbot, page.write_to(report))
    (section,) = json.loads(report.read_text(encoding="utf-8"))["sentence_and_restrictions"]
    assert section["proceedings"][1]["answer"] == ILYASHEV_POETRY_ANSWER
    assert message(page, "reportStatus").startswith("Wrote a private JSON report")

    page.choose(trial=trial, fmt="json", standard="ICCPR 19", update_since=QDate(2000, 1, 1))
    wait_loaded(qtbot, window)  # the trial chosen is read
    assert not page.standard_combo.isEnabled()
    assert page.since_edit.isEnabled()
    update = tmp_path / "update.json"
    finish(qtbot, page.write_to(update))
    data = json.loads(update.read_text(encoding="utf-8"))
    assert data["since_utc"] == "2000-01-01T00:00:00Z"  # its start, in UTC
    assert data["options"]["standard"] == ""
    assert len(data["changes"]) == 5  # everything Ilyashev's case holds is news since 2000
    assert message(page, "reportStatus") == (
        f"Wrote a private JSON update listing 5 changes to {update}."
    )
    assert update.stat().st_mode & 0o077 == 0


def test_an_update_follows_the_report_written_last_on_the_trial_to_the_second(
    qtbot: QtBot, session: VaultSession, seeded: SeedCases, tmp_path: Path
) -> None:
    """The walk saw an update written the day of the final report list everything: the
    update followed the report's date, read as midnight. It follows the time the report
    was generated, as printed on it, offered once a report is written this session (on that
    trial, in any window opened since)."""
    window = open_coordinator(qtbot, session)
    page = window.report
    trial, other = seeded.ilyashev.trial_id, seeded.mamay.trial_id
    page.choose(trial=trial, fmt="json")
    wait_loaded(qtbot, window)  # the trial chosen is read
    report = tmp_path / "report.json"
    finish(qtbot, page.write_to(report))
    generated = json.loads(report.read_text(encoding="utf-8"))["generated_utc"]
    printed = generated.replace("T", " ").replace("Z", " UTC")  # "2026-12-07 10:15:42 UTC"
    assert "Generated" in page.since_edit.toolTip()
    window.close()

    window = open_coordinator(qtbot, session)
    page = window.report
    window.tabs.setCurrentWidget(page)
    page.choose(trial=other, fmt="json")
    wait_loaded(qtbot, window)  # the trial chosen is read
    assert page.since_edit.text().endswith("00:00:00 UTC")  # none written on that one
    page.trial_combo.choose(trial)
    wait_loaded(qtbot, window)  # the trial chosen is read
    assert page.since_edit.text() == printed
    tick(qtbot, page, "reportUpdateCheck")
    update = tmp_path / "update.json"
    finish(qtbot, page.write_to(update))
    assert json.loads(update.read_text(encoding="utf-8"))["since_utc"] == generated
    # An update is no report to follow: written again (as Word, say), it lists the same.
    assert page.since_edit.text() == printed
