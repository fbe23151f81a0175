"""The coordinator's watch folder and reports, driven through the screen: a bundle written
into the watched folder is imported (once settled), announced, and shows in the timeline;
the folder is remembered; each report format is written through the Report tab and read
back (the PDF with pdftotext)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.coordinator_data import ALL_TRIALS
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.sync.models import ImportResultsModel
from monitor_app.gui.sync.watch_folder import WatchFolderPage
from tests.coordination_scene import CASE, Watched, at
from tests.gui.coordinator_helpers import open_coordinator, show_trial, wait_loaded
from tests.gui.helpers import click, column, finish, message
from tests.sync_layers import card_of

IN_A_MINUTE = 60.0  # seconds: a file this old has settled


def look(qtbot: QtBot, page: WatchFolderPage, now: float | None = None) -> None:
    """Have the watch folder looked at (once any look under way has answered)."""
    qtbot.waitUntil(lambda: page.task is None)
    finish(qtbot, page.poll_now(now=now))


def test_a_bundle_dropped_into_the_watch_folder_is_imported(
    qtbot: QtBot,
    coordinator_gui: VaultSession,
    vault: Vault,
    watched: Watched,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    window = open_coordinator(qtbot, coordinator_gui)
    show_trial(qtbot, window, ALL_TRIALS)  # the reading after the import keeps it so
    page = window.watch
    window.tabs.setCurrentWidget(page)
    page.folder_edit.setText(str(folder))
    click(qtbot, page, "startWatchButton")
    assert page.watching
    assert AppSettings().watch_folder == str(folder)
    qtbot.waitUntil(lambda: page.task is None)  # the first look, at an empty folder
    assert page.results.rowCount() == 0

    Notebook(vault).add_observation(
        watched.hearing_a, "public.excluded", at(11, 2), severity="medium", text="told to leave"
    )
    coordinator = next(
        c for c in Contacts(vault).list() if c.author == card_of(coordinator_gui.vault).author
    )
    bundle = export_bundle(vault, [coordinator], folder)
    path = folder / bundle.file_name
    # Dated an hour ahead, the file is still "arriving" for the screen's own looks (on the
    # watcher's notice, on the timer): only the looks below, told the time, import it.
    os.utime(path, (time.time() + 3600, time.time() + 3600))
    look(qtbot, page, now=path.stat().st_mtime)  # too fresh: it waits a round
    assert page.results.rowCount() == 0

    with qtbot.waitSignal(coordinator_gui.records_changed):
        look(qtbot, page, now=path.stat().st_mtime + IN_A_MINUTE)
    assert [r.status for r in page.results.records()] == [IMPORTED]
    assert column(page.results, ImportResultsModel.SENDER) == ["Observer A"]
    assert message(page, "watchStatus") == "Imported 1 new change from the watch folder."
    assert message(window, "coordinatorBanner") == "Imported 1 new change from the watch folder."
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: len(window.timeline.model.records()) == 4)

    # a copy of the same bundle under another name: looked at, nothing new
    shutil.copy(path, folder / "again.age")
    os.utime(folder / "again.age", (time.time() - IN_A_MINUTE, time.time() - IN_A_MINUTE))
    look(qtbot, page)
    assert page.results.records()[0].status == ALREADY_HAD

    click(qtbot, page, "stopWatchButton")
    assert not page.watching
    assert page.poll_now() is None


def test_watching_a_missing_folder_says_so(
    qtbot: QtBot, coordinator_gui: VaultSession, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    window.tabs.setCurrentWidget(window.watch)
    assert not window.watch.start(tmp_path / "not-there")
    assert "is not a folder" in message(window.watch, "watchStatus")


def report(qtbot: QtBot, window, path: Path, **choices: object) -> None:
    page = window.report
    window.tabs.setCurrentWidget(page)
    page.choose(trial=page.trial_combo.key(), **choices)
    finish(qtbot, page.write_to(path))
    assert path.is_file(), message(page, "reportStatus")
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.usefixtures("watched")
def test_each_report_format_is_written_through_the_report_tab(
    qtbot: QtBot, coordinator_gui: VaultSession, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    pdf = tmp_path / "report.pdf"
    report(qtbot, window, pdf, fmt="pdf")
    assert message(window.report, "reportStatus").startswith("Wrote a private PDF report")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert CASE in text
    assert "Connection lost" in text or "connection" in text.casefold()

    spreadsheet = tmp_path / "report.csv"
    report(qtbot, window, spreadsheet, fmt="csv", public=True)
    rows = list(csv.DictReader(io.StringIO(spreadsheet.read_text(encoding="utf-8"))))
    assert rows
    assert "Observer A" not in spreadsheet.read_text(encoding="utf-8")  # public: no pseudonyms
    assert message(window.report, "reportStatus").startswith("Wrote a public CSV report")

    data = tmp_path / "report.json"
    report(qtbot, window, data, fmt="json", lang="ru", standard="ICCPR 14(1)")
    parsed = json.loads(data.read_text(encoding="utf-8"))
    assert parsed["options"]["lang"] == "ru"
    assert parsed["options"]["standard"] == "ICCPR 14(1)"
    assert CASE in parsed["case_numbers"]


@pytest.mark.usefixtures("watched")
def test_a_public_report_cannot_show_real_names(
    qtbot: QtBot, coordinator_gui: VaultSession
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    page = window.report
    page.real_names_check.setChecked(True)
    page.public_check.setChecked(True)
    assert not page.real_names_check.isChecked()
    assert not page.real_names_check.isEnabled()
