"""One hearing, one set of figures: how long each interval lasted and the hearing's totals
read the same in live mode, in the workspace, in the coordinator's tables, from the CLI's
`hearing show` and `note list`, and in the CSV, JSON and PDF reports (read back with
pdftotext), all as written by the core's one duration rule (`core.records.durations`).

The hearing has a 28-second outage (once shown as "0 min"), a 2 min 36 s one (once "2.6"
here and "3" in the report), and an interval overlapping it, counted once in the totals.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor_app.cli import main
from monitor_app.core.coordination.event_decisions import every_decided_event, timeline_rows
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import report_document
from monitor_app.core.coordination.reports import to_csv, trial_report
from monitor_app.core.records.durations import format_duration
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.importer import Importer
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.coordinator.models import SessionTotalsModel, TimelineModel
from monitor_app.gui.live.log import LiveLogModel
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.records.models import ObservationsModel
from monitor_app.gui.sync.sync_dialog import SyncDialog
from monitor_app.gui.workspace.workspace import WorkspacePage
from monitor_app.render.pdf import write_pdf
from tests.gui.coordinator_helpers import open_coordinator
from tests.gui.helpers import (
    SLOW,
    card_of,
    child,
    click,
    finish,
    message,
    open_tool_screen,
    pair,
    shown,
    type_into,
)
from tests.layers import PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 10:00 in Minsk, the hearing's zone
# How long each interval lasted, in time order, and the totals with the overlap merged:
# lost 28 s + 10:10:00-10:14:00; the defendant, the 28 s and the 3 min; the court went on
# only through the 28 s.
LASTED = ("28 s", "2 min 36 s", "3 min 00 s")
TOTALS = {"lost": "4 min 28 s", "defendant": "3 min 28 s", "continued": "28 s"}
FIGURE = r"(\d+ h \d\d min \d\d s|\d+ min \d\d s|\d+ s)"


@pytest.fixture
def logged(gui_session: VaultSession, hearing: Hearing) -> Hearing:
    notebook = gui_session.notebook

    def interval(code: str, start: timedelta, end: timedelta, party: str, court: str) -> None:
        started = notebook.start_interval(hearing.id, code, T0 + start, parties=(party,))
        notebook.stop_interval(started.id, T0 + end, court_response=court)

    minute = timedelta(minutes=1)
    interval(
        "remote.connection_lost",
        5 * minute,
        5 * minute + timedelta(seconds=28),
        "defendant",
        "continued",
    )
    interval(
        "remote.audio_lost", 10 * minute, 12 * minute + timedelta(seconds=36), "public", "paused"
    )
    interval("participation.defendant_cannot_hear", 11 * minute, 14 * minute, "defendant", "paused")
    notebook.add_observation(hearing.id, "general.note", T0 + 15 * minute, text="Back on track")
    return hearing


def figures(text: str, *labels: str) -> dict[str, str]:
    """The duration written after each label in ``text``, keyed by the label."""
    found = {}
    for name in labels:
        match = re.search(re.escape(name) + r"\W*" + FIGURE, text)
        assert match is not None, (name, text)
        found[name] = match.group(1)
    return found


def totals_from(text: str, lost: str, defendant: str, continued: str) -> dict[str, str]:
    read = figures(text, lost, defendant, continued)
    return {"lost": read[lost], "defendant": read[defendant], "continued": read[continued]}


def lasted_from(cells: list[str]) -> tuple[str, ...]:
    """The durations among a column's cells, in order."""
    return tuple(m.group(1) for cell in cells if (m := re.search(FIGURE, cell)))


def test_every_surface_shows_the_same_figures(
    qtbot: QtBot,
    gui_session: VaultSession,
    settings: AppSettings,
    trial: Trial,
    logged: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    notebook = gui_session.notebook
    totals = notebook.hearing_totals(logged.id)
    core = {
        "lost": format_duration(totals.seconds_lost),
        "defendant": format_duration(totals.seconds_defendant_could_not_follow),
        "continued": format_duration(totals.seconds_continued_regardless),
    }
    assert core == TOTALS
    shown_totals: dict[str, dict[str, str]] = {}
    shown_lasted: dict[str, tuple[str, ...]] = {}

    # Live mode: the totals beside the clocks, and each line of the log.
    live = shown(qtbot, LiveHearingWidget(gui_session, logged.id), (1100, 720))
    shown_totals["live"] = totals_from(
        live.totals_label.text(),
        "Participation lost",
        "Defendant could not follow",
        "Court continued regardless",
    )
    shown_lasted["live"] = lasted_from(
        [live.model.index(r, LiveLogModel.END).data() for r in range(live.model.rowCount())]
    )
    live.close()

    # The workspace: the hearing's totals line and its observations' End column.
    page = shown(qtbot, WorkspacePage(gui_session, settings), (1100, 720))
    page.select(trial.id, logged.id)
    shown_totals["workspace"] = totals_from(
        child(page, PlainLabel, "hearingTotalsLabel").text(),
        "participation lost",
        "the defendant could not follow",
        "the court went on regardless",
    )
    model = page.detail.model
    shown_lasted["workspace"] = lasted_from(
        [model.index(r, ObservationsModel.END).data() for r in range(model.rowCount())]
    )

    # The coordinator's tables, over the same vault read as a coordinator reads it.
    index = CoordinatorIndex.load(notebook.vault)
    (session,) = index.sessions(trial.id)
    sessions = SessionTotalsModel()
    sessions.set_sessions([session], {session.key: index.session_totals(session)})
    shown_totals["coordinator"] = {
        key: sessions.index(0, column).data()
        for key, column in (
            ("lost", SessionTotalsModel.LOST),
            ("defendant", SessionTotalsModel.DEFENDANT),
            ("continued", SessionTotalsModel.CONTINUED),
        )
    }
    timeline = TimelineModel(index.taxonomy, "en")
    timeline.set_records(timeline_rows(index.timeline(trial.id), every_decided_event(index)))
    shown_lasted["coordinator"] = lasted_from(
        [timeline.index(r, TimelineModel.DURATION).data() for r in range(timeline.rowCount())]
    )

    # The CLI, on the same vault folder.
    monkeypatch.setenv("TRIAL_MONITOR_VAULT", str(gui_session.folder))
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["hearing", "show", logged.id]) == 0
    shown_totals["cli"] = totals_from(
        capsys.readouterr().out,
        "Participation lost",
        "The defendant could not follow",
        "The court went on regardless",
    )
    assert main(["note", "list", "--hearing", logged.id]) == 0
    shown_lasted["cli"] = lasted_from(capsys.readouterr().out.splitlines()[1:])

    # The reports: JSON, CSV and the PDF as a PDF reader extracts it.
    report = trial_report(
        index,
        trial.id,
        observer_statuses(notebook.vault),
        Importer(notebook.vault),
        ReportOptions(),
    )
    data = json.loads(json.dumps(report.to_json()))
    (reported,) = data["sessions"]
    shown_totals["json"] = {
        "lost": reported["lost"],
        "defendant": reported["could_not_follow"],
        "continued": reported["continued"],
    }
    assert (
        reported["seconds_lost"],
        reported["seconds_could_not_follow"],
        reported["seconds_continued"],
    ) == (
        totals.seconds_lost,
        totals.seconds_defendant_could_not_follow,
        totals.seconds_continued_regardless,
    )
    shown_lasted["json"] = tuple(e["duration"] for e in data["entries"] if e["duration"])
    rows = list(csv.DictReader(io.StringIO(to_csv([report]))))
    shown_lasted["csv"] = tuple(r["duration"] for r in rows if r["duration"])
    assert [r["seconds"] for r in rows if r["seconds"]] == ["28", "156", "180"]
    target = tmp_path / "report.pdf"
    write_pdf(report_document(report), report.title, target)
    pdf = subprocess.run(
        ["pdftotext", "-raw", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    hearing_row = next(line for line in pdf.splitlines() if line.startswith("2026-11-24 "))
    lost, defendant, continued = re.findall(FIGURE, hearing_row)
    shown_totals["pdf"] = {"lost": lost, "defendant": defendant, "continued": continued}
    shown_lasted["pdf"] = tuple(re.findall(r"Lasted " + FIGURE, pdf))

    assert shown_totals == dict.fromkeys(shown_totals, TOTALS)
    assert shown_lasted == dict.fromkeys(shown_lasted, LASTED)


# ---- what was logged, counted -------------------------------------------------------------

LOGGED = "3 observations and 1 free note"  # the `logged` hearing: three intervals and a note


def test_every_surface_counts_what_was_logged_in_the_same_words(
    qtbot: QtBot,
    gui_session: VaultSession,
    settings: AppSettings,
    trial: Trial,
    logged: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Once the dashboard said "3 observations and 1 free note" while the workspace, the
    timeline and the report said "4 observations" of the same hearing."""
    assert str(gui_session.notebook.hearing_totals(logged.id).entries) == LOGGED
    shown_counts: dict[str, str] = {}

    page = shown(qtbot, WorkspacePage(gui_session, settings), (1100, 720))
    page.select(trial.id, logged.id)
    shown_counts["workspace"] = child(page, PlainLabel, "hearingTotalsLabel").text()
    page.close()

    # The coordinator's window over the same vault: the timeline, the dashboard, the report.
    window = open_coordinator(qtbot, gui_session)
    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.trial_combo.choose(trial.id)
    shown_counts["timeline"] = child(window, PlainLabel, "timelineScope").text()
    window.tabs.setCurrentWidget(window.dashboard)
    shown_counts["dashboard"] = child(window, PlainLabel, "dashboardSummary").text()
    window.tabs.setCurrentWidget(window.report)
    report = window.report
    report.choose(trial=trial.id, fmt="json", lang="en")
    type_into(qtbot, report, "reportFileEdit", str(tmp_path / "report.json"))
    click(qtbot, report, "writeReportButton")
    qtbot.waitUntil(lambda: not report.busy.is_busy, timeout=SLOW)
    shown_counts["report"] = message(report, "reportStatus")
    window.close()

    monkeypatch.setenv("TRIAL_MONITOR_VAULT", str(gui_session.folder))
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["hearing", "show", logged.id]) == 0
    shown_counts["cli hearing"] = capsys.readouterr().out
    assert main(["dashboard"]) == 0
    shown_counts["cli dashboard"] = capsys.readouterr().out
    out = tmp_path / "cli-report.json"
    assert main(["report", "--trial", trial.id, "--format", "json", "--out", str(out)]) == 0
    shown_counts["cli report"] = capsys.readouterr().err

    missing = {where: text for where, text in shown_counts.items() if LOGGED not in text}
    assert missing == {}
    left = {where: text for where, text in shown_counts.items() if "observation(s)" in text}
    assert left == {}  # one way of counting, not two


def test_the_sync_screen_and_the_cli_count_what_a_bundle_carries_alike(
    qtbot: QtBot,
    gui_session: VaultSession,
    coordinator_session: VaultSession,
    trial: Trial,
    logged: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Once the observer read "17 change(s)" having logged four entries: the changes are
    saves of records, and the records they change are counted with them."""
    pair(gui_session, coordinator_session)
    author = card_of(gui_session).author
    mine = [r for r in RevisionStore(gui_session.vault).all_revisions() if r.author == author]
    expected = f"{len(mine)} saved changes to {len({r.record_id for r in mine})} records"
    assert len(mine) > len({r.record_id for r in mine}) > 1  # started, stopped: two saves

    dialog = open_tool_screen(qtbot, gui_session, Screen.SYNC, SyncDialog, (1000, 760))
    gui_folder = tmp_path / "gui"
    gui_folder.mkdir()
    finish(qtbot, dialog.export_to(gui_folder))
    gui_status = message(dialog, "exportStatus")
    dialog.close()

    monkeypatch.setenv("TRIAL_MONITOR_VAULT", str(gui_session.folder))
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    cli_folder = tmp_path / "cli"
    cli_folder.mkdir()
    coordinator = card_of(coordinator_session).author
    capsys.readouterr()
    command = ["bundle", "export", "--to", coordinator, "--out", str(cli_folder), "--all"]
    assert main(command) == 0
    cli_status = capsys.readouterr().err

    assert expected in gui_status, gui_status
    assert expected in cli_status, cli_status
